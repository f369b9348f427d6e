package org.filspresso.migration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shop's initial catalog from the JSON files under {@code db/seed/}.
 * The checksum covers those files, so editing seed data that was already applied is reported
 * by Flyway's validation instead of being silently ignored: catalog changes after launch
 * belong in a new migration (or in the back office).
 */
public class V2__SeedCatalog extends BaseJavaMigration {

    static final List<String> COFFEE_FILES = List.of("db/seed/coffees-original.json", "db/seed/coffees-vertuo.json");
    static final String MACHINE_FILE = "db/seed/machines.json";

    @Override
    public String getDescription() {
        return "Seed catalog";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : allFiles()) {
            crc.update(read(file));
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String file : COFFEE_FILES) {
            for (JsonValue coffee : parse(file)) {
                insertCoffee(connection, coffee.asJsonObject());
            }
        }
        for (JsonValue machine : parse(MACHINE_FILE)) {
            insertMachine(connection, machine.asJsonObject());
        }
    }

    private static void insertCoffee(Connection connection, JsonObject c) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO coffee (capsule_system, slug, name, range_name, range_name_fr, intensity, roast, beans,
                                    decaf, flavoured, organic, price_ron, unit_count, tasting_notes, description,
                                    capsule_color, stock, featured)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, constant(c.getString("system")));
            insert.setString(2, c.getString("slug"));
            insert.setString(3, c.getString("name"));
            insert.setString(4, c.getString("range"));
            insert.setString(5, c.getString("range_fr"));
            if (c.isNull("intensity")) {
                insert.setNull(6, Types.SMALLINT);
            } else {
                insert.setInt(6, c.getInt("intensity"));
            }
            insert.setString(7, constant(c.getString("roast")));
            insert.setString(8, c.getString("beans"));
            insert.setBoolean(9, c.getBoolean("decaf"));
            insert.setBoolean(10, c.getBoolean("flavoured"));
            insert.setBoolean(11, c.getBoolean("organic"));
            insert.setBigDecimal(12, c.getJsonNumber("price_ron").bigDecimalValue());
            insert.setInt(13, c.getInt("unit_count"));
            insert.setString(14, c.getString("tasting_notes"));
            insert.setString(15, c.getString("description"));
            insert.setString(16, c.getString("capsule_color"));
            insert.setInt(17, c.getInt("stock"));
            insert.setBoolean(18, c.getBoolean("featured"));
            insert.executeUpdate();
            id = generatedId(insert);
        }
        for (JsonValue size : c.getJsonArray("cup_sizes")) {
            insertChild(connection, "INSERT INTO coffee_cup_size (coffee_id, cup_size) VALUES (?, ?)",
                    id, constant(size.asJsonObject().getString("name")));
        }
        for (String origin : strings(c.getJsonArray("origins"))) {
            insertChild(connection, "INSERT INTO coffee_origin (coffee_id, country) VALUES (?, ?)", id, origin);
        }
        for (String note : strings(c.getJsonArray("aromatic_notes"))) {
            insertChild(connection, "INSERT INTO coffee_note (coffee_id, note) VALUES (?, ?)", id, note);
        }
    }

    private static void insertMachine(Connection connection, JsonObject m) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO machine (slug, name, name_fr, capsule_system, category, model, maker, price_ron,
                                     gift_capsules, pump_pressure_bar, water_tank_ml, heat_up_seconds, width_mm,
                                     depth_mm, height_mm, weight_kg, milk_system, description, stock, featured)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, m.getString("slug"));
            insert.setString(2, m.getString("name"));
            insert.setString(3, m.getString("name_fr"));
            insert.setString(4, constant(m.getString("system")));
            insert.setString(5, constant(m.getString("category")));
            insert.setString(6, m.getString("model"));
            insert.setString(7, m.getString("maker"));
            insert.setBigDecimal(8, m.getJsonNumber("price_ron").bigDecimalValue());
            insert.setInt(9, m.getInt("gift_capsules"));
            if (m.isNull("pump_pressure_bar")) {
                insert.setNull(10, Types.INTEGER);
            } else {
                insert.setInt(10, m.getInt("pump_pressure_bar"));
            }
            insert.setInt(11, m.getInt("water_tank_ml"));
            insert.setInt(12, m.getInt("heat_up_seconds"));
            insert.setInt(13, m.getInt("width_mm"));
            insert.setInt(14, m.getInt("depth_mm"));
            insert.setInt(15, m.getInt("height_mm"));
            insert.setBigDecimal(16, m.getJsonNumber("weight_kg").bigDecimalValue());
            insert.setString(17, constant(m.getString("milk_system")));
            insert.setString(18, m.getString("description"));
            insert.setInt(19, m.getInt("stock"));
            insert.setBoolean(20, m.getBoolean("featured"));
            insert.executeUpdate();
            id = generatedId(insert);
        }
        for (String colour : strings(m.getJsonArray("colours"))) {
            insertChild(connection, "INSERT INTO machine_colour (machine_id, colour) VALUES (?, ?)", id, colour);
        }
        for (String cup : strings(m.getJsonArray("programmable_cups"))) {
            insertChild(connection, "INSERT INTO machine_cup_size (machine_id, cup_size) VALUES (?, ?)", id, constant(cup));
        }
        List<String> items = strings(m.getJsonArray("bundle_contents"));
        for (int i = 0; i < items.size(); i++) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO machine_bundle_item (machine_id, item_order, item) VALUES (?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, items.get(i));
                insert.executeUpdate();
            }
        }
    }

    private static void insertChild(Connection connection, String sql, long parentId, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, parentId);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    /** "Double Espresso", "Caffè Latte", "machine_with_milk" → DOUBLE_ESPRESSO, CAFFE_LATTE, MACHINE_WITH_MILK. */
    static String constant(String label) {
        String withoutAccents = Normalizer.normalize(label.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonArray parse(String file) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(read(file)))) {
            return reader.readArray();
        }
    }

    private static List<String> allFiles() {
        return Stream.concat(COFFEE_FILES.stream(), Stream.of(MACHINE_FILE)).toList();
    }

    private static byte[] read(String file) {
        try (InputStream in = V2__SeedCatalog.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
