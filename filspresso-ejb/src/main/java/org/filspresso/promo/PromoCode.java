package org.filspresso.promo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/** A code shoppers type at the cart: a discount with validity dates, a minimum order, maybe single use. */
@Entity
@Table(name = "promo_code")
public class PromoCode {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{3,32}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PromoKind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "minimum_order", nullable = false)
    private BigDecimal minimumOrder;

    @Column(name = "single_use")
    private boolean singleUse;

    private boolean active;

    @Version
    private long version;

    protected PromoCode() {
        // for JPA
    }

    public PromoCode(String code, PromoTerms terms) {
        this.code = normalise(code);
        if (!CODE.matcher(this.code).matches()) {
            throw new InvalidInputException("code", "A code is 3 to 32 letters, digits or dashes.");
        }
        change(terms);
    }

    /** Codes are typed by shoppers: case and surrounding spaces do not matter. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public void change(PromoTerms terms) {
        description = terms.description();
        kind = terms.kind();
        amount = terms.amount();
        validFrom = terms.validFrom();
        validUntil = terms.validUntil();
        minimumOrder = terms.minimumOrder();
        singleUse = terms.singleUse();
        active = terms.active();
    }

    /** Why the code does not apply to this order, or empty when it does. */
    public Optional<String> refusal(BigDecimal merchandise, LocalDate today, boolean alreadyUsedByCustomer) {
        if (!active || today.isBefore(validFrom)) {
            return Optional.of("The code " + code + " is not valid.");
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return Optional.of("The code " + code + " expired on " + validUntil + ".");
        }
        if (merchandise.compareTo(minimumOrder) < 0) {
            return Optional.of("The code " + code + " needs an order of at least " + minimumOrder.setScale(2) + " lei.");
        }
        if (singleUse && alreadyUsedByCustomer) {
            return Optional.of("You have already used the code " + code + ".");
        }
        return Optional.empty();
    }

    /** Lei off the merchandise (not the delivery). */
    public BigDecimal discountOn(BigDecimal merchandise) {
        return switch (kind) {
            case PERCENTAGE -> merchandise.multiply(amount).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case FIXED_AMOUNT -> amount.min(merchandise).setScale(2, RoundingMode.HALF_UP);
            case FREE_SHIPPING -> BigDecimal.ZERO.setScale(2);
        };
    }

    public boolean freeShipping() {
        return kind == PromoKind.FREE_SHIPPING;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public PromoTerms terms() {
        return new PromoTerms(description, kind, amount, validFrom, validUntil, minimumOrder, singleUse, active);
    }

    public boolean singleUse() {
        return singleUse;
    }

    /** The terms of a code as the back office edits them. */
    public record PromoTerms(String description, PromoKind kind, BigDecimal amount, LocalDate validFrom,
                             LocalDate validUntil, BigDecimal minimumOrder, boolean singleUse, boolean active) {
        public PromoTerms {
            List<FieldError> errors = new ArrayList<>();
            if (description == null || description.isBlank() || description.length() > 200) {
                errors.add(new FieldError("description", "Describe the offer in at most 200 characters."));
            }
            if (kind == null) {
                errors.add(new FieldError("kind", "Choose what the code gives."));
            } else if (kind == PromoKind.PERCENTAGE && (amount == null || amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(100)) > 0)) {
                errors.add(new FieldError("amount", "A percentage goes from 1 to 100."));
            } else if (kind == PromoKind.FIXED_AMOUNT && (amount == null || amount.signum() <= 0)) {
                errors.add(new FieldError("amount", "A fixed discount must be more than 0 lei."));
            }
            if (validFrom == null) {
                errors.add(new FieldError("validFrom", "Give the first day the code works."));
            } else if (validUntil != null && validUntil.isBefore(validFrom)) {
                errors.add(new FieldError("validUntil", "The last day cannot be before the first."));
            }
            if (minimumOrder == null || minimumOrder.signum() < 0) {
                errors.add(new FieldError("minimumOrder", "The minimum order cannot be negative."));
            }
            InvalidInputException.throwIf(errors);
            amount = kind == PromoKind.FREE_SHIPPING ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
            minimumOrder = minimumOrder.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
