#!/usr/bin/env bash
# The one command that passes the tests on a fresh machine: installs what the tests need
# (Debian's Chromium when missing; npm packages are restored by the web project's build),
# then runs every test project and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bash .ci/ensure-chromium
bash .ci/ensure-docker-compose
log=$(mktemp)
status=0
dotnet test Chile1973.Graph.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# VSTest prints one "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N" line per test assembly.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
