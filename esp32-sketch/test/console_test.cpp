#include <gtest/gtest.h>

#include "../src/core/console.h"
#include "../src/core/device_config.h"
#include "bench.h"

namespace filspresso {
namespace {

struct ConsoleBench : Bench {
    Console console{store, calibration, magazine, process, rig.hardware(), clock, [] { return std::string("{\"stage\":\"idle\"}"); }};
};

TEST(Console, ProvisioningIsStoredAndAsksForARestart) {
    ConsoleBench b;
    std::string answer = b.console.handle(
        R"({"provision": {"wifi_ssid": "Cafe", "wifi_password": "espresso-2026", "server_url": "http://10.0.0.2:8080",
            "allow_insecure_http": true, "machine_id": 12, "device_token": "fdt_0123456789abcdef"}})");
    EXPECT_EQ(answer, "{\"ok\":true}");
    EXPECT_TRUE(b.console.restartRequested());
    EXPECT_EQ(DeviceConfig::load(b.store).machineId, 12);
}

TEST(Console, AWrongLineIsAnsweredWithTheFieldAndChangesNothing) {
    ConsoleBench b;
    EXPECT_NE(b.console.handle(R"({"provision": {"wifi_ssid": "Cafe"}})").find("\"field\":\"server_url\""), std::string::npos);
    EXPECT_FALSE(b.console.restartRequested());
    EXPECT_NE(b.console.handle("hello").find("\"ok\":false"), std::string::npos);
    EXPECT_NE(b.console.handle(R"({"brew": true})").find("unknown command"), std::string::npos);
    EXPECT_NE(b.console.handle(R"({"refill": [9]})").find("0 to 7"), std::string::npos);
    EXPECT_FALSE(DeviceConfig::load(b.store).complete());
}

TEST(Console, RefillsCalibratesAndReportsStatus) {
    ConsoleBench b;
    for (int slot = 0; slot < Magazine::kSlots; ++slot) b.magazine.markEmpty(slot);
    EXPECT_EQ(b.console.handle(R"({"refill": [0, 3, 5]})"), "{\"ok\":true,\"loaded\":3}");
    EXPECT_TRUE(b.magazine.loaded(3));
    EXPECT_EQ(b.console.handle(R"({"refill": "all"})"), "{\"ok\":true,\"loaded\":8}");
    EXPECT_EQ(b.console.handle(R"({"calibrate": {"press_ms": 300}})"), "{\"ok\":true}");
    EXPECT_EQ(Calibration::load(b.store).pressMs, 300);
    std::string status = b.console.handle(R"({"status": true})");
    EXPECT_NE(status.find("\"press_ms\":300"), std::string::npos);
    EXPECT_NE(status.find("\"magazine_loaded\":8"), std::string::npos);
}

TEST(Console, ManualMotionsForCalibratingButNotWhileBrewing) {
    ConsoleBench b;
    b.boot();
    EXPECT_EQ(b.console.handle(R"({"move": "lever_open"})"), "{\"ok\":true}");
    b.runUntil([] { return false; }, 1000);
    EXPECT_FALSE(b.rig.hardware().leverClosed.active());
    b.console.handle(R"({"move": "lever_closed"})");
    EXPECT_EQ(b.console.handle(R"({"move": "slot:2"})"), "{\"ok\":true}");
    b.runUntil([] { return false; }, 1000);
    EXPECT_EQ(b.rig.hardware().magazine.position(), 2 * b.calibration.stepsPerSlot);
    b.console.handle(R"({"move": "home"})");
    b.runUntil([&] { return b.process.stage() == BrewProcess::Stage::Idle; }, 20000);
    EXPECT_TRUE(b.rig.hardware().magazineHome.active());

    b.process.start(recipe("espresso", 40), 0, b.clock.now);
    EXPECT_NE(b.console.handle(R"({"move": "lever_open"})").find("busy"), std::string::npos);
}

TEST(Console, ScaleTareAndAcknowledgeAndForget) {
    ConsoleBench b;
    EXPECT_EQ(b.console.handle(R"({"scale": "tare"})"), "{\"ok\":true}");
    EXPECT_NE(b.console.handle(R"({"scale": "read"})").find("\"grams\":0.0"), std::string::npos);
    b.rig.hardware().alert.set(true);
    EXPECT_EQ(b.console.handle(R"({"acknowledge": true})"), "{\"ok\":true}");
    EXPECT_FALSE(b.rig.alertOn());
    b.store.putString("device.token", "fdt_x");
    EXPECT_EQ(b.console.handle(R"({"forget": true})"), "{\"ok\":true}");
    EXPECT_FALSE(b.store.has("device.token"));
    EXPECT_TRUE(b.console.restartRequested());
}

}  // namespace
}  // namespace filspresso
