"""AWS Elemental MediaPackage VOD: CDK-for-Terraform constructs for the awsmedia provider's resources and
data sources.

Generated from model/mediapackage-vod.yaml by `python -m codegen generate`; do not edit. Each class
stands for the declaration the provider serves (awsmedia.provider.mediapackage_vod); the
constructs validate, synthesize and read tokens in awsmedia_runtime.constructs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

from constructs import Construct

from awsmedia.provider.mediapackage_vod import DATA_SOURCES, RESOURCES
from awsmedia_runtime.constructs import BlockList, BlockRef, DataSource, Resource, cdk
from awsmedia_runtime.constructs import IResolvable as IResolvable

_RESOURCES = {spec.type_name: spec for spec in RESOURCES}
_DATA_SOURCES = {spec.type_name: spec for spec in DATA_SOURCES}

# --- nested blocks: their configuration, and their attributes as tokens ----------------------------


class MediapackagevodPackagingGroupAuthorizationBlock(TypedDict, total=False):
    """Optional CDN authorization settings for the group."""

    cdn_identifier_secret: Required[str]
    """ARN of the Secrets Manager secret used to authorize CDN requests. API member:
    `CdnIdentifierSecret`."""

    secrets_role_arn: Required[str]
    """ARN of the IAM role that lets MediaPackage read from Secrets Manager. API member:
    `SecretsRoleArn`."""


class MediapackagevodPackagingGroupAuthorizationBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingGroupAuthorizationBlock as tokens."""

    @property
    def cdn_identifier_secret(self) -> str:
        """ARN of the Secrets Manager secret used to authorize CDN requests."""
        return self._owner.get_string_attribute(self._path("cdn_identifier_secret"))

    @property
    def secrets_role_arn(self) -> str:
        """ARN of the IAM role that lets MediaPackage read from Secrets Manager."""
        return self._owner.get_string_attribute(self._path("secrets_role_arn"))


class MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlock(
    TypedDict, total=False
):
    """SPEKE 2.0 presets: which keys encrypt the audio and the video tracks."""

    preset_speke20_audio: Required[
        Literal["PRESET-AUDIO-1", "PRESET-AUDIO-2", "PRESET-AUDIO-3", "SHARED", "UNENCRYPTED"]
    ]
    """Key preset for the audio tracks. Allowed values: `PRESET-AUDIO-1`, `PRESET-AUDIO-2`,
    `PRESET-AUDIO-3`, `SHARED`, `UNENCRYPTED`. Changing it replaces the resource. API member:
    `PresetSpeke20Audio`."""

    preset_speke20_video: Required[
        Literal[
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
    ]
    """Key preset for the video tracks. Allowed values: `PRESET-VIDEO-1`, `PRESET-VIDEO-2`,
    `PRESET-VIDEO-3`, `PRESET-VIDEO-4`, `PRESET-VIDEO-5`, `PRESET-VIDEO-6`, `PRESET-VIDEO-7`,
    `PRESET-VIDEO-8`, `SHARED`, `UNENCRYPTED`. Changing it replaces the resource. API member:
    `PresetSpeke20Video`."""


class MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlockRef(
    BlockRef
):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlock as tokens."""

    @property
    def preset_speke20_audio(self) -> str:
        """Key preset for the audio tracks."""
        return self._owner.get_string_attribute(self._path("preset_speke20_audio"))

    @property
    def preset_speke20_video(self) -> str:
        """Key preset for the video tracks."""
        return self._owner.get_string_attribute(self._path("preset_speke20_video"))


class MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock(TypedDict, total=False):
    """SPEKE key provider that supplies the encryption keys."""

    role_arn: Required[str]
    """ARN of the IAM role MediaPackage assumes to call the key provider. Changing it replaces the
    resource. API member: `RoleArn`."""

    system_ids: Required[Sequence[str]]
    """DRM system IDs sent with each key request. Changing it replaces the resource. API member:
    `SystemIds`."""

    url: Required[str]
    """Endpoint URL of the SPEKE key server. Changing it replaces the resource. API member: `Url`."""

    encryption_contract_configuration: (
        MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlock
        | None
    )
    """SPEKE 2.0 presets: which keys encrypt the audio and the video tracks. (changing it replaces the
    resource)"""


class MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock as tokens."""

    @property
    def role_arn(self) -> str:
        """ARN of the IAM role MediaPackage assumes to call the key provider."""
        return self._owner.get_string_attribute(self._path("role_arn"))

    @property
    def system_ids(self) -> list[str]:
        """DRM system IDs sent with each key request."""
        return self._owner.get_list_attribute(self._path("system_ids"))

    @property
    def url(self) -> str:
        """Endpoint URL of the SPEKE key server."""
        return self._owner.get_string_attribute(self._path("url"))

    @property
    def encryption_contract_configuration(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlockRef:
        """SPEKE 2.0 presets: which keys encrypt the audio and the video tracks."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderEncryptionContractConfigurationBlockRef(
            self._owner, self._path("encryption_contract_configuration")
        )


class MediapackagevodPackagingConfigurationCmafPackageEncryptionBlock(TypedDict, total=False):
    """Optional encryption settings for the CMAF output."""

    constant_initialization_vector: str | None
    """Optional fixed initialization vector to use when encrypting CMAF output. Changing it replaces
    the resource. API member: `ConstantInitializationVector`."""

    speke_key_provider: Required[
        MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock
    ]
    """SPEKE key provider that supplies the encryption keys. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationCmafPackageEncryptionBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageEncryptionBlock as tokens."""

    @property
    def constant_initialization_vector(self) -> str:
        """Optional fixed initialization vector to use when encrypting CMAF output."""
        return self._owner.get_string_attribute(self._path("constant_initialization_vector"))

    @property
    def speke_key_provider(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef:
        """SPEKE key provider that supplies the encryption keys."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef(
            self._owner, self._path("speke_key_provider")
        )


class MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock(
    TypedDict, total=False
):
    """Filters and orders the streams placed in this manifest."""

    max_video_bits_per_second: float | None
    """Upper video bitrate limit, in bits per second, for included streams. Changing it replaces the
    resource. API member: `MaxVideoBitsPerSecond`."""

    min_video_bits_per_second: float | None
    """Lower video bitrate limit, in bits per second, for included streams. Changing it replaces the
    resource. API member: `MinVideoBitsPerSecond`."""

    stream_order: Literal["ORIGINAL", "VIDEO_BITRATE_ASCENDING", "VIDEO_BITRATE_DESCENDING"] | None
    """Order in which streams appear in the output. Allowed values: `ORIGINAL`,
    `VIDEO_BITRATE_ASCENDING`, `VIDEO_BITRATE_DESCENDING`. Changing it replaces the resource.
    API member: `StreamOrder`."""


class MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock as tokens."""

    @property
    def max_video_bits_per_second(self) -> float:
        """Upper video bitrate limit, in bits per second, for included streams."""
        return self._owner.get_number_attribute(self._path("max_video_bits_per_second"))

    @property
    def min_video_bits_per_second(self) -> float:
        """Lower video bitrate limit, in bits per second, for included streams."""
        return self._owner.get_number_attribute(self._path("min_video_bits_per_second"))

    @property
    def stream_order(self) -> str:
        """Order in which streams appear in the output."""
        return self._owner.get_string_attribute(self._path("stream_order"))


class MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlock(TypedDict, total=False):
    """HLS manifests to generate for the CMAF output."""

    ad_markers: Literal["NONE", "SCTE35_ENHANCED", "PASSTHROUGH"] | None
    """How SCTE-35 ad markers are carried into the manifest. Allowed values: `NONE`, `SCTE35_ENHANCED`,
    `PASSTHROUGH`. Changing it replaces the resource. API member: `AdMarkers`."""

    include_iframe_only_stream: bool | IResolvable | None
    """If true, the output also carries a stream made only of I-frames. Changing it replaces the
    resource. API member: `IncludeIframeOnlyStream`."""

    manifest_name: str | None
    """Optional text added to the manifest's name. Changing it replaces the resource. API member:
    `ManifestName`."""

    program_date_time_interval_seconds: float | None
    """Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated ID3
    metadata. Changing it replaces the resource. API member: `ProgramDateTimeIntervalSeconds`."""

    repeat_ext_x_key: bool | IResolvable | None
    """If true, output manifests repeat the EXT-X-KEY tag. Changing it replaces the resource. API
    member: `RepeatExtXKey`."""

    stream_selection: MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock | None
    """Filters and orders the streams placed in this manifest. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlock as tokens."""

    @property
    def ad_markers(self) -> str:
        """How SCTE-35 ad markers are carried into the manifest."""
        return self._owner.get_string_attribute(self._path("ad_markers"))

    @property
    def include_iframe_only_stream(self) -> IResolvable:
        """If true, the output also carries a stream made only of I-frames."""
        return self._owner.get_boolean_attribute(self._path("include_iframe_only_stream"))

    @property
    def manifest_name(self) -> str:
        """Optional text added to the manifest's name."""
        return self._owner.get_string_attribute(self._path("manifest_name"))

    @property
    def program_date_time_interval_seconds(self) -> float:
        """Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated
        ID3 metadata."""
        return self._owner.get_number_attribute(self._path("program_date_time_interval_seconds"))

    @property
    def repeat_ext_x_key(self) -> IResolvable:
        """If true, output manifests repeat the EXT-X-KEY tag."""
        return self._owner.get_boolean_attribute(self._path("repeat_ext_x_key"))

    @property
    def stream_selection(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef:
        """Filters and orders the streams placed in this manifest."""
        return MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef(
            self._owner, self._path("stream_selection")
        )


class MediapackagevodPackagingConfigurationCmafPackageBlock(TypedDict, total=False):
    """CMAF output settings."""

    segment_duration_seconds: float | None
    """Target fragment length in seconds; actual fragments snap to the closest whole multiple of the
    source's fragment length. Changing it replaces the resource. API member:
    `SegmentDurationSeconds`."""

    include_encoder_configuration_in_segments: bool | IResolvable | None
    """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone.
    Changing it replaces the resource. API member: `IncludeEncoderConfigurationInSegments`."""

    encryption: MediapackagevodPackagingConfigurationCmafPackageEncryptionBlock | None
    """Optional encryption settings for the CMAF output. (changing it replaces the resource)"""

    hls_manifests: Required[
        Sequence[MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlock] | IResolvable
    ]
    """HLS manifests to generate for the CMAF output. (at least 1; changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationCmafPackageBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationCmafPackageBlock as tokens."""

    @property
    def segment_duration_seconds(self) -> float:
        """Target fragment length in seconds; actual fragments snap to the closest whole multiple of
        the source's fragment length."""
        return self._owner.get_number_attribute(self._path("segment_duration_seconds"))

    @property
    def include_encoder_configuration_in_segments(self) -> IResolvable:
        """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone."""
        return self._owner.get_boolean_attribute(self._path("include_encoder_configuration_in_segments"))

    @property
    def encryption(self) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionBlockRef:
        """Optional encryption settings for the CMAF output."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionBlockRef(
            self._owner, self._path("encryption")
        )

    @property
    def hls_manifests(
        self,
    ) -> BlockList[MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlockRef]:
        """HLS manifests to generate for the CMAF output. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("hls_manifests"),
            MediapackagevodPackagingConfigurationCmafPackageHlsManifestsBlockRef,
        )


class MediapackagevodPackagingConfigurationDashPackageDashManifestsBlock(TypedDict, total=False):
    """DASH manifests to generate."""

    manifest_layout: Literal["FULL", "COMPACT"] | None
    """Whether repeated MPD elements stay in each Representation or are merged at the AdaptationSet
    level. Allowed values: `FULL`, `COMPACT`. Changing it replaces the resource. API member:
    `ManifestLayout`."""

    manifest_name: str | None
    """Optional text added to the manifest's name. Changing it replaces the resource. API member:
    `ManifestName`."""

    min_buffer_time_seconds: float | None
    """Seconds of media a player should buffer before playback starts. Changing it replaces the
    resource. API member: `MinBufferTimeSeconds`."""

    profile: Literal["NONE", "HBBTV_1_5"] | None
    """DASH profile to follow; HBBTV_1_5 makes the output HbbTV 1.5 compliant. Allowed values: `NONE`,
    `HBBTV_1_5`. Changing it replaces the resource. API member: `Profile`."""

    scte_markers_source: Literal["SEGMENTS", "MANIFEST"] | None
    """Where the manifest's SCTE-35 markers come from. Allowed values: `SEGMENTS`, `MANIFEST`. Changing
    it replaces the resource. API member: `ScteMarkersSource`."""

    stream_selection: MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock | None
    """Filters and orders the streams placed in this manifest. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationDashPackageDashManifestsBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationDashPackageDashManifestsBlock as tokens."""

    @property
    def manifest_layout(self) -> str:
        """Whether repeated MPD elements stay in each Representation or are merged at the AdaptationSet
        level."""
        return self._owner.get_string_attribute(self._path("manifest_layout"))

    @property
    def manifest_name(self) -> str:
        """Optional text added to the manifest's name."""
        return self._owner.get_string_attribute(self._path("manifest_name"))

    @property
    def min_buffer_time_seconds(self) -> float:
        """Seconds of media a player should buffer before playback starts."""
        return self._owner.get_number_attribute(self._path("min_buffer_time_seconds"))

    @property
    def profile(self) -> str:
        """DASH profile to follow; HBBTV_1_5 makes the output HbbTV 1.5 compliant."""
        return self._owner.get_string_attribute(self._path("profile"))

    @property
    def scte_markers_source(self) -> str:
        """Where the manifest's SCTE-35 markers come from."""
        return self._owner.get_string_attribute(self._path("scte_markers_source"))

    @property
    def stream_selection(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef:
        """Filters and orders the streams placed in this manifest."""
        return MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef(
            self._owner, self._path("stream_selection")
        )


class MediapackagevodPackagingConfigurationDashPackageEncryptionBlock(TypedDict, total=False):
    """Optional encryption settings for the DASH output."""

    speke_key_provider: Required[
        MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock
    ]
    """SPEKE key provider that supplies the encryption keys. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationDashPackageEncryptionBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationDashPackageEncryptionBlock as tokens."""

    @property
    def speke_key_provider(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef:
        """SPEKE key provider that supplies the encryption keys."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef(
            self._owner, self._path("speke_key_provider")
        )


class MediapackagevodPackagingConfigurationDashPackageBlock(TypedDict, total=False):
    """DASH output settings."""

    include_iframe_only_stream: bool | IResolvable | None
    """If true, the DASH output also carries a stream made only of I-frames. Changing it replaces the
    resource. API member: `IncludeIframeOnlyStream`."""

    period_triggers: Sequence[Literal["ADS"]] | None
    """Events that split the MPD into periods; empty keeps one period, ADS splits at SCTE-35 ad
    markers. Allowed values: `ADS`. Changing it replaces the resource. API member:
    `PeriodTriggers`."""

    segment_duration_seconds: float | None
    """Target segment length in seconds; actual segments snap to the closest whole multiple of the
    source's segment length. Changing it replaces the resource. API member:
    `SegmentDurationSeconds`."""

    segment_template_format: (
        Literal["NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE", "NUMBER_WITH_DURATION"] | None
    )
    """Style of SegmentTemplate written into the MPD. Allowed values: `NUMBER_WITH_TIMELINE`,
    `TIME_WITH_TIMELINE`, `NUMBER_WITH_DURATION`. Changing it replaces the resource. API member:
    `SegmentTemplateFormat`."""

    include_encoder_configuration_in_segments: bool | IResolvable | None
    """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone.
    Changing it replaces the resource. API member: `IncludeEncoderConfigurationInSegments`."""

    dash_manifests: Required[
        Sequence[MediapackagevodPackagingConfigurationDashPackageDashManifestsBlock] | IResolvable
    ]
    """DASH manifests to generate. (at least 1; changing it replaces the resource)"""

    encryption: MediapackagevodPackagingConfigurationDashPackageEncryptionBlock | None
    """Optional encryption settings for the DASH output. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationDashPackageBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationDashPackageBlock as tokens."""

    @property
    def include_iframe_only_stream(self) -> IResolvable:
        """If true, the DASH output also carries a stream made only of I-frames."""
        return self._owner.get_boolean_attribute(self._path("include_iframe_only_stream"))

    @property
    def period_triggers(self) -> list[str]:
        """Events that split the MPD into periods; empty keeps one period, ADS splits at SCTE-35 ad
        markers."""
        return self._owner.get_list_attribute(self._path("period_triggers"))

    @property
    def segment_duration_seconds(self) -> float:
        """Target segment length in seconds; actual segments snap to the closest whole multiple of the
        source's segment length."""
        return self._owner.get_number_attribute(self._path("segment_duration_seconds"))

    @property
    def segment_template_format(self) -> str:
        """Style of SegmentTemplate written into the MPD."""
        return self._owner.get_string_attribute(self._path("segment_template_format"))

    @property
    def include_encoder_configuration_in_segments(self) -> IResolvable:
        """Whether segments repeat the encoder's settings (SPS/PPS) instead of the init segment alone."""
        return self._owner.get_boolean_attribute(self._path("include_encoder_configuration_in_segments"))

    @property
    def dash_manifests(
        self,
    ) -> BlockList[MediapackagevodPackagingConfigurationDashPackageDashManifestsBlockRef]:
        """DASH manifests to generate. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("dash_manifests"),
            MediapackagevodPackagingConfigurationDashPackageDashManifestsBlockRef,
        )

    @property
    def encryption(self) -> MediapackagevodPackagingConfigurationDashPackageEncryptionBlockRef:
        """Optional encryption settings for the DASH output."""
        return MediapackagevodPackagingConfigurationDashPackageEncryptionBlockRef(
            self._owner, self._path("encryption")
        )


class MediapackagevodPackagingConfigurationHlsPackageEncryptionBlock(TypedDict, total=False):
    """Optional encryption settings for the HLS output."""

    constant_initialization_vector: str | None
    """Optional fixed initialization vector; if left out, the vector is rotated periodically. Changing
    it replaces the resource. API member: `ConstantInitializationVector`."""

    encryption_method: Literal["AES_128", "SAMPLE_AES"] | None
    """Encryption scheme to apply. Allowed values: `AES_128`, `SAMPLE_AES`. Changing it replaces the
    resource. API member: `EncryptionMethod`."""

    speke_key_provider: Required[
        MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock
    ]
    """SPEKE key provider that supplies the encryption keys. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationHlsPackageEncryptionBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationHlsPackageEncryptionBlock as tokens."""

    @property
    def constant_initialization_vector(self) -> str:
        """Optional fixed initialization vector; if left out, the vector is rotated periodically."""
        return self._owner.get_string_attribute(self._path("constant_initialization_vector"))

    @property
    def encryption_method(self) -> str:
        """Encryption scheme to apply."""
        return self._owner.get_string_attribute(self._path("encryption_method"))

    @property
    def speke_key_provider(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef:
        """SPEKE key provider that supplies the encryption keys."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef(
            self._owner, self._path("speke_key_provider")
        )


class MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlock(TypedDict, total=False):
    """HLS manifests to generate."""

    ad_markers: Literal["NONE", "SCTE35_ENHANCED", "PASSTHROUGH"] | None
    """How SCTE-35 ad markers are carried into the manifest. Allowed values: `NONE`, `SCTE35_ENHANCED`,
    `PASSTHROUGH`. Changing it replaces the resource. API member: `AdMarkers`."""

    include_iframe_only_stream: bool | IResolvable | None
    """If true, the output also carries a stream made only of I-frames. Changing it replaces the
    resource. API member: `IncludeIframeOnlyStream`."""

    manifest_name: str | None
    """Optional text added to the manifest's name. Changing it replaces the resource. API member:
    `ManifestName`."""

    program_date_time_interval_seconds: float | None
    """Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated ID3
    metadata. Changing it replaces the resource. API member: `ProgramDateTimeIntervalSeconds`."""

    repeat_ext_x_key: bool | IResolvable | None
    """If true, output manifests repeat the EXT-X-KEY tag. Changing it replaces the resource. API
    member: `RepeatExtXKey`."""

    stream_selection: MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock | None
    """Filters and orders the streams placed in this manifest. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlock as tokens."""

    @property
    def ad_markers(self) -> str:
        """How SCTE-35 ad markers are carried into the manifest."""
        return self._owner.get_string_attribute(self._path("ad_markers"))

    @property
    def include_iframe_only_stream(self) -> IResolvable:
        """If true, the output also carries a stream made only of I-frames."""
        return self._owner.get_boolean_attribute(self._path("include_iframe_only_stream"))

    @property
    def manifest_name(self) -> str:
        """Optional text added to the manifest's name."""
        return self._owner.get_string_attribute(self._path("manifest_name"))

    @property
    def program_date_time_interval_seconds(self) -> float:
        """Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated
        ID3 metadata."""
        return self._owner.get_number_attribute(self._path("program_date_time_interval_seconds"))

    @property
    def repeat_ext_x_key(self) -> IResolvable:
        """If true, output manifests repeat the EXT-X-KEY tag."""
        return self._owner.get_boolean_attribute(self._path("repeat_ext_x_key"))

    @property
    def stream_selection(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef:
        """Filters and orders the streams placed in this manifest."""
        return MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef(
            self._owner, self._path("stream_selection")
        )


class MediapackagevodPackagingConfigurationHlsPackageBlock(TypedDict, total=False):
    """HLS output settings."""

    segment_duration_seconds: float | None
    """Target fragment length in seconds; actual fragments snap to the closest whole multiple of the
    source's fragment length. Changing it replaces the resource. API member:
    `SegmentDurationSeconds`."""

    use_audio_rendition_group: bool | IResolvable | None
    """If true, the output puts audio streams into rendition groups. Changing it replaces the resource.
    API member: `UseAudioRenditionGroup`."""

    include_dvb_subtitles: bool | IResolvable | None
    """Whether DVB subtitles are passed through into the HLS output. Changing it replaces the resource.
    API member: `IncludeDvbSubtitles`."""

    encryption: MediapackagevodPackagingConfigurationHlsPackageEncryptionBlock | None
    """Optional encryption settings for the HLS output. (changing it replaces the resource)"""

    hls_manifests: Required[
        Sequence[MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlock] | IResolvable
    ]
    """HLS manifests to generate. (at least 1; changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationHlsPackageBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationHlsPackageBlock as tokens."""

    @property
    def segment_duration_seconds(self) -> float:
        """Target fragment length in seconds; actual fragments snap to the closest whole multiple of
        the source's fragment length."""
        return self._owner.get_number_attribute(self._path("segment_duration_seconds"))

    @property
    def use_audio_rendition_group(self) -> IResolvable:
        """If true, the output puts audio streams into rendition groups."""
        return self._owner.get_boolean_attribute(self._path("use_audio_rendition_group"))

    @property
    def include_dvb_subtitles(self) -> IResolvable:
        """Whether DVB subtitles are passed through into the HLS output."""
        return self._owner.get_boolean_attribute(self._path("include_dvb_subtitles"))

    @property
    def encryption(self) -> MediapackagevodPackagingConfigurationHlsPackageEncryptionBlockRef:
        """Optional encryption settings for the HLS output."""
        return MediapackagevodPackagingConfigurationHlsPackageEncryptionBlockRef(
            self._owner, self._path("encryption")
        )

    @property
    def hls_manifests(self) -> BlockList[MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlockRef]:
        """HLS manifests to generate. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("hls_manifests"),
            MediapackagevodPackagingConfigurationHlsPackageHlsManifestsBlockRef,
        )


class MediapackagevodPackagingConfigurationMssPackageEncryptionBlock(TypedDict, total=False):
    """Optional encryption settings for the Smooth Streaming output."""

    speke_key_provider: Required[
        MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlock
    ]
    """SPEKE key provider that supplies the encryption keys. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationMssPackageEncryptionBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationMssPackageEncryptionBlock as tokens."""

    @property
    def speke_key_provider(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef:
        """SPEKE key provider that supplies the encryption keys."""
        return MediapackagevodPackagingConfigurationCmafPackageEncryptionSpekeKeyProviderBlockRef(
            self._owner, self._path("speke_key_provider")
        )


class MediapackagevodPackagingConfigurationMssPackageMssManifestsBlock(TypedDict, total=False):
    """Smooth Streaming manifests to generate."""

    manifest_name: str | None
    """Optional text added to the manifest's name. Changing it replaces the resource. API member:
    `ManifestName`."""

    stream_selection: MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlock | None
    """Filters and orders the streams placed in this manifest. (changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationMssPackageMssManifestsBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationMssPackageMssManifestsBlock as tokens."""

    @property
    def manifest_name(self) -> str:
        """Optional text added to the manifest's name."""
        return self._owner.get_string_attribute(self._path("manifest_name"))

    @property
    def stream_selection(
        self,
    ) -> MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef:
        """Filters and orders the streams placed in this manifest."""
        return MediapackagevodPackagingConfigurationCmafPackageHlsManifestsStreamSelectionBlockRef(
            self._owner, self._path("stream_selection")
        )


class MediapackagevodPackagingConfigurationMssPackageBlock(TypedDict, total=False):
    """Microsoft Smooth Streaming output settings."""

    segment_duration_seconds: float | None
    """Length of each segment in seconds. Changing it replaces the resource. API member:
    `SegmentDurationSeconds`."""

    encryption: MediapackagevodPackagingConfigurationMssPackageEncryptionBlock | None
    """Optional encryption settings for the Smooth Streaming output. (changing it replaces the
    resource)"""

    mss_manifests: Required[
        Sequence[MediapackagevodPackagingConfigurationMssPackageMssManifestsBlock] | IResolvable
    ]
    """Smooth Streaming manifests to generate. (at least 1; changing it replaces the resource)"""


class MediapackagevodPackagingConfigurationMssPackageBlockRef(BlockRef):
    """Attributes of a MediapackagevodPackagingConfigurationMssPackageBlock as tokens."""

    @property
    def segment_duration_seconds(self) -> float:
        """Length of each segment in seconds."""
        return self._owner.get_number_attribute(self._path("segment_duration_seconds"))

    @property
    def encryption(self) -> MediapackagevodPackagingConfigurationMssPackageEncryptionBlockRef:
        """Optional encryption settings for the Smooth Streaming output."""
        return MediapackagevodPackagingConfigurationMssPackageEncryptionBlockRef(
            self._owner, self._path("encryption")
        )

    @property
    def mss_manifests(self) -> BlockList[MediapackagevodPackagingConfigurationMssPackageMssManifestsBlockRef]:
        """Smooth Streaming manifests to generate. Items by index: .get(i)."""
        return BlockList(
            self._owner,
            self._path("mss_manifests"),
            MediapackagevodPackagingConfigurationMssPackageMssManifestsBlockRef,
        )


# --- resources and data sources ----------------------------------------------------------------------


class MediapackagevodPackagingGroup(Resource):
    """A set of packaging configurations applied together to assets.

    Terraform type `awsmedia_mediapackagevod_packaging_group`.
    """

    _spec = _RESOURCES["awsmedia_mediapackagevod_packaging_group"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        tags: Mapping[str, str] | None = None,
        authorization: MediapackagevodPackagingGroupAuthorizationBlock | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            id: ID to give the new packaging group. Changing it replaces the resource. API member:
                `Id`.
            tags: Tags to attach to the packaging group, as key-value pairs. API member: `Tags`.
            authorization: Optional CDN authorization settings for the group.
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
                "tags": tags,
                "authorization": authorization,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """ID to give the new packaging group."""
        return self.get_string_attribute("id")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags to attach to the packaging group, as key-value pairs."""
        return self.get_string_map_attribute("tags")

    @property
    def arn(self) -> str:
        """ARN of the packaging group."""
        return self.get_string_attribute("arn")

    @property
    def created_at(self) -> str:
        """Time the packaging group was created."""
        return self.get_string_attribute("created_at")

    @property
    def domain_name(self) -> str:
        """Fully qualified domain name that serves the group's assets."""
        return self.get_string_attribute("domain_name")

    @property
    def authorization(self) -> MediapackagevodPackagingGroupAuthorizationBlockRef:
        """Optional CDN authorization settings for the group."""
        return MediapackagevodPackagingGroupAuthorizationBlockRef(self, "authorization")


class MediapackagevodPackagingConfiguration(Resource):
    """How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).

    Terraform type `awsmedia_mediapackagevod_packaging_configuration`.
    """

    _spec = _RESOURCES["awsmedia_mediapackagevod_packaging_configuration"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        packaging_group_id: str,
        tags: Mapping[str, str] | None = None,
        cmaf_package: MediapackagevodPackagingConfigurationCmafPackageBlock | None = None,
        dash_package: MediapackagevodPackagingConfigurationDashPackageBlock | None = None,
        hls_package: MediapackagevodPackagingConfigurationHlsPackageBlock | None = None,
        mss_package: MediapackagevodPackagingConfigurationMssPackageBlock | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            id: ID to give the new packaging configuration. Changing it replaces the resource. API
                member: `Id`.
            packaging_group_id: ID of the packaging group the configuration belongs to. Changing it replaces the
                resource. API member: `PackagingGroupId`.
            tags: Tags to attach to the packaging configuration, as key-value pairs. API member:
                `Tags`.
            cmaf_package: CMAF output settings. (changing it replaces the resource)
            dash_package: DASH output settings. (changing it replaces the resource)
            hls_package: HLS output settings. (changing it replaces the resource)
            mss_package: Microsoft Smooth Streaming output settings. (changing it replaces the resource)
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
                "packaging_group_id": packaging_group_id,
                "tags": tags,
                "cmaf_package": cmaf_package,
                "dash_package": dash_package,
                "hls_package": hls_package,
                "mss_package": mss_package,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """ID to give the new packaging configuration."""
        return self.get_string_attribute("id")

    @property
    def packaging_group_id(self) -> str:
        """ID of the packaging group the configuration belongs to."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags to attach to the packaging configuration, as key-value pairs."""
        return self.get_string_map_attribute("tags")

    @property
    def arn(self) -> str:
        """ARN of the packaging configuration."""
        return self.get_string_attribute("arn")

    @property
    def created_at(self) -> str:
        """Time the packaging configuration was created."""
        return self.get_string_attribute("created_at")

    @property
    def cmaf_package(self) -> MediapackagevodPackagingConfigurationCmafPackageBlockRef:
        """CMAF output settings."""
        return MediapackagevodPackagingConfigurationCmafPackageBlockRef(self, "cmaf_package")

    @property
    def dash_package(self) -> MediapackagevodPackagingConfigurationDashPackageBlockRef:
        """DASH output settings."""
        return MediapackagevodPackagingConfigurationDashPackageBlockRef(self, "dash_package")

    @property
    def hls_package(self) -> MediapackagevodPackagingConfigurationHlsPackageBlockRef:
        """HLS output settings."""
        return MediapackagevodPackagingConfigurationHlsPackageBlockRef(self, "hls_package")

    @property
    def mss_package(self) -> MediapackagevodPackagingConfigurationMssPackageBlockRef:
        """Microsoft Smooth Streaming output settings."""
        return MediapackagevodPackagingConfigurationMssPackageBlockRef(self, "mss_package")


class MediapackagevodAsset(Resource):
    """A source video ingested from S3 and served through its packaging group.

    Terraform type `awsmedia_mediapackagevod_asset`.
    """

    _spec = _RESOURCES["awsmedia_mediapackagevod_asset"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        packaging_group_id: str,
        resource_id: str | None = None,
        source_arn: str,
        source_role_arn: str,
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
            id: Unique ID to give the new asset. Changing it replaces the resource. API member:
                `Id`.
            packaging_group_id: ID of the packaging group to add the asset to. Changing it replaces the resource.
                API member: `PackagingGroupId`.
            resource_id: Resource ID to pass in SPEKE key requests. Changing it replaces the resource. API
                member: `ResourceId`.
            source_arn: ARN of the S3 object to ingest. Changing it replaces the resource. API member:
                `SourceArn`.
            source_role_arn: ARN of the IAM role MediaPackage uses to read the source S3 bucket. Changing it
                replaces the resource. API member: `SourceRoleArn`.
            tags: Tags to attach to the asset, as key-value pairs. API member: `Tags`.
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
                "packaging_group_id": packaging_group_id,
                "resource_id": resource_id,
                "source_arn": source_arn,
                "source_role_arn": source_role_arn,
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
        """Unique ID to give the new asset."""
        return self.get_string_attribute("id")

    @property
    def packaging_group_id(self) -> str:
        """ID of the packaging group to add the asset to."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def resource_id(self) -> str:
        """Resource ID to pass in SPEKE key requests."""
        return self.get_string_attribute("resource_id")

    @property
    def source_arn(self) -> str:
        """ARN of the S3 object to ingest."""
        return self.get_string_attribute("source_arn")

    @property
    def source_role_arn(self) -> str:
        """ARN of the IAM role MediaPackage uses to read the source S3 bucket."""
        return self.get_string_attribute("source_role_arn")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags to attach to the asset, as key-value pairs."""
        return self.get_string_map_attribute("tags")

    @property
    def arn(self) -> str:
        """ARN of the asset."""
        return self.get_string_attribute("arn")

    @property
    def created_at(self) -> str:
        """Timestamp of the asset's first ingest submission."""
        return self.get_string_attribute("created_at")

    @property
    def egress_endpoints(self) -> IResolvable:
        """Playback endpoints for the asset, one per packaging configuration."""
        return self.interpolation_for_attribute("egress_endpoints")


class DataAwsmediaMediapackagevodAsset(DataSource):
    """A source video ingested from S3 and served through its packaging group.

    Terraform type `awsmedia_mediapackagevod_asset` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_asset"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            id: ID of the VOD asset to look up. API member: `Id`.
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """ID of the VOD asset to look up."""
        return self.get_string_attribute("id")

    @property
    def arn(self) -> str:
        """ARN of the asset."""
        return self.get_string_attribute("arn")

    @property
    def created_at(self) -> str:
        """Timestamp of the asset's first ingest submission."""
        return self.get_string_attribute("created_at")

    @property
    def egress_endpoints(self) -> IResolvable:
        """Playback endpoints for the asset, one per packaging configuration."""
        return self.interpolation_for_attribute("egress_endpoints")

    @property
    def packaging_group_id(self) -> str:
        """ID of the packaging group the asset belongs to."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def resource_id(self) -> str:
        """Resource ID sent in SPEKE key requests for the asset."""
        return self.get_string_attribute("resource_id")

    @property
    def source_arn(self) -> str:
        """ARN of the S3 object the asset was ingested from."""
        return self.get_string_attribute("source_arn")

    @property
    def source_role_arn(self) -> str:
        """ARN of the IAM role that grants read access to the source S3 bucket."""
        return self.get_string_attribute("source_role_arn")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags attached to the asset, as key-value pairs."""
        return self.get_string_map_attribute("tags")


class DataAwsmediaMediapackagevodAssets(DataSource):
    """Lists VOD assets page by page, optionally only those in one packaging group.

    Terraform type `awsmedia_mediapackagevod_assets` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_assets"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        packaging_group_id: str | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            packaging_group_id: Optional packaging group ID; only assets in that group are returned. API member:
                `PackagingGroupId`.
        """
        super().__init__(
            scope,
            id_,
            {
                "packaging_group_id": packaging_group_id,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def packaging_group_id(self) -> str:
        """Optional packaging group ID; only assets in that group are returned."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def assets(self) -> IResolvable:
        """Assets on this page."""
        return self.interpolation_for_attribute("assets")


class DataAwsmediaMediapackagevodPackagingConfiguration(DataSource):
    """How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).

    Terraform type `awsmedia_mediapackagevod_packaging_configuration` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_packaging_configuration"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            id: ID of the packaging configuration to look up. API member: `Id`.
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """ID of the packaging configuration to look up."""
        return self.get_string_attribute("id")

    @property
    def arn(self) -> str:
        """ARN of the packaging configuration."""
        return self.get_string_attribute("arn")

    @property
    def cmaf_package(self) -> IResolvable:
        """CMAF output settings, if set."""
        return self.interpolation_for_attribute("cmaf_package")

    @property
    def created_at(self) -> str:
        """Time the packaging configuration was created."""
        return self.get_string_attribute("created_at")

    @property
    def dash_package(self) -> IResolvable:
        """DASH output settings, if set."""
        return self.interpolation_for_attribute("dash_package")

    @property
    def hls_package(self) -> IResolvable:
        """HLS output settings, if set."""
        return self.interpolation_for_attribute("hls_package")

    @property
    def mss_package(self) -> IResolvable:
        """Microsoft Smooth Streaming output settings, if set."""
        return self.interpolation_for_attribute("mss_package")

    @property
    def packaging_group_id(self) -> str:
        """ID of the packaging group the configuration belongs to."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags attached to the packaging configuration, as key-value pairs."""
        return self.get_string_map_attribute("tags")


class DataAwsmediaMediapackagevodPackagingConfigurations(DataSource):
    """Lists packaging configurations page by page, optionally only those in one packaging group.

    Terraform type `awsmedia_mediapackagevod_packaging_configurations` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_packaging_configurations"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        packaging_group_id: str | None = None,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            packaging_group_id: Optional packaging group ID; only configurations in that group are returned. API
                member: `PackagingGroupId`.
        """
        super().__init__(
            scope,
            id_,
            {
                "packaging_group_id": packaging_group_id,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def packaging_group_id(self) -> str:
        """Optional packaging group ID; only configurations in that group are returned."""
        return self.get_string_attribute("packaging_group_id")

    @property
    def packaging_configurations(self) -> IResolvable:
        """Packaging configurations on this page."""
        return self.interpolation_for_attribute("packaging_configurations")


class DataAwsmediaMediapackagevodPackagingGroup(DataSource):
    """A set of packaging configurations applied together to assets.

    Terraform type `awsmedia_mediapackagevod_packaging_group` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_packaging_group"]

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        id: str,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        """Validated as the provider validates a plan: a value it would reject raises
        awsmedia_runtime.constructs.ConfigurationError; tokens pass.

        Args:
            id: ID of the packaging group to look up. API member: `Id`.
        """
        super().__init__(
            scope,
            id_,
            {
                "id": id,
            },
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )

    @property
    def id(self) -> str:
        """ID of the packaging group to look up."""
        return self.get_string_attribute("id")

    @property
    def arn(self) -> str:
        """ARN of the packaging group."""
        return self.get_string_attribute("arn")

    @property
    def authorization(self) -> IResolvable:
        """CDN authorization settings of the group, if set."""
        return self.interpolation_for_attribute("authorization")

    @property
    def created_at(self) -> str:
        """Time the packaging group was created."""
        return self.get_string_attribute("created_at")

    @property
    def domain_name(self) -> str:
        """Fully qualified domain name that serves the group's assets."""
        return self.get_string_attribute("domain_name")

    @property
    def tags(self) -> Mapping[str, str]:
        """Tags attached to the packaging group, as key-value pairs."""
        return self.get_string_map_attribute("tags")


class DataAwsmediaMediapackagevodPackagingGroups(DataSource):
    """Lists packaging groups page by page.

    Terraform type `awsmedia_mediapackagevod_packaging_groups` (data source).
    """

    _spec = _DATA_SOURCES["awsmedia_mediapackagevod_packaging_groups"]

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
    def packaging_groups(self) -> IResolvable:
        """Packaging groups on this page."""
        return self.interpolation_for_attribute("packaging_groups")
