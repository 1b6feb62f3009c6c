#!/usr/bin/env bash
# Builds the benchmarks jar and runs every measurement that BENCHMARKS.md reports, writing the
# results to benchmarks/results/ (or $OUT): JMH's JSON and text output, the batch's GC log, the
# cold-start timings, and a table of medians and ratios.
#
#   benchmarks/run-benchmarks.sh            all of it (about 25 minutes on 2 cores)
#   benchmarks/run-benchmarks.sh quick      the single-plan and scaling benchmarks only
#   benchmarks/run-benchmarks.sh profile    a JFR profile of one evaluation and JMH's gc profile
#
# Run it from anywhere; it works from the repository's root. Needs a JDK 17, Maven, and hyperfine
# for the cold starts (apt-get install -y hyperfine); without hyperfine they are timed by a loop.
# Nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}
OUT=${OUT:-benchmarks/results}
mkdir -p "$OUT"
JAR=benchmarks/target/benchmarks.jar

mvn -B -ntp -q -pl examples,benchmarks -am package -DskipTests
{ nproc; grep -m1 'model name' /proc/cpuinfo; grep MemTotal /proc/meminfo; java -version 2>&1 | head -n 1; } \
    > "$OUT/machine.txt"

jmh() {
    local name=$1
    shift
    java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" | tee "$OUT/$name.txt"
}

if [[ $MODE == profile ]]; then
    # Where the time of one evaluation goes: 60 s of a synthetic plan of 40 targets, sampled by JFR.
    java -XX:StartFlightRecording=filename="$OUT/evaluate-20.jfr",settings=profile \
        -XX:FlightRecorderOptions=stackdepth=2048 -cp "$JAR" io.github.planwatch.benchmarks.ProfileLoop 20 60
    java -cp "$JAR" io.github.planwatch.benchmarks.HotMethods "$OUT/evaluate-20.jfr" | tee "$OUT/evaluate-20.hot-methods.txt"
    # Allocation per evaluation, rules and plain.
    jmh gc 'EvaluationBenchmark' -p plan=synthetic -prof gc
    exit 0
fi

# One plan, rules against plain Java, also with the risk rules left out; then 10 and 100 times the indicators.
jmh evaluation-scaling 'EvaluationBenchmark|RuleShareBenchmark|ScalingBenchmark'
java -cp "$JAR" io.github.planwatch.benchmarks.Medians "$OUT/evaluation-scaling.json" | tee "$OUT/medians.txt"
[[ $MODE == quick ]] && exit 0

# 10,000 plans of 40 targets over 6 years in one batch, at most 512 MB of heap, on 1 and on 2 worker
# threads, each with a GC log; then the same plans only generated, to tell the generator's share.
for threads in 1 2; do
    jmh "batch-$threads" 'BatchBenchmark.evaluateAll' -p threads="$threads" -prof gc \
        -jvmArgsAppend "-Xmx512m -Xlog:gc:file=$OUT/batch-$threads-gc.log"
done
jmh batch-generate 'BatchBenchmark.generateOnly'

# A new JVM each time: precompiled rules against rules compiled from DRL (10 runs each, after one warm-up run).
PRE="java -cp $JAR io.github.planwatch.benchmarks.ColdStartPrecompiled"
DRL="java -cp $JAR io.github.planwatch.benchmarks.ColdStartDrl"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 1 --runs 10 --export-json "$OUT/cold-start.json" --export-markdown "$OUT/cold-start.md" \
        -n precompiled "$PRE" -n drl "$DRL" | tee "$OUT/cold-start.txt"
else
    for run in $(seq 10); do
        for cmd in precompiled drl; do
            c=$PRE; [[ $cmd == drl ]] && c=$DRL
            s=$(date +%s%N); $c > /dev/null 2>&1; e=$(date +%s%N)
            echo "$cmd $(( (e - s) / 1000000 ))"
        done
    done | tee "$OUT/cold-start.txt"
fi

# Heap retained by one evaluation of a plan of about a million observations, at most 1 GB of heap.
java -Xmx1g -cp "$JAR" io.github.planwatch.benchmarks.RetainedHeap 28000 30 | tee "$OUT/retained-heap.txt"

# The planwatch command in a new JVM, beside the JVM's own start (java -version): the Shaoxing plan,
# and a synthetic plan of 1,420 indicators (2,014 observed series), as ./planwatch runs it (with its
# class-data archive, made by the warm-up run) and as a bare java -jar.
PLAN=$(mktemp -d)
java -cp "$JAR" io.github.planwatch.benchmarks.WriteSyntheticPlan "$PLAN" 1420 6
ARGS="--plan $PLAN/plan.yaml --observations $PLAN/observations.csv --updates $PLAN/updates.csv"
if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 1 --runs 10 --export-json "$OUT/cold-start-cli.json" \
        -n 'java -version' 'java -version' \
        -n 'java -jar planwatch.jar evaluate' 'java -jar examples/target/planwatch.jar evaluate' \
        -n './planwatch evaluate' './planwatch evaluate' \
        -n './planwatch evaluate (2,014 series)' "./planwatch evaluate $ARGS" | tee "$OUT/cold-start-cli.txt"
fi
rm -rf "$PLAN"
