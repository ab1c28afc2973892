#!/usr/bin/env bash
# Builds VirtFX's installers from the built app (app/target): a jlink runtime holding VirtFX's own
# modules and only the JDK modules they need, a jpackage app-image with a class-data-sharing
# archive, a .deb (and an .rpm where rpmbuild exists). Output: installer/target/installers/.
#
#   installer/build.sh            # build the app first if needed, then everything
#   installer/build.sh --no-build # use app/target as it is (the Maven build and the test do this)
#   installer/build.sh --image    # only the runtime and the app-image
#
# Needs a JDK 17+ (jlink, jpackage, jdeps), xvfb-run (the CDS run), dpkg-deb, dpkg-shlibdeps
# (dpkg-dev), fakeroot, appstreamcli (appstream) and objcopy (binutils, for --strip-debug).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=yes
packages=yes
for arg in "$@"; do
    case "$arg" in
        --no-build) build=no ;;
        --image) packages=no ;;
        *) echo "usage: installer/build.sh [--no-build] [--image]" >&2; exit 2 ;;
    esac
done

if [ "$build" = yes ]; then
    mvn -q -B -o -DskipTests install -pl app -am >&2 || mvn -q -B -DskipTests install -pl app -am >&2
fi
jar=$(ls app/target/virtfx-app-*.jar 2>/dev/null | grep -v -- '-tests.jar' | head -n 1 || true)
[ -n "$jar" ] && [ -d app/target/modules ] || { echo "build the app first: mvn install -DskipTests" >&2; exit 1; }
version=$(basename "$jar" .jar); version=${version#virtfx-app-}
# Debian and RPM versions: "0.1.0-SNAPSHOT" sorts before "0.1.0" as "0.1.0~snapshot".
debversion=$(echo "$version" | sed 's/-SNAPSHOT$/~snapshot/')
rpmversion=$(echo "$version" | sed 's/-SNAPSHOT$//')

packaging=installer/src/main/packaging
appid=org.virtfx.VirtFX
out=installer/target/installers
rm -rf "$out"
mkdir -p "$out/modules"
log() { echo "installer: $*" >&2; }

# 1. The module path: the app and its runtime dependencies. The classifier-less JavaFX jars are
#    empty placeholders (automatic modules jlink refuses); the "-linux" jars hold the code.
for f in app/target/modules/*.jar "$jar"; do
    case "$(basename "$f")" in
        javafx-*-linux.jar) cp "$f" "$out/modules/" ;;
        javafx-*) ;;
        *) cp "$f" "$out/modules/" ;;
    esac
done
# Plugins are found through ServiceLoader, so nothing requires them: add every VirtFX module.
app_modules=$(for f in "$out"/modules/*.jar; do
    jar --describe-module --file "$f" | head -n 1 | sed 's/@.*//'; done | grep '^org\.virtfx\.' | paste -sd, -)
# The JDK modules that any of these jars uses (jdeps also names the non-JDK ones: left out).
jdk_modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$out/modules" --add-modules ALL-MODULE-PATH | tr , '\n' | grep -E '^(java|jdk)\.' | paste -sd, -)
log "VirtFX modules: $app_modules"
log "JDK modules (jdeps): $jdk_modules"

# 2. The runtime: VirtFX's modules linked in with JavaFX, JNA and the JDK modules jdeps found.
#    Not compressed (a compressed image starts slower; the .deb is compressed anyway); a CDS
#    archive of the JDK's classes for the base.
log "jlink"
jlink --module-path "$out/modules" --add-modules "$app_modules,$jdk_modules" \
    --strip-debug --strip-native-debug-symbols "objcopy=$(command -v objcopy)" \
    --no-man-pages --no-header-files --generate-cds-archive \
    --output "$out/runtime"
# The archive for heaps over 32 GB (no compressed oops) would never be used: 11 MB less.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# Native libraries where System.loadLibrary finds them (the runtime's lib/), so that neither
# JavaFX (~/.openjfx/cache) nor JNA (a temp file) unpacks them at every start.
natives="$out/natives"
mkdir -p "$natives"
(cd "$natives" && for j in "$root/$out"/modules/javafx-graphics-*-linux.jar "$root/$out"/modules/jna-jpms-*.jar; do
    jar xf "$j"; done)
cp "$natives"/*.so "$natives"/com/sun/jna/linux-x86-64/libjnidispatch.so "$out/runtime/lib/"
rm -rf "$natives"

# 3. The app-image: jpackage's native launcher and its config, with the JVM options baked in.
#    $APPDIR is the image's lib/app folder.
. scripts/jvm-options.sh
jvm_options=("${VIRTFX_JVM_OPTIONS[@]}" -Xshare:auto
    '-XX:SharedArchiveFile=$APPDIR/virtfx.jsa'
    '-Djna.boot.library.path=$APPDIR/../runtime/lib' -Djna.nounpack=true)
log "jpackage app-image"
jp_options=()
for o in "${jvm_options[@]}"; do jp_options+=(--java-options "$o"); done
jpackage --type app-image --name VirtFX --app-version "$rpmversion" --vendor "The VirtFX authors" \
    --description "Manage virtual machines through libvirt" \
    --runtime-image "$out/runtime" --module org.virtfx.app/org.virtfx.app.Main \
    --icon icons/src/main/resources/org/virtfx/icons/app/virtfx-256.png \
    "${jp_options[@]}" --dest "$out"
image="$out/VirtFX"
# A small shell launcher with the same options, for the desktop entry and /usr/bin: jpackage's
# native launcher spends 150-180 ms asking dpkg and rpm which package owns it before the JVM
# starts (see installer/README.md for the measurement).
shell_options=$(printf ' %s' "${jvm_options[@]}" | sed 's/\$APPDIR/"$app"/g')
sed -e "s|@JVM_OPTIONS@|$shell_options|" "$packaging/virtfx.sh" > "$image/bin/virtfx"
chmod 755 "$image/bin/virtfx"

# 4. The CDS archive of the app's own classes: run the packaged app once, headless, up to its
#    main window on the demo host; the JVM writes the classes it loaded at exit. Tied to this
#    exact runtime, which is why it is made here and not shipped from the build.
log "CDS archive (one headless start of the packaged app)"
config=$(mktemp -d)
xvfb-run -a -s "-screen 0 1280x800x24" "$image/lib/runtime/bin/java" \
    $(printf ' %s' "${jvm_options[@]}" | sed -e "s|\$APPDIR|$image/lib/app|g" -e 's| -XX:SharedArchiveFile=[^ ]*||') \
    -XX:ArchiveClassesAtExit="$image/lib/app/virtfx.jsa" \
    -Dvirtfx.startupProbe=true -Dvirtfx.config.dir="$config" \
    -m org.virtfx.app/org.virtfx.app.Main --demo > "$out/cds-run.log" 2>&1 \
    || { cat "$out/cds-run.log" >&2; exit 1; }
rm -rf "$config"
grep -q 'virtfx-startup: shown' "$out/cds-run.log" || { cat "$out/cds-run.log" >&2; exit 1; }
[ -s "$image/lib/app/virtfx.jsa" ] || { echo "no CDS archive written" >&2; exit 1; }

[ "$packages" = yes ] || { log "done: $image"; exit 0; }

# 5. The files a desktop needs, staged as installed: the app under /opt/virtfx, a command,
#    the desktop entry, the icon in every hicolor size, the AppStream metainfo.
stage="$out/stage"
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/metainfo"
cp -a "$image" "$stage/opt/virtfx"
ln -s /opt/virtfx/bin/virtfx "$stage/usr/bin/virtfx"
cp "$packaging/$appid.desktop" "$stage/usr/share/applications/"
cp "$packaging/$appid.metainfo.xml" "$stage/usr/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "icons/src/main/resources/org/virtfx/icons/app/virtfx-$size.png" \
        "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$appid.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
cp icons/src/main/resources/org/virtfx/icons/app/virtfx.svg "$stage/usr/share/icons/hicolor/scalable/apps/$appid.svg"
appstreamcli validate --no-net "$stage/usr/share/metainfo/$appid.metainfo.xml" >&2
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$stage/usr/share/applications/$appid.desktop" >&2
fi

# 6. The .deb: dependencies of every native library in the runtime (dpkg-shlibdeps) plus the two
#    that are loaded at run time and so found by no linker: libvirt0 (JNA) and GTK 3 (JavaFX).
log "deb"
elves=$(find "$stage/opt/virtfx" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c \
    'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
shl=$(mktemp -d)
mkdir -p "$shl/debian"
printf 'Source: virtfx\n\nPackage: virtfx\nArchitecture: any\n' > "$shl/debian/control"
shlibs=$(cd "$shl" && dpkg-shlibdeps -O --ignore-missing-info \
    -l"$root/$stage/opt/virtfx/lib/runtime/lib" -l"$root/$stage/opt/virtfx/lib/runtime/lib/server" \
    $(for e in $elves; do echo "-e$root/$e"; done) 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$shl"
depends="libvirt0${shlibs:+, $shlibs}"
case ", $shlibs" in *", libgtk-3-0 "*) ;; *) depends="$depends, libgtk-3-0" ;; esac
mkdir -p "$stage/DEBIAN"
size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s|@VERSION@|$debversion|" -e "s|@DEPENDS@|$depends|" -e "s|@SIZE@|$size_kb|" \
    "$packaging/control" > "$stage/DEBIAN/control"
deb="$out/virtfx_${debversion}_amd64.deb"
# xz makes the smallest package; the test build asks for gzip (DEB_COMPRESSION=gzip), much faster.
fakeroot dpkg-deb --build "-Z${DEB_COMPRESSION:-xz}" "$stage" "$deb" >&2
log "built $deb"

# 7. The .rpm, where rpmbuild exists (not on Debian by default).
if command -v rpmbuild >/dev/null; then
    log "rpm"
    rpmtop=$(mktemp -d)
    sed -e "s|@VERSION@|$rpmversion|" -e "s|@STAGE@|$root/$stage|" "$packaging/virtfx.spec" > "$rpmtop/virtfx.spec"
    rpmbuild -bb --define "_topdir $rpmtop" "$rpmtop/virtfx.spec" >&2
    cp "$rpmtop"/RPMS/*/*.rpm "$out/"
    rm -rf "$rpmtop"
else
    log "no rpmbuild: no .rpm"
fi
rm -rf "$stage"
log "done: $image, $deb"
