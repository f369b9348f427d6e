#include "ota.h"

#include <mbedtls/base64.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>

#include <cctype>
#include <cstdlib>

#include "json.h"

namespace filspresso {

namespace {

std::string toHex(const unsigned char* bytes, size_t length) {
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (size_t i = 0; i < length; ++i) {
        hex += digits[bytes[i] >> 4];
        hex += digits[bytes[i] & 0xF];
    }
    return hex;
}

bool sha256(const std::string& text, unsigned char out[32]) {
    const mbedtls_md_info_t* info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
    return mbedtls_md(info, reinterpret_cast<const unsigned char*>(text.data()), text.size(), out) == 0;
}

}  // namespace

bool parseManifest(const std::string& text, OtaManifest& out, std::string& error) {
    Json json = parseJson(text);
    if (!json || !cJSON_IsObject(json.get())) {
        error = "the manifest is not a JSON object";
        return false;
    }
    const cJSON* version = cJSON_GetObjectItemCaseSensitive(json.get(), "version");
    const cJSON* url = cJSON_GetObjectItemCaseSensitive(json.get(), "url");
    const cJSON* hash = cJSON_GetObjectItemCaseSensitive(json.get(), "sha256");
    const cJSON* signature = cJSON_GetObjectItemCaseSensitive(json.get(), "signature");
    long long size = 0;
    if (!cJSON_IsString(version) || compareVersions(version->valuestring, "0") <= 0) error = "version";
    else if (!cJSON_IsString(url) || std::string(url->valuestring).rfind("https://", 0) != 0) error = "url";
    else if (!jsonInt(cJSON_GetObjectItemCaseSensitive(json.get(), "size"), size) || size <= 0 || size > 16L * 1024 * 1024) error = "size";
    else if (!cJSON_IsString(hash) || std::string(hash->valuestring).size() != 64) error = "sha256";
    else if (!cJSON_IsString(signature)) error = "signature";
    if (!error.empty()) {
        error = "the manifest's " + error + " is missing or wrong";
        return false;
    }
    out.version = version->valuestring;
    out.url = url->valuestring;
    out.size = static_cast<long>(size);
    out.sha256 = hash->valuestring;
    for (char& c : out.sha256) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string encoded = signature->valuestring;
    size_t length = 0;
    out.signature.assign(encoded.size(), 0);
    if (mbedtls_base64_decode(out.signature.data(), out.signature.size(), &length,
                              reinterpret_cast<const unsigned char*>(encoded.data()), encoded.size()) != 0 || length == 0) {
        error = "the manifest's signature is not base64";
        return false;
    }
    out.signature.resize(length);
    return true;
}

int compareVersions(const std::string& a, const std::string& b) {
    const char* p = a.c_str();
    const char* q = b.c_str();
    while (*p != '\0' || *q != '\0') {
        char* endP = nullptr;
        char* endQ = nullptr;
        long x = std::isdigit(static_cast<unsigned char>(*p)) ? std::strtol(p, &endP, 10) : 0;
        long y = std::isdigit(static_cast<unsigned char>(*q)) ? std::strtol(q, &endQ, 10) : 0;
        if (x != y) return x < y ? -1 : 1;
        p = endP ? endP : p + (*p ? 1 : 0);
        q = endQ ? endQ : q + (*q ? 1 : 0);
        while (*p != '\0' && *p != '.') ++p;
        while (*q != '\0' && *q != '.') ++q;
        if (*p == '.') ++p;
        if (*q == '.') ++q;
    }
    return 0;
}

std::string signedStatement(const OtaManifest& m) {
    return "filspresso-accessory\n" + m.version + "\n" + std::to_string(m.size) + "\n" + m.sha256 + "\n";
}

ImageVerifier::ImageVerifier(std::string publicKeyPem, OtaManifest manifest)
    : publicKeyPem_(std::move(publicKeyPem)), manifest_(std::move(manifest)) {
    auto* ctx = new mbedtls_md_context_t;
    mbedtls_md_init(ctx);
    mbedtls_md_setup(ctx, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 0);
    mbedtls_md_starts(ctx);
    sha_ = ctx;
}

ImageVerifier::~ImageVerifier() {
    auto* ctx = static_cast<mbedtls_md_context_t*>(sha_);
    mbedtls_md_free(ctx);
    delete ctx;
}

void ImageVerifier::update(const unsigned char* data, size_t length) {
    received_ += static_cast<long>(length);
    mbedtls_md_update(static_cast<mbedtls_md_context_t*>(sha_), data, length);
}

ImageVerifier::Verdict ImageVerifier::finish() {
    if (received_ != manifest_.size) return Verdict::WrongSize;
    unsigned char digest[32];
    mbedtls_md_finish(static_cast<mbedtls_md_context_t*>(sha_), digest);
    if (toHex(digest, sizeof digest) != manifest_.sha256) return Verdict::WrongHash;

    mbedtls_pk_context key;
    mbedtls_pk_init(&key);
    // PEM parsing wants the terminating NUL counted in the length.
    int parsed = mbedtls_pk_parse_public_key(&key, reinterpret_cast<const unsigned char*>(publicKeyPem_.c_str()),
                                             publicKeyPem_.size() + 1);
    Verdict verdict = Verdict::BadKey;
    unsigned char statementHash[32];
    if (parsed == 0 && mbedtls_pk_can_do(&key, MBEDTLS_PK_ECDSA) && sha256(signedStatement(manifest_), statementHash)) {
        verdict = mbedtls_pk_verify(&key, MBEDTLS_MD_SHA256, statementHash, sizeof statementHash, manifest_.signature.data(),
                                    manifest_.signature.size()) == 0
                      ? Verdict::Ok
                      : Verdict::BadSignature;
    }
    mbedtls_pk_free(&key);
    return verdict;
}

const char* toString(ImageVerifier::Verdict verdict) {
    switch (verdict) {
        case ImageVerifier::Verdict::Ok: return "ok";
        case ImageVerifier::Verdict::WrongSize: return "wrong size";
        case ImageVerifier::Verdict::WrongHash: return "wrong SHA-256";
        case ImageVerifier::Verdict::BadSignature: return "bad signature";
        case ImageVerifier::Verdict::BadKey: return "unusable public key";
    }
    return "?";
}

}  // namespace filspresso
