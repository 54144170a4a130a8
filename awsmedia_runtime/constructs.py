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

import functools
import importlib
import math
import os
import sys
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import jsii

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
    "lazy_classes",
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


def lazy_classes(
    package: str, modules: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's `__getattr__` and `__dir__` (PEP 562) for classes that live in its modules
    (class name -> module name): a module is imported when one of its classes is first asked for,
    so a program pays for the services it uses only."""
    namespace = sys.modules[package].__dict__

    def getattr_(name: str) -> Any:
        if name not in modules:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value = getattr(importlib.import_module(f"{package}.{modules[name]}"), name)
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *modules})

    return getattr_, dir_


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
        # NaN and infinities are never tokens, and jsii cannot carry them (its JSON has no such
        # numbers: asking about one ends the Node.js process).
        return math.isfinite(value) and bool(cdk.Token.is_unresolved(value))
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


@functools.cache
def _metadata() -> Any:
    return cdk.TerraformProviderGeneratorMetadata(**_GENERATOR)


@functools.cache
def _plain_config(type_name: str) -> Any:
    """cdktf's configuration of a resource or data source without meta-arguments: one per type."""
    return cdk.TerraformResourceConfig(
        terraform_resource_type=type_name, terraform_generator_metadata=_metadata()
    )


def _config(type_name: str, meta: dict[str, Any]) -> Any:
    given = {k: v for k, v in meta.items() if v is not None}
    if not given:
        return _plain_config(type_name)
    return cdk.TerraformResourceConfig(
        terraform_resource_type=type_name, terraform_generator_metadata=_metadata(), **given
    )


def _holds_tokens(value: Any) -> bool:
    if isinstance(value, dict):
        return unresolved(value) or any(_holds_tokens(v) for v in value.values())
    if isinstance(value, list):
        return unresolved(value) or any(_holds_tokens(v) for v in value)
    return unresolved(value)


# The provider's plan-time check of a declaration, by where the element goes in the stack's JSON.
_CHECKS: dict[str, Callable[[Any, State | None, NotKnown], list[Failure]]] = {
    "resource": validate.check_resource,
    "data": validate.check_data_source,
}


class _Element:
    """What a resource and a data source share: their settings, validated when they are created and
    written into the stack's JSON by the stack's StackSettings."""

    _block: ClassVar[str]  # where the settings go in the stack's JSON: "resource" or "data"
    _settings: State
    _tokens: bool  # whether the settings hold tokens
    _moved = False  # a resource moved to another address has no block of its own
    _logical_id: str | None = None
    _spec: ClassVar[ResourceSpec | DataSourceSpec]

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
        """Validate the configuration with the provider's check of the declaration, then create the
        element in node, its settings kept here for the stack's StackSettings to write."""
        spec, check = self._spec, _CHECKS[self._block]
        self._settings = _checked(
            spec.type_name, spec.schema, scope, id, config, lambda v, nk: check(spec, v, nk)
        )
        self._tokens = _holds_tokens(self._settings)
        settings = StackSettings.of(scope)
        meta = {
            "depends_on": depends_on,
            "count": count,
            "for_each": for_each,
            "provider": provider,
            "lifecycle": lifecycle,
        }
        # What cdktf's own __init__ does once it has checked its arguments with typeguard (about 0.8 ms
        # a construct): these arguments are typed already, and node checks them again.
        jsii.create(self.__class__, self, [scope, id, _config(spec.type_name, meta)])
        assert isinstance(self, (Resource, DataSource))  # the two kinds of element
        settings.elements.append(self)


class StackSettings(cdk.TerraformElement):
    """The settings of every awsmedia resource and data source of one stack, written into the stack's
    JSON at synthesis by this one element.

    Why: every call between Python and jsii's node process is a round trip (about 0.5 ms of CPU
    here), and cdktf asks each element for its JSON twice, so a construct answering for itself cost
    two callbacks. This element is created just before the stack's first awsmedia construct, so its
    fragment comes before theirs: TerraformStack.toTerraform deep-merges the fragments of its
    elements in tree order (cdktf 0.21 and cdktn 0.24 alike), and each construct's own fragment
    adds its meta-arguments, overrides and `//` metadata under the same key, its public
    `friendly_unique_id`, as it added them to its attributes before.
    """

    def __init__(self, stack: Any) -> None:
        super().__init__(stack, "awsmedia-settings")
        self.elements: list[Resource | DataSource] = []

    @staticmethod
    def of(scope: Any) -> StackSettings:
        """The settings element of the scope's stack, made the first time; one jsii call a scope."""
        stack = _stack_of.get(scope)
        if stack is None:
            stack = _stack_of[scope] = cdk.TerraformStack.of(scope)
        found = _settings_of.get(stack)
        if found is None:
            found = _settings_of[stack] = StackSettings(stack)
        return found

    def to_terraform(self) -> Any:
        return _Fragment(self)

    def fragment(self, preparing: bool) -> dict[str, dict[str, dict[str, State]]]:
        """The `resource` and `data` blocks of this stack's awsmedia constructs. cdktf resolves every
        fragment once to prepare the stack, only for what resolving tokens does (a reference to
        another stack adds an output there), and drops the result: then only settings holding
        tokens are needed."""
        out: dict[str, dict[str, dict[str, State]]] = {}
        for e in self.elements:
            if e._logical_id is None:
                e._logical_id = e.friendly_unique_id  # cdktf fixes it the first time it is read
            if not e._moved and (e._tokens or not preparing):
                out.setdefault(e._block, {}).setdefault(e._spec.type_name, {})[e._logical_id] = e._settings
        return out


@jsii.implements(cdk.IResolvable)
class _Fragment:
    """A stack's settings as cdktf resolves them: the resolve context tells whether it prepares."""

    def __init__(self, settings: StackSettings):
        self._settings = settings

    @property
    def creation_stack(self) -> list[str]:
        return []

    def resolve(self, context: cdk.IResolveContext) -> Any:
        return self._settings.fragment(context.preparing)

    def to_string(self) -> str:
        return f"awsmedia settings of {self._settings.node.path}"


_stack_of: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_settings_of: weakref.WeakKeyDictionary[Any, StackSettings] = weakref.WeakKeyDictionary()


class Resource(_Element, cdk.TerraformResource):
    """A resource of the awsmedia provider; `_spec` is the provider's declaration of it."""

    _spec: ClassVar[ResourceSpec]
    _block = "resource"

    def move_to(self, move_target: str, index: str | int | float | None = None) -> None:
        super().move_to(move_target, index)
        self._moved = True

    def move_to_id(self, id: str) -> None:
        super().move_to_id(id)
        self._moved = True


class DataSource(_Element, cdk.TerraformDataSource):
    """A data source of the awsmedia provider; `_spec` is the provider's declaration of it."""

    _spec: ClassVar[DataSourceSpec]
    _block = "data"


class Provider(cdk.TerraformProvider):
    """The provider block; `_schema` is the schema the provider serves."""

    _schema: ClassVar[Block]
    _alias: str | None = None

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
        self._alias = alias
        self._settings = values

    # cdktf's TerraformProvider keeps no alias itself (its accessors do nothing; generated
    # providers override them): kept here, node asks for it to write the block and its references.
    @property
    def alias(self) -> str | None:
        return self._alias

    @alias.setter
    def alias(self, value: str | None) -> None:
        self._alias = value

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
