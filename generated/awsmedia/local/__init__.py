"""The local backend's own data for Amazon IVS, AWS Elemental MediaConnect, AWS Elemental MediaPackage VOD: resource
definitions and tagging operations, one JSON file per service, read beside the shared tables.

Generated from model/ by `python -m codegen generate`; do not edit. Start the backend with
`awsmedia-local` (see awsmedia_runtime.local).
"""
