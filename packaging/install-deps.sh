#!/usr/bin/env bash
# Installs every Debian 12 package Burnrate's build, tests and app need.
# Idempotent and non-interactive: packages already present are skipped.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-qpa-plugins libqt6svg6 libqt6opengl6-dev libxkbcommon-dev qtkeychain-qt6-dev libgl-dev
  libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libfmt-dev zlib1g-dev
  xvfb xauth fonts-dejavu-core
  clang-14 libclang-rt-14-dev clang-format
  # packaging/test-package.sh: CPack's .deb (dpkg-shlibdeps needs file) and the desktop metadata checks
  dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
