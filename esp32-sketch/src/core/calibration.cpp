#include "calibration.h"

#include <cmath>
#include <cstdlib>

#include "json.h"

namespace filspresso {

namespace {

/** One calibration value: its console name, its NVS key (15 characters at most) and its range. */
struct Field {
    const char* name;
    const char* key;
    double min, max;
    long Calibration::*whole;
    int Calibration::*small;
    double Calibration::*real;

    double get(const Calibration& c) const {
        if (whole) return static_cast<double>(c.*whole);
        if (small) return c.*small;
        return c.*real;
    }
    void set(Calibration& c, double value) const {
        if (whole) c.*whole = static_cast<long>(value);
        else if (small) c.*small = static_cast<int>(value);
        else c.*real = value;
    }
    bool integral() const { return real == nullptr; }
};

constexpr Field L(const char* n, const char* k, double lo, double hi, long Calibration::*m) { return {n, k, lo, hi, m, nullptr, nullptr}; }
constexpr Field I(const char* n, const char* k, double lo, double hi, int Calibration::*m) { return {n, k, lo, hi, nullptr, m, nullptr}; }
constexpr Field D(const char* n, const char* k, double lo, double hi, double Calibration::*m) { return {n, k, lo, hi, nullptr, nullptr, m}; }

const Field kFields[] = {
    L("steps_per_slot", "c.slot", 1, 100000, &Calibration::stepsPerSlot),
    I("gate_closed_deg", "c.gateC", 0, 180, &Calibration::gateClosedDeg),
    I("gate_open_deg", "c.gateO", 0, 180, &Calibration::gateOpenDeg),
    I("loader_closed_deg", "c.loadC", 0, 180, &Calibration::loaderClosedDeg),
    I("loader_open_deg", "c.loadO", 0, 180, &Calibration::loaderOpenDeg),
    I("lever_closed_deg", "c.leverC", 0, 180, &Calibration::leverClosedDeg),
    I("lever_open_deg", "c.leverO", 0, 180, &Calibration::leverOpenDeg),
    I("button_rest_deg", "c.btnR", 0, 180, &Calibration::buttonRestDeg),
    I("button_press_deg", "c.btnP", 0, 180, &Calibration::buttonPressDeg),
    L("press_ms", "c.press", 50, 2000, &Calibration::pressMs),
    L("light_threshold", "c.light", 1, 4095, &Calibration::lightThreshold),
    D("scale_counts_per_g", "c.scale", 0.001, 1.0e7, &Calibration::scaleCountsPerGram),
    L("ms_per_ml", "c.msml", 50, 5000, &Calibration::msPerMl),
    I("stop_lead_ml", "c.lead", 0, 20, &Calibration::stopLeadMl),
    I("pre_infusion_ml", "c.preml", 1, 20, &Calibration::preInfusionMl),
    L("rotate_timeout_ms", "c.tRot", 100, 120000, &Calibration::rotateTimeoutMs),
    L("pick_timeout_ms", "c.tPick", 100, 120000, &Calibration::pickTimeoutMs),
    L("drop_timeout_ms", "c.tDrop", 100, 120000, &Calibration::dropTimeoutMs),
    L("lever_timeout_ms", "c.tLever", 100, 120000, &Calibration::leverTimeoutMs),
    L("ready_timeout_ms", "c.tReady", 1000, 600000, &Calibration::readyTimeoutMs),
    L("flow_start_timeout_ms", "c.tFlow", 500, 120000, &Calibration::flowStartTimeoutMs),
    L("flow_stall_ms", "c.tStall", 200, 120000, &Calibration::flowStallMs),
    L("disagreement_ms", "c.tDisagree", 200, 120000, &Calibration::disagreementMs),
    L("drain_timeout_ms", "c.tDrain", 1000, 600000, &Calibration::drainTimeoutMs),
    L("homing_timeout_ms", "c.tHome", 100, 120000, &Calibration::homingTimeoutMs),
    L("eject_ms", "c.eject", 50, 10000, &Calibration::ejectMs),
};

}  // namespace

Calibration Calibration::load(SettingsStore& store) {
    Calibration c;
    for (const Field& f : kFields) {
        if (!store.has(f.key)) continue;
        if (f.integral()) {
            f.set(c, static_cast<double>(store.getLong(f.key, static_cast<long>(f.get(c)))));
        } else {
            // Stored as text: NVS has no double type.
            f.set(c, std::atof(store.getString(f.key, "").c_str()));
        }
    }
    return c;
}

bool Calibration::apply(const std::string& text, SettingsStore& store, std::string& error) {
    Json json = parseJson(text);
    if (!json || !cJSON_IsObject(json.get())) {
        error = "calibrate takes an object of name: value";
        return false;
    }
    Calibration changed = *this;
    for (const cJSON* item = json->child; item != nullptr; item = item->next) {
        const Field* field = nullptr;
        for (const Field& f : kFields) {
            if (std::string(f.name) == item->string) field = &f;
        }
        if (field == nullptr) {
            error = std::string("unknown calibration value ") + item->string;
            return false;
        }
        if (!cJSON_IsNumber(item) || item->valuedouble < field->min || item->valuedouble > field->max ||
            (field->integral() && std::floor(item->valuedouble) != item->valuedouble)) {
            error = std::string(item->string) + " must be " + (field->integral() ? "a whole number " : "a number ") + "from " +
                    std::to_string(static_cast<long>(field->min)) + " to " + std::to_string(static_cast<long>(field->max));
            return false;
        }
        field->set(changed, item->valuedouble);
    }
    for (const Field& f : kFields) {
        if (f.get(changed) == f.get(*this)) continue;
        if (f.integral()) store.putLong(f.key, static_cast<long>(f.get(changed)));
        else store.putString(f.key, std::to_string(f.get(changed)));
    }
    *this = changed;
    return true;
}

std::string Calibration::toJson() const {
    Json json(cJSON_CreateObject());
    for (const Field& f : kFields) cJSON_AddNumberToObject(json.get(), f.name, f.get(*this));
    return printJson(json.get());
}

}  // namespace filspresso
