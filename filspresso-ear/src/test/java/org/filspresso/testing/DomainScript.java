package org.filspresso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs server-config's domain script (start, deploy, stop, restart) as ./filspresso and the build do. */
public final class DomainScript {

    public static final Path HOME = Path.of(System.getProperty("it.server.home", "target/it-server"));

    private DomainScript() {
    }

    /** The domain the integration tests deploy to. */
    public static void itDomain(String... arguments) {
        run(Map.of("DOMAIN_NAME", System.getProperty("it.domain.name", "filspresso-it"),
                "PORT_BASE", String.valueOf(Integer.getInteger("it.admin.port", 28048) - 48)), arguments);
    }

    /** Runs the script with these settings (DOMAIN_NAME, PORT_BASE, DB…), logging to HOME/DOMAIN_NAME-script.log. */
    public static void run(Map<String, String> settings, String... arguments) {
        String script = System.getProperty("it.domain.script", "../server-config/payara/filspresso-domain.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script);
        builder.command().addAll(List.of(arguments));
        builder.environment().put("PAYARA_ZIP", System.getProperty("it.payara.zip", ""));
        builder.environment().put("FILSPRESSO_HOME", HOME.toString());
        builder.environment().put("SERVER_LIBS", System.getProperty("it.server.libs", "../server-config/target/runtime/lib"));
        builder.environment().putAll(settings);
        Path log = HOME.resolve(settings.get("DOMAIN_NAME") + "-script.log");
        try {
            Files.createDirectories(HOME);
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished in time", String.join(" ", arguments)).isTrue();
            assertThat(process.exitValue()).as("%s succeeded; see %s", String.join(" ", arguments), log).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
