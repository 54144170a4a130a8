"""Terraform resources and data sources of AWS Elemental MediaPackage VOD.

Generated from model/model/mediapackage-vod.yaml by `python -m codegen generate`; do not edit.
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
    "CreateAsset": {
        "Id": None,
        "PackagingGroupId": None,
        "ResourceId": None,
        "SourceArn": None,
        "SourceRoleArn": None,
        "Tags": None,
    },
    "DescribeAsset": {"Id": None},
    "DeleteAsset": {"Id": None},
    "ListAssets": {"MaxResults": None, "NextToken": None, "PackagingGroupId": None},
    "CreatePackagingConfiguration": {
        "CmafPackage": {
            "Encryption": {
                "ConstantInitializationVector": None,
                "SpekeKeyProvider": {"RoleArn": None, "SystemIds": None, "Url": None},
            },
            "HlsManifests": {
                "AdMarkers": None,
                "IncludeIframeOnlyStream": None,
                "ManifestName": None,
                "ProgramDateTimeIntervalSeconds": None,
                "RepeatExtXKey": None,
                "StreamSelection": {
                    "MaxVideoBitsPerSecond": None,
                    "MinVideoBitsPerSecond": None,
                    "StreamOrder": None,
                },
            },
            "SegmentDurationSeconds": None,
        },
        "DashPackage": {
            "DashManifests": {
                "ManifestLayout": None,
                "ManifestName": None,
                "MinBufferTimeSeconds": None,
                "Profile": None,
                "StreamSelection": {
                    "MaxVideoBitsPerSecond": None,
                    "MinVideoBitsPerSecond": None,
                    "StreamOrder": None,
                },
            },
            "Encryption": {"SpekeKeyProvider": {"RoleArn": None, "SystemIds": None, "Url": None}},
            "IncludeIframeOnlyStream": None,
            "PeriodTriggers": None,
            "SegmentDurationSeconds": None,
            "SegmentTemplateFormat": None,
        },
        "HlsPackage": {
            "Encryption": {
                "ConstantInitializationVector": None,
                "EncryptionMethod": None,
                "SpekeKeyProvider": {"RoleArn": None, "SystemIds": None, "Url": None},
            },
            "HlsManifests": {
                "AdMarkers": None,
                "IncludeIframeOnlyStream": None,
                "ManifestName": None,
                "ProgramDateTimeIntervalSeconds": None,
                "RepeatExtXKey": None,
                "StreamSelection": {
                    "MaxVideoBitsPerSecond": None,
                    "MinVideoBitsPerSecond": None,
                    "StreamOrder": None,
                },
            },
            "SegmentDurationSeconds": None,
            "UseAudioRenditionGroup": None,
        },
        "Id": None,
        "MssPackage": {
            "Encryption": {"SpekeKeyProvider": {"RoleArn": None, "SystemIds": None, "Url": None}},
            "MssManifests": {
                "ManifestName": None,
                "StreamSelection": {
                    "MaxVideoBitsPerSecond": None,
                    "MinVideoBitsPerSecond": None,
                    "StreamOrder": None,
                },
            },
            "SegmentDurationSeconds": None,
        },
        "PackagingGroupId": None,
        "Tags": None,
    },
    "DescribePackagingConfiguration": {"Id": None},
    "DeletePackagingConfiguration": {"Id": None},
    "ListPackagingConfigurations": {"MaxResults": None, "NextToken": None, "PackagingGroupId": None},
    "CreatePackagingGroup": {
        "Authorization": {"CdnIdentifierSecret": None, "SecretsRoleArn": None},
        "Id": None,
        "Tags": None,
    },
    "DescribePackagingGroup": {"Id": None},
    "DeletePackagingGroup": {"Id": None},
    "ListPackagingGroups": {"MaxResults": None, "NextToken": None},
    "UpdatePackagingGroup": {
        "Authorization": {"CdnIdentifierSecret": None, "SecretsRoleArn": None},
        "Id": None,
    },
    "TagResource": {"ResourceArn": None, "Tags": None},
    "UntagResource": {"ResourceArn": None, "TagKeys": None},
    "ListTagsForResource": {"ResourceArn": None},
}

_SPEKE_KEY_PROVIDER = B(
    "speke_key_provider",
    "SpekeKeyProvider",
    description="SPEKE key provider that supplies the encryption keys.",
    min_items=1,
    replace=True,
    attrs=[
        A(
            "role_arn",
            "string",
            member="RoleArn",
            description="ARN of the IAM role MediaPackage assumes to call the key provider.",
            required=True,
            replace=True,
        ),
        A(
            "system_ids",
            ("list", "string"),
            member="SystemIds",
            description="DRM system IDs sent with each key request.",
            required=True,
            replace=True,
        ),
        A(
            "url",
            "string",
            member="Url",
            description="Endpoint URL of the SPEKE key server.",
            required=True,
            replace=True,
        ),
    ],
)

_STREAM_SELECTION = B(
    "stream_selection",
    "StreamSelection",
    description="Filters and orders the streams placed in this manifest.",
    replace=True,
    attrs=[
        A(
            "max_video_bits_per_second",
            "integer",
            member="MaxVideoBitsPerSecond",
            description="Upper video bitrate limit, in bits per second, for included streams.",
            optional=True,
            replace=True,
        ),
        A(
            "min_video_bits_per_second",
            "integer",
            member="MinVideoBitsPerSecond",
            description="Lower video bitrate limit, in bits per second, for included streams.",
            optional=True,
            replace=True,
        ),
        A(
            "stream_order",
            "string",
            member="StreamOrder",
            description="Order in which streams appear in the output.",
            optional=True,
            replace=True,
            enum=("ORIGINAL", "VIDEO_BITRATE_ASCENDING", "VIDEO_BITRATE_DESCENDING"),
        ),
    ],
)

PACKAGING_GROUP = ResourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_group",
    service="mediapackage-vod",
    description="A set of packaging configurations applied together to assets.",
    version=0,
    identifier="Id",
    import_parts=("Id",),
    create="CreatePackagingGroup",
    create_result=(),
    read="DescribePackagingGroup",
    read_result=(),
    delete="DeletePackagingGroup",
    updates=(("UpdatePackagingGroup", None),),
    not_found=("NotFoundException",),
    tagging=TaggingSpec(
        tag="TagResource",
        untag="UntagResource",
        arn_param="ResourceArn",
        tags_param="Tags",
        keys_param="TagKeys",
        arn_member="Arn",
        tags_attr="tags",
    ),
    schema=B(
        "",
        None,
        description="A set of packaging configurations applied together to assets.",
        attrs=[
            A(
                "id",
                "string",
                member="Id",
                description="ID to give the new packaging group.",
                required=True,
                replace=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags to attach to the packaging group, as key-value pairs.",
                optional=True,
            ),
            A("arn", "string", member="Arn", description="ARN of the packaging group.", computed=True),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Time the packaging group was created.",
                computed=True,
            ),
            A(
                "domain_name",
                "string",
                member="DomainName",
                description="Fully qualified domain name that serves the group's assets.",
                computed=True,
            ),
        ],
        blocks=[
            B(
                "authorization",
                "Authorization",
                description="Optional CDN authorization settings for the group.",
                attrs=[
                    A(
                        "cdn_identifier_secret",
                        "string",
                        member="CdnIdentifierSecret",
                        description="ARN of the Secrets Manager secret used to authorize CDN requests.",
                        required=True,
                    ),
                    A(
                        "secrets_role_arn",
                        "string",
                        member="SecretsRoleArn",
                        description="ARN of the IAM role that lets MediaPackage read from Secrets Manager.",
                        required=True,
                    ),
                ],
            )
        ],
    ),
)

PACKAGING_CONFIGURATION = ResourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_configuration",
    service="mediapackage-vod",
    description="How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).",
    version=0,
    identifier="Id",
    import_parts=("Id",),
    create="CreatePackagingConfiguration",
    create_result=(),
    read="DescribePackagingConfiguration",
    read_result=(),
    delete="DeletePackagingConfiguration",
    not_found=("NotFoundException",),
    tagging=TaggingSpec(
        tag="TagResource",
        untag="UntagResource",
        arn_param="ResourceArn",
        tags_param="Tags",
        keys_param="TagKeys",
        arn_member="Arn",
        tags_attr="tags",
    ),
    schema=B(
        "",
        None,
        description="How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).",
        attrs=[
            A(
                "id",
                "string",
                member="Id",
                description="ID to give the new packaging configuration.",
                required=True,
                replace=True,
            ),
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="ID of the packaging group the configuration belongs to.",
                required=True,
                replace=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags to attach to the packaging configuration, as key-value pairs.",
                optional=True,
            ),
            A(
                "arn",
                "string",
                member="Arn",
                description="ARN of the packaging configuration.",
                computed=True,
            ),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Time the packaging configuration was created.",
                computed=True,
            ),
        ],
        blocks=[
            B(
                "cmaf_package",
                "CmafPackage",
                description="CMAF output settings.",
                replace=True,
                attrs=[
                    A(
                        "segment_duration_seconds",
                        "integer",
                        member="SegmentDurationSeconds",
                        description="Target fragment length in seconds; actual fragments snap to the closest whole multiple of the source's fragment length.",
                        optional=True,
                        replace=True,
                    )
                ],
                blocks=[
                    B(
                        "encryption",
                        "Encryption",
                        description="Optional encryption settings for the CMAF output.",
                        replace=True,
                        attrs=[
                            A(
                                "constant_initialization_vector",
                                "string",
                                member="ConstantInitializationVector",
                                description="Optional fixed initialization vector to use when encrypting CMAF output.",
                                optional=True,
                                replace=True,
                            )
                        ],
                        blocks=[_SPEKE_KEY_PROVIDER],
                    ),
                    B(
                        "hls_manifests",
                        "HlsManifests",
                        nesting="list",
                        description="HLS manifests to generate for the CMAF output.",
                        min_items=1,
                        replace=True,
                        attrs=[
                            A(
                                "ad_markers",
                                "string",
                                member="AdMarkers",
                                description="How SCTE-35 ad markers are carried into the manifest.",
                                optional=True,
                                replace=True,
                                enum=("NONE", "SCTE35_ENHANCED", "PASSTHROUGH"),
                            ),
                            A(
                                "include_iframe_only_stream",
                                "bool",
                                member="IncludeIframeOnlyStream",
                                description="If true, the output also carries a stream made only of I-frames.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "manifest_name",
                                "string",
                                member="ManifestName",
                                description="Optional text added to the manifest's name.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "program_date_time_interval_seconds",
                                "integer",
                                member="ProgramDateTimeIntervalSeconds",
                                description="Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated ID3 metadata.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "repeat_ext_x_key",
                                "bool",
                                member="RepeatExtXKey",
                                description="If true, output manifests repeat the EXT-X-KEY tag.",
                                optional=True,
                                replace=True,
                            ),
                        ],
                        blocks=[_STREAM_SELECTION],
                    ),
                ],
            ),
            B(
                "dash_package",
                "DashPackage",
                description="DASH output settings.",
                replace=True,
                attrs=[
                    A(
                        "include_iframe_only_stream",
                        "bool",
                        member="IncludeIframeOnlyStream",
                        description="If true, the DASH output also carries a stream made only of I-frames.",
                        optional=True,
                        replace=True,
                    ),
                    A(
                        "period_triggers",
                        ("list", "string"),
                        member="PeriodTriggers",
                        description="Events that split the MPD into periods; empty keeps one period, ADS splits at SCTE-35 ad markers.",
                        optional=True,
                        replace=True,
                        enum=("ADS",),
                    ),
                    A(
                        "segment_duration_seconds",
                        "integer",
                        member="SegmentDurationSeconds",
                        description="Target segment length in seconds; actual segments snap to the closest whole multiple of the source's segment length.",
                        optional=True,
                        replace=True,
                    ),
                    A(
                        "segment_template_format",
                        "string",
                        member="SegmentTemplateFormat",
                        description="Style of SegmentTemplate written into the MPD.",
                        optional=True,
                        replace=True,
                        enum=("NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE", "NUMBER_WITH_DURATION"),
                    ),
                ],
                blocks=[
                    B(
                        "dash_manifests",
                        "DashManifests",
                        nesting="list",
                        description="DASH manifests to generate.",
                        min_items=1,
                        replace=True,
                        attrs=[
                            A(
                                "manifest_layout",
                                "string",
                                member="ManifestLayout",
                                description="Whether repeated MPD elements stay in each Representation or are merged at the AdaptationSet level.",
                                optional=True,
                                replace=True,
                                enum=("FULL", "COMPACT"),
                            ),
                            A(
                                "manifest_name",
                                "string",
                                member="ManifestName",
                                description="Optional text added to the manifest's name.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "min_buffer_time_seconds",
                                "integer",
                                member="MinBufferTimeSeconds",
                                description="Seconds of media a player should buffer before playback starts.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "profile",
                                "string",
                                member="Profile",
                                description="DASH profile to follow; HBBTV_1_5 makes the output HbbTV 1.5 compliant.",
                                optional=True,
                                replace=True,
                                enum=("NONE", "HBBTV_1_5"),
                            ),
                        ],
                        blocks=[_STREAM_SELECTION],
                    ),
                    B(
                        "encryption",
                        "Encryption",
                        description="Optional encryption settings for the DASH output.",
                        replace=True,
                        attrs=[],
                        blocks=[_SPEKE_KEY_PROVIDER],
                    ),
                ],
            ),
            B(
                "hls_package",
                "HlsPackage",
                description="HLS output settings.",
                replace=True,
                attrs=[
                    A(
                        "segment_duration_seconds",
                        "integer",
                        member="SegmentDurationSeconds",
                        description="Target fragment length in seconds; actual fragments snap to the closest whole multiple of the source's fragment length.",
                        optional=True,
                        replace=True,
                    ),
                    A(
                        "use_audio_rendition_group",
                        "bool",
                        member="UseAudioRenditionGroup",
                        description="If true, the output puts audio streams into rendition groups.",
                        optional=True,
                        replace=True,
                    ),
                ],
                blocks=[
                    B(
                        "encryption",
                        "Encryption",
                        description="Optional encryption settings for the HLS output.",
                        replace=True,
                        attrs=[
                            A(
                                "constant_initialization_vector",
                                "string",
                                member="ConstantInitializationVector",
                                description="Optional fixed initialization vector; if left out, the vector is rotated periodically.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "encryption_method",
                                "string",
                                member="EncryptionMethod",
                                description="Encryption scheme to apply.",
                                optional=True,
                                replace=True,
                                enum=("AES_128", "SAMPLE_AES"),
                            ),
                        ],
                        blocks=[_SPEKE_KEY_PROVIDER],
                    ),
                    B(
                        "hls_manifests",
                        "HlsManifests",
                        nesting="list",
                        description="HLS manifests to generate.",
                        min_items=1,
                        replace=True,
                        attrs=[
                            A(
                                "ad_markers",
                                "string",
                                member="AdMarkers",
                                description="How SCTE-35 ad markers are carried into the manifest.",
                                optional=True,
                                replace=True,
                                enum=("NONE", "SCTE35_ENHANCED", "PASSTHROUGH"),
                            ),
                            A(
                                "include_iframe_only_stream",
                                "bool",
                                member="IncludeIframeOnlyStream",
                                description="If true, the output also carries a stream made only of I-frames.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "manifest_name",
                                "string",
                                member="ManifestName",
                                description="Optional text added to the manifest's name.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "program_date_time_interval_seconds",
                                "integer",
                                member="ProgramDateTimeIntervalSeconds",
                                description="Seconds between EXT-X-PROGRAM-DATE-TIME tags; 0 or unset means no such tags and no generated ID3 metadata.",
                                optional=True,
                                replace=True,
                            ),
                            A(
                                "repeat_ext_x_key",
                                "bool",
                                member="RepeatExtXKey",
                                description="If true, output manifests repeat the EXT-X-KEY tag.",
                                optional=True,
                                replace=True,
                            ),
                        ],
                        blocks=[_STREAM_SELECTION],
                    ),
                ],
            ),
            B(
                "mss_package",
                "MssPackage",
                description="Microsoft Smooth Streaming output settings.",
                replace=True,
                attrs=[
                    A(
                        "segment_duration_seconds",
                        "integer",
                        member="SegmentDurationSeconds",
                        description="Length of each segment in seconds.",
                        optional=True,
                        replace=True,
                    )
                ],
                blocks=[
                    B(
                        "encryption",
                        "Encryption",
                        description="Optional encryption settings for the Smooth Streaming output.",
                        replace=True,
                        attrs=[],
                        blocks=[_SPEKE_KEY_PROVIDER],
                    ),
                    B(
                        "mss_manifests",
                        "MssManifests",
                        nesting="list",
                        description="Smooth Streaming manifests to generate.",
                        min_items=1,
                        replace=True,
                        attrs=[
                            A(
                                "manifest_name",
                                "string",
                                member="ManifestName",
                                description="Optional text added to the manifest's name.",
                                optional=True,
                                replace=True,
                            )
                        ],
                        blocks=[_STREAM_SELECTION],
                    ),
                ],
            ),
        ],
    ),
)

ASSET = ResourceSpec(
    type_name="awsmedia_mediapackagevod_asset",
    service="mediapackage-vod",
    description="A source video ingested from S3 and served through its packaging group.",
    version=0,
    identifier="Id",
    import_parts=("Id",),
    create="CreateAsset",
    create_result=(),
    read="DescribeAsset",
    read_result=(),
    delete="DeleteAsset",
    not_found=("NotFoundException",),
    tagging=TaggingSpec(
        tag="TagResource",
        untag="UntagResource",
        arn_param="ResourceArn",
        tags_param="Tags",
        keys_param="TagKeys",
        arn_member="Arn",
        tags_attr="tags",
    ),
    schema=B(
        "",
        None,
        description="A source video ingested from S3 and served through its packaging group.",
        attrs=[
            A(
                "id",
                "string",
                member="Id",
                description="Unique ID to give the new asset.",
                required=True,
                replace=True,
            ),
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="ID of the packaging group to add the asset to.",
                required=True,
                replace=True,
            ),
            A(
                "resource_id",
                "string",
                member="ResourceId",
                description="Resource ID to pass in SPEKE key requests.",
                optional=True,
                replace=True,
            ),
            A(
                "source_arn",
                "string",
                member="SourceArn",
                description="ARN of the S3 object to ingest.",
                required=True,
                replace=True,
            ),
            A(
                "source_role_arn",
                "string",
                member="SourceRoleArn",
                description="ARN of the IAM role MediaPackage uses to read the source S3 bucket.",
                required=True,
                replace=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags to attach to the asset, as key-value pairs.",
                optional=True,
            ),
            A("arn", "string", member="Arn", description="ARN of the asset.", computed=True),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Timestamp of the asset's first ingest submission.",
                computed=True,
            ),
            A(
                "egress_endpoints",
                (
                    "list",
                    (
                        "object",
                        (
                            ("packaging_configuration_id", "PackagingConfigurationId", "string"),
                            ("url", "Url", "string"),
                        ),
                    ),
                ),
                member="EgressEndpoints",
                description="Playback endpoints for the asset, one per packaging configuration.",
                computed=True,
            ),
        ],
    ),
)

ASSET_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_asset",
    service="mediapackage-vod",
    description="A source video ingested from S3 and served through its packaging group.",
    operation="DescribeAsset",
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="A source video ingested from S3 and served through its packaging group.",
        attrs=[
            A("id", "string", member="Id", description="ID of the VOD asset to look up.", required=True),
            A("arn", "string", member="Arn", description="ARN of the asset.", computed=True),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Timestamp of the asset's first ingest submission.",
                computed=True,
            ),
            A(
                "egress_endpoints",
                (
                    "list",
                    (
                        "object",
                        (
                            ("packaging_configuration_id", "PackagingConfigurationId", "string"),
                            ("url", "Url", "string"),
                        ),
                    ),
                ),
                member="EgressEndpoints",
                description="Playback endpoints for the asset, one per packaging configuration.",
                computed=True,
            ),
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="ID of the packaging group the asset belongs to.",
                computed=True,
            ),
            A(
                "resource_id",
                "string",
                member="ResourceId",
                description="Resource ID sent in SPEKE key requests for the asset.",
                computed=True,
            ),
            A(
                "source_arn",
                "string",
                member="SourceArn",
                description="ARN of the S3 object the asset was ingested from.",
                computed=True,
            ),
            A(
                "source_role_arn",
                "string",
                member="SourceRoleArn",
                description="ARN of the IAM role that grants read access to the source S3 bucket.",
                computed=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags attached to the asset, as key-value pairs.",
                computed=True,
            ),
        ],
    ),
)

ASSETS_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_assets",
    service="mediapackage-vod",
    description="Lists VOD assets page by page, optionally only those in one packaging group.",
    operation="ListAssets",
    paginate=("NextToken", "NextToken", "Assets"),
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="Lists VOD assets page by page, optionally only those in one packaging group.",
        attrs=[
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="Optional packaging group ID; only assets in that group are returned.",
                optional=True,
            ),
            A(
                "assets",
                (
                    "list",
                    (
                        "object",
                        (
                            ("arn", "Arn", "string"),
                            ("created_at", "CreatedAt", "string"),
                            ("id", "Id", "string"),
                            ("packaging_group_id", "PackagingGroupId", "string"),
                            ("resource_id", "ResourceId", "string"),
                            ("source_arn", "SourceArn", "string"),
                            ("source_role_arn", "SourceRoleArn", "string"),
                            ("tags", "Tags", ("map", "string")),
                        ),
                    ),
                ),
                member="Assets",
                description="Assets on this page.",
                computed=True,
            ),
        ],
    ),
)

PACKAGING_CONFIGURATION_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_configuration",
    service="mediapackage-vod",
    description="How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).",
    operation="DescribePackagingConfiguration",
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="How assets in a packaging group are packaged for one format (HLS, DASH, CMAF or MSS).",
        attrs=[
            A(
                "id",
                "string",
                member="Id",
                description="ID of the packaging configuration to look up.",
                required=True,
            ),
            A(
                "arn",
                "string",
                member="Arn",
                description="ARN of the packaging configuration.",
                computed=True,
            ),
            A(
                "cmaf_package",
                (
                    "object",
                    (
                        (
                            "encryption",
                            "Encryption",
                            (
                                "object",
                                (
                                    (
                                        "constant_initialization_vector",
                                        "ConstantInitializationVector",
                                        "string",
                                    ),
                                    (
                                        "speke_key_provider",
                                        "SpekeKeyProvider",
                                        (
                                            "object",
                                            (
                                                ("role_arn", "RoleArn", "string"),
                                                ("system_ids", "SystemIds", ("list", "string")),
                                                ("url", "Url", "string"),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        (
                            "hls_manifests",
                            "HlsManifests",
                            (
                                "list",
                                (
                                    "object",
                                    (
                                        ("ad_markers", "AdMarkers", "string"),
                                        ("include_iframe_only_stream", "IncludeIframeOnlyStream", "bool"),
                                        ("manifest_name", "ManifestName", "string"),
                                        (
                                            "program_date_time_interval_seconds",
                                            "ProgramDateTimeIntervalSeconds",
                                            "integer",
                                        ),
                                        ("repeat_ext_x_key", "RepeatExtXKey", "bool"),
                                        (
                                            "stream_selection",
                                            "StreamSelection",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "max_video_bits_per_second",
                                                        "MaxVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    (
                                                        "min_video_bits_per_second",
                                                        "MinVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    ("stream_order", "StreamOrder", "string"),
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                    ),
                ),
                member="CmafPackage",
                description="CMAF output settings, if set.",
                computed=True,
            ),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Time the packaging configuration was created.",
                computed=True,
            ),
            A(
                "dash_package",
                (
                    "object",
                    (
                        (
                            "dash_manifests",
                            "DashManifests",
                            (
                                "list",
                                (
                                    "object",
                                    (
                                        ("manifest_layout", "ManifestLayout", "string"),
                                        ("manifest_name", "ManifestName", "string"),
                                        ("min_buffer_time_seconds", "MinBufferTimeSeconds", "integer"),
                                        ("profile", "Profile", "string"),
                                        (
                                            "stream_selection",
                                            "StreamSelection",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "max_video_bits_per_second",
                                                        "MaxVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    (
                                                        "min_video_bits_per_second",
                                                        "MinVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    ("stream_order", "StreamOrder", "string"),
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        (
                            "encryption",
                            "Encryption",
                            (
                                "object",
                                (
                                    (
                                        "speke_key_provider",
                                        "SpekeKeyProvider",
                                        (
                                            "object",
                                            (
                                                ("role_arn", "RoleArn", "string"),
                                                ("system_ids", "SystemIds", ("list", "string")),
                                                ("url", "Url", "string"),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        ("include_iframe_only_stream", "IncludeIframeOnlyStream", "bool"),
                        ("period_triggers", "PeriodTriggers", ("list", "string")),
                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                        ("segment_template_format", "SegmentTemplateFormat", "string"),
                    ),
                ),
                member="DashPackage",
                description="DASH output settings, if set.",
                computed=True,
            ),
            A(
                "hls_package",
                (
                    "object",
                    (
                        (
                            "encryption",
                            "Encryption",
                            (
                                "object",
                                (
                                    (
                                        "constant_initialization_vector",
                                        "ConstantInitializationVector",
                                        "string",
                                    ),
                                    ("encryption_method", "EncryptionMethod", "string"),
                                    (
                                        "speke_key_provider",
                                        "SpekeKeyProvider",
                                        (
                                            "object",
                                            (
                                                ("role_arn", "RoleArn", "string"),
                                                ("system_ids", "SystemIds", ("list", "string")),
                                                ("url", "Url", "string"),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        (
                            "hls_manifests",
                            "HlsManifests",
                            (
                                "list",
                                (
                                    "object",
                                    (
                                        ("ad_markers", "AdMarkers", "string"),
                                        ("include_iframe_only_stream", "IncludeIframeOnlyStream", "bool"),
                                        ("manifest_name", "ManifestName", "string"),
                                        (
                                            "program_date_time_interval_seconds",
                                            "ProgramDateTimeIntervalSeconds",
                                            "integer",
                                        ),
                                        ("repeat_ext_x_key", "RepeatExtXKey", "bool"),
                                        (
                                            "stream_selection",
                                            "StreamSelection",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "max_video_bits_per_second",
                                                        "MaxVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    (
                                                        "min_video_bits_per_second",
                                                        "MinVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    ("stream_order", "StreamOrder", "string"),
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                        ("use_audio_rendition_group", "UseAudioRenditionGroup", "bool"),
                    ),
                ),
                member="HlsPackage",
                description="HLS output settings, if set.",
                computed=True,
            ),
            A(
                "mss_package",
                (
                    "object",
                    (
                        (
                            "encryption",
                            "Encryption",
                            (
                                "object",
                                (
                                    (
                                        "speke_key_provider",
                                        "SpekeKeyProvider",
                                        (
                                            "object",
                                            (
                                                ("role_arn", "RoleArn", "string"),
                                                ("system_ids", "SystemIds", ("list", "string")),
                                                ("url", "Url", "string"),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        (
                            "mss_manifests",
                            "MssManifests",
                            (
                                "list",
                                (
                                    "object",
                                    (
                                        ("manifest_name", "ManifestName", "string"),
                                        (
                                            "stream_selection",
                                            "StreamSelection",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "max_video_bits_per_second",
                                                        "MaxVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    (
                                                        "min_video_bits_per_second",
                                                        "MinVideoBitsPerSecond",
                                                        "integer",
                                                    ),
                                                    ("stream_order", "StreamOrder", "string"),
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                    ),
                ),
                member="MssPackage",
                description="Microsoft Smooth Streaming output settings, if set.",
                computed=True,
            ),
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="ID of the packaging group the configuration belongs to.",
                computed=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags attached to the packaging configuration, as key-value pairs.",
                computed=True,
            ),
        ],
    ),
)

PACKAGING_CONFIGURATIONS_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_configurations",
    service="mediapackage-vod",
    description="Lists packaging configurations page by page, optionally only those in one packaging group.",
    operation="ListPackagingConfigurations",
    paginate=("NextToken", "NextToken", "PackagingConfigurations"),
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="Lists packaging configurations page by page, optionally only those in one packaging group.",
        attrs=[
            A(
                "packaging_group_id",
                "string",
                member="PackagingGroupId",
                description="Optional packaging group ID; only configurations in that group are returned.",
                optional=True,
            ),
            A(
                "packaging_configurations",
                (
                    "list",
                    (
                        "object",
                        (
                            ("arn", "Arn", "string"),
                            (
                                "cmaf_package",
                                "CmafPackage",
                                (
                                    "object",
                                    (
                                        (
                                            "encryption",
                                            "Encryption",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "constant_initialization_vector",
                                                        "ConstantInitializationVector",
                                                        "string",
                                                    ),
                                                    (
                                                        "speke_key_provider",
                                                        "SpekeKeyProvider",
                                                        (
                                                            "object",
                                                            (
                                                                ("role_arn", "RoleArn", "string"),
                                                                (
                                                                    "system_ids",
                                                                    "SystemIds",
                                                                    ("list", "string"),
                                                                ),
                                                                ("url", "Url", "string"),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        (
                                            "hls_manifests",
                                            "HlsManifests",
                                            (
                                                "list",
                                                (
                                                    "object",
                                                    (
                                                        ("ad_markers", "AdMarkers", "string"),
                                                        (
                                                            "include_iframe_only_stream",
                                                            "IncludeIframeOnlyStream",
                                                            "bool",
                                                        ),
                                                        ("manifest_name", "ManifestName", "string"),
                                                        (
                                                            "program_date_time_interval_seconds",
                                                            "ProgramDateTimeIntervalSeconds",
                                                            "integer",
                                                        ),
                                                        ("repeat_ext_x_key", "RepeatExtXKey", "bool"),
                                                        (
                                                            "stream_selection",
                                                            "StreamSelection",
                                                            (
                                                                "object",
                                                                (
                                                                    (
                                                                        "max_video_bits_per_second",
                                                                        "MaxVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    (
                                                                        "min_video_bits_per_second",
                                                                        "MinVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    ("stream_order", "StreamOrder", "string"),
                                                                ),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                                    ),
                                ),
                            ),
                            ("created_at", "CreatedAt", "string"),
                            (
                                "dash_package",
                                "DashPackage",
                                (
                                    "object",
                                    (
                                        (
                                            "dash_manifests",
                                            "DashManifests",
                                            (
                                                "list",
                                                (
                                                    "object",
                                                    (
                                                        ("manifest_layout", "ManifestLayout", "string"),
                                                        ("manifest_name", "ManifestName", "string"),
                                                        (
                                                            "min_buffer_time_seconds",
                                                            "MinBufferTimeSeconds",
                                                            "integer",
                                                        ),
                                                        ("profile", "Profile", "string"),
                                                        (
                                                            "stream_selection",
                                                            "StreamSelection",
                                                            (
                                                                "object",
                                                                (
                                                                    (
                                                                        "max_video_bits_per_second",
                                                                        "MaxVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    (
                                                                        "min_video_bits_per_second",
                                                                        "MinVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    ("stream_order", "StreamOrder", "string"),
                                                                ),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        (
                                            "encryption",
                                            "Encryption",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "speke_key_provider",
                                                        "SpekeKeyProvider",
                                                        (
                                                            "object",
                                                            (
                                                                ("role_arn", "RoleArn", "string"),
                                                                (
                                                                    "system_ids",
                                                                    "SystemIds",
                                                                    ("list", "string"),
                                                                ),
                                                                ("url", "Url", "string"),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        ("include_iframe_only_stream", "IncludeIframeOnlyStream", "bool"),
                                        ("period_triggers", "PeriodTriggers", ("list", "string")),
                                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                                        ("segment_template_format", "SegmentTemplateFormat", "string"),
                                    ),
                                ),
                            ),
                            (
                                "hls_package",
                                "HlsPackage",
                                (
                                    "object",
                                    (
                                        (
                                            "encryption",
                                            "Encryption",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "constant_initialization_vector",
                                                        "ConstantInitializationVector",
                                                        "string",
                                                    ),
                                                    ("encryption_method", "EncryptionMethod", "string"),
                                                    (
                                                        "speke_key_provider",
                                                        "SpekeKeyProvider",
                                                        (
                                                            "object",
                                                            (
                                                                ("role_arn", "RoleArn", "string"),
                                                                (
                                                                    "system_ids",
                                                                    "SystemIds",
                                                                    ("list", "string"),
                                                                ),
                                                                ("url", "Url", "string"),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        (
                                            "hls_manifests",
                                            "HlsManifests",
                                            (
                                                "list",
                                                (
                                                    "object",
                                                    (
                                                        ("ad_markers", "AdMarkers", "string"),
                                                        (
                                                            "include_iframe_only_stream",
                                                            "IncludeIframeOnlyStream",
                                                            "bool",
                                                        ),
                                                        ("manifest_name", "ManifestName", "string"),
                                                        (
                                                            "program_date_time_interval_seconds",
                                                            "ProgramDateTimeIntervalSeconds",
                                                            "integer",
                                                        ),
                                                        ("repeat_ext_x_key", "RepeatExtXKey", "bool"),
                                                        (
                                                            "stream_selection",
                                                            "StreamSelection",
                                                            (
                                                                "object",
                                                                (
                                                                    (
                                                                        "max_video_bits_per_second",
                                                                        "MaxVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    (
                                                                        "min_video_bits_per_second",
                                                                        "MinVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    ("stream_order", "StreamOrder", "string"),
                                                                ),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                                        ("use_audio_rendition_group", "UseAudioRenditionGroup", "bool"),
                                    ),
                                ),
                            ),
                            ("id", "Id", "string"),
                            (
                                "mss_package",
                                "MssPackage",
                                (
                                    "object",
                                    (
                                        (
                                            "encryption",
                                            "Encryption",
                                            (
                                                "object",
                                                (
                                                    (
                                                        "speke_key_provider",
                                                        "SpekeKeyProvider",
                                                        (
                                                            "object",
                                                            (
                                                                ("role_arn", "RoleArn", "string"),
                                                                (
                                                                    "system_ids",
                                                                    "SystemIds",
                                                                    ("list", "string"),
                                                                ),
                                                                ("url", "Url", "string"),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        (
                                            "mss_manifests",
                                            "MssManifests",
                                            (
                                                "list",
                                                (
                                                    "object",
                                                    (
                                                        ("manifest_name", "ManifestName", "string"),
                                                        (
                                                            "stream_selection",
                                                            "StreamSelection",
                                                            (
                                                                "object",
                                                                (
                                                                    (
                                                                        "max_video_bits_per_second",
                                                                        "MaxVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    (
                                                                        "min_video_bits_per_second",
                                                                        "MinVideoBitsPerSecond",
                                                                        "integer",
                                                                    ),
                                                                    ("stream_order", "StreamOrder", "string"),
                                                                ),
                                                            ),
                                                        ),
                                                    ),
                                                ),
                                            ),
                                        ),
                                        ("segment_duration_seconds", "SegmentDurationSeconds", "integer"),
                                    ),
                                ),
                            ),
                            ("packaging_group_id", "PackagingGroupId", "string"),
                            ("tags", "Tags", ("map", "string")),
                        ),
                    ),
                ),
                member="PackagingConfigurations",
                description="Packaging configurations on this page.",
                computed=True,
            ),
        ],
    ),
)

PACKAGING_GROUP_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_group",
    service="mediapackage-vod",
    description="A set of packaging configurations applied together to assets.",
    operation="DescribePackagingGroup",
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="A set of packaging configurations applied together to assets.",
        attrs=[
            A(
                "id",
                "string",
                member="Id",
                description="ID of the packaging group to look up.",
                required=True,
            ),
            A("arn", "string", member="Arn", description="ARN of the packaging group.", computed=True),
            A(
                "authorization",
                (
                    "object",
                    (
                        ("cdn_identifier_secret", "CdnIdentifierSecret", "string"),
                        ("secrets_role_arn", "SecretsRoleArn", "string"),
                    ),
                ),
                member="Authorization",
                description="CDN authorization settings of the group, if set.",
                computed=True,
            ),
            A(
                "created_at",
                "string",
                member="CreatedAt",
                description="Time the packaging group was created.",
                computed=True,
            ),
            A(
                "domain_name",
                "string",
                member="DomainName",
                description="Fully qualified domain name that serves the group's assets.",
                computed=True,
            ),
            A(
                "tags",
                ("map", "string"),
                member="Tags",
                description="Tags attached to the packaging group, as key-value pairs.",
                computed=True,
            ),
        ],
    ),
)

PACKAGING_GROUPS_DATA = DataSourceSpec(
    type_name="awsmedia_mediapackagevod_packaging_groups",
    service="mediapackage-vod",
    description="Lists packaging groups page by page.",
    operation="ListPackagingGroups",
    paginate=("NextToken", "NextToken", "PackagingGroups"),
    not_found=("NotFoundException",),
    schema=B(
        "",
        None,
        description="Lists packaging groups page by page.",
        attrs=[
            A(
                "packaging_groups",
                (
                    "list",
                    (
                        "object",
                        (
                            ("arn", "Arn", "string"),
                            (
                                "authorization",
                                "Authorization",
                                (
                                    "object",
                                    (
                                        ("cdn_identifier_secret", "CdnIdentifierSecret", "string"),
                                        ("secrets_role_arn", "SecretsRoleArn", "string"),
                                    ),
                                ),
                            ),
                            ("created_at", "CreatedAt", "string"),
                            ("domain_name", "DomainName", "string"),
                            ("id", "Id", "string"),
                            ("tags", "Tags", ("map", "string")),
                        ),
                    ),
                ),
                member="PackagingGroups",
                description="Packaging groups on this page.",
                computed=True,
            )
        ],
    ),
)

RESOURCES = [
    PACKAGING_GROUP,
    PACKAGING_CONFIGURATION,
    ASSET,
]
DATA_SOURCES = [
    ASSET_DATA,
    ASSETS_DATA,
    PACKAGING_CONFIGURATION_DATA,
    PACKAGING_CONFIGURATIONS_DATA,
    PACKAGING_GROUP_DATA,
    PACKAGING_GROUPS_DATA,
]
