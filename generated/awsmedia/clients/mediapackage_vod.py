"""AWS Elemental MediaPackage VOD: typed client.

Generated from model/mediapackage-vod.yaml by `python -m codegen generate`; do not edit.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from typing import Literal

import awsmedia_runtime as _rt

# --- enums -------------------------------------------------------------------------------------

AdMarkers = Literal["NONE", "SCTE35_ENHANCED", "PASSTHROUGH"]
"""Chooses how SCTE-35 ad markers reach HLS output: dropped, copied from the input, or regenerated with
blackout tags."""

EncryptionMethod = Literal["AES_128", "SAMPLE_AES"]
"""Chooses the HLS encryption scheme: AES-128 or SAMPLE-AES."""

ManifestLayout = Literal["FULL", "COMPACT"]
"""Chooses whether the MPD repeats elements in every Representation (FULL) or merges duplicates at the
AdaptationSet level (COMPACT)."""

PeriodTriggersElement = Literal["ADS"]
"""Chooses an event that starts a new DASH period; ADS splits at SCTE-35 ad markers."""

PresetSpeke20Audio = Literal["PRESET-AUDIO-1", "PRESET-AUDIO-2", "PRESET-AUDIO-3", "SHARED", "UNENCRYPTED"]
"""How audio tracks are keyed under SPEKE 2.0: one of three presets, the video's key, or not at all."""

PresetSpeke20Video = Literal[
    "PRESET-VIDEO-1",
    "PRESET-VIDEO-2",
    "PRESET-VIDEO-3",
    "PRESET-VIDEO-4",
    "PRESET-VIDEO-5",
    "PRESET-VIDEO-6",
    "PRESET-VIDEO-7",
    "PRESET-VIDEO-8",
    "SHARED",
    "UNENCRYPTED",
]
"""How video tracks are keyed under SPEKE 2.0: one of eight presets, the audio's key, or not at all."""

Profile = Literal["NONE", "HBBTV_1_5"]
"""Chooses the DASH profile: plain, or conforming to HbbTV 1.5."""

ScteMarkersSource = Literal["SEGMENTS", "MANIFEST"]
"""Where SCTE-35 markers in a DASH manifest come from: the segments or the manifest."""

SegmentTemplateFormat = Literal["NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE", "NUMBER_WITH_DURATION"]
"""Chooses the MPD SegmentTemplate style: full timeline with $Number$ or $Time$ URLs, or duration only
with $Number$ URLs."""

StreamOrder = Literal["ORIGINAL", "VIDEO_BITRATE_ASCENDING", "VIDEO_BITRATE_DESCENDING"]
"""Chooses the stream order in the output: as in the source, or by video bitrate ascending or
descending."""

# --- structures --------------------------------------------------------------------------------


@dataclasses.dataclass(kw_only=True, slots=True)
class AssetShallow:
    """Summary of a VOD asset as shown in asset listings."""

    arn: str | None = None
    """ARN of the asset."""

    created_at: str | None = None
    """Timestamp of the asset's first ingest submission."""

    id: str | None = None
    """Unique ID of the asset."""

    packaging_group_id: str | None = None
    """ID of the packaging group the asset belongs to."""

    resource_id: str | None = None
    """Resource ID sent in SPEKE key requests for the asset."""

    source_arn: str | None = None
    """ARN of the S3 object the asset was ingested from."""

    source_role_arn: str | None = None
    """ARN of the IAM role that grants read access to the source S3 bucket."""

    tags: dict[str, str] | None = None
    """Tags attached to the asset, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class Authorization:
    """CDN authorization settings backed by a secret in AWS Secrets Manager."""

    cdn_identifier_secret: str
    """ARN of the Secrets Manager secret used to authorize CDN requests."""

    secrets_role_arn: str
    """ARN of the IAM role that lets MediaPackage read from Secrets Manager."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CmafEncryption:
    """Encryption settings for CMAF output."""

    constant_initialization_vector: str | None = None
    """Optional fixed initialization vector to use when encrypting CMAF output."""

    speke_key_provider: SpekeKeyProvider
    """SPEKE key provider that supplies the encryption keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CmafPackage:
    """Settings for packaging assets as CMAF output."""

    encryption: CmafEncryption | None = None
    """Optional encryption settings for the CMAF output."""

    hls_manifests: list[HlsManifest]
    """HLS manifests to generate for the CMAF output."""

    segment_duration_seconds: int | None = None
    """Target fragment length in seconds; actual fragments snap to the closest whole multiple of the
    source's fragment length."""

    include_encoder_configuration_in_segments: bool | None = None
    """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateAssetRequest:
    """Input for creating a VOD asset."""

    id: str
    """Unique ID to give the new asset."""

    packaging_group_id: str
    """ID of the packaging group to add the asset to."""

    resource_id: str | None = None
    """Resource ID to pass in SPEKE key requests."""

    source_arn: str
    """ARN of the S3 object to ingest."""

    source_role_arn: str
    """ARN of the IAM role MediaPackage uses to read the source S3 bucket."""

    tags: dict[str, str] | None = None
    """Tags to attach to the asset, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreateAssetResponse:
    """The newly created VOD asset."""

    arn: str | None = None
    """ARN of the asset."""

    created_at: str | None = None
    """Timestamp of the asset's first ingest submission."""

    egress_endpoints: list[EgressEndpoint] | None = None
    """Playback endpoints for the asset, one per packaging configuration."""

    id: str | None = None
    """Unique ID of the asset."""

    packaging_group_id: str | None = None
    """ID of the packaging group the asset belongs to."""

    resource_id: str | None = None
    """Resource ID sent in SPEKE key requests for the asset."""

    source_arn: str | None = None
    """ARN of the S3 object the asset was ingested from."""

    source_role_arn: str | None = None
    """ARN of the IAM role that grants read access to the source S3 bucket."""

    tags: dict[str, str] | None = None
    """Tags attached to the asset, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreatePackagingConfigurationRequest:
    """Input for creating a packaging configuration."""

    cmaf_package: CmafPackage | None = None
    """CMAF output settings."""

    dash_package: DashPackage | None = None
    """DASH output settings."""

    hls_package: HlsPackage | None = None
    """HLS output settings."""

    id: str
    """ID to give the new packaging configuration."""

    mss_package: MssPackage | None = None
    """Microsoft Smooth Streaming output settings."""

    packaging_group_id: str
    """ID of the packaging group the configuration belongs to."""

    tags: dict[str, str] | None = None
    """Tags to attach to the packaging configuration, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreatePackagingConfigurationResponse:
    """The newly created packaging configuration."""

    arn: str | None = None
    """ARN of the packaging configuration."""

    cmaf_package: CmafPackage | None = None
    """CMAF output settings, if set."""

    created_at: str | None = None
    """Time the packaging configuration was created."""

    dash_package: DashPackage | None = None
    """DASH output settings, if set."""

    hls_package: HlsPackage | None = None
    """HLS output settings, if set."""

    id: str | None = None
    """ID of the packaging configuration."""

    mss_package: MssPackage | None = None
    """Microsoft Smooth Streaming output settings, if set."""

    packaging_group_id: str | None = None
    """ID of the packaging group the configuration belongs to."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging configuration, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreatePackagingGroupRequest:
    """Input for creating a packaging group."""

    authorization: Authorization | None = None
    """Optional CDN authorization settings for the group."""

    id: str
    """ID to give the new packaging group."""

    tags: dict[str, str] | None = None
    """Tags to attach to the packaging group, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class CreatePackagingGroupResponse:
    """The newly created packaging group."""

    arn: str | None = None
    """ARN of the packaging group."""

    authorization: Authorization | None = None
    """CDN authorization settings of the group, if set."""

    created_at: str | None = None
    """Time the packaging group was created."""

    domain_name: str | None = None
    """Fully qualified domain name that serves the group's assets."""

    id: str | None = None
    """ID of the packaging group."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging group, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DashEncryption:
    """Encryption settings for DASH output."""

    speke_key_provider: SpekeKeyProvider
    """SPEKE key provider that supplies the encryption keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DashManifest:
    """Settings for one DASH manifest (MPD) built from an asset."""

    manifest_layout: ManifestLayout | None = None
    """Whether repeated MPD elements stay in each Representation or are merged at the AdaptationSet
    level. Allowed values: `FULL`, `COMPACT`."""

    manifest_name: str | None = None
    """Optional text added to the manifest's name."""

    min_buffer_time_seconds: int | None = None
    """Seconds of media a player should buffer before playback starts."""

    profile: Profile | None = None
    """DASH profile to follow; HBBTV_1_5 makes the output HbbTV 1.5 compliant. Allowed values: `NONE`,
    `HBBTV_1_5`."""

    stream_selection: StreamSelection | None = None
    """Filters and orders the streams placed in this manifest."""

    scte_markers_source: ScteMarkersSource | None = None
    """Where the manifest's SCTE-35 markers come from. Allowed values: `SEGMENTS`, `MANIFEST`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DashPackage:
    """Settings for packaging assets as DASH output."""

    dash_manifests: list[DashManifest]
    """DASH manifests to generate."""

    encryption: DashEncryption | None = None
    """Optional encryption settings for the DASH output."""

    include_iframe_only_stream: bool | None = None
    """If true, the DASH output also carries a stream made only of I-frames."""

    period_triggers: list[PeriodTriggersElement] | None = None
    """Events that split the MPD into periods; empty keeps one period, ADS splits at SCTE-35 ad
    markers. Allowed values: `ADS`."""

    segment_duration_seconds: int | None = None
    """Target segment length in seconds; actual segments snap to the closest whole multiple of the
    source's segment length."""

    segment_template_format: SegmentTemplateFormat | None = None
    """Style of SegmentTemplate written into the MPD. Allowed values: `NUMBER_WITH_TIMELINE`,
    `TIME_WITH_TIMELINE`, `NUMBER_WITH_DURATION`."""

    include_encoder_configuration_in_segments: bool | None = None
    """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteAssetRequest:
    """Input for deleting a VOD asset."""

    id: str
    """ID of the VOD asset to delete."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeleteAssetResponse:
    """Empty result confirming the VOD asset was deleted."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class DeletePackagingConfigurationRequest:
    """Input for deleting a packaging configuration."""

    id: str
    """ID of the packaging configuration to delete."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeletePackagingConfigurationResponse:
    """Empty result confirming the packaging configuration was deleted."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class DeletePackagingGroupRequest:
    """Input for deleting a packaging group."""

    id: str
    """ID of the packaging group to delete."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DeletePackagingGroupResponse:
    """Empty result confirming the packaging group was deleted."""

    pass


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribeAssetRequest:
    """Input for looking up a VOD asset."""

    id: str
    """ID of the VOD asset to look up."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribeAssetResponse:
    """Details of the requested VOD asset."""

    arn: str | None = None
    """ARN of the asset."""

    created_at: str | None = None
    """Timestamp of the asset's first ingest submission."""

    egress_endpoints: list[EgressEndpoint] | None = None
    """Playback endpoints for the asset, one per packaging configuration."""

    id: str | None = None
    """Unique ID of the asset."""

    packaging_group_id: str | None = None
    """ID of the packaging group the asset belongs to."""

    resource_id: str | None = None
    """Resource ID sent in SPEKE key requests for the asset."""

    source_arn: str | None = None
    """ARN of the S3 object the asset was ingested from."""

    source_role_arn: str | None = None
    """ARN of the IAM role that grants read access to the source S3 bucket."""

    tags: dict[str, str] | None = None
    """Tags attached to the asset, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribePackagingConfigurationRequest:
    """Input for looking up a packaging configuration."""

    id: str
    """ID of the packaging configuration to look up."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribePackagingConfigurationResponse:
    """Details of the requested packaging configuration."""

    arn: str | None = None
    """ARN of the packaging configuration."""

    cmaf_package: CmafPackage | None = None
    """CMAF output settings, if set."""

    created_at: str | None = None
    """Time the packaging configuration was created."""

    dash_package: DashPackage | None = None
    """DASH output settings, if set."""

    hls_package: HlsPackage | None = None
    """HLS output settings, if set."""

    id: str | None = None
    """ID of the packaging configuration."""

    mss_package: MssPackage | None = None
    """Microsoft Smooth Streaming output settings, if set."""

    packaging_group_id: str | None = None
    """ID of the packaging group the configuration belongs to."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging configuration, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribePackagingGroupRequest:
    """Input for looking up a packaging group."""

    id: str
    """ID of the packaging group to look up."""


@dataclasses.dataclass(kw_only=True, slots=True)
class DescribePackagingGroupResponse:
    """Details of the requested packaging group."""

    arn: str | None = None
    """ARN of the packaging group."""

    authorization: Authorization | None = None
    """CDN authorization settings of the group, if set."""

    created_at: str | None = None
    """Time the packaging group was created."""

    domain_name: str | None = None
    """Fully qualified domain name that serves the group's assets."""

    id: str | None = None
    """ID of the packaging group."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging group, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class EgressEndpoint:
    """Playback address of an asset under one packaging configuration."""

    packaging_configuration_id: str | None = None
    """ID of the packaging configuration this endpoint serves."""

    url: str | None = None
    """URL of the top-level manifest for the packaged asset."""


@dataclasses.dataclass(kw_only=True, slots=True)
class EncryptionContractConfiguration:
    """The SPEKE 2.0 encryption contract: a key preset for audio and one for video."""

    preset_speke20_audio: PresetSpeke20Audio
    """Key preset for the audio tracks. Allowed values: `PRESET-AUDIO-1`, `PRESET-AUDIO-2`,
    `PRESET-AUDIO-3`, `SHARED`, `UNENCRYPTED`."""

    preset_speke20_video: PresetSpeke20Video
    """Key preset for the video tracks. Allowed values: `PRESET-VIDEO-1`, `PRESET-VIDEO-2`,
    `PRESET-VIDEO-3`, `PRESET-VIDEO-4`, `PRESET-VIDEO-5`, `PRESET-VIDEO-6`, `PRESET-VIDEO-7`,
    `PRESET-VIDEO-8`, `SHARED`, `UNENCRYPTED`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class HlsEncryption:
    """Encryption settings for HLS output."""

    constant_initialization_vector: str | None = None
    """Optional fixed initialization vector; if left out, the vector is rotated periodically."""

    encryption_method: EncryptionMethod | None = None
    """Encryption scheme to apply. Allowed values: `AES_128`, `SAMPLE_AES`."""

    speke_key_provider: SpekeKeyProvider
    """SPEKE key provider that supplies the encryption keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class HlsManifest:
    """Settings for one HLS manifest built from an asset."""

    ad_markers: AdMarkers | None = None
    """How SCTE-35 ad markers are carried into the manifest. Allowed values: `NONE`, `SCTE35_ENHANCED`,
    `PASSTHROUGH`."""

    include_iframe_only_stream: bool | None = None
    """If true, the output also carries a stream made only of I-frames."""

    manifest_name: str | None = None
    """Optional text added to the manifest's name."""

    program_date_time_interval_seconds: int | None = None
    """Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated ID3
    metadata."""

    repeat_ext_x_key: bool | None = None
    """If true, output manifests repeat the EXT-X-KEY tag."""

    stream_selection: StreamSelection | None = None
    """Filters and orders the streams placed in this manifest."""


@dataclasses.dataclass(kw_only=True, slots=True)
class HlsPackage:
    """Settings for packaging assets as HLS output."""

    encryption: HlsEncryption | None = None
    """Optional encryption settings for the HLS output."""

    hls_manifests: list[HlsManifest]
    """HLS manifests to generate."""

    segment_duration_seconds: int | None = None
    """Target fragment length in seconds; actual fragments snap to the closest whole multiple of the
    source's fragment length."""

    use_audio_rendition_group: bool | None = None
    """If true, the output puts audio streams into rendition groups."""

    include_dvb_subtitles: bool | None = None
    """Whether DVB subtitles are passed through into the HLS output."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListAssetsRequest:
    """Input for listing VOD assets."""

    max_results: int | None = None
    """Largest number of items to return in one page. Range: 1..1000."""

    next_token: str | None = None
    """Token from an earlier response, used to fetch the next page."""

    packaging_group_id: str | None = None
    """Optional packaging group ID; only assets in that group are returned."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListAssetsResponse:
    """One page of VOD assets."""

    assets: list[AssetShallow] | None = None
    """Assets on this page."""

    next_token: str | None = None
    """Token to send in a later request to continue the listing."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListPackagingConfigurationsRequest:
    """Input for listing packaging configurations."""

    max_results: int | None = None
    """Largest number of items to return in one page. Range: 1..1000."""

    next_token: str | None = None
    """Token from an earlier response, used to fetch the next page."""

    packaging_group_id: str | None = None
    """Optional packaging group ID; only configurations in that group are returned."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListPackagingConfigurationsResponse:
    """One page of packaging configurations."""

    next_token: str | None = None
    """Token to send in a later request to continue the listing."""

    packaging_configurations: list[PackagingConfiguration] | None = None
    """Packaging configurations on this page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListPackagingGroupsRequest:
    """Input for listing packaging groups."""

    max_results: int | None = None
    """Largest number of items to return in one page. Range: 1..1000."""

    next_token: str | None = None
    """Token from an earlier response, used to fetch the next page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListPackagingGroupsResponse:
    """One page of packaging groups."""

    next_token: str | None = None
    """Token to send in a later request to continue the listing."""

    packaging_groups: list[PackagingGroup] | None = None
    """Packaging groups on this page."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceRequest:
    """Input for reading the tags of a resource."""

    resource_arn: str
    """ARN of the resource, as returned by any request for that resource."""


@dataclasses.dataclass(kw_only=True, slots=True)
class ListTagsForResourceResponse:
    """The tags currently attached to a resource."""

    tags: dict[str, str] | None = None
    """Tag key-value pairs on the resource."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MssEncryption:
    """Encryption settings for Microsoft Smooth Streaming output."""

    speke_key_provider: SpekeKeyProvider
    """SPEKE key provider that supplies the encryption keys."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MssManifest:
    """Settings for one Microsoft Smooth Streaming manifest built from an asset."""

    manifest_name: str | None = None
    """Optional text added to the manifest's name."""

    stream_selection: StreamSelection | None = None
    """Filters and orders the streams placed in this manifest."""


@dataclasses.dataclass(kw_only=True, slots=True)
class MssPackage:
    """Settings for packaging assets as Microsoft Smooth Streaming output."""

    encryption: MssEncryption | None = None
    """Optional encryption settings for the Smooth Streaming output."""

    mss_manifests: list[MssManifest]
    """Smooth Streaming manifests to generate."""

    segment_duration_seconds: int | None = None
    """Length of each segment in seconds."""


@dataclasses.dataclass(kw_only=True, slots=True)
class PackagingConfiguration:
    """A packaging configuration: output format settings used for the assets of a packaging group."""

    arn: str | None = None
    """ARN of the packaging configuration."""

    cmaf_package: CmafPackage | None = None
    """CMAF output settings, if set."""

    created_at: str | None = None
    """Time the packaging configuration was created."""

    dash_package: DashPackage | None = None
    """DASH output settings, if set."""

    hls_package: HlsPackage | None = None
    """HLS output settings, if set."""

    id: str | None = None
    """ID of the packaging configuration."""

    mss_package: MssPackage | None = None
    """Microsoft Smooth Streaming output settings, if set."""

    packaging_group_id: str | None = None
    """ID of the packaging group the configuration belongs to."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging configuration, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class PackagingGroup:
    """A packaging group, which links assets to the packaging configurations used to serve them."""

    arn: str | None = None
    """ARN of the packaging group."""

    authorization: Authorization | None = None
    """CDN authorization settings of the group, if set."""

    created_at: str | None = None
    """Time the packaging group was created."""

    domain_name: str | None = None
    """Fully qualified domain name that serves the group's assets."""

    id: str | None = None
    """ID of the packaging group."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging group, as key-value pairs."""


@dataclasses.dataclass(kw_only=True, slots=True)
class SpekeKeyProvider:
    """Connection settings for an external SPEKE service that supplies encryption keys."""

    role_arn: str
    """ARN of the IAM role MediaPackage assumes to call the key provider."""

    system_ids: list[str]
    """DRM system IDs sent with each key request."""

    url: str
    """Endpoint URL of the SPEKE key server."""

    encryption_contract_configuration: EncryptionContractConfiguration | None = None
    """SPEKE 2.0 presets: which keys encrypt the audio and the video tracks."""


@dataclasses.dataclass(kw_only=True, slots=True)
class StreamSelection:
    """Bitrate limits and ordering that decide which streams go into a manifest."""

    max_video_bits_per_second: int | None = None
    """Upper video bitrate limit, in bits per second, for included streams."""

    min_video_bits_per_second: int | None = None
    """Lower video bitrate limit, in bits per second, for included streams."""

    stream_order: StreamOrder | None = None
    """Order in which streams appear in the output. Allowed values: `ORIGINAL`,
    `VIDEO_BITRATE_ASCENDING`, `VIDEO_BITRATE_DESCENDING`."""


@dataclasses.dataclass(kw_only=True, slots=True)
class TagResourceRequest:
    """Input for adding tags to a resource."""

    resource_arn: str
    """ARN of the resource to tag."""

    tags: dict[str, str]
    """Tag key-value pairs to add. Items: 1..."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UntagResourceRequest:
    """Input for removing tags from a resource."""

    resource_arn: str
    """ARN of the resource to untag."""

    tag_keys: list[str]
    """Keys of the tags to remove. Items: 1..."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdatePackagingGroupRequest:
    """Input for updating a packaging group."""

    authorization: Authorization | None = None
    """New CDN authorization settings for the group."""

    id: str
    """ID of the packaging group to update."""


@dataclasses.dataclass(kw_only=True, slots=True)
class UpdatePackagingGroupResponse:
    """The packaging group after the update."""

    arn: str | None = None
    """ARN of the packaging group."""

    authorization: Authorization | None = None
    """CDN authorization settings of the group, if set."""

    created_at: str | None = None
    """Time the packaging group was created."""

    domain_name: str | None = None
    """Fully qualified domain name that serves the group's assets."""

    id: str | None = None
    """ID of the packaging group."""

    tags: dict[str, str] | None = None
    """Tags attached to the packaging group, as key-value pairs."""


# --- errors ------------------------------------------------------------------------------------


class ForbiddenException(_rt.ForbiddenError):
    """Raised when the caller lacks permission for the requested resource. (HTTP 403)"""


class InternalServerErrorException(_rt.InternalServerError):
    """Raised when the service hits an unexpected internal failure. (HTTP 500)"""


class NotFoundException(_rt.NotFoundError):
    """Raised when the requested resource cannot be found. (HTTP 404)"""


class ServiceUnavailableException(_rt.ServiceUnavailableError):
    """Raised when an unexpected error leaves the service temporarily unable to handle the request. (HTTP 503)"""


class TooManyRequestsException(_rt.TooManyRequestsError):
    """Raised when the caller goes over its resource quota or request throttling limit. (HTTP 429)"""


class UnprocessableEntityException(_rt.BadRequestError):
    """Raised when the request carries invalid parameters. (HTTP 422)"""


_ERRORS: dict[str, type[_rt.ServiceError]] = {
    "ForbiddenException": ForbiddenException,
    "InternalServerErrorException": InternalServerErrorException,
    "NotFoundException": NotFoundException,
    "ServiceUnavailableException": ServiceUnavailableException,
    "TooManyRequestsException": TooManyRequestsException,
    "UnprocessableEntityException": UnprocessableEntityException,
}

# Shapes, operations and waiters come from the service's shared tables (awsmedia/shapes/mediapackage_vod.json),
# read once for every target; each structure is bound to its class above.
_TABLES = _rt.bind_classes(_rt.load_service("mediapackage_vod"), globals())


class MediaPackageVodClient(_rt.BaseClient):
    """Packages video files stored in Amazon S3 into HLS, DASH, CMAF and Microsoft Smooth Streaming
    renditions on request, with optional DRM.

    Build it from an existing boto3 client (`MediaPackageVodClient(boto3.client("mediapackage-vod"))`) or from
    connection settings (`MediaPackageVodClient(region_name=..., profile_name=..., endpoint_url=...)`).
    Every method validates its input against the model before sending and raises
    `awsmedia_runtime.ValidationError` naming each bad attribute.
    """

    service_name = "mediapackage-vod"
    error_classes = _ERRORS
    tables = _TABLES

    def create_asset(
        self,
        *,
        id: str,
        packaging_group_id: str,
        source_arn: str,
        source_role_arn: str,
        resource_id: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateAssetResponse:
        """Creates a VOD asset by ingesting a source file from Amazon S3 into a packaging group.

        Args:
            id: Unique ID to give the new asset.
            packaging_group_id: ID of the packaging group to add the asset to.
            source_arn: ARN of the S3 object to ingest.
            source_role_arn: ARN of the IAM role MediaPackage uses to read the source S3 bucket.
            resource_id: Resource ID to pass in SPEKE key requests.
            tags: Tags to attach to the asset, as key-value pairs.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: CreateAssetResponse = self._call(
            "CreateAsset",
            CreateAssetRequest(
                id=id,
                packaging_group_id=packaging_group_id,
                source_arn=source_arn,
                source_role_arn=source_role_arn,
                resource_id=resource_id,
                tags=tags,
            ),
        )
        return result

    def describe_asset(
        self,
        *,
        id: str,
    ) -> DescribeAssetResponse:
        """Returns the details of one VOD asset, including its playback endpoints.

        Args:
            id: ID of the VOD asset to look up.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DescribeAssetResponse = self._call(
            "DescribeAsset",
            DescribeAssetRequest(id=id),
        )
        return result

    def delete_asset(
        self,
        *,
        id: str,
    ) -> DeleteAssetResponse:
        """Removes a VOD asset.

        Args:
            id: ID of the VOD asset to delete.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DeleteAssetResponse = self._call(
            "DeleteAsset",
            DeleteAssetRequest(id=id),
        )
        return result

    def list_assets(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        packaging_group_id: str | None = None,
    ) -> ListAssetsResponse:
        """Lists VOD assets page by page, optionally only those in one packaging group.

        Args:
            max_results: Largest number of items to return in one page. Range: 1..1000.
            next_token: Token from an earlier response, used to fetch the next page.
            packaging_group_id: Optional packaging group ID; only assets in that group are returned.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: ListAssetsResponse = self._call(
            "ListAssets",
            ListAssetsRequest(
                max_results=max_results, next_token=next_token, packaging_group_id=packaging_group_id
            ),
        )
        return result

    def iter_assets(
        self,
        *,
        max_results: int | None = None,
        packaging_group_id: str | None = None,
    ) -> Iterator[AssetShallow]:
        """Every item of `list_assets`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListAssets",
            {"max_results": max_results, "packaging_group_id": packaging_group_id},
        )

    def create_packaging_configuration(
        self,
        *,
        id: str,
        packaging_group_id: str,
        cmaf_package: CmafPackage | None = None,
        dash_package: DashPackage | None = None,
        hls_package: HlsPackage | None = None,
        mss_package: MssPackage | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreatePackagingConfigurationResponse:
        """Creates a packaging configuration that sets how a packaging group's assets are packaged for
        output.

        Args:
            id: ID to give the new packaging configuration.
            packaging_group_id: ID of the packaging group the configuration belongs to.
            cmaf_package: CMAF output settings.
            dash_package: DASH output settings.
            hls_package: HLS output settings.
            mss_package: Microsoft Smooth Streaming output settings.
            tags: Tags to attach to the packaging configuration, as key-value pairs.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: CreatePackagingConfigurationResponse = self._call(
            "CreatePackagingConfiguration",
            CreatePackagingConfigurationRequest(
                id=id,
                packaging_group_id=packaging_group_id,
                cmaf_package=cmaf_package,
                dash_package=dash_package,
                hls_package=hls_package,
                mss_package=mss_package,
                tags=tags,
            ),
        )
        return result

    def describe_packaging_configuration(
        self,
        *,
        id: str,
    ) -> DescribePackagingConfigurationResponse:
        """Returns the settings of one packaging configuration.

        Args:
            id: ID of the packaging configuration to look up.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DescribePackagingConfigurationResponse = self._call(
            "DescribePackagingConfiguration",
            DescribePackagingConfigurationRequest(id=id),
        )
        return result

    def delete_packaging_configuration(
        self,
        *,
        id: str,
    ) -> DeletePackagingConfigurationResponse:
        """Removes a packaging configuration.

        Args:
            id: ID of the packaging configuration to delete.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DeletePackagingConfigurationResponse = self._call(
            "DeletePackagingConfiguration",
            DeletePackagingConfigurationRequest(id=id),
        )
        return result

    def list_packaging_configurations(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        packaging_group_id: str | None = None,
    ) -> ListPackagingConfigurationsResponse:
        """Lists packaging configurations page by page, optionally only those in one packaging group.

        Args:
            max_results: Largest number of items to return in one page. Range: 1..1000.
            next_token: Token from an earlier response, used to fetch the next page.
            packaging_group_id: Optional packaging group ID; only configurations in that group are returned.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: ListPackagingConfigurationsResponse = self._call(
            "ListPackagingConfigurations",
            ListPackagingConfigurationsRequest(
                max_results=max_results, next_token=next_token, packaging_group_id=packaging_group_id
            ),
        )
        return result

    def iter_packaging_configurations(
        self,
        *,
        max_results: int | None = None,
        packaging_group_id: str | None = None,
    ) -> Iterator[PackagingConfiguration]:
        """Every item of `list_packaging_configurations`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListPackagingConfigurations",
            {"max_results": max_results, "packaging_group_id": packaging_group_id},
        )

    def create_packaging_group(
        self,
        *,
        id: str,
        authorization: Authorization | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreatePackagingGroupResponse:
        """Creates a packaging group that links assets to the packaging configurations used to serve
        them.

        Args:
            id: ID to give the new packaging group.
            authorization: Optional CDN authorization settings for the group.
            tags: Tags to attach to the packaging group, as key-value pairs.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: CreatePackagingGroupResponse = self._call(
            "CreatePackagingGroup",
            CreatePackagingGroupRequest(id=id, authorization=authorization, tags=tags),
        )
        return result

    def describe_packaging_group(
        self,
        *,
        id: str,
    ) -> DescribePackagingGroupResponse:
        """Returns the details of one packaging group.

        Args:
            id: ID of the packaging group to look up.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DescribePackagingGroupResponse = self._call(
            "DescribePackagingGroup",
            DescribePackagingGroupRequest(id=id),
        )
        return result

    def delete_packaging_group(
        self,
        *,
        id: str,
    ) -> DeletePackagingGroupResponse:
        """Removes a packaging group.

        Args:
            id: ID of the packaging group to delete.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: DeletePackagingGroupResponse = self._call(
            "DeletePackagingGroup",
            DeletePackagingGroupRequest(id=id),
        )
        return result

    def list_packaging_groups(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListPackagingGroupsResponse:
        """Lists packaging groups page by page.

        Args:
            max_results: Largest number of items to return in one page. Range: 1..1000.
            next_token: Token from an earlier response, used to fetch the next page.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: ListPackagingGroupsResponse = self._call(
            "ListPackagingGroups",
            ListPackagingGroupsRequest(max_results=max_results, next_token=next_token),
        )
        return result

    def iter_packaging_groups(
        self,
        *,
        max_results: int | None = None,
    ) -> Iterator[PackagingGroup]:
        """Every item of `list_packaging_groups`, fetching pages as needed (`max_results` sets the page size)."""
        return self._items(
            "ListPackagingGroups",
            {"max_results": max_results},
        )

    def update_packaging_group(
        self,
        *,
        id: str,
        authorization: Authorization | None = None,
    ) -> UpdatePackagingGroupResponse:
        """Changes a packaging group's CDN authorization; the ID and other system-set fields cannot be
        changed.

        Args:
            id: ID of the packaging group to update.
            authorization: New CDN authorization settings for the group.

        Raises:
            UnprocessableEntityException: Raised when the request carries invalid parameters.
            InternalServerErrorException: Raised when the service hits an unexpected internal failure.
            ForbiddenException: Raised when the caller lacks permission for the requested resource.
            NotFoundException: Raised when the requested resource cannot be found.
            ServiceUnavailableException: Raised when an unexpected error leaves the service temporarily unable to handle the
                request.
            TooManyRequestsException: Raised when the caller goes over its resource quota or request throttling limit.
        """
        result: UpdatePackagingGroupResponse = self._call(
            "UpdatePackagingGroup",
            UpdatePackagingGroupRequest(id=id, authorization=authorization),
        )
        return result

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: dict[str, str],
    ) -> None:
        """Attaches one or more tags to a resource.

        Args:
            resource_arn: ARN of the resource to tag.
            tags: Tag key-value pairs to add. Items: 1...
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
        """Removes one or more tags, by key, from a resource.

        Args:
            resource_arn: ARN of the resource to untag.
            tag_keys: Keys of the tags to remove. Items: 1...
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
        """Reads the tags currently set on a resource.

        Args:
            resource_arn: ARN of the resource, as returned by any request for that resource.
        """
        result: ListTagsForResourceResponse = self._call(
            "ListTagsForResource",
            ListTagsForResourceRequest(resource_arn=resource_arn),
        )
        return result


__all__ = [
    "MediaPackageVodClient",
    "AdMarkers",
    "EncryptionMethod",
    "ManifestLayout",
    "PeriodTriggersElement",
    "PresetSpeke20Audio",
    "PresetSpeke20Video",
    "Profile",
    "ScteMarkersSource",
    "SegmentTemplateFormat",
    "StreamOrder",
    "AssetShallow",
    "Authorization",
    "CmafEncryption",
    "CmafPackage",
    "CreateAssetRequest",
    "CreateAssetResponse",
    "CreatePackagingConfigurationRequest",
    "CreatePackagingConfigurationResponse",
    "CreatePackagingGroupRequest",
    "CreatePackagingGroupResponse",
    "DashEncryption",
    "DashManifest",
    "DashPackage",
    "DeleteAssetRequest",
    "DeleteAssetResponse",
    "DeletePackagingConfigurationRequest",
    "DeletePackagingConfigurationResponse",
    "DeletePackagingGroupRequest",
    "DeletePackagingGroupResponse",
    "DescribeAssetRequest",
    "DescribeAssetResponse",
    "DescribePackagingConfigurationRequest",
    "DescribePackagingConfigurationResponse",
    "DescribePackagingGroupRequest",
    "DescribePackagingGroupResponse",
    "EgressEndpoint",
    "EncryptionContractConfiguration",
    "HlsEncryption",
    "HlsManifest",
    "HlsPackage",
    "ListAssetsRequest",
    "ListAssetsResponse",
    "ListPackagingConfigurationsRequest",
    "ListPackagingConfigurationsResponse",
    "ListPackagingGroupsRequest",
    "ListPackagingGroupsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "MssEncryption",
    "MssManifest",
    "MssPackage",
    "PackagingConfiguration",
    "PackagingGroup",
    "SpekeKeyProvider",
    "StreamSelection",
    "TagResourceRequest",
    "UntagResourceRequest",
    "UpdatePackagingGroupRequest",
    "UpdatePackagingGroupResponse",
    "ForbiddenException",
    "InternalServerErrorException",
    "NotFoundException",
    "ServiceUnavailableException",
    "TooManyRequestsException",
    "UnprocessableEntityException",
]
