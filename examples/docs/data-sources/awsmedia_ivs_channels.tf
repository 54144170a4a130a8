# The channels named "evening-news" (one per region and stage), by ARN with their latency modes.
data "awsmedia_ivs_channels" "news" {
  filter_by_name = "evening-news"
}

output "news_channels" {
  value = { for c in data.awsmedia_ivs_channels.news.channels : c.arn => c.latency_mode }
}
