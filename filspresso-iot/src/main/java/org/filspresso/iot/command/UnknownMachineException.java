package org.filspresso.iot.command;


/** No such machine — or not one of the caller's, which is answered the same way (404). */
public class UnknownMachineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownMachineException(long machineId) {
        super("There is no machine " + machineId + " you may send commands to.");
    }
}
