package org.filspresso.payment;

import java.util.List;
import org.filspresso.query.FieldError;

/** The card details were rejected before reaching the processor; {@link #problems()} says which fields to fix. */
public class InvalidCardException extends PaymentDeclinedException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> problems;

    public InvalidCardException(List<FieldError> problems) {
        super(DeclineReason.INVALID_CARD);
        this.problems = List.copyOf(problems);
    }

    public List<FieldError> problems() {
        return problems;
    }
}
