#!/usr/bin/env bash
# The local runtime: a real single-node KRaft broker, the schema registry, the hub and the connectors, each its own
# process, on 127.0.0.1. Data lives under deploy/data, so topics, offsets and schema ids survive a restart.
# Ctrl-C stops everything cleanly; running the command again resumes where it stopped. The development identity
# issuer starts first: the demo people's passwords and the clients' secrets are generated on the first start into
# deploy/data/issuer (owner-only) and printed; the connectors and the case-management stand-in get the issuer and their
# secrets from there. No jar and no file in the repository contains any of them.
#
#   deploy/run.sh            build what is needed, start everything, wait for Ctrl-C
#   deploy/run.sh --demo     the same, then submit a handful of synthetic reports through every connector
#   deploy/run.sh --no-build start from the jars already built
#   deploy/run.sh --reset    delete deploy/data first (all topics, offsets and schemas)
#
# Ports (override with the environment variables): broker OROSHUB_KAFKA_PORT=9092 (mTLS OROSHUB_KAFKA_SSL_PORT=9094,
# controller OROSHUB_CONTROLLER_PORT=9093), registry OROSHUB_REGISTRY_PORT=8081, hub OROSHUB_HUB_PORT=8090, connectors
# OROSHUB_SCHOOL_PORT=8181, OROSHUB_HEALTHCARE_PORT=8182, OROSHUB_POLICE_PORT=8183, OROSHUB_SOCIAL_PORT=8184,
# case-management stand-in OROSHUB_CASE_SYSTEM_PORT=8185, identity issuer OROSHUB_ISSUER_PORT=9000.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
require_tools

BUILD=1
DEMO=0
RESET=0
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --demo) DEMO=1 ;;
    --reset) RESET=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$RESET" = 1 ]; then
  echo "Deleting $DATA_DIR (topics, offsets, schemas, hub state)"
  rm -rf "$DATA_DIR"
fi
mkdir -p "$DATA_DIR" "$LOG_DIR"

for port in "$KAFKA_PORT" "$KAFKA_SSL_PORT" "$CONTROLLER_PORT" "$REGISTRY_PORT" "$HUB_PORT" "$SCHOOL_PORT" \
            "$HEALTHCARE_PORT" "$POLICE_PORT" "$SOCIAL_PORT" "$CASE_SYSTEM_PORT" "$ISSUER_PORT"; do
  if port_open "$port"; then
    echo "Port $port on 127.0.0.1 is already in use: stop what runs there, or choose another port (see --help)." >&2
    exit 1
  fi
done

if [ "$BUILD" = 1 ]; then
  build_all
fi

trap stop_all EXIT
trap 'exit 130' INT TERM

# The broker admits clients with a certificate of the local CA on its SSL listener and lets them do what
# deploy/security/access.yaml allows (deploy/config/broker-security.properties.template).
issue_local_certificates
BROKER_CONFIG_HOOK=secure_broker_config start_broker
apply_access_control
start_registry
# The key of the child pseudonyms: generated on the first start, kept with the local data so that earlier reports
# stay linked across restarts, readable by its owner only, and given to the hub alone.
PSEUDONYM_SECRET_FILE=$DATA_DIR/hub-pseudonym-secret
if [ ! -s "$PSEUDONYM_SECRET_FILE" ]; then
  (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$PSEUDONYM_SECRET_FILE")
fi
OROSHUB_PSEUDONYM_SECRET=$(cat "$PSEUDONYM_SECRET_FILE") start_java_app hub "$HUB_JAR" "$HUB_PORT" \
  --oroshub.hub.state-dir="$DATA_DIR/hub-state" --oroshub.hub.instance-id=local-hub
start_issuer
launch_case_management "$CASE_SYSTEM_JAR" "$CASE_SYSTEM_PORT" \
  --oroshub.simulator.connector.base-url="http://127.0.0.1:$SOCIAL_PORT"
launch_connector school "$SCHOOL_JAR" "$SCHOOL_PORT"
launch_connector healthcare "$HEALTHCARE_JAR" "$HEALTHCARE_PORT"
launch_connector police "$POLICE_JAR" "$POLICE_PORT" \
  --oroshub.connector.police.directory.root="$DATA_DIR/police-transfer"
launch_connector social-services "$SOCIAL_JAR" "$SOCIAL_PORT" \
  --oroshub.connector.social-services.municipalities.0180.case-system.base-url="http://127.0.0.1:$CASE_SYSTEM_PORT"
await_java_apps

print_endpoints
print_sign_ins

if [ "$DEMO" = 1 ]; then
  "$ROOT/deploy/demo.sh" || echo "The demo stopped with an error (see above); everything else keeps running."
fi

echo "Logs: $LOG_DIR/<component>.log. Press Ctrl-C to stop everything."
watch_processes
