package org.filspresso.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mariadb.jdbc.MariaDbDataSource;

/** Runs every migration on a fresh database of each kind the application supports. */
class MigrationsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends MigrationChecks {
        private final TestMariaDb mariaDb = new TestMariaDb("filspresso_migrations_" + UUID.randomUUID().toString().substring(0, 8));

        @BeforeAll
        void createSchema() throws SQLException {
            mariaDb.createSchema();
        }

        @AfterAll
        void dropSchema() throws SQLException {
            mariaDb.dropSchema();
        }

        @Override
        DataSource dataSource() throws SQLException {
            return mariaDb.dataSource();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2InMariaDbMode extends MigrationChecks {
        private final JdbcDataSource h2 = new JdbcDataSource();

        OnH2InMariaDbMode() {
            // The same settings as the embedded default database of ./filspresso run.
            h2.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        }

        @Override
        DataSource dataSource() {
            return h2;
        }
    }

    abstract static class MigrationChecks {

        abstract DataSource dataSource() throws SQLException;

        @Test
        void migratesAFreshSchemaToTheLatestVersionAndSeedsTheCatalog() throws SQLException {
            DatabaseMigrations.migrate(dataSource());

            assertThat(DatabaseMigrations.currentVersion(dataSource())).isEqualTo("5");
            assertThat(count("SELECT COUNT(*) FROM coffee")).isEqualTo(100);
            assertThat(count("SELECT COUNT(*) FROM coffee WHERE capsule_system = 'ORIGINAL'")).isEqualTo(49);
            assertThat(count("SELECT COUNT(*) FROM coffee WHERE capsule_system = 'VERTUO'")).isEqualTo(51);
            assertThat(count("SELECT COUNT(*) FROM machine")).isEqualTo(18);
            assertThat(count("SELECT COUNT(*) FROM capsule_volume WHERE capsule_system = 'VERTUO' AND cup_size = 'ALTO' AND volume_ml = 414")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM coffee c WHERE NOT EXISTS (SELECT 1 FROM coffee_cup_size s WHERE s.coffee_id = c.id)"))
                    .as("coffees without a cup size").isZero();
            assertThat(count("SELECT COUNT(*) FROM coffee c WHERE NOT EXISTS (SELECT 1 FROM coffee_origin o WHERE o.coffee_id = c.id)"))
                    .as("coffees without an origin").isZero();
            // The seed's "no20" exists in both systems as two products.
            assertThat(count("SELECT COUNT(*) FROM coffee WHERE slug = 'no20'")).isEqualTo(2);
            // Unicode survives the round trip (French range names).
            assertThat(count("SELECT COUNT(*) FROM coffee WHERE range_name_fr = 'Édition Limitée'")).isPositive();
        }

        @Test
        void runningTheMigrationsAgainChangesNothing() throws SQLException {
            DatabaseMigrations.migrate(dataSource());
            int coffees = count("SELECT COUNT(*) FROM coffee");

            assertThat(DatabaseMigrations.migrate(dataSource()).migrationsExecuted).isZero();
            assertThat(count("SELECT COUNT(*) FROM coffee")).isEqualTo(coffees);
        }

        @Test
        void theSchemaRejectsAnIntensityOutsideOneToThirteen() throws SQLException {
            DatabaseMigrations.migrate(dataSource());
            try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(
                        "UPDATE coffee SET intensity = 14 WHERE slug = 'no20'")).isInstanceOf(SQLException.class);
            }
        }

        @Test
        void theShopSchemaAcceptsNoSecondAccountForTheSameEmailAndNoSecondOrderForOneCheckout() throws SQLException {
            DatabaseMigrations.migrate(dataSource());
            try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO customer (email, password_hash, full_name, role, created_at)"
                        + " VALUES ('ana@example.com', 'x', 'Ana', 'CUSTOMER', CURRENT_TIMESTAMP)");
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO customer (email, password_hash, full_name, role, created_at)"
                        + " VALUES ('ana@example.com', 'y', 'Ana B', 'CUSTOMER', CURRENT_TIMESTAMP)")).isInstanceOf(SQLException.class);
                String order = "INSERT INTO customer_order (order_number, customer_id, status, idempotency_key, placed_at, ship_full_name,"
                        + " ship_street, ship_city, ship_county, ship_postal_code, ship_phone, delivery_option, delivery_earliest,"
                        + " delivery_latest, merchandise_total, discount, shipping, total, vat_included, card_brand, card_last_four, charge_id)"
                        + " SELECT '%s', id, 'PAID', 'key-1', CURRENT_TIMESTAMP, 'Ana', 'Str. Lunga 1', 'Cluj-Napoca', 'Cluj', '400001',"
                        + " '0722000000', 'STANDARD', CURRENT_DATE, CURRENT_DATE, 10, 0, 0, 10, 1.74, 'VISA', '4242', 'ch_1' FROM customer";
                statement.executeUpdate(order.formatted("FS-1"));
                assertThatThrownBy(() -> statement.executeUpdate(order.formatted("FS-2"))).isInstanceOf(SQLException.class);
            }
        }

        @Test
        void aConversationKeepsOnlyUserAndAssistantTurnsAndGoesWithItsCustomer() throws SQLException {
            DatabaseMigrations.migrate(dataSource());
            try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO customer (email, password_hash, full_name, role, created_at)"
                        + " VALUES ('talks@example.com', 'x', 'Ioana', 'CUSTOMER', CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO conversation (customer_id, title, started_at, updated_at)"
                        + " SELECT id, 'Ristretto?', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM customer WHERE email = 'talks@example.com'");
                String turn = "INSERT INTO conversation_turn (conversation_id, turn_no, role, content, created_at)"
                        + " SELECT id, %d, '%s', 'What is a ristretto?', CURRENT_TIMESTAMP FROM conversation WHERE title = 'Ristretto?'";
                statement.executeUpdate(turn.formatted(0, "user"));
                assertThatThrownBy(() -> statement.executeUpdate(turn.formatted(1, "system"))).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> statement.executeUpdate(turn.formatted(0, "assistant"))).as("a second turn 0").isInstanceOf(SQLException.class);

                statement.executeUpdate("DELETE FROM customer WHERE email = 'talks@example.com'");
                assertThat(count("SELECT COUNT(*) FROM conversation_turn")).isZero();
            }
        }

        int count(String sql) throws SQLException {
            try (Connection connection = dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The local MariaDB of CI and developers' machines; FILSPRESSO_TEST_DB_* variables point elsewhere. */
    static final class TestMariaDb {
        private final String schema;

        TestMariaDb(String schema) {
            this.schema = schema;
        }

        void createSchema() throws SQLException {
            execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        void dropSchema() throws SQLException {
            execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }

        DataSource dataSource() throws SQLException {
            return new MariaDbDataSource(url(schema));
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = new MariaDbDataSource(url("")).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        private static String url(String database) {
            return "jdbc:mariadb://" + env("FILSPRESSO_TEST_DB_HOST", "127.0.0.1") + ":" + env("FILSPRESSO_TEST_DB_PORT", "3306")
                    + "/" + database + "?user=" + env("FILSPRESSO_TEST_DB_USER", "root")
                    + "&password=" + env("FILSPRESSO_TEST_DB_PASSWORD", "");
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
