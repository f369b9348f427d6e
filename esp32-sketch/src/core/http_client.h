#pragma once
#include <string>
#include <vector>

namespace filspresso {

struct HttpHeader {
    std::string name;
    std::string value;
};

struct HttpResponse {
    int status = 0;          // 0: no answer (no network, refused, timed out, TLS failure)
    std::string body;
    long retryAfterSeconds = -1;
};

/** HTTPS on the ESP32 (pinned CA), libcurl on the host. */
class HttpClient {
public:
    virtual ~HttpClient() = default;
    virtual HttpResponse get(const std::string& url, const std::vector<HttpHeader>& headers, long timeoutMs) = 0;
    virtual HttpResponse post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body,
                              long timeoutMs) = 0;
};

}  // namespace filspresso
