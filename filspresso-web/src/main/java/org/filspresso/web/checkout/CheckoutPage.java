package org.filspresso.web.checkout;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.filspresso.account.AccountService;
import org.filspresso.account.Address;
import org.filspresso.account.PostalAddress;
import org.filspresso.cart.CartService;
import org.filspresso.cart.Quote;
import org.filspresso.order.CheckoutRequest;
import org.filspresso.order.CheckoutService;
import org.filspresso.order.DeliveryEstimate;
import org.filspresso.order.DeliveryOption;
import org.filspresso.order.Order;
import org.filspresso.payment.CardDetails;
import org.filspresso.payment.InvalidCardException;
import org.filspresso.payment.PaymentDeclinedException;
import org.filspresso.payment.PaymentUnavailableException;
import org.filspresso.query.InvalidInputException;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;
import org.filspresso.web.account.AddressForm;
import org.filspresso.web.account.CardForm;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.cart.ShoppingCart;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /checkout. The idempotency key is made when the page is first shown: however often the
 * form is submitted, it names one checkout attempt, so one order and one charge.
 * The card number and CVC are dropped from this bean after every attempt.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String NEW = "new";

    @Inject
    CurrentUser user;

    @Inject
    ShoppingCart cart;

    @Inject
    AccountService accounts;

    @Inject
    WalletService wallet;

    @Inject
    CheckoutService checkout;

    private String idempotencyKey;
    private String addressChoice;
    private String cardChoice;
    private boolean saveAddress = true;
    private boolean saveCard;

    private final AddressForm address = new AddressForm();
    private final CardForm card = new CardForm();

    @PostConstruct
    void start() {
        idempotencyKey = UUID.randomUUID().toString();
        List<Address> addresses = getAddresses();
        addressChoice = addresses.isEmpty() ? NEW : String.valueOf(addresses.get(0).id());
        List<WalletCard> cards = getCards();
        cardChoice = cards.isEmpty() ? NEW : String.valueOf(cards.get(0).id());
        address.setFullName(user.getName());
        card.setHolderName(user.getName());
    }

    /** An empty cart has nothing to check out. */
    public void requireItems() throws IOException {
        if (cart.lines().isEmpty()) {
            Faces.redirect(Faces.getRequestContextPath() + "/cart");
        }
    }

    public Quote getQuote() {
        return cart.quote();
    }

    public DeliveryEstimate estimate(DeliveryOption option) {
        return option.estimate(ZonedDateTime.now(CartService.SHOP_ZONE));
    }

    public List<DeliveryOption> getDeliveryOptions() {
        return Arrays.asList(DeliveryOption.values());
    }

    public List<Address> getAddresses() {
        return accounts.addresses(user.id());
    }

    public List<WalletCard> getCards() {
        return wallet.cards(user.id());
    }

    public void placeOrder() throws IOException {
        Order order;
        try {
            order = checkout.placeOrder(user.id(), request());
        } catch (InvalidCardException e) {
            FormErrors.show("checkout", e.problems());
            return;
        } catch (PaymentDeclinedException | PaymentUnavailableException e) {
            FormErrors.global(e.getMessage());
            return;
        } catch (InvalidInputException e) {
            FormErrors.show("checkout", e.errors());
            return;
        } finally {
            card.forgetSecrets();
        }
        cart.checkedOut();
        Faces.redirect(Faces.getRequestContextPath() + "/checkout/confirmation/" + order.number());
    }

    private CheckoutRequest request() {
        boolean newAddress = NEW.equals(addressChoice);
        boolean newCard = NEW.equals(cardChoice);
        PostalAddress shipTo = newAddress ? address.toPostalAddress() : null;
        CardDetails details = newCard ? card.toCardDetails() : null;
        return new CheckoutRequest(idempotencyKey, newAddress ? null : parseId(addressChoice), shipTo, saveAddress,
                cart.getDelivery(), cart.getPromoCode(), newCard ? null : parseId(cardChoice), details, saveCard);
    }

    private static Long parseId(String choice) {
        try {
            return Long.valueOf(choice);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("address", "Choose one of the options.");
        }
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public String getAddressChoice() { return addressChoice; }
    public void setAddressChoice(String addressChoice) { this.addressChoice = addressChoice; }
    public String getCardChoice() { return cardChoice; }
    public void setCardChoice(String cardChoice) { this.cardChoice = cardChoice; }
    public boolean isSaveAddress() { return saveAddress; }
    public void setSaveAddress(boolean saveAddress) { this.saveAddress = saveAddress; }
    public boolean isSaveCard() { return saveCard; }
    public void setSaveCard(boolean saveCard) { this.saveCard = saveCard; }
    public AddressForm getAddress() { return address; }
    public CardForm getCard() { return card; }
}
