#include "file_settings_store.h"

#include <fstream>
#include <sstream>

namespace filspresso {

FileSettingsStore::FileSettingsStore(std::string path) : path_(std::move(path)) {
    if (!path_.empty()) {
        std::ifstream in(path_);
        std::stringstream text;
        text << in.rdbuf();
        values_ = parseJson(text.str());
    }
    if (!values_ || !cJSON_IsObject(values_.get())) values_.reset(cJSON_CreateObject());
}

bool FileSettingsStore::has(const char* key) { return cJSON_GetObjectItemCaseSensitive(values_.get(), key) != nullptr; }

std::string FileSettingsStore::getString(const char* key, const std::string& fallback) {
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(values_.get(), key);
    return cJSON_IsString(item) ? item->valuestring : fallback;
}

long FileSettingsStore::getLong(const char* key, long fallback) {
    long long value = 0;
    return jsonInt(cJSON_GetObjectItemCaseSensitive(values_.get(), key), value) ? static_cast<long>(value) : fallback;
}

void FileSettingsStore::putString(const char* key, const std::string& value) { put(key, cJSON_CreateString(value.c_str())); }

void FileSettingsStore::putLong(const char* key, long value) { put(key, cJSON_CreateNumber(static_cast<double>(value))); }

void FileSettingsStore::put(const char* key, cJSON* value) {
    if (has(key)) cJSON_ReplaceItemInObjectCaseSensitive(values_.get(), key, value);
    else cJSON_AddItemToObject(values_.get(), key, value);
    save();
}

void FileSettingsStore::remove(const char* key) {
    cJSON_DeleteItemFromObjectCaseSensitive(values_.get(), key);
    save();
}

void FileSettingsStore::clear() {
    values_.reset(cJSON_CreateObject());
    save();
}

void FileSettingsStore::save() {
    if (path_.empty()) return;
    std::ofstream out(path_, std::ios::trunc);
    out << printJson(values_.get());
}

}  // namespace filspresso
