package org.filspresso.shop;

import java.util.UUID;
import org.filspresso.account.AccountService;
import org.filspresso.account.Address;
import org.filspresso.account.Customer;
import org.filspresso.account.PostalAddress;
import org.filspresso.order.CheckoutRequest;
import org.filspresso.order.DeliveryOption;
import org.filspresso.payment.CardDetails;

/** Test data for the in-container shop tests: fresh customers, addresses, cards, checkout requests. */
final class Shoppers {

    static final String PASSWORD = "a long coffee passphrase";

    private Shoppers() {
    }

    static Customer newCustomer(AccountService accounts) {
        return accounts.register("Ana Pop", "ana." + UUID.randomUUID() + "@example.com", PASSWORD);
    }

    static PostalAddress address() {
        return PostalAddress.of("Ana Pop", "Strada Memorandumului 28", "Cluj-Napoca", "Cluj", "400114", "0722 123 456");
    }

    static Address savedAddress(AccountService accounts, Customer customer) {
        return accounts.addAddress(customer.id(), address());
    }

    static CardDetails card(String number) {
        return new CardDetails(number, 12, 2031, number.startsWith("37") ? "7391" : "737", "Ana Pop");
    }

    static CheckoutRequest withNewCard(String number, boolean saveCard) {
        return new CheckoutRequest(UUID.randomUUID().toString(), null, address(), false, DeliveryOption.STANDARD, null,
                null, card(number), saveCard);
    }

    static CheckoutRequest withNewCard(String idempotencyKey, String number, String promoCode) {
        return new CheckoutRequest(idempotencyKey, null, address(), false, DeliveryOption.STANDARD, promoCode,
                null, card(number), false);
    }
}
