package org.filspresso.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.command.BrewCommand;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandHistory;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.CommandStatus;
import org.filspresso.iot.command.IllegalTransitionException;
import org.filspresso.iot.command.NewCommand;
import org.filspresso.iot.command.Recipe;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The command lifecycle's guarantees, inside Payara against real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class CommandServiceIT {

    private static final Caller OWNER = new Caller("customer:test", "127.0.0.1");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(CommandServiceIT.class);
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    CommandService commands;

    @Test
    void thousandsOfCommandsPolledConcurrentlyAreEachHandedOutOnce() throws Exception {
        long device = pairedMachine();
        int total = 1000;
        Instant now = Instant.now();
        for (int i = 0; i < total; i++) {
            commands.create(espresso(device), null, OWNER, now);
        }

        // Eight pollers, each call its own transaction: as many independent database clients.
        List<Callable<List<Long>>> pollers = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            Caller caller = new Caller("device:" + device + "/poller-" + p, "127.0.0.1");
            pollers.add(() -> {
                List<Long> got = new ArrayList<>();
                Optional<BrewCommand> work;
                while ((work = commands.claim(device, caller, now)).isPresent()) {
                    got.add(work.get().id());
                }
                return got;
            });
        }
        List<Long> handedOut = new ArrayList<>();
        for (List<Long> got : runAll(pollers)) {
            handedOut.addAll(got);
        }
        Set<Long> distinct = new HashSet<>(handedOut);
        assertThat(handedOut).hasSize(total);
        assertThat(distinct).as("no command handed out twice").hasSize(total);
    }

    @Test
    void aLapsedLeaseReturnsTheCommandButOnceBrewingItIsNeverHandedOutAgain() {
        long device = pairedMachine();
        Instant now = Instant.now();
        long id = commands.create(espresso(device), null, OWNER, now).id();
        Caller machine = new Caller("device:" + device, "127.0.0.1");

        assertThat(commands.claim(device, machine, now)).map(BrewCommand::id).contains(id);
        assertThat(commands.claim(device, machine, now.plusSeconds(30))).as("leased").isEmpty();
        Instant afterLease = now.plus(CommandService.LEASE).plusSeconds(1);
        assertThat(commands.claim(device, machine, afterLease)).map(BrewCommand::id).as("back after the lease").contains(id);

        commands.report(device, id, CommandStatus.BREWING, "{}", machine, afterLease);
        assertThat(commands.claim(device, machine, afterLease.plus(Duration.ofMinutes(10)))).isEmpty();
        commands.report(device, id, CommandStatus.COMPLETE, "{\"actual_volume_ml\":39}", machine, afterLease.plusSeconds(30));
        commands.report(device, id, CommandStatus.COMPLETE, "{}", machine, afterLease.plusSeconds(31));

        assertThat(commands.history(id)).extracting(CommandHistory::newStatus).containsExactly(CommandStatus.PENDING,
                CommandStatus.DISPATCHED, CommandStatus.PENDING, CommandStatus.DISPATCHED, CommandStatus.BREWING, CommandStatus.COMPLETE);
        assertThat(commands.history(id)).allSatisfy(row -> assertThat(row.remoteAddr()).isNotBlank());
        assertThatThrownBy(() -> commands.report(device, id, CommandStatus.BREWING, "{}", machine, Instant.now()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is complete");
    }

    @Test
    void aCommandNobodyPicksUpExpires() {
        long device = pairedMachine();
        Instant now = Instant.now();
        long id = commands.create(espresso(device), null, OWNER, now).id();

        assertThat(commands.claim(device, OWNER, now.plus(CommandService.PENDING_LIFETIME).plusSeconds(1))).isEmpty();
        assertThat(commands.command(id)).map(BrewCommand::status).contains(CommandStatus.EXPIRED);
    }

    @Test
    void aMachineThatKeepsFailingGetsCommandsItMustNotExecute() {
        long device = pairedMachine();
        Caller machine = new Caller("device:" + device, "127.0.0.1");
        for (int i = 0; i < 3; i++) {
            long id = commands.create(espresso(device), null, OWNER, Instant.now()).id();
            commands.claim(device, machine, Instant.now());
            commands.report(device, id, CommandStatus.FAILED, "{\"error\":\"pick_failed\"}", machine, Instant.now());
        }
        assertThat(commands.create(espresso(device), null, OWNER, Instant.now()).executeAllowed()).isFalse();
    }

    private long pairedMachine() {
        Customer owner = accounts.register("Ana Pop", "iot." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        return devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL).device().id();
    }

    private static NewCommand espresso(long device) {
        return new NewCommand(device, new Recipe(40, 92, 1000, "original", "espresso"), true, "{}", null);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<T> results = new ArrayList<>();
        for (Future<T> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }
}
