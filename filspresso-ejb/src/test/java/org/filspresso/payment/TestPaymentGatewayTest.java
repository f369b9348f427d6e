package org.filspresso.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPaymentGatewayTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock MAY_2026 = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    private final TestPaymentGateway gateway = new TestPaymentGateway(MARCH_2026);

    @Test
    void tokenizeReturnsWhatTheWalletMayKeepAndATokenWithoutTheNumber() {
        StoredCard stored = gateway.tokenize(card("4242 4242 4242 4242"));

        assertThat(stored.brand()).isEqualTo(CardBrand.VISA);
        assertThat(stored.lastFour()).isEqualTo("4242");
        assertThat(stored.expiryMonth()).isEqualTo(4);
        assertThat(stored.expiryYear()).isEqualTo(2030);
        assertThat(stored.holderName()).isEqualTo("Ada Lovelace");
        assertThat(stored.label()).isEqualTo("Visa •••• 4242, expires 04/2030");
        assertThat(stored.token()).startsWith("tok_").doesNotContain("4242424242424242", "123");
        assertThat(gateway.tokenize(card("4242 4242 4242 4242")).token()).isNotEqualTo(stored.token());
        assertThat(gateway.chargeCount()).isZero();
    }

    @Test
    void tokenizeRejectsInvalidDetailsNamingTheFields() {
        CardDetails wrong = new CardDetails("4242 4242 4242 4241", 4, 2030, "12", "Ada");

        assertThatThrownBy(() -> gateway.tokenize(wrong)).isInstanceOfSatisfying(InvalidCardException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeclineReason.INVALID_CARD);
            assertThat(e.getMessage()).isEqualTo(DeclineReason.INVALID_CARD.customerMessage());
            assertThat(e.problems()).extracting(problem -> problem.field()).containsExactly("number", "cvc");
        });
    }

    @Test
    void tokenizeDoesNotApplyTheDeclineScenarios() {
        assertThat(gateway.tokenize(card("4000 0000 0000 9995")).lastFour()).isEqualTo("9995");
        assertThat(gateway.tokenize(card("4000 0000 0000 0119")).lastFour()).isEqualTo("0119");
    }

    @ParameterizedTest
    @CsvSource({
            "4242 4242 4242 4242, VISA, 4242",
            "5555 5555 5555 4444, MASTERCARD, 4444",
            "2223 0031 2200 3222, MASTERCARD, 3222",
            "6011 1111 1111 1117, DISCOVER, 1117",
            "4111 1111 1111 1111, VISA, 1111"})
    void theSuccessCardsAreCharged(String number, CardBrand brand, String lastFour) {
        Charge charge = gateway.charge(request("order-1", "24.90", new PaymentSource.NewCard(card(number))));

        assertThat(charge.chargeId()).matches("ch_[0-9a-f]+");
        assertThat(charge.brand()).isEqualTo(brand);
        assertThat(charge.lastFour()).isEqualTo(lastFour);
        assertThat(charge.amount()).isEqualByComparingTo("24.90");
        assertThat(charge.currency()).isEqualTo("EUR");
        assertThat(gateway.chargeCount()).isEqualTo(1);
    }

    @Test
    void theAmexSuccessCardIsCharged() {
        CardDetails amex = new CardDetails("3782 822463 10005", 4, 2030, "1234", "Ada Lovelace");

        assertThat(gateway.charge(request("order-1", "24.90", new PaymentSource.NewCard(amex))).brand()).isEqualTo(CardBrand.AMEX);
    }

    @ParameterizedTest
    @CsvSource({
            "4000 0000 0000 9995, INSUFFICIENT_FUNDS",
            "4000 0000 0000 0069, EXPIRED_CARD",
            "4000 0000 0000 9979, STOLEN_CARD"})
    void theDeclineCardsAreDeclinedWhetherNewOrSaved(String number, DeclineReason reason) {
        StoredCard saved = gateway.tokenize(card(number));

        assertDeclined(() -> gateway.charge(request("new", "10.00", new PaymentSource.NewCard(card(number)))), reason);
        assertDeclined(() -> gateway.charge(request("saved", "10.00", new PaymentSource.SavedCard(saved.token()))), reason);
        assertThat(gateway.chargeCount()).isZero();
    }

    @Test
    void theStolenCardMessageDoesNotSayStolen() {
        assertThat(DeclineReason.STOLEN_CARD.customerMessage()).contains("declined by your bank").doesNotContainIgnoringCase("stolen");
    }

    @Test
    void theProcessingErrorCardFailsEveryTimeWithoutCharging() {
        PaymentSource source = new PaymentSource.NewCard(card("4000 0000 0000 0119"));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> gateway.charge(request("order-1", "10.00", source)))
                    .isInstanceOf(PaymentUnavailableException.class)
                    .hasMessage("The payment could not be processed right now. Nothing was charged — please try again.");
        }
        assertThat(gateway.chargeCount()).isZero();
    }

    @Test
    void aFailedAttemptLeavesTheKeyFreeForARetry() {
        assertThatThrownBy(() -> gateway.charge(request("order-1", "10.00", new PaymentSource.NewCard(card("4000 0000 0000 0119")))))
                .isInstanceOf(PaymentUnavailableException.class);

        Charge charge = gateway.charge(request("order-1", "10.00", new PaymentSource.NewCard(card("4242 4242 4242 4242"))));

        assertThat(charge.lastFour()).isEqualTo("4242");
    }

    @Test
    void chargingANewCardValidatesItFirst() {
        CardDetails expired = new CardDetails("4242 4242 4242 4242", 2, 2026, "123", "Ada Lovelace");

        assertThatThrownBy(() -> gateway.charge(request("order-1", "10.00", new PaymentSource.NewCard(expired))))
                .isInstanceOfSatisfying(InvalidCardException.class,
                        e -> assertThat(e.problems()).extracting(problem -> problem.field()).containsExactly("expiry"));
    }

    @Test
    void theSameKeyChargesOnceAndReturnsTheFirstCharge() {
        PaymentSource source = new PaymentSource.NewCard(card("4242 4242 4242 4242"));

        Charge first = gateway.charge(request("order-1", "10.50", source));
        Charge repeated = gateway.charge(request("order-1", "10.5", source));

        assertThat(repeated).isEqualTo(first);
        assertThat(gateway.chargeCount()).isEqualTo(1);
        assertThat(gateway.charge(request("order-2", "10.50", source))).isNotEqualTo(first);
        assertThat(gateway.chargeCount()).isEqualTo(2);
    }

    @Test
    void reusingAKeyForADifferentPaymentIsAMistake() {
        PaymentSource visa = new PaymentSource.NewCard(card("4242 4242 4242 4242"));
        PaymentSource mastercard = new PaymentSource.NewCard(card("5555 5555 5555 4444"));
        gateway.charge(request("order-1", "10.00", visa));

        assertThatIllegalArgumentException().isThrownBy(() -> gateway.charge(request("order-1", "11.00", visa)));
        assertThatIllegalArgumentException().isThrownBy(() -> gateway.charge(request("order-1", "10.00", mastercard)));
        assertThat(gateway.chargeCount()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithTheSameKeyChargeOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch startTogether = new CountDownLatch(1);
        ChargeRequest request = request("order-1", "10.00", new PaymentSource.NewCard(card("4242 4242 4242 4242")));
        try {
            List<Future<Charge>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    startTogether.await();
                    return gateway.charge(request);
                }));
            }
            startTogether.countDown();

            Charge first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Charge> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(gateway.chargeCount()).isEqualTo(1);
    }

    @Test
    void aSavedCardCanBeChargedAfterARestart() {
        StoredCard saved = gateway.tokenize(card("5555 5555 5555 4444"));
        TestPaymentGateway afterRestart = new TestPaymentGateway(MARCH_2026);

        Charge charge = afterRestart.charge(request("order-1", "49.90", new PaymentSource.SavedCard(saved.token())));

        assertThat(charge.brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(charge.lastFour()).isEqualTo("4444");
        assertThat(afterRestart.chargeCount()).isEqualTo(1);
    }

    @Test
    void aSavedCardThatHasSinceExpiredIsDeclined() {
        CardDetails expiresInApril = new CardDetails("4242 4242 4242 4242", 4, 2026, "123", "Ada Lovelace");
        StoredCard saved = gateway.tokenize(expiresInApril);
        TestPaymentGateway inMay = new TestPaymentGateway(MAY_2026);

        assertDeclined(() -> inMay.charge(request("order-1", "10.00", new PaymentSource.SavedCard(saved.token()))),
                DeclineReason.EXPIRED_CARD);
    }

    @Test
    void aTokenThisGatewayDidNotMakeIsAnUnknownCard() {
        String good = gateway.tokenize(card("4242 4242 4242 4242")).token();
        List<String> malformed = List.of("", "tok_", "4242424242424242", good + "_x", good.replace("_visa_", "_jcb_"),
                good.replace("tok_ok_", "tok_maybe_"), good.replace("_2030-04_", "_2030-13_"), good.substring(0, good.length() - 1));

        for (String token : malformed) {
            assertDeclined(() -> gateway.charge(request("order-" + token, "10.00", new PaymentSource.SavedCard(token))),
                    DeclineReason.UNKNOWN_CARD);
        }
    }

    @Test
    void refundsOnceAndRefusesUnknownCharges() {
        Charge charge = gateway.charge(request("order-1", "10.00", new PaymentSource.NewCard(card("4242 4242 4242 4242"))));
        assertThat(gateway.isRefunded(charge.chargeId())).isFalse();

        gateway.refund(charge.chargeId());
        gateway.refund(charge.chargeId());

        assertThat(gateway.isRefunded(charge.chargeId())).isTrue();
        assertThat(gateway.chargeCount()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> gateway.refund("ch_unknown"));
    }

    private static CardDetails card(String number) {
        return new CardDetails(number, 4, 2030, "123", "Ada Lovelace");
    }

    private static ChargeRequest request(String key, String amount, PaymentSource source) {
        return new ChargeRequest(key, new BigDecimal(amount), "EUR", "Filspresso order", source);
    }

    private static void assertDeclined(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, DeclineReason reason) {
        assertThatThrownBy(call).isExactlyInstanceOf(PaymentDeclinedException.class)
                .hasMessage(reason.customerMessage())
                .satisfies(e -> assertThat(((PaymentDeclinedException) e).reason()).isEqualTo(reason));
    }
}
