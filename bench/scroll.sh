#!/usr/bin/env bash
# Scrolling at scale (see README.md, "Scrolling: bench/run.sh scroll"): the real app started by
# ./run.sh under Xvfb on generated test-driver files with 10,000 and 1000 domains, its domain tree
# scrolled by the app's scroll probe (-Dvirtfx.scrollProbe), and a plain JavaFX TreeTableView of
# 10,000 rows scrolled by the same probe as the baseline (Modena, and AtlantaFX's theme as the app
# has it). Prints one Markdown table (a copy stays in target/scroll/result.md). Run alone by
# `bench/run.sh scroll`, or as a stage of `bench/run.sh`. Never part of the test command.
#
# Environment: SCROLL_RUNS (3), SCROLL_SECONDS (20 s measured per run, half wheel, half drag),
# SCROLL_WARMUP (2 s not measured), SCROLL_PIXELS (100 px a frame for the wheel), SCROLL_SIZES
# ("10000 1000", the app's sizes), SCROLL_BASELINE ("modena atlantafx"; "" for none),
# SCROLL_EXTRA_OPTS (more JVM options for every program), SCROLL_SKIP_BUILD=1 when
# bench/target/benchmarks.jar and app/target are fresh.
set -euo pipefail
cd "$(dirname "$0")"
for cmd in xvfb-run timeout; do
    command -v "$cmd" >/dev/null || { echo "$cmd is missing (Debian packages xvfb xauth, coreutils)" >&2; exit 1; }
done

if [ -z "${SCROLL_SKIP_BUILD:-}" ]; then
    echo "== build (app and bench)" >&2
    (cd .. && mvn -q -o -B -pl app -am package -DskipTests && mvn -q -o -B -Pbench -pl bench package -DskipTests) >&2
fi
ROOT=$(cd .. && pwd)
JAR=$(ls "$ROOT"/app/target/virtfx-app-*.jar | head -n 1)
OUT=target/scroll
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RUNS=${SCROLL_RUNS:-3}
SIZES=${SCROLL_SIZES:-"10000 1000"}
BASELINES=${SCROLL_BASELINE-"modena atlantafx"}
PROBE="-Dvirtfx.scrollProbe=${SCROLL_SECONDS:-20} -Dvirtfx.scrollProbe.warmup=${SCROLL_WARMUP:-2}"
PROBE="$PROBE -Dvirtfx.scrollProbe.pixels=${SCROLL_PIXELS:-100} ${SCROLL_EXTRA_OPTS:-}"
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")
# run.sh's JVM options and renderer choice without a GPU, for the baseline (which run.sh cannot start).
. "$ROOT/scripts/jvm-options.sh"
BASE_OPTS="${VIRTFX_JVM_OPTIONS[*]} ${VIRTFX_GRAPHICS_OPTIONS[*]}"

for n in $SIZES; do
    [ -f "$OUT/scale-$n.xml" ] || java -cp target/benchmarks.jar org.virtfx.bench.scale.ScaleXml "$OUT/scale-$n.xml" "$n" >/dev/null
done

# run.sh builds when a main source is newer than its stamp: the app was just built, so mark it
# built, and no run builds. Then one unmeasured start lets run.sh record its class-data archive,
# so that every measured run maps it, as a user's does.
touch "$ROOT/app/target/run.stamp"
rm -rf "$OUT/config"
VIRTFX_JAVA_OPTS="-Dvirtfx.scrollProbe=1 -Dvirtfx.scrollProbe.warmup=0 -Dvirtfx.config.dir=$OUT/config" \
    "${XVFB[@]}" "$ROOT/run.sh" --connect "test://$OUT/scale-${SIZES##* }.xml" > "$OUT/archive-run.log" 2>&1 || true

load() { cut -d' ' -f1 /proc/loadavg; }
: > "$OUT/runs.tsv"
# One run: label, run number, log file, command...; the load average goes with it into runs.tsv.
run() {
    local label=$1 i=$2 log=$3 before
    shift 3
    before=$(load)
    timeout 600 "${XVFB[@]}" "$@" > "$log" 2>&1 || echo "   (exit status $? of $label, run $i: see $log)" >&2
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$i" "$before" "$(load)" "$log" >> "$OUT/runs.tsv"
    grep -h '^virtfx-scroll: frames' "$log" | sed "s/^/   $label, run $i: /" >&2 || true
}

echo "== scroll runs: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2
# The programs take turns run by run, so that a change in the machine's load spreads over all.
for i in $(seq 1 "$RUNS"); do
    for n in $SIZES; do
        rm -rf "$OUT/config"
        VIRTFX_JAVA_OPTS="$PROBE -Dvirtfx.config.dir=$OUT/config" \
            run "VirtFX, $n domains" "$i" "$OUT/run-virtfx-$n-$i.log" \
            "$ROOT/run.sh" --connect "test://$OUT/scale-$n.xml"
    done
    for theme in $BASELINES; do
        # shellcheck disable=SC2086 # the option lists
        run "plain TreeTableView ($theme), 10000 rows" "$i" "$OUT/run-plain-$theme-$i.log" \
            java $BASE_OPTS $PROBE --module-path "$ROOT/app/target/modules:$JAR" \
            --add-modules org.virtfx.app,atlantafx.base --add-exports org.virtfx.app/org.virtfx.app.probe=ALL-UNNAMED \
            -cp target/classes org.virtfx.bench.scroll.PlainTable 10000 "$theme"
    done
done
echo "== scroll runs: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
java -cp target/benchmarks.jar org.virtfx.bench.scroll.ScrollTable "$OUT/runs.tsv" | tee "$OUT/result.md"
