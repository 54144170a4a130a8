"""The "instant provider" benchmarks/provider.py measures the awsmedia provider against.

A provider built with the `tf` package (its own runner, servicer and schema classes) with the
resource types, top-level attributes and the nested blocks benchmarks/provider.py's stack sets,
under the same provider address, so the same main.tf runs against either. Every call returns at
once: reads hand the state back, creates and updates fill computed values with placeholders,
and nothing talks to AWS. What it costs Terraform is what any Python provider over `tf` costs:
its start-up, the protocol and its exit; what the awsmedia provider takes beyond that is its own.

Run by a launcher in a filesystem mirror (see provider.py), never by hand.
"""

from __future__ import annotations

from typing import Any

from tf import runner
from tf.blocks import SetNestedBlock
from tf.iface import Config, CreateContext, DeleteContext, ReadContext, State, UpdateContext
from tf.schema import Attribute, Block, Schema
from tf.types import Bool, List, Map, Number, String, TfType, Unknown
from tf.utils import Diagnostics

# Placeholders for computed values, by type (what a create "returns").
_FILLER: dict[type, Any] = {String: "instant", Number: 0, Bool: False, Map: {}, List: []}


def _attrs(spec: str) -> list[Attribute]:
    """Attributes from "name:type:flags" words: types s n b m (map of strings) l (list of strings);
    flags r(equired) o(ptional) c(omputed)."""
    types: dict[str, TfType] = {
        "s": String(),
        "n": Number(),
        "b": Bool(),
        "m": Map(String()),
        "l": List(String()),
    }
    found = []
    for word in spec.split():
        name, kind, flags = word.split(":")
        found.append(
            Attribute(name, types[kind], required="r" in flags, optional="o" in flags, computed="c" in flags)
        )
    return found


def _block(name: str, spec: str, *inner: SetNestedBlock) -> SetNestedBlock:
    return SetNestedBlock(name, Block(attributes=_attrs(spec), block_types=list(inner)))


# The awsmedia provider's top-level attributes of each type (names, types, flags) and the nested
# blocks the benchmark's stack sets, with a few of their attributes; `tf` nests blocks as sets only.
# Version 0 like the state: `tf` then hands states over without an upgrade step.
SCHEMAS = {
    "ivs_channel": Schema(
        version=0,
        attributes=_attrs(
            "id:s:c name:s:o latency_mode:s:oc type:s:oc authorized:b:oc insecure_ingest:b:oc preset:s:oc"
            " recording_configuration_arn:s:o playback_restriction_policy_arn:s:o container_format:s:oc"
            " tags:m:o arn:s:c ingest_endpoint:s:c playback_url:s:c"
        ),
    ),
    "mediapackagevod_packaging_group": Schema(
        version=0, attributes=_attrs("id:s:r tags:m:o arn:s:c created_at:s:c domain_name:s:c")
    ),
    "mediapackagevod_packaging_configuration": Schema(
        version=0,
        attributes=_attrs("id:s:r packaging_group_id:s:r tags:m:o arn:s:c created_at:s:c"),
        block_types=[
            _block(
                "hls_package",
                "segment_duration_seconds:n:o use_audio_rendition_group:b:o",
                _block("hls_manifests", "ad_markers:s:o manifest_name:s:o repeat_ext_x_key:b:o"),
            )
        ],
    ),
    "mediapackagevod_asset": Schema(
        version=0,
        attributes=_attrs(
            "id:s:r packaging_group_id:s:r source_arn:s:r source_role_arn:s:r resource_id:s:o tags:m:o"
            " arn:s:c created_at:s:c egress_endpoints:l:c"
        ),
    ),
    "mediaconnect_flow": Schema(
        version=0,
        attributes=_attrs(
            "id:s:c running:b:oc availability_zone:s:oc name:s:r description:s:c egress_ip:s:c"
            " flow_arn:s:c status:s:c"
        ),
        block_types=[
            _block(
                "source",
                "name:s:o protocol:s:o ingest_port:n:o whitelist_cidr:s:o description:s:o max_bitrate:n:o",
            )
        ],
    ),
}


def _filled(schema: Schema, state: State) -> State:
    """The state with every unknown computed value replaced by a placeholder."""
    kinds = {a.name: type(a.type) for a in schema.attributes}
    return {k: _FILLER[kinds[k]] if v is Unknown else v for k, v in state.items()}


def _resource(name: str, schema: Schema) -> type:
    class InstantResource:
        def __init__(self, provider: Any):
            self.provider = provider

        @classmethod
        def get_name(cls) -> str:
            return name

        @classmethod
        def get_schema(cls) -> Schema:
            return schema

        def validate(self, diags: Diagnostics, type_name: str, config: Config) -> None:
            pass

        def plan(self, ctx: Any, current: State | None, planned: State) -> State:
            return planned

        def create(self, ctx: CreateContext, planned: State) -> State:
            return _filled(schema, planned)

        def read(self, ctx: ReadContext, current: State) -> State:
            return current

        def update(self, ctx: UpdateContext, current: State, planned: State) -> State:
            return _filled(schema, planned)

        def delete(self, ctx: DeleteContext, current: State) -> None:
            return None

    InstantResource.__name__ = f"Instant_{name}"
    return InstantResource


class InstantProvider:
    def __init__(self, endpoints: list[str]):
        self.endpoints = endpoints

    def get_model_prefix(self) -> str:
        return "awsmedia_"

    def full_name(self) -> str:
        return "registry.terraform.io/awsmedia/awsmedia"

    def get_provider_schema(self, diags: Diagnostics) -> Schema:
        return Schema(
            attributes=_attrs("region:s:o profile:s:o access_key:s:o secret_key:s:o token:s:o"),
            block_types=[_block("endpoints", " ".join(f"{e}:s:o" for e in self.endpoints))],
        )

    def validate_config(self, diags: Diagnostics, config: Config) -> None:
        pass

    def configure_provider(self, diags: Diagnostics, config: Config) -> None:
        pass

    def get_data_sources(self) -> list[type]:
        return []

    def get_resources(self) -> list[type]:
        return [_resource(name, schema) for name, schema in SCHEMAS.items()]

    def get_functions(self) -> list[type]:
        return []

    def new_resource(self, klass: type) -> Any:
        return klass(self)


def main(endpoints: list[str]) -> None:
    runner.run_provider(InstantProvider(endpoints), [])
