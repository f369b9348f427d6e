#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace filspresso {

/**
 * A firmware release as published next to its image:
 * {"version": "1.4.0", "url": "https://…/accessory-1.4.0.bin", "size": 912384,
 *  "sha256": "<hex>", "signature": "<base64 DER ECDSA P-256>"}.
 * The signature covers the statement "filspresso-accessory\n<version>\n<size>\n<sha256>\n", so
 * that neither the image nor its version can be swapped (no replay of an old image as new).
 */
struct OtaManifest {
    std::string version;
    std::string url;
    long size = 0;
    std::string sha256;  // lower-case hex
    std::vector<unsigned char> signature;
};

bool parseManifest(const std::string& json, OtaManifest& out, std::string& error);

/** Compares dotted numeric versions ("1.10.0" > "1.9.3"); anything unreadable counts as 0. */
int compareVersions(const std::string& a, const std::string& b);

/** The statement the release key signs. */
std::string signedStatement(const OtaManifest& manifest);

/**
 * Checks an image while it streams into the OTA partition: size, SHA-256 and the release
 * signature (mbedTLS, which ESP-IDF ships). Only an image that passes may be made bootable.
 */
class ImageVerifier {
public:
    enum class Verdict { Ok, WrongSize, WrongHash, BadSignature, BadKey };

    ImageVerifier(std::string publicKeyPem, OtaManifest manifest);
    ~ImageVerifier();
    ImageVerifier(const ImageVerifier&) = delete;
    ImageVerifier& operator=(const ImageVerifier&) = delete;

    void update(const unsigned char* data, size_t length);
    Verdict finish();

private:
    std::string publicKeyPem_;
    OtaManifest manifest_;
    long received_ = 0;
    void* sha_;  // mbedtls_md_context_t, kept out of this header
};

const char* toString(ImageVerifier::Verdict verdict);

}  // namespace filspresso
