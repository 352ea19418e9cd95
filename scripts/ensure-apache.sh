#!/usr/bin/env bash
# Find Apache httpd (with mod_dav_fs and htpasswd) for the WebDAV sync tests, installing Debian's
# packages when possible.
#
# Order: $APACHE_PATH (if set and executable), /usr/sbin/apache2, `apache2`, `httpd` on PATH.
# If none is found (or htpasswd is missing) and this is Debian/Ubuntu running as root, installs
# `apache2 apache2-utils` with apt-get and looks again.
#
# stdout: only the path found, on the last line (callers: APACHE_PATH="$(bash scripts/ensure-apache.sh | tail -n 1)").
# stderr: everything else (diagnostics, apt output).
# Exit status: 0 when found, 1 otherwise.
# The system service is never enabled or started: the tests start their own httpd with a config
# written to a temp dir.
set -euo pipefail

log() { printf 'ensure-apache: %s\n' "$*" >&2; }

is_exe() { [[ -n "${1:-}" && -f "$1" && -x "$1" ]]; }

find_apache() {
  if [[ -n "${APACHE_PATH:-}" ]]; then
    if is_exe "$APACHE_PATH"; then
      printf '%s\n' "$APACHE_PATH"
      return 0
    fi
    log "APACHE_PATH=$APACHE_PATH is not an executable file; looking elsewhere"
  fi
  if is_exe /usr/sbin/apache2; then
    printf '%s\n' /usr/sbin/apache2
    return 0
  fi
  local name found
  for name in apache2 httpd; do
    if found="$(command -v "$name" 2>/dev/null)" && is_exe "$found"; then
      printf '%s\n' "$found"
      return 0
    fi
  done
  return 1
}

has_htpasswd() { command -v htpasswd >/dev/null 2>&1 || is_exe /usr/bin/htpasswd; }

is_debian_like() {
  [[ -r /etc/os-release ]] || return 1
  local id="" id_like=""
  # shellcheck disable=SC1091
  id="$(. /etc/os-release && printf '%s' "${ID:-}")"
  # shellcheck disable=SC1091
  id_like="$(. /etc/os-release && printf '%s' "${ID_LIKE:-}")"
  case " $id $id_like " in
    *" debian "* | *" ubuntu "*) return 0 ;;
  esac
  return 1
}

install_hint() {
  cat >&2 <<'HINT'
ensure-apache: Apache httpd (with mod_dav_fs) or htpasswd was not found.
The sync tests start a real WebDAV server on a loopback port; they need Apache httpd 2.4 with
mod_dav, mod_dav_fs and mod_headers, and htpasswd. The system service is not used.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y apache2 apache2-utils
                  (the installer may start the system service on port 80; the tests do not need it:
                   sudo systemctl disable --now apache2)
  Fedora/RHEL:    sudo dnf install -y httpd httpd-tools mod_dav_svn   (mod_dav/mod_dav_fs ship with httpd)
  Arch:           sudo pacman -S apache
  macOS:          brew install httpd
  Any system:     export APACHE_PATH=/path/to/httpd
HINT
}

if path="$(find_apache)" && has_htpasswd; then
  printf '%s\n' "$path"
  exit 0
fi

if is_debian_like && [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log "Apache or htpasswd not found; installing apache2 and apache2-utils with apt-get (Debian/Ubuntu, running as root)"
  export DEBIAN_FRONTEND=noninteractive
  # apt output goes to stderr so stdout stays just the path.
  if apt-get update >&2; then
    apt-get install -y apache2 apache2-utils >&2 || log "apt-get install failed"
  else
    log "apt-get update failed"
  fi
  hash -r
  if path="$(find_apache)" && has_htpasswd; then
    printf '%s\n' "$path"
    exit 0
  fi
fi

install_hint
exit 1
