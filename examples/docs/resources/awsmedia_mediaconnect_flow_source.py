# The backup encoder of a failover flow: a second Zixi push source. A flow takes two sources only
# with failover enabled, and both must use the same protocol.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, MediaconnectFlow, MediaconnectFlowSource, cdk


class FailoverFeed(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        stadium = MediaconnectFlow(
            self,
            "stadium",
            name="stadium-feed",
            source={
                "name": "main-encoder",
                "protocol": "zixi-push",
                "ingest_port": 2088,
                "whitelist_cidr": "203.0.113.0/24",
            },
            source_failover_config={
                "state": "ENABLED",
                "failover_mode": "FAILOVER",
                "recovery_window": 200,
                "source_priority": {"primary_source": "main-encoder"},
            },
        )
        backup = MediaconnectFlowSource(
            self,
            "backup",
            flow_arn=stadium.flow_arn,
            name="backup-encoder",
            description="Second encoder on a separate uplink",
            protocol="zixi-push",
            ingest_port=2088,
            whitelist_cidr="198.51.100.0/24",
        )

        cdk.TerraformOutput(self, "backup_ingest_ip", value=backup.ingest_ip)


if __name__ == "__main__":
    app = cdk.App()
    FailoverFeed(app, "failover-feed")
    app.synth()
