#include "command_json.h"

#include "json.h"

namespace filspresso {

namespace {

bool readText(const cJSON* object, const char* name, std::string& out) {
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(object, name);
    if (!cJSON_IsString(item) || item->valuestring == nullptr || item->valuestring[0] == '\0') return false;
    out = item->valuestring;
    return true;
}

bool readInt(const cJSON* object, const char* name, int& out) {
    long long value = 0;
    if (!jsonInt(cJSON_GetObjectItemCaseSensitive(object, name), value) || value < -2147483647LL || value > 2147483647LL) {
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

}  // namespace

ParsedWork parseWork(const std::string& body) {
    ParsedWork parsed;
    Json json = parseJson(body);
    if (!json || !cJSON_IsObject(json.get())) {
        parsed.reason = "the reply is not a JSON object";
        return parsed;
    }
    long long id = 0;
    if (!jsonInt(cJSON_GetObjectItemCaseSensitive(json.get(), "command_id"), id) || id <= 0) {
        parsed.reason = "the reply has no command_id";
        return parsed;
    }
    parsed.work.commandId = id;
    const cJSON* allowed = cJSON_GetObjectItemCaseSensitive(json.get(), "execute_allowed");
    parsed.work.executeAllowed = cJSON_IsTrue(allowed);  // missing or odd: do not act

    const cJSON* instructions = cJSON_GetObjectItemCaseSensitive(json.get(), "accessory_instructions");
    if (cJSON_IsObject(instructions)) {
        int slot = -1;
        if (readInt(instructions, "slot", slot)) parsed.work.slot = slot;
    }

    parsed.kind = ParsedWork::Kind::BadRecipe;
    const cJSON* recipe = cJSON_GetObjectItemCaseSensitive(json.get(), "recipe");
    Recipe& r = parsed.work.recipe;
    const char* missing = nullptr;
    if (!cJSON_IsObject(recipe)) missing = "recipe";
    else if (!readInt(recipe, "volume_ml", r.volumeMl)) missing = "volume_ml";
    else if (!readInt(recipe, "temperature_c", r.temperatureC)) missing = "temperature_c";
    else if (!readInt(recipe, "pre_infusion_ms", r.preInfusionMs)) missing = "pre_infusion_ms";
    else if (!readText(recipe, "capsule_type", r.capsuleType)) missing = "capsule_type";
    else if (!readText(recipe, "capsule_variant", r.capsuleVariant)) missing = "capsule_variant";
    if (missing != nullptr) {
        parsed.field = missing;
        parsed.reason = std::string(missing) + " is missing or not of the right type";
        return parsed;
    }
    if (parsed.work.slot < -1 || parsed.work.slot > 7) {
        parsed.field = "accessory_instructions.slot";
        parsed.reason = "the magazine has slots 0 to 7";
        return parsed;
    }
    RecipeCheck check = checkRecipe(r);
    if (!check.ok) {
        parsed.field = check.field;
        parsed.reason = check.reason;
        return parsed;
    }
    parsed.kind = ParsedWork::Kind::Ok;
    return parsed;
}

std::string reportBody(const Report& report) {
    Json body(cJSON_CreateObject());
    cJSON_AddStringToObject(body.get(), "status", report.status.c_str());
    cJSON* meta = cJSON_AddObjectToObject(body.get(), "meta");
    if (!report.error.empty()) cJSON_AddStringToObject(meta, "error", report.error.c_str());
    if (!report.detail.empty()) cJSON_AddStringToObject(meta, "detail", report.detail.c_str());
    if (!report.field.empty()) cJSON_AddStringToObject(meta, "field", report.field.c_str());
    if (!report.stage.empty()) cJSON_AddStringToObject(meta, "stage", report.stage.c_str());
    if (report.actualVolumeMl >= 0) cJSON_AddNumberToObject(meta, "actual_volume_ml", report.actualVolumeMl);
    if (report.durationMs >= 0) cJSON_AddNumberToObject(meta, "duration_ms", static_cast<double>(report.durationMs));
    if (report.operatorAlert) cJSON_AddBoolToObject(meta, "operator_alert", true);
    if (!report.note.empty()) cJSON_AddStringToObject(meta, "note", report.note.c_str());
    return printJson(body.get());
}

}  // namespace filspresso
