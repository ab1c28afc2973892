#!/usr/bin/env bash
# Runs every test: unit, binding integration (libvirt's test driver), headless UI (TestFX with
# Monocle) and the launch of the real app in a real X server (Xvfb). Benchmarks are not run.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/system-packages.sh
require_commands java mvn
# libvirt-dev brings libvirt-api.xml (the coverage test) and the C headers that the struct
# layout test compiles against with gcc.
require_packages libvirt0 libgtk-3-0 fonts-dejavu-core xvfb xauth libvirt-dev gcc libc6-dev
mvn -B verify "$@"
