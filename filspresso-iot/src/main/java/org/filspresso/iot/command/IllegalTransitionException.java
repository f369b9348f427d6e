package org.filspresso.iot.command;


/** A status change the command's state does not allow; answered with 409 and the current state. */
public class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final CommandStatus current;

    public IllegalTransitionException(Long commandId, CommandStatus current, CommandStatus wanted) {
        super("Command " + commandId + " is " + current.wireName() + " and cannot become " + wanted.wireName() + ".");
        this.current = current;
    }

    public CommandStatus current() {
        return current;
    }
}
