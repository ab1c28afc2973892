# Sourced by ./run.sh, installer/build.sh and the benchmarks (bench/scale.sh, bench/scroll.sh):
# the JVM options VirtFX runs with, in one place. Measured in docs/PERFORMANCE.md ("The app at
# scale"): the serial collector and the C1 compiler alone start fastest; a 64 MiB young
# generation keeps memory near what the app uses instead of a share of the machine's RAM.
VIRTFX_JVM_OPTIONS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn64m)

# Without a GPU device JavaFX can only get software OpenGL, which it refuses after loading it,
# and falls back to its own software renderer: go there at once, and keep GTK from loading Mesa
# too (40 MB of memory). Decided where VirtFX runs, so the installer's launcher (virtfx.sh, a
# POSIX shell script) makes the same choice itself.
VIRTFX_GRAPHICS_OPTIONS=()
if [ ! -e /dev/dri ]; then
    VIRTFX_GRAPHICS_OPTIONS=(-Dprism.order=sw)
    export GDK_GL="${GDK_GL:-disable}"
fi
