package org.filspresso.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Lookup of the canonical volume for a (capsule system, cup size); empty for drinks such as cappuccino. */
public final class CapsuleVolumes {

    private final Map<CapsuleSystem, Map<CupSize, Integer>> volumes = new EnumMap<>(CapsuleSystem.class);

    public CapsuleVolumes(List<CapsuleVolume> rows) {
        for (CapsuleVolume row : rows) {
            volumes.computeIfAbsent(row.system(), s -> new EnumMap<>(CupSize.class)).put(row.cupSize(), row.volumeMl());
        }
    }

    public OptionalInt volumeMl(CapsuleSystem system, CupSize cupSize) {
        Integer volume = volumes.getOrDefault(system, Map.of()).get(cupSize);
        return volume == null ? OptionalInt.empty() : OptionalInt.of(volume);
    }
}
