"""Show the typed clients working over HTTP against the local backend on 127.0.0.1.

By default the demo starts the project's local backend in-process on a free port. Pass
`--endpoint URL` to use one started separately (`awsmedia-local --port 4580`), or moto's server.
"""

from __future__ import annotations

import argparse
import os

from awsmedia.clients.ivs import IvsClient
from awsmedia.clients.mediaconnect import (
    AddOutputRequest,
    FailoverConfig,
    MediaConnectClient,
    SetSourceRequest,
)
from awsmedia.clients.mediapackage_vod import HlsManifest, HlsPackage, MediaPackageVodClient
from awsmedia_runtime import NotFoundError, ServiceError, ValidationError
from awsmedia_runtime.local import LocalServer


def run(endpoint: str) -> None:
    region = "us-west-2"
    ivs = IvsClient(region_name=region, endpoint_url=endpoint)
    created = ivs.create_channel(
        name="demo-channel", latency_mode="LOW", type="STANDARD", tags={"team": "video"}
    )
    assert created.channel and created.channel.arn and created.stream_key
    print(f"ivs: created {created.channel.arn} with stream key {created.stream_key.arn}")
    print(f"ivs: iter_channels -> {[c.name for c in ivs.iter_channels(max_results=1)]}")
    try:
        ivs.create_stream_key(channel_arn=created.channel.arn)
    except ServiceError as exc:
        print(f"ivs: a second stream key -> {exc.code}")
    ivs.delete_channel(arn=created.channel.arn)
    try:
        ivs.get_channel(arn=created.channel.arn)
    except NotFoundError as exc:
        print(f"ivs: after delete -> {exc.code} (a {type(exc).__mro__[1].__name__})")

    mc = MediaConnectClient(region_name=region, endpoint_url=endpoint)
    flow = mc.create_flow(
        name="demo-flow",
        sources=[
            SetSourceRequest(
                name="main", protocol="zixi-push", ingest_port=2088, whitelist_cidr="10.0.0.0/16"
            ),
            SetSourceRequest(
                name="backup", protocol="zixi-push", ingest_port=2088, whitelist_cidr="10.0.0.0/16"
            ),
        ],
        source_failover_config=FailoverConfig(state="ENABLED", failover_mode="FAILOVER"),
        outputs=[AddOutputRequest(name="out", protocol="rtp", destination="198.51.100.7", port=5000)],
    ).flow
    assert flow and flow.flow_arn and flow.outputs
    print(
        f"mediaconnect: created {flow.flow_arn} status={flow.status} sources={[s.name for s in flow.sources or []]}"
    )
    mc.start_flow(flow_arn=flow.flow_arn)
    print(f"mediaconnect: started -> {mc.wait_until_flow_active(flow_arn=flow.flow_arn, delay=0.2, timeout=10).flow.status}")  # type: ignore[union-attr]
    removed = mc.remove_flow_output(flow_arn=flow.flow_arn, output_arn=flow.outputs[0].output_arn)
    print(f"mediaconnect: removed output {removed.output_arn}")
    mc.stop_flow(flow_arn=flow.flow_arn)
    print(f"mediaconnect: stopped -> {mc.wait_until_flow_standby(flow_arn=flow.flow_arn, delay=0.2, timeout=10).flow.status}")  # type: ignore[union-attr]
    mc.delete_flow(flow_arn=flow.flow_arn)
    mc.wait_until_flow_deleted(flow_arn=flow.flow_arn, delay=0.2, timeout=10)
    print("mediaconnect: deleted")

    vod = MediaPackageVodClient(region_name=region, endpoint_url=endpoint)
    group = vod.create_packaging_group(id="demo-group")
    vod.create_packaging_configuration(
        id="demo-hls",
        packaging_group_id="demo-group",
        hls_package=HlsPackage(hls_manifests=[HlsManifest(manifest_name="index")]),
    )
    asset = vod.create_asset(
        id="demo-asset",
        packaging_group_id="demo-group",
        source_arn="arn:aws:s3:::demo-bucket/movie.smil",
        source_role_arn="arn:aws:iam::123456789012:role/demo",
    )
    print(
        f"mediapackage-vod: group {group.arn}; asset egress {[e.url for e in asset.egress_endpoints or []]}"
    )

    try:
        mc.create_flow(name="bad", source=SetSourceRequest(name="s", protocol="zixi-push", ingest_port=2000))
    except ValidationError as exc:
        print(f"validation before sending:\n{exc}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--endpoint", help="an already running backend (default: start the local backend here)"
    )
    args = parser.parse_args()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "local")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "local")
    if args.endpoint:
        run(args.endpoint)
        return
    with LocalServer(transition_delay=0.3) as server:
        print(f"local backend: {server.url}")
        run(server.url)


if __name__ == "__main__":
    main()
