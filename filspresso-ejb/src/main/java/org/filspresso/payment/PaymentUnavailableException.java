package org.filspresso.payment;

import jakarta.ejb.ApplicationException;

/**
 * The processor could not be reached or failed; nothing was charged and trying again later may work.
 * The message is meant for the shopper.
 */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "The payment could not be processed right now. Nothing was charged — please try again.";

    public PaymentUnavailableException() {
        super(MESSAGE);
    }

    /** For real gateways: keeps the technical cause (a timeout, an HTTP 503) for the log. */
    public PaymentUnavailableException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
