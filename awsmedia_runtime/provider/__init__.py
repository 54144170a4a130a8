"""Terraform provider runtime: executes the declarations the generator emits (see spec.py)."""
