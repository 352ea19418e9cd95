#!/usr/bin/env bash
# Find a Chromium for playwright-core / Lighthouse, installing Debian's package when possible.
#
# Order: $CHROME_PATH (if set and executable), /usr/bin/chromium, `chromium` or
# `chromium-browser` on PATH. If none is found and this is Debian/Ubuntu running as root,
# installs it with apt-get and looks again.
#
# stdout: only the path found, on the last line (callers: CHROME_PATH="$(bash scripts/ensure-chromium.sh | tail -n 1)").
# stderr: everything else (diagnostics, apt output).
# Exit status: 0 when found, 1 otherwise.
# Never runs `playwright install`: browsers are not downloaded.
set -euo pipefail

log() { printf 'ensure-chromium: %s\n' "$*" >&2; }

is_exe() { [[ -n "${1:-}" && -f "$1" && -x "$1" ]]; }

find_chromium() {
  if [[ -n "${CHROME_PATH:-}" ]]; then
    if is_exe "$CHROME_PATH"; then
      printf '%s\n' "$CHROME_PATH"
      return 0
    fi
    log "CHROME_PATH=$CHROME_PATH is not an executable file; looking elsewhere"
  fi
  if is_exe /usr/bin/chromium; then
    printf '%s\n' /usr/bin/chromium
    return 0
  fi
  local name found
  for name in chromium chromium-browser; do
    if found="$(command -v "$name" 2>/dev/null)" && is_exe "$found"; then
      printf '%s\n' "$found"
      return 0
    fi
  done
  return 1
}

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
ensure-chromium: Chromium was not found.
The browser tests drive a system Chromium through playwright-core (browsers are never downloaded).
Install one, or point CHROME_PATH at an existing Chromium/Chrome binary:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
                  (Ubuntu without the deb: sudo apt-get install -y chromium-browser, or use Google Chrome)
  Fedora/RHEL:    sudo dnf install -y chromium
  Arch:           sudo pacman -S chromium
  macOS:          brew install --cask chromium
                  or: export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  Any system:     export CHROME_PATH=/path/to/chrome
HINT
}

if path="$(find_chromium)"; then
  printf '%s\n' "$path"
  exit 0
fi

if is_debian_like && [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log "Chromium not found; installing it with apt-get (Debian/Ubuntu, running as root)"
  export DEBIAN_FRONTEND=noninteractive
  # apt output goes to stderr so stdout stays just the path.
  if apt-get update >&2; then
    apt-get install -y --no-install-recommends chromium >&2 \
      || apt-get install -y --no-install-recommends chromium-browser >&2 \
      || log "apt-get install failed"
  else
    log "apt-get update failed"
  fi
  hash -r
  if path="$(find_chromium)"; then
    printf '%s\n' "$path"
    exit 0
  fi
fi

install_hint
exit 1
