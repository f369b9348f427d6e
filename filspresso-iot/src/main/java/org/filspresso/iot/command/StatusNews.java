package org.filspresso.iot.command;

/** A command changed status on some server of the cluster (this one included), heard after it committed. */
public record StatusNews(long commandId, long deviceId, CommandStatus status) {
}
