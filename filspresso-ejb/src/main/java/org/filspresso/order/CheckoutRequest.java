package org.filspresso.order;

import org.filspresso.account.PostalAddress;
import org.filspresso.payment.CardDetails;

/**
 * What the checkout form sends. Exactly one of {@code addressId} / {@code newAddress} and one of
 * {@code cardId} / {@code newCard} is set. The idempotency key is made when the checkout page is
 * shown, so a double-submitted form names the same attempt twice.
 */
public record CheckoutRequest(String idempotencyKey, Long addressId, PostalAddress newAddress, boolean saveAddress,
                              DeliveryOption delivery, String promoCode, Long cardId, CardDetails newCard, boolean saveCard) {

    @Override
    public String toString() {
        // CardDetails masks itself; say so anyway: this record must never print a card number.
        return "CheckoutRequest[" + idempotencyKey + ", delivery=" + delivery + ", card=" + (cardId != null ? "saved " + cardId : "new") + "]";
    }
}
