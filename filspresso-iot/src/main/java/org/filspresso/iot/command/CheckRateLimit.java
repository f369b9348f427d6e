package org.filspresso.iot.command;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filspresso.iot.device.RateLimiter;

/**
 * Per-device limit on {@code check}: by default bursts of 10, then 2 a second — far above what a
 * long-polling device needs. {@code filspresso.iot.check-burst} and {@code filspresso.iot.checks-per-second}
 * change it (the benchmark raises it to measure the server rather than the limit).
 */
@ApplicationScoped
public class CheckRateLimit {

    @Inject
    @ConfigProperty(name = "filspresso.iot.check-burst", defaultValue = "10")
    int burst;

    @Inject
    @ConfigProperty(name = "filspresso.iot.checks-per-second", defaultValue = "2")
    double perSecond;

    private RateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new RateLimiter(burst, perSecond, Clock.systemUTC());
    }

    public Optional<Duration> acquire(long deviceId) {
        return limiter.acquire(deviceId);
    }
}
