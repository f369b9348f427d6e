#pragma once
#include <cstdint>
#include <string>

#include "calibration.h"
#include "hardware.h"
#include "light_watcher.h"
#include "magazine.h"
#include "recipe.h"

namespace filspresso {

/** How a brew ended. {@code error} is one of the reason codes the server receives in meta.error. */
struct Outcome {
    bool complete = false;
    std::string error;
    std::string stage;
    bool operatorAlert = false;
    int volumeMl = -1;
    long durationMs = -1;
};

/** The checks made before anything moves; {@code slot} is the magazine slot that will be used. */
struct Preflight {
    bool ok = false;
    std::string error;
    std::string detail;
    int slot = -1;
};

/**
 * The accessory's motions: Idle → Picking → Inserting → Brewing → Ejecting → Idle, with Error
 * and Reset. Nothing blocks: tick() advances one step at a time so that the network and the
 * stepper keep running. Every motion has a timeout; a capsule pick is retried twice, a button
 * press once. A failure that needs a person (jam, stuck lever, sensors that disagree) raises the
 * alert and refuses further brews until someone acknowledges it.
 */
class BrewProcess {
public:
    enum class Stage { Idle, Picking, Inserting, Brewing, Ejecting, Error, Reset };

    BrewProcess(Hardware& hw, const Calibration& calibration, Magazine& magazine);

    /** Called on every loop pass: reads the sensors and moves on when a step is done or late. */
    void tick(uint32_t now);

    Preflight preflight(int slot, uint32_t now);
    /** Starts a brew that passed preflight (with the slot it chose). */
    void start(const Recipe& recipe, int slot, uint32_t now);
    /** Brings every part to its rest position and homes the magazine; never lifts the lever. */
    void reset(uint32_t now);
    /** A person looked at the alert: brews are allowed again. */
    void acknowledge();

    Stage stage() const { return stage_; }
    bool needsService() const { return needsService_; }
    bool hasOutcome() const { return hasOutcome_; }
    Outcome takeOutcome();
    LightWatcher::State light(uint32_t now) const { return light_.state(now); }

private:
    enum class Step {
        None,
        Rotate, GateOpen, GateRetry,                                 // picking
        LeverUp, Load, LeverDown,                                    // inserting
        AwaitReady, Press, AwaitFlow, Flowing, Pausing, Draining,    // brewing
        EjectUp, EjectWait, EjectDown, ReturnHome,                   // ejecting
        ResetRest, Homing                                            // reset
    };

    void enter(Stage stage, Step step, uint32_t now);
    void enter(Step step, uint32_t now);
    void press(Step after, uint32_t now);
    void fail(const char* error, bool operatorAlert, uint32_t now);
    void finish(uint32_t now);
    void startHoming(uint32_t now);
    uint32_t inStep(uint32_t now) const { return now - stepStarted_; }
    void stepPicking(uint32_t now);
    void stepInserting(uint32_t now);
    void stepBrewing(uint32_t now);
    void stepEjecting(uint32_t now);
    void stepReset(uint32_t now);
    void trackFlow(uint32_t now);
    long brewTimeoutMs() const;

    Hardware& hw_;
    const Calibration& cal_;
    Magazine& magazine_;
    LightWatcher light_;

    Stage stage_ = Stage::Idle;
    Step step_ = Step::None;
    Step afterPress_ = Step::None;
    uint32_t stepStarted_ = 0;
    bool needsService_ = false;

    Recipe recipe_;
    int slot_ = -1;
    int pickAttempts_ = 0;
    int pressRetries_ = 0;
    bool preInfused_ = false;
    uint32_t brewStarted_ = 0;
    uint32_t flowStarted_ = 0;
    uint32_t lastGain_ = 0;
    double lastGrams_ = 0;
    uint32_t steadyWhileFlowing_ = 0;
    bool steadySeen_ = false;

    bool hasOutcome_ = false;
    Outcome outcome_;
};

const char* toString(BrewProcess::Stage stage);

}  // namespace filspresso
