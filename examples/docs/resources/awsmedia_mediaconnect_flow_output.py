# Two outputs of one flow: RTP to the studio, and SRT in listener mode for a remote production
# team, encrypted with a password kept in Secrets Manager.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, MediaconnectFlow, MediaconnectFlowOutput, cdk


class StudioOutputs(cdk.TerraformStack):
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
        )
        MediaconnectFlowOutput(
            self,
            "studio",
            flow_arn=stadium.flow_arn,
            name="studio",
            description="Playout in the main studio",
            protocol="rtp",
            destination="192.0.2.10",
            port=5000,
            smoothing_latency=100,
        )
        remote = MediaconnectFlowOutput(
            self,
            "remote",
            flow_arn=stadium.flow_arn,
            name="remote-production",
            protocol="srt-listener",
            port=5001,
            min_latency=2000,
            cidr_allow_list=["198.51.100.0/24"],
            encryption={
                "algorithm": "aes256",
                "key_type": "srt-password",
                "role_arn": "arn:aws:iam::111122223333:role/MediaConnectSecrets",
                "secret_arn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:srt-password-AbCdEf",
            },
        )

        cdk.TerraformOutput(self, "remote_listener", value=f"{remote.listener_address}:5001")


if __name__ == "__main__":
    app = cdk.App()
    StudioOutputs(app, "studio-outputs")
    app.synth()
