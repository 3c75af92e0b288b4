#!/usr/bin/env bash
# Checks that PYTHON (argument 1) can build the project's virtual environment: a version the
# project supports, and a working `venv` (Debian and Ubuntu ship it as a separate package).
# As root, the missing venv package is installed; otherwise the message says what to install.
set -euo pipefail
python=${1:-python3}
need_major=3
need_minor=11
if ! command -v "$python" >/dev/null 2>&1; then
  echo "error: no Python at '$python'; this project needs Python ${need_major}.${need_minor} or newer." >&2
  echo "       Install one, or name it: make install PYTHON=/path/to/python3" >&2
  exit 1
fi
found=$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
if ! "$python" -c "import sys; sys.exit(sys.version_info < (${need_major}, ${need_minor}))"; then
  echo "error: $python is Python $found; this project needs Python ${need_major}.${need_minor} or newer." >&2
  echo "       Install a newer one, or name it: make install PYTHON=/path/to/python3.11" >&2
  exit 1
fi
# `python -m venv` needs ensurepip, which Debian splits off into python3.X-venv.
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  minor=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  package="python${minor}-venv"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Python $found has no venv module; installing $package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "$package" >/dev/null
  else
    echo "error: Python $found ($python) cannot create virtual environments (no ensurepip)." >&2
    echo "       On Debian or Ubuntu: sudo apt-get install $package" >&2
    exit 1
  fi
fi
echo "Using Python $found ($python)" >&2
