#!/usr/bin/env bash
# Main job: regenerate every artifact from model/, check it, then show it working against the
# local backend (started in-process on 127.0.0.1, free port): the typed clients, and the
# Terraform provider driven by terraform 1.0.3 (init, apply, a clean plan, destroy).
source "$(dirname "$0")/env.sh"
python -m codegen validate
python -m codegen generate
python -m codegen check
python examples/demo.py
python examples/terraform_demo.py
python examples/terraform_demo.py --cdktf
