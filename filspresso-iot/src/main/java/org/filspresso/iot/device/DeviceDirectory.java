package org.filspresso.iot.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises device tokens without a database query on every poll: a token's hash maps to its
 * device for {@link #TRUST_MILLIS}. Rotating or revoking a token forgets it at once on this server,
 * and within that time on the others. Also spaces out "last seen" writes.
 */
@ApplicationScoped
public class DeviceDirectory {

    static final long TRUST_MILLIS = 30_000;
    static final long SEEN_EVERY_MILLIS = 30_000;

    private record Known(long deviceId, long at) {
    }

    private final ConcurrentHashMap<String, Known> byTokenHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> lastSeenWrite = new ConcurrentHashMap<>();

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
        Optional<Long> device = devices.byToken(token).map(Device::id);
        device.ifPresentOrElse(id -> byTokenHash.put(hash, new Known(id, now)), () -> byTokenHash.remove(hash));
        return device;
    }

    /** Called when a device's token changes: its old token stops working here at once. */
    public void forget(long deviceId) {
        byTokenHash.values().removeIf(known -> known.deviceId() == deviceId);
    }

    /** Records that the device was seen, writing to the database at most every 30 s per device. */
    public void seen(long deviceId, String from, String firmware) {
        long now = System.currentTimeMillis();
        boolean[] due = {false};
        // One writer per device and period, even when two polls of the device arrive together.
        lastSeenWrite.compute(deviceId, (id, last) -> {
            due[0] = last == null || now - last > SEEN_EVERY_MILLIS;
            return due[0] ? now : last;
        });
        if (due[0]) {
            devices.seen(deviceId, from, firmware);
        }
    }
}
