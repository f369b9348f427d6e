#pragma once
#include <string>

#include "settings_store.h"

namespace filspresso {

/**
 * What differs from one build of the accessory to the next: servo angles, magazine travel, sensor
 * thresholds and the timeouts of every motion. Defaults fit the reference build in README.md;
 * each value is stored in NVS when changed over the serial console.
 */
struct Calibration {
    long stepsPerSlot = 200;
    int gateClosedDeg = 0, gateOpenDeg = 70;
    int loaderClosedDeg = 0, loaderOpenDeg = 80;
    int leverClosedDeg = 10, leverOpenDeg = 100;
    int buttonRestDeg = 0, buttonPressDeg = 35;
    long pressMs = 250;
    long lightThreshold = 1800;      // ADC reading (0-4095) above which the ready LED is lit
    double scaleCountsPerGram = 420.0;
    long msPerMl = 450;              // how fast the machine dispenses: sizes the brew timeout
    int stopLeadMl = 2;              // the machine keeps dripping this much after the stop press
    int preInfusionMl = 5;           // wetted before the pause of a pre-infusion
    long rotateTimeoutMs = 8000;
    long pickTimeoutMs = 1500;
    long dropTimeoutMs = 2000;
    long leverTimeoutMs = 3000;
    long readyTimeoutMs = 60000;
    long flowStartTimeoutMs = 6000;
    long flowStallMs = 2500;
    long disagreementMs = 4000;
    long drainTimeoutMs = 15000;
    long homingTimeoutMs = 15000;
    long ejectMs = 800;

    /** The defaults overridden by what the store holds. */
    static Calibration load(SettingsStore& store);

    /**
     * Applies {"name": value, ...} from the serial console: every name must be known and every
     * value in range, else nothing changes and {@code error} names the field. Saves what changed.
     */
    bool apply(const std::string& json, SettingsStore& store, std::string& error);

    /** All values as a JSON object (for the status command). */
    std::string toJson() const;
};

}  // namespace filspresso
