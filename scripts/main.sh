#!/usr/bin/env bash
# Main job: regenerate every artifact from model/, check it, and show the typed clients
# working over HTTP against the local backend (started in-process on 127.0.0.1, free port).
source "$(dirname "$0")/env.sh"
python -m codegen validate
python -m codegen generate
python -m codegen check
python examples/demo.py
