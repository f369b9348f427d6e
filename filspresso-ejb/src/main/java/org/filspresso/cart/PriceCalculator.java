package org.filspresso.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filspresso.order.DeliveryOption;
import org.filspresso.promo.PromoCode;

/** Prices a cart: merchandise, promo discount, delivery, total and the VAT it includes. */
public final class PriceCalculator {

    /** Romania's standard VAT rate since August 2025; catalog prices include it. */
    public static final BigDecimal VAT_RATE = new BigDecimal("0.21");

    private PriceCalculator() {
    }

    /**
     * @param items     the catalog's current view of each product in the cart
     * @param promo     the code the shopper typed, if it exists
     * @param promoNote why the code does not apply (unknown, expired, used...), or null when it may
     */
    public static Quote quote(Map<CatalogItem, Integer> items, Optional<PromoCode> promo, String promoNote,
                              DeliveryOption delivery, java.time.LocalDate today, boolean promoUsedBefore) {
        List<Quote.Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BigDecimal merchandise = money(BigDecimal.ZERO);
        for (Map.Entry<CatalogItem, Integer> entry : items.entrySet()) {
            CatalogItem item = entry.getKey();
            int quantity = entry.getValue();
            BigDecimal lineTotal = money(item.unitPrice().multiply(BigDecimal.valueOf(quantity)));
            String problem = CartRules.refusal(item, quantity).orElse(null);
            if (problem != null) {
                problems.add(problem);
            }
            lines.add(new Quote.Line(item, quantity, lineTotal, problem));
            merchandise = merchandise.add(lineTotal);
        }

        String note = promoNote;
        PromoCode applied = null;
        if (promo.isPresent() && note == null) {
            Optional<String> refusal = promo.get().refusal(merchandise, today, promoUsedBefore);
            if (refusal.isPresent()) {
                note = refusal.get();
            } else {
                applied = promo.get();
            }
        }
        BigDecimal discount = applied == null ? money(BigDecimal.ZERO) : applied.discountOn(merchandise);
        BigDecimal afterDiscount = merchandise.subtract(discount);
        BigDecimal shipping = lines.isEmpty() || (applied != null && applied.freeShipping())
                ? money(BigDecimal.ZERO) : delivery.price(afterDiscount);
        BigDecimal total = afterDiscount.add(shipping);
        return new Quote(List.copyOf(lines), merchandise, discount, delivery, shipping, total, vatIn(total),
                applied == null ? null : applied.code(), note, List.copyOf(problems));
    }

    /** The VAT contained in a VAT-inclusive amount. */
    public static BigDecimal vatIn(BigDecimal grossAmount) {
        return grossAmount.multiply(VAT_RATE).divide(BigDecimal.ONE.add(VAT_RATE), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
