# Sourced by ./run.sh and ./test.sh: makes sure the Debian packages they need are installed.
# As root it installs what is missing; otherwise it prints the exact command and stops.

require_packages() {
    local missing=()
    local pkg installed
    # One dpkg-query for all of them: ./run.sh checks on every start.
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '/install ok installed/ {print $1}')
    for pkg in "$@"; do
        if ! grep -qx "${pkg%%:*}" <<< "$installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing Debian packages: ${missing[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    else
        echo "VirtFX needs these Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
}

require_commands() {
    local cmd
    for cmd in "$@"; do
        if ! command -v "$cmd" >/dev/null 2>&1; then
            echo "VirtFX needs '$cmd' (a JDK 17+ and Maven 3.8+); install it and try again." >&2
            exit 1
        fi
    done
}
