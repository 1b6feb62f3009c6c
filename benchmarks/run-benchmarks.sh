#!/usr/bin/env bash
# Builds the jars and runs every measurement that BENCHMARKS.md reports, writing the results to
# benchmarks/results/<today> (or $OUT): JMH's JSON and text output, the medians and ratios, the
# batch's GC log, the heap of a million observations, and the command's cold starts.
#
#   benchmarks/run-benchmarks.sh            all of it but the large files (about 10 minutes on 2 cores)
#   benchmarks/run-benchmarks.sh quick      one plan, rules against plain Java, only
#   benchmarks/run-benchmarks.sh profile    a JFR profile of the Shaoxing plan's evaluation
#   benchmarks/run-benchmarks.sh large      10^4, 10^5 and 10^6 rows of observations through the command
#
# Run it from anywhere; it works from the repository's root. Needs a JDK 17 and hyperfine
# (apt-get install -y hyperfine), and GNU time for the peak memory (apt-get install -y time).
# Nothing else should run on the machine meanwhile: load.txt records the load before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}
OUT=${OUT:-benchmarks/results/$(date -u +%F)}
mkdir -p "$OUT"
JAR=benchmarks/target/benchmarks.jar

./mvnw -B -ntp -q -pl examples,benchmarks -am package -DskipTests
{ nproc; grep -m1 'model name' /proc/cpuinfo; grep MemTotal /proc/meminfo; java -version 2>&1 | head -n 1;
  git rev-parse --short HEAD; } > "$OUT/machine.txt"
uptime > "$OUT/load.txt"

jmh() {
    local name=$1
    shift
    java -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" | tee "$OUT/$name.txt"
}

if [[ $MODE == profile ]]; then
    # Where the time of one evaluation goes: 30 s of the Shaoxing plan, sampled every millisecond.
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    jfc=$home/lib/jfr/profile.jfc
    [[ -f $jfc ]] || jfc=$home/conf/jfr/profile.jfc
    sed 's/20 ms/1 ms/g; s/10 ms/1 ms/g' "$jfc" > "$OUT/profile-1ms.jfc"
    java -XX:StartFlightRecording=filename="$OUT/shaoxing.jfr",settings="$OUT/profile-1ms.jfc" \
        -cp "$JAR" io.github.planwatch.benchmarks.ProfileLoop shaoxing 30
    java -cp "$JAR" io.github.planwatch.benchmarks.HotMethods "$OUT/shaoxing.jfr" 40 | tee "$OUT/shaoxing.hot-methods.txt"
    exit 0
fi

if [[ $MODE == large ]]; then
    # What a statistics office's long series cost the command: the Shaoxing plan with its indicators
    # replaced by N copies of its first one, 200 yearly values of each, validated and evaluated in one
    # JVM with a 1 GB heap; time and peak resident memory from GNU time.
    DIR=$(mktemp -d)
    for n in 50 500 5000; do
        java -Dplanwatch.maxDocumentBytes=8000000 -cp "$JAR" io.github.planwatch.benchmarks.LargeObservationFiles "$DIR/$n" $n 200
        for cmd in validate evaluate; do
            # The years after the plan's horizon are warned of, one line each: counted, not kept.
            command time -v -o "$OUT/large-$n-$cmd.time.txt" java -Xmx1g -Dplanwatch.maxDocumentBytes=8000000 \
                -jar examples/target/planwatch.jar $cmd --plan "$DIR/$n/plan.yaml" --observations "$DIR/$n/observations.csv" \
                > /dev/null 2> "$DIR/stderr" || { tail -n 30 "$DIR/stderr"; exit 1; }
            echo "# the command's standard error: $(grep -c 'warning:' "$DIR/stderr") warnings" >> "$OUT/large-$n-$cmd.time.txt"
            printf '%s rows %s: %s, peak %s\n' "$((n * 200))" "$cmd" \
                "$(grep 'Elapsed (wall' "$OUT/large-$n-$cmd.time.txt" | sed 's/.*: //')" \
                "$(grep 'Maximum resident' "$OUT/large-$n-$cmd.time.txt" | sed 's/.*: //') kB" | tee -a "$OUT/large.txt"
        done
    done
    rm -rf "$DIR"
    exit 0
fi

# One plan, rules against plain Java doing the same work: the Shaoxing plan and 40 synthetic targets.
jmh evaluation 'EvaluationBenchmark'
if [[ $MODE == quick ]]; then
    java -cp "$JAR" io.github.planwatch.benchmarks.Medians "$OUT/evaluation.json" | tee "$OUT/medians.txt"
    exit 0
fi

# 20, 200, 2,000 and 20,000 indicators, rules and plain.
jmh scaling 'ScalingBenchmark'
java -cp "$JAR" io.github.planwatch.benchmarks.Medians "$OUT/evaluation.json" "$OUT/scaling.json" | tee "$OUT/medians.txt"

# 10,000 plans of 40 targets over 6 years in one batch on 2 worker threads, at most 512 MB of heap.
# -jvmArgsAppend replaces the fork's own arguments of the annotation, so the heap's bound is given again here.
jmh batch 'BatchBenchmark.evaluateAll' -p threads=2 -prof gc -jvmArgsAppend "-Xmx512m -Xlog:gc:file=$OUT/batch-gc.log"

# The heap one evaluation of about a million observations retains, at most 1 GB of heap, and the
# process's peak memory.
command time -v java -Xmx1g -cp "$JAR" io.github.planwatch.benchmarks.RetainedHeap 28000 30 \
    > "$OUT/retained-heap.txt" 2> "$OUT/retained-heap.time.txt"
cat "$OUT/retained-heap.txt"

# The command in a new JVM beside the JVM's own start (java -version): the Shaoxing plan as a bare
# java -jar and as ./planwatch runs it (with its class-data archive, made by the first run), and a
# synthetic plan of 1,420 indicators (2,014 observed series).
PLAN=$(mktemp -d)
java -cp "$JAR" io.github.planwatch.benchmarks.WriteSyntheticPlan "$PLAN" 1420 6
ARGS="--plan $PLAN/plan.yaml --observations $PLAN/observations.csv --updates $PLAN/updates.csv"
./planwatch evaluate > /dev/null
hyperfine -N --warmup 2 --runs 10 --export-json "$OUT/cold-start.json" \
    -n 'java -version' 'java -version' \
    -n 'java -jar planwatch.jar evaluate' 'java -jar examples/target/planwatch.jar evaluate' \
    -n './planwatch evaluate' './planwatch evaluate' | tee "$OUT/cold-start.txt"
hyperfine -N --warmup 1 --runs 5 --export-json "$OUT/cold-start-2014.json" \
    -n './planwatch evaluate (2,014 series)' "./planwatch evaluate $ARGS" | tee "$OUT/cold-start-2014.txt"
rm -rf "$PLAN"
uptime >> "$OUT/load.txt"
