#include <gtest/gtest.h>

#include <deque>

#include "../src/core/accessory.h"
#include "bench.h"

namespace filspresso {
namespace {

/** The server as the accessory sees it: scripted answers, every request recorded. */
class ScriptedServer : public HttpClient {
public:
    struct Request {
        std::string method, url, body;
        std::vector<HttpHeader> headers;
        bool magazineMoved;  // had anything moved when the request was sent?
    };

    explicit ScriptedServer(SimulatedRig& rig) : rig_(rig) {}

    HttpResponse get(const std::string& url, const std::vector<HttpHeader>& headers, long) override {
        requests.push_back({"GET", url, "", headers, moved()});
        if (checks.empty()) return {204, "", -1};
        HttpResponse r = checks.front();
        checks.pop_front();
        return r;
    }
    HttpResponse post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body, long) override {
        requests.push_back({"POST", url, body, headers, moved()});
        if (updates.empty()) return {200, "{\"status\":\"updated\"}", -1};
        HttpResponse r = updates.front();
        updates.pop_front();
        return r;
    }

    std::vector<Request> posts() const {
        std::vector<Request> found;
        for (const Request& r : requests) {
            if (r.method == "POST") found.push_back(r);
        }
        return found;
    }

    std::deque<HttpResponse> checks;
    std::deque<HttpResponse> updates;
    std::vector<Request> requests;

private:
    bool moved() { return rig_.buttonPresses() > 0 || !rig_.slotHasCapsule(0); }
    SimulatedRig& rig_;
};

std::string work(long long id, const std::string& recipeJson, bool allowed = true) {
    return "{\"command_id\":" + std::to_string(id) + ",\"recipe\":" + recipeJson + ",\"execute_allowed\":" +
           (allowed ? "true" : "false") + ",\"meta\":{},\"accessory_instructions\":null,\"created_at\":\"2026-11-24T09:00:00Z\"}";
}

const char* kEspresso =
    "{\"volume_ml\":40,\"temperature_c\":92,\"pre_infusion_ms\":0,\"capsule_type\":\"original\",\"capsule_variant\":\"espresso\"}";

Json meta(const std::string& body) {
    Json json = parseJson(body);
    return Json(cJSON_DetachItemFromObject(json.get(), "meta"));
}

std::string text(const Json& object, const char* name) {
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(object.get(), name);
    return cJSON_IsString(item) ? item->valuestring : "";
}

struct Device {
    explicit Device(Faults faults = {}, int wait = 25) : bench(faults), server(bench.rig) {
        config.serverUrl = "https://shop.example.com";
        config.machineId = 12;
        config.deviceToken = "fdt_0123456789abcdef";
        api = std::make_unique<ServerApi>(server, config, "1.0.0");
        accessory = std::make_unique<Accessory>(*api, bench.process, bench.store, bench.clock, backoff, wait,
                                                [](const std::string&) {});
    }

    /** Runs the loop, 10 ms per pass, for a while. */
    void run(uint32_t ms) {
        for (uint32_t t = 0; t < ms; t += 10) {
            accessory->loop();
            bench.clock.now += 10;
        }
    }

    /** Start-up (homing the magazine) until the first request has gone out. */
    void startUntilFirstRequest() {
        accessory->begin();
        while (server.requests.empty()) {
            accessory->loop();
            bench.clock.now += 10;
        }
    }

    Bench bench;
    ScriptedServer server;
    DeviceConfig config;
    Backoff backoff{1000, 60000, [] { return 0xFFFFFFFFu; }};  // always the longest wait
    std::unique_ptr<ServerApi> api;
    std::unique_ptr<Accessory> accessory;
};

TEST(Accessory, AsksForWorkWithItsTokenAndLongPolls) {
    Device device;
    device.accessory->begin();
    device.run(20000);
    ASSERT_FALSE(device.server.requests.empty());
    const auto& first = device.server.requests.front();
    EXPECT_EQ(first.url, "https://shop.example.com/api/commands/check/12?wait=25");
    bool bearer = false, firmware = false;
    for (const HttpHeader& h : first.headers) {
        bearer |= h.name == "Authorization" && h.value == "Bearer fdt_0123456789abcdef";
        firmware |= h.name == "X-Firmware-Version" && h.value == "1.0.0";
    }
    EXPECT_TRUE(bearer);
    EXPECT_TRUE(firmware);
}

TEST(Accessory, ReportsBrewingBeforeTheFirstMotionThenCompleteWithTheVolume) {
    Device device;
    device.server.checks.push_back({200, work(421, kEspresso), -1});
    device.accessory->begin();
    device.run(120000);

    auto posts = device.server.posts();
    ASSERT_EQ(posts.size(), 2u);
    EXPECT_EQ(posts[0].url, "https://shop.example.com/api/commands/update/421");
    EXPECT_EQ(text(parseJson(posts[0].body), "status"), "brewing");
    EXPECT_FALSE(posts[0].magazineMoved) << "nothing moves before the server knows";
    EXPECT_EQ(text(parseJson(posts[1].body), "status"), "complete");
    Json done = meta(posts[1].body);
    EXPECT_NEAR(cJSON_GetObjectItem(done.get(), "actual_volume_ml")->valuedouble, 40, 1.5);
    EXPECT_GT(cJSON_GetObjectItem(done.get(), "duration_ms")->valuedouble, 15000);
    EXPECT_NE(text(done, "note").find("own temperature"), std::string::npos);
    EXPECT_FALSE(device.bench.store.has("inflight"));
    EXPECT_FALSE(device.accessory->reportPending());
    EXPECT_EQ(device.accessory->lastReported(), 421);
}

TEST(Accessory, APickFailureIsReportedFailedWithPickFailed) {
    Device device(Faults{true});
    device.server.checks.push_back({200, work(7, kEspresso), -1});
    device.accessory->begin();
    device.run(60000);
    auto posts = device.server.posts();
    ASSERT_EQ(posts.size(), 2u);
    EXPECT_EQ(text(parseJson(posts[1].body), "status"), "failed");
    Json failed = meta(posts[1].body);
    EXPECT_EQ(text(failed, "error"), "pick_failed");
    EXPECT_EQ(text(failed, "stage"), "picking");
    EXPECT_EQ(device.bench.process.stage(), BrewProcess::Stage::Idle) << "reset after the failure";
}

TEST(Accessory, ACommandWithdrawnBeforeItStartsIsNotBrewed) {
    Device device;
    device.server.checks.push_back({200, work(9, kEspresso), -1});
    device.server.updates.push_back({409, "{\"current_status\":\"cancelled\"}", -1});
    device.accessory->begin();
    device.run(60000);
    EXPECT_EQ(device.server.posts().size(), 1u);
    EXPECT_EQ(device.bench.rig.buttonPresses(), 0);
    EXPECT_TRUE(device.bench.rig.slotHasCapsule(0));
}

TEST(Accessory, WhenTheServerCannotBeToldItStartsNothingMovesAndTheCommandIsLeftForLater) {
    Device device;
    device.server.checks.push_back({200, work(10, kEspresso), -1});
    for (int i = 0; i < 50; ++i) device.server.updates.push_back({0, "", -1});
    device.accessory->begin();
    device.run(60000);
    EXPECT_GE(device.server.posts().size(), 3u) << "tried more than once";
    EXPECT_EQ(device.bench.rig.buttonPresses(), 0);
    EXPECT_TRUE(device.bench.rig.slotHasCapsule(0));
    EXPECT_EQ(device.bench.process.stage(), BrewProcess::Stage::Idle);
}

TEST(Accessory, AFinalReportTheServerDidNotGetSurvivesARestart) {
    Device device;
    device.server.checks.push_back({200, work(11, kEspresso), -1});
    device.server.updates.push_back({200, "{}", -1});           // brewing
    for (int i = 0; i < 40; ++i) device.server.updates.push_back({503, "", -1});  // the outcome, refused for a while
    device.accessory->begin();
    device.run(60000);
    ASSERT_TRUE(device.accessory->reportPending());
    EXPECT_TRUE(device.bench.store.has("outbox.body"));

    // Power cycle: a new accessory on the same NVS, and the server is back.
    device.server.updates.clear();
    device.server.requests.clear();
    Accessory restarted(*device.api, device.bench.process, device.bench.store, device.bench.clock, device.backoff, 25,
                        [](const std::string&) {});
    restarted.begin();
    for (int i = 0; i < 2000 && restarted.reportPending(); ++i) {
        restarted.loop();
        device.bench.clock.now += 10;
    }
    auto posts = device.server.posts();
    ASSERT_FALSE(posts.empty());
    EXPECT_EQ(posts[0].url, "https://shop.example.com/api/commands/update/11");
    EXPECT_EQ(text(parseJson(posts[0].body), "status"), "complete");
    EXPECT_FALSE(device.bench.store.has("outbox.body"));
}

TEST(Accessory, ABrewCutShortByARestartIsReportedInterrupted) {
    Device device;
    device.bench.store.putLong("inflight", 77);
    device.accessory->begin();
    device.run(30000);
    auto posts = device.server.posts();
    ASSERT_EQ(posts.size(), 1u);
    EXPECT_EQ(posts[0].url, "https://shop.example.com/api/commands/update/77");
    Json m = meta(posts[0].body);
    EXPECT_EQ(text(m, "error"), "interrupted");
    EXPECT_TRUE(cJSON_IsTrue(cJSON_GetObjectItem(m.get(), "operator_alert")));
    EXPECT_FALSE(device.bench.store.has("inflight"));
}

TEST(Accessory, AHeldCommandIsNeitherBrewedNorReported) {
    Device device;
    device.server.checks.push_back({200, work(12, kEspresso, false), -1});
    device.accessory->begin();
    device.run(30000);
    EXPECT_TRUE(device.server.posts().empty());
    EXPECT_EQ(device.bench.rig.buttonPresses(), 0);
}

TEST(Accessory, AnInvalidRecipeIsRefusedNamingTheFieldWithoutMoving) {
    Device device;
    std::string tooMuch = kEspresso;
    tooMuch.replace(tooMuch.find("40"), 2, "500");
    device.server.checks.push_back({200, work(13, tooMuch), -1});
    device.accessory->begin();
    device.run(30000);
    auto posts = device.server.posts();
    ASSERT_EQ(posts.size(), 1u);
    EXPECT_EQ(text(parseJson(posts[0].body), "status"), "failed");
    Json m = meta(posts[0].body);
    EXPECT_EQ(text(m, "error"), "invalid_recipe");
    EXPECT_EQ(text(m, "field"), "volume_ml");
    EXPECT_FALSE(posts[0].magazineMoved);
}

TEST(Accessory, APreflightFailureIsReportedWithoutMoving) {
    Faults faults;
    faults.waterLow = true;
    Device device(faults);
    device.server.checks.push_back({200, work(14, kEspresso), -1});
    device.accessory->begin();
    device.run(30000);
    auto posts = device.server.posts();
    ASSERT_EQ(posts.size(), 1u);
    Json m = meta(posts[0].body);
    EXPECT_EQ(text(m, "error"), "water_low");
    EXPECT_EQ(text(m, "stage"), "preflight");
}

TEST(Accessory, MalformedRepliesAreSkippedWithBackOff) {
    for (const char* garbage : {"", "not json", "[1,2]", "{\"command_id\":\"x\"}", "{\"command_id\":-3}", "{\"comm"}) {
        Device device;
        device.server.checks.push_back({200, garbage, -1});
        device.startUntilFirstRequest();
        device.run(900);
        EXPECT_EQ(device.server.requests.size(), 1u) << "backs off after: " << garbage;
        EXPECT_TRUE(device.server.posts().empty()) << garbage;
        device.run(200);
        EXPECT_GE(device.server.requests.size(), 2u) << "and tries again: " << garbage;
    }
}

TEST(Accessory, HonoursRetryAfterAndWaitsLongWhenTheTokenIsRejected) {
    Device busy;
    busy.server.checks.push_back({429, "", 7});
    busy.startUntilFirstRequest();
    busy.run(6900);
    EXPECT_EQ(busy.server.requests.size(), 1u);
    busy.run(200);
    EXPECT_GE(busy.server.requests.size(), 2u);

    Device revoked;
    revoked.server.checks.push_back({401, "", -1});
    revoked.startUntilFirstRequest();
    revoked.run(290000);
    EXPECT_EQ(revoked.server.requests.size(), 1u) << "a rejected token does not heal by asking again";
}

TEST(Accessory, NetworkFailuresBackOffExponentially) {
    Device device;
    for (int i = 0; i < 10; ++i) device.server.checks.push_back({0, "", -1});
    device.startUntilFirstRequest();
    device.run(1000 + 2000 + 4000 + 8000 - 100);  // the longest waits: 1, 2, 4, 8 s
    EXPECT_EQ(device.server.requests.size(), 4u);
    device.run(200);
    EXPECT_EQ(device.server.requests.size(), 5u);
}

TEST(Accessory, PlainPollingWaitsBetweenChecks) {
    Device device(Faults{}, 0);
    device.startUntilFirstRequest();
    device.run(10100);
    ASSERT_FALSE(device.server.requests.empty());
    EXPECT_EQ(device.server.requests.front().url, "https://shop.example.com/api/commands/check/12");
    EXPECT_EQ(device.server.requests.size(), 3u);
}

}  // namespace
}  // namespace filspresso
