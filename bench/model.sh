#!/usr/bin/env bash
# The live-model benchmarks (see README.md, "Live model"): event latency through a private
# libvirtd (needs root) and the FX-thread and worker cost per poll tick with 1000 and 10,000
# domains. Run alone by `bench/run.sh model`, or as the last stage of `bench/run.sh`. Prints
# Markdown tables; copies stay in target/model-*.md. Never part of the test command.
#
# Environment: MODEL_COUNTS (default "1000 10000"), MODEL_CHANGES (1000), MODEL_JAVA_OPTS (JVM
# options, e.g. -Dticks=60), MODEL_SKIP_BUILD=1 when target/benchmarks.jar is fresh.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${MODEL_SKIP_BUILD:-}" ]; then
    echo "== build" >&2
    (cd .. && mvn -q -o -Pbench -pl bench -am package -DskipTests)
fi
# shellcheck disable=SC2086
run() { java ${MODEL_JAVA_OPTS:-} -cp target/benchmarks.jar "$@"; }

echo "== live model: event latency (private libvirtd, ${MODEL_CHANGES:-1000} changes)" >&2
run org.virtfx.bench.model.EventLatency "${MODEL_CHANGES:-1000}" | tee target/model-latency.md
# One JVM per count, so that each heap figure starts from an empty heap.
for n in ${MODEL_COUNTS:-1000 10000}; do
    echo "== live model: tick cost, $n domains" >&2
    echo
    run org.virtfx.bench.model.TickCost "$n" | tee "target/model-tick-$n.md"
done
