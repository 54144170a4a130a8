"""AWS Elemental MediaConnect: typed client.

Generated from model/mediaconnect.yaml by `python -m codegen generate`; do not edit.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from typing import Literal

import awsmedia_runtime as _rt

# --- enums -------------------------------------------------------------------------------------

Algorithm = Literal["aes128", "aes192", "aes256"]
"""Chooses the AES key length used for encryption."""

Colorimetry = Literal["BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ"]
"""Chooses the colour space of a video stream."""

EncoderProfile = Literal["main", "high"]
"""Chooses the JPEG XS encoder profile, main or high."""

EncodingName = Literal["jxsv", "raw", "smpte291", "pcm"]
"""Chooses the media stream encoding: JPEG XS, raw video, SMPTE 291 ancillary data or PCM audio."""

EntitlementStatus = Literal["ENABLED", "DISABLED"]
"""Chooses whether an entitlement currently lets subscribers receive content."""

FailoverMode = Literal["MERGE", "FAILOVER"]
"""Chooses whether two sources are merged or used as primary and backup."""

KeyType = Literal["speke", "static-key", "srt-password"]
"""Chooses how the key is provided: SPEKE key server, static key, or SRT password."""

MaintenanceDay = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
"""Chooses the weekday for flow maintenance."""

MediaStreamType = Literal["video", "audio", "ancillary-data"]
"""Chooses the kind of content a media stream carries."""

NetworkInterfaceType = Literal["ena", "efa"]
"""Chooses the network interface type, ENA or EFA."""

Protocol = Literal[
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
"""Chooses the transport protocol of a source or output."""

Range = Literal["NARROW", "FULL", "FULLPROTECT"]
"""Chooses the signal range of video samples: narrow, full, or full-protect."""

ScanMode = Literal["progressive", "interlace", "progressive-segmented-frame"]
"""Chooses the scan type of a video stream."""

SourceType = Literal["OWNED", "ENTITLED"]
"""Chooses whether a flow's source is its own (OWNED) or comes from another account's entitlement
(ENTITLED)."""

State = Literal["ENABLED", "DISABLED"]
"""Chooses whether a feature, such as source failover, is on or off."""

Status = Literal["STANDBY", "ACTIVE", "UPDATING", "DELETING", "STARTING", "STOPPING", "ERROR"]
"""Chooses the lifecycle state of a flow."""

Tcs = Literal["SDR", "PQ", "HLG", "LINEAR", "BT2100LINPQ", "BT2100LINHLG", "ST2065-1", "ST428-1", "DENSITY"]
"""Chooses the transfer characteristic system of a video stream."""

# --- structures --------------------------------------------------------------------------------


@dataclasses.dataclass(kw_only=True, slots=True)
class AddFlowOutputsRequest:
    """Input for AddFlowOutputs: the target flow and the outputs to add."""

    flow_arn: str
    """ARN of the flow that gets the new outputs. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    outputs: list[AddOutputRequest]
    """Outputs to create on the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddFlowOutputsResponse:
    """Result of AddFlowOutputs."""

    flow_arn: str | None = None
    """ARN of the flow the outputs were added to."""

    outputs: list[Output] | None = None
    """Details of the outputs just created."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddFlowSourcesRequest:
    """Input for AddFlowSources: the target flow and the sources to add."""

    flow_arn: str
    """ARN of the flow that gets the new sources. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    sources: list[SetSourceRequest]
    """Sources to attach to the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddFlowSourcesResponse:
    """Result of AddFlowSources."""

    flow_arn: str | None = None
    """ARN of the flow the sources were added to."""

    sources: list[Source] | None = None
    """Details of the sources just added."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddMaintenance:
    """Maintenance window given when a flow is created."""

    maintenance_day: MaintenanceDay
    """Weekday on which maintenance may run. Allowed values: `Monday`, `Tuesday`, `Wednesday`,
    `Thursday`, `Friday`, `Saturday`, `Sunday`."""

    maintenance_start_hour: str
    """Start time of the maintenance window, as HH:MM in UTC."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddMediaStreamRequest:
    """A media stream to define on a flow so sources and outputs can use it."""

    attributes: MediaStreamAttributesRequest | None = None
    """Format attributes of the media stream."""

    clock_rate: int | None = None
    """Sample rate of the stream in hertz."""

    description: str | None = None
    """Free-text note about the media stream."""

    media_stream_id: int
    """Numeric ID of the media stream."""

    media_stream_name: str
    """Name of the media stream."""

    media_stream_type: MediaStreamType
    """Kind of content the stream carries: video, audio or ancillary data. Allowed values: `video`,
    `audio`, `ancillary-data`."""

    video_format: str | None = None
    """Resolution label of the video, such as 1080p."""


@dataclasses.dataclass(kw_only=True, slots=True)
class AddOutputRequest:
    """Settings for an output to add to a flow."""

    cidr_allow_list: list[str] | None = None
    """CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow."""

    description: str | None = None
    """Note about the output; shown only in the console, never to viewers."""

    destination: str | None = None
    """IP address the output sends content to."""

    encryption: Encryption | None = None
    """Encryption for the output's content; key type defaults to static-key."""

    max_latency: int | None = None
    """Maximum latency in milliseconds; applies to Zixi-based outputs."""

    media_stream_output_configurations: list[MediaStreamOutputConfigurationRequest] | None = None
    """Media streams the output carries and how each one is delivered."""

    min_latency: int | None = None
    """Minimum latency in milliseconds for SRT-based streams."""

    name: str | None = None
    """Name of the output; no two outputs in a flow may share it."""

    port: int | None = None
    """Port the output sends content to."""

    protocol: Protocol | None = None
    """Transport protocol the output uses. Allowed values: `zixi-push`, `rtp-fec`, `rtp`, `zixi-pull`,
    `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`, `udp`,
    `ndi-speed-hq`, `rtmp-push`."""

    remote_id: str | None = None
    """ID of the Zixi receiver; used only by Zixi pull outputs."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    smoothing_latency: int | None = None
    """Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC."""

    stream_id: str | None = None
    """Stream ID for the transport; Zixi-based streams only."""

    vpc_interface_attachment: VpcInterfaceAttachment | None = None
    """VPC interface the output sends its content through."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateFlowRequest:
    """Input for CreateFlow describing the new flow."""

    flow_tags: dict[str, str] | None = None
    """Tags to put on the new flow."""

    availability_zone: str | None = None
    """Availability Zone for the flow; must be one in the current Region."""

    entitlements: list[GrantEntitlementRequest] | None = None
    """Entitlements to grant on the new flow; up to 50. At most 50 items."""

    media_streams: list[AddMediaStreamRequest] | None = None
    """Media streams to define on the flow for its sources and outputs."""

    name: str
    """Name of the flow."""

    outputs: list[AddOutputRequest] | None = None
    """Outputs to create along with the flow. At most 50 items."""

    source: SetSourceRequest | None = None
    """The single source of the flow."""

    source_failover_config: FailoverConfig | None = None
    """Source failover settings for the flow."""

    sources: list[SetSourceRequest] | None = None
    """Sources of the flow; use this instead of Source to give more than one."""

    vpc_interfaces: list[VpcInterfaceRequest] | None = None
    """VPC interfaces to attach to the flow."""

    maintenance: AddMaintenance | None = None
    """Maintenance window to set on the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateFlowResponse:
    """Result of CreateFlow."""

    flow: Flow | None = None
    """The newly created flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteFlowRequest:
    """Input for DeleteFlow."""

    flow_arn: str
    """ARN of the flow to delete. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteFlowResponse:
    """Result of DeleteFlow."""

    flow_arn: str | None = None
    """ARN of the flow being deleted."""

    status: Status | None = None
    """Flow status at the moment deletion started. Allowed values: `STANDBY`, `ACTIVE`, `UPDATING`,
    `DELETING`, `STARTING`, `STOPPING`, `ERROR`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribeFlowRequest:
    """Input for DescribeFlow."""

    flow_arn: str
    """ARN of the flow to describe. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribeFlowResponse:
    """Result of DescribeFlow."""

    flow: Flow | None = None
    """Full settings of the requested flow."""

    messages: Messages | None = None
    """Errors currently affecting the flow; left out when there are none."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DestinationConfiguration:
    """Where an output sends one media stream."""

    destination_ip: str
    """IP address the media stream is sent to."""

    destination_port: int
    """Port the media stream is sent to."""

    interface: Interface
    """VPC interface used to send the media stream."""

    outbound_ip: str
    """IP address on the VPC network interface that the content leaves from."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DestinationConfigurationRequest:
    """Requested destination for one media stream on an output."""

    destination_ip: str
    """IP address to send the media stream to."""

    destination_port: int
    """Port to send the media stream to."""

    interface: InterfaceRequest
    """VPC interface to send the media stream through."""


@dataclasses.dataclass(kw_only=True, slots=True)
class EncodingParameters:
    """JPEG XS compression settings of a media stream on an output."""

    compression_factor: float
    """Ratio of uncompressed to compressed size for the JPEG XS stream."""

    encoder_profile: EncoderProfile
    """JPEG XS profile used by the encoder. Allowed values: `main`, `high`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class EncodingParametersRequest:
    """Requested JPEG XS compression settings for a media stream on an output."""

    compression_factor: float
    """Desired ratio of uncompressed to compressed size for the JPEG XS stream."""

    encoder_profile: EncoderProfile
    """JPEG XS profile the encoder should use. Allowed values: `main`, `high`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Encryption:
    """Encryption or decryption settings: algorithm, key source and related key-server details."""

    algorithm: Algorithm | None = None
    """AES variant used to encrypt content: aes128, aes192 or aes256. Allowed values: `aes128`,
    `aes192`, `aes256`."""

    constant_initialization_vector: str | None = None
    """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys. Pattern:
    `[0-9a-fA-F]{32}`."""

    device_id: str | None = None
    """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys."""

    key_type: KeyType | None = None
    """How the key is supplied; static-key is used when omitted. Allowed values: `speke`, `static-key`,
    `srt-password`. Default: `"static-key"`."""

    region: str | None = None
    """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys."""

    resource_id: str | None = None
    """Content ID passed to the key server; needed for SPEKE, not allowed with static keys."""

    role_arn: str
    """ARN of the IAM role, set up to trust MediaConnect, used to reach the key."""

    secret_arn: str | None = None
    """ARN of the Secrets Manager secret holding the key."""

    url: str | None = None
    """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed with
    static keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Entitlement:
    """A grant that lets other AWS accounts subscribe to a flow's content."""

    data_transfer_subscriber_fee_percent: int | None = None
    """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""

    description: str | None = None
    """Note about the entitlement; seen only in the owning account's console."""

    encryption: Encryption | None = None
    """Encryption applied to the output that serves this entitlement."""

    entitlement_arn: str
    """ARN of the entitlement."""

    entitlement_status: EntitlementStatus | None = None
    """Whether the entitlement is enabled or disabled. Allowed values: `ENABLED`, `DISABLED`."""

    name: str
    """Name of the entitlement."""

    subscribers: list[str]
    """AWS account IDs allowed to build their own flows from this content."""


@dataclasses.dataclass(kw_only=True, slots=True)
class FailoverConfig:
    """Source failover settings of a flow."""

    failover_mode: FailoverMode | None = None
    """How two sources are used: merged together, or switched when one fails. Allowed values: `MERGE`,
    `FAILOVER`."""

    recovery_window: int | None = None
    """Buffer delay in milliseconds kept for error recovery; larger adds delay but allows more
    correction. Range: 100..500. Default: `200`."""

    source_priority: SourcePriority | None = None
    """Which source is preferred when failover mode is used."""

    state: State | None = None
    """Whether failover is on; when off the flow may have only one source. Allowed values: `ENABLED`,
    `DISABLED`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Flow:
    """A MediaConnect flow with its source, outputs, entitlements and related settings."""

    availability_zone: str
    """Availability Zone the flow runs in."""

    description: str | None = None
    """Note about the flow; visible only within the owning account."""

    egress_ip: str | None = None
    """Outgoing IP address MediaConnect uses to send the flow's video."""

    entitlements: list[Entitlement]
    """Entitlements granted on the flow."""

    flow_arn: str
    """ARN of the flow."""

    media_streams: list[MediaStream] | None = None
    """Media streams defined on the flow."""

    name: str
    """Name of the flow."""

    outputs: list[Output]
    """Outputs of the flow."""

    source: Source
    """Main source of the flow."""

    source_failover_config: FailoverConfig | None = None
    """Source failover settings of the flow."""

    sources: list[Source] | None = None
    """All sources attached to the flow."""

    status: Status
    """Current state of the flow. Allowed values: `STANDBY`, `ACTIVE`, `UPDATING`, `DELETING`,
    `STARTING`, `STOPPING`, `ERROR`."""

    vpc_interfaces: list[VpcInterface] | None = None
    """VPC interfaces attached to the flow."""

    maintenance: Maintenance | None = None
    """Maintenance window of the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Fmtp:
    """SDP format parameters (fmtp) that describe a media stream."""

    channel_order: str | None = None
    """Order and grouping of the audio channels."""

    colorimetry: Colorimetry | None = None
    """Colour space of the video. Allowed values: `BT601`, `BT709`, `BT2020`, `BT2100`, `ST2065-1`,
    `ST2065-3`, `XYZ`."""

    exact_framerate: str | None = None
    """Video frame rate in frames per second, written as a fraction such as 30000/1001."""

    par: str | None = None
    """Pixel aspect ratio of the video, such as 1:1."""

    range: Range | None = None
    """Signal range of the video samples. Allowed values: `NARROW`, `FULL`, `FULLPROTECT`."""

    scan_mode: ScanMode | None = None
    """Scan type of the video. Allowed values: `progressive`, `interlace`,
    `progressive-segmented-frame`."""

    tcs: Tcs | None = None
    """Transfer characteristic system (gamma curve) of the video. Allowed values: `SDR`, `PQ`, `HLG`,
    `LINEAR`, `BT2100LINPQ`, `BT2100LINHLG`, `ST2065-1`, `ST428-1`, `DENSITY`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class FmtpRequest:
    """Requested SDP format parameters (fmtp) for a media stream."""

    channel_order: str | None = None
    """Order and grouping of the audio channels."""

    colorimetry: Colorimetry | None = None
    """Colour space of the video. Allowed values: `BT601`, `BT709`, `BT2020`, `BT2100`, `ST2065-1`,
    `ST2065-3`, `XYZ`."""

    exact_framerate: str | None = None
    """Video frame rate in frames per second, written as a fraction such as 30000/1001."""

    par: str | None = None
    """Pixel aspect ratio of the video, such as 1:1."""

    range: Range | None = None
    """Signal range of the video samples. Allowed values: `NARROW`, `FULL`, `FULLPROTECT`."""

    scan_mode: ScanMode | None = None
    """Scan type of the video. Allowed values: `progressive`, `interlace`,
    `progressive-segmented-frame`."""

    tcs: Tcs | None = None
    """Transfer characteristic system (gamma curve) of the video. Allowed values: `SDR`, `PQ`, `HLG`,
    `LINEAR`, `BT2100LINPQ`, `BT2100LINHLG`, `ST2065-1`, `ST428-1`, `DENSITY`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GrantEntitlementRequest:
    """Settings for an entitlement to grant on a flow."""

    data_transfer_subscriber_fee_percent: int | None = None
    """Share, in percent, of the entitlement's data transfer fee to bill to the subscriber."""

    description: str | None = None
    """Note about the entitlement; shown only in the owner's console."""

    encryption: Encryption | None = None
    """Encryption for the output that serves this entitlement."""

    entitlement_status: EntitlementStatus | None = None
    """Starting status of the entitlement, enabled or disabled. Allowed values: `ENABLED`, `DISABLED`."""

    name: str | None = None
    """Name of the entitlement; no two entitlements in a flow may share it."""

    subscribers: list[str]
    """AWS account IDs that may use this content as a source for their own flows."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GrantFlowEntitlementsRequest:
    """Input for GrantFlowEntitlements."""

    entitlements: list[GrantEntitlementRequest]
    """Entitlements to grant."""

    flow_arn: str
    """ARN of the flow to grant entitlements on. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class GrantFlowEntitlementsResponse:
    """Result of GrantFlowEntitlements."""

    entitlements: list[Entitlement] | None = None
    """Entitlements that were granted."""

    flow_arn: str | None = None
    """ARN of the flow the entitlements were granted on."""


@dataclasses.dataclass(kw_only=True, slots=True)
class InputConfiguration:
    """How a source takes in one media stream."""

    input_ip: str
    """IP address on which the flow receives the media stream."""

    input_port: int
    """Port on which the flow receives the media stream."""

    interface: Interface
    """VPC interface that receives the media stream."""


@dataclasses.dataclass(kw_only=True, slots=True)
class InputConfigurationRequest:
    """Requested receive settings for one media stream on a source."""

    input_port: int
    """Port the flow should listen on for the media stream."""

    interface: InterfaceRequest
    """VPC interface that should receive the media stream."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Interface:
    """Reference to a VPC interface by name."""

    name: str
    """Name of the VPC interface."""


@dataclasses.dataclass(kw_only=True, slots=True)
class InterfaceRequest:
    """Names the VPC interface to use."""

    name: str
    """Name of the VPC interface."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListEntitlementsRequest:
    """Input for ListEntitlements."""

    max_results: int | None = None
    """Most entitlements to return in one page; 20 when omitted. Range: 1..1000."""

    next_token: str | None = None
    """Token from an earlier response that selects the next page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListEntitlementsResponse:
    """Result of ListEntitlements."""

    entitlements: list[ListedEntitlement] | None = None
    """Entitlements granted to this account by other accounts."""

    next_token: str | None = None
    """Token to pass in the next request to get the following page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListFlowsRequest:
    """Input for ListFlows."""

    max_results: int | None = None
    """Most flows to return in one page; 10 when omitted. Range: 1..1000."""

    next_token: str | None = None
    """Token from an earlier response that selects the next page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListFlowsResponse:
    """Result of ListFlows."""

    flows: list[ListedFlow] | None = None
    """Summaries of the account's flows."""

    next_token: str | None = None
    """Token to pass in the next request to get the following page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceRequest:
    """Input for ListTagsForResource."""

    resource_arn: str
    """ARN of the resource whose tags to list."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceResponse:
    """Result of ListTagsForResource."""

    tags: dict[str, str] | None = None
    """The resource's tags."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListedEntitlement:
    """Summary of an entitlement granted to this account."""

    data_transfer_subscriber_fee_percent: int | None = None
    """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""

    entitlement_arn: str
    """ARN of the entitlement."""

    entitlement_name: str
    """Name of the entitlement."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListedFlow:
    """Short summary of a flow as returned by ListFlows."""

    availability_zone: str
    """Availability Zone the flow was created in."""

    description: str
    """Note about the flow."""

    flow_arn: str
    """ARN of the flow."""

    name: str
    """Name of the flow."""

    source_type: SourceType
    """Whether the flow's source is its own or comes from another account's entitlement. Allowed
    values: `OWNED`, `ENTITLED`."""

    status: Status
    """Current state of the flow. Allowed values: `STANDBY`, `ACTIVE`, `UPDATING`, `DELETING`,
    `STARTING`, `STOPPING`, `ERROR`."""

    maintenance: Maintenance | None = None
    """Maintenance window of the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Maintenance:
    """Maintenance window set on a flow."""

    maintenance_day: MaintenanceDay | None = None
    """Weekday on which maintenance runs. Allowed values: `Monday`, `Tuesday`, `Wednesday`, `Thursday`,
    `Friday`, `Saturday`, `Sunday`."""

    maintenance_deadline: str | None = None
    """Time by which pending maintenance will be applied, as an ISO 8601 UTC timestamp."""

    maintenance_scheduled_date: str | None = None
    """Date of the next planned maintenance, as YYYY-MM-DD."""

    maintenance_start_hour: str | None = None
    """Start time of the maintenance window, as HH:MM in UTC."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStream:
    """A media stream defined on a flow, used by CDI and ST 2110 JPEG XS sources and outputs."""

    attributes: MediaStreamAttributes | None = None
    """Format attributes of the media stream."""

    clock_rate: int | None = None
    """Sample rate of the stream in hertz."""

    description: str | None = None
    """Free-text note about the media stream."""

    fmt: int
    """RTP payload format number given to the stream."""

    media_stream_id: int
    """Numeric ID of the media stream."""

    media_stream_name: str
    """Name of the media stream."""

    media_stream_type: MediaStreamType
    """Kind of content the stream carries: video, audio or ancillary data. Allowed values: `video`,
    `audio`, `ancillary-data`."""

    video_format: str | None = None
    """Resolution label of the video, such as 1080p."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamAttributes:
    """Attributes describing a media stream's format."""

    fmtp: Fmtp
    """SDP format parameters of the stream."""

    lang: str | None = None
    """Audio language tag in a form the receiver understands."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamAttributesRequest:
    """Requested format attributes for a media stream."""

    fmtp: FmtpRequest | None = None
    """SDP format parameters to set on the stream."""

    lang: str | None = None
    """Audio language tag in a form the receiver understands."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamOutputConfiguration:
    """How an output delivers one media stream."""

    destination_configurations: list[DestinationConfiguration] | None = None
    """Where the output sends this media stream."""

    encoding_name: EncodingName
    """Encoding of the media stream on this output. Allowed values: `jxsv`, `raw`, `smpte291`, `pcm`."""

    encoding_parameters: EncodingParameters | None = None
    """JPEG XS compression settings for this media stream."""

    media_stream_name: str
    """Name of the media stream being sent."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamOutputConfigurationRequest:
    """Requested delivery settings for one media stream on an output."""

    destination_configurations: list[DestinationConfigurationRequest] | None = None
    """Where the output should send this media stream."""

    encoding_name: EncodingName
    """Encoding to use for the media stream on this output. Allowed values: `jxsv`, `raw`, `smpte291`,
    `pcm`."""

    encoding_parameters: EncodingParametersRequest | None = None
    """JPEG XS compression settings to use for this media stream."""

    media_stream_name: str
    """Name of the media stream to send."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamSourceConfiguration:
    """How a source receives one media stream."""

    encoding_name: EncodingName
    """Encoding of the incoming media stream. Allowed values: `jxsv`, `raw`, `smpte291`, `pcm`."""

    input_configurations: list[InputConfiguration] | None = None
    """Where the source receives this media stream."""

    media_stream_name: str
    """Name of the media stream being received."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MediaStreamSourceConfigurationRequest:
    """Requested receive settings for one media stream on a source."""

    encoding_name: EncodingName
    """Encoding of the incoming media stream. Allowed values: `jxsv`, `raw`, `smpte291`, `pcm`."""

    input_configurations: list[InputConfigurationRequest] | None = None
    """Where the source should receive this media stream."""

    media_stream_name: str
    """Name of the media stream to receive."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Messages:
    """Status messages reported for a flow."""

    errors: list[str]
    """Errors currently affecting the flow."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Output:
    """An output of a flow and its settings."""

    data_transfer_subscriber_fee_percent: int | None = None
    """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""

    description: str | None = None
    """Note about the output; not visible outside the owning account."""

    destination: str | None = None
    """Address the output sends content to."""

    encryption: Encryption | None = None
    """Encryption applied to the output."""

    entitlement_arn: str | None = None
    """Entitlement ARN from the originator's flow; set only on entitled flows."""

    listener_address: str | None = None
    """Address a receiver connects to for this output; used by Zixi pull and SRT listener."""

    media_live_input_arn: str | None = None
    """ARN of the MediaLive input; set only on outputs made for a MediaLive input."""

    media_stream_output_configurations: list[MediaStreamOutputConfiguration] | None = None
    """Media streams sent by this output."""

    name: str
    """Name of the output; unique within the flow."""

    output_arn: str
    """ARN of the output."""

    port: int | None = None
    """Port the output sends content to."""

    transport: Transport | None = None
    """Protocol-level settings of the output."""

    vpc_interface_attachment: VpcInterfaceAttachment | None = None
    """VPC interface the output sends its content through."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RemoveFlowOutputRequest:
    """Input for RemoveFlowOutput."""

    flow_arn: str
    """ARN of the flow that owns the output. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    output_arn: str
    """ARN of the output to remove. Pattern: `arn:.+:mediaconnect.+:output:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RemoveFlowOutputResponse:
    """Result of RemoveFlowOutput."""

    flow_arn: str | None = None
    """ARN of the flow the output was removed from."""

    output_arn: str | None = None
    """ARN of the removed output."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RemoveFlowSourceRequest:
    """Input for RemoveFlowSource."""

    flow_arn: str
    """ARN of the flow that owns the source. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    source_arn: str
    """ARN of the source to remove. Pattern: `arn:.+:mediaconnect.+:source:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RemoveFlowSourceResponse:
    """Result of RemoveFlowSource."""

    flow_arn: str | None = None
    """ARN of the flow the source was removed from."""

    source_arn: str | None = None
    """ARN of the removed source."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RevokeFlowEntitlementRequest:
    """Input for RevokeFlowEntitlement."""

    entitlement_arn: str
    """ARN of the entitlement to revoke. Pattern: `arn:.+:mediaconnect.+:entitlement:.+`."""

    flow_arn: str
    """ARN of the flow that holds the entitlement. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class RevokeFlowEntitlementResponse:
    """Result of RevokeFlowEntitlement."""

    entitlement_arn: str | None = None
    """ARN of the revoked entitlement."""

    flow_arn: str | None = None
    """ARN of the flow the entitlement was revoked from."""


@dataclasses.dataclass(kw_only=True, slots=True)
class SetSourceRequest:
    """Settings for a source to add to a flow."""

    decryption: Encryption | None = None
    """How to decrypt content arriving from this source."""

    description: str | None = None
    """Note about the source; visible only within the owning account."""

    entitlement_arn: str | None = None
    """ARN of another account's entitlement to use as this source. Pattern:
    `arn:.+:mediaconnect.+:entitlement:.+`."""

    ingest_port: int | None = None
    """Port on which the flow accepts incoming content; Zixi requires 2088."""

    max_bitrate: int | None = None
    """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC."""

    max_latency: int | None = None
    """Maximum latency in milliseconds; applies to RIST and Zixi-based sources."""

    max_sync_buffer: int | None = None
    """Size in milliseconds of the buffer used to line up incoming source data."""

    media_stream_source_configurations: list[MediaStreamSourceConfigurationRequest] | None = None
    """Media streams this source takes in and how."""

    min_latency: int | None = None
    """Minimum latency in milliseconds for SRT-based streams."""

    name: str | None = None
    """Name of the source."""

    protocol: Protocol | None = None
    """Transport protocol the source uses. Allowed values: `zixi-push`, `rtp-fec`, `rtp`, `zixi-pull`,
    `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`, `udp`,
    `ndi-speed-hq`, `rtmp-push`."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    sender_ip_address: str | None = None
    """IP address the flow contacts to set up the connection."""

    source_listener_address: str | None = None
    """Address of the SRT listener the flow calls; used by SRT caller sources."""

    source_listener_port: int | None = None
    """Port of the SRT listener the flow calls; used by SRT caller sources."""

    stream_id: str | None = None
    """Stream ID for the transport; Zixi-based streams only."""

    vpc_interface_name: str | None = None
    """Name of the VPC interface the source content arrives on."""

    whitelist_cidr: str | None = None
    """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Source:
    """A source of a flow and its settings."""

    data_transfer_subscriber_fee_percent: int | None = None
    """Share, in percent, of the entitlement's data transfer fee billed to the subscriber."""

    decryption: Encryption | None = None
    """Decryption applied to content arriving from this source."""

    description: str | None = None
    """Note about the source; not visible outside the owning account."""

    entitlement_arn: str | None = None
    """ARN of the entitlement that gives access to another account's content."""

    ingest_ip: str | None = None
    """IP address on which the flow accepts incoming content."""

    ingest_port: int | None = None
    """Port on which the flow accepts incoming content; Zixi requires 2088."""

    media_stream_source_configurations: list[MediaStreamSourceConfiguration] | None = None
    """Media streams this source takes in."""

    name: str
    """Name of the source."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    sender_ip_address: str | None = None
    """IP address the flow contacts to set up the connection."""

    source_arn: str
    """ARN of the source."""

    transport: Transport | None = None
    """Protocol-level settings of the source."""

    vpc_interface_name: str | None = None
    """Name of the VPC interface the source content arrives on."""

    whitelist_cidr: str | None = None
    """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source."""


@dataclasses.dataclass(kw_only=True, slots=True)
class SourcePriority:
    """Preferred source when failover mode is used."""

    primary_source: str | None = None
    """Name of the source to treat as primary."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StartFlowRequest:
    """Input for StartFlow."""

    flow_arn: str
    """ARN of the flow to start. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StartFlowResponse:
    """Result of StartFlow."""

    flow_arn: str | None = None
    """ARN of the flow being started."""

    status: Status | None = None
    """Flow status when the start request began. Allowed values: `STANDBY`, `ACTIVE`, `UPDATING`,
    `DELETING`, `STARTING`, `STOPPING`, `ERROR`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StopFlowRequest:
    """Input for StopFlow."""

    flow_arn: str
    """ARN of the flow to stop. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StopFlowResponse:
    """Result of StopFlow."""

    flow_arn: str | None = None
    """ARN of the flow being stopped."""

    status: Status | None = None
    """Flow status when the stop request began. Allowed values: `STANDBY`, `ACTIVE`, `UPDATING`,
    `DELETING`, `STARTING`, `STOPPING`, `ERROR`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class TagResourceRequest:
    """Input for TagResource."""

    resource_arn: str
    """ARN of the resource to tag."""

    tags: dict[str, str]
    """Tags to add or overwrite."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Transport:
    """Protocol-level settings of a source or output."""

    cidr_allow_list: list[str] | None = None
    """CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow."""

    max_bitrate: int | None = None
    """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC."""

    max_latency: int | None = None
    """Maximum latency in milliseconds; applies to RIST sources and Zixi-based sources and outputs."""

    max_sync_buffer: int | None = None
    """Size in milliseconds of the buffer used to line up incoming source data."""

    min_latency: int | None = None
    """Minimum latency in milliseconds for SRT-based streams."""

    protocol: Protocol
    """Transport protocol in use. Allowed values: `zixi-push`, `rtp-fec`, `rtp`, `zixi-pull`, `rist`,
    `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`, `udp`, `ndi-speed-hq`,
    `rtmp-push`."""

    remote_id: str | None = None
    """ID of the Zixi receiver; used only by Zixi pull outputs."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    sender_ip_address: str | None = None
    """IP address the flow contacts to set up the connection."""

    smoothing_latency: int | None = None
    """Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC."""

    source_listener_address: str | None = None
    """Address of the SRT listener the flow calls; used by SRT caller sources."""

    source_listener_port: int | None = None
    """Port of the SRT listener the flow calls; used by SRT caller sources."""

    stream_id: str | None = None
    """Stream ID for the transport; Zixi-based streams only."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UntagResourceRequest:
    """Input for UntagResource."""

    resource_arn: str
    """ARN of the resource to untag."""

    tag_keys: list[str]
    """Keys of the tags to remove."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateEncryption:
    """New encryption settings for an output, source or entitlement."""

    algorithm: Algorithm | None = None
    """AES variant used to encrypt content: aes128, aes192 or aes256. Allowed values: `aes128`,
    `aes192`, `aes256`."""

    constant_initialization_vector: str | None = None
    """Fixed 128-bit IV written as a 32-character hex string; not allowed with static keys. Pattern:
    `[0-9a-fA-F]{32}`."""

    device_id: str | None = None
    """Device ID set up with the DRM key provider; needed for SPEKE, not allowed with static keys."""

    key_type: KeyType | None = None
    """How the key is supplied; static-key is used when omitted. Allowed values: `speke`, `static-key`,
    `srt-password`."""

    region: str | None = None
    """Region of the API Gateway proxy endpoint; needed for SPEKE, not allowed with static keys."""

    resource_id: str | None = None
    """Content ID passed to the key server; needed for SPEKE, not allowed with static keys."""

    role_arn: str | None = None
    """ARN of the IAM role, set up to trust MediaConnect, used to reach the key."""

    secret_arn: str | None = None
    """ARN of the Secrets Manager secret holding the key."""

    url: str | None = None
    """URL of the API Gateway proxy that talks to the key server; needed for SPEKE, not allowed with
    static keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFailoverConfig:
    """New source failover settings for a flow."""

    failover_mode: FailoverMode | None = None
    """How two sources are used: merged together, or switched when one fails. Allowed values: `MERGE`,
    `FAILOVER`."""

    recovery_window: int | None = None
    """Buffer delay in milliseconds, from 100 to 500; 200 is used when left blank. Range: 100..500.
    Default: `200`."""

    source_priority: SourcePriority | None = None
    """Which source is preferred when failover mode is used."""

    state: State | None = None
    """Turns failover on or off; when off the flow may have only one source. Allowed values: `ENABLED`,
    `DISABLED`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowEntitlementRequest:
    """Input for UpdateFlowEntitlement: the entitlement to change and its new settings."""

    description: str | None = None
    """New note for the entitlement; shown only in the owner's console."""

    encryption: UpdateEncryption | None = None
    """New encryption for the output that serves the entitlement."""

    entitlement_arn: str
    """ARN of the entitlement to change. Pattern: `arn:.+:mediaconnect.+:entitlement:.+`."""

    entitlement_status: EntitlementStatus | None = None
    """Enables or disables the entitlement. Allowed values: `ENABLED`, `DISABLED`."""

    flow_arn: str
    """ARN of the flow that holds the entitlement. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    subscribers: list[str] | None = None
    """New set of AWS account IDs allowed to use the content; removed accounts lose their outputs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowEntitlementResponse:
    """Result of UpdateFlowEntitlement."""

    entitlement: Entitlement | None = None
    """The entitlement after the change."""

    flow_arn: str | None = None
    """ARN of the flow that holds the entitlement."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowOutputRequest:
    """Input for UpdateFlowOutput: the output to change and its new settings."""

    cidr_allow_list: list[str] | None = None
    """CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow."""

    description: str | None = None
    """Note about the output; shown only in the console, never to viewers."""

    destination: str | None = None
    """IP address the output sends content to."""

    encryption: UpdateEncryption | None = None
    """New encryption settings for the output."""

    flow_arn: str
    """ARN of the flow that owns the output. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    max_latency: int | None = None
    """Maximum latency in milliseconds; applies to Zixi-based outputs."""

    media_stream_output_configurations: list[MediaStreamOutputConfigurationRequest] | None = None
    """Media streams the output carries and how each one is delivered."""

    min_latency: int | None = None
    """Minimum latency in milliseconds for SRT-based streams."""

    output_arn: str
    """ARN of the output to change. Pattern: `arn:.+:mediaconnect.+:output:.+`."""

    port: int | None = None
    """Port the output sends content to."""

    protocol: Protocol | None = None
    """New transport protocol for the output. Allowed values: `zixi-push`, `rtp-fec`, `rtp`,
    `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`,
    `udp`, `ndi-speed-hq`, `rtmp-push`."""

    remote_id: str | None = None
    """ID of the Zixi receiver; used only by Zixi pull outputs."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    sender_ip_address: str | None = None
    """IP address the flow contacts to set up the connection."""

    smoothing_latency: int | None = None
    """Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC."""

    stream_id: str | None = None
    """Stream ID for the transport; Zixi-based streams only."""

    vpc_interface_attachment: VpcInterfaceAttachment | None = None
    """VPC interface the output sends its content through."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowOutputResponse:
    """Result of UpdateFlowOutput."""

    flow_arn: str | None = None
    """ARN of the flow that owns the updated output."""

    output: Output | None = None
    """The output after the change."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowRequest:
    """Input for UpdateFlow."""

    flow_arn: str
    """ARN of the flow to change. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    source_failover_config: UpdateFailoverConfig | None = None
    """New source failover settings."""

    maintenance: UpdateMaintenance | None = None
    """New maintenance window settings."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowResponse:
    """Result of UpdateFlow."""

    flow: Flow | None = None
    """The flow after the change."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowSourceRequest:
    """Input for UpdateFlowSource: the source to change and its new settings."""

    decryption: UpdateEncryption | None = None
    """New decryption settings for content from this source."""

    description: str | None = None
    """Note about the source; visible only within the owning account."""

    entitlement_arn: str | None = None
    """ARN of another account's entitlement to use as this source. Pattern:
    `arn:.+:mediaconnect.+:entitlement:.+`."""

    flow_arn: str
    """ARN of the flow that owns the source. Pattern: `arn:.+:mediaconnect.+:flow:.+`."""

    ingest_port: int | None = None
    """Port on which the flow accepts incoming content; Zixi requires 2088."""

    max_bitrate: int | None = None
    """Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC."""

    max_latency: int | None = None
    """Maximum latency in milliseconds; applies to RIST and Zixi-based sources."""

    max_sync_buffer: int | None = None
    """Size in milliseconds of the buffer used to line up incoming source data."""

    media_stream_source_configurations: list[MediaStreamSourceConfigurationRequest] | None = None
    """New media stream receive settings for the source."""

    min_latency: int | None = None
    """Minimum latency in milliseconds for SRT-based streams."""

    protocol: Protocol | None = None
    """New transport protocol for the source. Allowed values: `zixi-push`, `rtp-fec`, `rtp`,
    `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`, `srt-caller`, `fujitsu-qos`,
    `udp`, `ndi-speed-hq`, `rtmp-push`."""

    sender_control_port: int | None = None
    """Port the flow uses to send requests that set up the connection."""

    sender_ip_address: str | None = None
    """IP address the flow contacts to set up the connection."""

    source_arn: str
    """ARN of the source to change. Pattern: `arn:.+:mediaconnect.+:source:.+`."""

    source_listener_address: str | None = None
    """Address of the SRT listener the flow calls; used by SRT caller sources."""

    source_listener_port: int | None = None
    """Port of the SRT listener the flow calls; used by SRT caller sources."""

    stream_id: str | None = None
    """Stream ID for the transport; Zixi-based streams only."""

    vpc_interface_name: str | None = None
    """Name of the VPC interface the source content arrives on."""

    whitelist_cidr: str | None = None
    """CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateFlowSourceResponse:
    """Result of UpdateFlowSource."""

    flow_arn: str | None = None
    """ARN of the flow that owns the source."""

    source: Source | None = None
    """The source after the change."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdateMaintenance:
    """New maintenance window settings for a flow."""

    maintenance_day: MaintenanceDay | None = None
    """New weekday for maintenance. Allowed values: `Monday`, `Tuesday`, `Wednesday`, `Thursday`,
    `Friday`, `Saturday`, `Sunday`."""

    maintenance_scheduled_date: str | None = None
    """Date on which to run pending maintenance, as YYYY-MM-DD."""

    maintenance_start_hour: str | None = None
    """New start time of the window, as HH:MM in UTC."""


@dataclasses.dataclass(kw_only=True, slots=True)
class VpcInterface:
    """A VPC interface attached to a flow."""

    name: str
    """Name of the VPC interface; unique within the flow."""

    network_interface_ids: list[str]
    """IDs of the network interfaces MediaConnect created in your account."""

    network_interface_type: NetworkInterfaceType
    """Type of network interface, ENA or EFA. Allowed values: `ena`, `efa`."""

    role_arn: str
    """IAM role ARN that lets MediaConnect set up the interface."""

    security_group_ids: list[str]
    """Security groups that filter traffic on the interface."""

    subnet_id: str
    """Subnet for the interface; it must be in the flow's Availability Zone."""


@dataclasses.dataclass(kw_only=True, slots=True)
class VpcInterfaceAttachment:
    """Links an output to a VPC interface."""

    vpc_interface_name: str | None = None
    """Name of the VPC interface to send the output through."""


@dataclasses.dataclass(kw_only=True, slots=True)
class VpcInterfaceRequest:
    """Settings for a VPC interface to create on a flow."""

    name: str
    """Name of the VPC interface; no two interfaces in a flow may share it."""

    network_interface_type: NetworkInterfaceType | None = None
    """Type of network interface, ENA or EFA. Allowed values: `ena`, `efa`."""

    role_arn: str
    """IAM role ARN that lets MediaConnect set up the interface."""

    security_group_ids: list[str]
    """Security groups that filter traffic on the interface."""

    subnet_id: str
    """Subnet for the interface; it must be in the flow's Availability Zone."""


# --- errors ------------------------------------------------------------------------------------


class AddFlowOutputs420Exception(_rt.QuotaExceededError):
    """Raised when adding these outputs would take the flow past its output quota. (HTTP 420)"""


class BadRequestException(_rt.BadRequestError):
    """Raised when the request is malformed or holds invalid values. (HTTP 400)"""


class CreateFlow420Exception(_rt.QuotaExceededError):
    """Raised when creating another flow would go over an account quota. (HTTP 420)"""


class ForbiddenException(_rt.ForbiddenError):
    """Raised when the caller lacks permission for the requested action. (HTTP 403)"""


class GrantFlowEntitlements420Exception(_rt.QuotaExceededError):
    """Raised when granting these entitlements would take the flow past its entitlement quota. (HTTP 420)"""


class InternalServerErrorException(_rt.InternalServerError):
    """Raised when MediaConnect hits an unexpected internal fault while handling the request. (HTTP 500)"""


class NotFoundException(_rt.NotFoundError):
    """Raised when the flow, output, source or entitlement named in the request does not exist. (HTTP 404)"""


class ServiceUnavailableException(_rt.ServiceUnavailableError):
    """Raised when MediaConnect is briefly unable to serve requests; retry later. (HTTP 503)"""


class TooManyRequestsException(_rt.TooManyRequestsError):
    """Raised when the account sends requests faster than its allowed rate. (HTTP 429)"""


_ERRORS: dict[str, type[_rt.ServiceError]] = {
    "AddFlowOutputs420Exception": AddFlowOutputs420Exception,
    "BadRequestException": BadRequestException,
    "CreateFlow420Exception": CreateFlow420Exception,
    "ForbiddenException": ForbiddenException,
    "GrantFlowEntitlements420Exception": GrantFlowEntitlements420Exception,
    "InternalServerErrorException": InternalServerErrorException,
    "NotFoundException": NotFoundException,
    "ServiceUnavailableException": ServiceUnavailableException,
    "TooManyRequestsException": TooManyRequestsException,
}

# Shapes, operations and waiters come from the service's shared tables (awsmedia/shapes/mediaconnect.json),
# read once for every target; each structure is bound to its class above.
_TABLES = _rt.bind_classes(_rt.load_service("mediaconnect"), globals())


class MediaConnectClient(_rt.BaseClient):
    """Transport service that ingests live video into AWS over reliable IP protocols and sends it on to
    any number of destinations, including other AWS accounts.

    Build it from an existing boto3 client (`MediaConnectClient(boto3.client("mediaconnect"))`) or from
    connection settings (`MediaConnectClient(region_name=..., profile_name=..., endpoint_url=...)`).
    Every method validates its input against the model before sending and raises
    `awsmedia_runtime.ValidationError` naming each bad attribute.
    """

    service_name = "mediaconnect"
    error_classes = _ERRORS
    tables = _TABLES

    def create_flow(
        self,
        *,
        name: str,
        flow_tags: dict[str, str] | None = None,
        availability_zone: str | None = None,
        entitlements: list[GrantEntitlementRequest] | None = None,
        media_streams: list[AddMediaStreamRequest] | None = None,
        outputs: list[AddOutputRequest] | None = None,
        source: SetSourceRequest | None = None,
        source_failover_config: FailoverConfig | None = None,
        sources: list[SetSourceRequest] | None = None,
        vpc_interfaces: list[VpcInterfaceRequest] | None = None,
        maintenance: AddMaintenance | None = None,
    ) -> CreateFlowResponse:
        """Creates a flow with one source and, optionally, outputs, entitlements, media streams and VPC
        interfaces.

        Args:
            name: Name of the flow.
            flow_tags: Tags to put on the new flow.
            availability_zone: Availability Zone for the flow; must be one in the current Region.
            entitlements: Entitlements to grant on the new flow; up to 50. At most 50 items.
            media_streams: Media streams to define on the flow for its sources and outputs.
            outputs: Outputs to create along with the flow. At most 50 items.
            source: The single source of the flow.
            source_failover_config: Source failover settings for the flow.
            sources: Sources of the flow; use this instead of Source to give more than one.
            vpc_interfaces: VPC interfaces to attach to the flow.
            maintenance: Maintenance window to set on the flow.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
            CreateFlow420Exception: Raised when creating another flow would go over an account quota.
        """
        result: CreateFlowResponse = self._call(
            "CreateFlow",
            CreateFlowRequest(
                name=name,
                flow_tags=flow_tags,
                availability_zone=availability_zone,
                entitlements=entitlements,
                media_streams=media_streams,
                outputs=outputs,
                source=source,
                source_failover_config=source_failover_config,
                sources=sources,
                vpc_interfaces=vpc_interfaces,
                maintenance=maintenance,
            ),
        )
        return result

    def describe_flow(
        self,
        *,
        flow_arn: str,
    ) -> DescribeFlowResponse:
        """Returns the full setup of one flow, including its source, outputs, entitlements and current
        errors.

        Args:
            flow_arn: ARN of the flow to describe. Pattern: `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: DescribeFlowResponse = self._call(
            "DescribeFlow",
            DescribeFlowRequest(flow_arn=flow_arn),
        )
        return result

    def update_flow(
        self,
        *,
        flow_arn: str,
        source_failover_config: UpdateFailoverConfig | None = None,
        maintenance: UpdateMaintenance | None = None,
    ) -> UpdateFlowResponse:
        """Changes flow-wide settings such as source failover and the maintenance window.

        Args:
            flow_arn: ARN of the flow to change. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            source_failover_config: New source failover settings.
            maintenance: New maintenance window settings.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: UpdateFlowResponse = self._call(
            "UpdateFlow",
            UpdateFlowRequest(
                flow_arn=flow_arn, source_failover_config=source_failover_config, maintenance=maintenance
            ),
        )
        return result

    def delete_flow(
        self,
        *,
        flow_arn: str,
    ) -> DeleteFlowResponse:
        """Deletes a flow; the flow has to be stopped first.

        Args:
            flow_arn: ARN of the flow to delete. Pattern: `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: DeleteFlowResponse = self._call(
            "DeleteFlow",
            DeleteFlowRequest(flow_arn=flow_arn),
        )
        return result

    def list_flows(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListFlowsResponse:
        """Lists summaries of the flows in the account, one page at a time.

        Args:
            max_results: Most flows to return in one page; 10 when omitted. Range: 1..1000.
            next_token: Token from an earlier response that selects the next page.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: ListFlowsResponse = self._call(
            "ListFlows",
            ListFlowsRequest(max_results=max_results, next_token=next_token),
        )
        return result

    def iter_flows(
        self,
        *,
        max_results: int | None = None,
    ) -> Iterator[ListedFlow]:
        """Every item of `list_flows`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListFlows",
            {"max_results": max_results},
        )

    def start_flow(
        self,
        *,
        flow_arn: str,
    ) -> StartFlowResponse:
        """Starts a flow so it begins taking in and sending out content.

        Args:
            flow_arn: ARN of the flow to start. Pattern: `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: StartFlowResponse = self._call(
            "StartFlow",
            StartFlowRequest(flow_arn=flow_arn),
        )
        return result

    def stop_flow(
        self,
        *,
        flow_arn: str,
    ) -> StopFlowResponse:
        """Stops a running flow.

        Args:
            flow_arn: ARN of the flow to stop. Pattern: `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: StopFlowResponse = self._call(
            "StopFlow",
            StopFlowRequest(flow_arn=flow_arn),
        )
        return result

    def add_flow_outputs(
        self,
        *,
        flow_arn: str,
        outputs: list[AddOutputRequest],
    ) -> AddFlowOutputsResponse:
        """Adds one or more outputs to an existing flow.

        Args:
            flow_arn: ARN of the flow that gets the new outputs. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            outputs: Outputs to create on the flow.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            AddFlowOutputs420Exception: Raised when adding these outputs would take the flow past its output quota.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: AddFlowOutputsResponse = self._call(
            "AddFlowOutputs",
            AddFlowOutputsRequest(flow_arn=flow_arn, outputs=outputs),
        )
        return result

    def update_flow_output(
        self,
        *,
        flow_arn: str,
        output_arn: str,
        cidr_allow_list: list[str] | None = None,
        description: str | None = None,
        destination: str | None = None,
        encryption: UpdateEncryption | None = None,
        max_latency: int | None = None,
        media_stream_output_configurations: list[MediaStreamOutputConfigurationRequest] | None = None,
        min_latency: int | None = None,
        port: int | None = None,
        protocol: Protocol | None = None,
        remote_id: str | None = None,
        sender_control_port: int | None = None,
        sender_ip_address: str | None = None,
        smoothing_latency: int | None = None,
        stream_id: str | None = None,
        vpc_interface_attachment: VpcInterfaceAttachment | None = None,
    ) -> UpdateFlowOutputResponse:
        """Changes the settings of an existing output on a flow.

        Args:
            flow_arn: ARN of the flow that owns the output. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            output_arn: ARN of the output to change. Pattern: `arn:.+:mediaconnect.+:output:.+`.
            cidr_allow_list: CIDR blocks, such as 10.0.0.0/16, allowed to open output connections to the flow.
            description: Note about the output; shown only in the console, never to viewers.
            destination: IP address the output sends content to.
            encryption: New encryption settings for the output.
            max_latency: Maximum latency in milliseconds; applies to Zixi-based outputs.
            media_stream_output_configurations: Media streams the output carries and how each one is delivered.
            min_latency: Minimum latency in milliseconds for SRT-based streams.
            port: Port the output sends content to.
            protocol: New transport protocol for the output. Allowed values: `zixi-push`, `rtp-fec`,
                `rtp`, `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`,
                `srt-caller`, `fujitsu-qos`, `udp`, `ndi-speed-hq`, `rtmp-push`.
            remote_id: ID of the Zixi receiver; used only by Zixi pull outputs.
            sender_control_port: Port the flow uses to send requests that set up the connection.
            sender_ip_address: IP address the flow contacts to set up the connection.
            smoothing_latency: Smoothing latency in milliseconds; used with RIST, RTP and RTP-FEC.
            stream_id: Stream ID for the transport; Zixi-based streams only.
            vpc_interface_attachment: VPC interface the output sends its content through.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: UpdateFlowOutputResponse = self._call(
            "UpdateFlowOutput",
            UpdateFlowOutputRequest(
                flow_arn=flow_arn,
                output_arn=output_arn,
                cidr_allow_list=cidr_allow_list,
                description=description,
                destination=destination,
                encryption=encryption,
                max_latency=max_latency,
                media_stream_output_configurations=media_stream_output_configurations,
                min_latency=min_latency,
                port=port,
                protocol=protocol,
                remote_id=remote_id,
                sender_control_port=sender_control_port,
                sender_ip_address=sender_ip_address,
                smoothing_latency=smoothing_latency,
                stream_id=stream_id,
                vpc_interface_attachment=vpc_interface_attachment,
            ),
        )
        return result

    def remove_flow_output(
        self,
        *,
        flow_arn: str,
        output_arn: str,
    ) -> RemoveFlowOutputResponse:
        """Deletes an output from a flow; an output tied to an entitlement goes away only by revoking
        that entitlement.

        Args:
            flow_arn: ARN of the flow that owns the output. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            output_arn: ARN of the output to remove. Pattern: `arn:.+:mediaconnect.+:output:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: RemoveFlowOutputResponse = self._call(
            "RemoveFlowOutput",
            RemoveFlowOutputRequest(flow_arn=flow_arn, output_arn=output_arn),
        )
        return result

    def grant_flow_entitlements(
        self,
        *,
        entitlements: list[GrantEntitlementRequest],
        flow_arn: str,
    ) -> GrantFlowEntitlementsResponse:
        """Grants entitlements on an existing flow so other AWS accounts can subscribe to its content.

        Args:
            entitlements: Entitlements to grant.
            flow_arn: ARN of the flow to grant entitlements on. Pattern: `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            GrantFlowEntitlements420Exception: Raised when granting these entitlements would take the flow past its entitlement
                quota.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: GrantFlowEntitlementsResponse = self._call(
            "GrantFlowEntitlements",
            GrantFlowEntitlementsRequest(entitlements=entitlements, flow_arn=flow_arn),
        )
        return result

    def update_flow_entitlement(
        self,
        *,
        entitlement_arn: str,
        flow_arn: str,
        description: str | None = None,
        encryption: UpdateEncryption | None = None,
        entitlement_status: EntitlementStatus | None = None,
        subscribers: list[str] | None = None,
    ) -> UpdateFlowEntitlementResponse:
        """Changes an entitlement's description, encryption, status or subscribers; dropped subscribers
        lose their outputs.

        Args:
            entitlement_arn: ARN of the entitlement to change. Pattern: `arn:.+:mediaconnect.+:entitlement:.+`.
            flow_arn: ARN of the flow that holds the entitlement. Pattern:
                `arn:.+:mediaconnect.+:flow:.+`.
            description: New note for the entitlement; shown only in the owner's console.
            encryption: New encryption for the output that serves the entitlement.
            entitlement_status: Enables or disables the entitlement. Allowed values: `ENABLED`, `DISABLED`.
            subscribers: New set of AWS account IDs allowed to use the content; removed accounts lose their
                outputs.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: UpdateFlowEntitlementResponse = self._call(
            "UpdateFlowEntitlement",
            UpdateFlowEntitlementRequest(
                entitlement_arn=entitlement_arn,
                flow_arn=flow_arn,
                description=description,
                encryption=encryption,
                entitlement_status=entitlement_status,
                subscribers=subscribers,
            ),
        )
        return result

    def revoke_flow_entitlement(
        self,
        *,
        entitlement_arn: str,
        flow_arn: str,
    ) -> RevokeFlowEntitlementResponse:
        """Revokes an entitlement, cutting off its subscribers and deleting the output that served
        them.

        Args:
            entitlement_arn: ARN of the entitlement to revoke. Pattern: `arn:.+:mediaconnect.+:entitlement:.+`.
            flow_arn: ARN of the flow that holds the entitlement. Pattern:
                `arn:.+:mediaconnect.+:flow:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: RevokeFlowEntitlementResponse = self._call(
            "RevokeFlowEntitlement",
            RevokeFlowEntitlementRequest(entitlement_arn=entitlement_arn, flow_arn=flow_arn),
        )
        return result

    def list_entitlements(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListEntitlementsResponse:
        """Lists entitlements that other accounts have granted to this account, one page at a time.

        Args:
            max_results: Most entitlements to return in one page; 20 when omitted. Range: 1..1000.
            next_token: Token from an earlier response that selects the next page.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: ListEntitlementsResponse = self._call(
            "ListEntitlements",
            ListEntitlementsRequest(max_results=max_results, next_token=next_token),
        )
        return result

    def iter_entitlements(
        self,
        *,
        max_results: int | None = None,
    ) -> Iterator[ListedEntitlement]:
        """Every item of `list_entitlements`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListEntitlements",
            {"max_results": max_results},
        )

    def update_flow_source(
        self,
        *,
        flow_arn: str,
        source_arn: str,
        decryption: UpdateEncryption | None = None,
        description: str | None = None,
        entitlement_arn: str | None = None,
        ingest_port: int | None = None,
        max_bitrate: int | None = None,
        max_latency: int | None = None,
        max_sync_buffer: int | None = None,
        media_stream_source_configurations: list[MediaStreamSourceConfigurationRequest] | None = None,
        min_latency: int | None = None,
        protocol: Protocol | None = None,
        sender_control_port: int | None = None,
        sender_ip_address: str | None = None,
        source_listener_address: str | None = None,
        source_listener_port: int | None = None,
        stream_id: str | None = None,
        vpc_interface_name: str | None = None,
        whitelist_cidr: str | None = None,
    ) -> UpdateFlowSourceResponse:
        """Changes the settings of one source of a flow.

        Args:
            flow_arn: ARN of the flow that owns the source. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            source_arn: ARN of the source to change. Pattern: `arn:.+:mediaconnect.+:source:.+`.
            decryption: New decryption settings for content from this source.
            description: Note about the source; visible only within the owning account.
            entitlement_arn: ARN of another account's entitlement to use as this source. Pattern:
                `arn:.+:mediaconnect.+:entitlement:.+`.
            ingest_port: Port on which the flow accepts incoming content; Zixi requires 2088.
            max_bitrate: Maximum bitrate in bits per second; used with RIST, RTP and RTP-FEC.
            max_latency: Maximum latency in milliseconds; applies to RIST and Zixi-based sources.
            max_sync_buffer: Size in milliseconds of the buffer used to line up incoming source data.
            media_stream_source_configurations: New media stream receive settings for the source.
            min_latency: Minimum latency in milliseconds for SRT-based streams.
            protocol: New transport protocol for the source. Allowed values: `zixi-push`, `rtp-fec`,
                `rtp`, `zixi-pull`, `rist`, `st2110-jpegxs`, `cdi`, `srt-listener`,
                `srt-caller`, `fujitsu-qos`, `udp`, `ndi-speed-hq`, `rtmp-push`.
            sender_control_port: Port the flow uses to send requests that set up the connection.
            sender_ip_address: IP address the flow contacts to set up the connection.
            source_listener_address: Address of the SRT listener the flow calls; used by SRT caller sources.
            source_listener_port: Port of the SRT listener the flow calls; used by SRT caller sources.
            stream_id: Stream ID for the transport; Zixi-based streams only.
            vpc_interface_name: Name of the VPC interface the source content arrives on.
            whitelist_cidr: CIDR block, such as 10.0.0.0/16, whose addresses may send content to the source.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: UpdateFlowSourceResponse = self._call(
            "UpdateFlowSource",
            UpdateFlowSourceRequest(
                flow_arn=flow_arn,
                source_arn=source_arn,
                decryption=decryption,
                description=description,
                entitlement_arn=entitlement_arn,
                ingest_port=ingest_port,
                max_bitrate=max_bitrate,
                max_latency=max_latency,
                max_sync_buffer=max_sync_buffer,
                media_stream_source_configurations=media_stream_source_configurations,
                min_latency=min_latency,
                protocol=protocol,
                sender_control_port=sender_control_port,
                sender_ip_address=sender_ip_address,
                source_listener_address=source_listener_address,
                source_listener_port=source_listener_port,
                stream_id=stream_id,
                vpc_interface_name=vpc_interface_name,
                whitelist_cidr=whitelist_cidr,
            ),
        )
        return result

    def add_flow_sources(
        self,
        *,
        flow_arn: str,
        sources: list[SetSourceRequest],
    ) -> AddFlowSourcesResponse:
        """Attaches one or more extra sources to an existing flow.

        Args:
            flow_arn: ARN of the flow that gets the new sources. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            sources: Sources to attach to the flow.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: AddFlowSourcesResponse = self._call(
            "AddFlowSources",
            AddFlowSourcesRequest(flow_arn=flow_arn, sources=sources),
        )
        return result

    def remove_flow_source(
        self,
        *,
        flow_arn: str,
        source_arn: str,
    ) -> RemoveFlowSourceResponse:
        """Detaches one source from a flow.

        Args:
            flow_arn: ARN of the flow that owns the source. Pattern: `arn:.+:mediaconnect.+:flow:.+`.
            source_arn: ARN of the source to remove. Pattern: `arn:.+:mediaconnect.+:source:.+`.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            TooManyRequestsException: Raised when the account sends requests faster than its allowed rate.
            ForbiddenException: Raised when the caller lacks permission for the requested action.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
            ServiceUnavailableException: Raised when MediaConnect is briefly unable to serve requests; retry later.
        """
        result: RemoveFlowSourceResponse = self._call(
            "RemoveFlowSource",
            RemoveFlowSourceRequest(flow_arn=flow_arn, source_arn=source_arn),
        )
        return result

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: dict[str, str],
    ) -> None:
        """Adds or overwrites tags on a MediaConnect resource.

        Args:
            resource_arn: ARN of the resource to tag.
            tags: Tags to add or overwrite.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
        """
        result: None = self._call(
            "TagResource",
            TagResourceRequest(resource_arn=resource_arn, tags=tags),
        )
        return result

    def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
    ) -> None:
        """Removes tags, by key, from a MediaConnect resource.

        Args:
            resource_arn: ARN of the resource to untag.
            tag_keys: Keys of the tags to remove.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
        """
        result: None = self._call(
            "UntagResource",
            UntagResourceRequest(resource_arn=resource_arn, tag_keys=tag_keys),
        )
        return result

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Lists the tags on a MediaConnect resource.

        Args:
            resource_arn: ARN of the resource whose tags to list.

        Raises:
            BadRequestException: Raised when the request is malformed or holds invalid values.
            InternalServerErrorException: Raised when MediaConnect hits an unexpected internal fault while handling the
                request.
            NotFoundException: Raised when the flow, output, source or entitlement named in the request does not
                exist.
        """
        result: ListTagsForResourceResponse = self._call(
            "ListTagsForResource",
            ListTagsForResourceRequest(resource_arn=resource_arn),
        )
        return result

    def wait_until_flow_active(
        self,
        *,
        flow_arn: str,
        timeout: float = 120.0,
        delay: float = 3.0,
    ) -> DescribeFlowResponse:
        """Wait until the flow is running (ACTIVE).

        Polls `describe_flow` every `delay` seconds and raises
        `awsmedia_runtime.WaiterError` on a failure state (ERROR) or after `timeout` seconds.
        """
        result: DescribeFlowResponse = self._wait(
            "FlowActive",
            {"flow_arn": flow_arn},
            timeout,
            delay,
        )
        return result

    def wait_until_flow_standby(
        self,
        *,
        flow_arn: str,
        timeout: float = 120.0,
        delay: float = 3.0,
    ) -> DescribeFlowResponse:
        """Wait until the flow has stopped (STANDBY).

        Polls `describe_flow` every `delay` seconds and raises
        `awsmedia_runtime.WaiterError` on a failure state (ERROR) or after `timeout` seconds.
        """
        result: DescribeFlowResponse = self._wait(
            "FlowStandby",
            {"flow_arn": flow_arn},
            timeout,
            delay,
        )
        return result

    def wait_until_flow_deleted(
        self,
        *,
        flow_arn: str,
        timeout: float = 120.0,
        delay: float = 3.0,
    ) -> DescribeFlowResponse | None:
        """Wait until the flow no longer exists.

        Polls `describe_flow` every `delay` seconds and raises
        `awsmedia_runtime.WaiterError` on a failure state (ERROR) or after `timeout` seconds.
        """
        result: DescribeFlowResponse | None = self._wait(
            "FlowDeleted",
            {"flow_arn": flow_arn},
            timeout,
            delay,
        )
        return result


__all__ = [
    "MediaConnectClient",
    "Algorithm",
    "Colorimetry",
    "EncoderProfile",
    "EncodingName",
    "EntitlementStatus",
    "FailoverMode",
    "KeyType",
    "MaintenanceDay",
    "MediaStreamType",
    "NetworkInterfaceType",
    "Protocol",
    "Range",
    "ScanMode",
    "SourceType",
    "State",
    "Status",
    "Tcs",
    "AddFlowOutputsRequest",
    "AddFlowOutputsResponse",
    "AddFlowSourcesRequest",
    "AddFlowSourcesResponse",
    "AddMaintenance",
    "AddMediaStreamRequest",
    "AddOutputRequest",
    "CreateFlowRequest",
    "CreateFlowResponse",
    "DeleteFlowRequest",
    "DeleteFlowResponse",
    "DescribeFlowRequest",
    "DescribeFlowResponse",
    "DestinationConfiguration",
    "DestinationConfigurationRequest",
    "EncodingParameters",
    "EncodingParametersRequest",
    "Encryption",
    "Entitlement",
    "FailoverConfig",
    "Flow",
    "Fmtp",
    "FmtpRequest",
    "GrantEntitlementRequest",
    "GrantFlowEntitlementsRequest",
    "GrantFlowEntitlementsResponse",
    "InputConfiguration",
    "InputConfigurationRequest",
    "Interface",
    "InterfaceRequest",
    "ListEntitlementsRequest",
    "ListEntitlementsResponse",
    "ListFlowsRequest",
    "ListFlowsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListedEntitlement",
    "ListedFlow",
    "Maintenance",
    "MediaStream",
    "MediaStreamAttributes",
    "MediaStreamAttributesRequest",
    "MediaStreamOutputConfiguration",
    "MediaStreamOutputConfigurationRequest",
    "MediaStreamSourceConfiguration",
    "MediaStreamSourceConfigurationRequest",
    "Messages",
    "Output",
    "RemoveFlowOutputRequest",
    "RemoveFlowOutputResponse",
    "RemoveFlowSourceRequest",
    "RemoveFlowSourceResponse",
    "RevokeFlowEntitlementRequest",
    "RevokeFlowEntitlementResponse",
    "SetSourceRequest",
    "Source",
    "SourcePriority",
    "StartFlowRequest",
    "StartFlowResponse",
    "StopFlowRequest",
    "StopFlowResponse",
    "TagResourceRequest",
    "Transport",
    "UntagResourceRequest",
    "UpdateEncryption",
    "UpdateFailoverConfig",
    "UpdateFlowEntitlementRequest",
    "UpdateFlowEntitlementResponse",
    "UpdateFlowOutputRequest",
    "UpdateFlowOutputResponse",
    "UpdateFlowRequest",
    "UpdateFlowResponse",
    "UpdateFlowSourceRequest",
    "UpdateFlowSourceResponse",
    "UpdateMaintenance",
    "VpcInterface",
    "VpcInterfaceAttachment",
    "VpcInterfaceRequest",
    "AddFlowOutputs420Exception",
    "BadRequestException",
    "CreateFlow420Exception",
    "ForbiddenException",
    "GrantFlowEntitlements420Exception",
    "InternalServerErrorException",
    "NotFoundException",
    "ServiceUnavailableException",
    "TooManyRequestsException",
]
