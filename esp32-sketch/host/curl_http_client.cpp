#include "curl_http_client.h"

#include <curl/curl.h>

#include <cstdlib>
#include <strings.h>

namespace filspresso {

namespace {

size_t collectBody(char* data, size_t size, size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

size_t collectRetryAfter(char* data, size_t size, size_t count, void* target) {
    std::string line(data, size * count);
    if (strncasecmp(line.c_str(), "Retry-After:", 12) == 0) *static_cast<long*>(target) = std::atol(line.c_str() + 12);
    return size * count;
}

}  // namespace

CurlHttpClient::CurlHttpClient() : curl_(curl_easy_init()) {}

CurlHttpClient::~CurlHttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResponse CurlHttpClient::get(const std::string& url, const std::vector<HttpHeader>& headers, long timeoutMs) {
    return send(url, headers, nullptr, timeoutMs);
}

HttpResponse CurlHttpClient::post(const std::string& url, const std::vector<HttpHeader>& headers, const std::string& body,
                                  long timeoutMs) {
    return send(url, headers, &body, timeoutMs);
}

HttpResponse CurlHttpClient::send(const std::string& url, const std::vector<HttpHeader>& headers, const std::string* body,
                                  long timeoutMs) {
    CURL* curl = static_cast<CURL*>(curl_);
    curl_easy_reset(curl);  // keeps the connection cache: one keep-alive connection, as the ESP32 client does
    HttpResponse response;
    curl_slist* list = nullptr;
    for (const HttpHeader& h : headers) list = curl_slist_append(list, (h.name + ": " + h.value).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectRetryAfter);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.retryAfterSeconds);
    if (body != nullptr) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
    }
    if (curl_easy_perform(curl) == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        response.status = static_cast<int>(status);
    }
    curl_slist_free_all(list);
    return response;
}

}  // namespace filspresso
