"""Shapes, operations, errors and waiters of Amazon IVS, AWS Elemental MediaConnect, AWS Elemental MediaPackage VOD, one
JSON file per service, read by `awsmedia_runtime.tables` for every target.

Generated from model/ by `python -m codegen generate`; do not edit.
"""
