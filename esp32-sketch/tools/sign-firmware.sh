#!/usr/bin/env bash
# Signs a firmware image for over-the-air updates and prints its manifest:
#   tools/sign-firmware.sh image.bin private-key.pem 1.4.0 https://updates.example.com/accessory-1.4.0.bin > manifest.json
# The key is ECDSA P-256 (openssl ecparam -name prime256v1 -genkey -noout -out private-key.pem);
# the accessory holds the public half. The signature covers version, size and SHA-256 together,
# so an old image cannot be passed off as a new version.
set -euo pipefail
[[ $# -eq 4 ]] || { echo "usage: $0 image.bin private-key.pem version https-url" >&2; exit 2; }
image="$1" key="$2" version="$3" url="$4"
[[ "$url" == https://* ]] || { echo "the image URL must be https://" >&2; exit 2; }
[[ "$version" =~ ^[0-9]+(\.[0-9]+)*$ ]] || { echo "version must be dotted numbers, e.g. 1.4.0" >&2; exit 2; }
size=$(stat -c %s "$image")
sha256=$(sha256sum "$image" | cut -d' ' -f1)
signature=$(printf 'filspresso-accessory\n%s\n%s\n%s\n' "$version" "$size" "$sha256" \
    | openssl dgst -sha256 -sign "$key" | base64 -w0)
printf '{"version":"%s","url":"%s","size":%s,"sha256":"%s","signature":"%s"}\n' "$version" "$url" "$size" "$sha256" "$signature"
