"""A local AWS-compatible backend for MediaConnect, MediaPackage VOD and IVS, driven by the model.

    from awsmedia_runtime.local import LocalServer
    with LocalServer() as server:          # 127.0.0.1, free port
        boto3.client("ivs", endpoint_url=server.url, ...)

or from a shell: `awsmedia-local --port 4580`.
"""

from .engine import Backend
from .faults import FaultConfig
from .server import LocalServer, main

__all__ = ["Backend", "FaultConfig", "LocalServer", "main"]
