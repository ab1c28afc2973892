#!/bin/sh
# Starts VirtFX on its bundled runtime with the same JVM options as the native launcher's
# lib/app/VirtFX.cfg. The desktop entry and /usr/bin/virtfx use this script: jpackage's native
# launcher first asks dpkg and rpm which package owns it, which costs 150-180 ms per start.
app=$(dirname "$(dirname "$(readlink -f "$0")")")/lib/app
exec "$app/../runtime/bin/java"@JVM_OPTIONS@ -m org.virtfx.app/org.virtfx.app.Main "$@"
