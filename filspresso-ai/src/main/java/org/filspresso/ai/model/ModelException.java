package org.filspresso.ai.model;

/** A model could not be loaded or run (a broken file, a runtime failure): a server error, not the caller's. */
public class ModelException extends RuntimeException {

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
