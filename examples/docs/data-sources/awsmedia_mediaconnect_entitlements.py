# Entitlements other accounts granted to this one: subscribe to one with a flow source.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediaconnectEntitlements, cdk


class GrantedEntitlements(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        granted = DataAwsmediaMediaconnectEntitlements(self, "granted")

        entitlements = cdk.TerraformIterator.from_list(granted.entitlements)
        cdk.TerraformOutput(
            self,
            "granted_entitlements",
            value=entitlements.for_expression_for_map("val.entitlement_name", "val.entitlement_arn"),
        )


if __name__ == "__main__":
    app = cdk.App()
    GrantedEntitlements(app, "granted-entitlements")
    app.synth()
