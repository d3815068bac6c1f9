#!/usr/bin/env bash
# One entry point for developers and CI: installs what is missing, configures, builds, and then
# runs the app or the tests. Safe to re-run: installs nothing twice, builds incrementally.
#   scripts/dev.sh run [FILE...]   build and open the app (default: the bundled example articles)
#   scripts/dev.sh test            build and run the whole test suite
#   scripts/dev.sh deps            only install the Debian packages
#   scripts/dev.sh build           only configure and build
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir=${SYNOPTIC_BUILD_DIR:-build}

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools
    libicu-dev libgumbo-dev libzip-dev libpoppler-cpp-dev libmd4c-dev libbenchmark-dev
    python3 python3-jsonschema
    chromium xvfb xauth fonts-dejavu-core
    clang libclang-rt-14-dev
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) install_deps ;;
    build) install_deps; build ;;
    run)
        install_deps; build
        if [ $# -eq 0 ]; then
            set -- resources/examples/ap-nk-fm-russia.txt resources/examples/newszop-nk-troops.txt
        fi
        exec "$build_dir/app/gui/synoptic" "$@"
        ;;
    test)
        install_deps; build
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
        ;;
    *)
        echo "usage: scripts/dev.sh run [FILE...] | test | build | deps" >&2
        exit 1
        ;;
esac
