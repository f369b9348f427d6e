#include "accessory.h"

#include "json.h"

namespace filspresso {

namespace {
constexpr uint32_t kPlainPollMs = 5000;        // between checks when not long-polling
constexpr uint32_t kRejectedWaitMs = 300000;   // a rejected token will not heal by itself
constexpr uint32_t kStartWindowMs = 40000;     // well inside the server's 60 s lease
constexpr uint32_t kStartRetryMaxMs = 5000;
}  // namespace

Accessory::Accessory(ServerApi& api, BrewProcess& process, SettingsStore& store, Clock& clock, Backoff& backoff,
                     int pollWaitSeconds, Log log)
    : api_(api), process_(process), store_(store), clock_(clock), backoff_(backoff),
      pollWaitSeconds_(pollWaitSeconds), log_(std::move(log)) {
    outboxId_ = store_.getLong("outbox.id", 0);
    outboxBody_ = store_.getString("outbox.body", "");
}

void Accessory::begin() {
    uint32_t now = clock_.millis();
    long interrupted = store_.getLong("inflight", 0);
    if (interrupted != 0 && interrupted != outboxId_) {
        Report report;
        report.status = "failed";
        report.error = "interrupted";
        report.detail = "the accessory restarted during the brew: look for a capsule left in the machine";
        report.operatorAlert = true;
        queueReport(interrupted, report);
        log_("command " + std::to_string(interrupted) + " was interrupted by a restart");
    }
    store_.remove("inflight");
    process_.reset(now);
}

void Accessory::loop() {
    uint32_t now = clock_.millis();
    process_.tick(now);
    if (process_.hasOutcome()) {
        Outcome outcome = process_.takeOutcome();
        Report report;
        report.status = outcome.complete ? "complete" : "failed";
        report.error = outcome.error;
        report.stage = outcome.complete ? "" : outcome.stage;
        report.operatorAlert = outcome.operatorAlert;
        report.actualVolumeMl = outcome.volumeMl;
        report.durationMs = outcome.durationMs;
        if (outcome.complete) {
            report.note = "brewed at the machine's own temperature (asked " + std::to_string(brewingRecipe_.temperatureC) + " C)";
        }
        queueReport(brewingId_, report);
        store_.remove("inflight");
        log_("command " + std::to_string(brewingId_) + (outcome.complete ? " complete: " + std::to_string(outcome.volumeMl) + " ml"
                                                                           : " failed: " + outcome.error));
        brewingId_ = 0;
        if (!outcome.complete) process_.reset(now);
    }
    // The network may block for seconds: only while nothing moves.
    BrewProcess::Stage stage = process_.stage();
    if (stage != BrewProcess::Stage::Idle && stage != BrewProcess::Stage::Error) return;
    if (outboxId_ != 0) {
        if (due(nextReportAt_, now)) deliverOutbox(now);
    } else if (starting_) {
        if (due(nextStartAt_, now)) tryToStart(now);
    } else if (due(nextPollAt_, now)) {
        poll();
    }
}

void Accessory::queueReport(long long commandId, const Report& report) {
    outboxId_ = commandId;
    outboxBody_ = reportBody(report);
    store_.putString("outbox.body", outboxBody_);
    store_.putLong("outbox.id", static_cast<long>(commandId));
    nextReportAt_ = clock_.millis();
}

void Accessory::deliverOutbox(uint32_t now) {
    switch (api_.report(outboxId_, outboxBody_)) {
        case ServerApi::Delivery::Delivered:
        case ServerApi::Delivery::Refused:  // e.g. cancelled meanwhile: nothing more to say
            lastEvent_ = "reported command " + std::to_string(outboxId_);
            lastReported_ = outboxId_;
            backoff_.succeeded();
            outboxId_ = 0;
            outboxBody_.clear();
            store_.remove("outbox.id");
            store_.remove("outbox.body");
            break;
        case ServerApi::Delivery::Rejected:
            log_("the server rejected the device token: pair the machine again and provision the new token");
            nextReportAt_ = now + kRejectedWaitMs;
            break;
        case ServerApi::Delivery::Retry:
            nextReportAt_ = clock_.millis() + backoff_.next();
            break;
    }
}

void Accessory::poll() {
    ServerApi::Check check = api_.check(pollWaitSeconds_);
    uint32_t after = clock_.millis();
    switch (check.kind) {
        case ServerApi::Check::Kind::Nothing:
            backoff_.succeeded();
            nextPollAt_ = pollWaitSeconds_ > 0 ? after : after + kPlainPollMs;
            break;
        case ServerApi::Check::Kind::TooSoon:
            nextPollAt_ = after + static_cast<uint32_t>(check.retryAfterSeconds) * 1000;
            break;
        case ServerApi::Check::Kind::Rejected:
            log_("the server rejected the device token: pair the machine again and provision the new token");
            nextPollAt_ = after + kRejectedWaitMs;
            break;
        case ServerApi::Check::Kind::Failed:
            nextPollAt_ = after + backoff_.next();
            log_("check failed (HTTP " + std::to_string(check.status) + "); next try in " +
                 std::to_string(nextPollAt_ - after) + " ms");
            break;
        case ServerApi::Check::Kind::Work:
            backoff_.succeeded();
            nextPollAt_ = after;
            take(check.parsed, after);
            break;
    }
}

void Accessory::take(const ParsedWork& parsed, uint32_t now) {
    const Work& work = parsed.work;
    if (parsed.kind == ParsedWork::Kind::Unusable) {
        log_("unreadable reply from the server: " + parsed.reason);
        nextPollAt_ = now + backoff_.next();
        return;
    }
    Report failed;
    failed.status = "failed";
    if (parsed.kind == ParsedWork::Kind::BadRecipe) {
        failed.error = "invalid_recipe";
        failed.field = parsed.field;
        failed.detail = parsed.reason;
        log_("command " + std::to_string(work.commandId) + " refused: " + parsed.reason);
        queueReport(work.commandId, failed);
        return;
    }
    if (!work.executeAllowed) {
        // Held by the server: it offers the command again after its lease until someone allows or cancels it.
        lastEvent_ = "command " + std::to_string(work.commandId) + " is on hold (execute_allowed=false)";
        log_(lastEvent_);
        return;
    }
    Preflight preflight = process_.preflight(work.slot, now);
    if (!preflight.ok) {
        failed.error = preflight.error;
        failed.detail = preflight.detail;
        failed.stage = "preflight";
        failed.operatorAlert = preflight.error == "accessory_needs_service";
        log_("command " + std::to_string(work.commandId) + " not brewed: " + preflight.error);
        queueReport(work.commandId, failed);
        return;
    }
    starting_ = true;
    startingWork_ = work;
    startingSlot_ = preflight.slot;
    startingDeadline_ = now + kStartWindowMs;
    tryToStart(now);
}

void Accessory::tryToStart(uint32_t now) {
    Report brewing;
    brewing.status = "brewing";
    brewing.stage = "picking";
    long long id = startingWork_.commandId;
    switch (api_.report(id, reportBody(brewing))) {
        case ServerApi::Delivery::Delivered:
            starting_ = false;
            brewingId_ = id;
            brewingRecipe_ = startingWork_.recipe;
            store_.putLong("inflight", static_cast<long>(id));
            process_.start(startingWork_.recipe, startingSlot_, clock_.millis());
            lastEvent_ = "brewing command " + std::to_string(id) + " from slot " + std::to_string(startingSlot_);
            log_(lastEvent_);
            break;
        case ServerApi::Delivery::Refused:
            starting_ = false;
            log_("command " + std::to_string(id) + " was withdrawn before it started");
            break;
        case ServerApi::Delivery::Rejected:
        case ServerApi::Delivery::Retry:
            if (due(startingDeadline_, now)) {
                starting_ = false;  // nothing moved: the server hands the command out again after its lease
                log_("could not tell the server that command " + std::to_string(id) + " starts: left for later");
            } else {
                uint32_t wait = backoff_.next();
                nextStartAt_ = clock_.millis() + (wait < kStartRetryMaxMs ? wait : kStartRetryMaxMs);
            }
            break;
    }
}

std::string Accessory::status() {
    uint32_t now = clock_.millis();
    Json json(cJSON_CreateObject());
    cJSON_AddStringToObject(json.get(), "stage", toString(process_.stage()));
    cJSON_AddStringToObject(json.get(), "ready_light", toString(process_.light(now)));
    cJSON_AddBoolToObject(json.get(), "needs_service", process_.needsService());
    cJSON_AddBoolToObject(json.get(), "report_pending", reportPending());
    if (brewingId_ != 0) cJSON_AddNumberToObject(json.get(), "brewing_command", static_cast<double>(brewingId_));
    cJSON_AddNumberToObject(json.get(), "network_failures", backoff_.failures());
    cJSON_AddStringToObject(json.get(), "last_event", lastEvent_.c_str());
    return printJson(json.get());
}

}  // namespace filspresso
