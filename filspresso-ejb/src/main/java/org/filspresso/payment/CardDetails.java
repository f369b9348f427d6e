package org.filspresso.payment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filspresso.query.FieldError;

/**
 * What a customer typed into the card form. Never persisted, never logged: it only travels from the form
 * to a {@link PaymentGateway}, which turns it into a {@link StoredCard} or a {@link Charge}.
 * {@link #toString()} shows only a mask such as {@code "•••• 4242"}.
 */
public record CardDetails(String number, int expiryMonth, int expiryYear, String cvc, String holderName) {

    static final int MAX_HOLDER_NAME_LENGTH = 100;
    static final int MAX_YEARS_AHEAD = 20;

    /** The number without the spaces and dashes people type to group digits. */
    public String digits() {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    /**
     * Everything wrong with these details, one entry per form field ({@code number}, {@code expiry},
     * {@code cvc}, {@code holderName}); empty when the card can be sent to the processor. A card is valid
     * until the end of its expiry month. Messages are for shoppers and never repeat the number or the code.
     */
    public List<FieldError> problems(YearMonth currentMonth) {
        List<FieldError> problems = new ArrayList<>();
        numberProblem().ifPresent(message -> problems.add(new FieldError("number", message)));
        expiryProblem(currentMonth).ifPresent(message -> problems.add(new FieldError("expiry", message)));
        cvcProblem().ifPresent(message -> problems.add(new FieldError("cvc", message)));
        holderNameProblem().ifPresent(message -> problems.add(new FieldError("holderName", message)));
        return List.copyOf(problems);
    }

    /**
     * Only a mask, because records print every component by default and this object ends up in log lines
     * and exception messages: a card number or CVC must never reach a log file.
     */
    @Override
    public String toString() {
        return "•••• " + lastFour();
    }

    /** The last four digits, or a mask when the input is too short to hide anything around them. */
    String lastFour() {
        String digits = digits();
        return digits.length() > 4 ? digits.substring(digits.length() - 4) : "••••";
    }

    private Optional<String> numberProblem() {
        String digits = digits();
        if (digits.isEmpty()) {
            return Optional.of("Please enter the card number.");
        }
        if (!digits.matches("\\d+")) {
            return Optional.of("The card number can only contain digits.");
        }
        if (digits.length() < 12 || digits.length() > 19) {
            return Optional.of("The card number should be 12 to 19 digits long.");
        }
        if (!Luhn.isValid(digits)) {
            return Optional.of("The card number is not valid — please check it.");
        }
        if (CardBrand.detect(digits).isEmpty()) {
            return Optional.of("We accept Visa, Mastercard, American Express and Discover cards — please use one of these.");
        }
        return Optional.empty();
    }

    private Optional<String> expiryProblem(YearMonth currentMonth) {
        if (expiryMonth < 1 || expiryMonth > 12) {
            return Optional.of("The expiry month must be between 1 and 12.");
        }
        if (expiryYear < 100) {
            // "04/30" typed as year 30 would otherwise be reported as expired, which would confuse the shopper
            return Optional.of("Please enter all four digits of the expiry year.");
        }
        if (expiryYear > currentMonth.getYear() + MAX_YEARS_AHEAD) {
            return Optional.of("The expiry date is too far in the future — please check it.");
        }
        YearMonth expiry = YearMonth.of(expiryYear, expiryMonth);
        if (expiry.isBefore(currentMonth)) {
            return Optional.of("This card has expired — please use another card.");
        }
        if (expiry.isAfter(currentMonth.plusYears(MAX_YEARS_AHEAD))) {
            return Optional.of("The expiry date is too far in the future — please check it.");
        }
        return Optional.empty();
    }

    private Optional<String> cvcProblem() {
        String code = cvc == null ? "" : cvc.strip();
        if (code.isEmpty()) {
            return Optional.of("Please enter the security code (CVC).");
        }
        Optional<CardBrand> brand = CardBrand.detect(digits());
        boolean rightLength = brand
                .map(b -> code.length() == b.cvcLength())
                .orElse(code.length() == 3 || code.length() == 4); // brand unknown: the number gets its own message
        if (code.matches("\\d+") && rightLength) {
            return Optional.empty();
        }
        return Optional.of(brand
                .map(b -> "The security code must be " + b.cvcLength() + " digits for " + b.displayName() + " cards.")
                .orElse("The security code must be 3 or 4 digits."));
    }

    private Optional<String> holderNameProblem() {
        String name = holderName == null ? "" : holderName.strip();
        if (name.isEmpty()) {
            return Optional.of("Please enter the name on the card.");
        }
        if (name.length() > MAX_HOLDER_NAME_LENGTH) {
            return Optional.of("The name on the card must be at most " + MAX_HOLDER_NAME_LENGTH + " characters.");
        }
        return Optional.empty();
    }
}
