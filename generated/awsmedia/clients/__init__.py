"""Typed clients, one module per service (generated; do not edit).

- `awsmedia.clients.ivs.IvsClient`: Amazon IVS
- `awsmedia.clients.mediaconnect.MediaConnectClient`: AWS Elemental MediaConnect
- `awsmedia.clients.mediapackage_vod.MediaPackageVodClient`: AWS Elemental MediaPackage VOD
"""

from .ivs import IvsClient
from .mediaconnect import MediaConnectClient
from .mediapackage_vod import MediaPackageVodClient

__all__ = [
    "IvsClient",
    "MediaConnectClient",
    "MediaPackageVodClient",
]
