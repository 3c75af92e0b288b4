#!/usr/bin/env bash
# Checks that constraints.txt resolves (pip's resolver, nothing installed) on every supported
# Python found on this machine, so a pin that leaves out one of them fails here, not on a
# newcomer's machine.
set -euo pipefail
cd "$(dirname "$0")/.."
seen=" "
status=0
# The system Python, those on PATH, and any installed by pyenv.
candidates=(/usr/bin/python3 python3 python3.11 python3.12 python3.13 python3.14)
candidates+=("${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3)
for python in "${candidates[@]}"; do
  path=$(command -v "$python" 2>/dev/null) || continue
  version=$("$path" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null) || continue
  case "$seen" in *" $version "*) continue ;; esac
  seen="$seen$version "
  "$path" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || continue  # not supported
  bash scripts/check-python.sh "$path" 2>/dev/null ||
    { echo "lock: Python $version ($path) cannot build a venv, not checked"; continue; }
  tmp=$(mktemp -d)
  "$path" -m venv "$tmp/venv"
  if "$tmp/venv/bin/python" -m pip install -q --dry-run -c constraints.txt -e '.[test]' \
      >"$tmp/log" 2>&1; then
    echo "lock: resolves on Python $version ($path)"
  else
    echo "lock: does NOT resolve on Python $version ($path):"
    grep -v '^WARNING' "$tmp/log" | tail -n 15
    status=1
  fi
  rm -rf "$tmp"
done
exit $status
