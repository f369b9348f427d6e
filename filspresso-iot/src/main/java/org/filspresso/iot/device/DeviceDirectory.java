package org.filspresso.iot.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the polling hot path needs to know about devices without a database query per request:
 * which device a token belongs to (remembered for {@link #TRUST_MILLIS}; a rotated or revoked
 * token is forgotten at once here and, through the cluster news, on every other server), and
 * when each device was last heard from (written in batches by {@link SightingWriter}).
 */
@ApplicationScoped
public class DeviceDirectory {

    static final long TRUST_MILLIS = 10 * 60_000;

    private record Known(long deviceId, long at) {
    }

    private final ConcurrentHashMap<String, Known> byTokenHash = new ConcurrentHashMap<>();
    /** Counts forgettings, so that a lookup that overlapped one does not bring an old token back. */
    private final AtomicLong forgettings = new AtomicLong();
    private final ConcurrentHashMap<Long, Sighting> unsaved = new ConcurrentHashMap<>();

    @Inject
    DeviceService devices;

    /** The device id the token belongs to, if it is current. */
    public Optional<Long> deviceFor(String token) {
        if (!DeviceTokens.looksLike(token, DeviceService.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = DeviceTokens.hash(token);
        long now = System.currentTimeMillis();
        Known known = byTokenHash.get(hash);
        if (known != null && now - known.at() < TRUST_MILLIS) {
            return Optional.of(known.deviceId());
        }
        long mark = forgettings.get();
        Optional<Long> device = devices.byToken(token).map(Device::id);
        if (device.isEmpty()) {
            byTokenHash.remove(hash);
            return device;
        }
        byTokenHash.put(hash, new Known(device.get(), now));
        // A rotation that committed while we read may have been missed by the read: do not keep it.
        if (forgettings.get() != mark) {
            byTokenHash.remove(hash);
        }
        return device;
    }

    /** The device's token changed: its old token stops working on this server. */
    public void forget(long deviceId) {
        forgettings.incrementAndGet();
        byTokenHash.values().removeIf(known -> known.deviceId() == deviceId);
    }

    void onCredentialsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
        forget(change.deviceId());
    }

    /** Notes that the device was heard from; the newest sighting per device is saved with the next batch. */
    public void seen(long deviceId, String from, String firmware) {
        unsaved.put(deviceId, new Sighting(deviceId, Instant.now(), from, firmware));
    }

    /** Takes the sightings noted since the last call. */
    List<Sighting> takeSightings() {
        List<Sighting> taken = new ArrayList<>(unsaved.size());
        for (Long deviceId : unsaved.keySet()) {
            Sighting sighting = unsaved.remove(deviceId);
            if (sighting != null) {
                taken.add(sighting);
            }
        }
        return taken;
    }
}
