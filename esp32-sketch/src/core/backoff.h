#pragma once
#include <cstdint>
#include <functional>

namespace filspresso {

/**
 * Exponential back-off with full jitter: after the n-th failure in a row, wait a random time up
 * to min(max, base * 2^n), so that a fleet of accessories coming back after an outage does not
 * hit the server (or the access point) in step.
 */
class Backoff {
public:
    /** @param random returns a uniformly distributed 32-bit number (esp_random() on the ESP32) */
    Backoff(uint32_t baseMs, uint32_t maxMs, std::function<uint32_t()> random)
        : baseMs_(baseMs), maxMs_(maxMs), random_(std::move(random)) {}

    /** The wait after one more failure. */
    uint32_t next() {
        uint32_t ceiling = ceilingMs();
        if (failures_ < 31) ++failures_;
        // Scales the random number onto 0..ceiling (a modulo would favour small waits).
        return static_cast<uint32_t>((static_cast<uint64_t>(random_()) * (static_cast<uint64_t>(ceiling) + 1)) >> 32);
    }
    void succeeded() { failures_ = 0; }
    uint32_t failures() const { return failures_; }
    /** The largest wait the next failure may get. */
    uint32_t ceilingMs() const {
        uint64_t ceiling = static_cast<uint64_t>(baseMs_) << (failures_ < 20 ? failures_ : 20);
        return ceiling > maxMs_ ? maxMs_ : static_cast<uint32_t>(ceiling);
    }

private:
    uint32_t baseMs_;
    uint32_t maxMs_;
    std::function<uint32_t()> random_;
    uint32_t failures_ = 0;
};

}  // namespace filspresso
