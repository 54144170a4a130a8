# Every flow of the account and region, by ARN with its status (ACTIVE while it runs).
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaMediaconnectFlows, cdk


class AccountFlows(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        everything = DataAwsmediaMediaconnectFlows(self, "all")

        flows = cdk.TerraformIterator.from_list(everything.flows)
        cdk.TerraformOutput(
            self, "flow_status", value=flows.for_expression_for_map("val.flow_arn", "val.status")
        )


if __name__ == "__main__":
    app = cdk.App()
    AccountFlows(app, "account-flows")
    app.synth()
