package org.filspresso.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.filspresso.platform.DatabaseMigrator;

/**
 * Alive once start-up has migrated the database. Deliberately does not query the database: a
 * database outage should take the instance out of rotation (readiness), not get it restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        String version = migrator.schemaVersion();
        return HealthCheckResponse.named("database-migrations").withData("schemaVersion", version)
                .status(!"none".equals(version)).build();
    }
}
