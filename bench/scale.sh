#!/usr/bin/env bash
# The app at scale (see README.md, "The app at scale"): VirtFX, and virt-manager when it is
# installed, started on generated test-driver files with 10, 1000 and 10,000 domains under Xvfb;
# time until the manager window shows every row, RSS after 30 s, idle CPU over the next 30 s, and
# libvirt's own `virsh list --all` time on the same files. Prints one Markdown table (a copy stays
# in target/scale/result.md). Run alone by `bench/run.sh scale`, or as a stage of `bench/run.sh`.
# Never part of the test command. Installs nothing unless given --install-virt-manager (as root).
#
# Environment: SCALE_SIZES ("10,1000,10000"), SCALE_RUNS (3), SCALE_SETTLE (30 s before the RSS
# sample), SCALE_IDLE (30 s of idle CPU), SCALE_TIMEOUT (300 s to show the rows), SCALE_JAVA (the
# JDK 17 `java`), SCALE_JAVA25 (a JDK 25 `java`; default the Temurin one when present, "" skips
# it), SCALE_SKIP_BUILD=1 when bench/target/benchmarks.jar and app/target are fresh,
# SCALE_EXTRA_OPTS: ';'-separated JVM option sets, each one more VirtFX row with all figures
# (JDK 17, run.sh's options plus the set), SCALE_ONLY_EXTRA=1 to run only those and the baseline,
# SCALE_SKIP_VIRT_MANAGER=1 to leave virt-manager out even when it is installed, SCALE_RUNSH_ONLY=1
# to run only ./run.sh (with SCALE_SETTLE=150: memory and idle CPU once the graphs are full).
set -euo pipefail
cd "$(dirname "$0")"

for arg in "$@"; do
    case "$arg" in
        --install-virt-manager)
            if ! command -v virt-manager >/dev/null; then
                if [ "$(id -u)" != 0 ]; then
                    echo "virt-manager is not installed; as root: apt-get install -y virt-manager" >&2
                    exit 1
                fi
                DEBIAN_FRONTEND=noninteractive apt-get install -y virt-manager >&2
            fi ;;
        *) echo "unknown argument: $arg (only --install-virt-manager)" >&2; exit 2 ;;
    esac
done
for cmd in xvfb-run virsh; do
    command -v "$cmd" >/dev/null || { echo "$cmd is missing (Debian packages xvfb xauth, libvirt-clients)" >&2; exit 1; }
done

if [ -z "${SCALE_SKIP_BUILD:-}" ]; then
    echo "== build (app and bench)" >&2
    (cd .. && mvn -q -o -B -pl app -am package -DskipTests && mvn -q -o -B -Pbench -pl bench -am package -DskipTests) >&2
fi
ROOT=$(cd .. && pwd)
JAR=$(ls "$ROOT"/app/target/virtfx-app-*.jar | head -n 1)
MODULES="$ROOT/app/target/modules:$JAR"
OUT=target/scale
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
JAVA17=${SCALE_JAVA:-java}
JAVA25=${SCALE_JAVA25-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -n "$JAVA25" ] && [ ! -x "$JAVA25" ] && JAVA25=
# The app as a user starts it: ./run.sh, which picks the JVM options (see its comments) and
# records, then maps, a class-data archive. ScaleRun hands it the probe through VIRTFX_JAVA_OPTS.
RUNSH="$ROOT/run.sh --connect {uri}"
# run.sh's options without the archive, for the rows that compare JVMs and options.
. "$ROOT/scripts/jvm-options.sh"
RUNSH_OPTS="${VIRTFX_JVM_OPTIONS[*]} ${VIRTFX_GRAPHICS_OPTIONS[*]}"
APP="--module-path $MODULES -m org.virtfx.app/org.virtfx.app.Main --connect {uri}"
PROBE="-Dvirtfx.startupProbe=stay -Dvirtfx.config.dir={config}"
XVFB=(xvfb-run -a -s "-screen 0 1280x800x24")
# virt-manager reads GSettings; without a session bus, keep them in memory.
export GSETTINGS_BACKEND=memory

# run.sh's first start after a build records its archive (written at exit); the JDK 25 row gets
# an AOT cache the same way. One training start each on the 1000-domain file (the probe exits).
echo "== training runs: run.sh's class-data archive${JAVA25:+ and the JDK 25 AOT cache}" >&2
TRAIN=$(java -cp target/benchmarks.jar org.virtfx.bench.scale.ScaleXml "$OUT/train-1000.xml" 1000)
rm -f "$ROOT"/app/target/virtfx-*.jsa "$ROOT"/app/target/virtfx-*.aot "$OUT/virtfx-25.aot"
# The app was just built: mark it built for run.sh, which would otherwise build it again.
touch "$ROOT/app/target/run.stamp"
VIRTFX_JAVA_OPTS="-Dvirtfx.startupProbe=true -Dvirtfx.config.dir=$OUT/train-config" \
    "${XVFB[@]}" "$ROOT/run.sh" --connect "test://$TRAIN" > "$OUT/train-17.log" 2>&1
compgen -G "$ROOT/app/target/virtfx-*.jsa" > /dev/null || compgen -G "$ROOT/app/target/virtfx-*.aot" > /dev/null \
    || { cat "$OUT/train-17.log" >&2; echo "run.sh wrote no archive" >&2; exit 1; }
VARIANTS=(
    --variant "VirtFX, ./run.sh|full|$RUNSH"
    --variant "VirtFX, run.sh's options without the archive|start|$JAVA17 $RUNSH_OPTS $PROBE $APP"
    --variant "VirtFX, plain java (G1, C2)|start|$JAVA17 $PROBE $APP"
)
IFS=';' read -r -a EXTRA <<< "${SCALE_EXTRA_OPTS:-}"
for opts in "${EXTRA[@]}"; do
    if [ -n "${opts// /}" ]; then
        VARIANTS+=(--variant "VirtFX, run.sh's options + $opts|full|$JAVA17 $RUNSH_OPTS $opts $PROBE $APP")
    fi
done
if [ -n "${SCALE_ONLY_EXTRA:-}" ]; then
    VARIANTS=("${VARIANTS[@]:0:2}" "${VARIANTS[@]:6}")
    JAVA25=
fi
if [ -n "${SCALE_RUNSH_ONLY:-}" ]; then
    VARIANTS=("${VARIANTS[@]:0:2}")
    JAVA25=
fi
if [ -n "$JAVA25" ]; then
    # shellcheck disable=SC2086
    "${XVFB[@]}" "$JAVA25" $RUNSH_OPTS -XX:AOTCacheOutput="$OUT/virtfx-25.aot" \
        -Dvirtfx.startupProbe=true -Dvirtfx.config.dir="$OUT/train-config" \
        --module-path $MODULES -m org.virtfx.app/org.virtfx.app.Main --connect "test://$TRAIN" > "$OUT/train-25.log" 2>&1
    VARIANTS+=(
        --variant "VirtFX, JDK 25, run.sh's options + AOT cache|start|$JAVA25 $RUNSH_OPTS -XX:AOTCache=$OUT/virtfx-25.aot $PROBE $APP"
    )
fi
if [ -n "${SCALE_ONLY_EXTRA:-}" ] || [ -n "${SCALE_RUNSH_ONLY:-}" ]; then
    :
elif [ -n "${SCALE_SKIP_VIRT_MANAGER:-}" ]; then
    echo "== SCALE_SKIP_VIRT_MANAGER is set: no virt-manager rows" >&2
elif command -v virt-manager >/dev/null; then
    VARIANTS+=(--variant "virt-manager $(dpkg-query -W -f '${Version}' virt-manager 2>/dev/null || echo '?')|full|/usr/bin/python3 $PWD/scale/virt-manager-probe.py --no-fork --connect {uri}")
else
    echo "== virt-manager is not installed: no side-by-side rows (bench/run.sh scale --install-virt-manager)" >&2
fi

echo "== scale run: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2
"${XVFB[@]}" java -cp target/benchmarks.jar org.virtfx.bench.scale.ScaleRun \
    --sizes "${SCALE_SIZES:-10,1000,10000}" --runs "${SCALE_RUNS:-3}" --settle "${SCALE_SETTLE:-30}" \
    --idle "${SCALE_IDLE:-30}" --timeout "${SCALE_TIMEOUT:-300}" --dir "$OUT" "${VARIANTS[@]}" | tee "$OUT/result.md"
echo "== scale run: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
