package org.filspresso.iot.command;

/** A validated create request: the contract's body, with meta and accessory instructions kept as JSON text. */
public record NewCommand(long machineId, Recipe recipe, boolean executeAllowed, String metaJson, String accessoryInstructionsJson) {
}
