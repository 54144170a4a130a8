"""What one generated tree's artifacts say, for tests/test_evolution_consistency.py.

Run as a script with the tree first on PYTHONPATH (`python -m codegen generate --model FILE --out
TREE`), so that `awsmedia` is that tree's package and not the one in generated/: two versions of
one package cannot share a process. It reads a JSON request on stdin and prints one JSON report:

- the typed client: its Literal types, its dataclasses' fields and annotations, its methods;
- the provider: the schema it serves Terraform (GetProviderSchema), as flat attribute and block paths;
- the local backend: the resources and operations its tables hold;
- the CDKTF constructs, read from the generated module's source (importing it would start jsii):
  per Terraform type, the class, the declaration its validation runs on and its configuration as
  flat paths (keyword arguments and nested block TypedDict keys) with each path's Literal values;
- the docs: per resource and data source page, its schema rows (flat paths, with their details)
  and nested block sections; the client reference's methods, type fields and enum values;
- for each probe request (an operation and its parameters, in member names and in Python names),
  what each artifact answers: the problems the typed client raises, the error the local backend
  (started from this tree on 127.0.0.1) answers, and the plan-time problems the provider reports
  for the configuration of every resource created by that operation that can express the request.

It only reports; the test decides what each answer should be.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import json
import re
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


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _literals(node: ast.AST) -> list[Any]:
    return [
        c.value
        for n in ast.walk(node)
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == "Literal"
        for c in ast.walk(n.slice)
        if isinstance(c, ast.Constant)
    ]


def construct_facts(source: Path) -> dict[str, Any]:
    """The construct module's classes per Terraform type, read from its source."""
    tree = ast.parse(source.read_text())
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    typed_dicts = {
        name: {
            s.target.id: s.annotation
            for s in c.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        }
        for name, c in classes.items()
        if "TypedDict" in {ast.unparse(b) for b in c.bases}
    }
    imported = {
        alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    # `_RESOURCES = {spec.type_name: spec for spec in RESOURCES}`: which declarations each name holds
    tables = {
        s.targets[0].id: ast.unparse(s.value.generators[0].iter)
        for s in tree.body
        if isinstance(s, ast.Assign) and isinstance(s.value, ast.DictComp)
    }

    def flat(fields: dict[str, ast.expr], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, annotation in fields.items():
            out[prefix + name] = {"literals": _literals(annotation), "annotation": ast.unparse(annotation)}
            for block in _names(annotation) & set(typed_dicts):
                out.update(flat(typed_dicts[block], prefix + name + "."))
        return out

    out: dict[str, dict[str, Any]] = {"resources": {}, "data_sources": {}}
    for name, c in classes.items():
        spec = next(
            (s.value for s in c.body if isinstance(s, ast.Assign) and ast.unparse(s.targets[0]) == "_spec"),
            None,
        )
        init = next((f for f in c.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        if not isinstance(spec, ast.Subscript) or init is None:
            continue
        # The configuration is the dict handed to the base class; the other arguments are cdktf's.
        call = next(
            n for n in ast.walk(init) if isinstance(n, ast.Call) and ast.unparse(n.func) == "super().__init__"
        )
        keys = {k.value for k in next(a for a in call.args if isinstance(a, ast.Dict)).keys}  # type: ignore[union-attr]
        fields = {a.arg: a.annotation for a in init.args.kwonlyargs if a.arg in keys and a.annotation}
        table = ast.unparse(spec.value)
        declarations = tables.get(table, "")
        out[declarations.lower()][ast.literal_eval(spec.slice)] = {
            "class": name,
            "bases": [ast.unparse(b) for b in c.bases],
            "base_from": [imported.get(ast.unparse(b)) for b in c.bases],
            "declarations": f"{imported.get(declarations)}.{declarations}",
            "paths": flat(fields, ""),
        }
    return out


ROW = re.compile(r"^\| \[?`([^`]+)`\]?(?:\([^)]*\))? \|.*\| ([^|]*) \|$")


def schema_page(text: str) -> dict[str, Any]:
    """A resource or data source page's schema rows ({path: details}) and nested sections."""
    rows: dict[str, str] = {}
    sections: list[str] = []
    in_schema, prefix = False, ""
    for line in text.splitlines():
        if line.startswith("## "):
            in_schema = line == "## Schema"
        elif in_schema and line.startswith("### Nested Schema for `"):
            section = line.split("`")[1]
            sections.append(section)
            prefix = section + "."
        elif in_schema and (row := ROW.match(line)):
            rows[prefix + row.group(1)] = row.group(2)
    return {"rows": rows, "sections": sections}


def client_page(text: str) -> dict[str, Any]:
    """The client reference's methods, type fields ({type: {field: details}}) and enum values."""
    methods: list[str] = []
    types: dict[str, dict[str, str]] = {}
    enums: dict[str, list[str]] = {}
    part, heading = "", ""
    for line in text.splitlines():
        if line.startswith("## "):
            part = line[3:]
        elif line.startswith("### "):
            heading = line[4:].split(" {#")[0]
            if part in ("Operations", "Waiters"):
                methods.append(heading)
        elif part == "Types" and (row := ROW.match(line)):
            types.setdefault(heading, {})[row.group(1)] = row.group(2)
        elif part == "Enums" and " Values: `" in line:
            enums[heading] = re.findall(r"`([^`]+)`", line.split(" Values: ", 1)[1])
    return {"methods": methods, "types": types, "enums": enums}


def docs_facts(tree: Path, service: str) -> dict[str, Any]:
    """The resource and data source pages by Terraform type, and the service's client reference."""
    docs = tree / "docs"
    pages: dict[str, Any] = {"resources": {}, "data_sources": {}}
    for kind, folder in (("resources", "resources"), ("data_sources", "data-sources")):
        for page in sorted((docs / folder).glob("*.md")):
            text = page.read_text()
            type_name = re.search(r"^# (\S+) \(", text, re.M).group(1)  # type: ignore[union-attr]
            pages[kind][type_name] = schema_page(text)
    return {"pages": pages, "client": client_page((docs / "clients" / f"{service}.md").read_text())}


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


def config_paths(block: Any, config: dict[str, Any], prefix: str = "") -> set[str]:
    """The attribute and block paths a configuration of `block` sets (a list block's items merged)."""
    out = set()
    for key, value in config.items():
        out.add(prefix + key)
        nested = next((b for b in block.blocks if b.name == key), None)
        for item in (value if isinstance(value, list) else [value]) if nested is not None else []:
            out |= config_paths(nested, item, prefix + key + ".")
    return out


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
            "config_paths": sorted(config_paths(spec.schema, config)),
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

    module = module_name(service)
    client_module = importlib.import_module(f"awsmedia.clients.{module}")
    servicer = ProviderServicer(NAME, {service: SERVICES[service]}, threading.Event())
    local = load_tables()[service]
    report: dict[str, Any] = {
        "service": service,
        "client": client_facts(client_module),
        "provider": provider_facts(servicer),
        "backend": {
            "resources": {name: r.get("parent") or {} for name, r in local.resources.items()},
            "operations": sorted(local.routes),
        },
        "constructs": construct_facts(Path(request["tree"]) / "awsmedia" / "constructs" / f"{module}.py"),
        "docs": docs_facts(Path(request["tree"]), service),
    }
    with LocalServer(seed=1) as server:
        client = getattr(client_module, report["client"]["client"])(
            endpoint_url=server.url, region_name="us-east-1"
        )
        report["answers"] = [answers(client, servicer, p) for p in request["probes"]]
    json.dump(report, sys.stdout, default=str)


if __name__ == "__main__":
    main()
