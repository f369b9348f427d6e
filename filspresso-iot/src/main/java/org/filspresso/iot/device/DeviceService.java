package org.filspresso.iot.device;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.query.InvalidInputException;

/** The device registry: pairing, token rotation and revocation, and finding a device by its token. */
@ApplicationScoped
@Transactional
public class DeviceService {

    static final String TOKEN_PREFIX = "fdt_";

    @PersistenceContext(unitName = "iot")
    private EntityManager em;

    @Resource(lookup = "jdbc/filspresso")
    private DataSource dataSource;

    @Inject
    private Event<CredentialsChanged> credentialsChanged;

    @Inject
    private CatalogService catalog;

    /** A device and the token it was given: shown to the owner once, never stored in clear. */
    public record Pairing(Device device, String token) {
    }

    public Pairing pair(long ownerId, String name, String model, CapsuleSystem system) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "Give the machine a name of at most 80 characters.");
        }
        if (model == null || model.isBlank() || model.length() > 120) {
            throw new InvalidInputException("model", "Give the machine's model (at most 120 characters).");
        }
        if (system == null) {
            throw new InvalidInputException("system", "Choose the machine's capsule system.");
        }
        Device device = new Device(ownerId, name.strip(), model.strip(), system, Instant.now());
        String token = DeviceTokens.newSecret(TOKEN_PREFIX);
        device.issueToken(DeviceTokens.hash(token), Instant.now());
        em.persist(device);
        em.flush();
        return new Pairing(device, token);
    }

    public Pairing rotateToken(long ownerId, long deviceId) {
        Device device = owned(ownerId, deviceId);
        credentialsChanged.fire(new CredentialsChanged(deviceId));
        String token = DeviceTokens.newSecret(TOKEN_PREFIX);
        device.issueToken(DeviceTokens.hash(token), Instant.now());
        return new Pairing(device, token);
    }

    public void revokeToken(long ownerId, long deviceId) {
        owned(ownerId, deviceId).revokeToken();
        credentialsChanged.fire(new CredentialsChanged(deviceId));
    }

    public List<Device> devicesOf(long ownerId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.ownerId = :owner ORDER BY d.id", Device.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    public Optional<Device> device(long deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId));
    }

    /** The device this token belongs to, if the token is current. */
    public Optional<Device> byToken(String token) {
        if (!DeviceTokens.looksLike(token, TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT d FROM Device d WHERE d.tokenHash = :hash", Device.class)
                .setParameter("hash", DeviceTokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    /** Slots of the accessory's capsule magazine (numbered from 1). */
    public static final int MAGAZINE_SLOTS = 8;

    /** Puts a coffee in a magazine slot (null empties it); the coffee must fit the machine. */
    public Device loadSlot(long ownerId, long deviceId, int slot, Long coffeeId) {
        Device device = owned(ownerId, deviceId);
        if (slot < 1 || slot > MAGAZINE_SLOTS) {
            throw new InvalidInputException("slot", "The magazine has slots 1 to " + MAGAZINE_SLOTS + ".");
        }
        if (coffeeId != null) {
            boolean fits = catalog.findCoffees(CoffeeQuery.forSystem(device.system())).stream()
                    .anyMatch(coffee -> coffee.id().equals(coffeeId));
            if (!fits) {
                throw new InvalidInputException("coffee", "Choose a " + device.system().label() + " coffee for this machine.");
            }
        }
        java.util.Map<Integer, Long> slots = device.slots();
        if (coffeeId == null) {
            slots.remove(slot);
        } else {
            slots.put(slot, coffeeId);
        }
        device.loadSlots(slots);
        return device;
    }

    /** Every paired machine, for the back office. */
    public List<Device> all() {
        return em.createQuery("SELECT d FROM Device d ORDER BY d.id", Device.class).getResultList();
    }

    /** The administrator lets a machine that kept failing execute commands again. */
    public void clearExecutionBlock(long deviceId) {
        device(deviceId).ifPresent(Device::clearExecutionBlock);
    }

    /**
     * Bookkeeping of devices' polls, many devices at once: one JDBC batch of plain UPDATEs, without
     * the entity's version check (bookkeeping must never make a brew's update fail).
     */
    public void seen(Collection<Sighting> sightings) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE device SET last_seen_at = ?, last_seen_from = ?,"
                     + " firmware_version = COALESCE(?, firmware_version) WHERE id = ?")) {
            for (Sighting sighting : sightings) {
                update.setObject(1, LocalDateTime.ofInstant(sighting.at(), ZoneOffset.UTC));
                update.setString(2, sighting.from());
                update.setString(3, sighting.firmware());
                update.setLong(4, sighting.deviceId());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save device sightings", e);
        }
    }

    private Device owned(long ownerId, long deviceId) {
        return device(deviceId).filter(device -> device.ownerId() == ownerId)
                .orElseThrow(() -> new InvalidInputException("machine", "There is no such machine in your account."));
    }
}
