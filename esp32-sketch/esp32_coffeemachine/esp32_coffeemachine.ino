// Filspresso brewing accessory for Original-line machines (ESP32).
// Wiring, parts, calibration and flashing: ../README.md. The logic lives in the portable core
// (src/core, tested on the host); this file only wires the ESP32's parts to it.
#include <FilspressoAccessory.h>
#include <esp_random.h>

using namespace filspresso;

static const char* kFirmwareVersion = "1.0.0";

namespace {

class ArduinoClock : public Clock {
public:
    uint32_t millis() override { return ::millis(); }
};

ArduinoClock clock_;
PreferencesStore store;
DeviceConfig config;
Calibration calibration;

// Created in setup(): their constructors set pin modes, which must not run before the core is up.
ServoOnPin *gate, *loader, *lever, *button;
MagazineStepper* magazineMotor;
PinSwitch *magazineHome, *leverClosed, *capsuleInChute, *waterOk, *refilledButton;
AnalogLight* readyLight;
PinAlert* alert;
LoadCell* scale;

Magazine* magazine = nullptr;
Hardware* hardware = nullptr;
BrewProcess* process = nullptr;
Esp32HttpClient* http = nullptr;
ServerApi* api = nullptr;
Backoff* backoff = nullptr;
Accessory* accessory = nullptr;
Console* console = nullptr;
WifiLink* wifi = nullptr;
OtaUpdater* ota = nullptr;
#ifdef FILSPRESSO_WITH_MQTT
MqttWake* mqtt = nullptr;
#endif
String line;
bool refilledWasDown = false;

void logLine(const std::string& message) { Serial.printf("{\"log\":\"%s\"}\n", message.c_str()); }

/** Serial lines in, answers out; a changed provisioning restarts the accessory. */
void serviceConsole() {
    while (Serial.available() > 0) {
        char c = static_cast<char>(Serial.read());
        if (c != '\n') {
            if (line.length() < 6000) line += c;  // a CA certificate fits
            continue;
        }
        std::string answer = console->handle(line.c_str());
        line = "";
        Serial.println(answer.c_str());
        if (console->restartRequested()) {
            delay(200);
            ESP.restart();
        }
    }
}

/** The refilled button: all 8 slots loaded, and a person has looked at any alert. */
void serviceRefilledButton() {
    bool down = refilledButton->active();
    if (down && !refilledWasDown) {
        magazine->refill(Magazine::kAll);
        process->acknowledge();
        logLine("magazine refilled");
    }
    refilledWasDown = down;
}

}  // namespace

void setup() {
    Serial.begin(115200);
    pinMode(pins::kStatusLed, OUTPUT);
    store.begin();
    refilledButton = new PinSwitch(pins::kRefilledButton, true, true);
    // Held at power-up for 5 s: forget the provisioning and start the serial set-up again.
    uint32_t heldSince = millis();
    while (refilledButton->active() && millis() - heldSince < 5000) delay(10);
    if (refilledButton->active()) {
        store.clear();
        logLine("provisioning forgotten");
    }

    config = DeviceConfig::load(store);
    calibration = Calibration::load(store);
    gate = new ServoOnPin(pins::kGateServo);
    loader = new ServoOnPin(pins::kLoaderServo);
    lever = new ServoOnPin(pins::kLeverServo);
    button = new ServoOnPin(pins::kButtonServo);
    gate->begin(calibration.gateClosedDeg);
    loader->begin(calibration.loaderClosedDeg);
    lever->begin(calibration.leverClosedDeg);
    button->begin(calibration.buttonRestDeg);
    magazineMotor = new MagazineStepper(pins::kStepperStep, pins::kStepperDir, pins::kStepperEnable);
    magazineHome = new PinSwitch(pins::kMagazineHome, true, false);
    leverClosed = new PinSwitch(pins::kLeverClosed, true, true);
    capsuleInChute = new PinSwitch(pins::kCapsuleInChute, true, true);
    waterOk = new PinSwitch(pins::kWaterOk, false, false);
    readyLight = new AnalogLight(pins::kReadyLight);
    alert = new PinAlert(pins::kAlert);
    scale = new LoadCell(pins::kScaleData, pins::kScaleClock, calibration.scaleCountsPerGram);
    magazine = new Magazine(store);
    hardware = new Hardware{*magazineMotor, *magazineHome, *gate, *capsuleInChute, *loader, *lever, *leverClosed, *button,
                            *readyLight, *scale, *waterOk, *alert};
    process = new BrewProcess(*hardware, calibration, *magazine);
    backoff = new Backoff(1000, 60000, [] { return esp_random(); });
    http = new Esp32HttpClient(config);
    api = new ServerApi(*http, config, kFirmwareVersion);
    accessory = new Accessory(*api, *process, store, clock_, *backoff, config.pollWaitSeconds, logLine);
    console = new Console(store, calibration, *magazine, *process, *hardware, clock_, [] { return accessory->status(); });

    Serial.printf("{\"firmware\":\"%s\",\"provisioned\":%s}\n", kFirmwareVersion, config.complete() ? "true" : "false");
    if (!config.complete()) {
        Serial.println("{\"log\":\"not provisioned: send {\\\"provision\\\": {...}} (see README)\"}");
        return;
    }
    wifi = new WifiLink(config);
    wifi->begin();
    ota = new OtaUpdater(config, kFirmwareVersion);
#ifdef FILSPRESSO_WITH_MQTT
    if (!config.mqttUrl.empty()) mqtt = new MqttWake(config, [] { accessory->wake(); });
#endif
    accessory->begin();
}

void loop() {
    serviceConsole();
    serviceRefilledButton();
    uint32_t now = millis();
    if (!config.complete()) {
        process->tick(now);  // manual moves from the console still run
        return;
    }
    bool online = wifi->connected(now);
    digitalWrite(pins::kStatusLed, online ? HIGH : (now / 250) % 2);
    if (online) {
#ifdef FILSPRESSO_WITH_MQTT
        if (mqtt != nullptr) mqtt->loop(now);
#endif
        bool idle = process->stage() == BrewProcess::Stage::Idle && !accessory->reportPending();
        ota->loop(now, idle);
        accessory->loop();
    } else {
        process->tick(now);  // a brew under way finishes without the network; its report waits in the outbox
    }
}
