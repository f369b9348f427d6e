package org.filspresso.iot.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a device's "anything for me?" be answered without the database when this server knows
 * the answer is no: a device whose last look found no open command, and for which no command was
 * created or changed here since, has no work. The memory lasts {@link #TRUST_MILLIS} at most,
 * so commands created on another server are still found within that time.
 */
@ApplicationScoped
public class WorkHints {

    static final long TRUST_MILLIS = 5_000;

    private final ConcurrentHashMap<Long, Long> idleSince = new ConcurrentHashMap<>();

    public boolean mayHaveWork(long deviceId) {
        Long since = idleSince.get(deviceId);
        return since == null || System.currentTimeMillis() - since > TRUST_MILLIS;
    }

    public void noOpenCommands(long deviceId) {
        idleSince.put(deviceId, System.currentTimeMillis());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandChanged change) {
        idleSince.remove(change.deviceId());
    }

    /** Also when the JMS announcement of another server's command arrives here. */
    public void workFor(long deviceId) {
        idleSince.remove(deviceId);
    }
}
