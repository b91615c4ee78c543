#!/usr/bin/env bash
# Mutation testing of the rules (Stryker.NET, MTP runner): mutates src/ResponseCriteria/{Recist11,IRecist,Confirmation,Patterns},
# runs the core and conformance tests against every mutant, writes the HTML and JSON reports under
# StrykerOutput/<date>/reports/ and prints the score. Takes several minutes on 2 cores; not part of CI.
# Usage: eng/mutation.sh [extra stryker arguments, e.g. --mutate '**/Confirmation/**/*.cs']
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore > /dev/null
cd src/ResponseCriteria
dotnet dotnet-stryker --config-file ../../eng/stryker-config.json --output ../../StrykerOutput "$@" | tee ../../StrykerOutput.log
report=$(ls -t ../../StrykerOutput/*/reports/mutation-report.json 2>/dev/null | head -1)
if [ -n "$report" ]; then
  python3 - "$report" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
counts = collections.Counter()
for f in report["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] += 1
killed = counts["Killed"] + counts["Timeout"]
valid = killed + counts["Survived"] + counts["NoCoverage"]
print(f"mutation: {killed} killed (timeouts included), {counts['Survived']} survived, {counts['NoCoverage']} not covered, "
      f"{counts['CompileError']} compile errors, {counts['Ignored']} ignored")
print(f"mutation score: {100 * killed / valid:.1f}%" if valid else "mutation score: no mutants")
print(f"report: {sys.argv[1].replace('.json', '.html')}")
PY
fi
