package org.filspresso.iot.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.query.InvalidInputException;

/** The device registry: pairing, token rotation and revocation, and finding a device by its token. */
@ApplicationScoped
@Transactional
public class DeviceService {

    static final String TOKEN_PREFIX = "fdt_";

    @PersistenceContext(unitName = "iot")
    private EntityManager em;

    @jakarta.inject.Inject
    private DeviceDirectory directory;

    @jakarta.inject.Inject
    private org.filspresso.catalog.CatalogService catalog;

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
        directory.forget(deviceId);
        String token = DeviceTokens.newSecret(TOKEN_PREFIX);
        device.issueToken(DeviceTokens.hash(token), Instant.now());
        return new Pairing(device, token);
    }

    public void revokeToken(long ownerId, long deviceId) {
        owned(ownerId, deviceId).revokeToken();
        directory.forget(deviceId);
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
            boolean fits = catalog.findCoffees(org.filspresso.catalog.CoffeeQuery.forSystem(device.system())).stream()
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
     * Bookkeeping of a device's polls. A plain UPDATE, without the entity's version check: two
     * polls of one device at the same moment must never make one of them fail.
     */
    public void seen(long deviceId, String from, String firmware) {
        String address = from == null ? null : from.length() > 64 ? from.substring(0, 64) : from;
        String version = firmware == null || firmware.isBlank() ? null : firmware.length() > 40 ? firmware.substring(0, 40) : firmware;
        String firmwareColumn = version == null ? "firmware_version" : "?";
        var update = em.createNativeQuery("UPDATE device SET last_seen_at = ?, last_seen_from = ?, firmware_version = "
                        + firmwareColumn + " WHERE id = ?")
                .setParameter(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                .setParameter(2, address == null ? "-" : address);
        if (version == null) {
            update.setParameter(3, deviceId);
        } else {
            update.setParameter(3, version).setParameter(4, deviceId);
        }
        update.executeUpdate();
    }

    private Device owned(long ownerId, long deviceId) {
        return device(deviceId).filter(device -> device.ownerId() == ownerId)
                .orElseThrow(() -> new InvalidInputException("machine", "There is no such machine in your account."));
    }
}
