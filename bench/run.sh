#!/usr/bin/env bash
# Matchmaker benchmark: a database with many leads, the server on one core and the client on the
# other, each main list page timed, and the server's memory read at the end.
# Usage: bench/run.sh [leads=20000] [requests per page=200]
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${1:-20000}
requests=${2:-200}
port=5099
data=$(mktemp -d /tmp/matchmaker-bench.XXXXXX)
web=src/Matchmaker.Web/bin/Release/net10.0/Matchmaker.Web.dll

dotnet build src/Matchmaker.Web -c Release -v q -nologo >/dev/null
dotnet build bench/Matchmaker.Bench -c Release -v q -nologo >/dev/null

start_server() {
  (cd src/Matchmaker.Web && ASPNETCORE_ENVIRONMENT=Benchmark taskset -c 0 dotnet "../../$web" \
      --urls "http://127.0.0.1:$port" --App:DataFolder="$data" --Serilog:MinimumLevel:Default=Warning \
      --Security:SignInAttemptsPerMinute=1000 >"$data/server.log" 2>&1) &
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "server did not start"; cat "$data/server.log"; exit 1
}

start_server
pkill -f "urls http://127.0.0.1:$port" || true
sleep 1
taskset -c 1 dotnet bench/Matchmaker.Bench/bin/Release/net10.0/Matchmaker.Bench.dll seed "$data/matchmaker.db" "$leads"
start_server
pid=$(pgrep -f "urls http://127.0.0.1:$port" | tail -n 1)
echo "Leads in the database: $leads (plus the demo data); server pid $pid pinned to core 0, client to core 1"
taskset -c 1 dotnet bench/Matchmaker.Bench/bin/Release/net10.0/Matchmaker.Bench.dll measure "http://127.0.0.1:$port" "$pid" "$requests"
kill "$pid"; wait 2>/dev/null || true
rm -rf "$data"
