"""What every generated construct (awsmedia.constructs) does: validate its configuration when it
is created, synthesize it, and read its attributes as tokens.

Validation is the provider's plan-time validation (awsmedia_runtime.provider.validate), run on the
same declarations: the same rules and the same words, with cdktf tokens (references, variables,
`Fn` calls) passed over as Terraform passes over values it knows only after apply.

The constructs subclass the classes of cdktf or of its maintained fork cdktn (the same classes under
another import name): the one named by AWSMEDIA_CDK, else the one the program has imported already,
else the one installed. Importing this module imports neither boto3, grpc nor tf.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from . import VERSION
from .provider import validate
from .provider.aws import SETTINGS
from .provider.diagnostics import Failure
from .provider.install import SOURCE
from .provider.request import NotKnown, State
from .provider.spec import Block, DataSourceSpec, ResourceSpec

__all__ = [
    "BlockList",
    "BlockRef",
    "ConfigurationError",
    "DataSource",
    "IResolvable",
    "Provider",
    "Resource",
    "cdk",
    "unresolved",
]

LIBRARIES = ("cdktf", "cdktn")
CHOICE = "AWSMEDIA_CDK"  # environment variable naming the library to use


def _library() -> Any:
    chosen = os.environ.get(CHOICE)
    if chosen:
        if chosen not in LIBRARIES:
            raise ImportError(f"{CHOICE}={chosen!r}: expected one of {', '.join(LIBRARIES)}")
        return importlib.import_module(chosen)
    for name in LIBRARIES:
        if name in sys.modules:
            return sys.modules[name]
    for name in LIBRARIES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(
        "awsmedia.constructs needs cdktf or cdktn: pip install 'awsmedia[cdktf]' or 'awsmedia[cdktn]'"
    )


if TYPE_CHECKING:  # both libraries have the same classes; the types are checked against cdktf's
    import cdktf as cdk
    from cdktf import IResolvable
else:
    cdk = _library()
    IResolvable = cdk.IResolvable

PROVIDER_NAME = SOURCE.split("/")[-1]
# cdktf encodes a token in a string ("${TfToken[TOKEN.1]}"), as the one item of a list
# ("#{TfToken[...]}") or as the one key of a map ("&{TfToken[...]}"); a number token is a float
# only cdktf can tell. A string holding "${" is a Terraform expression either way.
_STRING_MARK = "${"
_LIST_MARK = "#{TfToken["
_MAP_MARK = "&{TfToken["
_PLAIN = (str, int, float, bool, list, tuple, dict)


def unresolved(value: Any) -> bool:
    """Whether a configuration value is a token: known to Terraform only (a reference, a variable,
    an `Fn` call), so validation passes over it."""
    kind = type(value)
    if kind is str:
        return _STRING_MARK in value or _LIST_MARK in value or _MAP_MARK in value
    if kind is int or kind is bool:
        return False
    if kind is float:
        return bool(cdk.Token.is_unresolved(value))
    if kind is list or kind is tuple:
        return any(type(v) is str and v.startswith(_LIST_MARK) for v in value)
    if kind is dict:
        return any(type(k) is str and k.startswith(_MAP_MARK) for k in value)
    return not isinstance(value, _PLAIN)  # an IResolvable, or any other object only cdktf resolves


class ConfigurationError(ValueError):
    """A construct created with values the provider would reject at plan time: every problem, each
    worded as the provider words it (attribute path and what is allowed), under the construct's path
    in the tree."""

    def __init__(self, type_name: str, path: str, failures: Sequence[Failure]):
        self.type_name = type_name
        self.path = path
        self.failures = list(failures)
        count = f"{len(failures)} problem{'s' if len(failures) > 1 else ''}"
        lines = "".join(f"\n  - {f}" for f in failures)
        super().__init__(f"{type_name} {path}: {count}:{lines}")


def settings(block: Block, config: dict[str, Any], at: str = "") -> tuple[State, list[Failure]]:
    """A configuration as Terraform JSON takes it, for the block's attributes and blocks: None left
    out at every depth; a key the block does not have is a problem (a TypedDict given with a typo)."""
    out: State = {}
    found: list[Failure] = []
    for key, value in config.items():
        if value is None:
            continue
        nested = block.block(key)
        if nested is None and block.attr(key) is None:
            names = [a.name for a in block.attrs if a.required or a.optional] + [b.name for b in block.blocks]
            found.append(
                Failure(
                    f"Unknown attribute {at}{key}",
                    f"{block.name or 'this resource'} has no attribute {key!r}; it has: {', '.join(names)}.",
                    [*filter(None, at.split(".")), key],
                )
            )
        elif nested is not None and isinstance(value, dict) and not unresolved(value):
            out[key], inner = settings(nested, value, f"{at}{key}.")
            found += inner
        elif nested is not None and isinstance(value, (list, tuple)) and not unresolved(value):
            items = []
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    item, inner = settings(nested, item, f"{at}{key}[{i}].")
                    found += inner
                items.append(item)
            out[key] = items
        else:
            out[key] = _json(value)
    return out, found


def _json(value: Any) -> Any:
    """A value without None in it (a tuple as a list), tokens as they are."""
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return value


def _path(scope: Any, id: str) -> str:
    parent = str(scope.node.path)
    return f"{parent}/{id}" if parent else id


Check = Callable[[State, NotKnown], list[Failure]]


def _checked(
    type_name: str, schema: Block, scope: Any, id: str, config: dict[str, Any], check: Check
) -> State:
    """The configuration's values, once the provider's plan-time validation finds nothing wrong."""
    values, unknown = settings(schema, config)
    found = unknown + check(values, unresolved)
    if found:
        raise ConfigurationError(type_name, _path(scope, id), found)
    return values


# Also what the stack's required_providers entry says: this package's own provider version (the
# cdktf CLI requires one there).
_GENERATOR = {"provider_name": PROVIDER_NAME, "provider_version_constraint": VERSION}


class Resource(cdk.TerraformResource):
    """A resource of the awsmedia provider; `_spec` is the provider's declaration of it."""

    _spec: ClassVar[ResourceSpec]

    def __init__(
        self,
        scope: Any,
        id: str,
        config: dict[str, Any],
        *,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        spec = self._spec
        values = _checked(
            spec.type_name,
            spec.schema,
            scope,
            id,
            config,
            lambda v, nk: validate.check_resource(spec, v, nk),
        )
        super().__init__(
            scope,
            id,
            terraform_resource_type=spec.type_name,
            terraform_generator_metadata=cdk.TerraformProviderGeneratorMetadata(**_GENERATOR),
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )
        self._settings = values

    def _synthesize_attributes(self) -> dict[str, Any]:
        return self._settings


class DataSource(cdk.TerraformDataSource):
    """A data source of the awsmedia provider; `_spec` is the provider's declaration of it."""

    _spec: ClassVar[DataSourceSpec]

    def __init__(
        self,
        scope: Any,
        id: str,
        config: dict[str, Any],
        *,
        depends_on: Sequence[cdk.ITerraformDependable] | None = None,
        count: float | cdk.TerraformCount | None = None,
        for_each: cdk.ITerraformIterator | None = None,
        provider: cdk.TerraformProvider | None = None,
        lifecycle: cdk.TerraformResourceLifecycle | None = None,
    ) -> None:
        spec = self._spec
        values = _checked(
            spec.type_name,
            spec.schema,
            scope,
            id,
            config,
            lambda v, nk: validate.check_data_source(spec, v, nk),
        )
        super().__init__(
            scope,
            id,
            terraform_resource_type=spec.type_name,
            terraform_generator_metadata=cdk.TerraformProviderGeneratorMetadata(**_GENERATOR),
            depends_on=depends_on,
            count=count,
            for_each=for_each,
            provider=provider,
            lifecycle=lifecycle,
        )
        self._settings = values

    def _synthesize_attributes(self) -> dict[str, Any]:
        return self._settings


class Provider(cdk.TerraformProvider):
    """The provider block; `_schema` is the schema the provider serves."""

    _schema: ClassVar[Block]

    def __init__(self, scope: Any, id: str, config: dict[str, Any], *, alias: str | None = None) -> None:
        schema = self._schema
        values = _checked(
            PROVIDER_NAME,
            schema,
            scope,
            id,
            config,
            lambda v, nk: validate.check_settings(SETTINGS, schema, v, nk),
        )
        super().__init__(
            scope,
            id,
            terraform_resource_type=PROVIDER_NAME,
            terraform_provider_source=SOURCE,
            terraform_generator_metadata=cdk.TerraformProviderGeneratorMetadata(**_GENERATOR),
        )
        if alias is not None:
            self.alias = alias
        self._settings = values

    def _synthesize_attributes(self) -> dict[str, Any]:
        return self._settings


class Attributes(Protocol):
    """What a block reference reads its tokens from: a resource or a data source."""

    def get_string_attribute(self, terraform_attribute: str) -> str: ...
    def get_number_attribute(self, terraform_attribute: str) -> int | float: ...
    def get_boolean_attribute(self, terraform_attribute: str) -> IResolvable: ...
    def get_list_attribute(self, terraform_attribute: str) -> list[str]: ...
    def get_number_list_attribute(self, terraform_attribute: str) -> list[int | float]: ...
    def get_string_map_attribute(self, terraform_attribute: str) -> Mapping[str, str]: ...
    def get_number_map_attribute(self, terraform_attribute: str) -> Mapping[str, int | float]: ...
    def get_boolean_map_attribute(self, terraform_attribute: str) -> Mapping[str, bool]: ...
    def interpolation_for_attribute(self, terraform_attribute: str) -> IResolvable: ...


class BlockRef:
    """The attributes of a nested block, as tokens: `flow.source.ingest_ip` reads
    `source.ingest_ip` of the flow."""

    def __init__(self, owner: Attributes, path: str):
        self._owner = owner
        self._prefix = path + "."

    def _path(self, name: str) -> str:
        return self._prefix + name


R = TypeVar("R", bound=BlockRef)


class BlockList(Generic[R]):
    """The items of a list block, as block references: `flow.media_streams.get(0).media_stream_id`."""

    def __init__(self, owner: Attributes, path: str, ref: type[R]):
        self._owner, self._path, self._ref = owner, path, ref

    def get(self, index: int) -> R:
        return self._ref(self._owner, f"{self._path}[{index}]")

    @property
    def all(self) -> IResolvable:
        """The whole list, as one token."""
        return self._owner.interpolation_for_attribute(self._path)
