package org.filspresso.payment;

import java.math.BigDecimal;

/** A successful payment, as the processor recorded it; {@code chargeId} is what a refund refers to. */
public record Charge(String chargeId, CardBrand brand, String lastFour, BigDecimal amount, String currency) {
}
