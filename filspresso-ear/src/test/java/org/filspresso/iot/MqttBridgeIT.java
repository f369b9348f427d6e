package org.filspresso.iot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.MqttBridge;
import org.filspresso.iot.command.NewCommand;
import org.filspresso.iot.command.Recipe;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The MQTT bridge publishes new commands to the local Mosquitto broker (the test domain sets FILSPRESSO_MQTT_URL). */
@ExtendWith(ArquillianExtension.class)
class MqttBridgeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(MqttBridgeIT.class);
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    CommandService commands;

    @Test
    void aNewCommandIsPublishedOnTheMachinesTopic() throws Exception {
        Customer owner = accounts.register("Ana Pop", "mqtt." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        long machine = devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL).device().id();

        BlockingQueue<String> received = new ArrayBlockingQueue<>(4);
        MqttClient subscriber = new MqttClient("tcp://127.0.0.1:1883", "filspresso-test-" + UUID.randomUUID(), new MemoryPersistence());
        subscriber.connect();
        try {
            subscriber.subscribe(MqttBridge.topic(machine), 1,
                    (topic, message) -> received.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            long id = commands.create(new NewCommand(machine, new Recipe(110, 92, 1500, "original", "lungo"), true, "{}", null), null,
                    new Caller("api:test", "127.0.0.1"), Instant.now()).id();

            String message = received.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("published within 10 s").isNotNull();
            assertThat(message).contains("\"command_id\":" + id).contains("\"capsule_variant\":\"lungo\"");
        } finally {
            subscriber.disconnect();
            subscriber.close();
        }
    }
}
