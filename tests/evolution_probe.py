"""What one generated tree's artifacts say, for tests/test_evolution_consistency.py.

Run as a script with the tree first on PYTHONPATH (`python -m codegen generate --model FILE --out
TREE`), so that `awsmedia` is that tree's package and not the one in generated/: two versions of
one package cannot share a process. It reads a JSON request on stdin and prints one JSON report:

- the typed client: its Literal types, its dataclasses' fields and annotations, its methods;
- the provider: the schema it serves Terraform (GetProviderSchema), as flat attribute and block paths;
- the local backend: the resources and operations its tables hold;
- for each probe request (an operation and its parameters, in member names and in Python names),
  what each artifact answers: the problems the typed client raises, the error the local backend
  (started from this tree on 127.0.0.1) answers, and the plan-time problems the provider reports
  for the configuration of every resource created by that operation that can express the request.

It only reports; the test decides what each answer should be.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import sys
import threading
import typing
from pathlib import Path
from typing import Any


def check_tree(tree: str) -> None:
    import awsmedia

    found = Path(awsmedia.__file__).resolve().parent.parent
    if found != Path(tree).resolve():
        raise SystemExit(
            f"awsmedia comes from {found}, not from the tree {tree}: put the tree first on PYTHONPATH"
        )


def client_facts(module: Any) -> dict[str, Any]:
    literals = {
        name: list(typing.get_args(value))
        for name, value in vars(module).items()
        if typing.get_origin(value) is typing.Literal
    }
    classes = {
        name: {f.name: str(f.type) for f in dataclasses.fields(value)}
        for name, value in vars(module).items()
        if inspect.isclass(value) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
    }
    client = next(
        value
        for value in vars(module).values()
        if inspect.isclass(value) and value.__module__ == module.__name__ and hasattr(value, "tables")
    )
    methods = sorted(name for name in vars(client) if not name.startswith("_"))
    return {"literals": literals, "classes": classes, "methods": methods, "client": client.__name__}


def flat_schema(block: Any, prefix: str = "") -> dict[str, dict[str, Any]]:
    """A served tfplugin6 block as {path: facts}, attributes and nested blocks at every depth."""
    out: dict[str, dict[str, Any]] = {}
    for a in block.attributes:
        mode = "required" if a.required else ("optional" if a.optional else "computed")
        out[prefix + a.name] = {"kind": "attribute", "mode": mode, "description": a.description}
        out[prefix + a.name]["type"] = json.loads(a.type)
    for b in block.block_types:
        path = prefix + b.type_name
        out[path] = {"kind": "block", "min_items": b.min_items, "max_items": b.max_items}
        out.update(flat_schema(b.block, path + "."))
    return out


def provider_facts(servicer: Any) -> dict[str, Any]:
    from tf.gen import tfplugin_pb2 as pb

    schema = servicer.GetProviderSchema(pb.GetProviderSchema.Request(), None)
    assert not schema.diagnostics, schema.diagnostics
    return {
        "resources": {
            name: {"version": s.version, "paths": flat_schema(s.block)}
            for name, s in schema.resource_schemas.items()
        },
        "data_sources": sorted(schema.data_source_schemas),
    }


def to_config(block: Any, params: Any) -> tuple[Any, bool]:
    """API parameters (member names) as a configuration of `block`, and whether every member has an
    attribute or block there."""
    if not isinstance(params, dict):
        return params, True
    config: dict[str, Any] = {}
    complete = True
    for member, value in params.items():
        nested = next((b for b in block.blocks if b.member == member), None)
        attr = next((a for a in block.attrs if a.member == member), None)
        if nested is not None:
            if nested.nesting == "list":
                items = [to_config(nested, v) for v in value]
                config[nested.name] = [c for c, _ in items]
                complete &= all(ok for _, ok in items)
            else:
                config[nested.name], ok = to_config(nested, value)
                complete &= ok
        elif attr is not None:
            config[attr.name] = value
        else:
            complete = False
    return config, complete


def terraform_path(block: Any, path: list[Any]) -> list[Any] | None:
    out: list[Any] = []
    current = block
    for step in path:
        if isinstance(step, int):
            out.append([step])
            continue
        if current is None:
            return None
        nested = next((b for b in current.blocks if b.member == step), None)
        attr = next((a for a in current.attrs if a.member == step), None)
        if nested is not None:
            out.append(nested.name)
            current = nested
        elif attr is not None:
            out.append(attr.name)
            current = None
        else:
            return None
    return out


def provider_answers(servicer: Any, probe: dict[str, Any]) -> dict[str, Any]:
    """Per resource created by the probe's operation that can express it: the problem paths (as
    [name or [index]] lists) and details check_resource reports, and where the probe's path is."""
    from awsmedia_runtime.provider.validate import check_resource
    from awsmedia_runtime.provider.values import unknown

    out: dict[str, Any] = {}
    for spec in servicer.resources.values():
        if spec.create != probe["operation"]:
            continue
        params, path = dict(probe["params"]), list(probe["path"])
        if spec.collection:  # the resource is the one item it adds to its parent's list
            items = params.pop(spec.collection, [{}])
            params.update(items[0])
            if path[:2] != [spec.collection, 0]:
                continue
            path = path[2:]
        config, complete = to_config(spec.schema, params)
        where = terraform_path(spec.schema, path)
        if not complete or where is None:
            continue
        failures = check_resource(spec, config, unknown)
        out[spec.type_name] = {
            "path": where,
            "problems": [
                [[s if isinstance(s, str) else list(s) for s in f.path], f.detail] for f in failures
            ],
        }
    return out


def answers(client: Any, servicer: Any, probe: dict[str, Any]) -> dict[str, Any]:
    from awsmedia_runtime import ValidationError
    from botocore.exceptions import ClientError

    result: dict[str, Any] = {}
    method = getattr(client, probe["method"], None)
    if method is None:
        result["client"] = None
    else:
        kwargs = dict(probe["kwargs"])
        parameters = inspect.signature(method).parameters
        for name, p in parameters.items():
            if p.kind == p.KEYWORD_ONLY and p.default is p.empty:
                kwargs.setdefault(name, None)  # reported as missing, as a caller leaving it out would be
        not_parameters = [name for name in kwargs if name not in parameters]
        if not_parameters:  # the typed signature refuses it before validation could
            result["client"] = [
                [name, f"unknown attribute: not a parameter of {probe['method']}"] for name in not_parameters
            ]
        else:
            try:
                method(**kwargs)
                result["client"] = []
            except ValidationError as exc:
                result["client"] = [list(p) for p in exc.problems]
            except Exception:  # sent: the backend's answer is looked at below
                result["client"] = []
    try:
        getattr(client.boto3_client, probe["boto3_method"])(**probe["params"])
        result["backend"] = ""
    except ClientError as exc:
        result["backend"] = str(exc.response.get("Error", {}).get("Message", ""))
    result["provider"] = provider_answers(servicer, probe)
    return result


def main() -> None:
    request = json.load(sys.stdin)
    check_tree(request["tree"])
    service = request["service"]
    from awsmedia.provider import NAME, SERVICES

    from awsmedia_runtime.local import LocalServer
    from awsmedia_runtime.local.tables import load_tables
    from awsmedia_runtime.naming import module_name
    from awsmedia_runtime.provider.servicer import ProviderServicer

    module = importlib.import_module(f"awsmedia.clients.{module_name(service)}")
    servicer = ProviderServicer(NAME, {service: SERVICES[service]}, threading.Event())
    local = load_tables()[service]
    report: dict[str, Any] = {
        "client": client_facts(module),
        "provider": provider_facts(servicer),
        "backend": {
            "resources": {name: r.get("parent") or {} for name, r in local.resources.items()},
            "operations": sorted(local.routes),
        },
    }
    with LocalServer(seed=1) as server:
        client = getattr(module, report["client"]["client"])(endpoint_url=server.url, region_name="us-east-1")
        report["answers"] = [answers(client, servicer, p) for p in request["probes"]]
    json.dump(report, sys.stdout, default=str)


if __name__ == "__main__":
    main()
