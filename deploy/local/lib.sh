# Functions of the local runtime, shared by deploy/run.sh and deploy/bench.sh. Sourced, not run.
# Expects ROOT (the repository root) to be set.

VERSION=0.1.0-SNAPSHOT
KAFKA_PORT=${OROSHUB_KAFKA_PORT:-9092}
CONTROLLER_PORT=${OROSHUB_CONTROLLER_PORT:-9093}
KAFKA_SSL_PORT=${OROSHUB_KAFKA_SSL_PORT:-9094}
REGISTRY_PORT=${OROSHUB_REGISTRY_PORT:-8081}
HUB_PORT=${OROSHUB_HUB_PORT:-8090}
SCHOOL_PORT=${OROSHUB_SCHOOL_PORT:-8181}
HEALTHCARE_PORT=${OROSHUB_HEALTHCARE_PORT:-8182}
POLICE_PORT=${OROSHUB_POLICE_PORT:-8183}
SOCIAL_PORT=${OROSHUB_SOCIAL_PORT:-8184}
CASE_SYSTEM_PORT=${OROSHUB_CASE_SYSTEM_PORT:-8185}
DATA_DIR=${OROSHUB_DATA_DIR:-$ROOT/deploy/data}
LOG_DIR=${OROSHUB_LOG_DIR:-$ROOT/deploy/logs}
BOOTSTRAP=127.0.0.1:$KAFKA_PORT
REGISTRY_URL=http://127.0.0.1:$REGISTRY_PORT

BROKER_LIB=$ROOT/deploy/target/broker-lib
REGISTRY_JAR=$ROOT/schemas/registry-server/target/schemas-registry-server-$VERSION.jar  # plain jar, dependencies in target/lib
HUB_JAR=$ROOT/hub-core/app/target/hub-core-app-$VERSION-exec.jar
SCHOOL_JAR=$ROOT/connectors/school/target/connectors-school-$VERSION-exec.jar
HEALTHCARE_JAR=$ROOT/connectors/healthcare/target/connectors-healthcare-$VERSION-exec.jar
POLICE_JAR=$ROOT/connectors/police/target/connectors-police-$VERSION-exec.jar
SOCIAL_JAR=$ROOT/connectors/social-services/target/connectors-social-services-$VERSION-exec.jar
CASE_SYSTEM_JAR=$ROOT/simulators/case-management/target/simulators-case-management-$VERSION-exec.jar

# Avro 1.12 loads generated classes only from trusted packages.
JAVA_COMMON=(-Dorg.apache.avro.SERIALIZABLE_PACKAGES=se.oroshub.schemas.avro -XX:+UseSerialGC -XX:TieredStopAtLevel=1)

PIDS=()
NAMES=()
LAUNCHED=()
ENDPOINTS=()

# require_tools: stops with what to install when a tool the local runtime uses is missing.
require_tools() {
  local tool missing=()
  for tool in java curl base64; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "The local runtime needs: ${missing[*]} (Debian: apt-get install openjdk-17-jdk-headless curl coreutils)" >&2
    exit 1
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

build_all() {
  echo "Building (log: $LOG_DIR/build.log) ..."
  # -DskipTests, not -Dmaven.test.skip: the test fixtures are test-jars other modules depend on, so the test classes
  # must be compiled and packaged even when no test runs.
  if ! "$ROOT/mvnw" -B -DskipTests package >"$LOG_DIR/build.log" 2>&1; then
    tail -n 40 "$LOG_DIR/build.log" >&2
    echo "Build failed; see $LOG_DIR/build.log" >&2
    exit 1
  fi
}

# wait_for NAME PID SECONDS CHECK...: waits until CHECK succeeds, failing early when the process died.
wait_for() {
  local name=$1 pid=$2 seconds=$3
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped during start-up; last lines of $LOG_DIR/$name.log:" >&2
      tail -n 30 "$LOG_DIR/$name.log" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$name did not become ready within ${seconds}s; see $LOG_DIR/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

track() {
  PIDS+=("$2")
  NAMES+=("$1")
}

start_broker() {
  local dir=$DATA_DIR/kafka
  mkdir -p "$dir/logs"
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" -e "s#@LOG_DIR@#$dir/logs#g" \
    "$ROOT/deploy/config/broker.properties.template" >"$dir/server.properties"
  if [ -n "${BROKER_CONFIG_HOOK:-}" ]; then "$BROKER_CONFIG_HOOK" "$dir/server.properties"; fi
  local cp="$BROKER_LIB/*"
  local log4j=(-Dlog4j2.configurationFile="$ROOT/deploy/config/broker-log4j2.yaml")
  if [ ! -f "$dir/logs/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java "${log4j[@]}" -cp "$cp" kafka.tools.StorageTool random-uuid)
    echo "Formatting the broker's storage in $dir/logs (cluster $cluster_id)"
    java "${log4j[@]}" -cp "$cp" kafka.tools.StorageTool format --config "$dir/server.properties" \
      --cluster-id "$cluster_id" >"$LOG_DIR/broker-format.log" 2>&1
  fi
  java -Xmx768m "${log4j[@]}" -cp "$cp" kafka.Kafka "$dir/server.properties" >"$LOG_DIR/broker.log" 2>&1 &
  local pid=$!
  track broker "$pid"
  wait_for broker "$pid" 60 port_open "$KAFKA_PORT"
  echo "Kafka broker (KRaft)      $BOOTSTRAP   data: $dir"
}

# The principals that may register schemas in the registry: each component that writes Avro records, and the
# operators' tools. The registry holds only their password hashes.
REGISTRY_WRITERS=(hub school healthcare police social-services operator)
REGISTRY_AUTH_DIR=$DATA_DIR/registry-auth
REGISTRY_USERS_FILE=$REGISTRY_AUTH_DIR/users.properties

# ensure_registry_credentials: on the first start, a random password per registry principal (under deploy/data,
# readable by its owner only) and the registry's users file of their hashes. Nothing of it is in the repository.
ensure_registry_credentials() {
  (umask 077 && mkdir -p "$REGISTRY_AUTH_DIR")
  local name
  for name in "${REGISTRY_WRITERS[@]}"; do
    if [ ! -s "$REGISTRY_AUTH_DIR/$name.password" ]; then
      (umask 077 && head -c 24 /dev/urandom | base64 -w0 | tr '+/' '-_' >"$REGISTRY_AUTH_DIR/$name.password")
      rm -f "$REGISTRY_USERS_FILE"
    fi
  done
  if [ ! -s "$REGISTRY_USERS_FILE" ]; then
    local next=$REGISTRY_USERS_FILE.next hash
    (umask 077 && : >"$next")
    for name in "${REGISTRY_WRITERS[@]}"; do
      hash=$(java "${JAVA_COMMON[@]}" -jar "$REGISTRY_JAR" --hash-password <"$REGISTRY_AUTH_DIR/$name.password")
      printf '%s=%s\n' "$name" "$hash" >>"$next"
    done
    mv "$next" "$REGISTRY_USERS_FILE"
  fi
  # The operators' tools read their registry credentials from a Kafka client properties file (--command-config).
  if [ ! -s "$REGISTRY_AUTH_DIR/operator.properties" ]; then
    (umask 077 && printf 'basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=operator:%s\n' \
      "$(cat "$REGISTRY_AUTH_DIR/operator.password")" >"$REGISTRY_AUTH_DIR/operator.properties")
  fi
}

# registry_env NAME: the environment that gives component NAME its registry credentials (none for a component that
# is not a registry principal, or when the registry is open, as the benchmark's is).
registry_env() {
  local file=$REGISTRY_AUTH_DIR/$1.password
  if [ "${REGISTRY_OPEN:-0}" = 0 ] && [ -s "$file" ]; then
    printf '%s\n' SPRING_KAFKA_PROPERTIES_BASIC_AUTH_CREDENTIALS_SOURCE=USER_INFO \
      "SPRING_KAFKA_PROPERTIES_BASIC_AUTH_USER_INFO=$1:$(cat "$file")"
  fi
}

# start_registry: the schema registry; registering, deleting and changing compatibility need the credentials of a
# registry principal (REGISTRY_OPEN=1 opens it, for the benchmark's throw-away registry only).
start_registry() {
  local auth=(-Dauthentication.method=NONE)
  if [ "${REGISTRY_OPEN:-0}" = 0 ]; then
    ensure_registry_credentials
    auth=(-Dauthentication.method=BASIC -Dauthentication.basic.users.file="$REGISTRY_USERS_FILE")
  fi
  java -Xmx192m "${JAVA_COMMON[@]}" \
    -Dlisteners="$REGISTRY_URL" -Dkafkastore.bootstrap.servers="$BOOTSTRAP" "${auth[@]}" \
    -jar "$REGISTRY_JAR" >"$LOG_DIR/registry.log" 2>&1 &
  local pid=$!
  track registry "$pid"
  wait_for registry "$pid" 60 curl -sf "$REGISTRY_URL/subjects"
  echo "Schema registry           $REGISTRY_URL"
}

# local_profile NAME: the arguments that give a component its local-runtime configuration, when it has any: the
# 'local' profile and deploy/local/NAME/ (application-local.yml, with the demo sign-ins and secrets that no jar
# contains) as an additional configuration location.
local_profile() {
  local dir=$ROOT/deploy/local/$1
  if [ -f "$dir/application-local.yml" ]; then
    printf '%s\n' --spring.profiles.active=local "--spring.config.additional-location=optional:file:$dir/"
  fi
}

# launch_java_app NAME JAR PORT [ARGS...]: starts a Spring Boot process of the hub without waiting for it.
launch_java_app() {
  local name=$1 jar=$2 port=$3
  shift 3
  if [ ! -f "$jar" ]; then
    echo "$name: $jar is missing (run without --no-build)" >&2
    exit 1
  fi
  local profile=() credentials=()
  mapfile -t profile < <(local_profile "$name")
  mapfile -t credentials < <(registry_env "$name")
  env "${credentials[@]}" java -Xmx384m "${JAVA_COMMON[@]}" -jar "$jar" \
    --server.port="$port" --server.address=127.0.0.1 \
    --spring.kafka.bootstrap-servers="$BOOTSTRAP" \
    --spring.kafka.properties.schema.registry.url="$REGISTRY_URL" \
    "${profile[@]}" "$@" >"$LOG_DIR/$name.log" 2>&1 &
  track "$name" "$!"
  LAUNCHED+=("$name:$port:$!")
}

# await_java_apps: waits until every launched process answers on its health endpoint.
await_java_apps() {
  local entry name port pid
  for entry in "${LAUNCHED[@]}"; do
    IFS=: read -r name port pid <<<"$entry"
    wait_for "$name" "$pid" 180 curl -sf "http://127.0.0.1:$port/actuator/health"
    printf '%-25s %s\n' "$name" "http://127.0.0.1:$port/actuator/health"
  done
  LAUNCHED=()
}

# start_java_app NAME JAR PORT [ARGS...]: starts a Spring Boot process of the hub and waits until it is ready.
start_java_app() {
  launch_java_app "$@"
  await_java_apps
}

endpoint() {
  ENDPOINTS+=("$(printf '%-42s %s' "$1" "$2")")
}

print_endpoints() {
  endpoint "School connector: staff web page" "http://127.0.0.1:$SCHOOL_PORT/"
  endpoint "School connector: JSON API" "http://127.0.0.1:$SCHOOL_PORT/api/v1/reports"
  endpoint "School connector: API documentation" "http://127.0.0.1:$SCHOOL_PORT/swagger-ui.html"
  endpoint "Healthcare connector: FHIR R4 base" "http://127.0.0.1:$HEALTHCARE_PORT/fhir"
  endpoint "Police connector: XML documents" "http://127.0.0.1:$POLICE_PORT/api/v1/documents"
  endpoint "Police connector: receipts and feedback" "http://127.0.0.1:$POLICE_PORT/api/v1/reports"
  endpoint "Social services: case officers' inbox" "http://127.0.0.1:$SOCIAL_PORT/"
  endpoint "Social services: status events API" "http://127.0.0.1:$SOCIAL_PORT/api/v1/status-events"
  endpoint "Case-management stand-in" "http://127.0.0.1:$CASE_SYSTEM_PORT/"
  endpoint "Operators' tools (--command-config=)" "$REGISTRY_AUTH_DIR/operator.properties"
  endpoint "Hub health and metrics" "http://127.0.0.1:$HUB_PORT/actuator/health"
  endpoint "Schema registry (Confluent REST API)" "$REGISTRY_URL/subjects"
  echo
  echo "Everything is up:"
  printf '  %s\n' "${ENDPOINTS[@]}"
  echo
}

# Blocks until one process exits (then stops the rest) or until Ctrl-C.
watch_processes() {
  while true; do
    local i
    for i in "${!PIDS[@]}"; do
      if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
        echo "${NAMES[$i]} stopped unexpectedly; last lines of $LOG_DIR/${NAMES[$i]}.log:" >&2
        tail -n 30 "$LOG_DIR/${NAMES[$i]}.log" >&2
        exit 1
      fi
    done
    sleep 1
  done
}

# Stops the processes in reverse order of start, each with SIGTERM first (graceful: Kafka Streams commits, the
# broker flushes and closes its logs), then SIGKILL after a grace period.
stop_all() {
  trap - EXIT INT TERM
  [ "${#PIDS[@]}" -gt 0 ] || return 0
  echo
  echo "Stopping ..."
  local i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    local pid=${PIDS[$i]}
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      local waited=0
      while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 60 ]; do
        sleep 0.5
        waited=$((waited + 1))
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "${NAMES[$i]} did not stop in 30s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
      echo "  stopped ${NAMES[$i]}"
    fi
  done
  PIDS=()
}

# Access control of the local broker: who may read and write what (deploy/security/access.yaml), the certificates of
# every principal (a local CA in deploy/data/pki) and the access jar that issues and applies them.
ACCESS_JAR=$ROOT/access/target/access-$VERSION-exec.jar
ACCESS_FILE=$ROOT/deploy/security/access.yaml
PKI_DIR=$DATA_DIR/pki
BOOTSTRAP_SSL=127.0.0.1:$KAFKA_SSL_PORT

# issue_local_certificates: a local CA and a keystore for the broker and each principal of the access file, created
# at the first start and kept after that; random passwords in owner-only files next to the keystores.
issue_local_certificates() {
  if [ ! -f "$ACCESS_JAR" ]; then
    echo "access: $ACCESS_JAR is missing (run without --no-build)" >&2
    exit 1
  fi
  if ! java -jar "$ACCESS_JAR" issue-certificates --file "$ACCESS_FILE" --dir "$PKI_DIR" >>"$LOG_DIR/access.log" 2>&1
  then
    tail -n 20 "$LOG_DIR/access.log" >&2
    exit 1
  fi
}

# secure_broker_config FILE: appends the mTLS listener and the authorizer to the broker's configuration FILE (as
# BROKER_CONFIG_HOOK of start_broker), which then holds the keystore passwords and is made readable by its owner only.
secure_broker_config() {
  local config=$1
  chmod 600 "$config"
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@KAFKA_SSL_PORT@#$KAFKA_SSL_PORT#g" \
    -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" -e "s#@PKI_DIR@#$PKI_DIR#g" \
    -e "s#@BROKER_KEYSTORE_PASSWORD@#$(cat "$PKI_DIR/oroshub-broker.password")#g" \
    -e "s#@TRUSTSTORE_PASSWORD@#$(cat "$PKI_DIR/truststore.password")#g" \
    "$ROOT/deploy/config/broker-security.properties.template" >>"$config"
}

# apply_access_control: makes the broker's ACLs those of the access file, as the broker's own principal over mTLS.
apply_access_control() {
  local admin=$PKI_DIR/admin.properties
  (
    umask 077
    printf '%s\n' security.protocol=SSL ssl.keystore.type=PKCS12 \
      "ssl.keystore.location=$PKI_DIR/oroshub-broker.p12" \
      "ssl.keystore.password=$(cat "$PKI_DIR/oroshub-broker.password")" \
      "ssl.key.password=$(cat "$PKI_DIR/oroshub-broker.password")" \
      ssl.truststore.type=PKCS12 "ssl.truststore.location=$PKI_DIR/truststore.p12" \
      "ssl.truststore.password=$(cat "$PKI_DIR/truststore.password")" >"$admin"
  )
  if ! java -jar "$ACCESS_JAR" apply --file "$ACCESS_FILE" --bootstrap-server "$BOOTSTRAP_SSL" \
    --command-config "$admin" >>"$LOG_DIR/access.log" 2>&1; then
    tail -n 20 "$LOG_DIR/access.log" >&2
    echo "Applying $ACCESS_FILE failed; see $LOG_DIR/access.log" >&2
    exit 1
  fi
  echo "Access control (mTLS)     $BOOTSTRAP_SSL   $(tail -n 1 "$LOG_DIR/access.log")"
}

# The benchmark (deploy/bench.sh): the driver's executable jar.
BENCH_JAR=$ROOT/benchmarks/target/benchmarks-$VERSION-exec.jar

# True when everything the benchmark starts is built: the broker's classpath, the registry and the driver. The school
# connector is optional (without it the HTTP stage is skipped).
bench_jars_present() {
  [ -d "$BROKER_LIB" ] && [ -n "$(ls -A "$BROKER_LIB" 2>/dev/null)" ] && [ -f "$REGISTRY_JAR" ] && [ -f "$BENCH_JAR" ]
}

# ---- The development identity issuer (simulators/identity-issuer) and the secrets of the local runtime ------------
# Every person's password and every client's secret is generated on the first start into $ISSUER_DIR (owner-only):
# directory.yml (hashes only) for the issuer, secrets.env (the plain values) for the connectors, the stand-in and the
# demo. Nothing of it is in the repository or in a jar; --reset deletes it with the rest of deploy/data.
ISSUER_PORT=${OROSHUB_ISSUER_PORT:-9000}
ISSUER_URL=http://127.0.0.1:$ISSUER_PORT
ISSUER_JAR=$ROOT/simulators/identity-issuer/target/simulators-identity-issuer-$VERSION-exec.jar
ISSUER_DIR=$DATA_DIR/issuer
ISSUER_SECRETS=$ISSUER_DIR/secrets.env

# The demo people who sign in to the connectors' pages: username|name|title|role|organisation.
DEMO_PEOPLE=(
  "anna|Anna Lärare|Klasslärare|reporter|SCHOOL_UNIT_CODE:29837461"
  "erik|Erik Kurator|Skolkurator|reporter|SCHOOL_UNIT_CODE:29837462"
  "handlaggare|Sara Handläggare|Socialsekreterare|case-officer|MUNICIPALITY_CODE:1480"
  "handlaggare-1280|Omar Handläggare|Socialsekreterare|case-officer|MUNICIPALITY_CODE:1280"
  "handlaggare-0380|Lina Handläggare|Socialsekreterare|case-officer|MUNICIPALITY_CODE:0380"
  "handlaggare-0980|Erik Handläggare|Socialsekreterare|case-officer|MUNICIPALITY_CODE:0980"
)
# The systems that call the connectors' APIs (client credentials): client id|name|role|organisation|connector.
DEMO_MACHINES=(
  "case-system-0180|Verksamhetssystem Stockholm|case-system|MUNICIPALITY_CODE:0180|social-services"
  "polis-sodermalm|Ärendesystem LPO Södermalm|police-system|POLICE_UNIT:5000-LPO-SODERMALM|police"
  "polis-goteborg|Ärendesystem LPO Göteborg City|police-system|POLICE_UNIT:1400-LPO-GOTEBORG|police"
  "journal-bvc1|Journalsystem Demo barnavårdscentral|health-record-system|HSA_ID:SE1234567890-BVC1|healthcare"
  "elevsystem-29837461|Elevsystem Kvarnbackaskolan|reporter|SCHOOL_UNIT_CODE:29837461|school"
  "elevsystem-29837462|Elevsystem Ekbackens skola|reporter|SCHOOL_UNIT_CODE:29837462|school"
)

# secret_key NAME: the variable name of a secret in $ISSUER_SECRETS, e.g. case-system-0180 -> CASE_SYSTEM_0180.
secret_key() {
  printf '%s' "$1" | tr 'a-z-' 'A-Z_'
}

# issuer_secret NAME: the generated secret of a person, a client (CONNECTOR_SCHOOL, ...) or DELIVERY.
issuer_secret() {
  local key
  key=$(secret_key "$1")
  grep -m1 "^$key=" "$ISSUER_SECRETS" | cut -d= -f2-
}

new_secret() {
  head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_'
}

# ensure_issuer_directory: on the first start, generates every secret and writes the issuer's directory.
ensure_issuer_directory() {
  if [ -s "$ISSUER_DIR/directory.yml" ] && [ -s "$ISSUER_SECRETS" ]; then
    return 0
  fi
  (umask 077 && mkdir -p "$ISSUER_DIR")
  chmod 700 "$ISSUER_DIR"
  echo "Generating the local runtime's sign-ins and secrets into $ISSUER_DIR (owner-only)"
  local entry user name title role org connector port names=() values=()
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS='|' read -r user name title role org <<<"$entry"
    names+=("$user")
    values+=("$(new_secret)")
  done
  for entry in "${DEMO_MACHINES[@]}"; do
    IFS='|' read -r user name role org connector <<<"$entry"
    names+=("$user")
    values+=("$(new_secret)")
  done
  for connector in school healthcare police social-services; do
    names+=("connector-$connector")
    values+=("$(new_secret)")
  done
  local hashes=()
  mapfile -t hashes < <(printf '%s\n' "${values[@]}" | java "$ROOT/deploy/local/HashSecrets.java")
  local i secrets=() directory
  for i in "${!names[@]}"; do
    secrets+=("$(secret_key "${names[$i]}")=${values[$i]}")
  done
  secrets+=("DELIVERY=$(new_secret)")
  directory="people:"$'\n'
  i=0
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS='|' read -r user name title role org <<<"$entry"
    directory+="  - {username: $user, password: \"${hashes[$i]}\", name: $name, title: $title, roles: [$role], organisation: \"$org\"}"$'\n'
    i=$((i + 1))
  done
  directory+="clients:"$'\n'
  for entry in "${DEMO_MACHINES[@]}"; do
    IFS='|' read -r user name role org connector <<<"$entry"
    directory+="  - {client-id: $user, secret: \"${hashes[$i]}\", name: $name, roles: [$role], organisation: \"$org\", audiences: [connector-$connector]}"$'\n'
    i=$((i + 1))
  done
  for entry in school:$SCHOOL_PORT healthcare:$HEALTHCARE_PORT police:$POLICE_PORT social-services:$SOCIAL_PORT; do
    connector=${entry%%:*}
    port=${entry##*:}
    directory+="  - {client-id: connector-$connector, secret: \"${hashes[$i]}\", redirect-uris: [\"http://127.0.0.1:$port/login/oauth2/code/oroshub\"]}"$'\n'
    i=$((i + 1))
  done
  (umask 077 && printf '%s\n' "${secrets[@]}" >"$ISSUER_SECRETS" && printf '%s' "$directory" >"$ISSUER_DIR/directory.yml")
}

# start_issuer: the development issuer, first of the Spring Boot processes: the connectors read its discovery
# document when they start. Its signing key is kept in $ISSUER_DIR, so tokens survive a restart of the issuer.
start_issuer() {
  ensure_issuer_directory
  start_java_app identity-issuer "$ISSUER_JAR" "$ISSUER_PORT" \
    --oroshub.issuer.directory="$ISSUER_DIR/directory.yml" \
    --oroshub.issuer.key-file="$ISSUER_DIR/signing-key.json" \
    --oroshub.issuer.issuer-uri="$ISSUER_URL"
}

# launch_connector NAME JAR PORT [ARGS...]: a connector pointed at the issuer, with its sign-in client's secret.
launch_connector() {
  OROSHUB_CONNECTOR_SECURITY_ISSUER_URI="$ISSUER_URL" \
    SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_OROSHUB_CLIENT_SECRET="$(issuer_secret "connector-$1")" \
    CASE_SYSTEM_PASSWORD="$(issuer_secret DELIVERY)" \
    launch_java_app "$@"
}

# launch_case_management JAR PORT [ARGS...]: the stand-in, posting status events with a client-credentials token.
launch_case_management() {
  local jar=$1 port=$2
  shift 2
  CASE_SYSTEM_PASSWORD="$(issuer_secret DELIVERY)" \
    OROSHUB_SIMULATOR_CONNECTOR_CLIENT_SECRET="$(issuer_secret case-system-0180)" \
    launch_java_app case-management "$jar" "$port" \
    --oroshub.simulator.connector.token-uri="$ISSUER_URL/oauth2/token" \
    --oroshub.simulator.connector.client-id=case-system-0180 "$@"
}

# issuer_token CLIENT: an access token of a machine client of the local runtime (for the demo and for curl).
issuer_token() {
  curl -sf -u "$1:$(issuer_secret "$1")" -d grant_type=client_credentials "$ISSUER_URL/oauth2/token" |
    grep -o '"access_token" *: *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/'
}

# print_sign_ins: who can sign in to the pages, with this runtime's generated passwords.
print_sign_ins() {
  local entry user name title role org
  echo "Sign-ins of this runtime (identity issuer $ISSUER_URL; generated on the first start, kept in $ISSUER_SECRETS):"
  for entry in "${DEMO_PEOPLE[@]}"; do
    IFS='|' read -r user name title role org <<<"$entry"
    printf '  %-18s %-26s %-14s %s\n' "$user" "$(issuer_secret "$user")" "$role" "$org"
  done
  echo "Machine clients (client credentials: curl -u CLIENT:SECRET -d grant_type=client_credentials"
  echo "$ISSUER_URL/oauth2/token, the secrets in $ISSUER_SECRETS):"
  for entry in "${DEMO_MACHINES[@]}"; do
    printf '  %s\n' "${entry%%|*}"
  done
  echo
}
