"""Removing an optional attribute from a configuration converges (issue 13, point 1).

For every optional attribute of every resource (found in the declarations, not listed here) the
test sets it, applies, removes it and applies again through the provider's own plan, create,
update and delete against the local backend, checking what Terraform checks: the planned value
of an attribute the configuration sets is the configured one, the applied state agrees with every
value the plan knew, and the plan after that shows nothing to do.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterator

import pytest
from tf.types import Unknown

from awsmedia.provider import SERVICES
from awsmedia.provider import ivs as ivs_spec
from awsmedia.provider import mediaconnect as mc_spec
from awsmedia.provider import mediapackage_vod as vod_spec
from awsmedia_runtime import shapes
from awsmedia_runtime.provider import values
from awsmedia_runtime.provider.aws import Aws
from awsmedia_runtime.provider.crud import ResourceRuntime
from awsmedia_runtime.provider.spec import Attr, Block, ResourceSpec
from awsmedia_runtime.provider.validate import check_resource
from awsmedia_runtime.tables import service_tables
from samples import regex_sample

SPECS: dict[str, ResourceSpec] = {s.type_name: s for m in (ivs_spec, mc_spec, vod_spec) for s in m.RESOURCES}

# The smallest configuration each resource is created with; `{flow}`, `{channel}`, `{group}` and
# `{asset_source}` stand for what the parent resources (made first) provide.
BASE: dict[str, dict[str, Any]] = {
    "awsmedia_ivs_channel": {},
    "awsmedia_ivs_stream_key": {"channel_arn": "{channel}"},
    "awsmedia_mediaconnect_flow": {
        "name": "f",
        "source": {"name": "primary", "protocol": "zixi-push", "whitelist_cidr": "10.0.0.0/16"},
    },
    "awsmedia_mediaconnect_flow_output": {
        "flow_arn": "{flow}",
        "name": "out",
        "protocol": "zixi-push",
        "destination": "198.51.100.7",
        "port": 1024,
    },
    "awsmedia_mediaconnect_flow_entitlement": {
        "flow_arn": "{flow}",
        "name": "ent",
        "subscribers": ["111122223333"],
    },
    "awsmedia_mediaconnect_flow_source": {
        "flow_arn": "{failover_flow}",
        "name": "backup",
        "protocol": "zixi-push",
        "whitelist_cidr": "10.0.0.0/16",
    },
    "awsmedia_mediapackagevod_packaging_group": {"id": "g1"},
    "awsmedia_mediapackagevod_packaging_configuration": {
        "id": "c1",
        "packaging_group_id": "{group}",
        "hls_package": {"hls_manifests": [{}]},
    },
    "awsmedia_mediapackagevod_asset": {
        "id": "a1",
        "packaging_group_id": "{group}",
        "source_arn": "arn:aws:s3:::bucket/video.smil",
        "source_role_arn": "arn:aws:iam::111122223333:role/vod",
    },
}

# Values the shape alone cannot suggest: ones that must agree with the base configuration.
CHOSEN: dict[tuple[str, str], Any] = {
    ("awsmedia_mediaconnect_flow", "source.ingest_port"): 2088,
    ("awsmedia_mediaconnect_flow_source", "ingest_port"): 2088,
    ("awsmedia_mediaconnect_flow", "source.protocol"): "zixi-push",
    ("awsmedia_mediaconnect_flow_source", "protocol"): "zixi-push",
    ("awsmedia_mediaconnect_flow_output", "protocol"): "zixi-push",
    ("awsmedia_mediaconnect_flow", "availability_zone"): "us-east-1a",
    ("awsmedia_mediaconnect_flow", "source.entitlement_arn"): "{entitlement}",
    ("awsmedia_mediaconnect_flow_source", "entitlement_arn"): "{entitlement}",
}


_STATIC = {
    "algorithm": "aes128",
    "role_arn": "arn:aws:iam::111122223333:role/mediaconnect",
    "secret_arn": "arn:aws:secretsmanager:us-east-1:111122223333:secret:key",
}
_SPEKE = {
    "key_type": "speke",
    "algorithm": "aes128",
    "role_arn": "arn:aws:iam::111122223333:role/mediaconnect",
    "resource_id": "res",
    "region": "us-east-1",
    "device_id": "dev",
    "url": "https://speke.example.com",
    "constant_initialization_vector": "0123456789abcdef0123456789abcdef",
}
_KEYS = {
    "speke_key_provider": {
        "role_arn": "arn:aws:iam::111122223333:role/vod",
        "system_ids": ["81376844-f976-481e-a84e-cc25d39b0b33"],
        "url": "https://speke.example.com",
    }
}
# Optional blocks by structure: values to add (and then remove), tried in turn until one is valid.
BLOCKS: dict[str, list[Any]] = {
    "Encryption": [_STATIC, _SPEKE],
    "FailoverConfig": [{"state": "ENABLED"}],
    "SourcePriority": [{"primary_source": "primary"}],
    "VpcInterfaceAttachment": [{"vpc_interface_name": "vpc1"}],
    "AddMaintenance": [{"maintenance_day": "Monday", "maintenance_start_hour": "02:00"}],
    "Authorization": [
        {
            "cdn_identifier_secret": "arn:aws:secretsmanager:us-east-1:111122223333:secret:cdn",
            "secrets_role_arn": "arn:aws:iam::111122223333:role/vod",
        }
    ],
    "HlsPackage": [{"hls_manifests": [{}]}],
    "CmafPackage": [{"hls_manifests": [{}]}],
    "DashPackage": [{"dash_manifests": [{}]}],
    "MssPackage": [{"mss_manifests": [{}]}],
    "HlsEncryption": [_KEYS],
    "CmafEncryption": [_KEYS],
    "DashEncryption": [_KEYS],
    "MssEncryption": [_KEYS],
}


def sample(member: shapes.Member | None, attr: Attr) -> Any:
    """A valid value for an attribute, from the member's shape."""
    shape = member.type if member else None
    if isinstance(shape, shapes.Enum):
        return shape.values[-1]
    if isinstance(shape, shapes.ListOf):
        item = shape.item
        one = (
            "10.0.0.0/24"
            if "cidr" in attr.name
            else ("v" if not isinstance(item, shapes.Enum) else item.values[0])
        )
        return [one] * max(1, shape.min_items or 0)
    if isinstance(shape, shapes.MapOf):
        return {"k": "v"}
    if isinstance(shape, shapes.Scalar):
        if shape.kind in ("integer", "long"):
            lo = shape.min if shape.min is not None else 0
            return int(max(lo, min(100, shape.max if shape.max is not None else 100)))
        if shape.kind == "boolean":
            return True
        if shape.pattern:
            return regex_sample(shape.pattern)
        if "cidr" in attr.name:
            return "10.1.0.0/16"
        if attr.name.endswith("_ip_address") or attr.name.endswith("_address"):
            return "198.51.100.9"
        return "removable"
    raise AssertionError(f"no sample for {attr.name}")


def optional_parts(block: Block, at: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every optional attribute of the block, of its optional single blocks, and of
    their attributes."""
    for a in block.attrs:
        if a.optional and not a.required and a.member and not (a.replace and a.computed):
            yield at + (a.name,)  # (one that is create-only and computed, the service picks when left out)
    for b in block.blocks:
        if b.nesting == "single" and b.min_items == 0:
            yield at + (b.name,)
            yield from optional_parts(b, at + (b.name,))


def proposed(
    block: Block, prior: dict[str, Any] | None, config: dict[str, Any] | None
) -> dict[str, Any] | None:
    """What Terraform proposes: configured values, and prior values of computed ones left out."""
    if config is None:
        return None
    out: dict[str, Any] = {}
    for a in block.attrs:
        value = config.get(a.name)
        if value is None and a.computed and prior is not None:
            value = prior.get(a.name)
        out[a.name] = value
    for b in block.blocks:
        conf, before = config.get(b.name), (prior or {}).get(b.name)
        if b.nesting == "list":
            before_items = before if isinstance(before, list) else []
            out[b.name] = [
                proposed(b, before_items[i] if i < len(before_items) else None, item)
                for i, item in enumerate(conf or [])
            ]
        else:
            out[b.name] = proposed(b, before if isinstance(before, dict) else None, conf)
    return out


def full(block: Block, config: dict[str, Any]) -> dict[str, Any]:
    """A configuration as Terraform sends it: every attribute present, null when unset."""
    out = values.empty(block)
    for b in block.blocks:
        given = config.get(b.name)
        if b.nesting == "list":
            out[b.name] = [full(b, item) for item in given or []]
        elif given is not None:
            out[b.name] = full(b, given)
    out.update({k: v for k, v in config.items() if block.attr(k) is not None})
    return out


def agrees(planned: Any, applied: Any, where: str) -> None:
    """Terraform's check after apply: every value the plan knew is the value applied."""
    if planned is Unknown:
        return
    if isinstance(planned, dict) and isinstance(applied, dict):
        for k, v in planned.items():
            agrees(v, applied.get(k), f"{where}.{k}")
    elif isinstance(planned, list) and isinstance(applied, list) and len(planned) == len(applied):
        for i, (p, a) in enumerate(zip(planned, applied)):
            agrees(p, a, f"{where}[{i}]")
    else:
        assert (
            planned == applied
        ), f"inconsistent result after apply at {where}: was {planned!r}, now {applied!r}"


class Stack:
    """Resources driven through the provider's runtime the way Terraform drives them."""

    def __init__(self, endpoint: str):
        keys = {name: s["endpoint"] for name, s in SERVICES.items()}
        self.aws = Aws({"region": "us-east-1", "endpoints": {k: endpoint for k in keys.values()}}, keys)

    def runtime(self, type_name: str) -> ResourceRuntime:
        return ResourceRuntime(SPECS[type_name], self.aws)

    def apply(self, type_name: str, prior: dict[str, Any] | None, config: dict[str, Any]) -> dict[str, Any]:
        spec, rt = SPECS[type_name], self.runtime(type_name)
        problems = check_resource(spec, config, values.unknown)
        assert problems == [], [f"{p.summary}: {p.detail}" for p in problems]
        planned, replace = rt.plan(prior, proposed(spec.schema, prior, config), config)
        assert planned is not None
        for a in spec.schema.attrs:  # a configured value is planned as configured
            if config.get(a.name) is not None:
                assert planned[a.name] == config[a.name], a.name
        if prior is None or replace:
            if prior is not None:  # planned anew, as Terraform plans the create half of a replacement
                rt.delete(prior)
                planned, _ = rt.plan(None, proposed(spec.schema, None, config), config)
                assert planned is not None
            state = rt.create(planned)
        else:
            state = rt.update(prior, planned)
        agrees(planned, state, type_name)
        read = rt.read(state)
        assert read is not None
        again, replace = rt.plan(read, proposed(spec.schema, read, config), config)
        assert replace == [] and again == read, f"{type_name}: a plan after apply is not empty"
        return read

    def make(self, type_name: str, parents: dict[str, str], **changes: Any) -> dict[str, Any]:
        config = fill(BASE[type_name], parents) | changes
        return self.apply(type_name, None, full(SPECS[type_name].schema, config))

    def parents(self, names: set[str]) -> dict[str, str]:
        """The parent resources a configuration refers to, made first."""
        made: dict[str, str] = {}
        if "channel" in names:
            made["channel"] = self.make("awsmedia_ivs_channel", {})["arn"]
        if "group" in names:
            made["group"] = self.make("awsmedia_mediapackagevod_packaging_group", {})["id"]
        if "flow" in names or "entitlement" in names:
            made["flow"] = self.make("awsmedia_mediaconnect_flow", {})["flow_arn"]
        if "entitlement" in names:
            entitlement = self.make("awsmedia_mediaconnect_flow_entitlement", made, name="other")
            made["entitlement"] = entitlement["entitlement_arn"]
        if "failover_flow" in names:
            failover = {"name": "ff", "source_failover_config": {"state": "ENABLED"}}
            made["failover_flow"] = self.make("awsmedia_mediaconnect_flow", {}, **failover)["flow_arn"]
        return made


@functools.cache
def stack_on(endpoint: str) -> Stack:
    """One stack (and boto3 clients) per backend: building clients costs more than the calls."""
    return Stack(endpoint)


def fill(value: Any, parents: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: fill(v, parents) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, parents) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\{\w+\}", value):
        return parents[value[1:-1]]
    return value


def set_at(config: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    out = dict(config)
    if len(path) == 1:
        out[path[0]] = value
    else:
        out[path[0]] = set_at(out.get(path[0]) or {}, path[1:], value)
    return out


def cases() -> Iterator[Any]:
    for type_name, spec in SPECS.items():
        for path in optional_parts(spec.schema):
            yield pytest.param(type_name, path, id=f"{type_name}.{'.'.join(path)}")


def blocks_on(spec: ResourceSpec, path: tuple[str, ...]) -> list[Block]:
    """The blocks a path goes through, and the block it names if it names one."""
    found, block = [], spec.schema
    for step in path:
        inner = block.block(step)
        if inner is None:
            break
        found.append(inner)
        block = inner
    return found


def configurations(
    spec: ResourceSpec, base: dict[str, Any], path: tuple[str, ...]
) -> Iterator[dict[str, Any]]:
    """Configurations that set the attribute (or block) at `path`, the blocks around it filled with
    each sample in turn."""
    chain = blocks_on(spec, path)
    if len(chain) == len(path) and _get(base, path) is not None:
        yield base  # a block of the base configuration itself
        return
    options: list[dict[str, Any]] = [base]
    for depth, block in enumerate(chain, 1):
        if block.nesting != "single":
            return
        options = [
            set_at(option, path[:depth], sample) if sample is not None else option
            for option in options
            for sample in (BLOCKS[block.shape or ""] if _get(option, path[:depth]) is None else [None])
        ]
    if len(chain) == len(path):
        yield from options
        return
    attr = (chain[-1] if chain else spec.schema).attr(path[-1])
    assert attr is not None
    shape = service_tables(spec.service).shapes[(chain[-1] if chain else spec.schema).shape or ""]
    value = CHOSEN.get((spec.type_name, ".".join(path)), sample(shape.members.get(attr.member or ""), attr))
    for option in options:
        yield set_at(option, path, value)


@pytest.mark.parametrize("type_name,path", list(cases()))
def test_removing_an_optional_attribute_converges(
    local_endpoint: str, type_name: str, path: tuple[str, ...]
) -> None:
    stack = stack_on(local_endpoint)
    refs = repr(BASE[type_name]) + repr([v for (t, _), v in CHOSEN.items() if t == type_name])
    parents = stack.parents(set(re.findall(r"\{(\w+)\}", refs)))
    spec = SPECS[type_name]
    base = fill(BASE[type_name], parents)
    if type_name == "awsmedia_mediapackagevod_packaging_configuration" and path[0] != "hls_package":
        base = {k: v for k, v in base.items() if k != "hls_package"}  # one package per configuration
    with_it = next(
        (
            full(spec.schema, fill(c, parents))
            for c in configurations(spec, base, path)
            if not check_resource(spec, full(spec.schema, fill(c, parents)), values.unknown)
        ),
        None,
    )
    assert with_it is not None, "no sample configuration sets it validly"
    without = full(spec.schema, set_at(with_it, path, None))
    state = stack.apply(type_name, None, with_it)
    problems = check_resource(spec, without, values.unknown)
    if problems:  # the configuration needs it: plan says so, naming it, and nothing is applied
        assert any(p.path[: len(path)] == list(path) or p.path == list(path[:-1]) for p in problems), problems
        return
    stack.apply(type_name, state, without)


def _get(config: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = config
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    return value
