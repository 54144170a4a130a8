"""Case conversion shared by the generator and the runtime (one definition of every name)."""

from __future__ import annotations

import keyword
import re

# "FlowArn" -> "flow_arn", "channelArn" -> "channel_arn", "SPEKEKeyProvider" -> "speke_key_provider",
# "Smpte2038" -> "smpte2038", "MaxBitrate" -> "max_bitrate".
_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(name: str) -> str:
    """snake_case of an API member or operation name."""
    return _BOUNDARY.sub("_", name).replace("-", "_").lower()


def python_identifier(name: str) -> str:
    """A snake_case name that is safe as a Python identifier (keywords get a trailing underscore)."""
    out = snake(name)
    return out + "_" if keyword.iskeyword(out) or keyword.issoftkeyword(out) else out


def pascal(name: str) -> str:
    """PascalCase of a snake_case or camelCase name: "flow_source" -> "FlowSource"."""
    parts = re.split(r"[_\-\s]+", snake(name))
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def module_name(service: str) -> str:
    """The Python module of a service's generated code and tables: "mediapackage-vod" -> "mediapackage_vod"."""
    return service.replace("-", "_")
