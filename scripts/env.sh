# Sourced by the other scripts: create or update .venv with the pinned toolchain.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[dev]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
export PATH="$ROOT/.venv/bin:$PATH"
# The machine image may point this at a missing file; every Terraform run sets its own.
export TF_CLI_CONFIG_FILE="$ROOT/.venv/terraform.rc"
[ -f "$TF_CLI_CONFIG_FILE" ] || : > "$TF_CLI_CONFIG_FILE"
# jsii (under cdktf) prints a banner on every run under Node.js 20; its cache lives under HOME.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
