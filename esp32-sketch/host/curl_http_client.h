#pragma once
#include "../src/core/http_client.h"

namespace filspresso {

/** The host's HTTP client: libcurl, for the simulated accessory. */
class CurlHttpClient : public HttpClient {
public:
    CurlHttpClient();
    ~CurlHttpClient() override;
    HttpResponse get(const std::string& url, const std::vector<HttpHeader>& headers, long timeoutMs) override;
    HttpResponse post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body,
                      long timeoutMs) override;

private:
    HttpResponse send(const std::string& url, const std::vector<HttpHeader>& headers, const std::string* body, long timeoutMs);
    void* curl_;
};

}  // namespace filspresso
