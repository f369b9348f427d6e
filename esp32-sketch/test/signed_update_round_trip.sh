#!/usr/bin/env bash
# The release tool and the accessory's check agree: a freshly signed image passes; a changed
# image, a changed version and another key's signature do not.
set -euo pipefail
sign="$1" verify="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
openssl ecparam -name prime256v1 -genkey -noout -out release.pem 2>/dev/null
openssl ec -in release.pem -pubout -out release.pub 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out other.pem 2>/dev/null
head -c 300000 /dev/urandom > image.bin

"$sign" image.bin release.pem 1.4.0 https://updates.example.com/a.bin > manifest.json
[[ "$("$verify" manifest.json image.bin release.pub)" == ok ]] || { echo "a correctly signed image was refused"; exit 1; }

cp image.bin tampered.bin && printf 'X' | dd of=tampered.bin bs=1 seek=1000 conv=notrunc 2>/dev/null
[[ "$("$verify" manifest.json tampered.bin release.pub || true)" == "wrong SHA-256" ]] || { echo "a tampered image passed"; exit 1; }

sed 's/"version":"1.4.0"/"version":"9.9.9"/' manifest.json > relabelled.json
[[ "$("$verify" relabelled.json image.bin release.pub || true)" == "bad signature" ]] || { echo "a relabelled version passed"; exit 1; }

"$sign" image.bin other.pem 1.4.0 https://updates.example.com/a.bin > foreign.json
[[ "$("$verify" foreign.json image.bin release.pub || true)" == "bad signature" ]] || { echo "another key's signature passed"; exit 1; }
echo "signed update round trip: ok"
