#!/usr/bin/env bash
# Publishes recist as a native executable (Native AOT: no JIT at start-up) and checks that it does what the JIT build does:
# every command below is run by both, and their exit codes, their output (but the "evaluated: N patients in S s" timing)
# and every file they write must be identical. Needs the Release build of the solution (dotnet build -c Release) and a C
# toolchain (clang, or gcc where clang is not installed). CI runs it after the tests.
# Usage: eng/native-check.sh [DIR]   (default ci-out/native; the executable is DIR/bin/recist)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dir=${1:-ci-out/native}
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "native-check: no Native AOT runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac

jit=(dotnet src/ResponseCriteria.Cli/bin/Release/net10.0/recist.dll)
bench=benchmarks/ResponseCriteria.Benchmarks/bin/Release/net10.0/ResponseCriteria.Benchmarks.dll
for built in "${jit[1]}" "$bench"; do
  [ -f "$built" ] || { echo "native-check: $built is missing; run dotnet build ResponseCriteria.sln -c Release first" >&2; exit 1; }
done

rm -rf "$dir" && mkdir -p "$dir/data"
log="$dir/publish.log"
dotnet publish src/ResponseCriteria.Cli -c Release -r "$rid" -p:PublishAot=true -o "$dir/bin" > "$log" 2>&1 \
  || { cat "$log"; echo "native-check: the native publish failed" >&2; exit 1; }
native=("$dir/bin/recist")

# Long tables in Parquet and Arrow IPC for the readers (the synthetic cohort of the benchmarks).
dotnet "$bench" generate 300 "$dir/data/cohort.parquet" > /dev/null
dotnet "$bench" generate 300 "$dir/data/cohort.arrow" > /dev/null

data=tests/data/pharmaverse
commands=(
  "evaluate docs/examples/seed-case.json"
  "evaluate --format json docs/examples/seed-case.json"
  "evaluate --compare docs/examples/seed-case.json"
  "check tests/data/conformance/cases"
  "sdtm --tu $data/tu_onco_recist.csv --tr $data/tr_onco_recist.csv --rs $data/rs_onco_recist.csv"
  "sdtm --tu $data/tu_onco.csv.gz --tr $data/tr_onco.csv.gz --supptr $data/supptr_onco.csv.gz --rs $data/rs_onco.csv.gz --criteria iRECIST"
  "endpoints --rs $data/rs_onco_recist.csv --adsl tests/data/pharmaverse-adam/adsl.csv --out OUT"
  "report docs/examples --criteria iRECIST --out OUT/report.html"
  "batch docs/examples/long-table.csv --out OUT --criteria iRECIST"
  "batch $dir/data/cohort.parquet --out OUT --format parquet"
  "batch $dir/data/cohort.arrow --out OUT --format arrow --explain"
  "evaluate no-such-case.json"
)

run() { # run BUILD-NAME COMMAND...: output, exit code and written files under $dir/BUILD-NAME
  local name=$1; shift
  local out="$dir/$name"
  rm -rf "$out" && mkdir -p "$out/OUT"
  local rc=0
  "$@" > "$out/stdout" 2> "$out/stderr" || rc=$?
  echo "$rc" > "$out/rc"
  sed -i -E 's/^(evaluated: [0-9]+ patients) in [0-9.]+ s$/\1/' "$out/stdout"
}

failed=0
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086 # each command is a list of words
  run jit "${jit[@]}" ${command//OUT/$dir/jit/OUT}
  # shellcheck disable=SC2086
  run native "${native[@]}" ${command//OUT/$dir/native/OUT}
  sed -i "s#$dir/native/OUT#$dir/jit/OUT#g" "$dir/native/stdout" "$dir/native/stderr"
  if ! diff -r "$dir/jit" "$dir/native" > "$dir/diff" 2>&1; then
    echo "native-check: recist $command: the native build differs from the JIT build:" >&2
    head -20 "$dir/diff" >&2
    failed=$((failed + 1))
  fi
done

size=$(du -m "${native[0]}" | cut -f1)
if [ "$failed" -ne 0 ]; then
  echo "native-check: $failed of ${#commands[@]} commands differ" >&2
  exit 1
fi
echo "native build ($rid, ${size} MB): ${#commands[@]} commands, the same exit codes, output and files as the JIT build"
