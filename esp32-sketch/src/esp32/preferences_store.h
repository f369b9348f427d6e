// NVS through Preferences. Arduino-only: the host build uses host/file_settings_store.
#pragma once
#ifdef ARDUINO
#include <Preferences.h>

#include "../core/settings_store.h"

namespace filspresso {

class PreferencesStore : public SettingsStore {
public:
    void begin() { prefs_.begin("filspresso", false); }
    bool has(const char* key) override { return prefs_.isKey(key); }
    std::string getString(const char* key, const std::string& fallback) override {
        return prefs_.isKey(key) ? std::string(prefs_.getString(key).c_str()) : fallback;
    }
    void putString(const char* key, const std::string& value) override { prefs_.putString(key, value.c_str()); }
    long getLong(const char* key, long fallback) override { return prefs_.getLong(key, fallback); }
    void putLong(const char* key, long value) override { prefs_.putLong(key, value); }
    void remove(const char* key) override { prefs_.remove(key); }
    void clear() override { prefs_.clear(); }

private:
    Preferences prefs_;
};

}  // namespace filspresso
#endif
