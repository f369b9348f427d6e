// A test bench: the brew process on simulated hardware with a clock the test moves.
#pragma once
#include <functional>

#include "../host/file_settings_store.h"
#include "../host/simulated_rig.h"
#include "../src/core/brew_process.h"

namespace filspresso {

class FakeClock : public Clock {
public:
    uint32_t millis() override { return now; }
    uint32_t now = 1000;
};

struct Bench {
    explicit Bench(Faults faults = {}) : rig(clock, calibration, faults), process(rig.hardware(), calibration, magazine) {
        magazine.refill(Magazine::kAll);
    }

    /** Ticks every 10 ms until the condition holds; false if it did not within maxMs. */
    bool runUntil(const std::function<bool()>& condition, uint32_t maxMs) {
        for (uint32_t waited = 0; waited <= maxMs; waited += 10) {
            if (condition()) return true;
            clock.now += 10;
            process.tick(clock.now);
        }
        return condition();
    }

    /** Start-up: homes the magazine and waits for the machine to heat. */
    void boot() {
        process.reset(clock.now);
        runUntil([&] { return process.stage() == BrewProcess::Stage::Idle; }, 20000);
        runUntil([&] { return false; }, 4000);
    }

    /** Brews a recipe from the first loaded slot and returns how it ended (the stages passed through in {@code stages}). */
    Outcome brew(const Recipe& recipe, uint32_t maxMs = 300000) {
        Preflight preflight = process.preflight(-1, clock.now);
        if (!preflight.ok) {
            Outcome refused;
            refused.error = "preflight:" + preflight.error;
            return refused;
        }
        slot = preflight.slot;
        process.start(recipe, preflight.slot, clock.now);
        stages.clear();
        stages.push_back(process.stage());
        runUntil([&] {
            if (stages.back() != process.stage()) stages.push_back(process.stage());
            return process.hasOutcome();
        }, maxMs);
        return process.hasOutcome() ? process.takeOutcome() : Outcome{};
    }

    FakeClock clock;
    FileSettingsStore store;
    Calibration calibration;
    Magazine magazine{store};
    SimulatedRig rig;
    BrewProcess process;
    std::vector<BrewProcess::Stage> stages;
    int slot = -1;
};

inline Recipe recipe(const char* variant, int volumeMl, int preInfusionMs = 0) {
    Recipe r;
    r.capsuleType = "original";
    r.capsuleVariant = variant;
    r.volumeMl = volumeMl;
    r.temperatureC = 92;
    r.preInfusionMs = preInfusionMs;
    return r;
}

}  // namespace filspresso
