#!/usr/bin/env bash
# The counsellor's caseload at volume: fills a fresh database with N generated bilans (default 100000; the generator
# rebuilds the caseload read model at the end), then requests the caseload page 200 times per variant as a generated
# counsellor and prints the median and 95th percentile of the time to first byte (server time on localhost).
# Usage: bench/caseload.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
db="balise_bench_$(date +%s)"
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
key="$(mktemp -d)/master-key"
openssl rand -base64 32 > "$key" && chmod 400 "$key"
export BALISE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" BALISE_DB_USER=postgres BALISE_MASTER_KEY_FILE="$key"
[ -f target/balise-0.1.0-SNAPSHOT.jar ] || mvn -B -q -DskipTests package
log="$(mktemp)"
java -jar target/balise-0.1.0-SNAPSHOT.jar --balise.generate="$count" --server.port=8089 > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until grep -q "Generated $count bilans" "$log"; do
  if ! kill -0 $app 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 2
done
grep "Generated $count bilans\|Caseload read model rebuilt" "$log"
until curl -s -o /dev/null http://localhost:8089/login; do sleep 1; done

counsellor=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "select a.email from account a join caseload_entry c on c.counsellor_id = a.id where a.email like 'counsellor-%'
   group by a.email order by count(*) desc limit 1")
jar="$(mktemp)"
csrf=$(curl -s -c "$jar" -b "$jar" http://localhost:8089/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$counsellor&password=balise-demo-2026&_csrf=$csrf" http://localhost:8089/login
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "select 'bilans: ' || count(*) from bilan; select 'caseload rows: ' || count(*) from caseload_entry"
for page in "/counsellor" "/counsellor?sort=NEXT_SESSION" "/counsellor?sort=HOURS&state=INVESTIGATION" \
    "/counsellor?alert=NO_RECENT_SESSION" "/counsellor?ended=true&sort=STATE" "/counsellor?page=1"; do
  status=$(curl -s -b "$jar" -o /dev/null -w "%{http_code}" "http://localhost:8089$page")
  for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "http://localhost:8089$page"; done
  for i in $(seq 1 200); do curl -s -b "$jar" -o /dev/null -w "%{time_starttransfer}\n" "http://localhost:8089$page"; done \
    | sort -n | awk -v page="$page" -v status="$status" '{ t[NR] = $1 } END {
        printf "%-45s %s  median %.1f ms  p95 %.1f ms  max %.1f ms  (n=%d)\n", page, status,
          t[int(NR * 0.5)] * 1000, t[int(NR * 0.95)] * 1000, t[NR] * 1000, NR }'
done
