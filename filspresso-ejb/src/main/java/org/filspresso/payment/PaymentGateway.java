package org.filspresso.payment;

/**
 * The shop's only way to take money. The shop never sees more of a card than {@link CardDetails} on the
 * way in and {@link StoredCard} or {@link Charge} on the way out; everything else is the processor's job.
 * {@link TestPaymentGateway} is built in; a real processor is plugged in by implementing this interface
 * (see docs/payments.md).
 */
public interface PaymentGateway {

    /**
     * Validates a card and returns a reusable token for the wallet, without charging anything.
     *
     * @throws InvalidCardException when the details are not valid; its {@code problems()} name the fields
     */
    StoredCard tokenize(CardDetails card);

    /**
     * Charges once per idempotency key: repeating a request with the same key returns the first
     * {@link Charge} and does not charge again.
     *
     * @throws PaymentDeclinedException    the card was refused ({@link InvalidCardException} for bad details)
     * @throws PaymentUnavailableException a temporary failure; nothing was charged
     * @throws IllegalArgumentException    the key was already used for a different amount or source
     */
    Charge charge(ChargeRequest request);

    /**
     * Refunds a charge in full. Refunding the same charge again does nothing.
     *
     * @throws IllegalArgumentException the charge id is unknown
     */
    void refund(String chargeId);
}
