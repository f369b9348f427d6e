#ifdef ARDUINO
#include "ota_updater.h"

#include <HTTPClient.h>
#include <Update.h>
#include <WiFiClientSecure.h>

#include "../core/ota.h"

namespace filspresso {

namespace {
constexpr uint32_t kDailyMs = 24UL * 60 * 60 * 1000;
}

void OtaUpdater::loop(uint32_t now, bool idle) {
    if (config_.otaManifestUrl.empty() || !idle) return;
    if (checkedOnce_ && static_cast<int32_t>(now - nextCheck_) < 0) return;
    checkedOnce_ = true;
    nextCheck_ = now + kDailyMs;
    checkNow();
}

void OtaUpdater::checkNow() {
    WiFiClientSecure tls;
    tls.setCACert(config_.caPem.c_str());  // updates are served under the same pinned CA
    HTTPClient http;
    http.begin(tls, config_.otaManifestUrl.c_str());
    if (http.GET() != 200) {
        http.end();
        return;
    }
    OtaManifest manifest;
    std::string error;
    bool readable = parseManifest(http.getString().c_str(), manifest, error);
    http.end();
    if (!readable) {
        Serial.printf("{\"ota\":\"unreadable manifest\",\"reason\":\"%s\"}\n", error.c_str());
        return;
    }
    if (compareVersions(manifest.version, runningVersion_) <= 0) return;  // never a downgrade

    http.begin(tls, manifest.url.c_str());
    if (http.GET() != 200 || http.getSize() != manifest.size || !Update.begin(manifest.size)) {
        http.end();
        return;
    }
    ImageVerifier verifier(config_.otaPublicKeyPem, manifest);
    WiFiClient* stream = http.getStreamPtr();
    uint8_t chunk[1024];
    long remaining = manifest.size;
    uint32_t lastData = millis();
    while (remaining > 0 && millis() - lastData < 10000) {
        size_t available = stream->available();
        if (available == 0) {
            delay(5);
            continue;
        }
        size_t n = stream->readBytes(chunk, std::min<size_t>(sizeof chunk, std::min<long>(available, remaining)));
        verifier.update(chunk, n);
        Update.write(chunk, n);
        remaining -= static_cast<long>(n);
        lastData = millis();
    }
    http.end();
    ImageVerifier::Verdict verdict = remaining == 0 ? verifier.finish() : ImageVerifier::Verdict::WrongSize;
    if (verdict != ImageVerifier::Verdict::Ok) {
        Update.abort();  // the running firmware stays
        Serial.printf("{\"ota\":\"refused %s\",\"reason\":\"%s\"}\n", manifest.version.c_str(), toString(verdict));
        return;
    }
    if (Update.end(true)) {
        Serial.printf("{\"ota\":\"installed %s, restarting\"}\n", manifest.version.c_str());
        delay(200);
        ESP.restart();
    }
}

}  // namespace filspresso
#endif
