// cJSON: bundled with ESP-IDF (and so with the Arduino ESP32 core); Debian's libcjson-dev on the host.
#pragma once
#if defined(ARDUINO)
#include "cJSON.h"
#else
#include <cjson/cJSON.h>
#endif
#include <memory>
#include <string>

namespace filspresso {

/** Owns a cJSON tree and deletes it. */
struct JsonDeleter {
    void operator()(cJSON* json) const { cJSON_Delete(json); }
};
using Json = std::unique_ptr<cJSON, JsonDeleter>;

inline Json parseJson(const std::string& text) { return Json(cJSON_ParseWithLength(text.c_str(), text.size())); }

/** Compact text of a tree (cJSON allocates it; we copy and free). */
inline std::string printJson(const cJSON* json) {
    char* text = cJSON_PrintUnformatted(json);
    std::string copy = text ? text : "";
    cJSON_free(text);
    return copy;
}

/** A whole number that fits an int, or false (cJSON keeps numbers as doubles). */
inline bool jsonInt(const cJSON* item, long long& out) {
    if (!cJSON_IsNumber(item)) return false;
    double value = item->valuedouble;
    if (value != static_cast<double>(static_cast<long long>(value)) || value > 9.0e15 || value < -9.0e15) return false;
    out = static_cast<long long>(value);
    return true;
}

}  // namespace filspresso
