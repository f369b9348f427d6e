package org.filspresso.promo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class PromoCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void codesAreValidBetweenTheirDatesOnly() {
        PromoCode code = new PromoCode(" black-friday ", new PromoCode.PromoTerms("Black Friday", PromoKind.PERCENTAGE,
                new BigDecimal("15"), TODAY, TODAY.plusDays(3), BigDecimal.ZERO, false, true));

        assertThat(code.code()).isEqualTo("BLACK-FRIDAY");
        assertThat(code.refusal(BigDecimal.TEN, TODAY.minusDays(1), false)).contains("The code BLACK-FRIDAY is not valid.");
        assertThat(code.refusal(BigDecimal.TEN, TODAY.plusDays(3), false)).isEmpty();
        assertThat(code.refusal(BigDecimal.TEN, TODAY.plusDays(4), false)).get().asString().contains("expired");
        assertThat(code.refusal(BigDecimal.TEN, TODAY, true)).as("not single-use").isEmpty();
        assertThat(code.discountOn(new BigDecimal("99.99"))).isEqualByComparingTo("15.00");
    }

    @Test
    void badTermsNameTheirFields() {
        assertThatThrownBy(() -> new PromoCode.PromoTerms("", PromoKind.PERCENTAGE, new BigDecimal("120"), TODAY, TODAY.minusDays(1),
                new BigDecimal("-1"), false, true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("description", "amount", "validUntil", "minimumOrder"));
        assertThatThrownBy(() -> new PromoCode("a b", new PromoCode.PromoTerms("x", PromoKind.FREE_SHIPPING, null, TODAY, null,
                BigDecimal.ZERO, false, true))).isInstanceOf(InvalidInputException.class);
    }
}
