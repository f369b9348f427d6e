package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.DomainScript;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A command's announcement survives a restart of the server (and of its embedded broker): the
 * real {@link CommandDispatch} sends it, the domain is restarted the way an operator would, and
 * the message is still in the queue afterwards. The probe application has no message-driven bean,
 * so nothing takes the message before the test does.
 */
@ExtendWith(ArquillianExtension.class)
class JmsRestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "jms-restart-probe.war")
                .addClasses(CommandDispatch.class, JmsRestartProbe.class, JmsRestartProbe.Api.class);
    }

    @Test
    void anAnnouncementSentBeforeARestartIsDeliveredAfterIt() throws Exception {
        long device = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
        long command = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
        assertThat(send("POST", "announce/" + device + "/" + command).statusCode()).isEqualTo(204);

        DomainScript.itDomain("restart");

        HttpResponse<String> taken = awaitProbe("take/" + command);
        assertThat(taken.statusCode()).as("the message is still there").isEqualTo(200);
        assertThat(taken.body()).isEqualTo("device " + device + ", command " + command + ", persistent");
    }

    private static HttpResponse<String> awaitProbe(String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = send("GET", path);
                if (response.statusCode() != 404 && response.statusCode() != 503) {
                    return response;
                }
            } catch (IOException starting) {
                // the server is still coming up
            }
            assertThat(System.nanoTime()).as("the probe answers within 2 minutes of the restart").isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        URI uri = Deployments.baseUri().resolve("jms-restart-probe/probe/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
