#pragma once
#include <string>

#include "../src/core/json.h"
#include "../src/core/settings_store.h"

namespace filspresso {

/** The host's stand-in for NVS: a JSON file rewritten on every change (or memory only, with an empty path). */
class FileSettingsStore : public SettingsStore {
public:
    explicit FileSettingsStore(std::string path = "");

    bool has(const char* key) override;
    std::string getString(const char* key, const std::string& fallback) override;
    void putString(const char* key, const std::string& value) override;
    long getLong(const char* key, long fallback) override;
    void putLong(const char* key, long value) override;
    void remove(const char* key) override;
    void clear() override;

private:
    void put(const char* key, cJSON* value);
    void save();

    std::string path_;
    Json values_;
};

}  // namespace filspresso
