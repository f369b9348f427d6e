package org.filspresso.iot.command;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a brew command. A command is handed to the device (DISPATCHED) with a lease; if the
 * device does not confirm BREWING within the lease it goes back to PENDING. Once BREWING, it is
 * never handed out again: a capsule is brewed at most once.
 */
public enum CommandStatus {
    PENDING,
    DISPATCHED,
    BREWING,
    COMPLETE,
    FAILED,
    EXPIRED,
    CANCELLED;

    public Set<CommandStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(DISPATCHED, EXPIRED, CANCELLED);
            // A device may report failure before brewing (a capsule it could not pick), or complete
            // without having reported brewing first.
            case DISPATCHED -> EnumSet.of(BREWING, COMPLETE, FAILED, PENDING, CANCELLED);
            case BREWING -> EnumSet.of(COMPLETE, FAILED);
            case COMPLETE, FAILED, EXPIRED, CANCELLED -> EnumSet.noneOf(CommandStatus.class);
        };
    }

    public boolean canBecome(CommandStatus status) {
        return next().contains(status);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The lower-case name the contract uses ("brewing"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses a device may report with {@code update}. */
    public static Optional<CommandStatus> reportedByDevice(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        return switch (wireName) {
            case "brewing" -> Optional.of(BREWING);
            case "complete" -> Optional.of(COMPLETE);
            case "failed" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
