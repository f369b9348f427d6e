package org.filspresso.iot.command;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes each new command's announcement from the persistent dispatch queue — exactly one server
 * does, even after a restart of the broker — and forwards the command to the MQTT bridge. Devices
 * that poll are woken by the cluster news of the same creation ({@link ClusterNewsListener}).
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CommandDispatch.QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class CommandDispatchListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CommandDispatchListener.class.getName());

    @Inject
    private MqttBridge mqtt;

    @Override
    public void onMessage(Message message) {
        try {
            mqtt.publish(message.getLongProperty("commandId"));
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Unreadable command announcement", e);
        }
    }
}
