#!/usr/bin/env bash
# IoT command service under load, measured by hand (not part of the test suite).
#
#   FILSPRESSO_IOT_CHECKS_PER_SECOND=1000 FILSPRESSO_IOT_CHECK_BURST=1000 ./filspresso run
#   bench/iot.sh [devices=1000] [seconds=15] [connections=64]
#
# 1. Pairs DEVICES simulated machines through the account pages (20 per bench customer; kept in
#    .filspresso/bench-devices.txt, so a later run pairs only the ones it lacks) and creates an API key
#    back office (the first administrator's generated password file).
# 2. wrk polls GET /api/commands/check/{id} round-robin over the devices' tokens (nothing pending: the
#    204 path), then GET /api/ping (a bare JAX-RS 204) through the same wrk script: polls/s, p50, p99, ratio.
# 3. PickupLatency: 50 devices long-poll (?wait=25) while 200 commands are created one by one with the
#    API key: create→pick-up latency p50/p99.
# The rate limit is raised for the run because round-robin polling by one client is not how devices behave.
set -euo pipefail
devices="${1:-1000}"; duration="${2:-15}"; connections="${3:-64}"
base="${FILSPRESSO_URL:-http://localhost:8080}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

command -v wrk >/dev/null || { if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null; else echo "install wrk" >&2; exit 1; fi; }
curl -fsS "$base/health/ready" >/dev/null || { echo "Filspresso is not answering at $base: ./filspresso run" >&2; exit 1; }

viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }
post_form() { # cookie-jar page url-path form-fields...
    local jar="$1" page="$2" path="$3"; shift 3
    curl -fsS -b "$jar" -c "$jar" -o "$page" -L "$base$path" --data-urlencode "jakarta.faces.ViewState=$(viewstate "$page")" "$@"
}

pair_batch() { # batch: registers a bench customer and pairs up to 20 machines, printing "id token" lines
    local batch="$1" jar="$work/jar-$1" page="$work/page-$1.html" i token machine
    curl -fsS -c "$jar" -o "$page" "$base/register"
    post_form "$jar" "$page" /register --data-urlencode register=register --data-urlencode "register:fullName=Bench $batch" \
        --data-urlencode "register:email=bench-$batch-$RANDOM$RANDOM@example.com" --data-urlencode "register:password=a long bench passphrase" \
        --data-urlencode "register:createAccount="
    curl -fsS -b "$jar" -c "$jar" -o "$page" "$base/account/machines"
    for ((i = batch * 20; i < devices && i < (batch + 1) * 20; i++)); do
        post_form "$jar" "$page" /account/machines --data-urlencode pair=pair --data-urlencode "pair:name=Bench $i" \
            --data-urlencode "pair:model=Simulator" --data-urlencode "pair:system=ORIGINAL" --data-urlencode "pair:pairMachine="
        token="$(grep -o '<code id="token">[^<]*' "$page" | sed 's/.*>//')"
        machine="$(grep -o '<span id="tokenMachine">[^<]*' "$page" | sed 's/.*>//')"
        echo "$machine $token"
    done
}

# Paired devices are kept (the database keeps them too): a later run pairs only the ones it lacks.
known="${FILSPRESSO_HOME:-$here/.filspresso}/bench-devices.txt"
if [[ -f "$known" ]] && ! head -1 "$known" | {
        read -r id token; [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Device-Token: $token" "$base/api/commands/check/$id")" =~ ^20 ]]; }; then
    rm "$known" # from an earlier database
fi
have=$(cat "$known" 2>/dev/null | wc -l)
if ((have < devices)); then
    echo "pairing $((devices - have)) devices (20 per bench customer)…" >&2
    export -f pair_batch post_form viewstate; export base work devices
    seq $((have / 20)) $(((devices - 1) / 20)) | xargs -I{} bash -c 'pair_batch {} >>"$0"' "$known"
fi
[[ $(wc -l <"$known") -ge $devices ]] || { echo "pairing failed: see the server log" >&2; exit 1; }
head -n "$devices" "$known" >"$work/devices.txt"

echo "creating an API key…" >&2
admin_password="$(cat "${FILSPRESSO_HOME:-$here/.filspresso}/domains/filspresso/config/filspresso-admin-password.txt")"
jar="$work/admin"; page="$work/admin.html"
curl -fsS -c "$jar" -o "$page" -L "$base/admin/machines"
post_form "$jar" "$page" "/login?next=%2Fadmin%2Fmachines" --data-urlencode login=login --data-urlencode "login:next=/admin/machines" \
    --data-urlencode "login:email=${FILSPRESSO_ADMIN_EMAIL:-admin@filspresso.local}" --data-urlencode "login:password=$admin_password" \
    --data-urlencode "login:signIn="
post_form "$jar" "$page" /admin/machines --data-urlencode apiClients=apiClients --data-urlencode "apiClients:name=bench $RANDOM" \
    --data-urlencode "apiClients:createKey="
api_key="$(grep -o '<code id="apiKey">[^<]*' "$page" | sed 's/.*>//')"

cat >"$work/check.lua" <<'LUA'
local devices, i = {}, 0
for line in io.lines(os.getenv("DEVICES")) do
  local id, token = line:match("(%d+) (%S+)")
  devices[#devices + 1] = { id = id, token = token }
end
local path = os.getenv("PING") and function(d) return "/api/ping" end or function(d) return "/api/commands/check/" .. d.id end
request = function()
  i = i % #devices + 1
  return wrk.format("GET", path(devices[i]), { ["X-Device-Token"] = devices[i].token })
end
LUA

measure() { # label wrk-arguments...
    local label="$1"; shift
    # Warm-up: at least one full pass, so that every device is known (as it is after its first poll).
    wrk -t2 -c"$connections" -d"$((5 + devices / 500))s" "$@" >/dev/null
    local out; out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")"
    local rps p50 p99 non2xx
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"; p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"; non2xx="$(awk '/Non-2xx/ {print $4}' <<<"$out")"
    printf '%-44s %10s %9s %9s %10s\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" >&2
    echo "$rps"
}
printf '%-44s %10s %9s %9s %10s\n' "request ($devices devices, $connections connections)" "req/s" "p50" "p99" "non-2xx" >&2
check_rps="$(DEVICES="$work/devices.txt" measure "GET /api/commands/check/{id} (204 path)" -s "$work/check.lua" "$base")"
# The same script (one header per request, round-robin) so that wrk's own cost is the same for both.
ping_rps="$(DEVICES="$work/devices.txt" PING=1 measure "GET /api/ping (bare JAX-RS)" -s "$work/check.lua" "$base")"
awk -v c="$check_rps" -v p="$ping_rps" 'BEGIN {printf "check / ping throughput: %.2f\n", c / p}' >&2

echo "create→pick-up with long-polling…" >&2
(cd "$here" && ./mvnw -q -pl filspresso-iot dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null)
head -50 "$work/devices.txt" >"$work/pollers.txt"
java -cp "$here/filspresso-iot/target/test-classes:$(cat "$work/cp.txt")" org.filspresso.iot.simulator.PickupLatency \
    "$base" "$api_key" "$work/pollers.txt" 200
