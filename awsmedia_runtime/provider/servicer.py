"""The tfplugin6 service: Terraform's calls mapped onto the generic runtime.

`tf` supplies the protocol (generated messages, dynamic values, diagnostics); this module fills
what `tf`'s own servicer lacks: list and single nested blocks, a plan hook that also runs on
create (so nested computed values are planned unknown), replacement paths inside blocks, state
upgrades by schema version, and every exception turned into a diagnostic (Terraform shows a
provider's stderr only with TF_LOG set).
"""

from __future__ import annotations

import functools
import importlib
import json
import threading
import traceback
from typing import Any, Callable, Sequence

from tf.gen import tfplugin_pb2 as pb
from tf.gen import tfplugin_pb2_grpc as rpc
from tf.utils import Diagnostics, _to_attribute_path, read_dynamic_value, to_dynamic_value

from ..facts import describe
from ..shapes import Shape, Structure
from ..tables import service_tables
from . import validate, values
from .aws import SETTINGS, Aws, Services, provider_schema
from .crud import DataSourceRuntime, PlanRun, ResourceRuntime
from .diagnostics import Failure
from .journal import Journal, default_folder
from .spec import Attr, Block, DataSourceSpec, ResourceSpec, cty_json

_MARKDOWN = pb.StringKind.MARKDOWN


class SchemaWriter:
    """Declarations -> tfplugin6 schema messages; attribute descriptions name the facts of the
    members they stand for, looked up in the service's shared tables."""

    def __init__(self, shapes: dict[str, Shape]):
        self.shapes = shapes

    def attr(self, a: Attr, shape: Shape | None) -> Any:
        member = shape.members.get(a.member or "") if isinstance(shape, Structure) else None
        return pb.Schema.Attribute(
            name=a.name,
            type=cty_json(a.type),
            description=describe(a, member),
            description_kind=_MARKDOWN,
            required=a.required,
            optional=a.optional and not a.required,
            computed=a.computed,
            sensitive=a.sensitive,
        )

    def block(self, b: Block) -> Any:
        shape = self.shapes.get(b.shape or "")
        return pb.Schema.Block(
            attributes=[self.attr(a, shape) for a in b.attrs],
            block_types=[self.nested(x) for x in b.blocks],
            description=b.description,
            description_kind=_MARKDOWN,
        )

    def nested(self, b: Block) -> Any:
        if b.nesting == "single":  # Terraform wants min = max = 0 (optional) or 1 (required) here
            mode, lo, hi = pb.Schema.NestedBlock.NestingMode.SINGLE, b.min_items, b.min_items
        else:
            mode, lo, hi = pb.Schema.NestedBlock.NestingMode.LIST, b.min_items, b.max_items
        return pb.Schema.NestedBlock(
            type_name=b.name, block=self.block(b), nesting=mode, min_items=lo, max_items=hi
        )

    def schema(self, block: Block, version: int = 0) -> Any:
        return pb.Schema(version=version, block=self.block(block))


def _decode(value: Any) -> Any:
    return read_dynamic_value(value)


def _diags(failures: Sequence[Failure]) -> list[Any]:
    d = Diagnostics()
    for f in failures:
        (d.add_warning if f.warning else d.add_error)(f.summary, f.detail, path=f.path or None)
    found: list[Any] = d.to_pb()
    return found


def _guard(response: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Turn any exception into an error diagnostic on the call's response type."""

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def run(self: Any, request: Any, context: Any) -> Any:
            try:
                return method(self, request, context)
            except Failure as exc:
                fields: dict[str, Any] = {"diagnostics": _diags([exc])}
                if exc.state is not None and response is pb.ApplyResourceChange.Response:
                    fields["new_state"] = to_dynamic_value(exc.state)
                return response(**fields)
            except Exception as exc:  # a bug: say where, since Terraform hides stderr
                d = Diagnostics().add_error(
                    f"terraform-provider-awsmedia: internal error in {method.__name__}",
                    f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=6)}",
                )
                return response(diagnostics=d.to_pb())

        return run

    return wrap


# The private data (kept by Terraform in the state, handed back on every later call about the resource) of
# a resource whose create did not end with a read showing it. A service may not show a new resource to
# reads at once (eventual consistency): the next refresh reads it again for a while before dropping it.
UNSEEN = json.dumps({"unseen_since_create": True}).encode()


class ProviderServicer(rpc.ProviderServicer):  # type: ignore[misc]
    def __init__(self, name: str, services: Services, stop: threading.Event | None = None):
        self.name = name
        self.stop = stop or threading.Event()
        self.endpoint_keys = {service: s["endpoint"] for service, s in services.items()}
        self.aws = Aws(endpoint_keys=self.endpoint_keys)
        self.provider_schema = provider_schema(services)
        self.resources: dict[str, ResourceSpec] = {}
        self.data_sources: dict[str, DataSourceSpec] = {}
        for s in services.values():
            module = importlib.import_module(s["module"])
            for spec in module.RESOURCES:
                self.resources[spec.type_name] = spec
            for ds in module.DATA_SOURCES:
                self.data_sources[ds.type_name] = ds
        self._schema: Any = None
        self.run = PlanRun()  # what this command has planned so far (see ResourceRuntime.check_parent)
        self.journal = Journal(default_folder())  # creates under way, for the next provider if this one dies

    def runtime(self, type_name: str) -> ResourceRuntime:
        return ResourceRuntime(self.resources[type_name], self.aws, self.journal)

    # -- schema and configuration -----------------------------------------------------------------------

    @_guard(pb.GetProviderSchema.Response)
    def GetProviderSchema(self, request: Any, context: Any) -> Any:
        if self._schema is None:

            def writer(service: str) -> SchemaWriter:
                return SchemaWriter(service_tables(service).shapes)

            self._schema = pb.GetProviderSchema.Response(
                provider=SchemaWriter({SETTINGS.name: SETTINGS}).schema(self.provider_schema),
                resource_schemas={
                    n: writer(s.service).schema(s.schema, s.version) for n, s in self.resources.items()
                },
                data_source_schemas={
                    n: writer(s.service).schema(s.schema) for n, s in self.data_sources.items()
                },
            )
        return self._schema

    @_guard(pb.GetMetadata.Response)
    def GetMetadata(self, request: Any, context: Any) -> Any:
        return pb.GetMetadata.Response(
            resources=[pb.GetMetadata.ResourceMetadata(type_name=n) for n in self.resources],
            data_sources=[pb.GetMetadata.DataSourceMetadata(type_name=n) for n in self.data_sources],
        )

    @_guard(pb.ValidateProviderConfig.Response)
    def ValidateProviderConfig(self, request: Any, context: Any) -> Any:
        problems = validate.check_settings(
            SETTINGS, self.provider_schema, _decode(request.config), values.unknown
        )
        return pb.ValidateProviderConfig.Response(diagnostics=_diags(problems))

    @_guard(pb.ConfigureProvider.Response)
    def ConfigureProvider(self, request: Any, context: Any) -> Any:
        # Terraform configures a provider before it reads, plans, applies or imports anything with it,
        # once per started provider (one walk of one command). A provider served with --debug lives on
        # across commands, so everything a command builds up starts afresh here, as in a new process.
        config = _decode(request.config) or {}
        self.aws = Aws({k: v for k, v in config.items() if values.known(v)}, self.endpoint_keys)
        self.run = PlanRun()
        return pb.ConfigureProvider.Response()

    @_guard(pb.ValidateResourceConfig.Response)
    def ValidateResourceConfig(self, request: Any, context: Any) -> Any:
        problems = validate.check_resource(
            self.resources[request.type_name], _decode(request.config), values.unknown
        )
        return pb.ValidateResourceConfig.Response(diagnostics=_diags(problems))

    @_guard(pb.ValidateDataResourceConfig.Response)
    def ValidateDataResourceConfig(self, request: Any, context: Any) -> Any:
        problems = validate.check_data_source(
            self.data_sources[request.type_name], _decode(request.config), values.unknown
        )
        return pb.ValidateDataResourceConfig.Response(diagnostics=_diags(problems))

    @_guard(pb.UpgradeResourceState.Response)
    def UpgradeResourceState(self, request: Any, context: Any) -> Any:
        spec = self.resources[request.type_name]
        if not request.raw_state.json:
            raise Failure(
                f"{request.type_name}: cannot upgrade this state",
                "only JSON states (Terraform 0.12 and later) are supported",
            )
        old = json.loads(request.raw_state.json)
        if request.version > spec.version:
            raise Failure(
                f"{request.type_name}: state from a newer provider",
                f"the state has schema version {request.version}; this provider knows up to {spec.version}",
            )
        # Same or older version: keep every attribute this schema still has; new ones start null.
        return pb.UpgradeResourceState.Response(
            upgraded_state=to_dynamic_value(values.conform(spec.schema, old))
        )

    # -- resources -----------------------------------------------------------------------------------------

    @_guard(pb.ReadResource.Response)
    def ReadResource(self, request: Any, context: Any) -> Any:
        current = _decode(request.current_state)
        rt = self.runtime(request.type_name)
        unseen = request.private == UNSEEN
        new = rt.read(current, unseen) if current is not None else None
        # Once a read has shown it, it is an ordinary resource.
        return pb.ReadResource.Response(
            new_state=to_dynamic_value(new), private=b"" if unseen else request.private
        )

    @_guard(pb.PlanResourceChange.Response)
    def PlanResourceChange(self, request: Any, context: Any) -> Any:
        prior = _decode(request.prior_state)
        proposed = _decode(request.proposed_new_state)
        config = _decode(request.config)
        rt = self.runtime(request.type_name)
        planned, replace = rt.plan(prior, proposed, config)
        rt.remember(prior, planned, replace, self.run)
        problems = rt.check_parent(planned, self.run) if prior is None and planned is not None else []
        return pb.PlanResourceChange.Response(
            planned_state=to_dynamic_value(planned),
            requires_replace=[_to_attribute_path(p) for p in replace],
            planned_private=request.prior_private,
            diagnostics=_diags(problems),
        )

    @_guard(pb.ApplyResourceChange.Response)
    def ApplyResourceChange(self, request: Any, context: Any) -> Any:
        prior = _decode(request.prior_state)
        planned = _decode(request.planned_state)
        rt = self.runtime(request.type_name)
        if planned is None:
            rt.remember(prior, None, [], self.run)  # a create waits for a sibling this run destroys
            rt.delete(prior, request.planned_private == UNSEEN)
            new = None
        elif prior is None:
            try:
                new = rt.create(planned, self.run)
            except Failure as exc:  # created, but maybe never shown by a read: the state says so
                if exc.state is None:
                    raise
                return pb.ApplyResourceChange.Response(
                    new_state=to_dynamic_value(exc.state), private=UNSEEN, diagnostics=_diags([exc])
                )
        else:
            new = rt.update(prior, planned)
        return pb.ApplyResourceChange.Response(
            new_state=to_dynamic_value(new), private=request.planned_private
        )

    @_guard(pb.ImportResourceState.Response)
    def ImportResourceState(self, request: Any, context: Any) -> Any:
        state = self.runtime(request.type_name).import_(request.id)
        return pb.ImportResourceState.Response(
            imported_resources=[
                pb.ImportResourceState.ImportedResource(
                    type_name=request.type_name, state=to_dynamic_value(state)
                )
            ]
        )

    @_guard(pb.ReadDataSource.Response)
    def ReadDataSource(self, request: Any, context: Any) -> Any:
        state = DataSourceRuntime(self.data_sources[request.type_name], self.aws).read(
            _decode(request.config) or {}
        )
        return pb.ReadDataSource.Response(state=to_dynamic_value(state))

    # -- the rest of the protocol ----------------------------------------------------------------------------

    @_guard(pb.GetFunctions.Response)
    def GetFunctions(self, request: Any, context: Any) -> Any:
        return pb.GetFunctions.Response()

    @_guard(pb.StopProvider.Response)
    def StopProvider(self, request: Any, context: Any) -> Any:
        self.stop.set()
        return pb.StopProvider.Response()

    @_guard(pb.MoveResourceState.Response)
    def MoveResourceState(self, request: Any, context: Any) -> Any:
        raise Failure("Moving state between resource types is not supported", "use terraform import instead")
