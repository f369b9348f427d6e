package org.filspresso.web.brew;

import org.filspresso.iot.command.CommandStatus;

/** What a shopper reads for each command status. */
public final class BrewLabels {

    private BrewLabels() {
    }

    public static String of(CommandStatus status) {
        return switch (status) {
            case PENDING -> "Sent — waiting for the machine";
            case DISPATCHED -> "Heating";
            case BREWING -> "Brewing";
            case COMPLETE -> "Done — your coffee is ready";
            case FAILED -> "Failed";
            case EXPIRED -> "Expired — the machine did not pick it up";
            case CANCELLED -> "Cancelled";
        };
    }
}
