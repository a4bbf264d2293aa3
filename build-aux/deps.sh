#!/usr/bin/env bash
# Shared by build-aux/run and build-aux/test: install the Debian packages that are
# missing, generate the Swedish locale, then configure _build. Sourced, not run.

PJ_PACKAGES=(
  meson ninja-build pkg-config gcc
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3 libxml2-dev libxml2-utils
  gettext itstool desktop-file-utils appstream libglib2.0-bin
  xvfb xauth dbus locales imagemagick
)

pj_install_missing () {
  local missing=() p
  for p in "${PJ_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "Prisjury needs these Debian packages. Install them, then run this again:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || exit 1
    apt-get install -y -q --no-install-recommends "${missing[@]}" || exit 1
  fi
}

pj_swedish_locale () {
  if ! locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "The Swedish locale is missing; as root run:" >&2
      echo "  sed -i 's/^# *sv_SE.UTF-8 UTF-8/sv_SE.UTF-8 UTF-8/' /etc/locale.gen && locale-gen" >&2
      exit 1
    fi
    sed -i 's/^# *sv_SE.UTF-8 UTF-8/sv_SE.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^sv_SE.UTF-8 UTF-8' /etc/locale.gen || echo 'sv_SE.UTF-8 UTF-8' >> /etc/locale.gen
    locale-gen >/dev/null || exit 1
  fi
}

pj_configure () {
  local top=$1
  if [ ! -f "$top/_build/build.ninja" ]; then
    meson setup "$top/_build" "$top" || exit 1
  fi
}
