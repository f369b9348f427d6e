#ifdef ARDUINO
#include "esp32_network.h"

#include <esp_random.h>


namespace filspresso {

Esp32HttpClient::Esp32HttpClient(const DeviceConfig& config) : secure_(config.serverUrl.rfind("https://", 0) == 0) {
    if (secure_) tls_.setCACert(config.caPem.c_str());  // pinned: no public CA bundle is trusted
    http_.setReuse(true);                                  // one keep-alive connection for the long polls
}

HttpResponse Esp32HttpClient::get(const std::string& url, const std::vector<HttpHeader>& headers, long timeoutMs) {
    return send("GET", url, headers, nullptr, timeoutMs);
}

HttpResponse Esp32HttpClient::post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body,
                                   long timeoutMs) {
    return send("POST", url, headers, &body, timeoutMs);
}

HttpResponse Esp32HttpClient::send(const char* method, const std::string& url, const std::vector<HttpHeader>& headers,
                                   const std::string* body, long timeoutMs) {
    HttpResponse response;
    if (WiFi.status() != WL_CONNECTED || !http_.begin(transport(), url.c_str())) return response;
    http_.setTimeout(static_cast<uint16_t>(timeoutMs > 65000 ? 65000 : timeoutMs));
    for (const HttpHeader& h : headers) http_.addHeader(h.name.c_str(), h.value.c_str());
    const char* wanted[] = {"Retry-After"};
    http_.collectHeaders(wanted, 1);
    int status = body ? http_.sendRequest(method, reinterpret_cast<uint8_t*>(const_cast<char*>(body->data())), body->size())
                      : http_.sendRequest(method);
    if (status > 0) {
        response.status = status;
        response.body = http_.getString().c_str();
        if (http_.hasHeader("Retry-After")) response.retryAfterSeconds = http_.header("Retry-After").toInt();
    }
    http_.end();
    return response;
}

WifiLink::WifiLink(const DeviceConfig& config) : config_(config), backoff_(2000, 60000, [] { return esp_random(); }) {}

void WifiLink::begin() {
    WiFi.mode(WIFI_STA);
    WiFi.setAutoReconnect(false);  // reconnects are ours, with back-off
    WiFi.begin(config_.wifiSsid.c_str(), config_.wifiPassword.c_str());
}

bool WifiLink::connected(uint32_t now) {
    if (WiFi.status() == WL_CONNECTED) {
        if (!wasConnected_) Serial.printf("{\"wifi\":\"connected\",\"ip\":\"%s\"}\n", WiFi.localIP().toString().c_str());
        wasConnected_ = true;
        backoff_.succeeded();
        return true;
    }
    if (wasConnected_) Serial.println("{\"wifi\":\"lost\"}");
    wasConnected_ = false;
    if (static_cast<int32_t>(now - nextAttempt_) >= 0) {
        WiFi.disconnect();
        WiFi.begin(config_.wifiSsid.c_str(), config_.wifiPassword.c_str());
        nextAttempt_ = now + 10000 + backoff_.next();  // give the attempt 10 s, then wait
    }
    return false;
}

#ifdef FILSPRESSO_WITH_MQTT
MqttWake::MqttWake(const DeviceConfig& config, std::function<void()> wake) : config_(config), wake_(std::move(wake)) {
    // mqtt://host:port or mqtts://host:port
    const std::string& url = config.mqttUrl;
    bool secure = url.rfind("mqtts://", 0) == 0;
    size_t scheme = url.find("://");
    std::string rest = scheme == std::string::npos ? url : url.substr(scheme + 3);
    size_t colon = rest.find(':');
    host_ = rest.substr(0, colon);
    uint16_t port = colon == std::string::npos ? (secure ? 8883 : 1883) : static_cast<uint16_t>(atoi(rest.c_str() + colon + 1));
    topic_ = "filspresso/machines/" + std::to_string(config.machineId) + "/commands";
    if (secure) tls_.setCACert(config.caPem.c_str());
    client_.setClient(secure ? static_cast<Client&>(tls_) : plain_);
    client_.setServer(host_.c_str(), port);
    client_.setCallback([this](char*, uint8_t*, unsigned int) { wake_(); });
}

void MqttWake::loop(uint32_t now) {
    if (config_.mqttUrl.empty()) return;
    if (!client_.connected() && static_cast<int32_t>(now - nextAttempt_) >= 0) {
        std::string id = "filspresso-accessory-" + std::to_string(config_.machineId);
        if (client_.connect(id.c_str())) client_.subscribe(topic_.c_str(), 1);
        nextAttempt_ = now + 30000;
    }
    client_.loop();
}
#endif

}  // namespace filspresso
#endif
