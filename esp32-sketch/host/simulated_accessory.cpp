// The accessory's firmware core on the host, against simulated hardware and a real server:
//   simulated-accessory --server http://localhost:8080 --machine-id 12 --token fdt_… [--once]
//       [--fault none|pick|button|disagree|water] [--speed 20] [--wait 25] [--max-seconds 120] [--state file.json]
// With --once it exits after the first command's outcome has been reported: 0 when the server has it.
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include <curl/curl.h>

#include "../src/core/accessory.h"
#include "../src/core/brew_process.h"
#include "../src/core/calibration.h"
#include "../src/core/magazine.h"
#include "../src/core/server_api.h"
#include "curl_http_client.h"
#include "file_settings_store.h"
#include "simulated_rig.h"

using namespace filspresso;

namespace {

/**
 * Simulated time, advanced by the main loop in 5 ms steps and paced to run {@code speed} times
 * faster than real time: a 40 s lungo takes 2 s at speed 20. Stepping (rather than reading a
 * sped-up wall clock) keeps every motion as finely sampled as on the device, whatever the host's load.
 */
class SteppedClock : public Clock {
public:
    uint32_t millis() override { return now; }
    uint32_t now = 0;
};

constexpr uint32_t kStepMs = 5;

[[noreturn]] void usage(const char* problem) {
    std::cerr << problem << "\nusage: simulated-accessory --server URL --machine-id N --token TOKEN [--once] "
                            "[--fault none|pick|button|disagree|water] [--speed 20] [--wait 25] [--max-seconds 120] "
                            "[--state FILE]\n";
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    DeviceConfig config;
    std::string fault = "none", statePath;
    bool once = false;
    double speed = 20;
    long maxSeconds = 120;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(("missing value for " + arg).c_str());
            return argv[++i];
        };
        if (arg == "--server") config.serverUrl = value();
        else if (arg == "--machine-id") config.machineId = std::atol(value().c_str());
        else if (arg == "--token") config.deviceToken = value();
        else if (arg == "--fault") fault = value();
        else if (arg == "--speed") speed = std::atof(value().c_str());
        else if (arg == "--wait") config.pollWaitSeconds = std::atoi(value().c_str());
        else if (arg == "--max-seconds") maxSeconds = std::atol(value().c_str());
        else if (arg == "--state") statePath = value();
        else if (arg == "--once") once = true;
        else usage(("unknown option " + arg).c_str());
    }
    while (!config.serverUrl.empty() && config.serverUrl.back() == '/') config.serverUrl.pop_back();
    if (config.serverUrl.empty() || config.machineId <= 0 || config.deviceToken.empty()) usage("--server, --machine-id and --token are required");
    if (speed <= 0) usage("--speed must be positive");

    Faults faults;
    if (fault == "pick") faults.pickJams = true;
    else if (fault == "button") faults.buttonDead = true;
    else if (fault == "disagree") faults.ledStuckSteady = true;
    else if (fault == "water") faults.waterLow = true;
    else if (fault != "none") usage("unknown fault");

    curl_global_init(CURL_GLOBAL_DEFAULT);
    SteppedClock clock;
    FileSettingsStore store(statePath);
    Calibration calibration = Calibration::load(store);
    Magazine magazine(store);
    if (magazine.count() == 0) magazine.refill(Magazine::kAll);
    SimulatedRig rig(clock, calibration, faults);
    BrewProcess process(rig.hardware(), calibration, magazine);
    CurlHttpClient http;
    ServerApi api(http, config, "simulated-accessory-1.0.0");
    std::mt19937 random(std::random_device{}());
    Backoff backoff(1000, 60000, [&] { return static_cast<uint32_t>(random()); });
    auto log = [&](const std::string& line) { std::cout << "[" << clock.millis() << " ms] " << line << std::endl; };
    Accessory accessory(api, process, store, clock, backoff, config.pollWaitSeconds, log);

    accessory.begin();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(maxSeconds);
    while (std::chrono::steady_clock::now() < deadline) {
        accessory.loop();
        if (once && accessory.lastReported() != 0 && process.stage() == BrewProcess::Stage::Idle) {
            log("done: " + accessory.status());
            curl_global_cleanup();
            return 0;
        }
        clock.now += kStepMs;
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(kStepMs / speed));
    }
    log("stopped after " + std::to_string(maxSeconds) + " s: " + accessory.status());
    curl_global_cleanup();
    return once ? 1 : 0;
}
