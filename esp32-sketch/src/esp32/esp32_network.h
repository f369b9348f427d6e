// Wi-Fi, HTTPS with the server's CA pinned, and the optional MQTT wake-up. Arduino-only.
#pragma once
#ifdef ARDUINO
#include <HTTPClient.h>
#include <WiFi.h>
#include <WiFiClientSecure.h>
#ifdef FILSPRESSO_WITH_MQTT
#include <PubSubClient.h>
#endif

#include "../core/backoff.h"
#include "../core/device_config.h"
#include "../core/http_client.h"

namespace filspresso {

/** HTTPClient over TLS trusting only the provisioned CA (plain TCP only for an http:// lab server). */
class Esp32HttpClient : public HttpClient {
public:
    explicit Esp32HttpClient(const DeviceConfig& config);
    HttpResponse get(const std::string& url, const std::vector<HttpHeader>& headers, long timeoutMs) override;
    HttpResponse post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body,
                      long timeoutMs) override;
private:
    WiFiClient& transport() { return secure_ ? static_cast<WiFiClient&>(tls_) : plain_; }
    HttpResponse send(const char* method, const std::string& url, const std::vector<HttpHeader>& headers,
                      const std::string* body, long timeoutMs);

    bool secure_;
    WiFiClientSecure tls_;
    WiFiClient plain_;
    HTTPClient http_;
};

/** Keeps the station connected: reconnects with exponential back-off (2 s to 60 s, jittered). */
class WifiLink {
public:
    explicit WifiLink(const DeviceConfig& config);
    void begin();
    /** Call every loop pass; true while connected. */
    bool connected(uint32_t now);

private:
    const DeviceConfig& config_;
    Backoff backoff_;
    uint32_t nextAttempt_ = 0;
    bool wasConnected_ = false;
};

#ifdef FILSPRESSO_WITH_MQTT
/** Subscribes to filspresso/machines/{id}/commands; a message means "check now". HTTP stays the source of truth. */
class MqttWake {
public:
    MqttWake(const DeviceConfig& config, std::function<void()> wake);
    void loop(uint32_t now);

private:
    const DeviceConfig& config_;
    std::function<void()> wake_;
    WiFiClientSecure tls_;  // mqtts://, trusting the provisioned CA only
    WiFiClient plain_;
    PubSubClient client_;
    std::string host_;
    std::string topic_;
    uint32_t nextAttempt_ = 0;
};
#endif

}  // namespace filspresso
#endif
