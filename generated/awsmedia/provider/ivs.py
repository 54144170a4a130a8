"""Terraform resources and data sources of Amazon IVS.

Generated from model/model/ivs.yaml by `python -m codegen generate`; do not edit.
The declarations are data; awsmedia_runtime.provider executes them.
"""

from awsmedia_runtime.provider.spec import Attr as A
from awsmedia_runtime.provider.spec import Block as B
from awsmedia_runtime.provider.spec import (
    DataSourceSpec,
    ReplaceExisting,
    ResourceSpec,
    Rule,
    StateSpec,
    TaggingSpec,
)

# Input members of every operation, nested: requests are built by picking these from the state.
OPERATIONS = {
    "CreateChannel": {"name": None, "latencyMode": None, "type": None, "tags": None},
    "GetChannel": {"arn": None},
    "UpdateChannel": {"arn": None, "name": None, "latencyMode": None, "type": None},
    "DeleteChannel": {"arn": None},
    "ListChannels": {"filterByName": None, "nextToken": None, "maxResults": None},
    "BatchGetChannel": {"arns": None},
    "CreateStreamKey": {"channelArn": None, "tags": None},
    "GetStreamKey": {"arn": None},
    "DeleteStreamKey": {"arn": None},
    "ListStreamKeys": {"channelArn": None, "nextToken": None, "maxResults": None},
    "BatchGetStreamKey": {"arns": None},
    "GetStream": {"channelArn": None},
    "ListStreams": {"nextToken": None, "maxResults": None},
    "StopStream": {"channelArn": None},
    "PutMetadata": {"channelArn": None, "metadata": None},
    "TagResource": {"resourceArn": None, "tags": None},
    "UntagResource": {"resourceArn": None, "tagKeys": None},
    "ListTagsForResource": {"resourceArn": None},
}

CHANNEL = ResourceSpec(
    type_name="awsmedia_ivs_channel",
    service="ivs",
    description="A live channel: where a broadcaster sends video and viewers watch it.",
    version=0,
    identifier="arn",
    import_parts=("arn",),
    create="CreateChannel",
    create_result=("channel",),
    read="GetChannel",
    read_result=("channel",),
    delete="DeleteChannel",
    updates=(("UpdateChannel", None),),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    tagging=TaggingSpec(
        tag="TagResource",
        untag="UntagResource",
        arn_param="resourceArn",
        tags_param="tags",
        keys_param="tagKeys",
        arn_member="arn",
        tags_attr="tags",
    ),
    schema=B(
        "",
        None,
        description="A live channel: where a broadcaster sends video and viewers watch it.",
        attrs=[
            A("id", "string", computed=True, description="Same as arn."),
            A(
                "name",
                "string",
                member="name",
                description="Name to give the new channel.",
                optional=True,
                constraints={"max_length": 128, "pattern": "[a-zA-Z0-9-_]*"},
            ),
            A(
                "latency_mode",
                "string",
                member="latencyMode",
                description="Latency setting to use; LOW if omitted.",
                optional=True,
                computed=True,
                default="LOW",
                enum=("NORMAL", "LOW"),
            ),
            A(
                "type",
                "string",
                member="type",
                description="Channel type to use; STANDARD if omitted.",
                optional=True,
                computed=True,
                default="STANDARD",
                enum=("BASIC", "STANDARD"),
            ),
            A(
                "tags",
                ("map", "string"),
                member="tags",
                description="Key-value tags to attach, up to 50 pairs.",
                optional=True,
                constraints={"max_items": 50},
            ),
            A("arn", "string", member="arn", description="ARN that identifies the channel.", computed=True),
            A(
                "ingest_endpoint",
                "string",
                member="ingestEndpoint",
                description="Ingest server address to enter in the broadcasting software.",
                computed=True,
            ),
            A(
                "playback_url",
                "string",
                member="playbackUrl",
                description="URL that players use to watch the channel.",
                computed=True,
            ),
        ],
    ),
)

STREAM_KEY = ResourceSpec(
    type_name="awsmedia_ivs_stream_key",
    service="ivs",
    description="The secret a broadcaster presents to stream to one channel; a channel holds one.",
    version=0,
    identifier="arn",
    import_parts=("arn",),
    create="CreateStreamKey",
    create_result=("streamKey",),
    read="GetStreamKey",
    read_result=("streamKey",),
    delete="DeleteStreamKey",
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    tagging=TaggingSpec(
        tag="TagResource",
        untag="UntagResource",
        arn_param="resourceArn",
        tags_param="tags",
        keys_param="tagKeys",
        arn_member="arn",
        tags_attr="tags",
    ),
    replace_existing=ReplaceExisting(
        list="ListStreamKeys", items="streamKeys", filter="channelArn", delete="DeleteStreamKey"
    ),
    schema=B(
        "",
        None,
        description="The secret a broadcaster presents to stream to one channel; a channel holds one.",
        attrs=[
            A("id", "string", computed=True, description="Same as arn."),
            A(
                "channel_arn",
                "string",
                member="channelArn",
                description="ARN of the channel that will own the new key.",
                required=True,
                replace=True,
                constraints={
                    "min_length": 1,
                    "max_length": 128,
                    "pattern": "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
                },
            ),
            A(
                "tags",
                ("map", "string"),
                member="tags",
                description="Key-value tags to attach to the key, up to 50 pairs.",
                optional=True,
                constraints={"max_items": 50},
            ),
            A(
                "arn",
                "string",
                member="arn",
                description="ARN that identifies the stream key.",
                computed=True,
            ),
            A(
                "value",
                "string",
                member="value",
                description="The secret key string entered in the broadcasting software.",
                computed=True,
                sensitive=True,
            ),
        ],
    ),
)

CHANNEL_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_channel",
    service="ivs",
    description="A live channel: where a broadcaster sends video and viewers watch it.",
    operation="GetChannel",
    result=("channel",),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="A live channel: where a broadcaster sends video and viewers watch it.",
        attrs=[
            A(
                "arn",
                "string",
                member="arn",
                description="ARN of the channel to read.",
                required=True,
                constraints={
                    "min_length": 1,
                    "max_length": 128,
                    "pattern": "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
                },
            ),
            A("name", "string", member="name", description="Name given to the channel.", computed=True),
            A(
                "latency_mode",
                "string",
                member="latencyMode",
                description="Latency setting of the channel; LOW when not set.",
                computed=True,
            ),
            A(
                "type",
                "string",
                member="type",
                description="Channel type, which caps resolution and bitrate; STANDARD when not set.",
                computed=True,
            ),
            A(
                "ingest_endpoint",
                "string",
                member="ingestEndpoint",
                description="Ingest server address to enter in the broadcasting software.",
                computed=True,
            ),
            A(
                "playback_url",
                "string",
                member="playbackUrl",
                description="URL that players use to watch the channel.",
                computed=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="tags",
                description="Key-value tags on the channel, up to 50 pairs.",
                computed=True,
            ),
        ],
    ),
)

CHANNELS_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_channels",
    service="ivs",
    description="Returns channel summaries, optionally narrowed by name, one page at a time.",
    operation="ListChannels",
    paginate=("nextToken", "nextToken", "channels"),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="Returns channel summaries, optionally narrowed by name, one page at a time.",
        attrs=[
            A(
                "filter_by_name",
                "string",
                member="filterByName",
                description="Name to match; only channels with this name are returned.",
                optional=True,
                constraints={"max_length": 128, "pattern": "[a-zA-Z0-9-_]*"},
            ),
            A(
                "channels",
                (
                    "list",
                    (
                        "object",
                        (
                            ("arn", "arn", "string"),
                            ("name", "name", "string"),
                            ("latency_mode", "latencyMode", "string"),
                            ("tags", "tags", ("map", "string")),
                            ("type", "type", "string"),
                        ),
                    ),
                ),
                member="channels",
                description="Channels that matched the request.",
                computed=True,
            ),
        ],
    ),
)

STREAM_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_stream",
    service="ivs",
    description="Returns details of the live stream currently running on a channel.",
    operation="GetStream",
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="Returns details of the live stream currently running on a channel.",
        attrs=[
            A(
                "channel_arn",
                "string",
                member="channelArn",
                description="ARN of the channel whose stream to read.",
                required=True,
                constraints={
                    "min_length": 1,
                    "max_length": 128,
                    "pattern": "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
                },
            ),
            A(
                "stream",
                (
                    "object",
                    (
                        ("channel_arn", "channelArn", "string"),
                        ("playback_url", "playbackUrl", "string"),
                        ("start_time", "startTime", "timestamp"),
                        ("state", "state", "string"),
                        ("health", "health", "string"),
                        ("viewer_count", "viewerCount", "integer"),
                    ),
                ),
                member="stream",
                description="The channel's current stream.",
                computed=True,
            ),
        ],
    ),
)

STREAMS_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_streams",
    service="ivs",
    description="Returns summaries of live streams, one page at a time.",
    operation="ListStreams",
    paginate=("nextToken", "nextToken", "streams"),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="Returns summaries of live streams, one page at a time.",
        attrs=[
            A(
                "streams",
                (
                    "list",
                    (
                        "object",
                        (
                            ("channel_arn", "channelArn", "string"),
                            ("state", "state", "string"),
                            ("health", "health", "string"),
                            ("viewer_count", "viewerCount", "integer"),
                            ("start_time", "startTime", "timestamp"),
                        ),
                    ),
                ),
                member="streams",
                description="Streams on this page.",
                computed=True,
            )
        ],
    ),
)

STREAM_KEY_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_stream_key",
    service="ivs",
    description="The secret a broadcaster presents to stream to one channel; a channel holds one.",
    operation="GetStreamKey",
    result=("streamKey",),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="The secret a broadcaster presents to stream to one channel; a channel holds one.",
        attrs=[
            A(
                "arn",
                "string",
                member="arn",
                description="ARN of the stream key to read.",
                required=True,
                constraints={
                    "min_length": 1,
                    "max_length": 128,
                    "pattern": "arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+",
                },
            ),
            A(
                "value",
                "string",
                member="value",
                description="The secret key string entered in the broadcasting software.",
                computed=True,
                sensitive=True,
            ),
            A(
                "channel_arn",
                "string",
                member="channelArn",
                description="ARN of the channel the key belongs to.",
                computed=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="tags",
                description="Key-value tags on the key, up to 50 pairs.",
                computed=True,
            ),
        ],
    ),
)

STREAM_KEYS_DATA = DataSourceSpec(
    type_name="awsmedia_ivs_stream_keys",
    service="ivs",
    description="Returns stream-key summaries for one channel, one page at a time.",
    operation="ListStreamKeys",
    paginate=("nextToken", "nextToken", "streamKeys"),
    not_found=("ChannelNotBroadcasting", "ResourceNotFoundException"),
    schema=B(
        "",
        None,
        description="Returns stream-key summaries for one channel, one page at a time.",
        attrs=[
            A(
                "channel_arn",
                "string",
                member="channelArn",
                description="ARN of the channel whose keys to list.",
                required=True,
                constraints={
                    "min_length": 1,
                    "max_length": 128,
                    "pattern": "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+",
                },
            ),
            A(
                "stream_keys",
                (
                    "list",
                    (
                        "object",
                        (
                            ("arn", "arn", "string"),
                            ("channel_arn", "channelArn", "string"),
                            ("tags", "tags", ("map", "string")),
                        ),
                    ),
                ),
                member="streamKeys",
                description="Stream keys on this page.",
                computed=True,
            ),
        ],
    ),
)

RESOURCES = [
    CHANNEL,
    STREAM_KEY,
]
DATA_SOURCES = [
    CHANNEL_DATA,
    CHANNELS_DATA,
    STREAM_DATA,
    STREAMS_DATA,
    STREAM_KEY_DATA,
    STREAM_KEYS_DATA,
]
