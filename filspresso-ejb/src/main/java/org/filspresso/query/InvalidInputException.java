package org.filspresso.query;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A form or request the business rules refuse: names every offending field so that pages can put
 * the message next to it and the API can list it in its problem body. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws when the list is not empty. */
    public static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
