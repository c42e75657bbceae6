#!/usr/bin/env bash
# Builds the .deb and .tar.gz (CPack, packaging/install.cmake), checks the desktop entry and AppStream
# metadata, installs the .deb, runs the installed binary (--version, a demo database, --screenshot), then
# removes the package and checks that nothing it installed is left behind.
# Run by CI (as root). Without root (and without sudo) the install part is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake --preset package "${launcher[@]}" >/dev/null
cmake --build --preset package

echo "== metadata"
desktop-file-validate packaging/linux/io.github.burnrate.Burnrate.desktop
appstreamcli validate --no-net packaging/linux/io.github.burnrate.Burnrate.metainfo.xml

echo "== packages"
rm -f build/package/burnrate_*.deb build/package/burnrate-*.tar.gz
(cd build/package && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls build/package/burnrate_*.deb)
tgz=$(ls build/package/burnrate-*.tar.gz)
echo "built $deb and $tgz"
dpkg-deb --info "$deb" | sed -n 's/^ *\(Package\|Version\|Architecture\|Depends\):/  &/p'
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/burnrate ./usr/share/applications/io.github.burnrate.Burnrate.desktop \
         ./usr/share/metainfo/io.github.burnrate.Burnrate.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/burnrate.svg ./usr/share/icons/hicolor/48x48/apps/burnrate.png \
         ./usr/share/icons/hicolor/256x256/apps/burnrate.png ./usr/share/man/man1/burnrate.1.gz; do
  grep -q " $f\$" <<<"$contents" || { echo "missing from the .deb: $f" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libsqlite3-0 libcurl4 libqt6keychain1 qt6-qpa-plugins; do
  grep -q "$lib" <<<"$depends" || { echo "the .deb does not depend on $lib: $depends" >&2; exit 1; }
done
tar -tzf "$tgz" | grep -q '/bin/burnrate$' || { echo "the .tar.gz has no bin/burnrate" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "== not root and no sudo: install, run and remove skipped"; exit 0
  fi
fi
if dpkg-query -W -f='${Status}' burnrate 2>/dev/null | grep -q "install ok installed"; then
  echo "burnrate is already installed as a package on this machine: not touching it" >&2
  exit 1
fi

echo "== install"
export DEBIAN_FRONTEND=noninteractive
# apt resolves the declared dependencies (all already present after install-deps.sh).
$SUDO apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
files=$(dpkg-query -L burnrate)
work=$(mktemp -d)
trap 'rm -rf "$work"; $SUDO dpkg --purge burnrate >/dev/null 2>&1 || true' EXIT
/usr/bin/burnrate --version
HOME="$work" /usr/bin/burnrate --db "$work/demo.db" demo --events 3000 --days 14 >/dev/null
HOME="$work" QT_QPA_PLATFORM=offscreen /usr/bin/burnrate --db "$work/demo.db" --screenshot "$work/overview.png" \
  --size 1280x800
size=$(stat -c %s "$work/overview.png")
[ "$size" -gt 20000 ] || { echo "the installed binary's screenshot is only $size bytes" >&2; exit 1; }
man -w burnrate >/dev/null 2>&1 || [ -f /usr/share/man/man1/burnrate.1.gz ]
echo "installed binary ran: --version, demo, --screenshot ($size bytes)"

echo "== remove"
$SUDO dpkg --purge burnrate >/dev/null
left=0
while IFS= read -r f; do
  [ -z "$f" ] && continue
  # Folders such as /usr/share/icons/hicolor/48x48/apps belong to other packages too.
  if [ -e "$f" ] && [ ! -d "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done <<<"$files"
[ "$left" -eq 0 ] || exit 1
[ ! -e /usr/bin/burnrate ] || { echo "/usr/bin/burnrate still there" >&2; exit 1; }
echo "package test: built, validated, installed, ran and removed cleanly"
