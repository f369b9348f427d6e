package org.filspresso.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/** What a customer likes: an intensity range, aromatic notes, decaf, and the machines they own. */
public record CoffeePreferences(Integer intensityMin, Integer intensityMax, SortedSet<String> notes, boolean decaf,
                                Set<Long> machineIds) {

    public static final int MAX_NOTES = 10;

    public CoffeePreferences {
        notes = new TreeSet<>(notes == null ? Set.of() : notes);
        machineIds = Set.copyOf(machineIds == null ? Set.of() : machineIds);
        List<FieldError> errors = new ArrayList<>();
        if (outOfRange(intensityMin) || outOfRange(intensityMax)) {
            errors.add(new FieldError("intensity", "Intensity goes from " + CoffeeQuery.MIN_INTENSITY + " to " + CoffeeQuery.MAX_INTENSITY + "."));
        } else if (intensityMin != null && intensityMax != null && intensityMin > intensityMax) {
            errors.add(new FieldError("intensity", "The lowest intensity must not be above the highest."));
        }
        if (notes.size() > MAX_NOTES) {
            errors.add(new FieldError("notes", "Choose at most " + MAX_NOTES + " aromatic notes."));
        }
        InvalidInputException.throwIf(errors);
    }

    public static CoffeePreferences none() {
        return new CoffeePreferences(null, null, null, false, null);
    }

    private static boolean outOfRange(Integer intensity) {
        return intensity != null && (intensity < CoffeeQuery.MIN_INTENSITY || intensity > CoffeeQuery.MAX_INTENSITY);
    }
}
