"""Behaviour the model cannot state, one small named function each.

- ivs: CreateChannel also issues the channel's stream key; live streams (started through the
  control endpoint, since no real broadcaster connects) for GetStream, ListStreams, StopStream
  and PutMetadata.
- mediaconnect: `Source` always mirrors the first entry of `Sources`.
- mediapackage-vod: an asset gets one egress endpoint per packaging configuration in its group.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

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


def start_stream(backend: Backend, channel_arn: str, *, health: str = "HEALTHY", viewer_count: int = 0) -> Record:
    """Pretend a broadcaster went live on a channel (called from the control endpoint)."""
    with backend.lock:
        channel = backend.records("ivs", "Channel").get(channel_arn)
        if channel is None:
            raise KeyError(f"no channel {channel_arn}")
        stream: Record = {
            "channelArn": channel_arn, "playbackUrl": channel.get("playbackUrl"), "state": "LIVE", "health": health,
            "viewerCount": viewer_count, "startTime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "metadata": [],
        }
        streams(backend)[channel_arn] = stream
        return stream


def _live(backend: Backend, call: Call) -> Record:
    arn = call.params["channelArn"]
    backend.get(call, "Channel", arn)
    stream = streams(backend).get(arn)
    if stream is None:
        raise backend.error(call.table, "not_found", f"channel {arn} is not broadcasting", code="ChannelNotBroadcasting")
    return stream


def get_stream(backend: Backend, call: Call) -> Reply:
    call.by_shape["Stream"] = _live(backend, call)
    return backend.reply(call, {}, None)


def list_streams(backend: Backend, call: Call) -> Reply:
    return backend.page(call, list(streams(backend).values()))


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
    if flow.get("Sources"):
        flow["Source"] = flow["Sources"][0]
    elif flow.get("Source"):
        flow["Sources"] = [flow["Source"]]


# -- mediapackage-vod ------------------------------------------------------------------------------


def egress_endpoints(backend: Backend, call: Call, asset: Record) -> None:
    group = backend.records("mediapackage-vod", "PackagingGroup")[asset["PackagingGroupId"]]
    configs = [c for c in backend.records("mediapackage-vod", "PackagingConfiguration").values()
               if c.get("PackagingGroupId") == asset["PackagingGroupId"]]
    asset["EgressEndpoints"] = [
        {"PackagingConfigurationId": c["Id"], "Url": f"{group.get('DomainName')}/out/v1/{asset['Id']}/{c['Id']}/index"} for c in configs
    ]


# -- registry --------------------------------------------------------------------------------------

# (service, resource) -> hooks run after a create only / after any change (create, update, child change)
AFTER_CREATE: dict[tuple[str, str], list[AfterHook]] = {
    ("ivs", "Channel"): [issue_stream_key],
    ("mediapackage-vod", "Asset"): [egress_endpoints],
}
AFTER_DELETE: dict[tuple[str, str], list[AfterHook]] = {
    ("ivs", "Channel"): [on_channel_deleted],
}
AFTER_CHANGE: dict[tuple[str, str], list[AfterHook]] = {
    ("mediaconnect", "Flow"): [primary_source],
}
# (service, operation) -> (role, handler) for operations no resource definition covers
OPERATIONS: dict[tuple[str, str], tuple[str, Callable[[Backend, Call], Reply]]] = {
    ("ivs", "GetStream"): ("hook_read", get_stream),
    ("ivs", "ListStreams"): ("hook_read", list_streams),
    ("ivs", "StopStream"): ("hook", stop_stream),
    ("ivs", "PutMetadata"): ("hook", put_metadata),
}


def after(service: str, resource: str, created: bool) -> list[AfterHook]:
    found = list(AFTER_CHANGE.get((service, resource), []))
    if created:
        found = AFTER_CREATE.get((service, resource), []) + found
    return found
