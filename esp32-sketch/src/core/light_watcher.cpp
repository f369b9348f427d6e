#include "light_watcher.h"

namespace filspresso {

void LightWatcher::sample(bool lit, uint32_t now) {
    if (started_ && lit != lit_) {
        toggled_ = true;
        lastToggle_ = now;
    }
    started_ = true;
    lit_ = lit;
}

LightWatcher::State LightWatcher::state(uint32_t now) const {
    if (toggled_ && now - lastToggle_ < kSettleMs) return State::Blinking;
    return lit_ ? State::Steady : State::Off;
}

const char* toString(LightWatcher::State state) {
    switch (state) {
        case LightWatcher::State::Off: return "off";
        case LightWatcher::State::Blinking: return "blinking";
        case LightWatcher::State::Steady: return "steady";
    }
    return "?";
}

}  // namespace filspresso
