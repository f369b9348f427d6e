package org.filspresso.iot.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a device's "anything for me?" be answered without the database when this server knows
 * the answer is no: a device whose last look found no open command, and for which no command was
 * created or changed since. Every server hears of every change ({@link ClusterNews}), so the
 * memory could last for ever; {@link #TRUST_MILLIS} only bounds the harm of a lost announcement.
 */
@ApplicationScoped
public class WorkHints {

    static final long TRUST_MILLIS = 60_000;

    private final ConcurrentHashMap<Long, Long> idleSince = new ConcurrentHashMap<>();
    /** Counts each device's news, so that a look that overlapped news does not mark its device idle. */
    private final ConcurrentHashMap<Long, Long> news = new ConcurrentHashMap<>();

    public boolean mayHaveWork(long deviceId) {
        Long since = idleSince.get(deviceId);
        return since == null || System.currentTimeMillis() - since > TRUST_MILLIS;
    }

    /** Taken before looking in the database; pass it to {@link #noOpenCommands}. */
    public long mark(long deviceId) {
        return news.getOrDefault(deviceId, 0L);
    }

    /** The device had no open command when looked at after {@code mark} was taken. */
    public void noOpenCommands(long deviceId, long mark) {
        idleSince.put(deviceId, System.currentTimeMillis());
        // News that arrived while we looked may be missing from what we read: then we know nothing.
        if (news.getOrDefault(deviceId, 0L) != mark) {
            idleSince.remove(deviceId);
        }
    }

    /** A command for the device was created or changed, on this server or another. */
    public void workFor(long deviceId) {
        news.merge(deviceId, 1L, Long::sum);
        idleSince.remove(deviceId);
    }

    /** At once on the server where it happened, before the cluster news arrives. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandChanged change) {
        workFor(change.deviceId());
    }
}
