"""Amazon IVS: CDK-for-Terraform constructs for the awsmedia provider's resources and
data sources.

Generated from model/ivs.yaml by `python -m codegen generate`; do not edit. Each class
stands for the declaration the provider serves (awsmedia.provider.ivs); the
constructs validate, synthesize and read tokens in awsmedia_runtime.constructs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

from constructs import Construct

from awsmedia.provider.ivs import DATA_SOURCES, RESOURCES
from awsmedia_runtime.constructs import BlockList, BlockRef, DataSource, Resource, cdk
from awsmedia_runtime.constructs import IResolvable as IResolvable

_RESOURCES = {spec.type_name: spec for spec in RESOURCES}
_DATA_SOURCES = {spec.type_name: spec for spec in DATA_SOURCES}

# --- nested blocks: their configuration, and their attributes as tokens ----------------------------

# --- resources and data sources ----------------------------------------------------------------------


class IvsChannel(Resource):
    """A live channel: where a broadcaster sends video and viewers watch it.

    Terraform type `awsmedia_ivs_channel`.
    """

    _spec = _RESOURCES["awsmedia_ivs_channel"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        name: str | None = None,
        latency_mode: Literal["NORMAL", "LOW"] | None = None,
        type: Literal["BASIC", "STANDARD", "ADVANCED_SD", "ADVANCED_HD"] | None = None,
        authorized: bool | IResolvable | None = None,
        insecure_ingest: bool | IResolvable | None = None,
        preset: Literal["HIGHER_BANDWIDTH_DELIVERY", "CONSTRAINED_BANDWIDTH_DELIVERY"] | None = None,
        recording_configuration_arn: str | None = None,
        playback_restriction_policy_arn: str | None = None,
        container_format: Literal["TS", "FRAGMENTED_MP4"] | None = None,
        tags: Mapping[str, str] | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            name: Name to give the new channel. Length: 0..128. Pattern: `[a-zA-Z0-9-_]*`. API member:
                `name`.
            latency_mode: Latency setting to use; LOW if omitted. Allowed values: `NORMAL`, `LOW`. Default:
                `"LOW"`. API member: `latencyMode`.
            type: Channel type to use; STANDARD if omitted. Allowed values: `BASIC`, `STANDARD`,
                `ADVANCED_SD`, `ADVANCED_HD`. Default: `"STANDARD"`. API member:
                `type`.
            authorized: Whether playback needs a signed token; false when not set. Default: `false`. API
                member: `authorized`.
            insecure_ingest: Whether unencrypted RTMP ingest is accepted; false when not set. Default: `false`.
                API member: `insecureIngest`.
            preset: Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one. Allowed
                values: `HIGHER_BANDWIDTH_DELIVERY`,
                `CONSTRAINED_BANDWIDTH_DELIVERY`. Left out, it keeps the value the
                resource has. API member: `preset`.
            recording_configuration_arn: Recording configuration that records the channel's streams to S3; empty for none.
                Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$`.
                API member: `recordingConfigurationArn`.
            playback_restriction_policy_arn: Playback restriction policy limiting where the channel may be watched; empty for
                none. Length: 0..128. Pattern:
                `^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$`.
                API member: `playbackRestrictionPolicyArn`.
            container_format: Container the channel's stream is delivered in; TS when not set. Allowed values:
                `TS`, `FRAGMENTED_MP4`. Default: `"TS"`. API member:
                `containerFormat`.
            tags: Key-value tags to attach, up to 50 pairs. At most 50 items. Keys: Length: 1..128.
                Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length: 0..256.
                Each item: Pattern: `([\\w\\s_.:/=+\\-@]*)`. API member: `tags`.
        """
        super().__init__(
            scope,
            id_,
            {
                "name": name,
                "latency_mode": latency_mode,
                "type": type,
                "authorized": authorized,
                "insecure_ingest": insecure_ingest,
                "preset": preset,
                "recording_configuration_arn": recording_configuration_arn,
                "playback_restriction_policy_arn": playback_restriction_policy_arn,
                "container_format": container_format,
                "tags": tags,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Same as arn."""
        return self.get_string_attribute("id")

    @property
    def name(self) -> str:
        """Name to give the new channel."""
        return self.get_string_attribute("name")

    @property
    def latency_mode(self) -> str:
        """Latency setting to use; LOW if omitted."""
        return self.get_string_attribute("latency_mode")

    @property
    def type(self) -> str:
        """Channel type to use; STANDARD if omitted."""
        return self.get_string_attribute("type")

    @property
    def authorized(self) -> IResolvable:
        """Whether playback needs a signed token; false when not set."""
        return self.get_boolean_attribute("authorized")

    @property
    def insecure_ingest(self) -> IResolvable:
        """Whether unencrypted RTMP ingest is accepted; false when not set."""
        return self.get_boolean_attribute("insecure_ingest")

    @property
    def preset(self) -> str:
        """Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one."""
        return self.get_string_attribute("preset")

    @property
    def recording_configuration_arn(self) -> str:
        """Recording configuration that records the channel's streams to S3; empty for none."""
        return self.get_string_attribute("recording_configuration_arn")

    @property
    def playback_restriction_policy_arn(self) -> str:
        """Playback restriction policy limiting where the channel may be watched; empty for none."""
        return self.get_string_attribute("playback_restriction_policy_arn")

    @property
    def container_format(self) -> str:
        """Container the channel's stream is delivered in; TS when not set."""
        return self.get_string_attribute("container_format")

    @property
    def tags(self) -> Mapping[str, str]:
        """Key-value tags to attach, up to 50 pairs."""
        return self.get_string_map_attribute("tags")

    @property
    def arn(self) -> str:
        """ARN that identifies the channel."""
        return self.get_string_attribute("arn")

    @property
    def ingest_endpoint(self) -> str:
        """Ingest server address to enter in the broadcasting software."""
        return self.get_string_attribute("ingest_endpoint")

    @property
    def playback_url(self) -> str:
        """URL that players use to watch the channel."""
        return self.get_string_attribute("playback_url")


class IvsStreamKey(Resource):
    """The secret a broadcaster presents to stream to one channel; a channel holds one.

    Terraform type `awsmedia_ivs_stream_key`.
    """

    _spec = _RESOURCES["awsmedia_ivs_stream_key"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        channel_arn: str,
        tags: Mapping[str, str] | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            channel_arn: ARN of the channel that will own the new key. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`. Changing it
                replaces the resource. API member: `channelArn`.
            tags: Key-value tags to attach to the key, up to 50 pairs. At most 50 items. Keys: Length:
                1..128. Keys: Pattern: `([\\w\\s_.:/=+\\-@]+)`. Each item: Length:
                0..256. Each item: Pattern: `([\\w\\s_.:/=+\\-@]*)`. API member:
                `tags`.
        """
        super().__init__(
            scope,
            id_,
            {
                "channel_arn": channel_arn,
                "tags": tags,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Same as arn."""
        return self.get_string_attribute("id")

    @property
    def channel_arn(self) -> str:
        """ARN of the channel that will own the new key."""
        return self.get_string_attribute("channel_arn")

    @property
    def tags(self) -> Mapping[str, str]:
        """Key-value tags to attach to the key, up to 50 pairs."""
        return self.get_string_map_attribute("tags")

    @property
    def arn(self) -> str:
        """ARN that identifies the stream key."""
        return self.get_string_attribute("arn")

    @property
    def value(self) -> str:
        """The secret key string entered in the broadcasting software. Sensitive."""
        return self.get_string_attribute("value")


class DataAwsmediaIvsChannel(DataSource):
    """A live channel: where a broadcaster sends video and viewers watch it.

    Terraform type `awsmedia_ivs_channel` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_channel"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        arn: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            arn: ARN of the channel to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`. API member:
                `arn`.
        """
        super().__init__(
            scope,
            id_,
            {
                "arn": arn,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def arn(self) -> str:
        """ARN of the channel to read."""
        return self.get_string_attribute("arn")

    @property
    def name(self) -> str:
        """Name given to the channel."""
        return self.get_string_attribute("name")

    @property
    def latency_mode(self) -> str:
        """Latency setting of the channel; LOW when not set."""
        return self.get_string_attribute("latency_mode")

    @property
    def type(self) -> str:
        """Channel type, which caps resolution and bitrate; STANDARD when not set."""
        return self.get_string_attribute("type")

    @property
    def ingest_endpoint(self) -> str:
        """Ingest server address to enter in the broadcasting software."""
        return self.get_string_attribute("ingest_endpoint")

    @property
    def playback_url(self) -> str:
        """URL that players use to watch the channel."""
        return self.get_string_attribute("playback_url")

    @property
    def authorized(self) -> IResolvable:
        """Whether playback needs a signed token; false when not set."""
        return self.get_boolean_attribute("authorized")

    @property
    def insecure_ingest(self) -> IResolvable:
        """Whether unencrypted RTMP ingest is accepted; false when not set."""
        return self.get_boolean_attribute("insecure_ingest")

    @property
    def preset(self) -> str:
        """Transcoding preset; only ADVANCED_SD and ADVANCED_HD channels take one."""
        return self.get_string_attribute("preset")

    @property
    def recording_configuration_arn(self) -> str:
        """Recording configuration that records the channel's streams to S3; empty for none."""
        return self.get_string_attribute("recording_configuration_arn")

    @property
    def playback_restriction_policy_arn(self) -> str:
        """Playback restriction policy limiting where the channel may be watched; empty for none."""
        return self.get_string_attribute("playback_restriction_policy_arn")

    @property
    def container_format(self) -> str:
        """Container the channel's stream is delivered in; TS when not set."""
        return self.get_string_attribute("container_format")

    @property
    def tags(self) -> Mapping[str, str]:
        """Key-value tags on the channel, up to 50 pairs."""
        return self.get_string_map_attribute("tags")


class DataAwsmediaIvsChannels(DataSource):
    """Returns channel summaries, optionally narrowed by name, one page at a time.

    Terraform type `awsmedia_ivs_channels` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_channels"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        filter_by_name: str | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            filter_by_name: Name to match; only channels with this name are returned. Length: 0..128. Pattern:
                `[a-zA-Z0-9-_]*`. API member: `filterByName`.
        """
        super().__init__(
            scope,
            id_,
            {
                "filter_by_name": filter_by_name,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def filter_by_name(self) -> str:
        """Name to match; only channels with this name are returned."""
        return self.get_string_attribute("filter_by_name")

    @property
    def channels(self) -> IResolvable:
        """Channels that matched the request."""
        return self.interpolation_for_attribute("channels")


class DataAwsmediaIvsStream(DataSource):
    """Returns details of the live stream currently running on a channel.

    Terraform type `awsmedia_ivs_stream` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_stream"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        channel_arn: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            channel_arn: ARN of the channel whose stream to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`. API member:
                `channelArn`.
        """
        super().__init__(
            scope,
            id_,
            {
                "channel_arn": channel_arn,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def channel_arn(self) -> str:
        """ARN of the channel whose stream to read."""
        return self.get_string_attribute("channel_arn")

    @property
    def stream(self) -> IResolvable:
        """The channel's current stream."""
        return self.interpolation_for_attribute("stream")


class DataAwsmediaIvsStreams(DataSource):
    """Returns summaries of live streams, one page at a time.

    Terraform type `awsmedia_ivs_streams` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_streams"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
        """
        super().__init__(
            scope,
            id_,
            {},
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def streams(self) -> IResolvable:
        """Streams on this page."""
        return self.interpolation_for_attribute("streams")


class DataAwsmediaIvsStreamKey(DataSource):
    """The secret a broadcaster presents to stream to one channel; a channel holds one.

    Terraform type `awsmedia_ivs_stream_key` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_stream_key"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        arn: str | None = None,
        channel_arn: str | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            arn: ARN of the stream key to read. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+`. Left out,
                it keeps the value the resource has. API member: `arn`.
            channel_arn: ARN of the channel whose keys to list. Left out, it keeps the value the resource
                has. API member: `channelArn`.
        """
        super().__init__(
            scope,
            id_,
            {
                "arn": arn,
                "channel_arn": channel_arn,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def arn(self) -> str:
        """ARN of the stream key to read."""
        return self.get_string_attribute("arn")

    @property
    def channel_arn(self) -> str:
        """ARN of the channel whose keys to list."""
        return self.get_string_attribute("channel_arn")

    @property
    def value(self) -> str:
        """The secret key string entered in the broadcasting software. Sensitive."""
        return self.get_string_attribute("value")

    @property
    def tags(self) -> Mapping[str, str]:
        """Key-value tags on the key, up to 50 pairs."""
        return self.get_string_map_attribute("tags")


class DataAwsmediaIvsStreamKeys(DataSource):
    """Returns stream-key summaries for one channel, one page at a time.

    Terraform type `awsmedia_ivs_stream_keys` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_ivs_stream_keys"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        channel_arn: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            channel_arn: ARN of the channel whose keys to list. Length: 1..128. Pattern:
                `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`. API member:
                `channelArn`.
        """
        super().__init__(
            scope,
            id_,
            {
                "channel_arn": channel_arn,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def channel_arn(self) -> str:
        """ARN of the channel whose keys to list."""
        return self.get_string_attribute("channel_arn")

    @property
    def stream_keys(self) -> IResolvable:
        """Stream keys on this page."""
        return self.interpolation_for_attribute("stream_keys")
