# Grant a partner account the flow's content, encrypted with a static key; the partner pays half
# of the data transfer.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, MediaconnectFlow, MediaconnectFlowEntitlement, cdk


class PartnerEntitlement(cdk.TerraformStack):
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
        partner = MediaconnectFlowEntitlement(
            self,
            "partner",
            flow_arn=stadium.flow_arn,
            name="partner-broadcaster",
            description="Rights holder in another region",
            subscribers=["444455556666"],
            data_transfer_subscriber_fee_percent=50,
            entitlement_status="ENABLED",
            encryption={
                "algorithm": "aes128",
                "key_type": "static-key",
                "role_arn": "arn:aws:iam::111122223333:role/MediaConnectSecrets",
                "secret_arn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:partner-key-AbCdEf",
            },
        )

        cdk.TerraformOutput(self, "entitlement_arn", value=partner.entitlement_arn)


if __name__ == "__main__":
    app = cdk.App()
    PartnerEntitlement(app, "partner-entitlement")
    app.synth()
