package org.filspresso.iot.device;

/** A device's token was rotated or revoked (fired in the transaction that did it). */
public record CredentialsChanged(long deviceId) {
}
