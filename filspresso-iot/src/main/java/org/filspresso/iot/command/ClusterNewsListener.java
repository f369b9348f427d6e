package org.filspresso.iot.command;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.filspresso.iot.device.DeviceDirectory;

/**
 * This server's ear on {@link ClusterNews} (its own news included): wakes the devices long-polling
 * here when a command for them is pending, and passes status changes on to whoever shows them.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ClusterNews.TOPIC),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class ClusterNewsListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ClusterNewsListener.class.getName());

    @Inject
    private WorkHints hints;

    @Inject
    private CommandWaiters waiters;

    @Inject
    private DeviceDirectory directory;

    @Inject
    private Event<StatusNews> statusNews;

    @Override
    public void onMessage(Message message) {
        try {
            long deviceId = message.getLongProperty("deviceId");
            if (ClusterNews.CREDENTIALS.equals(message.getStringProperty(ClusterNews.KIND))) {
                directory.forget(deviceId);
                return;
            }
            String statusName = message.getStringProperty("status");
            if (statusName == null) {
                LOG.warning("Cluster news without a status: " + message.getJMSMessageID());
                return;
            }
            CommandStatus status = CommandStatus.valueOf(statusName);
            hints.workFor(deviceId);
            if (status == CommandStatus.PENDING) {
                waiters.wake(deviceId);
            }
            statusNews.fire(new StatusNews(message.getLongProperty("commandId"), deviceId, status));
        } catch (JMSException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Unreadable cluster news", e);
        }
    }
}
