package org.filspresso.web.cart;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filspresso.cart.CartService;
import org.filspresso.cart.ProductRef;
import org.filspresso.cart.Quote;
import org.filspresso.order.DeliveryOption;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.platform.FormErrors;

/**
 * The cart of this browser session. A visitor's lines live here (products and quantities only,
 * never prices); once signed in, the saved cart of the account is used and the visitor's lines
 * are merged into it on the first request after sign-in.
 */
@Named("cart")
@SessionScoped
public class ShoppingCart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CartService carts;

    @Inject
    CurrentUser user;

    private final Map<ProductRef, Integer> visitorLines = new LinkedHashMap<>();
    private String promoCode;
    private DeliveryOption delivery = DeliveryOption.STANDARD;

    public Map<ProductRef, Integer> lines() {
        if (!user.isSignedIn()) {
            return Map.copyOf(visitorLines);
        }
        if (!visitorLines.isEmpty()) {
            carts.merge(user.id(), visitorLines);
            visitorLines.clear();
        }
        return carts.lines(user.id());
    }

    public Quote quote() {
        return carts.quote(lines(), promoCode, delivery, user.isSignedIn() ? user.id() : null);
    }

    /** For the badge in the navigation bar. */
    public int getCount() {
        return lines().values().stream().mapToInt(Integer::intValue).sum();
    }

    public void addCoffee(long coffeeId) {
        add(ProductRef.coffee(coffeeId), 1);
    }

    public void addMachine(long machineId) {
        add(ProductRef.machine(machineId), 1);
    }

    /** Adds to the cart, with a message either way (these buttons sit on listing and product pages). */
    public void add(ProductRef ref, int quantity) {
        try {
            FormErrors.info(addLine(ref, quantity) + " added to your cart.");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FormErrors.global(error.message()));
        }
    }

    /**
     * Adds to the cart; throws InvalidInputException when the rules refuse it.
     *
     * @return the product's name
     */
    public String addLine(ProductRef ref, int quantity) {
        if (user.isSignedIn()) {
            carts.add(user.id(), ref, quantity);
        } else {
            int wanted = visitorLines.getOrDefault(ref, 0) + quantity;
            carts.check(ref, wanted);
            if (!visitorLines.containsKey(ref) && visitorLines.size() >= org.filspresso.cart.CartRules.MAX_LINES) {
                throw new InvalidInputException("product", "A cart holds at most " + org.filspresso.cart.CartRules.MAX_LINES + " different products.");
            }
            visitorLines.put(ref, wanted);
        }
        return carts.item(ref).map(item -> item.name()).orElse("Product");
    }

    /** Sets a line's quantity; throws InvalidInputException when the rules refuse it. */
    public void put(ProductRef ref, int quantity) {
        if (user.isSignedIn()) {
            carts.put(user.id(), ref, quantity);
        } else {
            carts.check(ref, quantity);
            visitorLines.put(ref, quantity);
        }
    }

    public void remove(ProductRef ref) {
        if (user.isSignedIn()) {
            carts.remove(user.id(), ref);
        } else {
            visitorLines.remove(ref);
        }
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode == null || promoCode.isBlank() ? null : promoCode.strip();
    }

    public DeliveryOption getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryOption delivery) {
        this.delivery = delivery == null ? DeliveryOption.STANDARD : delivery;
    }

    /** After a successful checkout: the saved cart was emptied by the order; the code is spent. */
    public void checkedOut() {
        promoCode = null;
        delivery = DeliveryOption.STANDARD;
    }
}
