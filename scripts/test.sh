#!/usr/bin/env bash
# Whole test suite: generator check, type check, and pytest (unit, conformance, Stubber, live HTTP).
source "$(dirname "$0")/env.sh"
python -m codegen check
mypy generated/awsmedia awsmedia_runtime codegen benchmarks examples/typed_usage.py examples/demo.py
python -m pytest -n 2 -q "$@"
