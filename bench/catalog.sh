#!/usr/bin/env bash
# Throughput and latency of the catalog, measured by hand (not part of the test suite).
#
#   ./filspresso run            # in another terminal, or before
#   bench/catalog.sh [seconds] [connections]
#
# Uses wrk (Debian package `wrk`, installed when missing and running as root) against
# http://localhost:8080. Each URL is warmed up for 5 s first, so the JIT and EclipseLink's cache are
# measured warm. Note that wrk and the server share this machine's cores.
set -euo pipefail
duration="${1:-15}"
connections="${2:-16}"
base="${FILSPRESSO_URL:-http://localhost:8080}"

if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null; else echo "install wrk: sudo apt-get install -y wrk" >&2; exit 1; fi
fi
curl -fsS "$base/health/ready" >/dev/null || { echo "Filspresso is not answering at $base: ./filspresso run" >&2; exit 1; }

printf '%-58s %10s %9s %9s %9s\n' "request" "req/s" "p50" "p99" "errors"
for path in \
    "/api/catalog/coffees?system=original&intensityMin=8&sort=price" \
    "/api/catalog/coffees" \
    "/api/catalog/coffees/vertuo/melozio" \
    "/api/catalog/machines?milk=true" \
    "/coffees?intensityMin=11" \
    "/coffee/original/kazaar"; do
    wrk -t2 -c"$connections" -d5s -H 'Accept-Encoding: gzip' "$base$path" >/dev/null
    out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H 'Accept-Encoding: gzip' "$base$path")"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx|Socket errors/ {e = e $0 " "} END {print (e == "" ? "0" : e)}' <<<"$out")"
    printf '%-58s %10s %9s %9s %9s\n' "$path" "$rps" "$p50" "$p99" "$errors"
done
