package org.filspresso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "5555555555554444", "2223003122003222", "378282246310005",
            "6011111111111117", "4000000000009995", "4000000000000069", "4000000000009979", "4000000000000119"})
    void acceptsTheTestCards(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "5555555555554445", "378282246310006", "1234567812345678"})
    void rejectsAWrongCheckDigit(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4242 4242 4242 4242", "4242-4242-4242-4242", "42424242424x", "00000000000", "00000000000000000000"})
    void rejectsAnythingButTwelveToNineteenDigits(String input) {
        assertThat(Luhn.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000000", "0000000000000000000"})
    void acceptsTheShortestAndLongestLengths(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }
}
