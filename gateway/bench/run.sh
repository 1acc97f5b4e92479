#!/usr/bin/env bash
# Gateway overhead: GET of a small JSON resource directly from a backend vs through the gateway,
# same concurrency, with wrk. Prints requests/s and p50/p99 latency for both, and the ratios.
#
#   gateway/bench/run.sh                 # defaults below
#   DURATION=30s ROUNDS=5 CONNECTIONS=64 DELAYS="0 5" LAYOUTS=own-core gateway/bench/run.sh
#   REFERENCE=bare gateway/bench/run.sh  # the same against Spring Cloud Gateway with one route and no filters
#
# Layouts: "shared" = wrk, the backend and the gateway share every core; "own-core" = the gateway on
# CPU 0 alone, wrk and the backend on the other cores, in the direct runs too (as deployed, where the
# gateway has machines of its own). own-core needs taskset and at least two cores.
#
# Needs the gateway jar (built if missing: ./mvnw -pl gateway -am package -DskipTests) and wrk
# (installed with apt-get when missing and running as root). Not part of ./mvnw verify.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"            # direct and gateway alternate; the median of the rounds is reported
WARMUP="${WARMUP:-60s}"          # per target and scenario: C2 keeps compiling the gateway for a while
GATEWAY_ARGS="${GATEWAY_ARGS:-}"  # extra gateway arguments, e.g. --management.tracing.sampling.probability=0.1
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DELAYS="${DELAYS:-0 5}"          # backend work per request, in ms: 0 = worst case for the gateway
LAYOUTS="${LAYOUTS:-shared own-core}"
BACKEND_PORT="${BACKEND_PORT:-18082}"
GATEWAY_PORT="${GATEWAY_PORT:-18080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-19080}"
PATH_DIRECT="/jobs/specialties"
PATH_GATEWAY="/api/jobs/specialties"

JAVA="${JAVA:-}"
if [[ -z "$JAVA" ]]; then
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*25*/bin/java; do
    if [[ -x "$candidate" ]] && "$candidate" -version 2>&1 | grep -q '"25'; then JAVA="$candidate"; break; fi
  done
fi
[[ -n "$JAVA" ]] || { echo "needs a Java 25 (set JAVA=/path/to/java)"; exit 1; }

if ! command -v wrk >/dev/null; then
  if [[ "$(id -u)" == 0 ]]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else echo "needs wrk (apt-get install wrk)"; exit 1; fi
fi

if [[ "${REFERENCE:-}" == bare ]]; then
  # Spring Cloud Gateway alone (bench/bare): what the framework's proxy hop costs without our filters
  (cd "$ROOT" && ./mvnw -B -q -pl platform-bom install && JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw -B -q -f gateway/bench/bare/pom.xml package)
  JAR="$HERE/bare/target/gateway-bench-bare-0.1.0-SNAPSHOT.jar"
else
  JAR="$(ls "$ROOT"/gateway/target/gateway-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [[ -z "$JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q -pl gateway -am package -DskipTests)
    JAR="$(ls "$ROOT"/gateway/target/gateway-*.jar | grep -v original | head -1)"
  fi
fi

WORK="$(mktemp -d)"   # logs and round results
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_for() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "not up: $1"; exit 1; }

# "wrk output" -> "rps p50_ms p99_ms"
summarize() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}

# median of each column of "rps p50 p99 bad" lines
median() {
  for col in 1 2 3 4; do cut -d' ' -f"$col" "$1" | sort -g | awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'; done
  echo
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $ROUNDS rounds of $DURATION per target, alternating (after $WARMUP warm-up); medians"

for layout in $LAYOUTS; do
  GATEWAY_CPUS=""; REST_CPUS=""
  if [[ "$layout" == own-core ]]; then
    if [[ "$(nproc)" -lt 2 ]] || ! command -v taskset >/dev/null; then echo "own-core needs two cores and taskset; skipped"; continue; fi
    GATEWAY_CPUS="taskset -c 0"; REST_CPUS="taskset -c 1-$(( $(nproc) - 1 ))"
  fi

  $GATEWAY_CPUS "$JAVA" -Xmx512m -jar "$JAR" \
    --server.port="$GATEWAY_PORT" --management.server.port="$MANAGEMENT_PORT" \
    --gateway.areas.jobs.url="http://127.0.0.1:$BACKEND_PORT" --BACKEND_URL="http://127.0.0.1:$BACKEND_PORT" \
    --gateway.rate-limit.anonymous.capacity=1000000000 --gateway.rate-limit.anonymous.refill=1000000000 \
    --logging.level.root=WARN $GATEWAY_ARGS > "$WORK/gateway-$layout.log" 2>&1 &
  GATEWAY_PID=$!
  PIDS+=($GATEWAY_PID)

  for delay in $DELAYS; do
    $REST_CPUS "$JAVA" "$HERE/JsonBackend.java" "$BACKEND_PORT" "$delay" > "$WORK/backend.log" 2>&1 &
    BACKEND_PID=$!
    PIDS+=($BACKEND_PID)
    wait_for "http://127.0.0.1:$BACKEND_PORT$PATH_DIRECT"
    wait_for "http://127.0.0.1:$GATEWAY_PORT$PATH_GATEWAY"

    $REST_CPUS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$GATEWAY_PORT$PATH_GATEWAY" > /dev/null
    $REST_CPUS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$BACKEND_PORT$PATH_DIRECT" > /dev/null
    : > "$WORK/direct.txt"; : > "$WORK/gateway.txt"
    for _ in $(seq 1 "$ROUNDS"); do
      $REST_CPUS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$BACKEND_PORT$PATH_DIRECT" | summarize >> "$WORK/direct.txt"
      $REST_CPUS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$GATEWAY_PORT$PATH_GATEWAY" | summarize >> "$WORK/gateway.txt"
    done
    read -r d_rps d_p50 d_p99 d_bad < <(median "$WORK/direct.txt")
    read -r g_rps g_p50 g_p99 g_bad < <(median "$WORK/gateway.txt")

    echo
    echo "layout $layout, backend delay ${delay} ms"
    echo "  rounds (req/s p50 p99 non-2xx): direct $(tr '\n' ';' < "$WORK/direct.txt") gateway $(tr '\n' ';' < "$WORK/gateway.txt")"
    printf "  %-8s %10s %10s %10s %8s\n" "" "req/s" "p50 ms" "p99 ms" "non-2xx"
    printf "  %-8s %10s %10s %10s %8s\n" direct "$d_rps" "$d_p50" "$d_p99" "$d_bad"
    printf "  %-8s %10s %10s %10s %8s\n" gateway "$g_rps" "$g_p50" "$g_p99" "$g_bad"
    awk -v g="$g_rps" -v d="$d_rps" -v gp="$g_p99" -v dp="$d_p99" \
      'BEGIN { printf "  gateway/direct: throughput %.0f%% (goal >= 85%%), p99 %.2fx (goal <= 1.5x)\n", 100 * g / d, gp / dp }'

    kill "$BACKEND_PID" 2>/dev/null || true
    wait "$BACKEND_PID" 2>/dev/null || true
  done
  kill "$GATEWAY_PID" 2>/dev/null || true
  wait "$GATEWAY_PID" 2>/dev/null || true
done
echo; echo "logs: $WORK"
