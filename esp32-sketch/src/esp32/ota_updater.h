// Over-the-air updates: a signed manifest, the image streamed into the spare OTA partition and
// checked (size, SHA-256, release signature) before it may boot. Arduino-only.
#pragma once
#ifdef ARDUINO
#include <string>

#include "../core/device_config.h"

namespace filspresso {

class OtaUpdater {
public:
    OtaUpdater(const DeviceConfig& config, std::string runningVersion)
        : config_(config), runningVersion_(std::move(runningVersion)) {}

    /** Checks the manifest when due (at start-up, then daily) and installs a newer signed image; restarts on success. */
    void loop(uint32_t now, bool idle);

private:
    void checkNow();

    const DeviceConfig& config_;
    std::string runningVersion_;
    bool checkedOnce_ = false;
    uint32_t nextCheck_ = 0;
};

}  // namespace filspresso
#endif
