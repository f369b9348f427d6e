#pragma once
#include <functional>
#include <string>

#include "backoff.h"
#include "brew_process.h"
#include "clock.h"
#include "server_api.h"
#include "settings_store.h"

namespace filspresso {

/**
 * The accessory's network side around the brew process: asks the server for work, checks it,
 * reports "brewing" before the first motion (and moves only once the server took that, so a
 * capsule is never brewed twice), and reports the outcome. The final report waits in an outbox
 * kept in NVS until the server has it; a brew cut short by a restart is reported "interrupted".
 */
class Accessory {
public:
    using Log = std::function<void(const std::string&)>;

    Accessory(ServerApi& api, BrewProcess& process, SettingsStore& store, Clock& clock, Backoff& backoff,
              int pollWaitSeconds, Log log);

    /** Start-up: reports a brew interrupted by a restart, then brings the hardware home. */
    void begin();
    /** One pass of the main loop. May block on the network while the hardware is at rest. */
    void loop();
    /** Something (an MQTT message) says there is work: check at once. */
    void wake() { nextPollAt_ = clock_.millis(); }

    bool reportPending() const { return outboxId_ != 0; }
    /** The last command whose outcome the server has taken (0: none yet). */
    long long lastReported() const { return lastReported_; }
    /** A one-line JSON summary for the serial console. */
    std::string status();

private:
    void deliverOutbox(uint32_t now);
    void queueReport(long long commandId, const Report& report);
    void poll();
    void take(const ParsedWork& parsed, uint32_t now);
    void tryToStart(uint32_t now);
    bool due(uint32_t at, uint32_t now) const { return static_cast<int32_t>(now - at) >= 0; }

    ServerApi& api_;
    BrewProcess& process_;
    SettingsStore& store_;
    Clock& clock_;
    Backoff& backoff_;
    int pollWaitSeconds_;
    Log log_;

    long long outboxId_ = 0;
    std::string outboxBody_;
    uint32_t nextReportAt_ = 0;
    uint32_t nextPollAt_ = 0;

    // A command that passed its checks, waiting for the server to accept "brewing".
    bool starting_ = false;
    Work startingWork_;
    int startingSlot_ = -1;
    uint32_t startingDeadline_ = 0;
    uint32_t nextStartAt_ = 0;

    long long brewingId_ = 0;
    Recipe brewingRecipe_;
    std::string lastEvent_;
    long long lastReported_ = 0;
};

}  // namespace filspresso
