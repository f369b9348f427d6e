package org.filspresso.iot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.command.BrewCommand;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandHistory;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.CommandStatus;
import org.filspresso.iot.command.NewCommand;
import org.filspresso.iot.command.Recipe;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.iot.simulator.DeviceSimulator;
import org.filspresso.iot.simulator.DeviceSimulator.Fault;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulated accessory with injected faults, over HTTP, against the deployed service. */
@ExtendWith(ArquillianExtension.class)
class DeviceFaultsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(DeviceFaultsIT.class, DeviceSimulator.class);
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    CommandService commands;

    private long machine;
    private DeviceSimulator device;

    @BeforeEach
    void pair() {
        Customer owner = accounts.register("Ana Pop", "faults." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        DeviceService.Pairing pairing = devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL);
        machine = pairing.device().id();
        device = new DeviceSimulator(HTTP, Deployments.baseUri(), machine, pairing.token(), Duration.ofMillis(200));
    }

    @Test
    void aNormalBrewEndsComplete() throws Exception {
        long id = newCommand();
        DeviceSimulator.Round round = device.runOnce(0, Fault.NONE);
        assertThat(round.commandId()).contains(id);
        assertThat(round.updateStatuses()).containsOnly(200);
        assertThat(status(id)).isEqualTo(CommandStatus.COMPLETE);
        assertThat(device.check(0).statusCode()).isEqualTo(204);
    }

    @Test
    void aDeviceThatDiesAfterPickingUpGetsTheCommandBackAfterTheLease() throws Exception {
        long id = newCommand();
        device.runOnce(0, Fault.CRASH_AFTER_DISPATCH);
        assertThat(status(id)).isEqualTo(CommandStatus.DISPATCHED);
        assertThat(device.check(0).statusCode()).as("leased to the crashed request").isEqualTo(204);

        Instant afterLease = Instant.now().plus(CommandService.LEASE).plusSeconds(1);
        assertThat(commands.claim(machine, new Caller("device:" + machine, "test"), afterLease)).map(BrewCommand::id).contains(id);
    }

    @Test
    void aDeviceThatDiesWhileBrewingNeverGetsTheCommandAgain() throws Exception {
        long id = newCommand();
        device.runOnce(0, Fault.CRASH_AFTER_BREWING);
        assertThat(status(id)).isEqualTo(CommandStatus.BREWING);
        assertThat(commands.claim(machine, new Caller("device:" + machine, "test"), Instant.now().plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void repeatedUpdatesChangeNothing() throws Exception {
        long id = newCommand();
        DeviceSimulator.Round round = device.runOnce(0, Fault.DUPLICATE_UPDATES);
        assertThat(round.updateStatuses()).containsExactly(200, 200, 200, 200);
        assertThat(commands.history(id)).extracting(CommandHistory::newStatus)
                .containsExactly(CommandStatus.PENDING, CommandStatus.DISPATCHED, CommandStatus.BREWING, CommandStatus.COMPLETE);
    }

    @Test
    void aPickFailureEndsFailedWithItsReason() throws Exception {
        long id = newCommand();
        device.runOnce(0, Fault.PICK_FAILURE);
        assertThat(status(id)).isEqualTo(CommandStatus.FAILED);
        assertThat(commands.history(id).get(commands.history(id).size() - 1).meta()).contains("pick_failed");
    }

    @Test
    void anIdleDeviceAnsweredFromMemoryStillGetsANewCommandAtOnce() throws Exception {
        assertThat(device.check(0).statusCode()).isEqualTo(204); // looked up: idle
        assertThat(device.check(0).statusCode()).isEqualTo(204); // answered from memory
        long id = newCommand();
        DeviceSimulator.Round round = device.runOnce(0, Fault.NONE);
        assertThat(round.commandId()).as("the creation cleared the idle mark").contains(id);
    }

    @Test
    void aDeviceWithAWrongTokenIsTurnedAway() throws Exception {
        DeviceSimulator impostor = new DeviceSimulator(HTTP, Deployments.baseUri(), machine, "fdt_not-the-token", Duration.ZERO);
        assertThat(impostor.check(0).statusCode()).isEqualTo(401);
    }

    private long newCommand() {
        return commands.create(new NewCommand(machine, new Recipe(40, 92, 500, "original", "espresso"), true, "{}", null), null,
                new Caller("api:test", "127.0.0.1"), Instant.now()).id();
    }

    private CommandStatus status(long id) {
        return commands.command(id).orElseThrow().status();
    }
}
