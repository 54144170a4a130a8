"""A channel, its stream key and a simulated broadcast with timed metadata, against the local backend."""

import json
import os
import urllib.request

from awsmedia.clients.ivs import IvsClient

endpoint = os.environ.get("AWSMEDIA_ENDPOINT", "http://127.0.0.1:4580")
ivs = IvsClient(endpoint_url=endpoint, region_name="us-west-2")  # no credentials needed on 127.0.0.1

created = ivs.create_channel(name="evening-news", latency_mode="LOW", tags={"team": "news"})
channel = created.channel
print("watch at", channel.playback_url, "- stream key", created.stream_key.arn)

# The local backend's control API starts a simulated broadcast (no encoder connects).
start = urllib.request.Request(
    f"{endpoint}/_awsmedia/ivs/streams",
    data=json.dumps({"channelArn": channel.arn}).encode(),
    method="POST",
)
urllib.request.urlopen(start).close()
print("live:", ivs.get_stream(channel_arn=channel.arn).stream.state)
ivs.put_metadata(channel_arn=channel.arn, metadata=json.dumps({"score": "2-1"}))
ivs.stop_stream(channel_arn=channel.arn)

for summary in ivs.iter_channels(filter_by_name="evening-news"):  # every page
    print(summary.name, summary.latency_mode)
ivs.delete_channel(arn=channel.arn)
