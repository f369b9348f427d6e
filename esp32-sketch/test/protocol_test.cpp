// Recipes, the server's JSON, provisioning, calibration, the ready light and back-off.
#include <gtest/gtest.h>

#include "../host/file_settings_store.h"
#include "../src/core/backoff.h"
#include "../src/core/calibration.h"
#include "../src/core/command_json.h"
#include "../src/core/device_config.h"
#include "../src/core/light_watcher.h"
#include "../src/core/ota.h"
#include "../src/core/recipe.h"

namespace filspresso {
namespace {

Recipe lungo() {
    Recipe r;
    r.volumeMl = 110;
    r.temperatureC = 92;
    r.preInfusionMs = 1500;
    r.capsuleType = "original";
    r.capsuleVariant = "lungo";
    return r;
}

std::string refusedField(Recipe r) { return checkRecipe(r).field; }

TEST(Recipe, FollowsTheServersRulesForOriginalMachines) {
    EXPECT_TRUE(checkRecipe(lungo()).ok);
    Recipe r = lungo();
    r.capsuleType = "vertuo";
    EXPECT_EQ(refusedField(r), "capsule_type");
    r = lungo();
    r.capsuleVariant = "mug";
    EXPECT_EQ(refusedField(r), "capsule_variant") << "a Vertuo cup size";
    r = lungo();
    r.capsuleVariant = "espresso";
    r.volumeMl = 50;
    EXPECT_TRUE(checkRecipe(r).ok) << "125 % of 40 ml";
    r.volumeMl = 51;
    EXPECT_EQ(refusedField(r), "volume_ml");
    r.volumeMl = 4;
    EXPECT_EQ(refusedField(r), "volume_ml");
    r = lungo();
    r.temperatureC = 97;
    EXPECT_EQ(refusedField(r), "temperature_c");
    r.temperatureC = 69;
    EXPECT_EQ(refusedField(r), "temperature_c");
    r = lungo();
    r.preInfusionMs = 10001;
    EXPECT_EQ(refusedField(r), "pre_infusion_ms");
    r.preInfusionMs = -1;
    EXPECT_EQ(refusedField(r), "pre_infusion_ms");
    EXPECT_EQ(canonicalVolumeMl("ristretto"), 25);
}

TEST(CommandJson, ReadsTheCheckReply) {
    ParsedWork parsed = parseWork(
        R"({"command_id": 421, "recipe": {"volume_ml": 110, "temperature_c": 92, "pre_infusion_ms": 1500,
            "capsule_type": "original", "capsule_variant": "lungo"}, "execute_allowed": true, "meta": {"source": "web"},
            "accessory_instructions": {"slot": 3}, "created_at": "2026-11-24T09:15:02.118Z"})");
    ASSERT_EQ(parsed.kind, ParsedWork::Kind::Ok) << parsed.reason;
    EXPECT_EQ(parsed.work.commandId, 421);
    EXPECT_EQ(parsed.work.recipe.volumeMl, 110);
    EXPECT_EQ(parsed.work.recipe.capsuleVariant, "lungo");
    EXPECT_TRUE(parsed.work.executeAllowed);
    EXPECT_EQ(parsed.work.slot, 3);
}

TEST(CommandJson, AReplyWithoutACommandIdCannotBeAnswered) {
    for (const char* body : {"", "null", "42", "[]", "{", "{\"command_id\": \"421\"}", "{\"command_id\": 4.5}",
                             "{\"command_id\": 0}", "{\"command_id\": 1e300}", "{\"recipe\": {}}"}) {
        EXPECT_EQ(parseWork(body).kind, ParsedWork::Kind::Unusable) << body;
    }
}

TEST(CommandJson, ABrokenRecipeNamesItsField) {
    auto field = [](const std::string& recipe) {
        ParsedWork parsed = parseWork("{\"command_id\": 5, \"execute_allowed\": true, \"recipe\": " + recipe + "}");
        EXPECT_EQ(parsed.kind, ParsedWork::Kind::BadRecipe) << recipe;
        EXPECT_EQ(parsed.work.commandId, 5);
        return parsed.field;
    };
    EXPECT_EQ(field("null"), "recipe");
    EXPECT_EQ(field(R"({"volume_ml": "40", "temperature_c": 92, "pre_infusion_ms": 0, "capsule_type": "original", "capsule_variant": "espresso"})"), "volume_ml");
    EXPECT_EQ(field(R"({"volume_ml": 40.5, "temperature_c": 92, "pre_infusion_ms": 0, "capsule_type": "original", "capsule_variant": "espresso"})"), "volume_ml");
    EXPECT_EQ(field(R"({"volume_ml": 40, "temperature_c": 92, "pre_infusion_ms": 0, "capsule_type": "original"})"), "capsule_variant");
    EXPECT_EQ(field(R"({"volume_ml": 40, "temperature_c": 150, "pre_infusion_ms": 0, "capsule_type": "original", "capsule_variant": "espresso"})"), "temperature_c");
    EXPECT_EQ(field(R"({"volume_ml": 99999999999, "temperature_c": 92, "pre_infusion_ms": 0, "capsule_type": "original", "capsule_variant": "espresso"})"), "volume_ml");
}

TEST(CommandJson, ExecutionIsAllowedOnlyWhenTheServerSaysSo) {
    const char* recipe = R"("recipe": {"volume_ml": 40, "temperature_c": 92, "pre_infusion_ms": 0, "capsule_type": "original", "capsule_variant": "espresso"})";
    EXPECT_FALSE(parseWork(std::string("{\"command_id\": 1, ") + recipe + "}").work.executeAllowed);
    EXPECT_FALSE(parseWork(std::string("{\"command_id\": 1, \"execute_allowed\": \"yes\", ") + recipe + "}").work.executeAllowed);
    EXPECT_FALSE(parseWork(std::string("{\"command_id\": 1, \"execute_allowed\": false, ") + recipe + "}").work.executeAllowed);
    EXPECT_EQ(parseWork(std::string("{\"command_id\": 1, \"accessory_instructions\": {\"slot\": 8}, ") + recipe + "}").field,
              "accessory_instructions.slot");
}

TEST(CommandJson, WritesTheUpdateBody) {
    Report report;
    report.status = "failed";
    report.error = "pick_failed";
    report.stage = "picking";
    report.operatorAlert = true;
    Json body = parseJson(reportBody(report));
    ASSERT_TRUE(body);
    EXPECT_STREQ(cJSON_GetObjectItem(body.get(), "status")->valuestring, "failed");
    const cJSON* meta = cJSON_GetObjectItem(body.get(), "meta");
    EXPECT_STREQ(cJSON_GetObjectItem(meta, "error")->valuestring, "pick_failed");
    EXPECT_STREQ(cJSON_GetObjectItem(meta, "stage")->valuestring, "picking");
    EXPECT_TRUE(cJSON_IsTrue(cJSON_GetObjectItem(meta, "operator_alert")));
    EXPECT_EQ(cJSON_GetObjectItem(meta, "actual_volume_ml"), nullptr) << "only what is known";
}

const char* kCa = "-----BEGIN CERTIFICATE-----\\nMIIB...\\n-----END CERTIFICATE-----\\n";

std::string provisioning(const std::string& extra) {
    return std::string(R"({"wifi_ssid": "Cafe", "wifi_password": "espresso-2026", "server_url": "https://shop.example.com/",
        "machine_id": 12, "device_token": "fdt_0123456789abcdef", "ca_pem": ")") + kCa + "\"" + extra + "}";
}

TEST(Provisioning, StoresAWholeConfigAndReadsItBack) {
    Provisioning p = parseProvisioning(provisioning(", \"poll_wait_s\": 20"));
    ASSERT_TRUE(p.ok) << p.field << ": " << p.reason;
    EXPECT_EQ(p.config.serverUrl, "https://shop.example.com");
    FileSettingsStore store;
    p.config.save(store);
    DeviceConfig loaded = DeviceConfig::load(store);
    EXPECT_TRUE(loaded.complete());
    EXPECT_EQ(loaded.machineId, 12);
    EXPECT_EQ(loaded.deviceToken, "fdt_0123456789abcdef");
    EXPECT_EQ(loaded.pollWaitSeconds, 20);
    EXPECT_EQ(loaded.caPem.rfind("-----BEGIN CERTIFICATE-----", 0), 0u);
    FileSettingsStore empty;
    EXPECT_FALSE(DeviceConfig::load(empty).complete());
}

TEST(Provisioning, NamesTheFieldThatIsWrong) {
    auto field = [](const std::string& json) { return parseProvisioning(json).field; };
    EXPECT_EQ(field("not json"), "provision");
    EXPECT_EQ(field(R"({"wifi_ssid": ""})"), "wifi_ssid");
    EXPECT_EQ(field(R"({"wifi_ssid": "Cafe", "server_url": "http://shop.example.com", "machine_id": 1, "device_token": "fdt_0123456789abcdef"})"),
              "server_url");
    EXPECT_EQ(field(R"({"wifi_ssid": "Cafe", "server_url": "https://shop.example.com", "machine_id": 1, "device_token": "fdt_0123456789abcdef"})"),
              "ca_pem") << "https without the CA to pin";
    EXPECT_TRUE(parseProvisioning(R"({"wifi_ssid": "Lab", "server_url": "http://10.0.0.2:8080", "allow_insecure_http": true,
        "machine_id": 1, "device_token": "fdt_0123456789abcdef"})").ok);
    EXPECT_EQ(field(provisioning("").replace(provisioning("").find("\"machine_id\": 12"), 16, "\"machine_id\": 0")), "machine_id");
    EXPECT_EQ(field(provisioning("").replace(provisioning("").find("fdt_0123456789abcdef"), 20, "short")), "device_token");
    EXPECT_EQ(field(provisioning(", \"poll_wait_s\": 31")), "poll_wait_s");
    EXPECT_EQ(field(provisioning(", \"ota_manifest_url\": \"https://updates.example.com/m.json\"")), "ota_public_key_pem");
    EXPECT_EQ(field(provisioning(", \"ota_manifest_url\": \"http://updates.example.com/m.json\"")), "ota_manifest_url");
}

TEST(Calibration, ChangesAreCheckedStoredAndSurviveARestart) {
    FileSettingsStore store;
    Calibration c = Calibration::load(store);
    EXPECT_EQ(c.stepsPerSlot, 200);
    std::string error;
    ASSERT_TRUE(c.apply(R"({"steps_per_slot": 256, "scale_counts_per_g": 431.5, "lever_open_deg": 105})", store, error)) << error;
    Calibration reloaded = Calibration::load(store);
    EXPECT_EQ(reloaded.stepsPerSlot, 256);
    EXPECT_DOUBLE_EQ(reloaded.scaleCountsPerGram, 431.5);
    EXPECT_EQ(reloaded.leverOpenDeg, 105);

    EXPECT_FALSE(c.apply(R"({"lever_open_deg": 90, "lever_open_degree": 95})", store, error));
    EXPECT_NE(error.find("lever_open_degree"), std::string::npos);
    EXPECT_EQ(c.leverOpenDeg, 105) << "nothing changes when one value is wrong";
    EXPECT_FALSE(c.apply(R"({"gate_open_deg": 181})", store, error));
    EXPECT_FALSE(c.apply(R"({"press_ms": 250.5})", store, error));
    EXPECT_FALSE(c.apply(R"({"press_ms": "250"})", store, error));
    EXPECT_NE(c.toJson().find("\"steps_per_slot\":256"), std::string::npos);
}

TEST(LightWatcher, TellsSteadyFromBlinkingFromOff) {
    LightWatcher light;
    uint32_t t = 0;
    for (; t < 3000; t += 10) light.sample(true, t);
    EXPECT_EQ(light.state(t), LightWatcher::State::Steady);
    for (; t < 6000; t += 10) light.sample((t / 500) % 2 == 0, t);
    EXPECT_EQ(light.state(t), LightWatcher::State::Blinking);
    for (; t < 9000; t += 10) light.sample(false, t);
    EXPECT_EQ(light.state(t), LightWatcher::State::Off);
    light.sample(true, t);
    EXPECT_EQ(light.state(t + 100), LightWatcher::State::Blinking) << "undecided right after a change";
    EXPECT_EQ(light.state(t + LightWatcher::kSettleMs), LightWatcher::State::Steady);
}

TEST(Backoff, DoublesUpToTheCapWithJitterAndStartsOverAfterASuccess) {
    uint32_t next = 0;
    Backoff backoff(1000, 60000, [&] { return next; });
    EXPECT_EQ(backoff.ceilingMs(), 1000u);
    next = 0xFFFFFFFFu;
    uint32_t expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (uint32_t ceiling : expected) EXPECT_EQ(backoff.next(), ceiling);
    next = 0x80000000u;
    EXPECT_EQ(backoff.next(), 30000u) << "jitter: half way";
    next = 0;
    EXPECT_EQ(backoff.next(), 0u);
    backoff.succeeded();
    EXPECT_EQ(backoff.ceilingMs(), 1000u);
}

TEST(Ota, ComparesVersionsNumerically) {
    EXPECT_GT(compareVersions("1.10.0", "1.9.3"), 0);
    EXPECT_LT(compareVersions("1.4", "1.4.1"), 0);
    EXPECT_EQ(compareVersions("2.0.0", "2"), 0);
    EXPECT_LT(compareVersions("garbage", "0.0.1"), 0);
}

TEST(Ota, RefusesAManifestThatIsIncomplete) {
    OtaManifest m;
    std::string error;
    std::string good = R"({"version":"1.4.0","url":"https://u.example.com/a.bin","size":10,"sha256":")" + std::string(64, 'a') +
                       R"(","signature":"MEUCIQ=="})";
    EXPECT_TRUE(parseManifest(good, m, error)) << error;
    std::string plainHttp = good;
    plainHttp.replace(plainHttp.find("https"), 5, "http");
    EXPECT_FALSE(parseManifest(plainHttp, m, error));
    EXPECT_NE(error.find("url"), std::string::npos);
    std::string shortHash = good;
    shortHash.replace(shortHash.find("aaaa"), 4, "");
    EXPECT_FALSE(parseManifest(shortHash, m, error));
    std::string badSignature = good;
    badSignature.replace(badSignature.find("MEUCIQ=="), 8, "%%%%");
    EXPECT_FALSE(parseManifest(badSignature, m, error));
}

TEST(Ota, AnImageOfTheWrongSizeOrHashNeverPasses) {
    OtaManifest m;
    std::string error;
    ASSERT_TRUE(parseManifest(R"({"version":"1.4.0","url":"https://u.example.com/a.bin","size":3,"sha256":")" +
                                  std::string(64, '0') + R"(","signature":"MEUCIQ=="})",
                              m, error));
    ImageVerifier shortImage("", m);
    shortImage.update(reinterpret_cast<const unsigned char*>("ab"), 2);
    EXPECT_EQ(shortImage.finish(), ImageVerifier::Verdict::WrongSize);
    ImageVerifier otherImage("", m);
    otherImage.update(reinterpret_cast<const unsigned char*>("abc"), 3);
    EXPECT_EQ(otherImage.finish(), ImageVerifier::Verdict::WrongHash);
    // The signature check itself runs in signed_update_round_trip.sh with keys made by openssl.
}

}  // namespace
}  // namespace filspresso
