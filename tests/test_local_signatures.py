"""A local backend given credentials checks SigV4 signatures as AWS does; without, it takes any."""

from __future__ import annotations

import datetime
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from awsmedia_runtime.local import LocalServer

KEY, SECRET = "AKIDLOCALTEST", "local-secret"


@pytest.fixture
def guarded() -> Iterator[str]:
    with LocalServer(transition_delay=0.05, credentials={KEY: SECRET}) as server:
        yield server.url


def client(service: str, endpoint: str, key: str = KEY, secret: str = SECRET) -> Any:
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name="eu-west-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=Config(retries={"total_max_attempts": 1}),
    )


def refused(call: Any) -> tuple[str, int]:
    with pytest.raises(ClientError) as info:
        call()
    response = info.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def test_the_right_key_signs_every_kind_of_request(guarded: str) -> None:
    """A JSON body, an ARN in the path (percent-encoded), a query string, tags in the body."""
    mc = client("mediaconnect", guarded)
    flow = mc.create_flow(
        Name="signed flow", Source={"Name": "s", "Protocol": "rtp", "WhitelistCidr": "10.0.0.0/16"}
    )["Flow"]
    assert mc.describe_flow(FlowArn=flow["FlowArn"])["Flow"]["Name"] == "signed flow"
    assert [f["Name"] for f in mc.list_flows(MaxResults=5)["Flows"]] == ["signed flow"]
    ivs = client("ivs", guarded)
    channel = ivs.create_channel(name="c", tags={"team": "näws"})["channel"]
    assert ivs.list_tags_for_resource(resourceArn=channel["arn"])["tags"] == {"team": "näws"}


def test_a_wrong_secret_or_an_unknown_key_is_refused(guarded: str) -> None:
    wrong = client("ivs", guarded, secret="not-the-secret")
    assert refused(lambda: wrong.list_channels()) == ("InvalidSignatureException", 403)
    stranger = client("mediaconnect", guarded, key="AKIDSTRANGER")
    assert refused(lambda: stranger.list_flows()) == ("UnrecognizedClientException", 403)
    assert client("ivs", guarded).list_channels()["channels"] == []


def test_a_stale_signature_is_refused(guarded: str) -> None:
    """Signed correctly, but 20 minutes ago."""
    stamp = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=20)).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    host = guarded.split("://")[1]
    request = AWSRequest(
        method="POST",
        url=f"{guarded}/ListChannels",
        data=b"{}",
        headers={"Host": host, "X-Amz-Date": stamp, "Content-Type": "application/json"},
    )
    request.context["timestamp"] = stamp
    signer = SigV4Auth(Credentials(KEY, SECRET), "ivs", "eu-west-1")
    signature = signer.signature(signer.string_to_sign(request, signer.canonical_request(request)), request)
    headers = {
        **dict(request.headers),
        "Authorization": f"AWS4-HMAC-SHA256 Credential={KEY}/{stamp[:8]}/eu-west-1/ivs/aws4_request, "
        f"SignedHeaders=content-type;host;x-amz-date, Signature={signature}",
    }
    sent = urllib.request.Request(f"{guarded}/ListChannels", data=b"{}", headers=headers, method="POST")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(sent, timeout=10)
    assert info.value.code == 403 and info.value.headers["x-amzn-ErrorType"] == "InvalidSignatureException"
    assert b"signature expired" in info.value.read()


def test_without_credentials_any_signature_is_taken(local_endpoint: str) -> None:
    assert client("ivs", local_endpoint, key="anything", secret="at-all").list_channels()["channels"] == []


def test_credentials_of_another_form_are_refused_at_start() -> None:
    from awsmedia_runtime.local.server import main

    assert main(["--port", "0", "--credentials", "no-secret-here"]) == 2
