"""AWS Elemental MediaConnect: CDK-for-Terraform constructs for the awsmedia provider's resources and
data sources.

Generated from model/mediaconnect.yaml by `python -m codegen generate`; do not edit. Each class
stands for the declaration the provider serves (awsmedia.provider.mediaconnect); the
constructs validate, synthesize and read tokens in awsmedia_runtime.constructs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

from constructs import Construct

from awsmedia.provider.mediaconnect import DATA_SOURCES, RESOURCES
from awsmedia_runtime.constructs import BlockList, BlockRef, DataSource, Resource, cdk
from awsmedia_runtime.constructs import IResolvable as IResolvable

_RESOURCES = {spec.type_name: spec for spec in RESOURCES}
_DATA_SOURCES = {spec.type_name: spec for spec in DATA_SOURCES}

# --- nested blocks: their configuration, and their attributes as tokens ----------------------------


class MediaconnectFlowMediaStreamsAttributesFmtpBlock(TypedDict, total=False):
    """SDP format parameters to set on the stream."""

    channel_order: str | None
    """Order and grouping of the audio channels. Changing it replaces the resource. API member:
    `ChannelOrder`."""

    colorimetry: Literal["BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ"] | None
    """Colour space of the video. Allowed values: `BT601`, `BT709`, `BT2020`, `BT2100`, `ST2065-1`,
    `ST2065-3`, `XYZ`. Changing it replaces the resource. API member: `Colorimetry`."""

    exact_framerate: str | None
    """Video frame rate in frames per second, written as a fraction such as 30000/1001. Changing it
    replaces the resource. API member: `ExactFramerate`."""

    par: str | None
    """Pixel aspect ratio of the video, such as 1:1. Changing it replaces the resource. API member:
    `Par`."""

    range: Literal["NARROW", "FULL", "FULLPROTECT"] | None
    """Signal range of the video samples. Allowed values: `NARROW`, `FULL`, `FULLPROTECT`. Changing it
    replaces the resource. API member: `Range`."""

    scan_mode: Literal["progressive", "interlace", "progressive-segmented-frame"] | None
    """Scan type of the video. Allowed values: `progressive`, `interlace`,
    `progressive-segmented-frame`. Changing it replaces the resource. API member: `ScanMode`."""

    tcs: (
        Literal["SDR", "PQ", "HLG", "LINEAR", "BT2100LINPQ", "BT2100LINHLG", "ST2065-1", "ST428-1", "DENSITY"]
        | None
    )
    """Transfer characteristic system (gamma curve) of the video. Allowed values: `SDR`, `PQ`, `HLG`,
    `LINEAR`, `BT2100LINPQ`, `BT2100LINHLG`, `ST2065-1`, `ST428-1`, `DENSITY`. Changing it
    replaces the resource. API member: `Tcs`."""


class MediaconnectFlowMediaStreamsAttributesFmtpBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowMediaStreamsAttributesFmtpBlock as tokens."""

    @property
    def channel_order(self) -> str:
        """Order and grouping of the audio channels."""
        return self._owner.get_string_attribute(self._path("channel_order"))

    @property
    def colorimetry(self) -> str:
        """Colour space of the video."""
        return self._owner.get_string_attribute(self._path("colorimetry"))

    @property
    def exact_framerate(self) -> str:
        """Video frame rate in frames per second, written as a fraction such as 30000/1001."""
        return self._owner.get_string_attribute(self._path("exact_framerate"))

    @property
    def par(self) -> str:
        """Pixel aspect ratio of the video, such as 1:1."""
        return self._owner.get_string_attribute(self._path("par"))

    @property
    def range(self) -> str:
        """Signal range of the video samples."""
        return self._owner.get_string_attribute(self._path("range"))

    @property
    def scan_mode(self) -> str:
        """Scan type of the video."""
        return self._owner.get_string_attribute(self._path("scan_mode"))

    @property
    def tcs(self) -> str:
        """Transfer characteristic system (gamma curve) of the video."""
        return self._owner.get_string_attribute(self._path("tcs"))


class MediaconnectFlowMediaStreamsAttributesBlock(TypedDict, total=False):
    """Format attributes of the media stream."""

    lang: str | None
    """Audio language tag in a form the receiver understands. Changing it replaces the resource. API
    member: `Lang`."""

    fmtp: MediaconnectFlowMediaStreamsAttributesFmtpBlock | None
    """SDP format parameters to set on the stream. (changing it replaces the resource)"""


class MediaconnectFlowMediaStreamsAttributesBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowMediaStreamsAttributesBlock as tokens."""

    @property
    def lang(self) -> str:
        """Audio language tag in a form the receiver understands."""
        return self._owner.get_string_attribute(self._path("lang"))

    @property
    def fmtp(self) -> MediaconnectFlowMediaStreamsAttributesFmtpBlockRef:
        """SDP format parameters to set on the stream."""
        return MediaconnectFlowMediaStreamsAttributesFmtpBlockRef(self._owner, self._path("fmtp"))


class MediaconnectFlowMediaStreamsBlock(TypedDict, total=False):
    """Media streams to define on the flow for its sources and outputs."""

    clock_rate: float | None
    """Sample rate of the stream in hertz. Changing it replaces the resource. API member: `ClockRate`."""

    description: str | None
    """Free-text note about the media stream. Changing it replaces the resource. API member:
    `Description`."""

    media_stream_id: Required[float]
    """Numeric ID of the media stream. Changing it replaces the resource. API member: `MediaStreamId`."""

    media_stream_name: Required[str]
    """Name of the media stream. Changing it replaces the resource. API member: `MediaStreamName`."""

    media_stream_type: Required[Literal["video", "audio", "ancillary-data"]]
    """Kind of content the stream carries: video, audio or ancillary data. Allowed values: `video`,
    `audio`, `ancillary-data`. Changing it replaces the resource. API member: `MediaStreamType`."""

    video_format: str | None
    """Resolution label of the video, such as 1080p. Changing it replaces the resource. API member:
    `VideoFormat`."""

    attributes: MediaconnectFlowMediaStreamsAttributesBlock | None
    """Format attributes of the media stream. (changing it replaces the resource)"""


class MediaconnectFlowMediaStreamsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowMediaStreamsBlock as tokens."""

    @property
    def clock_rate(self) -> float:
        """Sample rate of the stream in hertz."""
        return self._owner.get_number_attribute(self._path("clock_rate"))

    @property
    def description(self) -> str:
        """Free-text note about the media stream."""
        return self._owner.get_string_attribute(self._path("description"))

    @property
    def media_stream_id(self) -> float:
        """Numeric ID of the media stream."""
        return self._owner.get_number_attribute(self._path("media_stream_id"))

    @property
    def media_stream_name(self) -> str:
        """Name of the media stream."""
        return self._owner.get_string_attribute(self._path("media_stream_name"))

    @property
    def media_stream_type(self) -> str:
        """Kind of content the stream carries: video, audio or ancillary data."""
        return self._owner.get_string_attribute(self._path("media_stream_type"))

    @property
    def video_format(self) -> str:
        """Resolution label of the video, such as 1080p."""
        return self._owner.get_string_attribute(self._path("video_format"))

    @property
    def fmt(self) -> float:
        """RTP payload format number given to the stream."""
        return self._owner.get_number_attribute(self._path("fmt"))

    @property
    def attributes(self) -> MediaconnectFlowMediaStreamsAttributesBlockRef:
        """Format attributes of the media stream."""
        return MediaconnectFlowMediaStreamsAttributesBlockRef(self._owner, self._path("attributes"))


class MediaconnectFlowSourceDecryptionBlock(TypedDict, total=False):
    """How to decrypt content arriving from this source."""

    algorithm: Literal["aes128", "aes192", "aes256"] | None
    """AES variant used to encrypt content: aes128, aes192 or aes256. Allowed values: `aes128`,
    `aes192`, `aes256`. Left out, it keeps the value the resource has. API member: `Algorithm`."""

    constant_initialization_vector: str | None
    """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys. Pattern:
    `[0-9a-fA-F]{32}`. Left out, it keeps the value the resource has. API member:
    `ConstantInitializationVector`."""

    device_id: str | None
    """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `DeviceId`."""

    key_type: Literal["speke", "static-key", "srt-password"] | None
    """How the key is supplied; static-key is used when omitted. Allowed values: `speke`, `static-key`,
    `srt-password`. Default: `"static-key"`. API member: `KeyType`."""

    region: str | None
    """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `Region`."""

    resource_id: str | None
    """Content ID passed to the key server; needed for SPEKE, not allowed with static keys. Left out,
    it keeps the value the resource has. API member: `ResourceId`."""

    role_arn: Required[str]
    """ARN of the IAM role, set up to trust MediaConnect, used to reach the key. API member: `RoleArn`."""

    secret_arn: str | None
    """ARN of the Secrets Manager secret holding the key. Left out, it keeps the value the resource
    has. API member: `SecretArn`."""

    url: str | None
    """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed with
    static keys. Left out, it keeps the value the resource has. API member: `Url`."""


class MediaconnectFlowSourceDecryptionBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceDecryptionBlock as tokens."""

    @property
    def algorithm(self) -> str:
        """AES variant used to encrypt content: aes128, aes192 or aes256."""
        return self._owner.get_string_attribute(self._path("algorithm"))

    @property
    def constant_initialization_vector(self) -> str:
        """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("constant_initialization_vector"))

    @property
    def device_id(self) -> str:
        """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("device_id"))

    @property
    def key_type(self) -> str:
        """How the key is supplied; static-key is used when omitted."""
        return self._owner.get_string_attribute(self._path("key_type"))

    @property
    def region(self) -> str:
        """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("region"))

    @property
    def resource_id(self) -> str:
        """Content ID passed to the key server; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("resource_id"))

    @property
    def role_arn(self) -> str:
        """ARN of the IAM role, set up to trust MediaConnect, used to reach the key."""
        return self._owner.get_string_attribute(self._path("role_arn"))

    @property
    def secret_arn(self) -> str:
        """ARN of the Secrets Manager secret holding the key."""
        return self._owner.get_string_attribute(self._path("secret_arn"))

    @property
    def url(self) -> str:
        """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed
        with static keys."""
        return self._owner.get_string_attribute(self._path("url"))


class MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlock(
    TypedDict, total=False
):
    """VPC interface that should receive the media stream."""

    name: Required[str]
    """Name of the VPC interface. Changing it replaces the resource. API member: `Name`."""


class MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlock as tokens."""

    @property
    def name(self) -> str:
        """Name of the VPC interface."""
        return self._owner.get_string_attribute(self._path("name"))


class MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlock(TypedDict, total=False):
    """Where the source should receive this media stream."""

    input_port: Required[float]
    """Port the flow should listen on for the media stream. API member: `InputPort`."""

    interface: Required[
        MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlock
    ]
    """VPC interface that should receive the media stream."""


class MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlock as tokens."""

    @property
    def input_port(self) -> float:
        """Port the flow should listen on for the media stream."""
        return self._owner.get_number_attribute(self._path("input_port"))

    @property
    def input_ip(self) -> str:
        """IP address on which the flow receives the media stream."""
        return self._owner.get_string_attribute(self._path("input_ip"))

    @property
    def interface(
        self,
    ) -> MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlockRef:
        """VPC interface that should receive the media stream."""
        return MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsInterfaceBlockRef(
            self._owner, self._path("interface")
        )


class MediaconnectFlowSourceMediaStreamSourceConfigurationsBlock(TypedDict, total=False):
    """Media streams this source takes in and how."""

    encoding_name: Required[Literal["jxsv", "raw", "smpte291", "pcm"]]
    """Encoding of the incoming media stream. Allowed values: `jxsv`, `raw`, `smpte291`, `pcm`. API
    member: `EncodingName`."""

    media_stream_name: Required[str]
    """Name of the media stream to receive. API member: `MediaStreamName`."""

    input_configurations: (
        Sequence[MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlock]
        | IResolvable
        | None
    )
    """Where the source should receive this media stream."""


class MediaconnectFlowSourceMediaStreamSourceConfigurationsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurationsBlock as tokens."""

    @property
    def encoding_name(self) -> str:
        """Encoding of the incoming media stream."""
        return self._owner.get_string_attribute(self._path("encoding_name"))

    @property
    def media_stream_name(self) -> str:
        """Name of the media stream to receive."""
        return self._owner.get_string_attribute(self._path("media_stream_name"))

    @property
    def input_configurations(
        self,
    ) -> BlockList[MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlockRef]:
        """Where the source should receive this media stream. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("input_configurations"),
            MediaconnectFlowSourceMediaStreamSourceConfigurationsInputConfigurationsBlockRef,
        )


class MediaconnectFlowSourceBlock(TypedDict, total=False):
    """The single source of the flow."""

    description: str | None
    """Note about the source; visible only within the owning account. API member: `Description`."""

    entitlement_arn: str | None
    """ARN of another account's entitlement to use as this source. Pattern:
    `arn:.+:mediaconnect.+:entitlement:.+`. Left out, it keeps the value the resource has. API
    member: `EntitlementArn`."""

    ingest_port: float | None
    """Port on which the flow accepts incoming content; Zixi requires 2088. Left out, it keeps the
    value the resource has. API member: `IngestPort`."""

    max_bitrate: float | None
    """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC. Left out, it keeps the
    value the resource has. API member: `MaxBitrate`."""

    max_latency: float | None
    """Maximum latency in milliseconds; applies to RIST and Zixi-based sources. Left out, it keeps the
    value the resource has. API member: `MaxLatency`."""

    max_sync_buffer: float | None
    """Size in milliseconds of the buffer used to line up incoming source data. Left out, it keeps the
    value the resource has. API member: `MaxSyncBuffer`."""

    min_latency: float | None
    """Minimum latency in milliseconds for SRT-based streams. Left out, it keeps the value the resource
    has. API member: `MinLatency`."""

    name: str | None
    """Name of the source. Changing it replaces the resource. API member: `Name`."""

    protocol: (
        Literal[
            "zixi-push",
            "rtp-fec",
            "rtp",
            "zixi-pull",
            "rist",
            "st2110-jpegxs",
            "cdi",
            "srt-listener",
            "srt-caller",
            "fujitsu-qos",
            "udp",
            "ndi-speed-hq",
            "rtmp-push",
        ]
        | None
    )
    """Transport protocol the source uses. Allowed values: `zixi-push`, `rtp-fec`, `rtp`, `zixi-pull`,
    `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`, `udp`,
    `ndi-speed-hq`, `rtmp-push`. Left out, it keeps the value the resource has. API member:
    `Protocol`."""

    sender_control_port: float | None
    """Port the flow uses to send requests that set up the connection. Left out, it keeps the value the
    resource has. API member: `SenderControlPort`."""

    sender_ip_address: str | None
    """IP address the flow contacts to set up the connection. Left out, it keeps the value the resource
    has. API member: `SenderIpAddress`."""

    source_listener_address: str | None
    """Address of the SRT listener the flow calls; used by SRT caller sources. Left out, it keeps the
    value the resource has. API member: `SourceListenerAddress`."""

    source_listener_port: float | None
    """Port of the SRT listener the flow calls; used by SRT caller sources. Left out, it keeps the
    value the resource has. API member: `SourceListenerPort`."""

    stream_id: str | None
    """Stream ID for the transport; Zixi-based streams only. Left out, it keeps the value the resource
    has. API member: `StreamId`."""

    vpc_interface_name: str | None
    """Name of the VPC interface the source content arrives on. Left out, it keeps the value the
    resource has. API member: `VpcInterfaceName`."""

    whitelist_cidr: str | None
    """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source. Left out, it
    keeps the value the resource has. API member: `WhitelistCidr`."""

    decryption: MediaconnectFlowSourceDecryptionBlock | None
    """How to decrypt content arriving from this source."""

    media_stream_source_configurations: (
        Sequence[MediaconnectFlowSourceMediaStreamSourceConfigurationsBlock] | IResolvable | None
    )
    """Media streams this source takes in and how."""


class MediaconnectFlowSourceBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceBlock as tokens."""

    @property
    def description(self) -> str:
        """Note about the source; visible only within the owning account."""
        return self._owner.get_string_attribute(self._path("description"))

    @property
    def entitlement_arn(self) -> str:
        """ARN of another account's entitlement to use as this source."""
        return self._owner.get_string_attribute(self._path("entitlement_arn"))

    @property
    def ingest_port(self) -> float:
        """Port on which the flow accepts incoming content; Zixi requires 2088."""
        return self._owner.get_number_attribute(self._path("ingest_port"))

    @property
    def max_bitrate(self) -> float:
        """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC."""
        return self._owner.get_number_attribute(self._path("max_bitrate"))

    @property
    def max_latency(self) -> float:
        """Maximum latency in milliseconds; applies to RIST and Zixi-based sources."""
        return self._owner.get_number_attribute(self._path("max_latency"))

    @property
    def max_sync_buffer(self) -> float:
        """Size in milliseconds of the buffer used to line up incoming source data."""
        return self._owner.get_number_attribute(self._path("max_sync_buffer"))

    @property
    def min_latency(self) -> float:
        """Minimum latency in milliseconds for SRT-based streams."""
        return self._owner.get_number_attribute(self._path("min_latency"))

    @property
    def name(self) -> str:
        """Name of the source."""
        return self._owner.get_string_attribute(self._path("name"))

    @property
    def protocol(self) -> str:
        """Transport protocol the source uses."""
        return self._owner.get_string_attribute(self._path("protocol"))

    @property
    def sender_control_port(self) -> float:
        """Port the flow uses to send requests that set up the connection."""
        return self._owner.get_number_attribute(self._path("sender_control_port"))

    @property
    def sender_ip_address(self) -> str:
        """IP address the flow contacts to set up the connection."""
        return self._owner.get_string_attribute(self._path("sender_ip_address"))

    @property
    def source_listener_address(self) -> str:
        """Address of the SRT listener the flow calls; used by SRT caller sources."""
        return self._owner.get_string_attribute(self._path("source_listener_address"))

    @property
    def source_listener_port(self) -> float:
        """Port of the SRT listener the flow calls; used by SRT caller sources."""
        return self._owner.get_number_attribute(self._path("source_listener_port"))

    @property
    def stream_id(self) -> str:
        """Stream ID for the transport; Zixi-based streams only."""
        return self._owner.get_string_attribute(self._path("stream_id"))

    @property
    def vpc_interface_name(self) -> str:
        """Name of the VPC interface the source content arrives on."""
        return self._owner.get_string_attribute(self._path("vpc_interface_name"))

    @property
    def whitelist_cidr(self) -> str:
        """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source."""
        return self._owner.get_string_attribute(self._path("whitelist_cidr"))

    @property
    def data_transfer_subscriber_fee_percent(self) -> float:
        """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""
        return self._owner.get_number_attribute(self._path("data_transfer_subscriber_fee_percent"))

    @property
    def ingest_ip(self) -> str:
        """IP address on which the flow accepts incoming content."""
        return self._owner.get_string_attribute(self._path("ingest_ip"))

    @property
    def source_arn(self) -> str:
        """ARN of the source."""
        return self._owner.get_string_attribute(self._path("source_arn"))

    @property
    def decryption(self) -> MediaconnectFlowSourceDecryptionBlockRef:
        """How to decrypt content arriving from this source."""
        return MediaconnectFlowSourceDecryptionBlockRef(self._owner, self._path("decryption"))

    @property
    def media_stream_source_configurations(
        self,
    ) -> BlockList[MediaconnectFlowSourceMediaStreamSourceConfigurationsBlockRef]:
        """Media streams this source takes in and how. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("media_stream_source_configurations"),
            MediaconnectFlowSourceMediaStreamSourceConfigurationsBlockRef,
        )


class MediaconnectFlowSourceFailoverConfigSourcePriorityBlock(TypedDict, total=False):
    """Which source is preferred when failover mode is used."""

    primary_source: str | None
    """Name of the source to treat as primary. Left out, it keeps the value the resource has. API
    member: `PrimarySource`."""


class MediaconnectFlowSourceFailoverConfigSourcePriorityBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceFailoverConfigSourcePriorityBlock as tokens."""

    @property
    def primary_source(self) -> str:
        """Name of the source to treat as primary."""
        return self._owner.get_string_attribute(self._path("primary_source"))


class MediaconnectFlowSourceFailoverConfigBlock(TypedDict, total=False):
    """Source failover settings for the flow."""

    failover_mode: Literal["MERGE", "FAILOVER"] | None
    """How two sources are used: merged together, or switched when one fails. Allowed values: `MERGE`,
    `FAILOVER`. Left out, it keeps the value the resource has. API member: `FailoverMode`."""

    recovery_window: float | None
    """Buffer delay in milliseconds kept for error recovery; larger adds delay but allows more
    correction. Range: 100..500. Default: `200`. API member: `RecoveryWindow`."""

    state: Literal["ENABLED", "DISABLED"] | None
    """Whether failover is on; when off the flow may have only one source. Allowed values: `ENABLED`,
    `DISABLED`. Left out, it keeps the value the resource has. API member: `State`."""

    source_priority: MediaconnectFlowSourceFailoverConfigSourcePriorityBlock | None
    """Which source is preferred when failover mode is used."""


class MediaconnectFlowSourceFailoverConfigBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceFailoverConfigBlock as tokens."""

    @property
    def failover_mode(self) -> str:
        """How two sources are used: merged together, or switched when one fails."""
        return self._owner.get_string_attribute(self._path("failover_mode"))

    @property
    def recovery_window(self) -> float:
        """Buffer delay in milliseconds kept for error recovery; larger adds delay but allows more
        correction."""
        return self._owner.get_number_attribute(self._path("recovery_window"))

    @property
    def state(self) -> str:
        """Whether failover is on; when off the flow may have only one source."""
        return self._owner.get_string_attribute(self._path("state"))

    @property
    def source_priority(self) -> MediaconnectFlowSourceFailoverConfigSourcePriorityBlockRef:
        """Which source is preferred when failover mode is used."""
        return MediaconnectFlowSourceFailoverConfigSourcePriorityBlockRef(
            self._owner, self._path("source_priority")
        )


class MediaconnectFlowVpcInterfacesBlock(TypedDict, total=False):
    """VPC interfaces to attach to the flow."""

    name: Required[str]
    """Name of the VPC interface; no two interfaces in a flow may share it. Changing it replaces the
    resource. API member: `Name`."""

    network_interface_type: Literal["ena", "efa"] | None
    """Type of network interface, ENA or EFA. Allowed values: `ena`, `efa`. Changing it replaces the
    resource. API member: `NetworkInterfaceType`."""

    role_arn: Required[str]
    """IAM role ARN that lets MediaConnect set up the interface. Changing it replaces the resource. API
    member: `RoleArn`."""

    security_group_ids: Required[Sequence[str]]
    """Security groups that filter traffic on the interface. Changing it replaces the resource. API
    member: `SecurityGroupIds`."""

    subnet_id: Required[str]
    """Subnet for the interface; it must be in the flow's Availability Zone. Changing it replaces the
    resource. API member: `SubnetId`."""


class MediaconnectFlowVpcInterfacesBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowVpcInterfacesBlock as tokens."""

    @property
    def name(self) -> str:
        """Name of the VPC interface; no two interfaces in a flow may share it."""
        return self._owner.get_string_attribute(self._path("name"))

    @property
    def network_interface_type(self) -> str:
        """Type of network interface, ENA or EFA."""
        return self._owner.get_string_attribute(self._path("network_interface_type"))

    @property
    def role_arn(self) -> str:
        """IAM role ARN that lets MediaConnect set up the interface."""
        return self._owner.get_string_attribute(self._path("role_arn"))

    @property
    def security_group_ids(self) -> list[str]:
        """Security groups that filter traffic on the interface."""
        return self._owner.get_list_attribute(self._path("security_group_ids"))

    @property
    def subnet_id(self) -> str:
        """Subnet for the interface; it must be in the flow's Availability Zone."""
        return self._owner.get_string_attribute(self._path("subnet_id"))

    @property
    def network_interface_ids(self) -> list[str]:
        """IDs of the network interfaces MediaConnect created in your account."""
        return self._owner.get_list_attribute(self._path("network_interface_ids"))


class MediaconnectFlowMaintenanceBlock(TypedDict, total=False):
    """Maintenance window to set on the flow."""

    maintenance_day: Required[
        Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ]
    """Weekday on which maintenance may run. Allowed values: `Monday`, `Tuesday`, `Wednesday`,
    `Thursday`, `Friday`, `Saturday`, `Sunday`. API member: `MaintenanceDay`."""

    maintenance_start_hour: Required[str]
    """Start time of the maintenance window, as HH:MM in UTC. API member: `MaintenanceStartHour`."""


class MediaconnectFlowMaintenanceBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowMaintenanceBlock as tokens."""

    @property
    def maintenance_day(self) -> str:
        """Weekday on which maintenance may run."""
        return self._owner.get_string_attribute(self._path("maintenance_day"))

    @property
    def maintenance_start_hour(self) -> str:
        """Start time of the maintenance window, as HH:MM in UTC."""
        return self._owner.get_string_attribute(self._path("maintenance_start_hour"))

    @property
    def maintenance_deadline(self) -> str:
        """Time by which pending maintenance will be applied, as an ISO 8601 UTC timestamp."""
        return self._owner.get_string_attribute(self._path("maintenance_deadline"))

    @property
    def maintenance_scheduled_date(self) -> str:
        """Date of the next planned maintenance, as YYYY-MM-DD."""
        return self._owner.get_string_attribute(self._path("maintenance_scheduled_date"))


class MediaconnectFlowOutputEncryptionBlock(TypedDict, total=False):
    """Encryption for the output's content; key type defaults to static-key."""

    algorithm: Literal["aes128", "aes192", "aes256"] | None
    """AES variant used to encrypt content: aes128, aes192 or aes256. Allowed values: `aes128`,
    `aes192`, `aes256`. Left out, it keeps the value the resource has. API member: `Algorithm`."""

    constant_initialization_vector: str | None
    """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys. Pattern:
    `[0-9a-fA-F]{32}`. Left out, it keeps the value the resource has. API member:
    `ConstantInitializationVector`."""

    device_id: str | None
    """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `DeviceId`."""

    key_type: Literal["speke", "static-key", "srt-password"] | None
    """How the key is supplied; static-key is used when omitted. Allowed values: `speke`, `static-key`,
    `srt-password`. Default: `"static-key"`. API member: `KeyType`."""

    region: str | None
    """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `Region`."""

    resource_id: str | None
    """Content ID passed to the key server; needed for SPEKE, not allowed with static keys. Left out,
    it keeps the value the resource has. API member: `ResourceId`."""

    role_arn: Required[str]
    """ARN of the IAM role, set up to trust MediaConnect, used to reach the key. API member: `RoleArn`."""

    secret_arn: str | None
    """ARN of the Secrets Manager secret holding the key. Left out, it keeps the value the resource
    has. API member: `SecretArn`."""

    url: str | None
    """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed with
    static keys. Left out, it keeps the value the resource has. API member: `Url`."""


class MediaconnectFlowOutputEncryptionBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowOutputEncryptionBlock as tokens."""

    @property
    def algorithm(self) -> str:
        """AES variant used to encrypt content: aes128, aes192 or aes256."""
        return self._owner.get_string_attribute(self._path("algorithm"))

    @property
    def constant_initialization_vector(self) -> str:
        """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("constant_initialization_vector"))

    @property
    def device_id(self) -> str:
        """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("device_id"))

    @property
    def key_type(self) -> str:
        """How the key is supplied; static-key is used when omitted."""
        return self._owner.get_string_attribute(self._path("key_type"))

    @property
    def region(self) -> str:
        """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("region"))

    @property
    def resource_id(self) -> str:
        """Content ID passed to the key server; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("resource_id"))

    @property
    def role_arn(self) -> str:
        """ARN of the IAM role, set up to trust MediaConnect, used to reach the key."""
        return self._owner.get_string_attribute(self._path("role_arn"))

    @property
    def secret_arn(self) -> str:
        """ARN of the Secrets Manager secret holding the key."""
        return self._owner.get_string_attribute(self._path("secret_arn"))

    @property
    def url(self) -> str:
        """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed
        with static keys."""
        return self._owner.get_string_attribute(self._path("url"))


class MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlock(
    TypedDict, total=False
):
    """VPC interface to send the media stream through."""

    name: Required[str]
    """Name of the VPC interface. API member: `Name`."""


class MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlockRef(
    BlockRef
):
    """Attributes of a MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlock as tokens."""

    @property
    def name(self) -> str:
        """Name of the VPC interface."""
        return self._owner.get_string_attribute(self._path("name"))


class MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlock(
    TypedDict, total=False
):
    """Where the output should send this media stream."""

    destination_ip: Required[str]
    """IP address to send the media stream to. API member: `DestinationIp`."""

    destination_port: Required[float]
    """Port to send the media stream to. API member: `DestinationPort`."""

    interface: Required[
        MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlock
    ]
    """VPC interface to send the media stream through."""


class MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlock as tokens."""

    @property
    def destination_ip(self) -> str:
        """IP address to send the media stream to."""
        return self._owner.get_string_attribute(self._path("destination_ip"))

    @property
    def destination_port(self) -> float:
        """Port to send the media stream to."""
        return self._owner.get_number_attribute(self._path("destination_port"))

    @property
    def outbound_ip(self) -> str:
        """IP address on the VPC network interface that the content leaves from."""
        return self._owner.get_string_attribute(self._path("outbound_ip"))

    @property
    def interface(
        self,
    ) -> MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlockRef:
        """VPC interface to send the media stream through."""
        return (
            MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsInterfaceBlockRef(
                self._owner, self._path("interface")
            )
        )


class MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlock(TypedDict, total=False):
    """JPEG XS compression settings to use for this media stream."""

    compression_factor: Required[float]
    """Desired ratio of uncompressed to compressed size for the JPEG XS stream. API member:
    `CompressionFactor`."""

    encoder_profile: Required[Literal["main", "high"]]
    """JPEG XS profile the encoder should use. Allowed values: `main`, `high`. API member:
    `EncoderProfile`."""


class MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlock as tokens."""

    @property
    def compression_factor(self) -> float:
        """Desired ratio of uncompressed to compressed size for the JPEG XS stream."""
        return self._owner.get_number_attribute(self._path("compression_factor"))

    @property
    def encoder_profile(self) -> str:
        """JPEG XS profile the encoder should use."""
        return self._owner.get_string_attribute(self._path("encoder_profile"))


class MediaconnectFlowOutputMediaStreamOutputConfigurationsBlock(TypedDict, total=False):
    """Media streams the output carries and how each one is delivered."""

    encoding_name: Required[Literal["jxsv", "raw", "smpte291", "pcm"]]
    """Encoding to use for the media stream on this output. Allowed values: `jxsv`, `raw`, `smpte291`,
    `pcm`. API member: `EncodingName`."""

    media_stream_name: Required[str]
    """Name of the media stream to send. API member: `MediaStreamName`."""

    destination_configurations: (
        Sequence[MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlock]
        | IResolvable
        | None
    )
    """Where the output should send this media stream."""

    encoding_parameters: MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlock | None
    """JPEG XS compression settings to use for this media stream."""


class MediaconnectFlowOutputMediaStreamOutputConfigurationsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowOutputMediaStreamOutputConfigurationsBlock as tokens."""

    @property
    def encoding_name(self) -> str:
        """Encoding to use for the media stream on this output."""
        return self._owner.get_string_attribute(self._path("encoding_name"))

    @property
    def media_stream_name(self) -> str:
        """Name of the media stream to send."""
        return self._owner.get_string_attribute(self._path("media_stream_name"))

    @property
    def destination_configurations(
        self,
    ) -> BlockList[MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlockRef]:
        """Where the output should send this media stream. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("destination_configurations"),
            MediaconnectFlowOutputMediaStreamOutputConfigurationsDestinationConfigurationsBlockRef,
        )

    @property
    def encoding_parameters(
        self,
    ) -> MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlockRef:
        """JPEG XS compression settings to use for this media stream."""
        return MediaconnectFlowOutputMediaStreamOutputConfigurationsEncodingParametersBlockRef(
            self._owner, self._path("encoding_parameters")
        )


class MediaconnectFlowOutputVpcInterfaceAttachmentBlock(TypedDict, total=False):
    """VPC interface the output sends its content through."""

    vpc_interface_name: str | None
    """Name of the VPC interface to send the output through. Left out, it keeps the value the resource
    has. API member: `VpcInterfaceName`."""


class MediaconnectFlowOutputVpcInterfaceAttachmentBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowOutputVpcInterfaceAttachmentBlock as tokens."""

    @property
    def vpc_interface_name(self) -> str:
        """Name of the VPC interface to send the output through."""
        return self._owner.get_string_attribute(self._path("vpc_interface_name"))


class MediaconnectFlowEntitlementEncryptionBlock(TypedDict, total=False):
    """Encryption for the output that serves this entitlement."""

    algorithm: Literal["aes128", "aes192", "aes256"] | None
    """AES variant used to encrypt content: aes128, aes192 or aes256. Allowed values: `aes128`,
    `aes192`, `aes256`. Left out, it keeps the value the resource has. API member: `Algorithm`."""

    constant_initialization_vector: str | None
    """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys. Pattern:
    `[0-9a-fA-F]{32}`. Left out, it keeps the value the resource has. API member:
    `ConstantInitializationVector`."""

    device_id: str | None
    """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `DeviceId`."""

    key_type: Literal["speke", "static-key", "srt-password"] | None
    """How the key is supplied; static-key is used when omitted. Allowed values: `speke`, `static-key`,
    `srt-password`. Default: `"static-key"`. API member: `KeyType`."""

    region: str | None
    """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys. Left
    out, it keeps the value the resource has. API member: `Region`."""

    resource_id: str | None
    """Content ID passed to the key server; needed for SPEKE, not allowed with static keys. Left out,
    it keeps the value the resource has. API member: `ResourceId`."""

    role_arn: Required[str]
    """ARN of the IAM role, set up to trust MediaConnect, used to reach the key. API member: `RoleArn`."""

    secret_arn: str | None
    """ARN of the Secrets Manager secret holding the key. Left out, it keeps the value the resource
    has. API member: `SecretArn`."""

    url: str | None
    """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed with
    static keys. Left out, it keeps the value the resource has. API member: `Url`."""


class MediaconnectFlowEntitlementEncryptionBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowEntitlementEncryptionBlock as tokens."""

    @property
    def algorithm(self) -> str:
        """AES variant used to encrypt content: aes128, aes192 or aes256."""
        return self._owner.get_string_attribute(self._path("algorithm"))

    @property
    def constant_initialization_vector(self) -> str:
        """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("constant_initialization_vector"))

    @property
    def device_id(self) -> str:
        """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("device_id"))

    @property
    def key_type(self) -> str:
        """How the key is supplied; static-key is used when omitted."""
        return self._owner.get_string_attribute(self._path("key_type"))

    @property
    def region(self) -> str:
        """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("region"))

    @property
    def resource_id(self) -> str:
        """Content ID passed to the key server; needed for SPEKE, not allowed with static keys."""
        return self._owner.get_string_attribute(self._path("resource_id"))

    @property
    def role_arn(self) -> str:
        """ARN of the IAM role, set up to trust MediaConnect, used to reach the key."""
        return self._owner.get_string_attribute(self._path("role_arn"))

    @property
    def secret_arn(self) -> str:
        """ARN of the Secrets Manager secret holding the key."""
        return self._owner.get_string_attribute(self._path("secret_arn"))

    @property
    def url(self) -> str:
        """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed
        with static keys."""
        return self._owner.get_string_attribute(self._path("url"))


class MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlock(
    TypedDict, total=False
):
    """VPC interface that should receive the media stream."""

    name: Required[str]
    """Name of the VPC interface. API member: `Name`."""


class MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlock as tokens."""

    @property
    def name(self) -> str:
        """Name of the VPC interface."""
        return self._owner.get_string_attribute(self._path("name"))


class MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlock(TypedDict, total=False):
    """Where the source should receive this media stream."""

    input_port: Required[float]
    """Port the flow should listen on for the media stream. API member: `InputPort`."""

    interface: Required[
        MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlock
    ]
    """VPC interface that should receive the media stream."""


class MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlock as tokens."""

    @property
    def input_port(self) -> float:
        """Port the flow should listen on for the media stream."""
        return self._owner.get_number_attribute(self._path("input_port"))

    @property
    def input_ip(self) -> str:
        """IP address on which the flow receives the media stream."""
        return self._owner.get_string_attribute(self._path("input_ip"))

    @property
    def interface(
        self,
    ) -> MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlockRef:
        """VPC interface that should receive the media stream."""
        return MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsInterfaceBlockRef(
            self._owner, self._path("interface")
        )


class MediaconnectFlowSourceMediaStreamSourceConfigurations2Block(TypedDict, total=False):
    """Media streams this source takes in and how."""

    encoding_name: Required[Literal["jxsv", "raw", "smpte291", "pcm"]]
    """Encoding of the incoming media stream. Allowed values: `jxsv`, `raw`, `smpte291`, `pcm`. API
    member: `EncodingName`."""

    media_stream_name: Required[str]
    """Name of the media stream to receive. API member: `MediaStreamName`."""

    input_configurations: (
        Sequence[MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlock]
        | IResolvable
        | None
    )
    """Where the source should receive this media stream."""


class MediaconnectFlowSourceMediaStreamSourceConfigurations2BlockRef(BlockRef):
    """Attributes of a MediaconnectFlowSourceMediaStreamSourceConfigurations2Block as tokens."""

    @property
    def encoding_name(self) -> str:
        """Encoding of the incoming media stream."""
        return self._owner.get_string_attribute(self._path("encoding_name"))

    @property
    def media_stream_name(self) -> str:
        """Name of the media stream to receive."""
        return self._owner.get_string_attribute(self._path("media_stream_name"))

    @property
    def input_configurations(
        self,
    ) -> BlockList[MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlockRef]:
        """Where the source should receive this media stream. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("input_configurations"),
            MediaconnectFlowSourceMediaStreamSourceConfigurations2InputConfigurationsBlockRef,
        )


# --- resources and data sources ----------------------------------------------------------------------


class MediaconnectFlow(Resource):
    """A transport flow: one (or, with failover, two) sources delivered to outputs and entitled
    accounts.

    Terraform type `awsmedia_mediaconnect_flow`.
    """

    _spec = _RESOURCES["awsmedia_mediaconnect_flow"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        running: bool | IResolvable | None = None,
        flow_tags: Mapping[str, str] | None = None,
        availability_zone: str | None = None,
        name: str,
        media_streams: Sequence[MediaconnectFlowMediaStreamsBlock] | IResolvable | None = None,
        source: MediaconnectFlowSourceBlock | None = None,
        source_failover_config: MediaconnectFlowSourceFailoverConfigBlock | None = None,
        vpc_interfaces: Sequence[MediaconnectFlowVpcInterfacesBlock] | IResolvable | None = None,
        maintenance: MediaconnectFlowMaintenanceBlock | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            running: Whether the resource should be running: true calls StartFlow, false calls StopFlow.
                Defaults to false. Default: `false`.
            flow_tags: Tags to put on the new flow. API member: `FlowTags`.
            availability_zone: Availability Zone for the flow; must be one in the current Region. Changing it
                replaces the resource. API member: `AvailabilityZone`.
            name: Name of the flow. Changing it replaces the resource. API member: `Name`.
            media_streams: Media streams to define on the flow for its sources and outputs. (changing it
                replaces the resource)
            source: The single source of the flow.
            source_failover_config: Source failover settings for the flow.
            vpc_interfaces: VPC interfaces to attach to the flow. (changing it replaces the resource)
            maintenance: Maintenance window to set on the flow.
        """
        super().__init__(
            scope,
            id_,
            {
                "running": running,
                "flow_tags": flow_tags,
                "availability_zone": availability_zone,
                "name": name,
                "media_streams": media_streams,
                "source": source,
                "source_failover_config": source_failover_config,
                "vpc_interfaces": vpc_interfaces,
                "maintenance": maintenance,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Same as flow_arn."""
        return self.get_string_attribute("id")

    @property
    def running(self) -> IResolvable:
        """Whether the resource should be running: true calls StartFlow, false calls StopFlow. Defaults
        to false."""
        return self.get_boolean_attribute("running")

    @property
    def flow_tags(self) -> Mapping[str, str]:
        """Tags to put on the new flow."""
        return self.get_string_map_attribute("flow_tags")

    @property
    def availability_zone(self) -> str:
        """Availability Zone for the flow; must be one in the current Region."""
        return self.get_string_attribute("availability_zone")

    @property
    def name(self) -> str:
        """Name of the flow."""
        return self.get_string_attribute("name")

    @property
    def description(self) -> str:
        """Note about the flow; visible only within the owning account."""
        return self.get_string_attribute("description")

    @property
    def egress_ip(self) -> str:
        """Outgoing IP address MediaConnect uses to send the flow's video."""
        return self.get_string_attribute("egress_ip")

    @property
    def flow_arn(self) -> str:
        """ARN of the flow."""
        return self.get_string_attribute("flow_arn")

    @property
    def status(self) -> str:
        """Current state of the flow."""
        return self.get_string_attribute("status")

    @property
    def media_streams(self) -> BlockList[MediaconnectFlowMediaStreamsBlockRef]:
        """Media streams to define on the flow for its sources and outputs. Items by index: .get(i)."""
        return BlockList(self, "media_streams", MediaconnectFlowMediaStreamsBlockRef)

    @property
    def source(self) -> MediaconnectFlowSourceBlockRef:
        """The single source of the flow."""
        return MediaconnectFlowSourceBlockRef(self, "source")

    @property
    def source_failover_config(self) -> MediaconnectFlowSourceFailoverConfigBlockRef:
        """Source failover settings for the flow."""
        return MediaconnectFlowSourceFailoverConfigBlockRef(self, "source_failover_config")

    @property
    def vpc_interfaces(self) -> BlockList[MediaconnectFlowVpcInterfacesBlockRef]:
        """VPC interfaces to attach to the flow. Items by index: .get(i)."""
        return BlockList(self, "vpc_interfaces", MediaconnectFlowVpcInterfacesBlockRef)

    @property
    def maintenance(self) -> MediaconnectFlowMaintenanceBlockRef:
        """Maintenance window to set on the flow."""
        return MediaconnectFlowMaintenanceBlockRef(self, "maintenance")


class MediaconnectFlowOutput(Resource):
    """One destination of a flow.

    Terraform type `awsmedia_mediaconnect_flow_output`.
    """

    _spec = _RESOURCES["awsmedia_mediaconnect_flow_output"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        flow_arn: str,
        cidr_allow_list: Sequence[str] | None = None,
        description: str | None = None,
        destination: str | None = None,
        max_latency: float | None = None,
        min_latency: float | None = None,
        name: str | None = None,
        port: float | None = None,
        protocol: (
            Literal[
                "zixi-push",
                "rtp-fec",
                "rtp",
                "zixi-pull",
                "rist",
                "st2110-jpegxs",
                "cdi",
                "srt-listener",
                "srt-caller",
                "fujitsu-qos",
                "udp",
                "ndi-speed-hq",
                "rtmp-push",
            ]
            | None
        ) = None,
        remote_id: str | None = None,
        sender_control_port: float | None = None,
        smoothing_latency: float | None = None,
        stream_id: str | None = None,
        encryption: MediaconnectFlowOutputEncryptionBlock | None = None,
        media_stream_output_configurations: (
            Sequence[MediaconnectFlowOutputMediaStreamOutputConfigurationsBlock] | IResolvable | None
        ) = None,
        vpc_interface_attachment: MediaconnectFlowOutputVpcInterfaceAttachmentBlock | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            flow_arn: ARN of the flow that gets the new outputs. Changing it replaces the resource. API
                member: `FlowArn`.
            cidr_allow_list: CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow.
                API member: `CidrAllowList`.
            description: Note about the output; shown only in the console, never to viewers. API member:
                `Description`.
            destination: IP address the output sends content to. Left out, it keeps the value the resource
                has. API member: `Destination`.
            max_latency: Maximum latency in milliseconds; applies to Zixi-based outputs. Left out, it keeps
                the value the resource has. API member: `MaxLatency`.
            min_latency: Minimum latency in milliseconds for SRT-based streams. Left out, it keeps the value
                the resource has. API member: `MinLatency`.
            name: Name of the output; no two outputs in a flow may share it. Changing it replaces the
                resource. API member: `Name`.
            port: Port the output sends content to. Left out, it keeps the value the resource has. API
                member: `Port`.
            protocol: Transport protocol the output uses. Allowed values: `zixi-push`, `rtp-fec`, `rtp`,
                `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`,
                `srt-caller`, `fujitsu-qos`, `udp`, `ndi-speed-hq`, `rtmp-push`.
                Left out, it keeps the value the resource has. API member:
                `Protocol`.
            remote_id: ID of the Zixi receiver; used only by Zixi pull outputs. Left out, it keeps the
                value the resource has. API member: `RemoteId`.
            sender_control_port: Port the flow uses to send requests that set up the connection. Left out, it keeps
                the value the resource has. API member: `SenderControlPort`.
            smoothing_latency: Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC. Left out, it
                keeps the value the resource has. API member: `SmoothingLatency`.
            stream_id: Stream ID for the transport; Zixi-based streams only. Left out, it keeps the value
                the resource has. API member: `StreamId`.
            encryption: Encryption for the output's content; key type defaults to static-key.
            media_stream_output_configurations: Media streams the output carries and how each one is delivered.
            vpc_interface_attachment: VPC interface the output sends its content through.
        """
        super().__init__(
            scope,
            id_,
            {
                "flow_arn": flow_arn,
                "cidr_allow_list": cidr_allow_list,
                "description": description,
                "destination": destination,
                "max_latency": max_latency,
                "min_latency": min_latency,
                "name": name,
                "port": port,
                "protocol": protocol,
                "remote_id": remote_id,
                "sender_control_port": sender_control_port,
                "smoothing_latency": smoothing_latency,
                "stream_id": stream_id,
                "encryption": encryption,
                "media_stream_output_configurations": media_stream_output_configurations,
                "vpc_interface_attachment": vpc_interface_attachment,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Import id of the resource: FlowArn and OutputArn joined with ','."""
        return self.get_string_attribute("id")

    @property
    def flow_arn(self) -> str:
        """ARN of the flow that gets the new outputs."""
        return self.get_string_attribute("flow_arn")

    @property
    def cidr_allow_list(self) -> list[str]:
        """CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow."""
        return self.get_list_attribute("cidr_allow_list")

    @property
    def description(self) -> str:
        """Note about the output; shown only in the console, never to viewers."""
        return self.get_string_attribute("description")

    @property
    def destination(self) -> str:
        """IP address the output sends content to."""
        return self.get_string_attribute("destination")

    @property
    def max_latency(self) -> float:
        """Maximum latency in milliseconds; applies to Zixi-based outputs."""
        return self.get_number_attribute("max_latency")

    @property
    def min_latency(self) -> float:
        """Minimum latency in milliseconds for SRT-based streams."""
        return self.get_number_attribute("min_latency")

    @property
    def name(self) -> str:
        """Name of the output; no two outputs in a flow may share it."""
        return self.get_string_attribute("name")

    @property
    def port(self) -> float:
        """Port the output sends content to."""
        return self.get_number_attribute("port")

    @property
    def protocol(self) -> str:
        """Transport protocol the output uses."""
        return self.get_string_attribute("protocol")

    @property
    def remote_id(self) -> str:
        """ID of the Zixi receiver; used only by Zixi pull outputs."""
        return self.get_string_attribute("remote_id")

    @property
    def sender_control_port(self) -> float:
        """Port the flow uses to send requests that set up the connection."""
        return self.get_number_attribute("sender_control_port")

    @property
    def smoothing_latency(self) -> float:
        """Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC."""
        return self.get_number_attribute("smoothing_latency")

    @property
    def stream_id(self) -> str:
        """Stream ID for the transport; Zixi-based streams only."""
        return self.get_string_attribute("stream_id")

    @property
    def data_transfer_subscriber_fee_percent(self) -> float:
        """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""
        return self.get_number_attribute("data_transfer_subscriber_fee_percent")

    @property
    def entitlement_arn(self) -> str:
        """Entitlement ARN from the originator's flow; set only on entitled flows."""
        return self.get_string_attribute("entitlement_arn")

    @property
    def listener_address(self) -> str:
        """Address a receiver connects to for this output; used by Zixi pull and SRT listener."""
        return self.get_string_attribute("listener_address")

    @property
    def media_live_input_arn(self) -> str:
        """ARN of the MediaLive input; set only on outputs made for a MediaLive input."""
        return self.get_string_attribute("media_live_input_arn")

    @property
    def output_arn(self) -> str:
        """ARN of the output."""
        return self.get_string_attribute("output_arn")

    @property
    def encryption(self) -> MediaconnectFlowOutputEncryptionBlockRef:
        """Encryption for the output's content; key type defaults to static-key."""
        return MediaconnectFlowOutputEncryptionBlockRef(self, "encryption")

    @property
    def media_stream_output_configurations(
        self,
    ) -> BlockList[MediaconnectFlowOutputMediaStreamOutputConfigurationsBlockRef]:
        """Media streams the output carries and how each one is delivered. Items by index: .get(i)."""
        return BlockList(
            self,
            "media_stream_output_configurations",
            MediaconnectFlowOutputMediaStreamOutputConfigurationsBlockRef,
        )

    @property
    def vpc_interface_attachment(self) -> MediaconnectFlowOutputVpcInterfaceAttachmentBlockRef:
        """VPC interface the output sends its content through."""
        return MediaconnectFlowOutputVpcInterfaceAttachmentBlockRef(self, "vpc_interface_attachment")


class MediaconnectFlowEntitlement(Resource):
    """Permission for other AWS accounts to subscribe to a flow's content.

    Terraform type `awsmedia_mediaconnect_flow_entitlement`.
    """

    _spec = _RESOURCES["awsmedia_mediaconnect_flow_entitlement"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        flow_arn: str,
        data_transfer_subscriber_fee_percent: float | None = None,
        description: str | None = None,
        entitlement_status: Literal["ENABLED", "DISABLED"] | None = None,
        name: str | None = None,
        subscribers: Sequence[str],
        encryption: MediaconnectFlowEntitlementEncryptionBlock | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            flow_arn: ARN of the flow to grant entitlements on. Changing it replaces the resource. API
                member: `FlowArn`.
            data_transfer_subscriber_fee_percent: Share, in percent, of the entitlement's data transfer fee to bill to the subscriber.
                Changing it replaces the resource. API member:
                `DataTransferSubscriberFeePercent`.
            description: Note about the entitlement; shown only in the owner's console. API member:
                `Description`.
            entitlement_status: Starting status of the entitlement, enabled or disabled. Allowed values: `ENABLED`,
                `DISABLED`. Left out, it keeps the value the resource has. API
                member: `EntitlementStatus`.
            name: Name of the entitlement; no two entitlements in a flow may share it. Changing it
                replaces the resource. API member: `Name`.
            subscribers: AWS account IDs that may use this content as a source for their own flows. API
                member: `Subscribers`.
            encryption: Encryption for the output that serves this entitlement.
        """
        super().__init__(
            scope,
            id_,
            {
                "flow_arn": flow_arn,
                "data_transfer_subscriber_fee_percent": data_transfer_subscriber_fee_percent,
                "description": description,
                "entitlement_status": entitlement_status,
                "name": name,
                "subscribers": subscribers,
                "encryption": encryption,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Import id of the resource: FlowArn and EntitlementArn joined with ','."""
        return self.get_string_attribute("id")

    @property
    def flow_arn(self) -> str:
        """ARN of the flow to grant entitlements on."""
        return self.get_string_attribute("flow_arn")

    @property
    def data_transfer_subscriber_fee_percent(self) -> float:
        """Share, in percent, of the entitlement's data transfer fee to bill to the subscriber."""
        return self.get_number_attribute("data_transfer_subscriber_fee_percent")

    @property
    def description(self) -> str:
        """Note about the entitlement; shown only in the owner's console."""
        return self.get_string_attribute("description")

    @property
    def entitlement_status(self) -> str:
        """Starting status of the entitlement, enabled or disabled."""
        return self.get_string_attribute("entitlement_status")

    @property
    def name(self) -> str:
        """Name of the entitlement; no two entitlements in a flow may share it."""
        return self.get_string_attribute("name")

    @property
    def subscribers(self) -> list[str]:
        """AWS account IDs that may use this content as a source for their own flows."""
        return self.get_list_attribute("subscribers")

    @property
    def entitlement_arn(self) -> str:
        """ARN of the entitlement."""
        return self.get_string_attribute("entitlement_arn")

    @property
    def encryption(self) -> MediaconnectFlowEntitlementEncryptionBlockRef:
        """Encryption for the output that serves this entitlement."""
        return MediaconnectFlowEntitlementEncryptionBlockRef(self, "encryption")


class MediaconnectFlowSource(Resource):
    """One source of a flow; a second source feeds failover.

    Terraform type `awsmedia_mediaconnect_flow_source`.
    """

    _spec = _RESOURCES["awsmedia_mediaconnect_flow_source"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        flow_arn: str,
        description: str | None = None,
        entitlement_arn: str | None = None,
        ingest_port: float | None = None,
        max_bitrate: float | None = None,
        max_latency: float | None = None,
        max_sync_buffer: float | None = None,
        min_latency: float | None = None,
        name: str | None = None,
        protocol: (
            Literal[
                "zixi-push",
                "rtp-fec",
                "rtp",
                "zixi-pull",
                "rist",
                "st2110-jpegxs",
                "cdi",
                "srt-listener",
                "srt-caller",
                "fujitsu-qos",
                "udp",
                "ndi-speed-hq",
                "rtmp-push",
            ]
            | None
        ) = None,
        sender_control_port: float | None = None,
        sender_ip_address: str | None = None,
        source_listener_address: str | None = None,
        source_listener_port: float | None = None,
        stream_id: str | None = None,
        vpc_interface_name: str | None = None,
        whitelist_cidr: str | None = None,
        decryption: MediaconnectFlowSourceDecryptionBlock | None = None,
        media_stream_source_configurations: (
            Sequence[MediaconnectFlowSourceMediaStreamSourceConfigurations2Block] | IResolvable | None
        ) = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            flow_arn: ARN of the flow that gets the new sources. Changing it replaces the resource. API
                member: `FlowArn`.
            description: Note about the source; visible only within the owning account. API member:
                `Description`.
            entitlement_arn: ARN of another account's entitlement to use as this source. Pattern:
                `arn:.+:mediaconnect.+:entitlement:.+`. Left out, it keeps the value
                the resource has. API member: `EntitlementArn`.
            ingest_port: Port on which the flow accepts incoming content; Zixi requires 2088. Left out, it
                keeps the value the resource has. API member: `IngestPort`.
            max_bitrate: Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC. Left out, it
                keeps the value the resource has. API member: `MaxBitrate`.
            max_latency: Maximum latency in milliseconds; applies to RIST and Zixi-based sources. Left out,
                it keeps the value the resource has. API member: `MaxLatency`.
            max_sync_buffer: Size in milliseconds of the buffer used to line up incoming source data. Left out,
                it keeps the value the resource has. API member: `MaxSyncBuffer`.
            min_latency: Minimum latency in milliseconds for SRT-based streams. Left out, it keeps the value
                the resource has. API member: `MinLatency`.
            name: Name of the source. Changing it replaces the resource. API member: `Name`.
            protocol: Transport protocol the source uses. Allowed values: `zixi-push`, `rtp-fec`, `rtp`,
                `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`,
                `srt-caller`, `fujitsu-qos`, `udp`, `ndi-speed-hq`, `rtmp-push`.
                Left out, it keeps the value the resource has. API member:
                `Protocol`.
            sender_control_port: Port the flow uses to send requests that set up the connection. Left out, it keeps
                the value the resource has. API member: `SenderControlPort`.
            sender_ip_address: IP address the flow contacts to set up the connection. Left out, it keeps the value
                the resource has. API member: `SenderIpAddress`.
            source_listener_address: Address of the SRT listener the flow calls; used by SRT caller sources. Left out, it
                keeps the value the resource has. API member:
                `SourceListenerAddress`.
            source_listener_port: Port of the SRT listener the flow calls; used by SRT caller sources. Left out, it
                keeps the value the resource has. API member: `SourceListenerPort`.
            stream_id: Stream ID for the transport; Zixi-based streams only. Left out, it keeps the value
                the resource has. API member: `StreamId`.
            vpc_interface_name: Name of the VPC interface the source content arrives on. Left out, it keeps the
                value the resource has. API member: `VpcInterfaceName`.
            whitelist_cidr: CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source.
                Left out, it keeps the value the resource has. API member:
                `WhitelistCidr`.
            decryption: How to decrypt content arriving from this source.
            media_stream_source_configurations: Media streams this source takes in and how.
        """
        super().__init__(
            scope,
            id_,
            {
                "flow_arn": flow_arn,
                "description": description,
                "entitlement_arn": entitlement_arn,
                "ingest_port": ingest_port,
                "max_bitrate": max_bitrate,
                "max_latency": max_latency,
                "max_sync_buffer": max_sync_buffer,
                "min_latency": min_latency,
                "name": name,
                "protocol": protocol,
                "sender_control_port": sender_control_port,
                "sender_ip_address": sender_ip_address,
                "source_listener_address": source_listener_address,
                "source_listener_port": source_listener_port,
                "stream_id": stream_id,
                "vpc_interface_name": vpc_interface_name,
                "whitelist_cidr": whitelist_cidr,
                "decryption": decryption,
                "media_stream_source_configurations": media_stream_source_configurations,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """Import id of the resource: FlowArn and SourceArn joined with ','."""
        return self.get_string_attribute("id")

    @property
    def flow_arn(self) -> str:
        """ARN of the flow that gets the new sources."""
        return self.get_string_attribute("flow_arn")

    @property
    def description(self) -> str:
        """Note about the source; visible only within the owning account."""
        return self.get_string_attribute("description")

    @property
    def entitlement_arn(self) -> str:
        """ARN of another account's entitlement to use as this source."""
        return self.get_string_attribute("entitlement_arn")

    @property
    def ingest_port(self) -> float:
        """Port on which the flow accepts incoming content; Zixi requires 2088."""
        return self.get_number_attribute("ingest_port")

    @property
    def max_bitrate(self) -> float:
        """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC."""
        return self.get_number_attribute("max_bitrate")

    @property
    def max_latency(self) -> float:
        """Maximum latency in milliseconds; applies to RIST and Zixi-based sources."""
        return self.get_number_attribute("max_latency")

    @property
    def max_sync_buffer(self) -> float:
        """Size in milliseconds of the buffer used to line up incoming source data."""
        return self.get_number_attribute("max_sync_buffer")

    @property
    def min_latency(self) -> float:
        """Minimum latency in milliseconds for SRT-based streams."""
        return self.get_number_attribute("min_latency")

    @property
    def name(self) -> str:
        """Name of the source."""
        return self.get_string_attribute("name")

    @property
    def protocol(self) -> str:
        """Transport protocol the source uses."""
        return self.get_string_attribute("protocol")

    @property
    def sender_control_port(self) -> float:
        """Port the flow uses to send requests that set up the connection."""
        return self.get_number_attribute("sender_control_port")

    @property
    def sender_ip_address(self) -> str:
        """IP address the flow contacts to set up the connection."""
        return self.get_string_attribute("sender_ip_address")

    @property
    def source_listener_address(self) -> str:
        """Address of the SRT listener the flow calls; used by SRT caller sources."""
        return self.get_string_attribute("source_listener_address")

    @property
    def source_listener_port(self) -> float:
        """Port of the SRT listener the flow calls; used by SRT caller sources."""
        return self.get_number_attribute("source_listener_port")

    @property
    def stream_id(self) -> str:
        """Stream ID for the transport; Zixi-based streams only."""
        return self.get_string_attribute("stream_id")

    @property
    def vpc_interface_name(self) -> str:
        """Name of the VPC interface the source content arrives on."""
        return self.get_string_attribute("vpc_interface_name")

    @property
    def whitelist_cidr(self) -> str:
        """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source."""
        return self.get_string_attribute("whitelist_cidr")

    @property
    def data_transfer_subscriber_fee_percent(self) -> float:
        """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""
        return self.get_number_attribute("data_transfer_subscriber_fee_percent")

    @property
    def ingest_ip(self) -> str:
        """IP address on which the flow accepts incoming content."""
        return self.get_string_attribute("ingest_ip")

    @property
    def source_arn(self) -> str:
        """ARN of the source."""
        return self.get_string_attribute("source_arn")

    @property
    def decryption(self) -> MediaconnectFlowSourceDecryptionBlockRef:
        """How to decrypt content arriving from this source."""
        return MediaconnectFlowSourceDecryptionBlockRef(self, "decryption")

    @property
    def media_stream_source_configurations(
        self,
    ) -> BlockList[MediaconnectFlowSourceMediaStreamSourceConfigurations2BlockRef]:
        """Media streams this source takes in and how. Items by index: .get(i)."""
        return BlockList(
            self,
            "media_stream_source_configurations",
            MediaconnectFlowSourceMediaStreamSourceConfigurations2BlockRef,
        )


class DataAwsmediaMediaconnectFlow(DataSource):
    """A transport flow: one (or, with failover, two) sources delivered to outputs and entitled
    accounts.

    Terraform type `awsmedia_mediaconnect_flow` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediaconnect_flow"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        flow_arn: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            flow_arn: ARN of the flow to describe. Pattern: `arn:.+:mediaconnect.+:flow:.+`. API member:
                `FlowArn`.
        """
        super().__init__(
            scope,
            id_,
            {
                "flow_arn": flow_arn,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def flow_arn(self) -> str:
        """ARN of the flow to describe."""
        return self.get_string_attribute("flow_arn")

    @property
    def availability_zone(self) -> str:
        """Availability Zone the flow runs in."""
        return self.get_string_attribute("availability_zone")

    @property
    def description(self) -> str:
        """Note about the flow; visible only within the owning account."""
        return self.get_string_attribute("description")

    @property
    def egress_ip(self) -> str:
        """Outgoing IP address MediaConnect uses to send the flow's video."""
        return self.get_string_attribute("egress_ip")

    @property
    def entitlements(self) -> IResolvable:
        """Entitlements granted on the flow."""
        return self.interpolation_for_attribute("entitlements")

    @property
    def media_streams(self) -> IResolvable:
        """Media streams defined on the flow."""
        return self.interpolation_for_attribute("media_streams")

    @property
    def name(self) -> str:
        """Name of the flow."""
        return self.get_string_attribute("name")

    @property
    def outputs(self) -> IResolvable:
        """Outputs of the flow."""
        return self.interpolation_for_attribute("outputs")

    @property
    def source(self) -> IResolvable:
        """Main source of the flow."""
        return self.interpolation_for_attribute("source")

    @property
    def source_failover_config(self) -> IResolvable:
        """Source failover settings of the flow."""
        return self.interpolation_for_attribute("source_failover_config")

    @property
    def sources(self) -> IResolvable:
        """All sources attached to the flow."""
        return self.interpolation_for_attribute("sources")

    @property
    def status(self) -> str:
        """Current state of the flow."""
        return self.get_string_attribute("status")

    @property
    def vpc_interfaces(self) -> IResolvable:
        """VPC interfaces attached to the flow."""
        return self.interpolation_for_attribute("vpc_interfaces")

    @property
    def maintenance(self) -> IResolvable:
        """Maintenance window of the flow."""
        return self.interpolation_for_attribute("maintenance")


class DataAwsmediaMediaconnectFlows(DataSource):
    """Lists summaries of the flows in the account, one page at a time.

    Terraform type `awsmedia_mediaconnect_flows` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediaconnect_flows"]

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
    def flows(self) -> IResolvable:
        """Summaries of the account's flows."""
        return self.interpolation_for_attribute("flows")


class DataAwsmediaMediaconnectEntitlements(DataSource):
    """Lists entitlements that other accounts have granted to this account, one page at a time.

    Terraform type `awsmedia_mediaconnect_entitlements` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediaconnect_entitlements"]

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
    def entitlements(self) -> IResolvable:
        """Entitlements granted to this account by other accounts."""
        return self.interpolation_for_attribute("entitlements")
