#!/usr/bin/env bash
# Runs VirtFX, building it first when the sources changed. Arguments go to VirtFX
# (e.g. ./run.sh --connect qemu:///system). With no libvirt daemon it opens the demo host.
# VIRTFX_JAVA_OPTS adds JVM options (the scale benchmark passes its probe that way).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/system-packages.sh
require_commands java mvn
require_packages libvirt0 libgtk-3-0 fonts-dejavu-core

# Built when any main source or pom changed since the last build run.sh made or saw (a stamp:
# Maven leaves a jar whose content did not change untouched, so jars' dates cannot tell).
jar=$(ls app/target/virtfx-app-*.jar 2>/dev/null | head -n 1 || true)
stamp=app/target/run.stamp
if [ -z "$jar" ] || [ ! -d app/target/modules ] || [ ! -f "$stamp" ] \
   || [ -n "$(find . \( -path ./.git -o -name target -o -path ./bench -o -path '*/src/test' \) -prune \
        -o \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$stamp" -print -quit)" ]; then
    echo "Building VirtFX..." >&2
    touch app/target/run.stamp.next 2>/dev/null || { mkdir -p app/target && touch app/target/run.stamp.next; }
    mvn -q -B -DskipTests install >&2
    mv app/target/run.stamp.next "$stamp"
    jar=$(ls app/target/virtfx-app-*.jar | head -n 1)
    rm -f app/target/virtfx-*.jsa app/target/virtfx-*.aot
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: run VirtFX from a desktop session, or under Xvfb: xvfb-run -a ./run.sh" >&2
    exit 1
fi

. scripts/jvm-options.sh
opts=("${VIRTFX_JVM_OPTIONS[@]}" "${VIRTFX_GRAPHICS_OPTIONS[@]}")

# Class data sharing: the first start after a build records the classes it loaded (written when
# VirtFX exits); later starts map them instead of loading and verifying them again, about 0.4 s
# sooner. On JDK 25 and later the same start records an AOT cache, which also keeps the classes
# linked and their profiles: a further 0.2 s. Either belongs to these jars, this JDK and these
# options, so its name carries a checksum of the JDK and the options.
java_bin=$(readlink -f "$(command -v java)")
java_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$java_bin")")/release" 2>/dev/null || true)
if [ "${java_feature:-0}" -ge 25 ]; then
    # JavaFX 21's software renderer uses sun.misc.Unsafe's memory access, and JNA and JavaFX load
    # native code: JDK 24 and later warn about both at first use; they are not the user's to read.
    opts+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=com.sun.jna,javafx.graphics)
    kind=aot use=-XX:AOTCache= record=-XX:AOTCacheOutput= quiet=(-Xlog:cds*=off -Xlog:aot*=off)
else
    kind=jsa use=-XX:SharedArchiveFile= record=-XX:ArchiveClassesAtExit= quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
fi
archive="app/target/virtfx-$(printf '%s\n' "$java_bin" "$(stat -c %Y "$java_bin")" "${opts[@]}" | cksum | cut -d' ' -f1).$kind"
if [ -f "$archive" ] && [ -z "$(find app/target/modules "$jar" -newer "$archive" -print -quit)" ]; then
    opts+=("$use$archive" "${quiet[@]}")
else
    rm -f app/target/virtfx-*.jsa app/target/virtfx-*.aot
    # Its own messages (classes it cannot archive, the steps of recording) are of no use to the user.
    opts+=("$record$archive" "${quiet[@]}")
fi

# shellcheck disable=SC2086 # VIRTFX_JAVA_OPTS is a list of options
exec java "${opts[@]}" ${VIRTFX_JAVA_OPTS:-} \
    --module-path "app/target/modules:$jar" \
    -m org.virtfx.app/org.virtfx.app.Main "$@"
