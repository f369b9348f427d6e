/**
 * The IoT command service that brewing accessories poll ({@code /api/commands/...}): command
 * lifecycle, device registry and credentials, JMS dispatch. Its capabilities arrive with the IoT
 * issue; the module is assembled into the WAR (and so the EAR) from the start so that nothing
 * about packaging changes when they do.
 */
package org.filspresso.iot;
