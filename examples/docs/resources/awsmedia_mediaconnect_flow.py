# A contribution flow from a stadium: a Zixi push source (ingest port 2088), failover in merge mode
# for a second source added with MediaconnectFlowSource, a weekly maintenance window, and the flow
# started once created.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, MediaconnectFlow, cdk


class StadiumFeed(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        stadium = MediaconnectFlow(
            self,
            "stadium",
            name="stadium-feed",
            availability_zone="us-east-1a",
            running=True,
            source={
                "name": "main-encoder",
                "description": "Encoder in the OB van",
                "protocol": "zixi-push",
                "ingest_port": 2088,
                "max_latency": 2000,
                "whitelist_cidr": "203.0.113.0/24",
            },
            source_failover_config={"state": "ENABLED", "failover_mode": "MERGE", "recovery_window": 300},
            maintenance={"maintenance_day": "Tuesday", "maintenance_start_hour": "04:00"},
        )

        cdk.TerraformOutput(self, "ingest_ip", value=stadium.source.ingest_ip)


if __name__ == "__main__":
    app = cdk.App()
    StadiumFeed(app, "stadium-feed")
    app.synth()
