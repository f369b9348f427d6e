package org.filspresso.ai.brew;

import java.util.OptionalInt;
import java.util.Set;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CupSize;

/**
 * A capsule that could go into the brew, with what the person has to do with it.
 *
 * @param timesOrdered how many of the person's orders it was in
 * @param slot         the accessory's magazine slot holding it, if loaded
 */
public record CapsuleOption(long id, CapsuleSystem system, String slug, String name, int intensity, boolean decaf,
                            Set<CupSize> cupSizes, int timesOrdered, OptionalInt slot) {

    boolean owned() {
        return slot.isPresent() || timesOrdered > 0;
    }
}
