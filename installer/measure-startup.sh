#!/usr/bin/env bash
# Measures the time from process start to the main window (the start-up probe's line
# "virtfx-startup: shown N domains M ms after process start") on the demo host under Xvfb, for
# the app started from the build (as ./run.sh does), the app-image's native launcher and the
# app-image's shell launcher (bin/virtfx, what the desktop entry runs). Prints every run and the
# median of each; then the cost of each launcher before the JVM starts. Run installer/build.sh
# first.   installer/measure-startup.sh [RUNS, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls app/target/virtfx-app-*.jar | head -n 1)
image=installer/target/installers/VirtFX
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
probe=(-Dvirtfx.startupProbe=true "-Dvirtfx.config.dir=$config")

start() {  # prints the milliseconds the probe reports
    xvfb-run -a -s "-screen 0 1280x800x24" "$@" 2>&1 | sed -n 's/^virtfx-startup: shown [0-9]* domains \([0-9]*\) ms.*/\1/p'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A how=(
    [build]="java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${probe[*]} --module-path app/target/modules:$jar -m org.virtfx.app/org.virtfx.app.Main --demo"
    # Both launchers pass their arguments to main, not to the JVM: the probe's -D options go
    # through JAVA_TOOL_OPTIONS, which the JVM reads itself.
    [native-launcher]="env JAVA_TOOL_OPTIONS=${probe[*]} $image/bin/VirtFX --demo"
    [shell-launcher]="env JAVA_TOOL_OPTIONS=${probe[*]} $image/bin/virtfx --demo"
)
for name in build native-launcher shell-launcher; do
    times=()
    for i in $(seq "$runs"); do
        # shellcheck disable=SC2086
        times+=("$(start ${how[$name]})")
    done
    echo "$name: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
done

# The launchers' own cost before the JVM runs: the JVM is given heap options it refuses at once,
# so each run ends right where the JVM starts. Median of 7.
for launcher in VirtFX virtfx; do
    times=()
    for i in $(seq 7); do
        s=$(date +%s%N)
        JAVA_TOOL_OPTIONS="-Xms64m -Xmx32m" "$image/bin/$launcher" >/dev/null 2>&1 || true
        times+=($(( ($(date +%s%N) - s) / 1000000 )))
    done
    echo "bin/$launcher up to the JVM: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
done
