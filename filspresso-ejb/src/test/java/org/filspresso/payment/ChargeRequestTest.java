package org.filspresso.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargeRequestTest {

    private static final PaymentSource SOURCE = new PaymentSource.SavedCard("tok_ok_visa_4242_2030-04_0123456789abcdef");

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00", "12.345", "0.001"})
    void rejectsAnAmountThatIsNotAPositiveNumberOfCents(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> request(new BigDecimal(amount), "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "EURO", "E1R"})
    void rejectsACurrencyThatIsNotAThreeLetterCode(String currency) {
        assertThatIllegalArgumentException().isThrownBy(() -> request(new BigDecimal("10.00"), currency));
    }

    @Test
    void acceptsTrailingZerosAndNormalisesTheCurrency() {
        ChargeRequest request = request(new BigDecimal("10.500"), "eur");

        assertThat(request.currency()).isEqualTo("EUR");
        assertThat(request.amount()).isEqualByComparingTo("10.5");
    }

    @Test
    void requiresAnIdempotencyKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChargeRequest(" ", BigDecimal.TEN, "EUR", "Order", SOURCE));
    }

    private static ChargeRequest request(BigDecimal amount, String currency) {
        return new ChargeRequest("order-1", amount, currency, "Order 1", SOURCE);
    }
}
