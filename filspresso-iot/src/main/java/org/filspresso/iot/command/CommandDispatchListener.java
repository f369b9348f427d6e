package org.filspresso.iot.command;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Wakes the devices long-polling on this server when a command for them is announced. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CommandDispatch.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class CommandDispatchListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CommandDispatchListener.class.getName());

    @Inject
    private CommandWaiters waiters;

    @Inject
    private WorkHints hints;

    @Override
    public void onMessage(Message message) {
        try {
            long deviceId = message.getLongProperty("deviceId");
            hints.workFor(deviceId);
            waiters.wake(deviceId);
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Unreadable command announcement", e);
        }
    }
}
