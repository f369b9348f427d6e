#pragma once
#include <cstdint>

namespace filspresso {

/**
 * Reads the machine's ready LED from samples of the optical sensor: Original machines blink it
 * while heating and while brewing and keep it steady when ready.
 */
class LightWatcher {
public:
    enum class State { Off, Blinking, Steady };

    /** The LED blinks at about 1-2 Hz: no change for this long means it is steady (or off). */
    static constexpr uint32_t kSettleMs = 1200;

    void sample(bool lit, uint32_t now);
    State state(uint32_t now) const;

private:
    bool started_ = false;
    bool toggled_ = false;
    bool lit_ = false;
    uint32_t lastToggle_ = 0;
};

const char* toString(LightWatcher::State state);

}  // namespace filspresso
