package org.filspresso.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.filspresso.platform.DatabaseMigrator;

/** Ready when the database answers and the schema was migrated at start-up. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/filspresso")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("schemaVersion", migrator.schemaVersion());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.withData("product", connection.getMetaData().getDatabaseProductName()).status(valid).build();
        } catch (SQLException e) {
            // The message is enough for an operator; the health endpoint is not the place for a stack trace.
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
