package org.filspresso.cart;

import java.math.BigDecimal;
import java.util.List;
import org.filspresso.order.DeliveryOption;

/**
 * A priced cart: every figure computed on the server from catalog prices, never from what a
 * browser sent. Prices include VAT; {@code vatIncluded} is the part of the total that is VAT.
 *
 * @param problems   what must change before checkout (out of stock, no longer sold...)
 * @param promoCode  the code applied, or null
 * @param promoNote  why a typed code does not apply, or null
 */
public record Quote(List<Line> lines, BigDecimal merchandise, BigDecimal discount, DeliveryOption delivery,
                    BigDecimal shipping, BigDecimal total, BigDecimal vatIncluded, String promoCode, String promoNote,
                    List<String> problems) {

    public record Line(CatalogItem item, int quantity, BigDecimal lineTotal, String problem) {
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public boolean canCheckOut() {
        return !lines.isEmpty() && problems.isEmpty();
    }
}
