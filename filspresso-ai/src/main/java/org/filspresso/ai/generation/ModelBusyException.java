package org.filspresso.ai.generation;

/** A model has no room for another request right now (answered 503 with Retry-After). */
public class ModelBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final long RETRY_AFTER_SECONDS = 2;

    public ModelBusyException(String message) {
        super(message);
    }
}
