"""Signature Version 4 checks, for a backend given the credentials it accepts (`--credentials KEY:SECRET`).

Without them the backend takes any well-formed signature, since no account holds the keys. With them a
request must be signed with one of those keys, within 15 minutes of the backend's clock, and its
signature must be the one the key makes of it; the expected signature is computed by botocore's own
signer from the request as received, its signed headers only.
"""

from __future__ import annotations

import datetime
import hmac
import re
from collections.abc import Mapping
from typing import Any

from .wire import ApiError

_HEADER = re.compile(
    r"AWS4-HMAC-SHA256 Credential=([^/,\s]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request,\s*"
    r"SignedHeaders=([a-z0-9;\-]+),\s*Signature=([0-9a-f]{64})$"
)
MAX_SKEW = datetime.timedelta(minutes=15)  # as AWS allows


def parse_credentials(pairs: list[str]) -> dict[str, str]:
    """KEY:SECRET pairs -> {key: secret}; a pair of another form is a ValueError naming it."""
    found = {}
    for pair in pairs:
        key, sep, secret = pair.partition(":")
        if not (sep and key and secret):
            raise ValueError(f"credentials must be given as KEY:SECRET, got {pair!r}")
        found[key] = secret
    return found


def signature_error(
    secrets: Mapping[str, str], method: str, raw_path: str, headers: Any, body: bytes
) -> ApiError | None:
    """Why the request's signature is refused, or None when it is the one its key makes."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    found = _HEADER.match(headers.get("Authorization") or "")
    if found is None:
        return ApiError(
            "IncompleteSignatureException",
            400,
            "the Authorization header needs Credential, SignedHeaders and a 64-digit hex Signature",
        )
    key, day, region, service, signed, given = found.groups()
    secret = secrets.get(key)
    if secret is None:
        return ApiError(
            "UnrecognizedClientException", 403, f"the access key {key!r} is not one this backend accepts"
        )
    stamp = headers.get("X-Amz-Date") or ""
    try:
        when = datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return ApiError("IncompleteSignatureException", 400, "X-Amz-Date must be given as YYYYMMDDTHHMMSSZ")
    if not stamp.startswith(day) or abs(datetime.datetime.now(datetime.timezone.utc) - when) > MAX_SKEW:
        return ApiError(
            "InvalidSignatureException",
            403,
            f"signature expired or not yet valid: signed at {stamp}, more than 15 minutes from the backend's clock "
            "or on another day than its credential scope",
        )
    names = signed.split(";")
    if "host" not in names:
        return ApiError("InvalidSignatureException", 403, "the signed headers must include host")
    request = AWSRequest(
        method=method,
        url=f"http://{headers.get('Host')}{raw_path}",
        data=body,
        headers={name: headers.get(name) or "" for name in names},
    )
    request.context["timestamp"] = stamp
    signer = SigV4Auth(Credentials(key, secret), service, region)
    expected = signer.signature(signer.string_to_sign(request, signer.canonical_request(request)), request)
    if not hmac.compare_digest(expected, given):
        return ApiError(
            "InvalidSignatureException",
            403,
            f"the request signature is not the one the secret key of {key!r} makes of this request",
        )
    return None
