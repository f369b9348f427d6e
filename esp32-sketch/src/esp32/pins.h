// The reference build's wiring (README.md, docs/wiring.svg).
#pragma once
#ifdef ARDUINO
namespace filspresso::pins {
constexpr int kStepperStep = 25, kStepperDir = 26, kStepperEnable = 27;
constexpr int kMagazineHome = 34;   // input only: external 10 kΩ pull-up, active low
constexpr int kGateServo = 18, kLoaderServo = 19, kLeverServo = 21, kButtonServo = 22;
constexpr int kLeverClosed = 32;    // microswitch to ground, active low
constexpr int kCapsuleInChute = 33; // IR break-beam receiver, low while a capsule breaks the beam
constexpr int kReadyLight = 35;     // phototransistor, ADC1
constexpr int kScaleData = 16, kScaleClock = 17;
constexpr int kWaterOk = 14;        // high while the tank's water reaches the sensor
constexpr int kAlert = 13;          // buzzer and red LED through a transistor
constexpr int kStatusLed = 2;
constexpr int kRefilledButton = 4;  // to ground, active low
}  // namespace filspresso::pins
#endif
