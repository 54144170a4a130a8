"""A flow with a failover pair of sources and an output, started and stopped, against the local backend."""

import os

from awsmedia.clients.mediaconnect import (
    AddOutputRequest,
    FailoverConfig,
    MediaConnectClient,
    SetSourceRequest,
)

endpoint = os.environ.get("AWSMEDIA_ENDPOINT", "http://127.0.0.1:4580")
mc = MediaConnectClient(endpoint_url=endpoint, region_name="us-east-1")

flow = mc.create_flow(
    name="stadium-feed",
    sources=[
        SetSourceRequest(
            name="main", protocol="zixi-push", ingest_port=2088, whitelist_cidr="203.0.113.0/24"
        ),
        SetSourceRequest(
            name="backup", protocol="zixi-push", ingest_port=2088, whitelist_cidr="198.51.100.0/24"
        ),
    ],
    source_failover_config=FailoverConfig(state="ENABLED", failover_mode="MERGE", recovery_window=300),
    outputs=[AddOutputRequest(name="studio", protocol="rtp", destination="192.0.2.10", port=5000)],
).flow
print(flow.name, [s.name for s in flow.sources or []], flow.status)

mc.start_flow(flow_arn=flow.flow_arn)
mc.wait_until_flow_active(flow_arn=flow.flow_arn, timeout=60, delay=0.5)
for summary in mc.iter_flows():
    print(summary.name, summary.status)
mc.stop_flow(flow_arn=flow.flow_arn)
mc.wait_until_flow_standby(flow_arn=flow.flow_arn, timeout=60, delay=0.5)
mc.delete_flow(flow_arn=flow.flow_arn)
