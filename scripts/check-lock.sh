#!/usr/bin/env bash
# Checks that constraints.txt resolves (pip's resolver, nothing installed) on every supported
# Python found on this machine, so a pin that leaves out one of them fails here, not on a
# newcomer's machine.
#
# One pip (the project's .venv, or a throwaway venv when there is none) resolves for each Python
# with `pip --python`, so no Python needs a venv of its own; the requirements are the project's
# own (pyproject.toml's dependencies and test extra) rather than `-e .`, so no build environment
# is made for each; and the Pythons are checked side by side. (A venv and an editable build per
# Python, one after another, took about four minutes of a slow CI machine; this takes one.)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pip_python=.venv/bin/python
if ! "$pip_python" -m pip --version >/dev/null 2>&1; then
  base=/usr/bin/python3
  [ -x "$base" ] || base=python3
  "$base" -m venv "$work/pip"
  pip_python="$work/pip/bin/python"
  "$pip_python" -m pip install -q --upgrade pip  # the bundled pip may not know newer Pythons
fi
"$pip_python" - >"$work/requirements.txt" <<'EOF'
import tomllib

project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["test"]))
EOF

seen=" "
checked=()
# The system Python, those on PATH, and any installed by pyenv.
candidates=(/usr/bin/python3 python3 python3.11 python3.12 python3.13 python3.14)
candidates+=("${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3)
for python in "${candidates[@]}"; do
  path=$(command -v "$python" 2>/dev/null) || continue
  version=$("$path" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null) || continue
  case "$seen" in *" $version "*) continue ;; esac
  seen="$seen$version "
  "$path" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || continue  # not supported
  # --ignore-installed: resolve as on a bare interpreter, whatever that Python already holds;
  # --break-system-packages: Debian's Python refuses pip (PEP 668), and a dry run installs nothing
  "$pip_python" -m pip --python "$path" install -q --dry-run --ignore-installed \
    --break-system-packages \
    -c constraints.txt -r "$work/requirements.txt" >"$work/$version.log" 2>&1 &
  checked+=("$!:$version:$path")
done

status=0
for job in "${checked[@]}"; do
  IFS=: read -r pid version path <<<"$job"
  if wait "$pid"; then
    echo "lock: resolves on Python $version ($path)"
  else
    echo "lock: does NOT resolve on Python $version ($path):"
    grep -v '^WARNING' "$work/$version.log" | tail -n 15
    status=1
  fi
done
exit $status
