#!/usr/bin/python3
"""Runs virt-manager (its installed code, unchanged) with a start-up probe, for bench/scale.sh.

The probe is the counterpart of VirtFX's -Dvirtfx.startupProbe=stay: it wraps the manager
window's vm_added (the method that appends one row to the window's tree model) and, once the
connection's row has VIRTFX_BENCH_EXPECT child rows, asks for a redraw of the manager window and
prints one line after the frame clock's next "after-paint", i.e. after that frame was drawn:

    virt-manager-startup: shown <N> rows <M> ms after process start

then keeps running (for the RSS and idle-CPU samples). <M> uses the process start time from
/proc/self/stat, so it has the kernel's clock-tick precision (10 ms); bench/scale.sh times the
same thing from outside as well. Arguments go to virt-manager (e.g. --connect test:///FILE).
"""
import os
import sys

sys.path.insert(0, "/usr/share/virt-manager")

# virtmanager first: it pins the Gtk 3 and Gdk 3 versions before manager imports them.
from virtManager import virtmanager  # noqa: E402
from virtManager import config  # noqa: E402,F401  (before manager: its import cycle starts here)
from virtManager import manager  # noqa: E402

EXPECT = int(os.environ.get("VIRTFX_BENCH_EXPECT", "-1"))
_original_vm_added = manager.vmmManager.vm_added
_reported = [False]


def _millis_since_start():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])  # field 22, starttime, counted after the ")" of field 2
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return int((uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)


def _count_rows(self, conn):
    row = self.get_row(conn)
    return self.model.iter_n_children(row.iter) if row else 0


def _report_after_paint(self, rows):
    window = self.topwin
    if window.get_frame_clock() is None or not window.get_mapped():
        # The rows of the first connection are added before the window is shown: wait for it.
        mapped = []

        def on_map(widget):
            widget.disconnect(mapped[0])
            _report_after_paint(self, rows)

        mapped.append(window.connect_after("map", on_map))
        return
    clock = window.get_frame_clock()
    painted = []

    def after_paint(clk):
        clk.disconnect(painted[0])
        print("virt-manager-startup: shown %d rows %d ms after process start"
              % (rows, _millis_since_start()), flush=True)

    painted.append(clock.connect("after-paint", after_paint))
    window.queue_draw()


def vm_added(self, conn, vm):
    _original_vm_added(self, conn, vm)
    if not _reported[0]:
        rows = _count_rows(self, conn)
        if rows == EXPECT:
            _reported[0] = True
            _report_after_paint(self, rows)


manager.vmmManager.vm_added = vm_added
sys.argv[0] = "virt-manager"
virtmanager.runcli()
