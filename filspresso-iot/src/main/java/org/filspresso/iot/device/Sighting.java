package org.filspresso.iot.device;

import java.time.Instant;

/** A device was heard from: when, from which address, with which firmware (null when it did not say). */
public record Sighting(long deviceId, Instant at, String from, String firmware) {

    public Sighting {
        from = from == null || from.isBlank() ? "-" : shorten(from, 64);
        firmware = firmware == null || firmware.isBlank() ? null : shorten(firmware, 40);
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
