// The accessory's parts on the ESP32. Arduino-only: the host build uses host/simulated_rig.
#pragma once
#ifdef ARDUINO
#include <AccelStepper.h>
#include <Arduino.h>
#include <ESP32Servo.h>
#include <HX711.h>

#include "../core/hardware.h"

namespace filspresso {

class ServoOnPin : public filspresso::Servo {
public:
    explicit ServoOnPin(int pin) : pin_(pin) {}
    void begin(int degrees) {
        servo_.setPeriodHertz(50);
        servo_.attach(pin_, 500, 2400);
        servo_.write(degrees);
    }
    void write(int degrees) override { servo_.write(degrees); }

private:
    int pin_;
    ::Servo servo_;  // ESP32Servo's
};

class MagazineStepper : public Stepper {
public:
    MagazineStepper(int stepPin, int dirPin, int enablePin) : motor_(AccelStepper::DRIVER, stepPin, dirPin) {
        motor_.setEnablePin(enablePin);
        motor_.setPinsInverted(false, false, true);  // the driver's EN is active low
        motor_.setMaxSpeed(800);
        motor_.setAcceleration(1600);
        motor_.enableOutputs();
    }
    void moveTo(long position) override { motor_.moveTo(position); }
    bool running() override { return motor_.isRunning(); }
    long position() override { return motor_.currentPosition(); }
    void setPosition(long position) override { motor_.setCurrentPosition(position); }
    void stop() override { motor_.setCurrentPosition(motor_.currentPosition()); }  // at once, no deceleration
    void run() override { motor_.run(); }

private:
    AccelStepper motor_;
};

class PinSwitch : public Switch {
public:
    PinSwitch(int pin, bool activeLow, bool pullUp) : pin_(pin), activeLow_(activeLow) { pinMode(pin, pullUp ? INPUT_PULLUP : INPUT); }
    bool active() override { return (digitalRead(pin_) == LOW) == activeLow_; }

private:
    int pin_;
    bool activeLow_;
};

class AnalogLight : public LightSensor {
public:
    explicit AnalogLight(int pin) : pin_(pin) {}
    long level() override { return analogRead(pin_); }

private:
    int pin_;
};

/** The HX711 gives 10 readings a second: keep the last one rather than wait for the next. */
class LoadCell : public Scale {
public:
    LoadCell(int dataPin, int clockPin, double countsPerGram) {
        hx711_.begin(dataPin, clockPin);
        hx711_.set_scale(static_cast<float>(countsPerGram));
    }
    void tare() override {
        hx711_.tare(5);
        last_ = 0;
    }
    double grams() override {
        if (hx711_.is_ready()) last_ = hx711_.get_units(1);
        return last_;
    }

private:
    HX711 hx711_;
    double last_ = 0;
};

class PinAlert : public Alert {
public:
    explicit PinAlert(int pin) : pin_(pin) { pinMode(pin, OUTPUT); }
    void set(bool on) override { digitalWrite(pin_, on ? HIGH : LOW); }

private:
    int pin_;
};

}  // namespace filspresso
#endif
