package org.filspresso.iot.command;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The optional MQTT bridge: every new command is also published (QoS 1), once, by whichever server
 * takes its announcement from the dispatch queue ({@link CommandDispatchListener}), to
 * {@code filspresso/machines/{machine_id}/commands}, in the body {@code check} would return, for
 * accessories that prefer to subscribe. They still report progress with {@code update}, where the
 * guarantees live. Off unless {@code filspresso.mqtt.url} (FILSPRESSO_MQTT_URL) is set, e.g. tcp://127.0.0.1:1883.
 */
@ApplicationScoped
public class MqttBridge {

    private static final Logger LOG = Logger.getLogger(MqttBridge.class.getName());

    @Inject
    @ConfigProperty(name = "filspresso.mqtt.url")
    Optional<String> brokerUrl;

    @Inject
    CommandService commands;

    private MqttClient client;

    public static String topic(long machineId) {
        return "filspresso/machines/" + machineId + "/commands";
    }

    /** Publishes the command if the bridge is on and the command is still waiting for its device. */
    public void publish(long commandId) {
        if (brokerUrl.isEmpty()) {
            return;
        }
        commands.command(commandId).filter(command -> command.status() == CommandStatus.PENDING).ifPresent(command -> {
            try {
                MqttMessage message = new MqttMessage(CommandJson.work(command).toString().getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                connected().publish(topic(command.deviceId()), message);
            } catch (MqttException e) {
                // The device still gets the command by polling: the bridge is a shortcut, not the source of truth.
                LOG.log(Level.WARNING, "MQTT publish of command " + command.id() + " failed", e);
            }
        });
    }

    private synchronized MqttClient connected() throws MqttException {
        if (client == null) {
            client = new MqttClient(brokerUrl.orElseThrow(), "filspresso-" + UUID.randomUUID(), new MemoryPersistence());
        }
        if (!client.isConnected()) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            options.setCleanSession(true);
            options.setConnectionTimeout(5);
            client.connect(options);
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (client != null && client.isConnected()) {
                client.disconnect();
            }
        } catch (MqttException e) {
            LOG.log(Level.FINE, "MQTT disconnect", e);
        }
    }
}
