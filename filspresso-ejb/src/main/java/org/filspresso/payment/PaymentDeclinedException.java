package org.filspresso.payment;

import jakarta.ejb.ApplicationException;

/**
 * The card was refused; nothing was charged. The message is meant for the shopper. Rolls back the
 * surrounding transaction so that no order is left behind without its payment.
 */
@ApplicationException(rollback = true)
public class PaymentDeclinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final DeclineReason reason;

    public PaymentDeclinedException(DeclineReason reason) {
        super(reason.customerMessage());
        this.reason = reason;
    }

    public DeclineReason reason() {
        return reason;
    }
}
