#!/bin/sh
# Installs the Debian packages frise needs (as root), or prints the exact command.
PKGS="build-essential clang pkg-config libutf8proc-dev libstemmer-dev libsqlite3-dev chromium"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "frise: installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
    echo "frise: apt-get install failed for:$missing" >&2; exit 1; }
else
  echo "frise: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
