#include "brew_process.h"

#include <cmath>

namespace filspresso {

namespace {
constexpr uint32_t kServoTravelMs = 400;  // a hobby servo's 90 degrees, with margin
constexpr double kFlowGainGrams = 0.5;    // less than this between readings is drips, not a flow
constexpr double kFlowStartGrams = 1.0;
constexpr int kPickAttempts = 3;          // the first and two retries
constexpr int kPressRetries = 1;
}  // namespace

BrewProcess::BrewProcess(Hardware& hw, const Calibration& calibration, Magazine& magazine)
    : hw_(hw), cal_(calibration), magazine_(magazine) {}

void BrewProcess::enter(Stage stage, Step step, uint32_t now) {
    stage_ = stage;
    enter(step, now);
}

void BrewProcess::enter(Step step, uint32_t now) {
    step_ = step;
    stepStarted_ = now;
}

void BrewProcess::press(Step after, uint32_t now) {
    hw_.button.write(cal_.buttonPressDeg);
    afterPress_ = after;
    enter(Step::Press, now);
}

Preflight BrewProcess::preflight(int slot, uint32_t now) {
    Preflight result;
    result.slot = slot < 0 ? magazine_.firstLoaded() : slot;
    if (needsService_) result.error = "accessory_needs_service";
    else if (stage_ != Stage::Idle) result.error = "accessory_busy";
    else if (!hw_.magazineHome.active() || !hw_.leverClosed.active()) result.error = "not_home";
    else if (result.slot < 0) result.error = "magazine_empty";
    else if (!magazine_.loaded(result.slot)) {
        result.error = "magazine_empty";
        result.detail = "slot " + std::to_string(result.slot) + " is empty";
    } else if (!hw_.waterOk.active()) result.error = "water_low";
    else if (light_.state(now) == LightWatcher::State::Off) result.error = "machine_off";
    result.ok = result.error.empty();
    return result;
}

void BrewProcess::start(const Recipe& recipe, int slot, uint32_t now) {
    recipe_ = recipe;
    slot_ = slot;
    pickAttempts_ = 1;
    pressRetries_ = 0;
    preInfused_ = false;
    brewStarted_ = now;
    flowStarted_ = 0;
    lastGrams_ = 0;
    hasOutcome_ = false;
    hw_.alert.set(false);
    hw_.magazine.moveTo(static_cast<long>(slot) * cal_.stepsPerSlot);
    enter(Stage::Picking, Step::Rotate, now);
}

void BrewProcess::reset(uint32_t now) {
    hw_.magazine.stop();
    hw_.button.write(cal_.buttonRestDeg);
    hw_.gate.write(cal_.gateClosedDeg);
    hw_.loader.write(cal_.loaderClosedDeg);
    hw_.lever.write(cal_.leverClosedDeg);
    enter(Stage::Reset, Step::ResetRest, now);
}

void BrewProcess::acknowledge() {
    needsService_ = false;
    hw_.alert.set(false);
}

Outcome BrewProcess::takeOutcome() {
    hasOutcome_ = false;
    return outcome_;
}

void BrewProcess::fail(const char* error, bool operatorAlert, uint32_t now) {
    hw_.magazine.stop();
    hw_.button.write(cal_.buttonRestDeg);
    hw_.gate.write(cal_.gateClosedDeg);
    hw_.loader.write(cal_.loaderClosedDeg);
    outcome_ = Outcome{};
    outcome_.error = error;
    outcome_.stage = toString(stage_);
    outcome_.operatorAlert = operatorAlert;
    outcome_.durationMs = static_cast<long>(now - brewStarted_);
    hasOutcome_ = true;
    if (operatorAlert) {
        needsService_ = true;
        hw_.alert.set(true);
    }
    enter(Stage::Error, Step::None, now);
}

void BrewProcess::finish(uint32_t now) {
    outcome_ = Outcome{};
    outcome_.complete = true;
    outcome_.volumeMl = static_cast<int>(std::lround(lastGrams_));
    outcome_.durationMs = static_cast<long>(now - brewStarted_);
    hasOutcome_ = true;
    enter(Stage::Idle, Step::None, now);
}

void BrewProcess::tick(uint32_t now) {
    light_.sample(hw_.readyLight.level() >= cal_.lightThreshold, now);
    hw_.magazine.run();
    if (step_ == Step::Press) {
        if (inStep(now) >= static_cast<uint32_t>(cal_.pressMs)) {
            hw_.button.write(cal_.buttonRestDeg);
            enter(afterPress_, now);
        }
        return;
    }
    switch (stage_) {
        case Stage::Picking: stepPicking(now); break;
        case Stage::Inserting: stepInserting(now); break;
        case Stage::Brewing: stepBrewing(now); break;
        case Stage::Ejecting: stepEjecting(now); break;
        case Stage::Reset: stepReset(now); break;
        case Stage::Idle:
        case Stage::Error: break;
    }
}

void BrewProcess::stepPicking(uint32_t now) {
    switch (step_) {
        case Step::Rotate:
            if (!hw_.magazine.running()) {
                // The stepper runs open loop: a carousel that never left home has stalled.
                if (slot_ != 0 && hw_.magazineHome.active()) {
                    fail("magazine_stuck", true, now);
                    break;
                }
                hw_.gate.write(cal_.gateOpenDeg);
                enter(Step::GateOpen, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.rotateTimeoutMs)) {
                fail("magazine_stuck", true, now);
            }
            break;
        case Step::GateOpen:
            if (hw_.capsuleInChute.active()) {
                hw_.gate.write(cal_.gateClosedDeg);
                magazine_.markEmpty(slot_);
                hw_.lever.write(cal_.leverOpenDeg);
                enter(Stage::Inserting, Step::LeverUp, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.pickTimeoutMs)) {
                hw_.gate.write(cal_.gateClosedDeg);
                if (pickAttempts_ < kPickAttempts) {
                    ++pickAttempts_;
                    enter(Step::GateRetry, now);
                } else {
                    magazine_.markEmpty(slot_);  // nothing came out: refill before using it again
                    fail("pick_failed", false, now);
                }
            }
            break;
        case Step::GateRetry:
            if (inStep(now) >= kServoTravelMs) {
                hw_.gate.write(cal_.gateOpenDeg);
                enter(Step::GateOpen, now);
            }
            break;
        default: break;
    }
}

void BrewProcess::stepInserting(uint32_t now) {
    switch (step_) {
        case Step::LeverUp:
            if (!hw_.leverClosed.active() && inStep(now) >= kServoTravelMs) {
                hw_.loader.write(cal_.loaderOpenDeg);
                enter(Step::Load, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.leverTimeoutMs)) {
                fail("lever_stuck", true, now);
            }
            break;
        case Step::Load:
            if (!hw_.capsuleInChute.active()) {
                hw_.loader.write(cal_.loaderClosedDeg);
                hw_.lever.write(cal_.leverClosedDeg);
                enter(Step::LeverDown, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.dropTimeoutMs)) {
                fail("capsule_jammed", true, now);
            }
            break;
        case Step::LeverDown:
            if (hw_.leverClosed.active()) {
                hw_.scale.tare();  // the cup's own weight
                lastGrams_ = 0;
                enter(Stage::Brewing, Step::AwaitReady, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.leverTimeoutMs)) {
                fail("lever_not_closed", true, now);
            }
            break;
        default: break;
    }
}

long BrewProcess::brewTimeoutMs() const {
    return static_cast<long>(recipe_.volumeMl) * cal_.msPerMl * 2 + recipe_.preInfusionMs + 10000;
}

void BrewProcess::trackFlow(uint32_t now) {
    double grams = hw_.scale.grams();
    if (grams >= lastGrams_ + kFlowGainGrams) {
        lastGrams_ = grams;
        lastGain_ = now;
    }
}

void BrewProcess::stepBrewing(uint32_t now) {
    LightWatcher::State light = light_.state(now);
    switch (step_) {
        case Step::AwaitReady:
            if (light == LightWatcher::State::Steady) {
                press(Step::AwaitFlow, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.readyTimeoutMs)) {
                fail("machine_not_ready", false, now);
            }
            break;
        case Step::AwaitFlow:
            if (hw_.scale.grams() >= lastGrams_ + kFlowStartGrams) {
                if (flowStarted_ == 0) flowStarted_ = now;  // a resumed pre-infusion keeps its start
                lastGain_ = now;
                steadySeen_ = false;
                enter(Step::Flowing, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.flowStartTimeoutMs)) {
                if (light == LightWatcher::State::Blinking) {
                    fail("sensor_disagreement", true, now);  // the machine says it brews, the cup stays empty
                } else if (pressRetries_ < kPressRetries) {
                    ++pressRetries_;
                    press(Step::AwaitFlow, now);
                } else {
                    fail("button_no_response", false, now);
                }
            }
            break;
        case Step::Flowing: {
            trackFlow(now);
            bool flowing = now - lastGain_ < static_cast<uint32_t>(cal_.flowStallMs);
            if (light == LightWatcher::State::Steady && flowing) {
                // The machine says it is idle while the cup fills.
                if (!steadySeen_) {
                    steadySeen_ = true;
                    steadyWhileFlowing_ = now;
                } else if (now - steadyWhileFlowing_ >= static_cast<uint32_t>(cal_.disagreementMs)) {
                    fail("sensor_disagreement", true, now);
                    break;
                }
            } else {
                steadySeen_ = false;
            }
            if (recipe_.preInfusionMs > 0 && !preInfused_ && lastGrams_ >= cal_.preInfusionMl) {
                preInfused_ = true;
                press(Step::Pausing, now);
            } else if (lastGrams_ >= recipe_.volumeMl - cal_.stopLeadMl) {
                press(Step::Draining, now);
            } else if (!flowing) {
                enter(Step::Draining, now);  // the machine stopped at its own programmed volume
            } else if (now - flowStarted_ >= static_cast<uint32_t>(brewTimeoutMs())) {
                fail("brew_timeout", true, now);
            }
            break;
        }
        case Step::Pausing:
            trackFlow(now);
            if (inStep(now) >= static_cast<uint32_t>(recipe_.preInfusionMs)) {
                pressRetries_ = 0;
                press(Step::AwaitFlow, now);
            }
            break;
        case Step::Draining: {
            trackFlow(now);
            bool quiet = now - lastGain_ >= static_cast<uint32_t>(cal_.flowStallMs);
            if (quiet && light == LightWatcher::State::Steady) {
                hw_.lever.write(cal_.leverOpenDeg);
                enter(Stage::Ejecting, Step::EjectUp, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.drainTimeoutMs)) {
                fail(quiet ? "sensor_disagreement" : "machine_did_not_stop", true, now);
            }
            break;
        }
        default: break;
    }
}

void BrewProcess::stepEjecting(uint32_t now) {
    switch (step_) {
        case Step::EjectUp:
            if (!hw_.leverClosed.active()) {
                enter(Step::EjectWait, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.leverTimeoutMs)) {
                fail("lever_stuck", true, now);
            }
            break;
        case Step::EjectWait:
            if (inStep(now) >= static_cast<uint32_t>(cal_.ejectMs)) {
                hw_.lever.write(cal_.leverClosedDeg);
                enter(Step::EjectDown, now);
            }
            break;
        case Step::EjectDown:
            if (hw_.leverClosed.active()) {
                hw_.magazine.moveTo(0);
                enter(Step::ReturnHome, now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.leverTimeoutMs)) {
                fail("lever_not_closed", true, now);
            }
            break;
        case Step::ReturnHome:
            if (!hw_.magazine.running() && hw_.magazineHome.active()) {
                finish(now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.rotateTimeoutMs)) {
                fail("magazine_stuck", true, now);
            }
            break;
        default: break;
    }
}

void BrewProcess::startHoming(uint32_t now) {
    if (hw_.magazineHome.active()) {
        hw_.magazine.setPosition(0);
        enter(Stage::Idle, Step::None, now);
        return;
    }
    // Backwards, more than a full turn: the switch stops it on the way.
    hw_.magazine.moveTo(hw_.magazine.position() - (Magazine::kSlots + 1) * cal_.stepsPerSlot);
    enter(Step::Homing, now);
}

void BrewProcess::stepReset(uint32_t now) {
    switch (step_) {
        case Step::ResetRest:
            if (hw_.leverClosed.active() && inStep(now) >= kServoTravelMs) {
                startHoming(now);
            } else if (inStep(now) >= static_cast<uint32_t>(cal_.leverTimeoutMs)) {
                needsService_ = true;
                hw_.alert.set(true);
                enter(Stage::Error, Step::None, now);
            }
            break;
        case Step::Homing:
            if (hw_.magazineHome.active()) {
                hw_.magazine.stop();
                hw_.magazine.setPosition(0);
                enter(Stage::Idle, Step::None, now);
            } else if (!hw_.magazine.running() || inStep(now) >= static_cast<uint32_t>(cal_.homingTimeoutMs)) {
                hw_.magazine.stop();
                needsService_ = true;
                hw_.alert.set(true);
                enter(Stage::Error, Step::None, now);
            }
            break;
        default: break;
    }
}

const char* toString(BrewProcess::Stage stage) {
    switch (stage) {
        case BrewProcess::Stage::Idle: return "idle";
        case BrewProcess::Stage::Picking: return "picking";
        case BrewProcess::Stage::Inserting: return "inserting";
        case BrewProcess::Stage::Brewing: return "brewing";
        case BrewProcess::Stage::Ejecting: return "ejecting";
        case BrewProcess::Stage::Error: return "error";
        case BrewProcess::Stage::Reset: return "reset";
    }
    return "?";
}

}  // namespace filspresso
