#!/usr/bin/env bash
# Whole test suite: generator check, formatting, type check, and pytest (unit, conformance, Stubber,
# live HTTP, real terraform).
source "$(dirname "$0")/env.sh"
python -m codegen check
black --check --quiet awsmedia_runtime codegen tests benchmarks examples
mypy generated/awsmedia awsmedia_runtime codegen benchmarks examples/typed_usage.py examples/demo.py
python -m pytest -n 2 -q "$@"
