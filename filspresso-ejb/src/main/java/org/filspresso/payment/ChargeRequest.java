package org.filspresso.payment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One payment to take. The idempotency key names the payment, not the attempt: sending the same request
 * again with the same key (after a timeout, a double click) never charges twice.
 *
 * @param amount      more than zero, at most two decimals (cents)
 * @param currency    ISO 4217 code such as {@code EUR}; stored in upper case
 * @param description shown on the processor's dashboard; optional
 * @throws IllegalArgumentException when the key is blank, the amount or the currency is not valid
 */
public record ChargeRequest(String idempotencyKey, BigDecimal amount, String currency, String description, PaymentSource source) {

    public ChargeRequest {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("An idempotency key is required");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("The amount must be more than zero, got " + amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("The amount can have at most two decimals, got " + amount);
        }
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("The currency must be a three-letter code such as EUR, got " + currency);
        }
        currency = currency.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(source, "source");
    }
}
