#include "server_api.h"

namespace filspresso {

std::vector<HttpHeader> ServerApi::headers() const {
    return {{"Authorization", "Bearer " + config_.deviceToken},
            {"X-Firmware-Version", firmwareVersion_},
            {"Accept", "application/json"}};
}

ServerApi::Check ServerApi::check(int waitSeconds) {
    std::string url = config_.serverUrl + "/api/commands/check/" + std::to_string(config_.machineId);
    if (waitSeconds > 0) url += "?wait=" + std::to_string(waitSeconds);
    HttpResponse response = http_.get(url, headers(), (waitSeconds + 10) * 1000L);
    Check result;
    result.status = response.status;
    if (response.status == 204) {
        result.kind = Check::Kind::Nothing;
    } else if (response.status == 200) {
        result.parsed = parseWork(response.body);
        result.kind = Check::Kind::Work;
    } else if (response.status == 429) {
        result.kind = Check::Kind::TooSoon;
        result.retryAfterSeconds = response.retryAfterSeconds > 0 ? response.retryAfterSeconds : 5;
    } else if (response.status == 401 || response.status == 403) {
        result.kind = Check::Kind::Rejected;
    } else {
        result.kind = Check::Kind::Failed;
    }
    return result;
}

ServerApi::Delivery ServerApi::report(long long commandId, const std::string& body) {
    std::vector<HttpHeader> h = headers();
    h.push_back({"Content-Type", "application/json"});
    HttpResponse response = http_.post(config_.serverUrl + "/api/commands/update/" + std::to_string(commandId), h, body, 15000);
    if (response.status >= 200 && response.status < 300) return Delivery::Delivered;
    if (response.status == 401 || response.status == 403) return Delivery::Rejected;
    if (response.status == 0 || response.status == 429 || response.status >= 500) return Delivery::Retry;
    return Delivery::Refused;
}

}  // namespace filspresso
