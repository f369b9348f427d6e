#pragma once
#include <functional>
#include <string>

#include "brew_process.h"
#include "calibration.h"
#include "clock.h"
#include "hardware.h"
#include "magazine.h"
#include "settings_store.h"

namespace filspresso {

/**
 * The serial console: one JSON object per line in, one JSON line out. Provisioning, calibration,
 * magazine refills, the scale, manual motions for calibrating, status, acknowledging an alert and
 * a factory reset. See README.md for every command.
 */
class Console {
public:
    Console(SettingsStore& store, Calibration& calibration, Magazine& magazine, BrewProcess& process, Hardware& hw,
            Clock& clock, std::function<std::string()> status);

    std::string handle(const std::string& line);
    /** Provisioning changed or was forgotten: the sketch restarts to apply it. */
    bool restartRequested() const { return restart_; }

private:
    std::string move(const std::string& what);

    SettingsStore& store_;
    Calibration& calibration_;
    Magazine& magazine_;
    BrewProcess& process_;
    Hardware& hw_;
    Clock& clock_;
    std::function<std::string()> status_;
    bool restart_ = false;
};

}  // namespace filspresso
