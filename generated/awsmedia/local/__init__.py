"""Wire-level tables of Amazon IVS, AWS Elemental MediaConnect, AWS Elemental MediaPackage VOD for the local backend.

Generated from model/ by `python -m codegen generate`; do not edit. Start the backend with
`awsmedia-local` (see awsmedia_runtime.local).
"""

SERVICES = ["ivs", "mediaconnect", "mediapackage-vod"]
