package org.filspresso.iot.command;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import org.filspresso.iot.device.CredentialsChanged;

/**
 * What every server must hear, published on a JMS topic that each server subscribes to
 * ({@link ClusterNewsListener}): a command changed (wake the devices long-polling here, forget
 * that the device was idle, refresh its owner's page) and a device's token changed (stop
 * accepting the old one). Sent in the changing transaction, so news leaves only on commit. Not
 * persistent: a server that is down has no waiting devices or pages to tell, and learns the
 * state from the database when it starts.
 */
@JMSDestinationDefinition(name = ClusterNews.TOPIC, interfaceName = "jakarta.jms.Topic", destinationName = "FilspressoClusterNews")
@ApplicationScoped
public class ClusterNews {

    public static final String TOPIC = "java:global/jms/FilspressoClusterNews";
    static final String KIND = "kind";
    static final String COMMAND = "command";
    static final String CREDENTIALS = "credentials";

    @Inject
    @JMSConnectionFactory("java:comp/DefaultJMSConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = TOPIC)
    private Topic topic;

    void onCommandChanged(@Observes CommandChanged change) {
        producer().setProperty(KIND, COMMAND)
                .setProperty("commandId", change.commandId())
                .setProperty("deviceId", change.deviceId())
                .setProperty("status", change.status().name())
                .send(topic, "");
    }

    void onCredentialsChanged(@Observes CredentialsChanged change) {
        producer().setProperty(KIND, CREDENTIALS).setProperty("deviceId", change.deviceId()).send(topic, "");
    }

    private JMSProducer producer() {
        return jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
    }
}
