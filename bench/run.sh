#!/usr/bin/env bash
# Runs the binding benchmarks: C, VirtFX and org.libvirt against the same generated test-driver
# file, then prints one Markdown table (see README.md). Never part of the test command.
#
# Environment: JMH_OPTS overrides the JMH settings below; BENCH_FILTER picks benchmarks (regex).
set -euo pipefail
cd "$(dirname "$0")"

# Stage "model" alone: `bench/run.sh model` runs only the live-model benchmarks (model.sh).
if [ "${1:-}" = model ]; then
    exec ./model.sh
fi
# Stage "scale" alone: `bench/run.sh scale [--install-virt-manager]` runs only the whole-app
# scale run (scale.sh): VirtFX and virt-manager on 10, 1000 and 10,000 domains under Xvfb.
if [ "${1:-}" = scale ]; then
    shift
    exec ./scale.sh "$@"
fi
# Stage "scroll" alone: `bench/run.sh scroll` runs only the scrolling run (scroll.sh): the app's
# domain tree with 10,000 and 1000 domains and a plain JavaFX table, scrolled under Xvfb.
if [ "${1:-}" = scroll ]; then
    exec ./scroll.sh
fi

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s -tu us -bm avgt -prof gc"}
BENCH_FILTER=${BENCH_FILTER:-"org.virtfx.bench.*Bench.*"}

echo "== build" >&2
(cd .. && mvn -q -o -Pbench -pl bench -am package -DskipTests) >&2
gcc -O2 -Wall -o target/cbench c/bench.c -lvirt -lm
XML=$(java -cp target/benchmarks.jar org.virtfx.bench.TestDriverXml target/testdriver-1000.xml)

echo "== C (3 s warm-up, 5 rounds of 1 s per call)" >&2
target/cbench "$XML" | tee target/c-result.txt >&2

echo "== JMH: $JMH_OPTS" >&2
# shellcheck disable=SC2086
java -jar target/benchmarks.jar $JMH_OPTS -rf csv -rff target/jmh-result.csv \
    -jvmArgs "-Dvirtfx.bench.xml=$XML" "$BENCH_FILTER" > target/jmh-output.txt
tail -n 30 target/jmh-output.txt >&2

echo "== result (µs per call; ± JMH 99.9% CI half-width, C standard deviation of 5 round means)" >&2
java -cp target/benchmarks.jar org.virtfx.bench.ResultTable target/c-result.txt target/jmh-result.csv \
    | tee target/result.md

# Last stage: the live-model benchmarks (event latency, cost per tick; see README.md).
echo "== live model" >&2
MODEL_SKIP_BUILD=1 ./model.sh

# Last stage: the whole app at scale, and virt-manager beside it when installed (see README.md).
echo "== the app at scale" >&2
./scale.sh

# Last stage: scrolling the manager window at 10,000 domains, beside a plain table (see README.md).
echo "== scrolling" >&2
SCROLL_SKIP_BUILD=1 ./scroll.sh
