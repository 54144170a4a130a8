#!/usr/bin/env bash
# Whole test suite: generator check, formatting, type check, and pytest (unit, conformance, Stubber,
# live HTTP, real terraform).
source "$(dirname "$0")/env.sh"
# The docs' browser test drives Debian's chromium.
if ! command -v chromium >/dev/null; then
  as_root=$([ "$(id -u)" = 0 ] || echo sudo)
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python -m codegen check
black --check --quiet awsmedia_runtime codegen tests benchmarks examples
mypy generated/awsmedia awsmedia_runtime codegen benchmarks examples/typed_usage.py examples/demo.py examples/cdktf/main.py
# The docs' CDKTF examples: two folders of modules with the same names, told apart by their paths.
mypy --explicit-package-bases examples/docs/resources examples/docs/data-sources
python -m pytest -n 2 -q "$@"
# The constructs again, subclassing cdktn's classes instead of cdktf's (both are installed).
if [ $# -eq 0 ]; then
  AWSMEDIA_CDK=cdktn python -m pytest -n 2 -q tests/test_constructs.py tests/test_constructs_example.py tests/test_docs_constructs.py
fi
