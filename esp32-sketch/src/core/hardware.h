#pragma once
#include <cstdint>

namespace filspresso {

/** A hobby servo: told an angle, gives no feedback (switches and sensors confirm where it matters). */
class Servo {
public:
    virtual ~Servo() = default;
    virtual void write(int degrees) = 0;
};

/** The magazine's stepper: moves in the background towards a target (AccelStepper on the ESP32). */
class Stepper {
public:
    virtual ~Stepper() = default;
    virtual void moveTo(long position) = 0;
    virtual bool running() = 0;
    virtual long position() = 0;
    virtual void setPosition(long position) = 0;  // homing: here is zero
    virtual void stop() = 0;
    /** Gives the motor its steps; called on every loop pass. */
    virtual void run() = 0;
};

/** A two-state input: a limit switch, an IR break-beam, the water-level sensor, a push button. */
class Switch {
public:
    virtual ~Switch() = default;
    virtual bool active() = 0;
};

/** The optical sensor over the machine's ready LED. */
class LightSensor {
public:
    virtual ~LightSensor() = default;
    virtual long level() = 0;  // raw ADC reading
};

/** The load cell under the cup: what has been dispensed, in grams (1 g of coffee ~ 1 ml). */
class Scale {
public:
    virtual ~Scale() = default;
    virtual void tare() = 0;
    virtual double grams() = 0;
};

/** The buzzer and red LED that call a person. */
class Alert {
public:
    virtual ~Alert() = default;
    virtual void set(bool on) = 0;
};

/** Everything the brew process moves or reads. */
struct Hardware {
    Stepper& magazine;
    Switch& magazineHome;
    Servo& gate;          // releases one capsule from the magazine into the chute
    Switch& capsuleInChute;
    Servo& loader;        // the flap at the chute's bottom: drops the capsule into the machine
    Servo& lever;
    Switch& leverClosed;
    Servo& button;
    LightSensor& readyLight;
    Scale& scale;
    Switch& waterOk;
    Alert& alert;
};

}  // namespace filspresso
