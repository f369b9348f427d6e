package org.filspresso.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed reading of request parameters (query string or form) that collects every problem instead
 * of stopping at the first, so a user fixes all fields in one go. Blank values count as absent.
 * Call {@link #throwIfInvalid()} once all parameters were read.
 */
public final class QueryParameters {

    private final Map<String, List<String>> values;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryParameters(Map<String, List<String>> values, Set<String> known) {
        this.values = values;
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        for (String name : unknown) {
            errors.add(new FieldError(name, "unknown parameter; allowed: " + String.join(", ", new TreeSet<>(known))));
        }
    }

    /** Reads {@code values}; a parameter outside {@code known} is reported as an error. */
    public static QueryParameters of(Map<String, List<String>> values, Set<String> known) {
        return new QueryParameters(values, known);
    }

    public Optional<String> text(String name, int maxLength) {
        Optional<String> value = single(name);
        if (value.isPresent() && value.get().length() > maxLength) {
            errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> integer(String name, int min, int max) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number between " + min + " and " + max));
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> amount(String name) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(raw.get());
            if (value.signum() < 0) {
                errors.add(new FieldError(name, "must not be negative"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be an amount such as 49.90"));
            return Optional.empty();
        }
    }

    public Optional<Boolean> bool(String name) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                errors.add(new FieldError(name, "must be true or false"));
                yield Optional.empty();
            }
        };
    }

    /** An enum constant given by its lower-case name; dashes and underscores are interchangeable. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String wanted = raw.get().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        errors.add(new FieldError(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        return Optional.empty();
    }

    /** Adds an error found by the caller, e.g. a minimum above its maximum. */
    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
    }

    private Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
        if (given.size() > 1) {
            errors.add(new FieldError(name, "must be given once"));
            return Optional.empty();
        }
        return given.stream().findFirst();
    }
}
