#pragma once
#include <string>

#include "settings_store.h"

namespace filspresso {

/** Who the accessory is and where its server is: provisioned once over the serial console, kept in NVS. */
struct DeviceConfig {
    std::string wifiSsid;
    std::string wifiPassword;
    std::string serverUrl;       // https://shop.example.com (no trailing slash)
    long machineId = 0;
    std::string deviceToken;
    std::string caPem;           // the server's CA: the only one the accessory trusts
    int pollWaitSeconds = 25;    // long-poll; 0 = plain polling every 5 s
    std::string mqttUrl;         // optional wake-up channel
    std::string otaManifestUrl;  // optional
    std::string otaPublicKeyPem; // needed with otaManifestUrl

    /** Whether everything needed to talk to the server is there. */
    bool complete() const;

    static DeviceConfig load(SettingsStore& store);
    void save(SettingsStore& store) const;
};

/** The result of reading a provisioning object: the config, or the field that is wrong and why. */
struct Provisioning {
    bool ok = false;
    DeviceConfig config;
    std::string field;
    std::string reason;
};

/**
 * Reads {"wifi_ssid", "wifi_password", "server_url", "machine_id", "device_token", "ca_pem",
 * "poll_wait_s"?, "mqtt_url"?, "ota_manifest_url"?, "ota_public_key_pem"?, "allow_insecure_http"?}.
 * The server must be https with a CA unless allow_insecure_http is true (a lab bench).
 */
Provisioning parseProvisioning(const std::string& json);

}  // namespace filspresso
