package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.device.CredentialsChanged;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.iot.device.DeviceService.Pairing;
import org.filspresso.iot.device.DeviceTokens;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several servers, one database: what another server does reaches this one through the cluster
 * news alone. "Another server" writes to the database directly, as it would, and its news is sent
 * by the real {@link ClusterNews} producer outside any transaction here. Until the news arrives,
 * this server answers from memory — which is what makes idle polls cheap.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterNewsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(ClusterNewsIT.class);
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    ClusterNews news;
    @Inject
    WorkHints hints;
    @PersistenceContext(unitName = "iot")
    EntityManager em;
    @Resource
    UserTransaction transaction;

    @Test
    void anIdleDeviceGetsACommandCreatedElsewhereAsSoonAsTheNewsArrives() throws Exception {
        Pairing machine = paired();
        long id = machine.device().id();
        assertThat(check(machine).statusCode()).isEqualTo(204);

        long command = commandSavedElsewhere(id);
        assertThat(check(machine).statusCode()).as("idle in this server's memory until it hears").isEqualTo(204);

        news.onCommandChanged(new CommandChanged(command, id, CommandStatus.PENDING, "{}"));
        awaitTrue(() -> hints.mayHaveWork(id));
        HttpResponse<String> work = check(machine);
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(work.body()).contains("\"command_id\":" + command);
    }

    @Test
    void aDeviceLongPollingHereIsWokenByACommandCreatedElsewhere() throws Exception {
        Pairing machine = paired();
        long id = machine.device().id();
        CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(
                () -> Http.send("api/commands/check/" + id + "?wait=20", Map.of("X-Device-Token", machine.token())));
        Thread.sleep(1_000);

        long command = commandSavedElsewhere(id);
        Thread.sleep(1_000);
        assertThat(waiting).as("still waiting: nothing told this server").isNotDone();

        Instant announced = Instant.now();
        news.onCommandChanged(new CommandChanged(command, id, CommandStatus.PENDING, "{}"));
        HttpResponse<String> work = waiting.get(10, TimeUnit.SECONDS);
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(work.body()).contains("\"command_id\":" + command);
        assertThat(Duration.between(announced, Instant.now())).as("woken by the news, not by the 20 s timeout").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aTokenRotatedElsewhereStopsWorkingHereWithTheNews() throws Exception {
        Pairing machine = paired();
        long id = machine.device().id();
        assertThat(check(machine).statusCode()).isEqualTo(204);

        transaction.begin();
        em.createNativeQuery("UPDATE device SET token_hash = ? WHERE id = ?")
                .setParameter(1, DeviceTokens.hash(DeviceTokens.newSecret("fdt_"))).setParameter(2, id).executeUpdate();
        transaction.commit();
        assertThat(check(machine).statusCode()).as("the token is remembered until this server hears").isEqualTo(204);

        news.onCredentialsChanged(new CredentialsChanged(id));
        awaitTrue(() -> check(machine).statusCode() == 401);
    }

    private Pairing paired() {
        Customer owner = accounts.register("Ana Pop", "news." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        return devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL);
    }

    private long commandSavedElsewhere(long deviceId) throws Exception {
        Instant now = Instant.now();
        transaction.begin();
        BrewCommand command = new BrewCommand(deviceId, new Recipe(40, 92, 1000, "original", "espresso"), true, "{}", null,
                "api:another-server", now, now.plus(CommandService.PENDING_LIFETIME));
        em.persist(command);
        transaction.commit();
        return command.id();
    }

    private static HttpResponse<String> check(Pairing machine) {
        return Http.send("api/commands/check/" + machine.device().id(), Map.of("X-Device-Token", machine.token()));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
