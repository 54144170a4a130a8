# The channels named "evening-news" (one per region and stage), by ARN with their latency modes.
from constructs import Construct

from awsmedia.constructs import AwsmediaProvider, DataAwsmediaIvsChannels, cdk


class NewsChannels(cdk.TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsmediaProvider(self, "awsmedia", region="us-east-1")

        news = DataAwsmediaIvsChannels(self, "news", filter_by_name="evening-news")

        channels = cdk.TerraformIterator.from_list(news.channels)
        cdk.TerraformOutput(
            self, "news_channels", value=channels.for_expression_for_map("val.arn", "val.latency_mode")
        )


if __name__ == "__main__":
    app = cdk.App()
    NewsChannels(app, "news-channels")
    app.synth()
