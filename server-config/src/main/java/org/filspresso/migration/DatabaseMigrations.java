package org.filspresso.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one place that knows how the Filspresso schema is migrated: SQL files under
 * {@code db/migration} plus the Java migrations that load seed data.
 * Used at deployment by the application and directly by the migration tests.
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** The version the schema is at, or "none" before the first migration. */
    public static String currentVersion(DataSource dataSource) {
        MigrationInfo current = flyway(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static Flyway flyway(DataSource dataSource) {
        // The class loader is passed explicitly because inside an EAR the thread's context
        // loader may not see this library's db/migration folder.
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__SeedCatalog())
                .failOnMissingLocations(true)
                .load();
    }
}
