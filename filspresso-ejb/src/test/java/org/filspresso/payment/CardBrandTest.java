package org.filspresso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardBrandTest {

    @ParameterizedTest
    @CsvSource({
            "4242424242424242, VISA",
            "4000000000009995, VISA",
            "5105105105105100, MASTERCARD",
            "5555555555554444, MASTERCARD",
            "2221000000000009, MASTERCARD",
            "2223003122003222, MASTERCARD",
            "2720999999999996, MASTERCARD",
            "340000000000009, AMEX",
            "378282246310005, AMEX",
            "6011111111111117, DISCOVER",
            "6440000000000000, DISCOVER",
            "6490000000000000, DISCOVER",
            "6500000000000002, DISCOVER"})
    void recognisesTheBrandByItsPrefix(String digits, CardBrand expected) {
        assertThat(CardBrand.detect(digits)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2220999999999999", "2721000000000000", "5000000000000000", "5600000000000000",
            "3530111333300000", "6430000000000000", "6012000000000000", "4242 4242 4242 4242"})
    void recognisesNothingElse(String digits) {
        assertThat(CardBrand.detect(digits)).isEmpty();
    }

    @Test
    void amexHasAFourDigitCodeAndAFullName() {
        assertThat(CardBrand.AMEX.cvcLength()).isEqualTo(4);
        assertThat(CardBrand.VISA.cvcLength()).isEqualTo(3);
        assertThat(CardBrand.MASTERCARD.cvcLength()).isEqualTo(3);
        assertThat(CardBrand.DISCOVER.cvcLength()).isEqualTo(3);
        assertThat(CardBrand.AMEX.displayName()).isEqualTo("American Express");
    }
}
