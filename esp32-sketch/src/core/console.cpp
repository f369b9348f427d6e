#include "console.h"

#include <cstdlib>

#include "device_config.h"
#include "json.h"

namespace filspresso {

namespace {

std::string ok() { return "{\"ok\":true}"; }

std::string refused(const std::string& field, const std::string& reason) {
    Json json(cJSON_CreateObject());
    cJSON_AddBoolToObject(json.get(), "ok", false);
    cJSON_AddStringToObject(json.get(), "field", field.c_str());
    cJSON_AddStringToObject(json.get(), "reason", reason.c_str());
    return printJson(json.get());
}

}  // namespace

Console::Console(SettingsStore& store, Calibration& calibration, Magazine& magazine, BrewProcess& process, Hardware& hw,
                 Clock& clock, std::function<std::string()> status)
    : store_(store), calibration_(calibration), magazine_(magazine), process_(process), hw_(hw), clock_(clock),
      status_(std::move(status)) {}

std::string Console::handle(const std::string& line) {
    Json json = parseJson(line);
    if (!json || !cJSON_IsObject(json.get()) || json->child == nullptr) {
        return refused("line", "send one JSON object per line, e.g. {\"status\": true}");
    }
    const cJSON* command = json->child;
    const std::string name = command->string;
    if (name == "provision") {
        Provisioning p = parseProvisioning(printJson(command));
        if (!p.ok) return refused(p.field, p.reason);
        p.config.save(store_);
        restart_ = true;
        return ok();
    }
    if (name == "calibrate") {
        std::string error;
        if (!calibration_.apply(printJson(command), store_, error)) return refused("calibrate", error);
        return ok();
    }
    if (name == "refill") {
        unsigned mask = 0;
        if (cJSON_IsString(command) && std::string(command->valuestring) == "all") {
            mask = Magazine::kAll;
        } else if (cJSON_IsArray(command)) {
            for (const cJSON* slot = command->child; slot != nullptr; slot = slot->next) {
                long long n = -1;
                if (!jsonInt(slot, n) || n < 0 || n >= Magazine::kSlots) return refused("refill", "slots are 0 to 7");
                mask |= 1u << n;
            }
        } else {
            return refused("refill", "\"all\" or a list of slots");
        }
        magazine_.refill(mask);
        return "{\"ok\":true,\"loaded\":" + std::to_string(magazine_.count()) + "}";
    }
    if (name == "scale") {
        std::string what = cJSON_IsString(command) ? command->valuestring : "";
        if (what == "tare") {
            hw_.scale.tare();
            return ok();
        }
        if (what == "read") return "{\"ok\":true,\"grams\":" + std::to_string(hw_.scale.grams()) + "}";
        return refused("scale", "\"tare\" or \"read\"");
    }
    if (name == "move") {
        if (!cJSON_IsString(command)) return refused("move", "a motion name");
        return move(command->valuestring);
    }
    if (name == "status") {
        return "{\"ok\":true,\"status\":" + status_() + ",\"calibration\":" + calibration_.toJson() +
               ",\"magazine_loaded\":" + std::to_string(magazine_.count()) + "}";
    }
    if (name == "acknowledge") {
        process_.acknowledge();
        return ok();
    }
    if (name == "forget") {
        store_.clear();
        restart_ = true;
        return ok();
    }
    return refused(name, "unknown command: provision, calibrate, refill, scale, move, status, acknowledge, forget");
}

std::string Console::move(const std::string& what) {
    BrewProcess::Stage stage = process_.stage();
    if (stage != BrewProcess::Stage::Idle && stage != BrewProcess::Stage::Error) {
        return refused("move", "not while the accessory is busy");
    }
    const Calibration& c = calibration_;
    if (what == "lever_open") hw_.lever.write(c.leverOpenDeg);
    else if (what == "lever_closed") hw_.lever.write(c.leverClosedDeg);
    else if (what == "gate_open") hw_.gate.write(c.gateOpenDeg);
    else if (what == "gate_closed") hw_.gate.write(c.gateClosedDeg);
    else if (what == "loader_open") hw_.loader.write(c.loaderOpenDeg);
    else if (what == "loader_closed") hw_.loader.write(c.loaderClosedDeg);
    else if (what == "press") hw_.button.write(c.buttonPressDeg);
    else if (what == "release") hw_.button.write(c.buttonRestDeg);
    else if (what == "home") process_.reset(clock_.millis());
    else if (what.rfind("slot:", 0) == 0) {
        int slot = std::atoi(what.c_str() + 5);
        if (slot < 0 || slot >= Magazine::kSlots) return refused("move", "slots are 0 to 7");
        hw_.magazine.moveTo(static_cast<long>(slot) * c.stepsPerSlot);
    } else {
        return refused("move", "lever_open, lever_closed, gate_open, gate_closed, loader_open, loader_closed, press, release, home or slot:N");
    }
    return ok();
}

}  // namespace filspresso
