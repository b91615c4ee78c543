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
report=../../StrykerOutput/reports/mutation-report.json
if [ -f "$report" ]; then
  python3 - "$report" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
folders = collections.defaultdict(collections.Counter)
for path, f in report["files"].items():
    folder = path.split("src/ResponseCriteria/")[-1].split("/")[0]
    folders[folder].update(m["status"] for m in f["mutants"])
total = collections.Counter()
for folder in ["Recist11", "IRecist", "Confirmation", "Patterns"]:
    c = folders[folder]
    total.update(c)
    killed = c["Killed"] + c["Timeout"]
    valid = killed + c["Survived"] + c["NoCoverage"]
    print(f"mutation {folder}: {killed} killed, {c['Survived']} survived, {c['NoCoverage']} not covered, "
          f"{c['CompileError']} compile errors: {100 * killed / valid:.1f}%" if valid else f"mutation {folder}: no mutants")
killed = total["Killed"] + total["Timeout"]
valid = killed + total["Survived"] + total["NoCoverage"]
print(f"mutation score: {100 * killed / valid:.1f}% ({killed} of {valid}; {total['CompileError']} compile errors, {total['Ignored']} ignored)")
print("report: StrykerOutput/reports/mutation-report.html")
PY
fi
