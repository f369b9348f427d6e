package org.filspresso.web.cart;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filspresso.cart.ProductRef;
import org.filspresso.cart.Quote;
import org.filspresso.order.DeliveryOption;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;

/** Backs /cart: lines with quantities, promo code, delivery choice and the totals, all priced on the server. */
@Named
@RequestScoped
public class CartPage {

    @Inject
    ShoppingCart cart;

    private Quote quote;

    /** Quantity fields by product reference ("coffee-12"); whatever the browser sends is checked again. */
    private final Map<String, Integer> quantities = new HashMap<>();

    @PostConstruct
    void price() {
        quote = cart.quote();
        quote.lines().forEach(line -> quantities.put(line.item().ref().toString(), line.quantity()));
    }

    public Quote getQuote() {
        return quote;
    }

    public Map<String, Integer> getQuantities() {
        return quantities;
    }

    public List<DeliveryOption> getDeliveryOptions() {
        return Arrays.asList(DeliveryOption.values());
    }

    public void update(String ref) {
        ProductRef product = ProductRef.parse(ref).orElse(null);
        Integer quantity = quantities.get(ref);
        if (product == null) {
            FormErrors.global("This product is not in your cart.");
            return;
        }
        try {
            cart.put(product, quantity == null ? 0 : quantity);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FormErrors.global(error.message()));
        }
        price();
    }

    public void remove(String ref) {
        ProductRef.parse(ref).ifPresent(cart::remove);
        price();
    }

    public void applyPromo() {
        quote = cart.quote();
        if (quote.promoNote() != null) {
            FormErrors.global(quote.promoNote());
        } else if (quote.promoCode() != null) {
            FormErrors.info("Code " + quote.promoCode() + " applied.");
        }
    }

    public void chooseDelivery() {
        quote = cart.quote();
    }
}
