"""Amazon IVS: typed client.

Generated from model/ivs.yaml by `python -m codegen generate`; do not edit.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from typing import Literal

import awsmedia_runtime as _rt

# --- enums -------------------------------------------------------------------------------------

ChannelLatencyMode = Literal["NORMAL", "LOW"]
"""Chooses how much delay viewers see: NORMAL or LOW (the default)."""

ChannelType = Literal["BASIC", "STANDARD", "ADVANCED_SD", "ADVANCED_HD"]
"""Chooses the output limits: STANDARD transcodes up to 1080p and 8.5 Mbps; BASIC passes through up to
480p and 1.5 Mbps; ADVANCED_SD and ADVANCED_HD transcode with a preset."""

ContainerFormat = Literal["TS", "FRAGMENTED_MP4"]
"""Container of the delivered stream: MPEG transport stream or fragmented MP4."""

StreamHealth = Literal["HEALTHY", "STARVING", "UNKNOWN"]
"""Chooses the feed condition reported: HEALTHY, STARVING (not enough data arriving) or UNKNOWN."""

StreamState = Literal["LIVE", "OFFLINE"]
"""Chooses whether a stream is reported as LIVE or OFFLINE."""

TranscodePreset = Literal["HIGHER_BANDWIDTH_DELIVERY", "CONSTRAINED_BANDWIDTH_DELIVERY"]
"""How an advanced channel transcodes: for viewers with more or with less bandwidth."""

# --- structures --------------------------------------------------------------------------------


@dataclasses.dataclass(kw_only=True, slots=True)
class BatchError:
    """Failure report for one ARN within a batch get request."""

    arn: str | None = None
    """ARN of the resource that could not be fetched. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`."""

    code: str | None = None
    """Short code naming the kind of failure."""

    message: str | None = None
    """Human-readable explanation of the failure."""


@dataclasses.dataclass(kw_only=True, slots=True)
class BatchGetChannelRequest:
    """Input for fetching several channels at once."""

    arns: list[str]
    """Channel ARNs to fetch, 1 to 50 entries. Items: 1..50. Each item: Length: 1..128. Each item:
    Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class BatchGetChannelResponse:
    """Result of a batch channel fetch."""

    channels: list[Channel] | None = None
    """Channels that were found."""

    errors: list[BatchError] | None = None
    """Failures, one per ARN that could not be fetched."""


@dataclasses.dataclass(kw_only=True, slots=True)
class BatchGetStreamKeyRequest:
    """Input for fetching several stream keys at once."""

    arns: list[str]
    """Stream-key ARNs to fetch, 1 to 50 entries. Items: 1..50. Each item: Length: 1..128. Each item:
    Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class BatchGetStreamKeyResponse:
    """Result of a batch stream-key fetch."""

    stream_keys: list[StreamKey] | None = None
    """Stream keys that were found."""

    errors: list[BatchError] | None = None
    """Failures, one per ARN that could not be fetched."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Channel:
    """A channel: the full configuration that accepts a broadcast and serves it to viewers."""

    arn: str | None = None
    """ARN that identifies the channel. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    name: str | None = None
    """Name given to the channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`."""

    latency_mode: ChannelLatencyMode | None = None
    """Latency setting of the channel; LOW when not set. Allowed values: `NORMAL`, `LOW`. Default:
    `"LOW"`."""

    type: ChannelType | None = None
    """Channel type, which caps resolution and bitrate; STANDARD when not set. Allowed values: `BASIC`,
    `STANDARD`, `ADVANCED_SD`, `ADVANCED_HD`. Default: `"STANDARD"`."""

    ingest_endpoint: str | None = None
    """Ingest server address to enter in the broadcasting software."""

    playback_url: str | None = None
    """URL that players use to watch the channel."""

    authorized: bool | None = None
    """Whether playback needs a signed token; false when not set. Default: `false`."""

    insecure_ingest: bool | None = None
    """Whether unencrypted RTMP ingest is accepted; false when not set. Default: `false`."""

    preset: TranscodePreset | None = None
    """Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed values:
    `HIGHER_BANDWIDTH_DELIVERY`, `CONSTRAINED_BANDWIDTH_DELIVERY`."""

    recording_configuration_arn: str | None = None
    """Recording configuration that records the channel's streams to S3; empty for none. Length:
    0..128. Pattern: `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`.
    Default: `""`."""

    playback_restriction_policy_arn: str | None = None
    """Playback restriction policy limiting where the channel may be watched; empty for none. Length:
    0..128. Pattern:
    `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`. Default:
    `""`."""

    container_format: ContainerFormat | None = None
    """Container the channel's stream is delivered in; TS when not set. Allowed values: `TS`,
    `FRAGMENTED_MP4`. Default: `"TS"`."""

    tags: dict[str, str] | None = None
    """Key-value tags on the channel, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`. Default: `{}`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ChannelSummary:
    """Short view of a channel as returned by a channel listing."""

    arn: str | None = None
    """ARN that identifies the channel. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    name: str | None = None
    """Name given to the channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`."""

    latency_mode: ChannelLatencyMode | None = None
    """Latency setting of the channel. Allowed values: `NORMAL`, `LOW`."""

    tags: dict[str, str] | None = None
    """Key-value tags on the channel, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`. Default: `{}`."""

    type: ChannelType | None = None
    """Channel type, which caps resolution and bitrate. Allowed values: `BASIC`, `STANDARD`,
    `ADVANCED_SD`, `ADVANCED_HD`."""

    authorized: bool | None = None
    """Whether playback needs a signed token."""

    insecure_ingest: bool | None = None
    """Whether unencrypted RTMP ingest is accepted."""

    preset: TranscodePreset | None = None
    """Transcoding preset of an ADVANCED_SD or ADVANCED_HD channel. Allowed values:
    `HIGHER_BANDWIDTH_DELIVERY`, `CONSTRAINED_BANDWIDTH_DELIVERY`."""

    recording_configuration_arn: str | None = None
    """Recording configuration of the channel; empty for none."""

    playback_restriction_policy_arn: str | None = None
    """Playback restriction policy of the channel; empty for none."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateChannelRequest:
    """Input for creating a channel."""

    name: str | None = None
    """Name to give the new channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`."""

    latency_mode: ChannelLatencyMode | None = None
    """Latency setting to use; LOW if omitted. Allowed values: `NORMAL`, `LOW`. Default: `"LOW"`."""

    type: ChannelType | None = None
    """Channel type to use; STANDARD if omitted. Allowed values: `BASIC`, `STANDARD`, `ADVANCED_SD`,
    `ADVANCED_HD`. Default: `"STANDARD"`."""

    authorized: bool | None = None
    """Whether playback needs a signed token; false when not set. Default: `false`."""

    insecure_ingest: bool | None = None
    """Whether unencrypted RTMP ingest is accepted; false when not set. Default: `false`."""

    preset: TranscodePreset | None = None
    """Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed values:
    `HIGHER_BANDWIDTH_DELIVERY`, `CONSTRAINED_BANDWIDTH_DELIVERY`."""

    recording_configuration_arn: str | None = None
    """Recording configuration that records the channel's streams to S3; empty for none. Length:
    0..128. Pattern: `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`.
    Default: `""`."""

    playback_restriction_policy_arn: str | None = None
    """Playback restriction policy limiting where the channel may be watched; empty for none. Length:
    0..128. Pattern:
    `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`. Default:
    `""`."""

    container_format: ContainerFormat | None = None
    """Container the channel's stream is delivered in; TS when not set. Allowed values: `TS`,
    `FRAGMENTED_MP4`. Default: `"TS"`."""

    tags: dict[str, str] | None = None
    """Key-value tags to attach, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys: Pattern:
    `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateChannelResponse:
    """Result of creating a channel."""

    channel: Channel | None = None
    """The channel that was created."""

    stream_key: StreamKey | None = None
    """The stream key issued along with the new channel."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateStreamKeyRequest:
    """Input for issuing a stream key."""

    channel_arn: str
    """ARN of the channel that will own the new key. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    tags: dict[str, str] | None = None
    """Key-value tags to attach to the key, up to 50 pairs. At most 50 items. Keys: Length: 1..128.
    Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateStreamKeyResponse:
    """Result of issuing a stream key."""

    stream_key: StreamKey | None = None
    """The stream key that was issued."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteChannelRequest:
    """Input for deleting a channel."""

    arn: str
    """ARN of the channel to delete. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteStreamKeyRequest:
    """Input for deleting a stream key."""

    arn: str
    """ARN of the stream key to delete. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetChannelRequest:
    """Input for reading one channel."""

    arn: str
    """ARN of the channel to read. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetChannelResponse:
    """Result of reading one channel."""

    channel: Channel | None = None
    """The requested channel."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetStreamKeyRequest:
    """Input for reading one stream key."""

    arn: str
    """ARN of the stream key to read. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetStreamKeyResponse:
    """Result of reading one stream key."""

    stream_key: StreamKey | None = None
    """The requested stream key."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetStreamRequest:
    """Input for reading a channel's live stream."""

    channel_arn: str
    """ARN of the channel whose stream to read. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GetStreamResponse:
    """Result of reading a live stream."""

    stream: Stream | None = None
    """The channel's current stream."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListChannelsRequest:
    """Input for listing channels."""

    filter_by_name: str | None = None
    """Name to match; only channels with this name are returned. Length: 0..128. Pattern:
    `[a-zA-Z0-9-_]*`."""

    next_token: str | None = None
    """Token from a previous page; omit to start from the first channel. Length: 0..1024. Pattern:
    `[a-zA-Z0-9+/=_-]*`."""

    max_results: int | None = None
    """Largest number of channels to return in one page, 1 to 100. Range: 1..100."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListChannelsResponse:
    """One page of channel summaries."""

    channels: list[ChannelSummary]
    """Channels that matched the request."""

    next_token: str | None = None
    """Token to pass back for the next page; absent when no more channels remain. Length: 0..1024.
    Pattern: `[a-zA-Z0-9+/=_-]*`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListStreamKeysRequest:
    """Input for listing a channel's stream keys."""

    channel_arn: str
    """ARN of the channel whose keys to list. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    next_token: str | None = None
    """Token from a previous page; omit to start from the first key. Length: 0..1024. Pattern:
    `[a-zA-Z0-9+/=_-]*`."""

    max_results: int | None = None
    """Largest number of stream keys to return in one page, 1 to 50. Range: 1..50."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListStreamKeysResponse:
    """One page of stream-key summaries."""

    stream_keys: list[StreamKeySummary]
    """Stream keys on this page."""

    next_token: str | None = None
    """Token to pass back for the next page; absent when no more keys remain. Length: 0..1024. Pattern:
    `[a-zA-Z0-9+/=_-]*`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListStreamsRequest:
    """Input for listing live streams."""

    next_token: str | None = None
    """Token from a previous page; omit to start from the first stream. Length: 0..1024. Pattern:
    `[a-zA-Z0-9+/=_-]*`."""

    max_results: int | None = None
    """Largest number of streams to return in one page, 1 to 100. Range: 1..100."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListStreamsResponse:
    """One page of live-stream summaries."""

    streams: list[StreamSummary]
    """Streams on this page."""

    next_token: str | None = None
    """Token to pass back for the next page; absent when no more streams remain. Length: 0..1024.
    Pattern: `[a-zA-Z0-9+/=_-]*`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceRequest:
    """Input for reading a resource's tags."""

    resource_arn: str
    """ARN of the resource whose tags to return. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceResponse:
    """Tags found on a resource."""

    tags: dict[str, str]
    """Key-value tags on the resource, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class PutMetadataRequest:
    """Input for injecting timed metadata into a live stream."""

    channel_arn: str
    """ARN of the channel to receive the metadata; it must be live. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    metadata: str
    """Payload to insert into the stream, at most 1 KB. Length: 1..1024. At most 1024 bytes in UTF-8.
    Sensitive: a secret; keep it out of logs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StopStreamRequest:
    """Input for stopping a channel's stream."""

    channel_arn: str
    """ARN of the channel whose stream to stop. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StopStreamResponse:
    """Empty result returned when a stream is stopped."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class Stream:
    """A live stream that a channel is taking in and delivering to viewers."""

    channel_arn: str | None = None
    """ARN of the channel carrying the stream. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    playback_url: str | None = None
    """URL of the HLS master playlist that players load."""

    start_time: datetime.datetime | None = None
    """When the stream began, as an ISO-8601 time."""

    state: StreamState | None = None
    """Whether the stream is live or offline. Allowed values: `LIVE`, `OFFLINE`."""

    health: StreamHealth | None = None
    """How healthy the incoming feed is. Allowed values: `HEALTHY`, `STARVING`, `UNKNOWN`."""

    viewer_count: int | None = None
    """Number of people watching right now."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StreamKey:
    """A secret key that a broadcaster uses to authenticate its RTMPS feed to a channel."""

    arn: str | None = None
    """ARN that identifies the stream key. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`."""

    value: str | None = None
    """The secret key string entered in the broadcasting software. Sensitive: a secret; keep it out of
    logs."""

    channel_arn: str | None = None
    """ARN of the channel the key belongs to. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    tags: dict[str, str] | None = None
    """Key-value tags on the key, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`. Default: `{}`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StreamKeySummary:
    """Short view of a stream key, without its secret value."""

    arn: str | None = None
    """ARN that identifies the stream key. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`."""

    channel_arn: str | None = None
    """ARN of the channel the key belongs to. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    tags: dict[str, str] | None = None
    """Key-value tags on the key, up to 50 pairs. At most 50 items. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`. Default: `{}`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StreamSummary:
    """Short view of a live stream as returned by a stream listing."""

    channel_arn: str | None = None
    """ARN of the channel carrying the stream. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    state: StreamState | None = None
    """Whether the stream is live or offline. Allowed values: `LIVE`, `OFFLINE`."""

    health: StreamHealth | None = None
    """How healthy the incoming feed is. Allowed values: `HEALTHY`, `STARVING`, `UNKNOWN`."""

    viewer_count: int | None = None
    """Number of people watching right now."""

    start_time: datetime.datetime | None = None
    """When the stream began, as an ISO-8601 time."""


@dataclasses.dataclass(kw_only=True, slots=True)
class TagResourceRequest:
    """Input for adding or updating tags on a resource."""

    resource_arn: str
    """ARN of the resource to tag. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`."""

    tags: dict[str, str]
    """Key-value tags to add or overwrite, up to 50 pairs. Items: 1..50. Keys: Length: 1..128. Keys:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256. Each item: Pattern:
    `([\\w\\s_.:/=+\\-@]*)`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class TagResourceResponse:
    """Empty result returned when tags are applied."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class UntagResourceRequest:
    """Input for removing tags from a resource."""

    resource_arn: str
    """ARN of the resource to untag. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`."""

    tag_keys: list[str]
    """Keys of the tags to remove, up to 50. Items: 1..50. Each item: Length: 1..128. Each item:
    Pattern: `([\\w\\s_.:/=+\\-@]+)`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UntagResourceResponse:
    """Empty result returned when tags are removed."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateChannelRequest:
    """Input for changing a channel's settings."""

    arn: str
    """ARN of the channel to change. Length: 1..128. Pattern:
    `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`."""

    name: str | None = None
    """New name for the channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`."""

    latency_mode: ChannelLatencyMode | None = None
    """New latency setting for the channel. Allowed values: `NORMAL`, `LOW`. Default: `"LOW"`."""

    type: ChannelType | None = None
    """New channel type, which caps resolution and bitrate. Allowed values: `BASIC`, `STANDARD`,
    `ADVANCED_SD`, `ADVANCED_HD`. Default: `"STANDARD"`."""

    authorized: bool | None = None
    """Whether playback needs a signed token; false when not set."""

    insecure_ingest: bool | None = None
    """Whether unencrypted RTMP ingest is accepted; false when not set."""

    preset: TranscodePreset | None = None
    """Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed values:
    `HIGHER_BANDWIDTH_DELIVERY`, `CONSTRAINED_BANDWIDTH_DELIVERY`."""

    recording_configuration_arn: str | None = None
    """Recording configuration that records the channel's streams to S3; empty for none. Length:
    0..128. Pattern: `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`."""

    playback_restriction_policy_arn: str | None = None
    """Playback restriction policy limiting where the channel may be watched; empty for none. Length:
    0..128. Pattern:
    `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`."""

    container_format: ContainerFormat | None = None
    """Container the channel's stream is delivered in; TS when not set. Allowed values: `TS`,
    `FRAGMENTED_MP4`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateChannelResponse:
    """Result of changing a channel."""

    channel: Channel | None = None
    """The channel with its updated settings."""


# --- errors ------------------------------------------------------------------------------------


class AccessDeniedException(_rt.ForbiddenError):
    """Raised when the caller lacks permission to perform the requested action. (HTTP 403)"""


class ChannelNotBroadcasting(_rt.NotFoundError):
    """Raised when the target channel has no live stream at the moment. (HTTP 404)"""


class ConflictException(_rt.ConflictError):
    """Raised when the request clashes with the current state of the resource. (HTTP 409)"""


class InternalServerException(_rt.InternalServerError):
    """Raised when the service hits an unexpected internal failure. (HTTP 500)"""


class PendingVerification(_rt.ForbiddenError):
    """Raised when the account is still awaiting verification and cannot make this change yet. (HTTP 403)"""


class ResourceNotFoundException(_rt.NotFoundError):
    """Raised when the named resource, such as a channel or stream key, does not exist. (HTTP 404)"""


class ServiceQuotaExceededException(_rt.QuotaExceededError):
    """Raised when the request would go past a service quota for the account or a resource. (HTTP 402)"""


class ServiceUnavailable(_rt.ServiceUnavailableError):
    """Raised when the service cannot handle the request right now; retry later. (HTTP 503)"""


class StreamUnavailable(_rt.ServiceUnavailableError):
    """Raised when the channel's stream cannot be reached for this action. (HTTP 503)"""


class ThrottlingException(_rt.TooManyRequestsError):
    """Raised when requests arrive faster than the allowed rate, e.g. over 5 PutMetadata calls per
    second on a channel. (HTTP 429)"""


class ValidationException(_rt.BadRequestError):
    """Raised when an input value is missing, malformed or out of range. (HTTP 400)"""


_ERRORS: dict[str, type[_rt.ServiceError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ChannelNotBroadcasting": ChannelNotBroadcasting,
    "ConflictException": ConflictException,
    "InternalServerException": InternalServerException,
    "PendingVerification": PendingVerification,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ServiceQuotaExceededException": ServiceQuotaExceededException,
    "ServiceUnavailable": ServiceUnavailable,
    "StreamUnavailable": StreamUnavailable,
    "ThrottlingException": ThrottlingException,
    "ValidationException": ValidationException,
}

# Shapes, operations and waiters come from the service's shared tables (awsmedia/shapes/ivs.json),
# read once for every target; each structure is bound to its class above.
_TABLES = _rt.bind_classes(_rt.load_service("ivs"), globals())


class IvsClient(_rt.BaseClient):
    """Managed low-latency live streaming. Channels take an RTMPS stream from a broadcaster and deliver
    it to viewers through a playback URL.

    Build it from an existing boto3 client (`IvsClient(boto3.client("ivs"))`) or from
    connection settings (`IvsClient(region_name=..., profile_name=..., endpoint_url=...)`).
    Every method validates its input against the model before sending and raises
    `awsmedia_runtime.ValidationError` naming each bad attribute.
    """

    service_name = "ivs"
    error_classes = _ERRORS
    tables = _TABLES

    def create_channel(
        self,
        *,
        name: str | None = None,
        latency_mode: ChannelLatencyMode | None = None,
        type: ChannelType | None = None,
        authorized: bool | None = None,
        insecure_ingest: bool | None = None,
        preset: TranscodePreset | None = None,
        recording_configuration_arn: str | None = None,
        playback_restriction_policy_arn: str | None = None,
        container_format: ContainerFormat | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateChannelResponse:
        """Makes a new channel and also issues its stream key so broadcasting can begin.

        Args:
            name: Name to give the new channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`.
            latency_mode: Latency setting to use; LOW if omitted. Allowed values: `NORMAL`, `LOW`. Default:
                `"LOW"`.
            type: Channel type to use; STANDARD if omitted. Allowed values: `BASIC`, `STANDARD`,
                `ADVANCED_SD`, `ADVANCED_HD`. Default: `"STANDARD"`.
            authorized: Whether playback needs a signed token; false when not set. Default: `false`.
            insecure_ingest: Whether unencrypted RTMP ingest is accepted; false when not set. Default: `false`.
            preset: Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed
                values: `HIGHER_BANDWIDTH_DELIVERY`,
                `CONSTRAINED_BANDWIDTH_DELIVERY`.
            recording_configuration_arn: Recording configuration that records the channel's streams to S3; empty for none.
                Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`.
                Default: `""`.
            playback_restriction_policy_arn: Playback restriction policy limiting where the channel may be watched; empty for
                none. Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`.
                Default: `""`.
            container_format: Container the channel's stream is delivered in; TS when not set. Allowed values:
                `TS`, `FRAGMENTED_MP4`. Default: `"TS"`.
            tags: Key-value tags to attach, up to 50 pairs. At most 50 items. Keys: Length: 1..128.
                Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256.
                Each item: Pattern: `([\\w\\s_.:/=+\\-@]*)`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            PendingVerification: Raised when the account is still awaiting verification and cannot make this change
                yet.
            ServiceQuotaExceededException: Raised when the request would go past a service quota for the account or a resource.
        """
        result: CreateChannelResponse = self._call(
            "CreateChannel",
            CreateChannelRequest(
                name=name,
                latency_mode=latency_mode,
                type=type,
                authorized=authorized,
                insecure_ingest=insecure_ingest,
                preset=preset,
                recording_configuration_arn=recording_configuration_arn,
                playback_restriction_policy_arn=playback_restriction_policy_arn,
                container_format=container_format,
                tags=tags,
            ),
        )
        return result

    def get_channel(
        self,
        *,
        arn: str,
    ) -> GetChannelResponse:
        """Returns the configuration of one channel, looked up by ARN.

        Args:
            arn: ARN of the channel to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: GetChannelResponse = self._call(
            "GetChannel",
            GetChannelRequest(arn=arn),
        )
        return result

    def update_channel(
        self,
        *,
        arn: str,
        name: str | None = None,
        latency_mode: ChannelLatencyMode | None = None,
        type: ChannelType | None = None,
        authorized: bool | None = None,
        insecure_ingest: bool | None = None,
        preset: TranscodePreset | None = None,
        recording_configuration_arn: str | None = None,
        playback_restriction_policy_arn: str | None = None,
        container_format: ContainerFormat | None = None,
    ) -> UpdateChannelResponse:
        """Changes a channel's settings; a live stream keeps the old settings until it is stopped and
        restarted.

        Args:
            arn: ARN of the channel to change. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.
            name: New name for the channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`.
            latency_mode: New latency setting for the channel. Allowed values: `NORMAL`, `LOW`. Default:
                `"LOW"`.
            type: New channel type, which caps resolution and bitrate. Allowed values: `BASIC`,
                `STANDARD`, `ADVANCED_SD`, `ADVANCED_HD`. Default: `"STANDARD"`.
            authorized: Whether playback needs a signed token; false when not set.
            insecure_ingest: Whether unencrypted RTMP ingest is accepted; false when not set.
            preset: Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed
                values: `HIGHER_BANDWIDTH_DELIVERY`,
                `CONSTRAINED_BANDWIDTH_DELIVERY`.
            recording_configuration_arn: Recording configuration that records the channel's streams to S3; empty for none.
                Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`.
            playback_restriction_policy_arn: Playback restriction policy limiting where the channel may be watched; empty for
                none. Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`.
            container_format: Container the channel's stream is delivered in; TS when not set. Allowed values:
                `TS`, `FRAGMENTED_MP4`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            PendingVerification: Raised when the account is still awaiting verification and cannot make this change
                yet.
            ThrottlingException: Raised when requests arrive faster than the allowed rate, e.g. over 5 PutMetadata
                calls per second on a channel.
            ConflictException: Raised when the request clashes with the current state of the resource.
        """
        result: UpdateChannelResponse = self._call(
            "UpdateChannel",
            UpdateChannelRequest(
                arn=arn,
                name=name,
                latency_mode=latency_mode,
                type=type,
                authorized=authorized,
                insecure_ingest=insecure_ingest,
                preset=preset,
                recording_configuration_arn=recording_configuration_arn,
                playback_restriction_policy_arn=playback_restriction_policy_arn,
                container_format=container_format,
            ),
        )
        return result

    def delete_channel(
        self,
        *,
        arn: str,
    ) -> None:
        """Removes a channel together with the stream keys that belong to it.

        Args:
            arn: ARN of the channel to delete. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            PendingVerification: Raised when the account is still awaiting verification and cannot make this change
                yet.
            ConflictException: Raised when the request clashes with the current state of the resource.
        """
        result: None = self._call(
            "DeleteChannel",
            DeleteChannelRequest(arn=arn),
        )
        return result

    def list_channels(
        self,
        *,
        filter_by_name: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListChannelsResponse:
        """Returns channel summaries, optionally narrowed by name, one page at a time.

        Args:
            filter_by_name: Name to match; only channels with this name are returned. Length: 0..128. Pattern:
                `[a-zA-Z0-9-_]*`.
            next_token: Token from a previous page; omit to start from the first channel. Length: 0..1024.
                Pattern: `[a-zA-Z0-9+/=_-]*`.
            max_results: Largest number of channels to return in one page, 1 to 100. Range: 1..100.

        Raises:
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ConflictException: Raised when the request clashes with the current state of the resource.
        """
        result: ListChannelsResponse = self._call(
            "ListChannels",
            ListChannelsRequest(
                filter_by_name=filter_by_name, next_token=next_token, max_results=max_results
            ),
        )
        return result

    def iter_channels(
        self,
        *,
        filter_by_name: str | None = None,
        max_results: int | None = None,
    ) -> Iterator[ChannelSummary]:
        """Every item of `list_channels`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListChannels",
            {"filter_by_name": filter_by_name, "max_results": max_results},
        )

    def batch_get_channel(
        self,
        *,
        arns: list[str],
    ) -> BatchGetChannelResponse:
        """Fetches several channels in one call, returning per-ARN errors for any that fail.

        Args:
            arns: Channel ARNs to fetch, 1 to 50 entries. Items: 1..50. Each item: Length: 1..128.
                Each item: Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.

        Raises:
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ServiceUnavailable: Raised when the service cannot handle the request right now; retry later.
        """
        result: BatchGetChannelResponse = self._call(
            "BatchGetChannel",
            BatchGetChannelRequest(arns=arns),
        )
        return result

    def create_stream_key(
        self,
        *,
        channel_arn: str,
        tags: dict[str, str] | None = None,
    ) -> CreateStreamKeyResponse:
        """Issues a stream key for a channel; fails if the channel already has one, since only one is
        allowed.

        Args:
            channel_arn: ARN of the channel that will own the new key. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.
            tags: Key-value tags to attach to the key, up to 50 pairs. At most 50 items. Keys: Length:
                1..128. Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length:
                0..256. Each item: Pattern: `([\\w\\s_.:/=+\\-@]*)`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            PendingVerification: Raised when the account is still awaiting verification and cannot make this change
                yet.
            ServiceQuotaExceededException: Raised when the request would go past a service quota for the account or a resource.
        """
        result: CreateStreamKeyResponse = self._call(
            "CreateStreamKey",
            CreateStreamKeyRequest(channel_arn=channel_arn, tags=tags),
        )
        return result

    def get_stream_key(
        self,
        *,
        arn: str,
    ) -> GetStreamKeyResponse:
        """Returns details of one stream key, looked up by ARN.

        Args:
            arn: ARN of the stream key to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: GetStreamKeyResponse = self._call(
            "GetStreamKey",
            GetStreamKeyRequest(arn=arn),
        )
        return result

    def delete_stream_key(
        self,
        *,
        arn: str,
    ) -> None:
        """Removes a stream key so it can no longer be used to broadcast.

        Args:
            arn: ARN of the stream key to delete. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            PendingVerification: Raised when the account is still awaiting verification and cannot make this change
                yet.
        """
        result: None = self._call(
            "DeleteStreamKey",
            DeleteStreamKeyRequest(arn=arn),
        )
        return result

    def list_stream_keys(
        self,
        *,
        channel_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListStreamKeysResponse:
        """Returns stream-key summaries for one channel, one page at a time.

        Args:
            channel_arn: ARN of the channel whose keys to list. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.
            next_token: Token from a previous page; omit to start from the first key. Length: 0..1024.
                Pattern: `[a-zA-Z0-9+/=_-]*`.
            max_results: Largest number of stream keys to return in one page, 1 to 50. Range: 1..50.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: ListStreamKeysResponse = self._call(
            "ListStreamKeys",
            ListStreamKeysRequest(channel_arn=channel_arn, next_token=next_token, max_results=max_results),
        )
        return result

    def iter_stream_keys(
        self,
        *,
        channel_arn: str,
        max_results: int | None = None,
    ) -> Iterator[StreamKeySummary]:
        """Every item of `list_stream_keys`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListStreamKeys",
            {"channel_arn": channel_arn, "max_results": max_results},
        )

    def batch_get_stream_key(
        self,
        *,
        arns: list[str],
    ) -> BatchGetStreamKeyResponse:
        """Fetches several stream keys in one call, returning per-ARN errors for any that fail.

        Args:
            arns: Stream-key ARNs to fetch, 1 to 50 entries. Items: 1..50. Each item: Length: 1..128.
                Each item: Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`.

        Raises:
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ServiceUnavailable: Raised when the service cannot handle the request right now; retry later.
        """
        result: BatchGetStreamKeyResponse = self._call(
            "BatchGetStreamKey",
            BatchGetStreamKeyRequest(arns=arns),
        )
        return result

    def get_stream(
        self,
        *,
        channel_arn: str,
    ) -> GetStreamResponse:
        """Returns details of the live stream currently running on a channel.

        Args:
            channel_arn: ARN of the channel whose stream to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ChannelNotBroadcasting: Raised when the target channel has no live stream at the moment.
        """
        result: GetStreamResponse = self._call(
            "GetStream",
            GetStreamRequest(channel_arn=channel_arn),
        )
        return result

    def list_streams(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListStreamsResponse:
        """Returns summaries of live streams, one page at a time.

        Args:
            next_token: Token from a previous page; omit to start from the first stream. Length: 0..1024.
                Pattern: `[a-zA-Z0-9+/=_-]*`.
            max_results: Largest number of streams to return in one page, 1 to 100. Range: 1..100.

        Raises:
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: ListStreamsResponse = self._call(
            "ListStreams",
            ListStreamsRequest(next_token=next_token, max_results=max_results),
        )
        return result

    def iter_streams(
        self,
        *,
        max_results: int | None = None,
    ) -> Iterator[StreamSummary]:
        """Every item of `list_streams`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListStreams",
            {"max_results": max_results},
        )

    def stop_stream(
        self,
        *,
        channel_arn: str,
    ) -> StopStreamResponse:
        """Cuts off the incoming RTMPS feed on a channel; revoke the stream key first to stop clients
        reconnecting.

        Args:
            channel_arn: ARN of the channel whose stream to stop. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ChannelNotBroadcasting: Raised when the target channel has no live stream at the moment.
            StreamUnavailable: Raised when the channel's stream cannot be reached for this action.
        """
        result: StopStreamResponse = self._call(
            "StopStream",
            StopStreamRequest(channel_arn=channel_arn),
        )
        return result

    def put_metadata(
        self,
        *,
        channel_arn: str,
        metadata: str,
    ) -> None:
        """Injects timed metadata into a channel's live stream; up to 1 KB per call and 5 calls per
        second per channel.

        Args:
            channel_arn: ARN of the channel to receive the metadata; it must be live. Length: 1..128.
                Pattern: `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`.
            metadata: Payload to insert into the stream, at most 1 KB. Length: 1..1024. At most 1024 bytes
                in UTF-8. Sensitive: a secret; keep it out of logs.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            AccessDeniedException: Raised when the caller lacks permission to perform the requested action.
            ValidationException: Raised when an input value is missing, malformed or out of range.
            ChannelNotBroadcasting: Raised when the target channel has no live stream at the moment.
            ThrottlingException: Raised when requests arrive faster than the allowed rate, e.g. over 5 PutMetadata
                calls per second on a channel.
        """
        result: None = self._call(
            "PutMetadata",
            PutMetadataRequest(channel_arn=channel_arn, metadata=metadata),
        )
        return result

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: dict[str, str],
    ) -> TagResourceResponse:
        """Adds tags to a resource, or overwrites values of tags it already has.

        Args:
            resource_arn: ARN of the resource to tag. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`.
            tags: Key-value tags to add or overwrite, up to 50 pairs. Items: 1..50. Keys: Length:
                1..128. Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length:
                0..256. Each item: Pattern: `([\\w\\s_.:/=+\\-@]*)`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            InternalServerException: Raised when the service hits an unexpected internal failure.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: TagResourceResponse = self._call(
            "TagResource",
            TagResourceRequest(resource_arn=resource_arn, tags=tags),
        )
        return result

    def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
    ) -> UntagResourceResponse:
        """Removes the given tag keys from a resource.

        Args:
            resource_arn: ARN of the resource to untag. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`.
            tag_keys: Keys of the tags to remove, up to 50. Items: 1..50. Each item: Length: 1..128. Each
                item: Pattern: `([\\w\\s_.:/=+\\-@]+)`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            InternalServerException: Raised when the service hits an unexpected internal failure.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: UntagResourceResponse = self._call(
            "UntagResource",
            UntagResourceRequest(resource_arn=resource_arn, tag_keys=tag_keys),
        )
        return result

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Returns the tags attached to a resource.

        Args:
            resource_arn: ARN of the resource whose tags to return. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+/[a-zA-Z0-9-]+`.

        Raises:
            ResourceNotFoundException: Raised when the named resource, such as a channel or stream key, does not exist.
            InternalServerException: Raised when the service hits an unexpected internal failure.
            ValidationException: Raised when an input value is missing, malformed or out of range.
        """
        result: ListTagsForResourceResponse = self._call(
            "ListTagsForResource",
            ListTagsForResourceRequest(resource_arn=resource_arn),
        )
        return result


__all__ = [
    "IvsClient",
    "ChannelLatencyMode",
    "ChannelType",
    "ContainerFormat",
    "StreamHealth",
    "StreamState",
    "TranscodePreset",
    "BatchError",
    "BatchGetChannelRequest",
    "BatchGetChannelResponse",
    "BatchGetStreamKeyRequest",
    "BatchGetStreamKeyResponse",
    "Channel",
    "ChannelSummary",
    "CreateChannelRequest",
    "CreateChannelResponse",
    "CreateStreamKeyRequest",
    "CreateStreamKeyResponse",
    "DeleteChannelRequest",
    "DeleteStreamKeyRequest",
    "GetChannelRequest",
    "GetChannelResponse",
    "GetStreamKeyRequest",
    "GetStreamKeyResponse",
    "GetStreamRequest",
    "GetStreamResponse",
    "ListChannelsRequest",
    "ListChannelsResponse",
    "ListStreamKeysRequest",
    "ListStreamKeysResponse",
    "ListStreamsRequest",
    "ListStreamsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "PutMetadataRequest",
    "StopStreamRequest",
    "StopStreamResponse",
    "Stream",
    "StreamKey",
    "StreamKeySummary",
    "StreamSummary",
    "TagResourceRequest",
    "TagResourceResponse",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateChannelRequest",
    "UpdateChannelResponse",
    "AccessDeniedException",
    "ChannelNotBroadcasting",
    "ConflictException",
    "InternalServerException",
    "PendingVerification",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ServiceUnavailable",
    "StreamUnavailable",
    "ThrottlingException",
    "ValidationException",
]
