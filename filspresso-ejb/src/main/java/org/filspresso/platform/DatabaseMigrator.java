package org.filspresso.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.filspresso.migration.DatabaseMigrations;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before any request is
 * served. Flyway commits each migration itself, hence no container transaction here.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/filspresso")
    private DataSource dataSource;

    private String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        MigrateResult result = DatabaseMigrations.migrate(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : DatabaseMigrations.currentVersion(dataSource);
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, database " + result.database + ")");
    }

    /** The schema version reached at start-up, reported by the readiness check. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
