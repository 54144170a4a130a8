"""Show the typed clients working over HTTP against a server on 127.0.0.1.

Until the project's own local backend lands (issue 3) the server is moto's, which covers IVS
channels and MediaConnect flows; MediaPackage VOD is exercised through botocore's Stubber in tests.
"""
from __future__ import annotations

import logging
import os

from moto.server import ThreadedMotoServer

from awsmedia.clients.ivs import IvsClient
from awsmedia.clients.mediaconnect import AddOutputRequest, MediaConnectClient, SetSourceRequest
from awsmedia_runtime import NotFoundError, ValidationError


def main() -> None:
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # keep request logs out of the demo output
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        print(f"server: {endpoint}")
        ivs = IvsClient(region_name="us-east-1", endpoint_url=endpoint)
        created = ivs.create_channel(name="demo-channel", latency_mode="LOW", type="STANDARD", tags={"team": "video"})
        assert created.channel and created.channel.arn
        print(f"ivs: created {created.channel.arn} ({created.channel.latency_mode}, {created.channel.type})")
        names = [c.name for c in ivs.iter_channels(max_results=1)]
        print(f"ivs: iter_channels -> {names}")
        ivs.delete_channel(arn=created.channel.arn)
        try:
            ivs.get_channel(arn=created.channel.arn)
        except NotFoundError as exc:
            print(f"ivs: after delete -> {type(exc).__name__} ({exc.code})")

        mc = MediaConnectClient(region_name="us-east-1", endpoint_url=endpoint)
        flow = mc.create_flow(
            name="demo-flow",
            source=SetSourceRequest(name="camera", protocol="zixi-push", ingest_port=2088, whitelist_cidr="10.0.0.0/16"),
            outputs=[AddOutputRequest(name="out", protocol="rtp", destination="198.51.100.7", port=5000)],
        ).flow
        assert flow and flow.flow_arn
        print(f"mediaconnect: created {flow.flow_arn} status={flow.status}")
        mc.start_flow(flow_arn=flow.flow_arn)
        print(f"mediaconnect: started -> {mc.wait_until_flow_active(flow_arn=flow.flow_arn, delay=0.2, timeout=10).flow.status}")  # type: ignore[union-attr]
        mc.stop_flow(flow_arn=flow.flow_arn)
        print(f"mediaconnect: stopped -> {mc.wait_until_flow_standby(flow_arn=flow.flow_arn, delay=0.2, timeout=10).flow.status}")  # type: ignore[union-attr]
        mc.delete_flow(flow_arn=flow.flow_arn)
        mc.wait_until_flow_deleted(flow_arn=flow.flow_arn, delay=0.2, timeout=10)
        print("mediaconnect: deleted")

        try:
            mc.create_flow(name="bad", source=SetSourceRequest(name="s", protocol="zixi-push", ingest_port=2000))
        except ValidationError as exc:
            print(f"validation before sending:\n{exc}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
