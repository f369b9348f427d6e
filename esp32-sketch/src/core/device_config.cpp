#include "device_config.h"

#include "json.h"

namespace filspresso {

namespace {

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

std::string text(const cJSON* object, const char* name) {
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(object, name);
    return cJSON_IsString(item) && item->valuestring != nullptr ? item->valuestring : "";
}

Provisioning refuse(const char* field, const char* reason) {
    Provisioning p;
    p.field = field;
    p.reason = reason;
    return p;
}

}  // namespace

bool DeviceConfig::complete() const {
    return !wifiSsid.empty() && !serverUrl.empty() && machineId > 0 && !deviceToken.empty();
}

DeviceConfig DeviceConfig::load(SettingsStore& store) {
    DeviceConfig c;
    c.wifiSsid = store.getString("wifi.ssid", "");
    c.wifiPassword = store.getString("wifi.pass", "");
    c.serverUrl = store.getString("server.url", "");
    c.machineId = store.getLong("machine.id", 0);
    c.deviceToken = store.getString("device.token", "");
    c.caPem = store.getString("server.ca", "");
    c.pollWaitSeconds = static_cast<int>(store.getLong("poll.wait", 25));
    c.mqttUrl = store.getString("mqtt.url", "");
    c.otaManifestUrl = store.getString("ota.url", "");
    c.otaPublicKeyPem = store.getString("ota.key", "");
    return c;
}

void DeviceConfig::save(SettingsStore& store) const {
    store.putString("wifi.ssid", wifiSsid);
    store.putString("wifi.pass", wifiPassword);
    store.putString("server.url", serverUrl);
    store.putLong("machine.id", machineId);
    store.putString("device.token", deviceToken);
    store.putString("server.ca", caPem);
    store.putLong("poll.wait", pollWaitSeconds);
    store.putString("mqtt.url", mqttUrl);
    store.putString("ota.url", otaManifestUrl);
    store.putString("ota.key", otaPublicKeyPem);
}

Provisioning parseProvisioning(const std::string& body) {
    Json json = parseJson(body);
    if (!json || !cJSON_IsObject(json.get())) return refuse("provision", "send a JSON object");
    const cJSON* root = json.get();
    DeviceConfig c;
    c.wifiSsid = text(root, "wifi_ssid");
    c.wifiPassword = text(root, "wifi_password");
    c.serverUrl = text(root, "server_url");
    c.deviceToken = text(root, "device_token");
    c.caPem = text(root, "ca_pem");
    c.mqttUrl = text(root, "mqtt_url");
    c.otaManifestUrl = text(root, "ota_manifest_url");
    c.otaPublicKeyPem = text(root, "ota_public_key_pem");
    bool insecure = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "allow_insecure_http"));

    if (c.wifiSsid.empty() || c.wifiSsid.size() > 32) return refuse("wifi_ssid", "a network name of 1 to 32 characters");
    if (c.wifiPassword.size() > 63) return refuse("wifi_password", "at most 63 characters");
    while (!c.serverUrl.empty() && c.serverUrl.back() == '/') c.serverUrl.pop_back();
    if (startsWith(c.serverUrl, "https://")) {
        if (!startsWith(c.caPem, "-----BEGIN CERTIFICATE-----")) {
            return refuse("ca_pem", "the server's CA certificate in PEM: the accessory trusts that CA only");
        }
    } else if (!(insecure && startsWith(c.serverUrl, "http://"))) {
        return refuse("server_url", "an https:// address (http:// only with allow_insecure_http on a lab bench)");
    }
    if (c.serverUrl.size() <= 8) return refuse("server_url", "an https:// address with a host");
    long long id = 0;
    if (!jsonInt(cJSON_GetObjectItemCaseSensitive(root, "machine_id"), id) || id <= 0 || id > 2147483647LL) {
        return refuse("machine_id", "the machine's number from /account/machines");
    }
    c.machineId = static_cast<long>(id);
    if (c.deviceToken.size() < 16 || c.deviceToken.size() > 200) {
        return refuse("device_token", "the token shown once when the machine was paired");
    }
    const cJSON* wait = cJSON_GetObjectItemCaseSensitive(root, "poll_wait_s");
    if (wait != nullptr) {
        long long seconds = -1;
        if (!jsonInt(wait, seconds) || seconds < 0 || seconds > 30) return refuse("poll_wait_s", "0 to 30 seconds");
        c.pollWaitSeconds = static_cast<int>(seconds);
    }
    if (!c.otaManifestUrl.empty()) {
        if (!startsWith(c.otaManifestUrl, "https://")) return refuse("ota_manifest_url", "an https:// address");
        if (!startsWith(c.otaPublicKeyPem, "-----BEGIN PUBLIC KEY-----")) {
            return refuse("ota_public_key_pem", "the PEM public key that signs firmware images");
        }
    }
    Provisioning p;
    p.ok = true;
    p.config = c;
    return p;
}

}  // namespace filspresso
