#!/usr/bin/env bash
# Creates, configures, starts, deploys to and stops a Payara Server domain for Filspresso.
# The single place that knows asadmin: ./filspresso (run) and the integration-test build
# (filspresso-ear) both call it, so the application is tested on the domain it runs on.
#
#   filspresso-domain.sh start   # unpack Payara if needed, create + configure the domain, start it
#   filspresso-domain.sh deploy EAR
#   filspresso-domain.sh stop
#   filspresso-domain.sh restart   # a running domain, as an operator would (the tests' restart check)
#
# Settings (environment):
#   PAYARA_ZIP      Payara Server distribution zip (from Maven Central; required for start)
#   PAYARA_HOME     where it is unpacked                (default: $FILSPRESSO_HOME/payara-<zip name>)
#   FILSPRESSO_HOME data directory: Payara, domains, H2 files   (default: ./.filspresso)
#   DOMAIN_DIR      folder holding the domain           (default: $FILSPRESSO_HOME/domains)
#   DOMAIN_NAME     (default: filspresso)
#   PORT_BASE       asadmin --portbase: HTTP = base+80, admin = base+48   (default: 8000)
#   DB              h2 (embedded default) | mariadb
#   DB_URL          JDBC URL for mariadb (default: jdbc:mariadb://127.0.0.1:3306/filspresso)
#   DB_USER, DB_PASSWORD   for mariadb (default: root, empty)
#   SERVER_LIBS     folder of jars copied into the domain's lib folder, shared by all applications:
#                   the MariaDB driver and the libraries with native code (ONNX Runtime, DJL
#                   tokenizers), which one JVM can load only once (server-config/target/runtime/lib)
#   HEAP            the server's maximum heap, set when the domain is configured   (default: 2g)
#   MALLOC_ARENA_MAX glibc malloc arenas of the server process                  (default: 2)
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true  # bash 5.2: keep '&' literal in ${var//pattern/replacement}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FILSPRESSO_HOME="${FILSPRESSO_HOME:-$PWD/.filspresso}"
DOMAIN_DIR="${DOMAIN_DIR:-$FILSPRESSO_HOME/domains}"
DOMAIN_NAME="${DOMAIN_NAME:-filspresso}"
PORT_BASE="${PORT_BASE:-8000}"
ADMIN_PORT=$((PORT_BASE + 48))
DB="${DB:-h2}"
HEAP="${HEAP:-2g}"
# glibc gives threads that allocate at once arenas of their own and keeps in them what they free:
# with ONNX Runtime loading models on fresh threads, the test server grew from 2 to 6 GB over its
# redeployments. The server inherits this from asadmin (and keeps it across restart-domain).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

log() { printf '[filspresso-domain] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

payara_home() {
    if [[ -n "${PAYARA_HOME:-}" ]]; then echo "$PAYARA_HOME"; return; fi
    [[ -n "${PAYARA_ZIP:-}" ]] || die "PAYARA_ZIP is not set"
    echo "$FILSPRESSO_HOME/$(basename "$PAYARA_ZIP" .zip)"
}

asadmin() {
    "$(payara_home)/payara6/bin/asadmin" --user admin --port "$ADMIN_PORT" --interactive=false "$@"
}

unpack_payara() {
    local home; home="$(payara_home)"
    if [[ ! -x "$home/payara6/bin/asadmin" ]]; then
        [[ -f "${PAYARA_ZIP:-}" ]] || die "Payara distribution not found: ${PAYARA_ZIP:-<unset>}"
        log "unpacking $(basename "$PAYARA_ZIP") into $home"
        mkdir -p "$home"
        if command -v unzip >/dev/null; then
            unzip -q -o "$PAYARA_ZIP" -d "$home"
        else  # the JDK's jar tool unpacks too, but drops the executable bits
            (cd "$home" && jar xf "$PAYARA_ZIP")
            chmod -R u+x "$home"/payara6/bin "$home"/payara6/glassfish/bin "$home"/payara6/mq/bin
        fi
    fi
}

create_domain() {
    if [[ ! -d "$DOMAIN_DIR/$DOMAIN_NAME" ]]; then
        log "creating domain $DOMAIN_NAME in $DOMAIN_DIR (port base $PORT_BASE)"
        mkdir -p "$DOMAIN_DIR"
        "$(payara_home)/payara6/bin/asadmin" --user admin create-domain --nopassword \
            --domaindir "$DOMAIN_DIR" --portbase "$PORT_BASE" "$DOMAIN_NAME" >/dev/null
    fi
}

# The JDBC pool and resource jdbc/filspresso, rendered from the template of the chosen database.
datasource_xml() {
    local template url
    case "$DB" in
        h2)
            template="$here/datasource-h2.xml"
            mkdir -p "$FILSPRESSO_HOME/data"
            url="jdbc:h2:$(cd "$FILSPRESSO_HOME/data" && pwd)/filspresso;MODE=MariaDB;DATABASE_TO_LOWER=TRUE"
            ;;
        mariadb)
            template="$here/datasource-mariadb.xml"
            url="${DB_URL:-jdbc:mariadb://127.0.0.1:3306/filspresso}"
            ;;
        *) die "unknown database '$DB' (use h2 or mariadb)" ;;
    esac
    local rendered
    rendered="$(<"$template")"
    rendered="${rendered//@DB_URL@/$(xml_escape "$url")}"
    rendered="${rendered//@DB_USER@/$(xml_escape "${DB_USER:-root}")}"
    rendered="${rendered//@DB_PASSWORD@/$(xml_escape "$(password_reference)")}"
    printf '%s\n' "$rendered"
}

# A database password is kept in the domain's encrypted alias store, never in domain.xml:
# the pool refers to it as ${ALIAS=filspresso-db}. An empty password needs no alias.
password_reference() {
    [[ -n "${DB_PASSWORD:-}" ]] || return 0
    local file
    file="$(mktemp)"
    chmod 600 "$file"
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DB_PASSWORD" >"$file"
    asadmin delete-password-alias filspresso-db >/dev/null 2>&1 || true
    asadmin --passwordfile "$file" create-password-alias filspresso-db >/dev/null
    rm -f "$file"
    printf '%s' '${ALIAS=filspresso-db}'
}

xml_escape() {
    local value="$1"
    value="${value//&/&amp;}"
    value="${value//</&lt;}"
    value="${value//>/&gt;}"
    value="${value//\"/&quot;}"
    printf '%s' "$value"
}

configure() {
    local rendered="$DOMAIN_DIR/$DOMAIN_NAME/config/filspresso-datasource.xml"
    datasource_xml >"$rendered"
    # Re-created on every start so that switching between h2 and mariadb needs no clean-up; the
    # application is taken off first so that it never runs against a pool being swapped.
    asadmin undeploy filspresso >/dev/null 2>&1 || true
    asadmin delete-jdbc-resource jdbc/filspresso >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool FilspressoPool >/dev/null 2>&1 || true
    asadmin add-resources "$rendered" >/dev/null
    log "datasource jdbc/filspresso -> $DB"
    apply_domain_settings
}

# Listener settings such as compression only take effect after a restart: restart once whenever
# domain.asadmin differs from what this domain last applied.
apply_domain_settings() {
    local applied="$DOMAIN_DIR/$DOMAIN_NAME/config/filspresso-domain.asadmin.sha256" wanted
    wanted="$(cat "$here/domain.asadmin" - <<<"heap $HEAP" | sha256sum | cut -d' ' -f1)"
    if [[ "$(cat "$applied" 2>/dev/null)" != "$wanted" ]]; then
        asadmin multimode --file "$here/domain.asadmin" >/dev/null
        # Payara's default 512 MB heap fills up with a few hundred signed-in shoppers' Faces views.
        asadmin delete-jvm-options -- -Xmx512m >/dev/null 2>&1 || true
        asadmin create-jvm-options -- "-Xmx$HEAP" >/dev/null 2>&1 || true
        log "domain settings changed: restarting domain $DOMAIN_NAME"
        # Stop, then start: a restart-domain right after changing JVM options once left a server
        # that shut itself down while starting (seen in CI).
        "$(payara_home)/payara6/bin/asadmin" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
        "$(payara_home)/payara6/bin/asadmin" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
        echo "$wanted" >"$applied"
    fi
}

start() {
    unpack_payara
    create_domain
    local libs_added=false
    if [[ -n "${SERVER_LIBS:-}" ]]; then
        [[ -d "$SERVER_LIBS" ]] || die "SERVER_LIBS is not a folder: $SERVER_LIBS"
        local jar
        for jar in "$SERVER_LIBS"/*.jar; do
            local lib="$DOMAIN_DIR/$DOMAIN_NAME/lib/$(basename "$jar")"
            if ! cmp -s "$jar" "$lib"; then
                cp "$jar" "$lib"
                libs_added=true
            fi
        done
    fi
    if [[ "$DB" == mariadb ]] && ! compgen -G "$DOMAIN_DIR/$DOMAIN_NAME/lib/mariadb-java-client-*.jar" >/dev/null; then
        die "the MariaDB driver is not in SERVER_LIBS"
    fi
    if ! is_running; then
        log "starting domain $DOMAIN_NAME"
        "$(payara_home)/payara6/bin/asadmin" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
    elif [[ "$libs_added" == true ]]; then
        # The domain's lib folder is read at start-up only.
        log "libraries added: restarting domain $DOMAIN_NAME"
        "$(payara_home)/payara6/bin/asadmin" restart-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
    fi
    configure
}

restart() {
    log "restarting domain $DOMAIN_NAME"
    "$(payara_home)/payara6/bin/asadmin" restart-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
}

is_running() {
    asadmin uptime >/dev/null 2>&1
}

deploy() {
    local ear="${1:?usage: deploy EAR}"
    [[ -f "$ear" ]] || die "no such archive: $ear"
    log "deploying $(basename "$ear")"
    if ! asadmin deploy --force=true --name filspresso "$ear" >/dev/null; then
        # asadmin only says "see server.log": show the root causes from it.
        log "deployment failed; causes found in the server log:"
        grep -E '^Caused by|^Migration |^Detected |^Exception Description' "$DOMAIN_DIR/$DOMAIN_NAME/logs/server.log" \
            | awk '!seen[$0]++' | tail -n 6 | cut -c1-400 >&2 || true
        exit 1
    fi
}

stop() {
    if [[ -d "$DOMAIN_DIR/$DOMAIN_NAME" ]] && is_running; then
        log "stopping domain $DOMAIN_NAME"
        "$(payara_home)/payara6/bin/asadmin" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
    else
        log "domain $DOMAIN_NAME is not running"
    fi
}

case "${1:-}" in
    start) start ;;
    deploy) shift; deploy "$@" ;;
    stop) stop ;;
    restart) restart ;;
    status) if is_running; then echo running; else echo stopped; exit 3; fi ;;
    *) die "usage: $0 start | deploy EAR | stop | restart | status" ;;
esac
