#!/usr/bin/env bash
# Times the command-line generator as a whole process (JVM start, class loading, define,
# validate, render, write), one cold JVM per run, with hyperfine:
#   - workload (b) ScaleSite, 1,000 and 10,000 VMs
#   - workload (c) ScaleCloneSite, 1,000 and 10,000 VMs
#   - the reference site, dev.ingot.examples.Homelab
#
# Usage: examples/src/bench/cli-timing.sh RESULTS-DIR
#   RESULTS-DIR receives cli-timing.md (hyperfine --export-markdown), cli-timing.json and jdk.txt.
# Environment:
#   JAVA  the java launcher to run with (default: java on the PATH),
#         e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   RUNS  timed runs per command (default 5), each after one untimed warm-up run
#   JAVA_OPTS  JVM options for every run (default -Xmx256m, the heap goal), e.g.
#         JAVA_OPTS='-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC'
#
# Needs the bench build first:
#   mvn -B -o -q -Pbench -pl examples -am package -DskipTests
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 RESULTS-DIR" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
classpath_file="$root/examples/target/bench.classpath"
if [[ ! -f "$classpath_file" ]]; then
  echo "$classpath_file is missing; build first: mvn -B -o -q -Pbench -pl examples -am package -DskipTests" >&2
  exit 2
fi
if ! command -v hyperfine >/dev/null; then
  echo "hyperfine is missing; install it, e.g. apt-get install -y hyperfine" >&2
  exit 2
fi

java="${JAVA:-java}"
runs="${RUNS:-5}"
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx256m}"
results="$1"
mkdir -p "$results"
results="$(cd "$results" && pwd)"

# The examples jar, as a user would run it (the -Pbench build puts the benchmark sites in it).
jars=("$root"/examples/target/examples-*.jar)
cp="${jars[0]}:$(cat "$classpath_file")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out="$tmp/out"

{ "$java" -version 2>&1; echo "JAVA_OPTS: ${java_opts[*]}"; } | tee "$results/jdk.txt"

# One generator run: $1 the number of VMs (ignored by the reference site), $2 the definition class.
generate() {
  printf '%q' "$java"
  printf ' %q' "${java_opts[@]}"
  printf ' -cp %q -Dingot.bench.vms=%q dev.ingot.core.generate.Main generate --out %q %q' "$cp" "$1" "$out" "$2"
}

bench=dev.ingot.examples.bench
hyperfine --runs "$runs" --warmup 1 \
  --prepare "rm -rf $(printf '%q' "$out")" \
  --export-markdown "$results/cli-timing.md" \
  --export-json "$results/cli-timing.json" \
  -n "ScaleSite 1000" "$(generate 1000 "$bench.ScaleSite")" \
  -n "ScaleSite 10000" "$(generate 10000 "$bench.ScaleSite")" \
  -n "ScaleCloneSite 1000" "$(generate 1000 "$bench.ScaleCloneSite")" \
  -n "ScaleCloneSite 10000" "$(generate 10000 "$bench.ScaleCloneSite")" \
  -n "Homelab" "$(generate 0 dev.ingot.examples.Homelab)"

echo "results in $results/cli-timing.md"
