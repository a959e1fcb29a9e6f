#!/usr/bin/env bash
# The one command that passes the tests on a fresh machine: installs what the tests need
# (Debian's Chromium and redis-server when missing; npm packages are restored by the web project's build),
# then runs every test project and ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bash .ci/ensure-chromium
bash .ci/ensure-redis
bash .ci/ensure-docker-compose
# Known high or critical advisories in the npm lockfile fail the run (NuGet's are checked by every restore).
node .ci/npm-audit.mjs
# The NuGet graph exactly as the packages.lock.json files pin it (content hashes); a change to the
# packages must come with its lock files. Restore also runs NuGet's audit (Directory.Build.props).
dotnet restore Chile1973.Graph.sln --locked-mode
log=$(mktemp)
status=0
dotnet test Chile1973.Graph.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# The run's tail is what a CI record keeps: repeat each failed test's name, message and the line
# of the test that failed there.
awk '/^ +Failed [A-Za-z]/ { keep = 1; lines = 0; print "FAILED:" substr($0, index($0, "Failed") + 6); next }
     /^ +Stack Trace:/ { keep = 0; frame = 1; next }
     frame && /\/tests\/.*\.cs:line [0-9]+/ { print; frame = 0 }
     /^ +(Passed|Failed|Skipped) [A-Za-z]/ { frame = 0 }
     keep && lines < 12 { print; lines++ }' "$log"
# VSTest closes each test assembly with a block of "Passed: N", "Failed: N", "Skipped: N" lines;
# add them up into the one closing line CI reads.
awk '/^ +(Passed|Failed|Skipped): +[0-9]+ *$/ {
       n = $2 + 0
       if ($1 == "Passed:") p += n; else if ($1 == "Failed:") f += n; else s += n
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
