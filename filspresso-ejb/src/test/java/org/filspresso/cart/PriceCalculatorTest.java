package org.filspresso.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.filspresso.order.DeliveryOption;
import org.filspresso.promo.PromoCode;
import org.filspresso.promo.PromoKind;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final CatalogItem arpeggio = new CatalogItem(ProductRef.coffee(1), "Arpeggio", "/coffee/original/arpeggio", new BigDecimal("47.50"), 30, true);
    private final CatalogItem essenza = new CatalogItem(ProductRef.machine(2), "Essenza Mini", "/machine/essenza-mini", new BigDecimal("449.00"), 2, true);

    @Test
    void totalsAddUpFromCatalogPricesWithVatIncluded() {
        Quote quote = PriceCalculator.quote(Map.of(arpeggio, 2), Optional.empty(), null, DeliveryOption.STANDARD, TODAY, false);

        assertThat(quote.merchandise()).isEqualByComparingTo("95.00");
        assertThat(quote.shipping()).isEqualByComparingTo("19.99");
        assertThat(quote.total()).isEqualByComparingTo("114.99");
        assertThat(quote.vatIncluded()).isEqualByComparingTo("19.96"); // 114.99 × 21 / 121
        assertThat(quote.canCheckOut()).isTrue();
    }

    @Test
    void deliveryIsFreeFromTheThresholdAfterTheDiscount() {
        Map<CatalogItem, Integer> lines = new LinkedHashMap<>();
        lines.put(arpeggio, 6); // 285.00
        PromoCode tenPercent = promo(PromoKind.PERCENTAGE, "10", "0");

        Quote quote = PriceCalculator.quote(lines, Optional.of(tenPercent), null, DeliveryOption.STANDARD, TODAY, false);

        assertThat(quote.discount()).isEqualByComparingTo("28.50");
        assertThat(quote.shipping()).isEqualByComparingTo("0.00"); // 256.50 is above the 250 lei threshold
        assertThat(quote.total()).isEqualByComparingTo("256.50");
    }

    @Test
    void aFixedDiscountNeverExceedsTheMerchandiseAndFreeShippingZeroesDelivery() {
        Quote fixed = PriceCalculator.quote(Map.of(arpeggio, 1), Optional.of(promo(PromoKind.FIXED_AMOUNT, "100", "0")), null,
                DeliveryOption.EXPRESS, TODAY, false);
        assertThat(fixed.discount()).isEqualByComparingTo("47.50");
        assertThat(fixed.total()).isEqualByComparingTo("34.99");

        Quote free = PriceCalculator.quote(Map.of(arpeggio, 1), Optional.of(promo(PromoKind.FREE_SHIPPING, "0", "0")), null,
                DeliveryOption.EXPRESS, TODAY, false);
        assertThat(free.shipping()).isEqualByComparingTo("0.00");
        assertThat(free.total()).isEqualByComparingTo("47.50");
    }

    @Test
    void aCodeThatDoesNotApplySaysWhyAndDiscountsNothing() {
        Quote belowMinimum = PriceCalculator.quote(Map.of(arpeggio, 1), Optional.of(promo(PromoKind.PERCENTAGE, "10", "100")), null,
                DeliveryOption.STANDARD, TODAY, false);
        assertThat(belowMinimum.discount()).isZero();
        assertThat(belowMinimum.promoNote()).contains("at least 100.00 lei");

        Quote used = PriceCalculator.quote(Map.of(arpeggio, 3), Optional.of(promo(PromoKind.PERCENTAGE, "10", "0")), null,
                DeliveryOption.STANDARD, TODAY, true);
        assertThat(used.promoNote()).contains("already used");
    }

    @Test
    void linesOverTheStockOrTheLimitBlockTheCheckout() {
        Quote quote = PriceCalculator.quote(Map.of(essenza, 3), Optional.empty(), null, DeliveryOption.STANDARD, TODAY, false);
        assertThat(quote.canCheckOut()).isFalse();
        assertThat(quote.problems()).containsExactly("Only 2 of Essenza Mini left in stock.");

        CatalogItem withdrawn = new CatalogItem(ProductRef.coffee(3), "Old blend", "/x", BigDecimal.TEN, 5, false);
        assertThat(CartRules.refusal(withdrawn, 1)).contains("Old blend is no longer sold.");
        assertThat(CartRules.refusal(arpeggio, 51)).contains("Quantity of Arpeggio must be between 1 and 50.");
        assertThat(CartRules.clamp(essenza, 10)).isEqualTo(2);
    }

    @Test
    void productReferencesReadBackFromForms() {
        assertThat(ProductRef.parse("coffee-12")).contains(ProductRef.coffee(12));
        assertThat(ProductRef.parse("machine-3")).contains(ProductRef.machine(3));
        assertThat(ProductRef.parse("coffee--1")).isEmpty();
        assertThat(ProductRef.parse("price-10")).isEmpty();
        assertThat(ProductRef.parse("coffee-x")).isEmpty();
    }

    private static PromoCode promo(PromoKind kind, String amount, String minimum) {
        return new PromoCode("TEST", new PromoCode.PromoTerms("test", kind, new BigDecimal(amount), TODAY.minusDays(1), TODAY.plusDays(1),
                new BigDecimal(minimum), true, true));
    }
}
