package org.filspresso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.filspresso.query.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardDetailsTest {

    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    @Test
    void aGoodCardHasNoProblems() {
        assertThat(visa("4242 4242 4242 4242").problems(MARCH_2026)).isEmpty();
        assertThat(new CardDetails("3782 822463 10005", 4, 2030, "1234", "Ada Lovelace").problems(MARCH_2026)).isEmpty();
    }

    @Test
    void digitsDropSpacesAndDashes() {
        assertThat(visa("4242 4242-4242 4242").digits()).isEqualTo("4242424242424242");
        assertThat(visa(null).digits()).isEmpty();
    }

    @Test
    void reportsAMissingNumber() {
        assertThat(visa("  ").problems(MARCH_2026)).containsExactly(new FieldError("number", "Please enter the card number."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242 4242 42", "4242 4242 4242 4242 4242", "4242 4242 abcd 4242"})
    void reportsANumberOfTheWrongShape(String number) {
        assertThat(fields(visa(number).problems(MARCH_2026))).containsExactly("number");
    }

    @Test
    void reportsANumberThatFailsTheCheckDigit() {
        assertThat(visa("4242 4242 4242 4241").problems(MARCH_2026))
                .containsExactly(new FieldError("number", "The card number is not valid — please check it."));
    }

    @Test
    void reportsABrandTheShopDoesNotAccept() {
        CardDetails jcb = new CardDetails("3530 1113 3330 0000", 4, 2030, "123", "Ada Lovelace");

        assertThat(jcb.problems(MARCH_2026)).extracting(FieldError::field).containsExactly("number");
        assertThat(jcb.problems(MARCH_2026).get(0).message()).contains("Visa", "Mastercard", "American Express", "Discover");
    }

    @Test
    void aCardIsValidUntilTheEndOfItsExpiryMonth() {
        assertThat(card(3, 2026).problems(MARCH_2026)).isEmpty();
        assertThat(card(2, 2026).problems(MARCH_2026))
                .containsExactly(new FieldError("expiry", "This card has expired — please use another card."));
    }

    @Test
    void reportsAnImpossibleOrImplausibleExpiry() {
        assertThat(fields(card(0, 2030).problems(MARCH_2026))).containsExactly("expiry");
        assertThat(fields(card(13, 2030).problems(MARCH_2026))).containsExactly("expiry");
        assertThat(fields(card(4, 2046).problems(MARCH_2026))).containsExactly("expiry");
        assertThat(fields(card(4, Integer.MAX_VALUE).problems(MARCH_2026))).containsExactly("expiry");
        assertThat(card(3, 2046).problems(MARCH_2026)).isEmpty(); // exactly twenty years ahead
    }

    @Test
    void asksForAFourDigitYearInsteadOfCallingTheCardExpired() {
        assertThat(card(4, 30).problems(MARCH_2026))
                .containsExactly(new FieldError("expiry", "Please enter all four digits of the expiry year."));
    }

    @Test
    void theSecurityCodeLengthDependsOnTheBrand() {
        assertThat(new CardDetails("4242424242424242", 4, 2030, "1234", "Ada").problems(MARCH_2026))
                .containsExactly(new FieldError("cvc", "The security code must be 3 digits for Visa cards."));
        assertThat(new CardDetails("378282246310005", 4, 2030, "123", "Ada").problems(MARCH_2026))
                .containsExactly(new FieldError("cvc", "The security code must be 4 digits for American Express cards."));
        assertThat(fields(new CardDetails("4242424242424242", 4, 2030, "12a", "Ada").problems(MARCH_2026))).containsExactly("cvc");
        assertThat(fields(new CardDetails("4242424242424242", 4, 2030, null, "Ada").problems(MARCH_2026))).containsExactly("cvc");
    }

    @Test
    void theHolderNameIsRequiredAndLimited() {
        assertThat(new CardDetails("4242424242424242", 4, 2030, "123", " ").problems(MARCH_2026))
                .containsExactly(new FieldError("holderName", "Please enter the name on the card."));
        assertThat(fields(new CardDetails("4242424242424242", 4, 2030, "123", "x".repeat(101)).problems(MARCH_2026)))
                .containsExactly("holderName");
        assertThat(new CardDetails("4242424242424242", 4, 2030, "123", "x".repeat(100)).problems(MARCH_2026)).isEmpty();
    }

    @Test
    void reportsEveryFieldAtOnceWithoutRepeatingTheNumberOrCode() {
        CardDetails wrong = new CardDetails("4242 4242 4242 4241", 13, 2030, "98765", "");

        List<FieldError> problems = wrong.problems(MARCH_2026);

        assertThat(fields(problems)).containsExactly("number", "expiry", "cvc", "holderName");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message())
                .doesNotContain("4242", "4241", "98765"));
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        CardDetails card = new CardDetails("4242 4242 4242 1234", 4, 2030, "987", "Ada Lovelace");

        assertThat(card.toString()).isEqualTo("•••• 1234");
        assertThat(new PaymentSource.NewCard(card).toString()).doesNotContain("4242", "987");
        assertThat(visa("4242").toString()).isEqualTo("•••• ••••"); // too short to show part of it
    }

    private static CardDetails visa(String number) {
        return new CardDetails(number, 4, 2030, "123", "Ada Lovelace");
    }

    private static CardDetails card(int month, int year) {
        return new CardDetails("4242424242424242", month, year, "123", "Ada Lovelace");
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }
}
