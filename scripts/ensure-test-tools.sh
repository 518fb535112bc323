#!/usr/bin/env bash
# Browser and PDF tests need Debian's Chromium and poppler-utils (pdftotext, pdftoppm), and the
# printing test a virtual screen (Xvfb) for a headed Chromium, since a headless one cannot print; the
# PostgreSQL integration tests need Debian's PostgreSQL server programs, from which they start
# a throwaway cluster of their own. Installs them when missing, so `npm test` works on a fresh machine. No test tool may
# download a browser of its own. @see ../shared/offline-setup.md
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
