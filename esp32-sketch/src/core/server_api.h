#pragma once
#include <string>

#include "command_json.h"
#include "device_config.h"
#include "http_client.h"

namespace filspresso {

/** The command contract as the accessory speaks it: check for work, report progress. */
class ServerApi {
public:
    struct Check {
        enum class Kind { Work, Nothing, TooSoon, Rejected, Failed } kind = Kind::Failed;
        ParsedWork parsed;          // Work
        long retryAfterSeconds = 0; // TooSoon
        int status = 0;
    };

    enum class Delivery {
        Delivered,  // 2xx
        Refused,    // the server will never take it (400, 404, 409): drop it
        Rejected,   // 401/403: the token is not (or no longer) valid
        Retry       // no answer, 5xx or 429: send it again later
    };

    ServerApi(HttpClient& http, const DeviceConfig& config, std::string firmwareVersion)
        : http_(http), config_(config), firmwareVersion_(std::move(firmwareVersion)) {}

    /** GET check/{machine_id}, long-polling up to waitSeconds on the server. Blocks meanwhile. */
    Check check(int waitSeconds);
    /** POST update/{id} with a body written by reportBody(). */
    Delivery report(long long commandId, const std::string& body);

private:
    std::vector<HttpHeader> headers() const;

    HttpClient& http_;
    const DeviceConfig& config_;
    std::string firmwareVersion_;
};

}  // namespace filspresso
