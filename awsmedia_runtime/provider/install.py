"""`awsmedia-provider install`: put the provider into a Terraform filesystem mirror and write the
CLI configuration that makes `terraform init` find it there, offline.

The mirror holds a small launcher (the "unpacked" layout Terraform accepts): it runs this
Python with the awsmedia package, so the provider is always the installed code. With
`--generated DIR` it serves the provider generated into DIR instead (`python -m codegen generate
--model FILE --out DIR`, an earlier point of a service's API, say), with this environment's runtime:
the path is written into the launcher, so starting it costs nothing more.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

from .. import VERSION

SOURCE = "awsmedia/awsmedia"
HOST = "registry.terraform.io"


def platform_dir() -> str:
    machine = platform.machine().lower()
    arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)
    return f"{platform.system().lower()}_{arch}"


class InstallError(Exception):
    """A provider that cannot be installed as asked; the message says why."""


def generated_tree(path: Path) -> Path:
    """A folder `codegen generate --out` wrote (it holds awsmedia/provider), resolved."""
    path = path.resolve()
    if not (path / "awsmedia" / "provider" / "__init__.py").is_file():
        raise InstallError(
            f"{path} holds no generated provider (awsmedia/provider/__init__.py); "
            "make one with `python -m codegen generate --model FILE --out DIR`"
        )
    return path


def import_paths(generated: Path | None = None) -> list[str]:
    """Where this interpreter finds awsmedia (or the generated tree given) and its dependencies,
    fixed at install time."""
    import sysconfig

    import awsmedia

    from .. import naming

    found = [
        str(generated_tree(generated) if generated else Path(awsmedia.__file__).resolve().parent.parent),
        str(Path(naming.__file__).resolve().parent.parent),
    ]
    found += [sysconfig.get_paths()[key] for key in ("purelib", "platlib")]
    return list(dict.fromkeys(found))


def launcher_text(python: str, paths: list[str]) -> str:
    # One shebang argument only (Linux passes the rest as one word), hence "-IS".
    # -I: PYTHON* variables and the user's site directory cannot change which code runs.
    # -S: skip `site`; its start-up work (and an editable install's import hook) is a large
    # share of a launch, and Terraform launches the provider several times per command.
    return (
        f"#!{python} -IS\nimport sys\n\nsys.path[:0] = {paths!r}\n"
        "from awsmedia.provider import main\n\nmain()\n"
    )


def cli_config(mirror: Path) -> str:
    return (
        "# Written by `awsmedia-provider install`: the awsmedia provider comes from a local mirror.\n"
        "provider_installation {\n"
        "  filesystem_mirror {\n"
        f'    path    = "{mirror}"\n'
        f'    include = ["{SOURCE}"]\n'
        "  }\n"
        "  direct {\n"
        f'    exclude = ["{SOURCE}"]\n'
        "  }\n"
        "}\n"
    )


def endpoint_config(endpoint: str) -> str:
    """Terraform settings and a provider block that send every service to one endpoint (a
    local backend) with placeholder credentials: the start of a test or demo configuration."""
    from awsmedia.provider import SERVICES  # generated from the model: one endpoint setting per service

    endpoints = "".join(f"    {s['endpoint']:<15} = \"{endpoint}\"\n" for s in SERVICES.values())
    return (
        'terraform {\n  required_providers {\n    awsmedia = { source = "' + SOURCE + '" }\n  }\n}\n\n'
        'provider "awsmedia" {\n  region     = "us-east-1"\n  access_key = "test"\n  secret_key = "test"\n'
        "  endpoints {\n" + endpoints + "  }\n}\n"
    )


def install(
    mirror: Path, python: str = sys.executable, version: str = VERSION, generated: Path | None = None
) -> Path:
    """Write the launcher into the mirror; returns its path. Re-running replaces it. With `generated`,
    the launcher serves the provider generated into that folder."""
    paths = import_paths(generated)
    mirror = mirror.resolve()
    target = mirror / HOST / SOURCE / version / platform_dir() / f"terraform-provider-awsmedia_v{version}"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(launcher_text(python, paths))
    tmp.chmod(0o755)
    os.replace(tmp, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="awsmedia-provider", description="Install the awsmedia Terraform provider."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "install", help="install into a filesystem mirror and write the Terraform CLI configuration"
    )
    p.add_argument(
        "--mirror",
        type=Path,
        default=Path.home() / ".terraform.d" / "awsmedia-mirror",
        help="mirror directory (default: ~/.terraform.d/awsmedia-mirror)",
    )
    p.add_argument("--config", type=Path, help="write the CLI configuration here (default: print it)")
    p.add_argument(
        "--generated",
        type=Path,
        help="serve the provider generated into this folder (codegen generate --out) instead of the installed one",
    )
    args = parser.parse_args(argv)
    try:
        target = install(args.mirror, generated=args.generated)
    except InstallError as exc:
        print(f"awsmedia-provider install: {exc}", file=sys.stderr)
        return 2
    text = cli_config(args.mirror.resolve())
    if args.config:
        args.config.parent.mkdir(parents=True, exist_ok=True)
        args.config.write_text(text)
        print(
            f"installed {target}\nwrote {args.config}; use it with: export TF_CLI_CONFIG_FILE={args.config.resolve()}",
            file=sys.stderr,
        )
    else:
        print(f"installed {target}", file=sys.stderr)
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
