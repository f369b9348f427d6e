package org.filspresso.payment;

/** Why a card was refused, with what the shopper is told. */
public enum DeclineReason {
    INVALID_CARD("Your card details are not valid. Please check them and try again."),
    INSUFFICIENT_FUNDS("Your card was declined: insufficient funds. Please use another card."),
    EXPIRED_CARD("Your card was declined: it has expired. Please use another card."),
    // Deliberately vague: telling someone their card is reported stolen helps only a thief.
    STOLEN_CARD("Your card was declined by your bank. Please contact your bank or use another card."),
    UNKNOWN_CARD("We could not find this saved card. Please enter your card details again.");

    private final String customerMessage;

    DeclineReason(String customerMessage) {
        this.customerMessage = customerMessage;
    }

    public String customerMessage() {
        return customerMessage;
    }
}
