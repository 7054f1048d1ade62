#!/usr/bin/env bash
# Submits a handful of realistic concern reports (synthetic identities from Skatteverket's test range) through every
# connector of a running local runtime, so the whole flow can be watched in the web pages:
#
#   school (JSON API)            two reports: one to Göteborg (1480, the case officers' inbox), one to Stockholm
#                                (0180, delivered to the case-management stand-in); and one invalid report, to show
#                                the field-by-field rejection
#   healthcare (FHIR Bundle)     one urgent report to Göteborg
#   police (XML over HTTP)       one acute report to Stockholm
#   police (transfer directory)  one report of immediate danger to Göteborg, about the same child as the school's:
#                                the inbox shows it first and links the earlier report
#
# Then it records, in the case-management stand-in, the protective assessment and the decision "investigation
# opened" for the school's Stockholm report, and waits until the school may see that decision.
#
#   deploy/demo.sh        against the runtime of deploy/run.sh (same ports and data directory)
#
# Needs only bash and curl. Every run sends new reports (new document ids); the children are the same, so a second
# run shows earlier-report links.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
case "${1:-}" in
  -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
esac

DEMO_DIR=$ROOT/deploy/demo
RUN=$(date +%Y%m%d%H%M%S)
NOW=$(date +%Y-%m-%dT%H:%M:%S%:z)
SCHOOL=http://127.0.0.1:$SCHOOL_PORT
HEALTHCARE=http://127.0.0.1:$HEALTHCARE_PORT
POLICE=http://127.0.0.1:$POLICE_PORT
SOCIAL=http://127.0.0.1:$SOCIAL_PORT
CASE_SYSTEM=http://127.0.0.1:$CASE_SYSTEM_PORT
CASE_SYSTEM_CREDENTIALS=connector:$(issuer_secret DELIVERY)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for url in "$SCHOOL" "$HEALTHCARE" "$POLICE" "$SOCIAL" "$CASE_SYSTEM"; do
  if ! curl -sf "$url/actuator/health" >/dev/null; then
    echo "Nothing answers at $url: start the local runtime first (deploy/run.sh)." >&2
    exit 1
  fi
done

# json_field NAME FILE: the first string value of NAME in a JSON document (enough for the flat answers used here).
json_field() {
  grep -o "\"$1\" *: *\"[^\"]*\"" "$2" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'
}

# fill TEMPLATE: the template with this run's id and time.
fill() {
  sed -e "s/@RUN@/$RUN/g" -e "s/@NOW@/$NOW/g" "$1"
}

# post NAME EXPECTED_STATUS OUT CURL_ARGS...: posts, prints a line, fails the demo on an unexpected status.
post() {
  local name=$1 expected=$2 out=$3
  shift 3
  local status
  status=$(curl -s -o "$out" -w '%{http_code}' "$@")
  if [ "$status" != "$expected" ]; then
    echo "  $name: unexpected HTTP $status" >&2
    cat "$out" >&2
    echo >&2
    exit 1
  fi
}

school_report() {
  local client=$1 body=$2 out=$3
  post "school" 201 "$out" -H "Authorization: Bearer $(issuer_token "$client")" -H 'Content-Type: application/json' \
    --data-binary "$body" \
    "$SCHOOL/api/v1/reports"
  echo "    accepted: report $(json_field reportId "$out"), digest $(json_field contentDigest "$out" | cut -c1-16)…"
}

echo "Demo run $RUN"
echo
echo "School, Kvarnbackaskolan (its pupil-records system): a child registered in Göteborg (1480)"
school_report elevsystem-29837461 "$(cat <<EOF
{"reporter": {"phone": "031-123 45 67"},
 "child": {"personalIdentityNumber": "20140822-9985", "givenName": "Saga", "familyName": "Testsson",
           "municipalityOfRegistration": "1480", "whereabouts": "I skolan"},
 "observations": [
   {"category": "PHYSICAL_VIOLENCE", "observedAt": "$NOW",
    "description": "Eleven kom till skolan med blåmärken på båda underarmarna och sa att hon inte fick berätta hur hon fått dem. Mentorn har sett liknande märken tidigare i höst."},
   {"category": "NEGLECT", "observedAt": "$NOW",
    "description": "Eleven har varit frånvarande tolv dagar den senaste månaden och verkar hungrig och trött."}],
 "urgency": {"reporterMarkedAcute": false, "immediateDanger": false}}
EOF
)" "$TMP/school-1.json"

echo "School, Ekbackens skola (its pupil-records system): a child registered in Stockholm (0180)"
school_report elevsystem-29837462 "$(cat <<EOF
{"reporter": {"role": "Skolkurator", "email": "kurator@vasterskolan.example"},
 "child": {"personalIdentityNumber": "20110607-9989", "givenName": "Noah", "familyName": "Testberg",
           "municipalityOfRegistration": "0180"},
 "observations": [
   {"category": "OWN_HARMFUL_BEHAVIOUR", "observedAt": "$NOW",
    "description": "Eleven har berättat för kuratorn att han skadar sig själv och inte vill gå hem efter skolan."}],
 "urgency": {"reporterMarkedAcute": false, "immediateDanger": false}}
EOF
)" "$TMP/school-2.json"
STOCKHOLM_REPORT=$(json_field reportId "$TMP/school-2.json")

echo "School (Kvarnbackaskolan): an invalid report, rejected field by field, nothing published"
post "school" 400 "$TMP/school-invalid.json" -H "Authorization: Bearer $(issuer_token elevsystem-29837461)" -H 'Content-Type: application/json' \
  --data-binary '{"child": {"personalIdentityNumber": "20140822-9986", "givenName": "Saga",
                  "municipalityOfRegistration": "9999"}, "observations": []}' \
  "$SCHOOL/api/v1/reports"
# One line per rejected field, whatever order the answer gives the keys of each error in.
grep -o '{[^{}]*"field"[^{}]*}' "$TMP/school-invalid.json" | while read -r error; do
  field=$(printf '%s' "$error" | sed -n 's/.*"field" *: *"\([^"]*\)".*/\1/p')
  message=$(printf '%s' "$error" | sed -n 's/.*"message" *: *"\([^"]*\)".*/\1/p')
  echo "    $field: $message"
done
echo

echo "Healthcare, Demo barnavårdscentral (its health-record system): an urgent FHIR Bundle, child registered in Göteborg"
fill "$DEMO_DIR/healthcare-bundle.json" >"$TMP/bundle.json"
post "healthcare" 201 "$TMP/healthcare.json" -H "Authorization: Bearer $(issuer_token journal-bvc1)" -H 'Content-Type: application/fhir+json' \
  -H 'Accept: application/fhir+json' --data-binary "@$TMP/bundle.json" "$HEALTHCARE/fhir/Bundle"
echo "    accepted: Communication $(json_field id "$TMP/healthcare.json")"

echo "Police, LPO Södermalm (HTTP): an acute report, child registered in Stockholm"
fill "$DEMO_DIR/police-sodermalm.xml" >"$TMP/police.xml"
post "police" 201 "$TMP/police-receipt.xml" -H "Authorization: Bearer $(issuer_token polis-sodermalm)" -H 'Content-Type: application/xml' \
  --data-binary "@$TMP/police.xml" "$POLICE/api/v1/documents"
echo "    accepted: document PM-DEMO-5000-$RUN"

TRANSFER=$DATA_DIR/police-transfer
echo "Police, LPO Göteborg City (transfer directory $TRANSFER/inbox): immediate danger, the school's Göteborg child"
mkdir -p "$TRANSFER/inbox"
fill "$DEMO_DIR/police-goteborg.xml" >"$TRANSFER/inbox/PM-DEMO-1400-$RUN.xml.part"
mv "$TRANSFER/inbox/PM-DEMO-1400-$RUN.xml.part" "$TRANSFER/inbox/PM-DEMO-1400-$RUN.xml"
deadline=$((SECONDS + 30))
while [ -e "$TRANSFER/inbox/PM-DEMO-1400-$RUN.xml" ] || [ -e "$TRANSFER/processing/PM-DEMO-1400-$RUN.xml" ]; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "    the connector did not pick the document up within 30 s; see $LOG_DIR/police.log" >&2
    exit 1
  fi
  sleep 0.5
done
if [ -e "$TRANSFER/rejected/PM-DEMO-1400-$RUN.xml" ]; then
  echo "    rejected:" >&2
  cat "$TRANSFER/rejected/PM-DEMO-1400-$RUN.xml".* >&2
  exit 1
fi
echo "    accepted: document PM-DEMO-1400-$RUN (removed from the transfer directory after the broker's acknowledgement)"
echo

echo "Case-management stand-in (Stockholm): waiting for the school's report to be delivered ..."
deadline=$((SECONDS + 60))
until curl -sf -u "$CASE_SYSTEM_CREDENTIALS" "$CASE_SYSTEM/api/v1/concern-reports/$STOCKHOLM_REPORT" >/dev/null; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "    not delivered within 60 s; see $LOG_DIR/hub.log and $LOG_DIR/social-services.log" >&2
    exit 1
  fi
  sleep 1
done
echo "    delivered and acknowledged; recording the protective assessment and the decision \"investigation opened\""
curl -sf -o /dev/null -d immediateProtectionNeeded=false \
  "$CASE_SYSTEM/reports/$STOCKHOLM_REPORT/protective-assessment"
curl -sf -o /dev/null -d decision=OPENED -d withholdFeedback=false "$CASE_SYSTEM/reports/$STOCKHOLM_REPORT/decision"

echo "School (Ekbackens skola): waiting for the decision social services may share ..."
deadline=$((SECONDS + 60))
until curl -sf -H "Authorization: Bearer $(issuer_token elevsystem-29837462)" "$SCHOOL/api/v1/reports" | grep -q "\"reportId\":\"$STOCKHOLM_REPORT\"[^{]*\"decision\":{"; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "    no decision within 60 s; see $LOG_DIR/hub.log and $LOG_DIR/school.log" >&2
    exit 1
  fi
  sleep 1
done
echo "    the school sees: investigation opened (and nothing else)"
echo
cat <<EOF
Now look around (sign in at the identity issuer; the passwords deploy/run.sh printed, in $ISSUER_SECRETS):
  $SCHOOL/               anna: "Mina anmälningar" shows the receipts
                                       erik: the decision on the Stockholm report
  $SOCIAL/               handlaggare: Göteborg's inbox, acute first, with deadlines and
                                       the earlier report about the same child
  $CASE_SYSTEM/               Stockholm's case-management stand-in: record decisions there
  $HEALTHCARE/fhir/Task      feedback as FHIR Tasks, for a bearer token of journal-bvc1
EOF
