package org.filspresso.query;

/** One rejected input: the parameter or form field and what is wrong with it, for the user. */
public record FieldError(String field, String message) {
}
