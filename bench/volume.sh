#!/usr/bin/env bash
# Fills a fresh database on the local PostgreSQL server with N generated bilans (default 100000), then
# times the counsellor's caseload page for a generated counsellor. Usage: bench/volume.sh [N]
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
grep "Generated $count bilans" "$log"
until curl -s -o /dev/null http://localhost:8089/login; do sleep 1; done

counsellor=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "select a.email from account a join counsellor c on c.account_id = a.id where a.email like 'counsellor-0-%' limit 1")
jar="$(mktemp)"
csrf=$(curl -s -c "$jar" -b "$jar" http://localhost:8089/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$counsellor&password=balise-demo-2026&_csrf=$csrf" http://localhost:8089/login
for page in "/counsellor" "/counsellor?page=1" "/counsellor?ended=true"; do
  curl -s -b "$jar" -o /dev/null "http://localhost:8089$page"
  for i in 1 2 3 4 5; do
    curl -s -b "$jar" -o /dev/null -w "$page %{http_code} %{time_total}s\n" "http://localhost:8089$page"
  done
done
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "select 'bilans: ' || count(*) from bilan"
