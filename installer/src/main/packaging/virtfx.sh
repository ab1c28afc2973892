#!/bin/sh
# Starts VirtFX on its bundled runtime with the same JVM options as the native launcher's
# lib/app/VirtFX.cfg. The desktop entry and /usr/bin/virtfx use this script: jpackage's native
# launcher first asks dpkg and rpm which package owns it, which costs 150-180 ms per start.
app=$(dirname "$(dirname "$(readlink -f "$0")")")/lib/app
# Without a GPU device JavaFX can only get software OpenGL, which it refuses after loading it:
# use its software renderer at once, and keep GTK from loading Mesa (40 MB). As in ./run.sh.
graphics=
if [ ! -e /dev/dri ]; then
    graphics=-Dprism.order=sw
    GDK_GL=${GDK_GL:-disable}
    export GDK_GL
fi
exec "$app/../runtime/bin/java"@JVM_OPTIONS@ $graphics -m org.virtfx.app/org.virtfx.app.Main "$@"
