package org.filspresso.iot.command;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The long-polling device requests parked on this server, by device, until work arrives or they time out. */
@ApplicationScoped
public class CommandWaiters {

    private final ConcurrentHashMap<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    public void park(long deviceId, Runnable onWork) {
        waiting.computeIfAbsent(deviceId, id -> ConcurrentHashMap.newKeySet()).add(onWork);
    }

    public void leave(long deviceId, Runnable onWork) {
        waiting.computeIfPresent(deviceId, (id, set) -> {
            set.remove(onWork);
            return set.isEmpty() ? null : set;
        });
    }

    /** Runs (and forgets) every request parked for the device. */
    public void wake(long deviceId) {
        Set<Runnable> parked = waiting.remove(deviceId);
        if (parked != null) {
            parked.forEach(Runnable::run);
        }
    }
}
