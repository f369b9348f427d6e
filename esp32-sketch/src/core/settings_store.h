#pragma once
#include <string>

namespace filspresso {

/**
 * Small persistent key/value settings: Preferences (NVS) on the ESP32, a JSON file on the host.
 * Keys are at most 15 characters (an NVS limit).
 */
class SettingsStore {
public:
    virtual ~SettingsStore() = default;
    virtual bool has(const char* key) = 0;
    virtual std::string getString(const char* key, const std::string& fallback) = 0;
    virtual void putString(const char* key, const std::string& value) = 0;
    virtual long getLong(const char* key, long fallback) = 0;
    virtual void putLong(const char* key, long value) = 0;
    virtual void remove(const char* key) = 0;
    virtual void clear() = 0;
};

}  // namespace filspresso
