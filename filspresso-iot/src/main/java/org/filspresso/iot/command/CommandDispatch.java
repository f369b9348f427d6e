package org.filspresso.iot.command;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Queue;

/**
 * Announces new commands on a JMS queue. The message is sent in the creating transaction, so it
 * leaves only if the command was saved; it is persistent, so it survives a broker restart.
 * Payara's embedded OpenMQ carries it with no set-up; production points the default connection
 * factory at an external broker (see the README).
 */
@JMSDestinationDefinition(name = CommandDispatch.QUEUE, interfaceName = "jakarta.jms.Queue", destinationName = "FilspressoBrewCommands")
@ApplicationScoped
@Transactional
public class CommandDispatch {

    public static final String QUEUE = "java:global/jms/FilspressoBrewCommands";

    @Inject
    @JMSConnectionFactory("java:comp/DefaultJMSConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    public void announce(long deviceId, long commandId) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty("deviceId", deviceId)
                .setProperty("commandId", commandId)
                .send(queue, "command " + commandId + " for device " + deviceId);
    }
}
