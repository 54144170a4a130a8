"""CDK-for-Terraform constructs for the awsmedia provider: one class per resource and data source,
and the provider block.

Generated from model/ by `python -m codegen generate`; do not edit. They subclass cdktf's (or
cdktn's) TerraformResource, TerraformDataSource and TerraformProvider; awsmedia_runtime.constructs
says which library is used and does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from constructs import Construct

from awsmedia.provider import SERVICES
from awsmedia_runtime.constructs import ConfigurationError as ConfigurationError
from awsmedia_runtime.constructs import IResolvable as IResolvable
from awsmedia_runtime.constructs import Provider
from awsmedia_runtime.constructs import cdk as cdk
from awsmedia_runtime.constructs import lazy_classes
from awsmedia_runtime.provider.aws import provider_schema

if TYPE_CHECKING:
    from .ivs import (
        IvsChannel as IvsChannel,
        IvsStreamKey as IvsStreamKey,
        DataAwsmediaIvsChannel as DataAwsmediaIvsChannel,
        DataAwsmediaIvsChannels as DataAwsmediaIvsChannels,
        DataAwsmediaIvsStream as DataAwsmediaIvsStream,
        DataAwsmediaIvsStreams as DataAwsmediaIvsStreams,
        DataAwsmediaIvsStreamKey as DataAwsmediaIvsStreamKey,
        DataAwsmediaIvsStreamKeys as DataAwsmediaIvsStreamKeys,
    )
    from .mediaconnect import (
        MediaconnectFlow as MediaconnectFlow,
        MediaconnectFlowOutput as MediaconnectFlowOutput,
        MediaconnectFlowEntitlement as MediaconnectFlowEntitlement,
        MediaconnectFlowSource as MediaconnectFlowSource,
        DataAwsmediaMediaconnectFlow as DataAwsmediaMediaconnectFlow,
        DataAwsmediaMediaconnectFlows as DataAwsmediaMediaconnectFlows,
        DataAwsmediaMediaconnectEntitlements as DataAwsmediaMediaconnectEntitlements,
    )
    from .mediapackage_vod import (
        MediapackagevodPackagingGroup as MediapackagevodPackagingGroup,
        MediapackagevodPackagingConfiguration as MediapackagevodPackagingConfiguration,
        MediapackagevodAsset as MediapackagevodAsset,
        DataAwsmediaMediapackagevodAsset as DataAwsmediaMediapackagevodAsset,
        DataAwsmediaMediapackagevodAssets as DataAwsmediaMediapackagevodAssets,
        DataAwsmediaMediapackagevodPackagingConfiguration as DataAwsmediaMediapackagevodPackagingConfiguration,
        DataAwsmediaMediapackagevodPackagingConfigurations as DataAwsmediaMediapackagevodPackagingConfigurations,
        DataAwsmediaMediapackagevodPackagingGroup as DataAwsmediaMediapackagevodPackagingGroup,
        DataAwsmediaMediapackagevodPackagingGroups as DataAwsmediaMediapackagevodPackagingGroups,
    )
else:  # a service's module (and its declarations) is imported when one of its classes is first used
    __getattr__, __dir__ = lazy_classes(
        __name__,
        {
            "IvsChannel": "ivs",
            "IvsStreamKey": "ivs",
            "DataAwsmediaIvsChannel": "ivs",
            "DataAwsmediaIvsChannels": "ivs",
            "DataAwsmediaIvsStream": "ivs",
            "DataAwsmediaIvsStreams": "ivs",
            "DataAwsmediaIvsStreamKey": "ivs",
            "DataAwsmediaIvsStreamKeys": "ivs",
            "MediaconnectFlow": "mediaconnect",
            "MediaconnectFlowOutput": "mediaconnect",
            "MediaconnectFlowEntitlement": "mediaconnect",
            "MediaconnectFlowSource": "mediaconnect",
            "DataAwsmediaMediaconnectFlow": "mediaconnect",
            "DataAwsmediaMediaconnectFlows": "mediaconnect",
            "DataAwsmediaMediaconnectEntitlements": "mediaconnect",
            "MediapackagevodPackagingGroup": "mediapackage_vod",
            "MediapackagevodPackagingConfiguration": "mediapackage_vod",
            "MediapackagevodAsset": "mediapackage_vod",
            "DataAwsmediaMediapackagevodAsset": "mediapackage_vod",
            "DataAwsmediaMediapackagevodAssets": "mediapackage_vod",
            "DataAwsmediaMediapackagevodPackagingConfiguration": "mediapackage_vod",
            "DataAwsmediaMediapackagevodPackagingConfigurations": "mediapackage_vod",
            "DataAwsmediaMediapackagevodPackagingGroup": "mediapackage_vod",
            "DataAwsmediaMediapackagevodPackagingGroups": "mediapackage_vod",
        },
    )


class AwsmediaProviderEndpoints(TypedDict, total=False):
    """Endpoint URLs to use instead of AWS's, per service."""

    ivs: str | None
    """Endpoint URL for ivs."""

    mediaconnect: str | None
    """Endpoint URL for mediaconnect."""

    mediapackagevod: str | None
    """Endpoint URL for mediapackage-vod."""


class AwsmediaProvider(Provider):
    """Manages Amazon IVS, AWS Elemental MediaConnect and AWS Elemental MediaPackage VOD resources.

    The `awsmedia` provider block (source `awsmedia/awsmedia`).
    """

    _schema = provider_schema(SERVICES)

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        region: str | None = None,
        profile: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        token: str | None = None,
        max_retries: float | None = None,
        retry_mode: Literal["standard", "adaptive", "legacy"] | None = None,
        wait_timeout: float | None = None,
        consistency_window: float | None = None,
        endpoints: AwsmediaProviderEndpoints | None = None,
        alias: str | None = None,
    ) -> None:
        """Validated as the provider validates its settings: a value it would reject raises
        ConfigurationError.

        Args:
            region: AWS region; defaults to the standard AWS configuration (AWS_REGION, profile).
            profile: Named profile from the shared AWS configuration files.
            access_key: Access key id; defaults to the standard AWS credential chain.
            secret_key: Secret access key that goes with access_key. Sensitive.
            token: Session token for temporary credentials. Sensitive.
            max_retries: Attempts per call on throttling and transient errors (boto3 retries); default 5.
            retry_mode: boto3 retry mode; default standard.
            wait_timeout: Seconds to wait for a resource to reach a state (a flow starting or stopping);
                default 900.
            consistency_window: Seconds to keep reading a new resource that reads as not found (not visible yet)
                before it counts as gone: right after its create, and in the next
                refresh if it had not shown by then; at most wait_timeout; default
                120, 0 turns it off.
            endpoints: Endpoint URLs to use instead of AWS's, per service (a local backend, a proxy).
            alias: Name of this provider configuration, when a stack has more than one.
        """
        super().__init__(
            scope,
            id_,
            {
                "region": region,
                "profile": profile,
                "access_key": access_key,
                "secret_key": secret_key,
                "token": token,
                "max_retries": max_retries,
                "retry_mode": retry_mode,
                "wait_timeout": wait_timeout,
                "consistency_window": consistency_window,
                "endpoints": endpoints,
            },
            alias=alias,
        )
