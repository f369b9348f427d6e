#pragma once
#include <cstdint>

namespace filspresso {

/** Milliseconds since start-up (millis() on the ESP32); wraps after 49 days, so compare differences only. */
class Clock {
public:
    virtual ~Clock() = default;
    virtual uint32_t millis() = 0;
};

}  // namespace filspresso
