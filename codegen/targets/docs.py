"""Docs target: reference pages in the Terraform registry's layout, a client reference per service,
guides, and the mkdocs site that builds them into a browsable site.

Everything here is laid out from what the other targets act on, so the pages cannot disagree with
the code: the provider's own declarations (the JSON the provider target writes, read back into the
runtime's dataclasses), the shared tables, and the facts the provider's schema descriptions give
(`awsmedia_runtime.facts`, one wording for both). Examples are files in `examples/docs/` (Terraform,
and CDKTF Python where present, by Terraform type name; client scripts by service module): the
tests run every one of them, and a page shows what is there.

Layout (under generated/docs/), as tfplugindocs lays out a provider for the registry:
`index.md`, `resources/<name>.md`, `data-sources/<name>.md` (names without the `awsmedia_` prefix),
`guides/<guide>.md`; beside them `clients/<service>.md`, the CDKTF construct reference
(`constructs/index.md` and `constructs/<service>.md`, laid out from the constructs target's own
views with the facts of the schema rows) and the changelog target's `changelog/<service>.md`.
`generated/mkdocs.yml` builds the site, navigation by service.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awsmedia_runtime.facts import attribute_facts, member_facts
from awsmedia_runtime.naming import snake
from awsmedia_runtime.provider.aws import SETTINGS, provider_schema
from awsmedia_runtime.provider.spec import Attr, Block, DataSourceSpec, ResourceSpec, declarations_from_data
from awsmedia_runtime.shapes import ListOf, MapOf, Shape, Structure
from awsmedia_runtime.tables import ServiceTables, tables_from_data

from ..ir import Model, Operation, Service
from ..render import Renderer
from . import clients, constructs, provider, shapes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "docs"
PROVIDER = "awsmedia"
# Guides: file name -> (title, the Terraform types it is about); their text is in templates/docs/guides/,
# their examples in examples/docs/guides/.
GUIDES = {
    "getting-started": ("Getting started with the local backend", ("awsmedia_ivs_channel",)),
    "failover-flow": (
        "Managing a failover flow",
        ("awsmedia_mediaconnect_flow", "awsmedia_mediaconnect_flow_source"),
    ),
    "rotate-stream-key": ("Rotating an IVS stream key", ("awsmedia_ivs_stream_key",)),
    "import": ("Importing existing resources", ()),
}


# -- schema tables ------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One attribute or block in a schema table; text is ready for a table cell."""

    name: str
    type: str  # as tfplugindocs names it: String, Number, Boolean, List of String, Block List, ...
    description: str
    details: list[str]  # the facts, one sentence each
    anchor: str = ""  # its nested schema, if it has one

    def __post_init__(self) -> None:
        self.description = cell(self.description)
        self.details = [cell(d) for d in self.details]


@dataclass
class Section:
    """The attributes of the schema's root or of one nested block or object."""

    title: str  # "" for the root
    anchor: str  # "" for the root
    required: list[Row] = field(default_factory=list)
    optional: list[Row] = field(default_factory=list)
    read_only: list[Row] = field(default_factory=list)


_SCALAR_NAMES = {"string": "String", "number": "Number", "integer": "Number", "bool": "Boolean"}
_SCALAR_NAMES["timestamp"] = "String"


def type_label(t: Any) -> str:
    if isinstance(t, str):
        return _SCALAR_NAMES[t]
    if t[0] == "object":
        return "Object"
    return f"{t[0].capitalize()} of {type_label(t[1])}"


_CODE_SPAN = re.compile(r"`([^`]*)`")


def _code_with_pipe(m: re.Match[str]) -> str:
    # A pipe in a code span: `\|` would show its backslash in mkdocs and a bare `|` ends the cell on the
    # registry (GitHub's tables), so such a span is written as HTML, which both render.
    if "|" not in m.group(1):
        return m.group(0)
    return "<code>" + html.escape(m.group(1), quote=False).replace("|", "&#124;") + "</code>"


def cell(text: str) -> str:
    """Text safe in a Markdown table cell: pipes escaped (in code spans, as HTML), one line."""
    parts = re.split(r"(`[^`]*`)", _CODE_SPAN.sub(_code_with_pipe, text))
    return "".join(p if p.startswith("`") else p.replace("|", "\\|") for p in parts).replace("\n", " ")


def object_fields(t: Any) -> tuple[tuple[str, str, Any], ...] | None:
    """The fields of an object type, or of the objects a list or map holds."""
    while not isinstance(t, str):
        if t[0] == "object":
            return tuple(t[1])
        t = t[1]
    return None


def structure_of(shape: Shape | None) -> Structure | None:
    while isinstance(shape, ListOf | MapOf):
        shape = shape.item
    return shape if isinstance(shape, Structure) else None


class SchemaPage:
    """A schema's sections, root first, nested ones in the order their parents link them."""

    def __init__(self, shapes: dict[str, Shape], svc: Service | None):
        self.shapes = shapes  # the shared tables' shapes, which the facts are worded from
        self.svc = svc  # its IR, for the descriptions of what read-only objects hold
        self.sections: list[Section] = []

    def description(self, structure: str, member: str) -> str:
        """The model's description of a member (the IR has descriptions; the tables do not)."""
        assert self.svc is not None  # only a service's schemas hold read-only objects
        found = self.svc.structure(structure).member(member)
        assert found is not None, f"{structure}.{member}"
        return found.description

    def block(self, b: Block, title: str = "", anchor: str = "", read: Structure | None = None) -> None:
        section = Section(title, anchor)
        self.sections.append(section)
        shape = self.shapes.get(b.shape or "")
        nested: list[tuple[Block | tuple[Attr, Structure | None], str, str]] = []
        for a in b.attrs:
            own = shape.members.get(a.member or "") if isinstance(shape, Structure) else None
            member = own or (read.members.get(a.member or "") if read and a.computed else None)
            row = Row(
                a.name,
                type_label(a.type),
                a.description,
                [f.text for f in attribute_facts(a, member)],
            )
            if object_fields(a.type):
                row.anchor = f"nestedatt--{anchor.split('--', 1)[1] + '--' if anchor else ''}{a.name}"
                nested.append(((a, structure_of(member.type) if member else None), row.anchor, a.name))
            if a.required:
                section.required.append(row)
            elif a.optional:
                section.optional.append(row)
            else:
                section.read_only.append(row)
        for x in b.blocks:
            x_anchor = f"nestedblock--{anchor.split('--', 1)[1] + '--' if anchor else ''}{x.name}"
            kind = "Block" if x.nesting == "single" else "Block List"
            limits = [f"Min: {x.min_items}"] if x.min_items and x.nesting == "list" else []
            limits += [f"Max: {x.max_items}"] if x.max_items else []
            facts = ["Changing it replaces the resource."] if x.replace else []
            row = Row(x.name, ", ".join([kind, *limits]), x.description, facts, x_anchor)
            (section.required if x.min_items else section.optional).append(row)
            nested.append((x, x_anchor, x.name))
        for item, item_anchor, name in nested:
            path = f"{title}.{name}" if title else name
            if isinstance(item, Block):
                self.block(item, path, item_anchor)
            else:
                self.object(item[0].type, item[1], path, item_anchor)

    def object(self, t: Any, structure: Structure | None, title: str, anchor: str) -> None:
        """A read-only object's fields: what the service returns inside it."""
        section = Section(title, anchor)
        self.sections.append(section)
        nested = []
        for name, member_name, sub in object_fields(t) or ():
            member = structure.members.get(member_name) if structure else None
            a = Attr(name, sub, member_name, computed=True)
            row = Row(
                name,
                type_label(sub),
                self.description(structure.name, member_name) if structure else "",
                [f.text for f in attribute_facts(a, member)],
            )
            if object_fields(sub):
                row.anchor = f"{anchor}--{name}"
                nested.append(
                    (sub, structure_of(member.type) if member else None, f"{title}.{name}", row.anchor)
                )
            section.read_only.append(row)
        for sub, inner, sub_title, sub_anchor in nested:
            self.object(sub, inner, sub_title, sub_anchor)


def read_structure(tables: ServiceTables, operation: str, path: tuple[str, ...]) -> Structure | None:
    """The structure an operation's response holds at `path` (the item of a list, for a collection)."""
    shape: Shape | None = tables.operations[operation].output
    for step in path:  # the provider reads the same path, so every step is there
        found = structure_of(shape)
        assert found is not None, f"{operation}: {'.'.join(path)}"
        shape = found.members[step].type
    return structure_of(shape)


# -- pages ---------------------------------------------------------------------------------------------------


@dataclass
class Example:
    language: str  # the code fence's language: terraform, python
    title: str
    text: str


def examples_for(name: str) -> list[Example]:
    """A page's examples, the files that exist: `<name>.tf`, and `<name>.py` (CDKTF) when written;
    `name` is relative to examples/docs/ ("resources/awsmedia_ivs_channel")."""
    found = []
    for suffix, language, title in ((".tf", "terraform", "Terraform"), (".py", "python", "CDKTF (Python)")):
        path = EXAMPLES / f"{name}{suffix}"
        if path.is_file():
            found.append(Example(language, title, path.read_text(encoding="utf-8").strip()))
    return found


def operations_of(r: ResourceSpec) -> list[tuple[str, str]]:
    """What the provider calls to manage a resource: (step, operations in words)."""
    rows = [("Create", f"`{r.create}`"), ("Read", f"`{r.read}`")]
    updates = [f"`{op}`" + (f" (for `{member}`)" if member else "") for op, member in r.updates]
    if r.tagging:
        updates.append(f"`{r.tagging.tag}` / `{r.tagging.untag}` (tags)")
    if r.states and r.states.on and r.states.off and r.states.switch:
        updates.append(f"`{r.states.on[0]}` / `{r.states.off[0]}` (`{r.states.switch}`)")
    rows.append(("Update", ", ".join(updates) if updates else "none: every change replaces the resource"))
    delete = [f"`{r.delete}`"]
    if r.states and r.states.stop_before_delete:
        delete.insert(0, f"`{r.states.stop_before_delete[0]}` first when it runs")
    rows.append(("Delete", ", then ".join(delete)))
    if r.replace_existing:
        rows.append(
            (
                "Before create",
                f"`{r.replace_existing.list}`, then `{r.replace_existing.delete}` on what it lists",
            )
        )
    if r.recovery:
        same = " and ".join(f"`{snake(m)}`" for m in r.recovery.match)
        rows.append(
            (
                "Create's answer lost",
                f"`{r.recovery.operation}`: the one resource with the same {same} that was not there before "
                "the create is taken as the one it made (see the importing guide)",
            )
        )
    return rows


def rules_of(tables: ServiceTables, schema: Block, r: ResourceSpec | None) -> list[tuple[str, str]]:
    """The documents' cross-field rules that apply to a configuration: (where, rule), each once."""
    found: dict[tuple[str, str], None] = {}

    def visit(b: Block, path: str) -> None:
        shape = tables.shapes.get(b.shape or "")
        if isinstance(shape, Structure):
            for rule in shape.rules:
                found[(f"`{path}`" if path else "Configuration", rule.description.rstrip(".") + ".")] = None
        for x in b.blocks:
            visit(x, f"{path}.{x.name}" if path else x.name)

    visit(schema, "")
    if r and r.parent_check:
        for rule in r.parent_check.rules:
            found[(f"Its `{r.parent_check.type_name}`", rule.description.rstrip(".") + ".")] = None
    return list(found)


def construct_link(
    cls: constructs.ConstructClass, service: Service, sections: list[Section]
) -> dict[str, Any]:
    """A page's CDKTF construct: its class, where the construct reference has it, a token attribute."""
    token = next((row.name for row in sections[0].read_only if row.name != "id"), "id")
    return {"name": cls.name, "link": f"../constructs/{service.name}.md#{cls.name.lower()}", "token": token}


@dataclass
class ConstructRows:
    """A construct class or a block's configuration in the construct reference: its keyword
    arguments (or keys) with the facts of the schema row each stands for, and its token attributes."""

    name: str
    anchor: str
    doc: str
    arguments: list[dict[str, Any]]
    attributes: list[dict[str, Any]]
    type_name: str = ""
    page: str = ""  # the resource or data source page
    label: str = ""  # Resource, Data source, Provider


class ConstructReference:
    """One service's construct reference, from the constructs target's view of its module: the
    facts come from the schema sections its resource and data source pages show."""

    def __init__(self, blocks: list[constructs.BlockClass]):
        self.blocks = {b.name: b for b in blocks}
        self.block_rows: dict[str, ConstructRows] = {}
        self.found: list[str] = []  # block classes as they are first used: a parent before its blocks
        self.classes: list[ConstructRows] = []

    def add(self, cls: constructs.ConstructClass, sections: list[Section], page: str, label: str) -> None:
        """A construct class, with the sections of its page's schema."""
        rows = self.rows(cls.name, cls.doc, cls.fields, cls.props, sections[0], sections)
        rows.type_name, rows.page, rows.label = cls.type_name, page, label
        self.classes.append(rows)

    def rows(
        self,
        name: str,
        doc: str,
        fields: list[constructs.Field],
        props: list[constructs.Prop],
        section: Section,
        sections: list[Section],
    ) -> ConstructRows:
        schema_rows = {r.name: r for r in section.required + section.optional + section.read_only}
        arguments = []
        for f in fields:
            row = schema_rows[f.name]
            if f.block and f.block not in self.found:
                self.found.append(f.block)
                block = self.blocks[f.block]
                nested = next(s for s in sections if s.anchor == row.anchor)
                self.block_rows[f.block] = self.rows(
                    block.name, block.doc, block.fields, block.props, nested, sections
                )
            arguments.append(
                {
                    "name": f.name,
                    "type": f.annotation,
                    "block": f.block.lower(),
                    "required": f.required,
                    "description": row.description,  # the facts are in the details
                    "details": row.details,
                }
            )
        attributes = [{"name": p.name, "type": p.returns, "description": cell(p.doc)} for p in props]
        return ConstructRows(name, name.lower(), doc, arguments, attributes)

    def blocks_in_order(self) -> list[ConstructRows]:
        return [self.block_rows[name] for name in self.found]


def import_id(r: ResourceSpec) -> str:
    return ",".join(f"<{part}>" for part in r.import_parts)


def short(type_name: str) -> str:
    return type_name[len(PROVIDER) + 1 :]


@dataclass
class Page:
    path: str  # under generated/docs/
    text: str


class DocsBuilder:
    def __init__(self, model: Model, renderer: Renderer, built: constructs.Views):
        self.model = model
        self.renderer = renderer
        # The constructs target's classes, by Terraform type and kind (a data source may share a type).
        self.construct_classes = {
            (c.type_name, c.kind): (c, view) for view in built.modules for c in view.classes
        }
        self.references: dict[str, ConstructReference] = {}
        self.pages: list[Page] = []
        # For the guides: Terraform type -> (import id, page), and -> the rules that apply to it.
        self.resources: dict[str, tuple[str, str]] = {}
        self.rules: dict[str, list[tuple[str, str]]] = {}
        self.operations: dict[str, list[tuple[str, str]]] = {}
        self.endpoints = [(s.terraform_name, s.title) for s in model.services]
        self.nav: list[tuple[str, list[tuple[str, list[tuple[str, str]]]]]] = []  # service -> groups -> pages

    def page(self, path: str, template: str, **context: Any) -> str:
        self.pages.append(Page(path, self.renderer.render(f"docs/{template}", **context)))
        return path

    def service(self, svc: Service) -> None:
        tables = tables_from_data(shapes.service_tables(svc), svc.file)
        # As the provider loads them: through JSON, which has arrays where the builders made tuples.
        declared = declarations_from_data(json.loads(json.dumps(provider.declarations(svc))), Path(svc.file))
        resources = [(short(r.type_name), self.resource(svc, tables, r)) for r in declared.resources]
        data = [(short(d.type_name), self.data_source(svc, tables, d)) for d in declared.data_sources]
        client = self.client(svc, tables)
        groups = [("Resources", resources), ("Data sources", data)]
        reference = [("Python client", client)]
        if svc.name in self.references:
            reference.append(("CDKTF constructs", self.constructs_page(svc, self.references[svc.name])))
        groups.append(("Reference", reference + [("Changelog", f"changelog/{svc.name}.md")]))
        self.nav.append((svc.title, groups))

    def construct(
        self, svc: Service, spec: ResourceSpec | DataSourceSpec, sections: list[Section], page: str
    ) -> dict[str, Any]:
        """Its construct into the service's construct reference; the link to it for the page."""
        kind = "resource" if isinstance(spec, ResourceSpec) else "data_source"
        cls, view = self.construct_classes[(spec.type_name, kind)]
        reference = self.references.setdefault(svc.name, ConstructReference(view.blocks))
        reference.add(cls, sections, f"../{page}", "Resource" if kind == "resource" else "Data source")
        return construct_link(cls, svc, sections)

    def constructs_page(self, svc: Service, reference: ConstructReference) -> str:
        return self.page(
            f"constructs/{svc.name}.md",
            "constructs.md.j2",
            service=svc,
            module=f"awsmedia.constructs.{svc.module}",
            classes=reference.classes,
            blocks=reference.blocks_in_order(),
        )

    def resource(self, svc: Service, tables: ServiceTables, r: ResourceSpec) -> str:
        schema = SchemaPage(tables.shapes, svc)
        schema.block(r.schema, read=read_structure(tables, r.read, r.read_result))
        rules = rules_of(tables, r.schema, r)
        self.resources[r.type_name] = (import_id(r), f"../resources/{short(r.type_name)}.md")
        self.rules[r.type_name] = rules
        self.operations[r.type_name] = operations_of(r)
        path = f"resources/{short(r.type_name)}.md"
        return self.page(
            path,
            "resource.md.j2",
            kind="Resource",
            spec=r,
            service=svc,
            examples=examples_for(f"resources/{r.type_name}"),
            sections=schema.sections,
            operations=self.operations[r.type_name],
            rules=rules,
            import_id=import_id(r),
            construct=self.construct(svc, r, schema.sections, path),
            client=f"../clients/{svc.name}.md",
        )

    def data_source(self, svc: Service, tables: ServiceTables, d: DataSourceSpec) -> str:
        schema = SchemaPage(tables.shapes, svc)
        schema.block(d.schema, read=read_structure(tables, d.operation, d.result))
        lookup = (
            f"`{d.lookup.operation}` by {', '.join(f'`{m}`' for m in d.lookup.by)} (it must list one item), then "
            if d.lookup
            else ""
        )
        path = f"data-sources/{short(d.type_name)}.md"
        return self.page(
            path,
            "data_source.md.j2",
            kind="Data Source",
            spec=d,
            service=svc,
            examples=examples_for(f"data-sources/{d.type_name}"),
            sections=schema.sections,
            reads=f"{lookup}`{d.operation}`"
            + (", every page" if tables.operations[d.operation].paginate else ""),
            rules=rules_of(tables, d.schema, None),
            construct=self.construct(svc, d, schema.sections, path),
        )

    def client(self, svc: Service, tables: ServiceTables) -> str:
        operations = []
        for op in svc.operations:
            view = clients.operation_view(tables, op)
            operations.append(
                {
                    "op": op,
                    "signature": signature(
                        op.python_name, [(p.attr, p.annotation, p.default) for p in view.params], view.returns
                    ),
                    "iterator": (
                        signature(
                            op.iterator_name,
                            [(p.attr, p.annotation, p.default) for p in view.iter_params],
                            f"Iterator[{view.item_type}]",
                        )
                        if view.item_type
                        else None
                    ),
                    "params": self.params(svc, tables, op),
                    "returns": view.returns,
                    "returns_link": type_anchor(view.returns),
                    "errors": [e.name for e in op.errors],
                }
            )
        waiters = [
            {
                "waiter": w.waiter,
                "signature": signature(
                    w.waiter.python_name,
                    [(p.attr, p.annotation, p.default) for p in w.params]
                    + [
                        ("timeout", "float", f" = {w.waiter.timeout}"),
                        ("delay", "float", f" = {float(w.waiter.delay)}"),
                    ],
                    w.returns,
                ),
            }
            for w in (clients.waiter_view(tables, w) for w in svc.waiters)
        ]
        types = [
            {
                "name": s.class_name,
                "anchor": type_anchor(s.name),
                "description": s.description,
                "fields": self.params(svc, tables, None, s.name),
                "rules": [r.description.rstrip(".") + "." for r in s.rules],
            }
            for s in clients.structures_in_order(svc)
        ]
        enums = [
            {
                "name": e.class_name,
                "anchor": type_anchor(e.name),
                "description": e.description,
                "allowed": e.values,
            }
            for e in sorted(svc.enums, key=lambda e: e.name)
        ]
        example = EXAMPLES / "clients" / f"{svc.module}.py"
        return self.page(
            f"clients/{svc.name}.md",
            "client.md.j2",
            service=svc,
            operations=operations,
            waiters=waiters,
            types=types,
            enums=enums,
            errors=svc.errors,
            example=example.read_text(encoding="utf-8").strip() if example.is_file() else None,
            module=f"awsmedia.clients.{svc.module}",
        )

    def params(
        self, svc: Service, tables: ServiceTables, op: Operation | None, structure: str | None = None
    ) -> list[dict[str, Any]]:
        """The members of an operation's input (or of a structure): name, type, required, facts."""
        ir = op.input if op else svc.structure(structure or "")
        if ir is None:
            return []
        found = tables.structure(ir.name)
        members = op.params if op else ir.members
        return [
            {
                "name": m.python_name,
                "type": m.type.python,
                "link": type_anchor(m.type.leaf.name) if m.type.leaf.kind in ("structure", "enum") else None,
                "required": m.required,
                "description": cell(m.description),
                "details": [cell(f.text) for f in member_facts(found.members[m.name])],
            }
            for m in members
        ]


def type_anchor(name: str) -> str:
    return "type-" + name.lower()


def signature(name: str, params: list[tuple[str, str, str]], returns: str) -> str:
    """A method's typed signature as the client declares it (keyword-only parameters)."""
    if not params:
        return f"def {name}(self) -> {returns}"
    lines = [f"    {attr}: {annotation}{default}," for attr, annotation, default in params]
    return f"def {name}(\n    self,\n    *,\n" + "\n".join(lines) + f"\n) -> {returns}"


def guide_context(docs: DocsBuilder) -> dict[str, Any]:
    """What the guides lay out: their examples, every resource's import id, and each resource's rules."""
    return {
        "examples": {
            p.stem: p.read_text(encoding="utf-8").strip() for p in sorted((EXAMPLES / "guides").glob("*.tf"))
        },
        "resources": docs.resources,
        "rules": docs.rules,
        "operations": docs.operations,
        "endpoints": docs.endpoints,
    }


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    built = constructs.views(model)
    docs = DocsBuilder(model, renderer, built)
    for svc in model.services:
        docs.service(svc)
    schema = provider_schema(provider.services_table(model))
    settings = SchemaPage({SETTINGS.name: SETTINGS}, None)
    settings.block(schema)
    # The construct reference's index: the provider block's construct, then a page per service.
    provider_construct = ConstructReference([built.endpoints])
    provider_construct.add(built.provider, settings.sections, "../index.md", "Provider")
    construct_pages = [(svc.title, f"{svc.name}.md") for svc in model.services if svc.name in docs.references]
    docs.page(
        "constructs/index.md",
        "constructs_index.md.j2",
        provider=provider_construct.classes[0],
        blocks=provider_construct.blocks_in_order(),
        pages=construct_pages,
    )
    titles = [s.title for s in model.services]
    common = {"titles": ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles)}
    docs.page(
        "index.md",
        "index.md.j2",
        description=schema.description,
        sections=settings.sections,
        examples=examples_for("provider"),
        endpoints=docs.endpoints,
        nav=docs.nav,
        **common,
    )
    guides = []
    context = guide_context(docs)
    for name, (title, needs) in GUIDES.items():
        # A model without what a guide is about (a history point) has no such guide.
        if set(needs) <= set(docs.resources):
            path = docs.page(f"guides/{name}.md", f"guides/{name}.md.j2", title=title, **context)
            guides.append((title, path))
    files = {f"docs/{p.path}": p.text for p in docs.pages}
    files["mkdocs.yml"] = renderer.render(
        "docs/mkdocs.yml.j2", nav=docs.nav, guides=guides, constructs="constructs/index.md", **common
    )
    return files
