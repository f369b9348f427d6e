package org.filspresso.iot.command;

/** A command changed status (fired in the transaction; observers act after it commits). */
public record CommandChanged(long commandId, long deviceId, CommandStatus status, String metaJson) {
}
