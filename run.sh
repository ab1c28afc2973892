#!/usr/bin/env bash
# Runs VirtFX, building it first when the sources changed. Arguments go to VirtFX
# (e.g. ./run.sh --connect qemu:///system). With no libvirt daemon it opens the demo host.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/system-packages.sh
require_commands java mvn
require_packages libvirt0 libgtk-3-0 fonts-dejavu-core

jar=$(ls app/target/virtfx-app-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ ! -d app/target/modules ] \
   || [ -n "$(find . -path ./.git -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
    echo "Building VirtFX..." >&2
    mvn -q -B -DskipTests install >&2
    jar=$(ls app/target/virtfx-app-*.jar | head -n 1)
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: run VirtFX from a desktop session, or under Xvfb: xvfb-run -a ./run.sh" >&2
    exit 1
fi

exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    --module-path "app/target/modules:$jar" \
    -m org.virtfx.app/org.virtfx.app.Main "$@"
