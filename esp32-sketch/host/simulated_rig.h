#pragma once
#include "../src/core/calibration.h"
#include "../src/core/clock.h"
#include "../src/core/hardware.h"

namespace filspresso {

/** What can go wrong on the simulated bench. */
struct Faults {
    bool pickJams = false;        // capsules stay in the magazine
    bool buttonDead = false;      // the machine ignores the button
    bool ledStuckSteady = false;  // the optical sensor sees a steady light whatever the machine does
    bool waterLow = false;
    bool machineOff = false;
    bool magazineStuck = false;
    bool leverStuck = false;      // the lever does not lift
    bool leverWontClose = false;  // ...or does not come down again
    bool loaderJams = false;      // the capsule stays in the chute
    bool neverReady = false;      // the machine heats for ever
    bool noFlow = false;          // the machine runs (LED blinking) but nothing reaches the cup
    bool slowFlow = false;        // a quarter of the usual flow (scale, or a clogged capsule)
    bool stopIgnored = false;     // a press while brewing does not stop the machine
};

/**
 * The accessory and an Original machine in software, for the unit tests and the simulated
 * accessory: the magazine turns at 2 steps/ms, servos take 300-500 ms, capsules fall, the machine
 * heats for 3 s, dispenses about 2.2 ml/s after a 1 s pump start, stops by itself at 110 ml (its
 * lungo button) or when pressed again, drips 1.5 ml afterwards, and blinks its LED while busy.
 * Time is the given clock's, so tests can run hours of brewing in milliseconds.
 */
class SimulatedRig {
public:
    SimulatedRig(Clock& clock, const Calibration& calibration, Faults faults = {});
    SimulatedRig(const SimulatedRig&) = delete;
    SimulatedRig& operator=(const SimulatedRig&) = delete;

    Hardware& hardware() { return hardware_; }
    Faults& faults() { return faults_; }

    // What a person at the bench would see.
    bool alertOn() const { return alert_; }
    int buttonPresses() const { return presses_; }
    int capsulesEjected() const { return ejected_; }
    bool capsuleInChute() const { return capsuleInChute_; }
    bool slotHasCapsule(int slot) const { return slotHas_[slot]; }
    double cupMl();
    bool machineBrewing();

private:
    enum class Machine { Heating, Ready, Brewing };

    // The parts, each a thin view on the rig's state.
    struct SimServo : Servo {
        SimulatedRig& rig;
        int which;
        SimServo(SimulatedRig& r, int w) : rig(r), which(w) {}
        void write(int degrees) override { rig.servoMoved(which, degrees); }
    };
    struct SimStepper : Stepper {
        SimulatedRig& rig;
        explicit SimStepper(SimulatedRig& r) : rig(r) {}
        void moveTo(long position) override;
        bool running() override;
        long position() override;
        void setPosition(long position) override;
        void stop() override;
        void run() override { rig.update(); }
    };
    struct SimSwitch : Switch {
        SimulatedRig& rig;
        bool (*read)(SimulatedRig&);
        SimSwitch(SimulatedRig& r, bool (*f)(SimulatedRig&)) : rig(r), read(f) {}
        bool active() override { rig.update(); return read(rig); }
    };
    struct SimLight : LightSensor {
        SimulatedRig& rig;
        explicit SimLight(SimulatedRig& r) : rig(r) {}
        long level() override;
    };
    struct SimScale : Scale {
        SimulatedRig& rig;
        explicit SimScale(SimulatedRig& r) : rig(r) {}
        void tare() override { rig.update(); rig.tare_ = rig.cup_; }
        double grams() override { rig.update(); return rig.cup_ - rig.tare_; }
    };
    struct SimAlert : Alert {
        SimulatedRig& rig;
        explicit SimAlert(SimulatedRig& r) : rig(r) {}
        void set(bool on) override { rig.alert_ = on; }
    };

    void update();
    void servoMoved(int which, int degrees);
    bool near(int angle, int target) const { return angle >= target - 5 && angle <= target + 5; }
    int alignedSlot() const;
    void stopFlow(double at);

    Clock& clock_;
    const Calibration& cal_;
    Faults faults_;
    double now_ = 0;

    // magazine
    double physical_ = 333;  // steps; the carousel starts anywhere
    long offset_ = 0;        // logical position = physical - offset
    long target_ = 0;
    bool slotHas_[8] = {true, true, true, true, true, true, true, true};
    // servos: gate, loader, lever, button
    int angle_[4] = {0, 0, 0, 0};
    double changedAt_[4] = {0, 0, 0, 0};
    double lever_ = 0;  // 0 closed .. 1 open
    int leverTarget_ = 0;
    bool capsuleInChute_ = false;
    enum class Holder { Empty, Fresh, Pierced, Used } holder_ = Holder::Used;
    // the machine
    Machine machine_ = Machine::Heating;
    double heatedAt_ = 3000;
    double flowFrom_ = 0, flowUntil_ = -1;  // flowUntil_ < 0: still flowing
    double brewMl_ = 0;                     // dispensed by the current brew
    double cup_ = 0, tare_ = 0, tailFrom_ = -1;
    int presses_ = 0;
    int ejected_ = 0;
    bool alert_ = false;

    SimServo gate_{*this, 0}, loader_{*this, 1}, leverServo_{*this, 2}, button_{*this, 3};
    SimStepper stepper_{*this};
    SimSwitch home_, chute_, leverClosed_, water_;
    SimLight light_{*this};
    SimScale scale_{*this};
    SimAlert alertOut_{*this};
    Hardware hardware_;
};

}  // namespace filspresso
