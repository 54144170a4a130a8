"""Behaviour the model cannot state, one small named function each.

- ivs: CreateChannel also issues the channel's stream key; live streams (started through the
  control endpoint, since no real broadcaster connects) for GetStream, ListStreams, StopStream
  and PutMetadata.
- mediaconnect: `Source` mirrors the first entry of `Sources`; a flow keeps at least one source
  (the most it may have is a model rule the engine checks); a flow whose source subscribes to an
  entitlement adds an output for it to the granting flow, which only revoking the entitlement
  removes; ListEntitlements lists the entitlements granted to this account; a flow's sources share
  one protocol (RTP with RTP-FEC); an output a receiver connects to (Zixi pull, SRT listener)
  reports the flow's egress IP as its listener address; a subscriber removed from an entitlement
  loses the output that served it.
- mediapackage-vod: an asset gets one egress endpoint per packaging configuration in its group,
  ending in the manifest of its package, and loses it when the configuration is deleted.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..shapes import value_at

if TYPE_CHECKING:
    from .engine import Backend, Call, Record, Reply

AfterHook = Callable[["Backend", "Call", "Record"], None]


# -- ivs -------------------------------------------------------------------------------------------


def issue_stream_key(backend: Backend, call: Call, channel: Record) -> None:
    key = backend.insert(call, "StreamKey", {"channelArn": channel["arn"]})
    call.by_shape["StreamKey"] = key


def streams(backend: Backend) -> dict[str, Record]:
    """Live streams by channel ARN (kept with the rest of the state so they persist)."""
    live: dict[str, Record] = backend.hook_state("ivs").setdefault("streams", {})
    return live


def start_stream(
    backend: Backend, channel_arn: str, *, health: str = "HEALTHY", viewer_count: int = 0
) -> Record:
    """Pretend a broadcaster went live on a channel (called from the control endpoint)."""
    with backend.lock:
        channel = backend.records("ivs", "Channel").get(channel_arn)
        if channel is None:
            raise KeyError(f"no channel {channel_arn}")
        stream: Record = {
            "channelArn": channel_arn,
            "playbackUrl": channel.get("playbackUrl"),
            "state": "LIVE",
            "health": health,
            "viewerCount": viewer_count,
            "startTime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "metadata": [],
        }
        streams(backend)[channel_arn] = stream
        return stream


def _live(backend: Backend, call: Call) -> Record:
    arn = call.params["channelArn"]
    backend.get(call, "Channel", arn)
    stream = streams(backend).get(arn)
    if stream is None:
        raise backend.error(
            call.table, "not_found", f"channel {arn} is not broadcasting", code="ChannelNotBroadcasting"
        )
    return stream


def get_stream(backend: Backend, call: Call) -> Reply:
    call.by_shape["Stream"] = _live(backend, call)
    return backend.reply(call, {}, None)


def list_streams(backend: Backend, call: Call) -> Reply:
    return backend.page(call, list(streams(backend).values()), "channelArn")


def stop_stream(backend: Backend, call: Call) -> Reply:
    _live(backend, call)
    del streams(backend)[call.params["channelArn"]]
    return backend.reply(call, {}, None)


def put_metadata(backend: Backend, call: Call) -> Reply:
    stream = _live(backend, call)
    stream["metadata"] = (stream.get("metadata") or [])[-99:] + [call.params["metadata"]]
    return backend.reply(call, {}, None)


def on_channel_deleted(backend: Backend, call: Call, channel: Record) -> None:
    streams(backend).pop(channel["arn"], None)


# -- mediaconnect ----------------------------------------------------------------------------------


def primary_source(backend: Backend, call: Call, flow: Record) -> None:
    if not flow.get("Sources") and flow.get("Source"):  # created with the single `Source` member
        flow["Sources"] = [flow["Source"]]
    if flow.get("Sources"):
        flow["Source"] = flow["Sources"][0]


def _flows(backend: Backend) -> list[Record]:
    return list(backend.records("mediaconnect", "Flow").values())


def _granting_flow(backend: Backend, entitlement_arn: str) -> tuple[Record, Record] | None:
    for flow in _flows(backend):
        for ent in flow.get("Entitlements") or []:
            if ent.get("EntitlementArn") == entitlement_arn:
                return flow, ent
    return None


def _bad(backend: Backend, call: Call, message: str) -> Exception:
    return backend.error(call.table, "bad_request", message)


def check_failover_protocols(backend: Backend, call: Call) -> None:
    """A flow's two sources use one protocol, RTP and RTP-FEC counting as one (AWS Elemental
    MediaConnect User Guide, source failover)."""
    protocol = call.table.structure("SetSourceRequest").members["Protocol"]
    given = [s.get(protocol.name) for s in call.params.get("Sources") or []]
    if call.op.name == "AddFlowSources":  # with the flow's own, kept where responses nest them
        flow = backend.get(call, "Flow", call.params["FlowArn"])
        given += [value_at(s, protocol.response_path) for s in flow.get("Sources") or []]
    kinds = sorted({"rtp" if p in ("rtp", "rtp-fec") else p for p in given if p})
    if len(kinds) > 1:
        raise _bad(
            backend,
            call,
            f"a flow's sources use one protocol (RTP with RTP-FEC); these would use {', '.join(kinds)}",
        )


def check_entitlement_sources(backend: Backend, call: Call) -> None:
    """A source that subscribes to an entitlement must name one that exists."""
    # CreateFlow and AddFlowSources carry sources; UpdateFlowSource is itself one.
    named = [*(call.params.get("Sources") or []), call.params.get("Source") or {}, call.params]
    for source in named:
        arn = source.get("EntitlementArn")
        if arn and _granting_flow(backend, arn) is None:
            raise backend.error(call.table, "not_found", f"entitlement {arn} does not exist")


def entitlement_outputs(backend: Backend, call: Call, flow: Record) -> None:
    """Give the granting flow an output for each entitlement this flow subscribes to."""
    for source in flow.get("Sources") or []:
        found = _granting_flow(backend, source.get("EntitlementArn") or "")
        if found is None:
            continue
        origin, ent = found
        served = any(o.get("EntitlementArn") == ent["EntitlementArn"] for o in origin.get("Outputs") or [])
        if served or backend.account not in (ent.get("Subscribers") or []):
            continue
        output = {
            "Name": ent.get("Name"),
            "EntitlementArn": ent["EntitlementArn"],
            "Description": f"Subscriber of {ent.get('Name')}",
        }
        origin.setdefault("Outputs", []).append(backend.new_record(call, "FlowOutput", output))


# Outputs a receiver connects to (pulls from); AWS Elemental MediaConnect User Guide, outputs.
LISTENER_PROTOCOLS = ("zixi-pull", "srt-listener")


def listener_addresses(backend: Backend, call: Call, flow: Record) -> None:
    """An output a receiver connects to reports the address to connect to: the flow's public egress
    IP (the address of a VPC interface, for private outputs, is not emulated)."""
    protocol = call.table.structure("AddOutputRequest").members["Protocol"]  # kept where responses nest it
    for output in flow.get("Outputs") or []:
        listens = value_at(output, protocol.response_path) in LISTENER_PROTOCOLS
        if listens and not output.get("VpcInterfaceAttachment"):
            output["ListenerAddress"] = flow.get("EgressIp")
        else:
            output.pop("ListenerAddress", None)


def unsubscribed_outputs(backend: Backend, call: Call, flow: Record) -> None:
    """An entitlement's subscriber that is removed loses the output that served it (UpdateFlowEntitlement,
    seed 000); this emulator's flows all belong to its one account."""
    dropped = {
        ent["EntitlementArn"]
        for ent in flow.get("Entitlements") or []
        if backend.account not in (ent.get("Subscribers") or [])
    }
    flow["Outputs"] = [o for o in flow.get("Outputs") or [] if o.get("EntitlementArn") not in dropped]


def check_remove_source(backend: Backend, call: Call) -> None:
    flow = backend.get(call, "Flow", call.params["FlowArn"])
    if len(flow.get("Sources") or []) <= 1:
        raise _bad(backend, call, "a flow needs at least one source; add another before removing this one")


def check_remove_output(backend: Backend, call: Call) -> None:
    flow = backend.get(call, "Flow", call.params["FlowArn"])
    output = next(
        (o for o in flow.get("Outputs") or [] if o.get("OutputArn") == call.params["OutputArn"]), None
    )
    if output is not None and output.get("EntitlementArn"):
        raise _bad(
            backend,
            call,
            f"output {call.params['OutputArn']} serves entitlement {output['EntitlementArn']}; revoke the entitlement instead",
        )


def granted_entitlements(backend: Backend, call: Call) -> Reply:
    mine = [
        ent
        for flow in _flows(backend)
        if not backend.unseen(call, flow)
        for ent in flow.get("Entitlements") or []
        if backend.account in (ent.get("Subscribers") or []) and not backend.unseen(call, ent)
    ]
    return backend.page(call, mine, "EntitlementArn")


# -- mediapackage-vod ------------------------------------------------------------------------------


# The manifest an egress URL ends in, by the package a configuration has.
_MANIFESTS = {
    "HlsPackage": "index.m3u8",
    "CmafPackage": "index.m3u8",
    "DashPackage": "index.mpd",
    "MssPackage": "index.ism/Manifest",
}


def _manifest(config: Record) -> str:
    return next((name for package, name in _MANIFESTS.items() if config.get(package)), "index")


def egress_endpoints(backend: Backend, call: Call, asset: Record) -> None:
    group = backend.records("mediapackage-vod", "PackagingGroup")[asset["PackagingGroupId"]]
    configs = [
        c
        for c in backend.records("mediapackage-vod", "PackagingConfiguration").values()
        if c.get("PackagingGroupId") == asset["PackagingGroupId"]
    ]
    asset["EgressEndpoints"] = [
        {
            "PackagingConfigurationId": c["Id"],
            "Url": f"{group.get('DomainName')}/out/v1/{asset['Id']}/{c['Id']}/{_manifest(c)}",
        }
        for c in configs
    ]


def drop_egress_endpoints(backend: Backend, call: Call, config: Record) -> None:
    """A deleted packaging configuration no longer serves its group's assets."""
    for asset in backend.records("mediapackage-vod", "Asset").values():
        if asset.get("PackagingGroupId") == config.get("PackagingGroupId"):
            asset["EgressEndpoints"] = [
                e
                for e in asset.get("EgressEndpoints") or []
                if e.get("PackagingConfigurationId") != config["Id"]
            ]


# -- registry --------------------------------------------------------------------------------------

# (service, resource) -> hooks run after a create only / after any change (create, update, child change)
AFTER_CREATE: dict[tuple[str, str], list[AfterHook]] = {
    ("ivs", "Channel"): [issue_stream_key],
    ("mediapackage-vod", "Asset"): [egress_endpoints],
}
AFTER_DELETE: dict[tuple[str, str], list[AfterHook]] = {
    ("ivs", "Channel"): [on_channel_deleted],
    ("mediapackage-vod", "PackagingConfiguration"): [drop_egress_endpoints],
}
AFTER_CHANGE: dict[tuple[str, str], list[AfterHook]] = {
    ("mediaconnect", "Flow"): [primary_source, entitlement_outputs, unsubscribed_outputs, listener_addresses],
}
# (service, operation) -> checks run before the handler; they raise an ApiError to refuse
BEFORE: dict[tuple[str, str], list[Callable[[Backend, Call], None]]] = {
    ("mediaconnect", "CreateFlow"): [check_entitlement_sources, check_failover_protocols],
    ("mediaconnect", "UpdateFlowSource"): [check_entitlement_sources],
    ("mediaconnect", "AddFlowSources"): [check_entitlement_sources, check_failover_protocols],
    ("mediaconnect", "RemoveFlowSource"): [check_remove_source],
    ("mediaconnect", "RemoveFlowOutput"): [check_remove_output],
}
# (service, operation) -> (role, handler) for operations no resource definition covers
OPERATIONS: dict[tuple[str, str], tuple[str, Callable[[Backend, Call], Reply]]] = {
    ("ivs", "GetStream"): ("hook_read", get_stream),
    ("ivs", "ListStreams"): ("hook_read", list_streams),
    ("ivs", "StopStream"): ("hook", stop_stream),
    ("ivs", "PutMetadata"): ("hook", put_metadata),
    ("mediaconnect", "ListEntitlements"): ("hook_read", granted_entitlements),
}


def after(service: str, resource: str, created: bool) -> list[AfterHook]:
    found = list(AFTER_CHANGE.get((service, resource), []))
    if created:
        found = AFTER_CREATE.get((service, resource), []) + found
    return found
