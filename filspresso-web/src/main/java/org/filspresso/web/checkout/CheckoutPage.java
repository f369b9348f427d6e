package org.filspresso.web.checkout;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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

    private String fullName;
    private String street;
    private String city;
    private String county;
    private String postalCode;
    private String phone;

    private String cardNumber;
    private Integer expiryMonth;
    private Integer expiryYear;
    private String cvc;
    private String holderName;

    @PostConstruct
    void start() {
        idempotencyKey = UUID.randomUUID().toString();
        List<Address> addresses = getAddresses();
        addressChoice = addresses.isEmpty() ? NEW : String.valueOf(addresses.get(0).id());
        List<WalletCard> cards = getCards();
        cardChoice = cards.isEmpty() ? NEW : String.valueOf(cards.get(0).id());
        fullName = user.getName();
        holderName = user.getName();
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

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getYears() {
        int year = Year.now().getValue();
        return IntStream.rangeClosed(year, year + 15).boxed().toList();
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
            cardNumber = null;
            cvc = null;
        }
        cart.checkedOut();
        Faces.redirect(Faces.getRequestContextPath() + "/checkout/confirmation/" + order.number());
    }

    private CheckoutRequest request() {
        boolean newAddress = NEW.equals(addressChoice);
        boolean newCard = NEW.equals(cardChoice);
        PostalAddress address = newAddress ? PostalAddress.of(fullName, street, city, county, postalCode, phone) : null;
        CardDetails card = newCard ? new CardDetails(cardNumber == null ? "" : cardNumber,
                expiryMonth == null ? 0 : expiryMonth, expiryYear == null ? 0 : expiryYear,
                cvc == null ? "" : cvc, holderName) : null;
        return new CheckoutRequest(idempotencyKey, newAddress ? null : parseId(addressChoice), address, saveAddress,
                cart.getDelivery(), cart.getPromoCode(), newCard ? null : parseId(cardChoice), card, saveCard);
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
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCardNumber() { return null; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public Integer getExpiryMonth() { return expiryMonth; }
    public void setExpiryMonth(Integer expiryMonth) { this.expiryMonth = expiryMonth; }
    public Integer getExpiryYear() { return expiryYear; }
    public void setExpiryYear(Integer expiryYear) { this.expiryYear = expiryYear; }
    public String getCvc() { return null; }
    public void setCvc(String cvc) { this.cvc = cvc; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
}
