#!/usr/bin/env bash
# The benchmark: the hub against the raw broker, side by side on one broker in one run. Starts its own real KRaft
# broker (data under target/bench, so it never touches deploy/data), schema registry and school connector on ports of
# its own, so it runs beside deploy/run.sh; runs the driver (benchmarks module) with the hub's topology in-process;
# prints a table and writes the same figures to target/bench/results.json; stops everything it started.
#
#   deploy/bench.sh              the full run: 1M reports through the hub, replay and heap over them (about 10 min
#                                on 2 cores)
#   deploy/bench.sh --quick      every stage with small counts (under 2 minutes)
#   deploy/bench.sh --no-build   use the jars already built (default: build when one is missing)
#   deploy/bench.sh --build      build first even when the jars are there
#   deploy/bench.sh --profile    also record a JFR profile of the hub pipeline stage and print its top methods
#
# The HTTP stage uses wrk when it is installed (Debian: apt-get install wrk), a Java load loop otherwise.
#
# Options the driver takes are passed on, e.g. --reports 200000, --stages raw,pipeline,scaling, --scaling 1,2,
# --latency-seconds 30, --http-clients 64 (see se.oroshub.benchmarks.BenchSettings#parse).
#
# Ports (override with the environment variables): broker OROSHUB_BENCH_KAFKA_PORT=19092 (controller
# OROSHUB_BENCH_CONTROLLER_PORT=19093), registry OROSHUB_BENCH_REGISTRY_PORT=18081, school connector
# OROSHUB_BENCH_SCHOOL_PORT=18181. Driver heap: OROSHUB_BENCH_HEAP=2g.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

BENCH_DIR=$ROOT/target/bench
export OROSHUB_KAFKA_PORT=${OROSHUB_BENCH_KAFKA_PORT:-19092}
export OROSHUB_CONTROLLER_PORT=${OROSHUB_BENCH_CONTROLLER_PORT:-19093}
export OROSHUB_REGISTRY_PORT=${OROSHUB_BENCH_REGISTRY_PORT:-18081}
export OROSHUB_SCHOOL_PORT=${OROSHUB_BENCH_SCHOOL_PORT:-18181}
export OROSHUB_DATA_DIR=$BENCH_DIR/data
export OROSHUB_LOG_DIR=$BENCH_DIR/logs
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
require_tools

# The measured processes run with the JVM's default JIT and GC, not the local runtime's start-up-friendly C1-only
# settings, so the figures show what a deployment gets.
JAVA_COMMON=(-Dorg.apache.avro.SERIALIZABLE_PACKAGES=se.oroshub.schemas.avro)

BUILD=auto
HTTP_STAGE=1
DRIVER_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=never ;;
    --build) BUILD=always ;;
    --profile) DRIVER_ARGS+=(--profile "$BENCH_DIR/hub-pipeline.jfr") ;;
    --stages)
      [[ ",${2:-}," == *,http,* ]] || HTTP_STAGE=0
      DRIVER_ARGS+=("$1" "${2:-}")
      shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) DRIVER_ARGS+=("$1") ;;
  esac
  shift
done

for port in "$KAFKA_PORT" "$CONTROLLER_PORT" "$REGISTRY_PORT" "$SCHOOL_PORT"; do
  if port_open "$port"; then
    echo "Port $port on 127.0.0.1 is already in use (another benchmark?); choose other ports (see --help)." >&2
    exit 1
  fi
done

rm -rf "$OROSHUB_DATA_DIR" "$BENCH_DIR/state"
mkdir -p "$OROSHUB_DATA_DIR" "$LOG_DIR"

if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && ! bench_jars_present; }; then
  build_all
fi
if ! bench_jars_present; then
  echo "The benchmark's jars are missing (run without --no-build): $BENCH_JAR, $REGISTRY_JAR, $BROKER_LIB" >&2
  exit 1
fi

trap stop_all EXIT
trap 'exit 130' INT TERM

echo "Benchmark on $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); logs in $LOG_DIR"
start_broker
# The benchmark's registry is a throw-away one on loopback, under target/bench: open, so the in-process hub may
# register its schemas without the local runtime's credentials.
REGISTRY_OPEN=1
start_registry
SCHOOL_ARGS=()
if [ "$HTTP_STAGE" = 0 ]; then
  :
elif [ -f "$SCHOOL_JAR" ]; then
  start_java_app school "$SCHOOL_JAR" "$SCHOOL_PORT"
  SCHOOL_ARGS=(--school "http://127.0.0.1:$SCHOOL_PORT")
else
  echo "School connector: $SCHOOL_JAR is missing; the HTTP stage is skipped"
fi

COMMIT=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$COMMIT" != unknown ] && ! git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null; then
  COMMIT="$COMMIT+uncommitted"
fi

echo "Driver: java -jar ${BENCH_JAR#"$ROOT"/} (warnings in $LOG_DIR/driver.log)"
if ! java -Xmx"${OROSHUB_BENCH_HEAP:-2g}" "${JAVA_COMMON[@]}" -jar "$BENCH_JAR" \
    --bootstrap "$BOOTSTRAP" --registry "$REGISTRY_URL" "${SCHOOL_ARGS[@]}" \
    --state-dir "$BENCH_DIR/state" --out "$BENCH_DIR/results.json" \
    --commit "$COMMIT" --project-version "$VERSION" "${DRIVER_ARGS[@]}" 2>"$LOG_DIR/driver.log"; then
  echo "The benchmark failed; last lines of $LOG_DIR/driver.log:" >&2
  tail -n 30 "$LOG_DIR/driver.log" >&2
  exit 1
fi
