package org.filspresso.ai.brew;

/** A brew request that is well formed but unsafe or impossible for the machine: 422 naming the recipe field and why. */
public class UnbrewableException extends RuntimeException {

    private final String field;

    public UnbrewableException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
