// Checks an image against its manifest and a public key, as the accessory does before booting it:
//   ota-verify manifest.json image.bin public-key.pem   → prints ok (exit 0) or the reason (exit 1)
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "../src/core/ota.h"

using namespace filspresso;

namespace {
std::string readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: ota-verify manifest.json image.bin public-key.pem\n";
        return 2;
    }
    OtaManifest manifest;
    std::string error;
    if (!parseManifest(readFile(argv[1]), manifest, error)) {
        std::cout << error << "\n";
        return 1;
    }
    ImageVerifier verifier(readFile(argv[3]), manifest);
    std::ifstream image(argv[2], std::ios::binary);
    char chunk[4096];
    while (image.read(chunk, sizeof chunk) || image.gcount() > 0) {
        verifier.update(reinterpret_cast<const unsigned char*>(chunk), static_cast<size_t>(image.gcount()));
    }
    ImageVerifier::Verdict verdict = verifier.finish();
    std::cout << toString(verdict) << "\n";
    return verdict == ImageVerifier::Verdict::Ok ? 0 : 1;
}
