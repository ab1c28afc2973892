#!/usr/bin/env bash
# Runs every test: unit, binding integration (libvirt's test driver), daemon tests (a private
# libvirtd with real QEMU guests), headless UI (TestFX with Monocle) and the launch of the real
# app in a real X server (Xvfb). Benchmarks are not run.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/system-packages.sh
require_commands java mvn
# libvirt-dev brings libvirt-api.xml (the coverage test) and the C headers that the struct
# layout test compiles against with gcc. libvirt-daemon to qemu-utils: the private libvirtd and
# real QEMU guests of the daemon tests (test-support's LibvirtDaemon), installed without
# recommends: no systemd units, no QEMU GUI.
require_packages libvirt0 libgtk-3-0 fonts-dejavu-core xvfb xauth libvirt-dev gcc libc6-dev \
    libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils
mvn -B verify "$@"
