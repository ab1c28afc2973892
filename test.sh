#!/usr/bin/env bash
# Runs every test: unit, binding integration (libvirt's test driver), daemon tests (a private
# libvirtd with real QEMU guests), headless UI (TestFX with Monocle) and the launch of the real
# app in a real X server (Xvfb), and the installers (installer/build.sh: app-image and .deb, started
# and inspected). Benchmarks are not run.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/system-packages.sh
require_commands java mvn
# libvirt-dev brings libvirt-api.xml (the coverage test) and the C headers that the struct
# layout test compiles against with gcc. libvirt-daemon to qemu-utils: the private libvirtd and
# real QEMU guests of the daemon tests (test-support's LibvirtDaemon), installed without
# recommends: no systemd units, no QEMU GUI. dpkg-dev to binutils: the installer test builds the
# .deb (dpkg-shlibdeps, fakeroot), validates its AppStream metainfo and strips the runtime (objcopy).
require_packages libvirt0 libgtk-3-0 fonts-dejavu-core xvfb xauth libvirt-dev gcc libc6-dev \
    libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils \
    dpkg-dev fakeroot appstream binutils
mvn -B verify "$@"
