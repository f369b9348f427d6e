#include "simulated_rig.h"

#include <cmath>

namespace filspresso {

namespace {
constexpr double kStepsPerMs = 2.0;
constexpr double kServoMs = 300;
constexpr double kLeverMs = 500;
constexpr double kPumpStartMs = 1000;
constexpr double kMlPerMs = 0.0022;
constexpr double kProgrammedMl = 110;
constexpr double kTailMl = 1.5;
constexpr double kTailMs = 1000;
constexpr long kHomeWindowSteps = 15;
enum { kGate, kLoader, kLever, kButton };
}  // namespace

SimulatedRig::SimulatedRig(Clock& clock, const Calibration& calibration, Faults faults)
    : clock_(clock), cal_(calibration), faults_(faults),
      home_(*this, [](SimulatedRig& r) {
          long turn = 8 * r.cal_.stepsPerSlot;
          long at = static_cast<long>(std::lround(r.physical_)) % turn;
          if (at < 0) at += turn;
          return at <= kHomeWindowSteps || at >= turn - kHomeWindowSteps;
      }),
      chute_(*this, [](SimulatedRig& r) { return r.capsuleInChute_; }),
      leverClosed_(*this, [](SimulatedRig& r) { return r.lever_ < 0.05; }),
      water_(*this, [](SimulatedRig& r) { return !r.faults_.waterLow; }),
      hardware_{stepper_, home_, gate_, chute_, loader_, leverServo_, leverClosed_, button_, light_, scale_, water_, alertOut_} {
    now_ = clock_.millis();
    heatedAt_ = now_ + 3000;
    angle_[kGate] = cal_.gateClosedDeg;
    angle_[kLoader] = cal_.loaderClosedDeg;
    angle_[kLever] = cal_.leverClosedDeg;
    angle_[kButton] = cal_.buttonRestDeg;
    leverTarget_ = cal_.leverClosedDeg;
}

double SimulatedRig::cupMl() {
    update();
    return cup_;
}

bool SimulatedRig::machineBrewing() {
    update();
    return machine_ == Machine::Brewing;
}

int SimulatedRig::alignedSlot() const {
    long turn = 8 * cal_.stepsPerSlot;
    long at = static_cast<long>(std::lround(physical_)) % turn;
    if (at < 0) at += turn;
    for (int slot = 0; slot < 8; ++slot) {
        if (std::labs(at - slot * cal_.stepsPerSlot) <= kHomeWindowSteps) return slot;
    }
    if (turn - at <= kHomeWindowSteps) return 0;
    return -1;
}

void SimulatedRig::stopFlow(double at) {
    flowUntil_ = at;
    tailFrom_ = at;
    machine_ = Machine::Ready;
}

void SimulatedRig::update() {
    double now = clock_.millis();
    double dt = now - now_;
    if (dt <= 0) return;
    double from = now_;
    now_ = now;

    // The carousel.
    if (!faults_.magazineStuck) {
        double goal = static_cast<double>(target_ + offset_);
        double step = std::min(std::fabs(goal - physical_), dt * kStepsPerMs);
        physical_ += goal > physical_ ? step : -step;
    }
    // The lever follows its servo at its own pace.
    double leverGoal = leverTarget_ == cal_.leverOpenDeg ? 1.0 : 0.0;
    if (!(faults_.leverStuck && leverGoal > lever_) && !(faults_.leverWontClose && leverGoal < lever_)) {
        double goal = leverGoal;
        double step = std::min(std::fabs(goal - lever_), dt / kLeverMs);
        lever_ += goal > lever_ ? step : -step;
    }
    if (lever_ >= 1.0 && (holder_ == Holder::Used || holder_ == Holder::Pierced)) {
        holder_ = Holder::Empty;  // lifting the lever drops the capsule into the machine's container
        ++ejected_;
    }
    if (lever_ <= 0.0 && holder_ == Holder::Fresh) holder_ = Holder::Pierced;
    // A capsule falls from the magazine into the chute, and from the chute into the machine.
    int slot = alignedSlot();
    if (near(angle_[kGate], cal_.gateOpenDeg) && now - changedAt_[kGate] >= kServoMs && slot >= 0 && slotHas_[slot] &&
        !faults_.pickJams && !capsuleInChute_) {
        slotHas_[slot] = false;
        capsuleInChute_ = true;
    }
    if (near(angle_[kLoader], cal_.loaderOpenDeg) && now - changedAt_[kLoader] >= kServoMs && capsuleInChute_ && lever_ >= 1.0 &&
        holder_ == Holder::Empty && !faults_.loaderJams) {
        capsuleInChute_ = false;
        holder_ = Holder::Fresh;
    }
    // The machine.
    if (machine_ == Machine::Heating && now >= heatedAt_ && !faults_.neverReady) machine_ = Machine::Ready;
    if (machine_ == Machine::Brewing || (flowUntil_ >= 0 && flowUntil_ > from)) {
        double start = std::max(from, flowFrom_);
        double end = flowUntil_ >= 0 ? std::min(now, flowUntil_) : now;
        if (end > start) {
            double rate = faults_.noFlow ? 0 : kMlPerMs * (faults_.slowFlow ? 0.25 : 1.0);
            double ml = (end - start) * rate;
            if (brewMl_ + ml >= kProgrammedMl) {  // its own programmed volume
                ml = kProgrammedMl - brewMl_;
                stopFlow(start + ml / rate);
            }
            brewMl_ += ml;
            cup_ += ml;
        }
    }
    if (tailFrom_ >= 0) {
        double before = std::min(1.0, std::max(0.0, (from - tailFrom_) / kTailMs));
        double after = std::min(1.0, std::max(0.0, (now - tailFrom_) / kTailMs));
        cup_ += (after - before) * kTailMl;
    }
}

void SimulatedRig::servoMoved(int which, int degrees) {
    update();
    bool wasPressed = near(angle_[kButton], cal_.buttonPressDeg);
    angle_[which] = degrees;
    changedAt_[which] = now_;
    if (which == kLever) leverTarget_ = degrees;
    if (which != kButton || wasPressed || !near(degrees, cal_.buttonPressDeg)) return;
    ++presses_;
    if (faults_.buttonDead || faults_.machineOff || lever_ > 0.05) return;
    if (machine_ == Machine::Ready) {
        machine_ = Machine::Brewing;
        flowFrom_ = now_ + kPumpStartMs;
        flowUntil_ = -1;
        tailFrom_ = -1;
        brewMl_ = 0;
    } else if (machine_ == Machine::Brewing && !faults_.stopIgnored) {
        stopFlow(now_);
    }
}

long SimulatedRig::SimLight::level() {
    rig.update();
    if (rig.faults_.machineOff) return 100;
    if (rig.faults_.ledStuckSteady) return 3000;
    bool busy = rig.machine_ != Machine::Ready;
    bool lit = !busy || static_cast<long>(rig.now_ / 500) % 2 == 0;
    return lit ? 3000 : 200;
}

void SimulatedRig::SimStepper::moveTo(long position) {
    rig.update();
    rig.target_ = position;
}

bool SimulatedRig::SimStepper::running() {
    rig.update();
    return !rig.faults_.magazineStuck && std::fabs(rig.physical_ - static_cast<double>(rig.target_ + rig.offset_)) > 0.5;
}

long SimulatedRig::SimStepper::position() {
    rig.update();
    return static_cast<long>(std::lround(rig.physical_)) - rig.offset_;
}

void SimulatedRig::SimStepper::setPosition(long position) {
    rig.update();
    rig.offset_ = static_cast<long>(std::lround(rig.physical_)) - position;
    rig.target_ = position;
}

void SimulatedRig::SimStepper::stop() {
    rig.update();
    rig.target_ = static_cast<long>(std::lround(rig.physical_)) - rig.offset_;
}

}  // namespace filspresso
