package org.filspresso.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.filspresso.query.FieldError;

/**
 * A built-in gateway that behaves like a real processor in test mode: no money moves, and special card
 * numbers trigger the failures a shop must handle.
 *
 * <table>
 * <caption>Test cards (any future expiry, any CVC of the right length, any name)</caption>
 * <tr><th>Number</th><th>Brand</th><th>Outcome when charged</th></tr>
 * <tr><td>4242 4242 4242 4242</td><td>Visa</td><td>succeeds</td></tr>
 * <tr><td>5555 5555 5555 4444</td><td>Mastercard</td><td>succeeds</td></tr>
 * <tr><td>2223 0031 2200 3222</td><td>Mastercard (2-series)</td><td>succeeds</td></tr>
 * <tr><td>3782 822463 10005</td><td>American Express</td><td>succeeds</td></tr>
 * <tr><td>6011 1111 1111 1117</td><td>Discover</td><td>succeeds</td></tr>
 * <tr><td>4000 0000 0000 9995</td><td>Visa</td><td>declined: insufficient funds</td></tr>
 * <tr><td>4000 0000 0000 0069</td><td>Visa</td><td>declined: expired card</td></tr>
 * <tr><td>4000 0000 0000 9979</td><td>Visa</td><td>declined: stolen card</td></tr>
 * <tr><td>4000 0000 0000 0119</td><td>Visa</td><td>processing error ({@link PaymentUnavailableException}) every time</td></tr>
 * </table>
 * Any other Luhn-valid number of a known brand succeeds.
 *
 * <p>Like a real processor, {@link #tokenize} only checks the details and does not apply the decline
 * scenarios, so a saved 9995 card is accepted into the wallet and declined when charged later.
 *
 * <p>Tokens survive a restart without this class keeping any card data: a token spells out what a charge
 * needs, e.g. {@code tok_nsf_visa_9995_2030-04_3f9c0a1b2c3d4e5f} (scenario, brand, last four, expiry,
 * random part). Putting the scenario in the token is acceptable only because this is a test gateway.
 * Charges, idempotency keys and refunds are kept in memory and are forgotten on restart.
 */
@ApplicationScoped
public class TestPaymentGateway implements PaymentGateway {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, KeyedCharge> chargesByIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, Charge> chargesById = new ConcurrentHashMap<>();
    private final Set<String> refundedChargeIds = ConcurrentHashMap.newKeySet();

    public TestPaymentGateway() {
        this(Clock.systemDefaultZone());
    }

    /** For tests: the clock decides which cards have expired. */
    public TestPaymentGateway(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredCard tokenize(CardDetails card) {
        TestCard valid = validate(card);
        return new StoredCard(valid.token(randomHex(8)), valid.brand(), valid.lastFour(),
                valid.expiry().getMonthValue(), valid.expiry().getYear(), card.holderName().strip());
    }

    @Override
    public Charge charge(ChargeRequest request) {
        String fingerprint = fingerprint(request);
        // computeIfAbsent runs the charge at most once per key, even when two threads send the same key at
        // the same moment. A failed attempt throws out of it and leaves the key free for a retry.
        KeyedCharge remembered = chargesByIdempotencyKey.computeIfAbsent(request.idempotencyKey(),
                key -> new KeyedCharge(fingerprint, process(request)));
        if (!remembered.fingerprint().equals(fingerprint)) {
            throw new IllegalArgumentException("Idempotency key " + request.idempotencyKey()
                    + " was already used for a different amount or payment source");
        }
        return remembered.charge();
    }

    @Override
    public void refund(String chargeId) {
        // Charges live in memory only: one made before a restart is unknown here but well-formed.
        if (chargeId == null || !(chargesById.containsKey(chargeId) || chargeId.matches("ch_[0-9a-f]{8,64}"))) {
            throw new IllegalArgumentException("Unknown charge: " + chargeId);
        }
        refundedChargeIds.add(chargeId); // a set: refunding twice changes nothing
    }

    /** Number of distinct successful charges; repeats with the same idempotency key count once. */
    public int chargeCount() {
        return chargesById.size();
    }

    public boolean isRefunded(String chargeId) {
        return refundedChargeIds.contains(chargeId);
    }

    private Charge process(ChargeRequest request) {
        TestCard card = cardFor(request.source());
        if (card.expiry().isBefore(YearMonth.now(clock))) {
            throw new PaymentDeclinedException(DeclineReason.EXPIRED_CARD); // a saved card that has run out since
        }
        switch (card.scenario()) {
            case INSUFFICIENT_FUNDS -> throw new PaymentDeclinedException(DeclineReason.INSUFFICIENT_FUNDS);
            case EXPIRED_CARD -> throw new PaymentDeclinedException(DeclineReason.EXPIRED_CARD);
            case STOLEN_CARD -> throw new PaymentDeclinedException(DeclineReason.STOLEN_CARD);
            case PROCESSING_ERROR -> throw new PaymentUnavailableException();
            case APPROVE -> { }
        }
        Charge charge = new Charge("ch_" + randomHex(12), card.brand(), card.lastFour(), request.amount(), request.currency());
        chargesById.put(charge.chargeId(), charge);
        return charge;
    }

    private TestCard cardFor(PaymentSource source) {
        if (source instanceof PaymentSource.NewCard newCard) {
            return validate(newCard.card());
        }
        return TestCard.fromToken(((PaymentSource.SavedCard) source).token())
                .orElseThrow(() -> new PaymentDeclinedException(DeclineReason.UNKNOWN_CARD));
    }

    private TestCard validate(CardDetails card) {
        List<FieldError> problems = card.problems(YearMonth.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCardException(problems);
        }
        String digits = card.digits();
        CardBrand brand = CardBrand.detect(digits).orElseThrow(); // present: problems() checked the brand
        return new TestCard(Scenario.forNumber(digits), brand, card.lastFour(), YearMonth.of(card.expiryYear(), card.expiryMonth()));
    }

    /**
     * What makes two requests "the same payment": amount (10.5 equals 10.50), currency and card. A new card
     * is described by last four and expiry rather than its number, so that no card number is kept in memory.
     */
    private static String fingerprint(ChargeRequest request) {
        String card;
        if (request.source() instanceof PaymentSource.NewCard newCard) {
            CardDetails details = newCard.card();
            card = "card " + details.lastFour() + " " + details.expiryMonth() + "/" + details.expiryYear();
        } else {
            card = "token " + ((PaymentSource.SavedCard) request.source()).token();
        }
        return request.amount().stripTrailingZeros().toPlainString() + " " + request.currency() + " " + card;
    }

    private String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private record KeyedCharge(String fingerprint, Charge charge) {
    }

    /** What a test card number makes happen when charged; the code is what a token carries. */
    private enum Scenario {
        APPROVE("ok"),
        INSUFFICIENT_FUNDS("nsf"),
        EXPIRED_CARD("expired"),
        STOLEN_CARD("stolen"),
        PROCESSING_ERROR("error");

        final String code;

        Scenario(String code) {
            this.code = code;
        }

        static Scenario forNumber(String digits) {
            return switch (digits) {
                case "4000000000009995" -> INSUFFICIENT_FUNDS;
                case "4000000000000069" -> EXPIRED_CARD;
                case "4000000000009979" -> STOLEN_CARD;
                case "4000000000000119" -> PROCESSING_ERROR;
                default -> APPROVE;
            };
        }

        static Optional<Scenario> forCode(String code) {
            for (Scenario scenario : values()) {
                if (scenario.code.equals(code)) {
                    return Optional.of(scenario);
                }
            }
            return Optional.empty();
        }
    }

    /** Everything a charge needs to know about a card, and nothing that could be used to pay elsewhere. */
    private record TestCard(Scenario scenario, CardBrand brand, String lastFour, YearMonth expiry) {

        private static final String PREFIX = "tok";
        private static final String SEPARATOR = "_";

        /** E.g. {@code tok_nsf_visa_9995_2030-04_3f9c0a1b2c3d4e5f}; the random part tells two saved copies apart. */
        String token(String randomPart) {
            return String.join(SEPARATOR, PREFIX, scenario.code, brand.name().toLowerCase(Locale.ROOT), lastFour,
                    expiry.toString(), randomPart);
        }

        /** Reads a token back; empty when it was not made by {@link #token}. */
        static Optional<TestCard> fromToken(String token) {
            String[] parts = token.split(SEPARATOR, -1);
            if (parts.length != 6 || !parts[0].equals(PREFIX) || !parts[3].matches("\\d{4}") || !parts[5].matches("[0-9a-f]{16}")) {
                return Optional.empty();
            }
            Optional<Scenario> scenario = Scenario.forCode(parts[1]);
            Optional<CardBrand> brand = brandNamed(parts[2]);
            Optional<YearMonth> expiry = yearMonth(parts[4]);
            if (scenario.isEmpty() || brand.isEmpty() || expiry.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TestCard(scenario.get(), brand.get(), parts[3], expiry.get()));
        }

        private static Optional<CardBrand> brandNamed(String name) {
            for (CardBrand brand : CardBrand.values()) {
                if (brand.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(brand);
                }
            }
            return Optional.empty();
        }

        private static Optional<YearMonth> yearMonth(String text) {
            try {
                return Optional.of(YearMonth.parse(text));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
