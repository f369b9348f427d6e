package org.filspresso.iot.command;


/** No such command for this device (another device's command is answered the same way: 404). */
public class UnknownCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownCommandException(long commandId) {
        super("There is no command " + commandId + " for this machine.");
    }
}
