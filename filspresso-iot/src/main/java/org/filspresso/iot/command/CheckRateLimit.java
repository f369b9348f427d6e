package org.filspresso.iot.command;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.filspresso.iot.device.RateLimiter;

/** Per-device limit on {@code check}: bursts of 10, then 2 a second — far above a long-polling device's needs. */
@ApplicationScoped
public class CheckRateLimit {

    private final RateLimiter limiter = new RateLimiter(10, 2.0, Clock.systemUTC());

    public Optional<Duration> acquire(long deviceId) {
        return limiter.acquire(deviceId);
    }
}
