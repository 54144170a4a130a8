"""Bad model input: a clear error naming file, line and document path, exit code 2, and generated/ untouched."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.cli import main

from .conftest import ROOT

GOOD = """\
format: 1
service:
  name: ivs
  class_prefix: Ivs
  title: Amazon IVS
  api_version: '2020-07-14'
  description: Test service.
errors:
  NotFound:
    status: 404
    category: not_found
    description: Missing.
operations:
  GetChannel:
    description: Read a channel.
    http: {method: POST, uri: /GetChannel, status: 200}
    input: GetChannelRequest
    output: GetChannelResponse
    errors: [NotFound]
shapes:
  GetChannelRequest:
    type: structure
    description: Input.
    members:
      arn:
        type: string
        required: true
        description: Channel ARN.
  GetChannelResponse:
    type: structure
    description: Output.
    members:
      channel:
        type: Channel
        description: The channel.
  Channel:
    type: structure
    description: A channel.
    members:
      latencyMode:
        type: LatencyMode
        description: Latency.
      tags:
        type: map<string, string>
        max_items: 50
        description: Tags.
  LatencyMode:
    type: enum
    description: Latency choices.
    values: [LOW, NORMAL]
"""


RESOURCE = """\
resources:
  Channel:
    description: A channel.
    shape: Channel
    identifier: tags
    create: GetChannel
    read: GetChannel
    delete: GetChannel
"""


def with_resource(old: str, new: str) -> Callable[[str], str]:
    """The good model plus a resource definition with one line changed."""

    def edit(text: str) -> str:
        return text + replace(old, new)(RESOURCE)

    return edit


def replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def chain(*edits: Callable[[str], str]) -> Callable[[str], str]:
    def edit(text: str) -> str:
        for e in edits:
            text = e(text)
        return text

    return edit


def with_operation(name: str, body: str) -> Callable[[str], str]:
    """The good model plus one more operation (given by the lines under its name)."""
    return replace("shapes:\n", f"  {name}:\n    description: Another operation.\n{body}shapes:\n")


DELETE = with_operation(
    "DeleteChannel",
    "    http: {method: POST, uri: /DeleteChannel, status: 204}\n"
    "    input: GetChannelRequest\n    errors: [NotFound]\n",
)
MAKE = with_operation(
    "MakeChannel",
    "    http: {method: POST, uri: /MakeChannel, status: 200}\n"
    "    output: GetChannelResponse\n    errors: [NotFound]\n",
)
FIND = with_operation(
    "FindChannel",
    "    http: {method: POST, uri: /FindChannel, status: 200}\n"
    "    input: GetChannelRequest\n    output: GetChannelRequest\n    errors: [NotFound]\n",
)
CHILD = """\
  Child:
    description: A channel kept inside another.
    shape: Channel
    identifier: tags
    parent: {resource: Channel, member: arn, collection: tags}
    create: GetChannel
    read: GetChannel
    delete: GetChannel
"""
TAGGING = """\
tagging:
  tag: GetChannel
  untag: GetChannel
  list: GetChannel
  arn_member: arn
  tags_member: arn
  keys_member: arn
  list_member: channel
"""
BATCH = """\
    batch_read:
      operation: GetChannel
      ids: arns
      items: channel
      errors: channel
      error_id: arn
      error_message: message
"""


# (case id, edit of the good model, text on the line the error must point at (the last line holding it;
#  "<end>" for the end of the file), expected document path, text the message must contain)
CASES = [
    (
        "yaml-syntax",
        replace("values: [LOW, NORMAL]", "values: [LOW, NORMAL"),
        "<end>",
        "",
        "YAML syntax error",
    ),
    (
        "unknown-key",
        replace("        required: true\n", "        required: true\n        requird: true\n"),
        "requird:",
        "shapes.GetChannelRequest.members.arn.requird",
        "unknown key 'requird'; allowed keys:",
    ),
    (
        "wrong-type",
        replace("        required: true\n", "        required: yes please\n"),
        "yes please",
        "shapes.GetChannelRequest.members.arn.required",
        "expected boolean",
    ),
    (
        "missing-description",
        replace("        description: Channel ARN.\n", ""),
        "      arn:",
        "shapes.GetChannelRequest.members.arn",
        "'description' is required but missing",
    ),
    (
        "unknown-shape",
        replace("type: LatencyMode", "type: LatencyModes"),
        "LatencyModes",
        "shapes.Channel.members.latencyMode.type",
        "unknown shape 'LatencyModes'",
    ),
    (
        "unknown-input",
        replace("input: GetChannelRequest", "input: GetChanelRequest"),
        "GetChanelRequest",
        "operations.GetChannel.input",
        "unknown structure 'GetChanelRequest'",
    ),
    (
        "unknown-error",
        replace("errors: [NotFound]", "errors: [NotFound, Throttled]"),
        "Throttled",
        "operations.GetChannel.errors[1]",
        "unknown error 'Throttled'",
    ),
    (
        "duplicate-member",
        replace(
            "      tags:\n",
            "      latencyMode:\n        type: string\n        description: again.\n      tags:\n",
        ),
        "latencyMode:",
        "shapes.Channel.members.latencyMode",
        "duplicate key 'latencyMode' (first defined on line 40)",
    ),
    (
        "duplicate-shape-and-error",
        replace(
            "  LatencyMode:\n",
            "  NotFound:\n    type: enum\n    description: clash.\n    values: [A]\n  LatencyMode:\n",
        ),
        "  NotFound:",
        "shapes.NotFound",
        "duplicate name 'NotFound'",
    ),
    (
        "empty-enum",
        replace("values: [LOW, NORMAL]", "values: []"),
        "values: []",
        "shapes.LatencyMode.values",
        "should be non-empty",
    ),
    (
        "bad-category",
        replace("category: not_found", "category: missing"),
        "category: missing",
        "errors.NotFound.category",
        "allowed values: 'bad_request'",
    ),
    (
        "cycle",
        replace("        type: LatencyMode\n", "        type: GetChannelResponse\n"),
        "  GetChannelResponse:",
        "shapes.GetChannelResponse",
        "cycle: GetChannelResponse -> Channel -> GetChannelResponse",
    ),
    (
        "bad-type-expression",
        replace("type: map<string, string>", "type: map<integer, string>"),
        "map<integer",
        "shapes.Channel.members.tags.type",
        "map keys must be 'string'",
    ),
    (
        "constraint-on-wrong-type",
        replace("        required: true\n", "        required: true\n        max_items: 3\n"),
        "max_items: 3",
        "shapes.GetChannelRequest.members.arn.max_items",
        "'max_items' does not apply to type 'string'",
    ),
    (
        "bad-regex",
        replace("        required: true\n", "        required: true\n        pattern: '[a-z'\n"),
        "pattern:",
        "shapes.GetChannelRequest.members.arn.pattern",
        "not a valid Python regular expression",
    ),
    (
        "todo-description",
        replace("description: Latency choices.", 'description: "TODO"'),
        "TODO",
        "shapes.LatencyMode.description",
        "still 'TODO'",
    ),
    (
        "resource-unknown-operation",
        with_resource("    read: GetChannel", "    read: GetChanel"),
        "read: GetChanel",
        "resources.Channel.read",
        "unknown operation 'GetChanel'",
    ),
    (
        "resource-cannot-be-found-again",
        with_resource("    read: GetChannel", "    read: GetChannel"),
        "  Channel:",
        "resources.Channel",
        "a create whose answer is lost can only be found again by listing: give recover_by",
    ),
    (
        "recover-by-without-list",
        with_resource("    read: GetChannel", "    read: GetChannel\n    recover_by: [latencyMode]"),
        "recover_by:",
        "resources.Channel.recover_by",
        "recover_by needs a 'list' operation that pages",
    ),
    (
        "resource-unknown-identifier",
        with_resource("identifier: tags", "identifier: arn"),
        "identifier: arn",
        "resources.Channel.identifier",
        "'arn' is not a member of Channel (identifier); members: latencyMode, tags",
    ),
    (
        "resource-unknown-parent",
        with_resource(
            "    delete: GetChannel\n",
            "    delete: GetChannel\n    parent: {resource: Network, member: tags}\n",
        ),
        "parent:",
        "resources.Channel.parent.resource",
        "unknown resource 'Network'",
    ),
    (
        "resource-update-members-unknown-operation",
        with_resource(
            "    delete: GetChannel\n", "    delete: GetChannel\n    update_members: {arn: SetLatency}\n"
        ),
        "update_members:",
        "resources.Channel.update_members.arn",
        "unknown operation 'SetLatency'",
    ),
    (
        "resource-replace-existing-without-parent",
        with_resource("    delete: GetChannel\n", "    delete: GetChannel\n    replace_existing: true\n"),
        "replace_existing:",
        "resources.Channel.replace_existing",
        "replace_existing needs parent.max",
    ),
    (
        "data-source-unknown-operation",
        lambda text: text + "data_sources:\n  channel: GetChanel\n",
        "channel: GetChanel",
        "data_sources.channel",
        "unknown operation 'GetChanel'",
    ),
    (
        "resource-generated-not-scalar",
        replace(
            "        description: Latency.\n", "        description: Latency.\n        generated: [LOW]\n"
        ),
        "generated: [LOW]",
        "shapes.Channel.members.latencyMode.generated",
        "expected ['string', 'integer', 'number', 'boolean'], got list",
    ),
    (
        "min-above-max",
        replace("        max_items: 50\n", "        max_items: 5\n        min_items: 9\n"),
        "min_items: 9",
        "shapes.Channel.members.tags.min_items",
        "min_items (9) is greater than max_items (5)",
    ),
    # Resource semantics: what the provider and the local backend need from a resource definition.
    (
        "resource-read-returns-nothing",
        chain(DELETE, with_resource("    read: GetChannel", "    read: DeleteChannel")),
        "read: DeleteChannel",
        "resources.Channel.read",
        "read operation 'DeleteChannel' returns nothing; it must return the resource",
    ),
    (
        "resource-read-returns-something-else",
        chain(FIND, with_resource("    read: GetChannel", "    read: FindChannel")),
        "read: FindChannel",
        "resources.Channel.read",
        "read operation 'FindChannel' returns neither a Channel member nor the resource's members flat (GetChannelRequest has no 'tags')",
    ),
    (
        "resource-create-without-input",
        chain(MAKE, with_resource("    create: GetChannel", "    create: MakeChannel")),
        "create: MakeChannel",
        "resources.Channel.create",
        "create operation 'MakeChannel' takes no input",
    ),
    (
        "resource-create-returns-no-identifier",
        chain(FIND, with_resource("    create: GetChannel", "    create: FindChannel")),
        "create: FindChannel",
        "resources.Channel.create",
        "create operation 'FindChannel' must return the new resource's 'tags'",
    ),
    (
        "resource-list-without-paginate",
        with_resource("    delete: GetChannel\n", "    delete: GetChannel\n    list: GetChannel\n"),
        "list: GetChannel",
        "resources.Channel.list",
        "list operation 'GetChannel' needs 'paginate'",
    ),
    (
        "embedded-resource-without-key",
        with_resource("    delete: GetChannel\n", "    delete: GetChannel\n" + CHILD),
        "parent: {resource: Channel",
        "resources.Child.parent",
        "an embedded resource (parent.collection) needs parent.key",
    ),
    (
        "embedded-resource-collection-not-a-list",
        with_resource("    delete: GetChannel\n", "    delete: GetChannel\n" + CHILD),
        "parent: {resource: Channel",
        "resources.Child.parent.collection",
        "Channel.tags must be a list of Channel, it is 'map<string, string>'",
    ),
    (
        "batch-read-unknown-members",
        with_resource("    delete: GetChannel\n", "    delete: GetChannel\n" + BATCH),
        "ids: arns",
        "resources.Channel.batch_read.ids",
        "'arns' must be a list<string> member of GetChannel's input",
    ),
    (
        "tagging-member-of-wrong-type",
        lambda text: text + TAGGING,
        "tags_member: arn",
        "tagging.tags_member",
        "'arn' must be a map<string, string> member of GetChannel's input",
    ),
    (
        "data-source-returns-nothing",
        chain(DELETE, lambda text: text + "data_sources:\n  channel: DeleteChannel\n"),
        "channel: DeleteChannel",
        "data_sources.channel",
        "'DeleteChannel' returns nothing to read",
    ),
    # Members a request gives flat and the response nests.
    (
        "response-path-without-response-shape",
        replace("        required: true\n", "        required: true\n        response_path: latencyMode\n"),
        "response_path: latencyMode",
        "shapes.GetChannelRequest.members.arn.response_path",
        "a response_path needs the structure's response_shape",
    ),
    (
        "response-path-not-in-response-shape",
        replace(
            "    description: Input.\n    members:\n      arn:\n        type: string\n",
            "    description: Input.\n    response_shape: Channel\n    members:\n      arn:\n        type: string\n        response_path: Transport.Arn\n",
        ),
        "response_path: Transport.Arn",
        "shapes.GetChannelRequest.members.arn.response_path",
        "'Transport.Arn': no member 'Transport' in Channel",
    ),
    (
        "response-path-of-another-type",
        replace(
            "    description: Input.\n    members:\n      arn:\n        type: string\n",
            "    description: Input.\n    response_shape: Channel\n    members:\n      arn:\n        type: string\n        response_path: latencyMode\n",
        ),
        "response_path: latencyMode",
        "shapes.GetChannelRequest.members.arn.response_path",
        "'latencyMode' in Channel is 'LatencyMode', but GetChannelRequest.arn is 'string'",
    ),
    (
        "response-shape-not-what-is-stored",
        chain(
            replace(
                "    description: Input.\n    members:\n",
                "    description: Input.\n    response_shape: GetChannelResponse\n    members:\n",
            ),
            with_resource("    create: GetChannel", "    create: GetChannel"),
        ),
        "create: GetChannel",
        "resources.Channel.create",
        "GetChannelRequest is stored as Channel here, but its response_shape is GetChannelResponse",
    ),
    (
        "response-shape-unknown",
        replace(
            "    description: Input.\n    members:\n",
            "    description: Input.\n    response_shape: Chanel\n    members:\n",
        ),
        "response_shape: Chanel",
        "shapes.GetChannelRequest.response_shape",
        "unknown structure 'Chanel'",
    ),
]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "model").mkdir()
    out = tmp_path / "generated"
    (out / "awsmedia").mkdir(parents=True)
    (out / "awsmedia" / "sentinel.py").write_text("# must survive a failed run\n")
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_good_model_generates(workspace: Path) -> None:
    (workspace / "model" / "ivs.yaml").write_text(GOOD)
    code = main(["generate", "--model", str(workspace / "model"), "--out", str(workspace / "generated")])
    assert code == 0
    assert (workspace / "generated" / "awsmedia" / "clients" / "ivs.py").exists()
    assert not (workspace / "generated" / "awsmedia" / "sentinel.py").exists()  # replaced wholesale


def line_of(text: str, anchor: str) -> int:
    lines = text.splitlines()
    if anchor == "<end>":
        return len(lines) + 1
    return max(i for i, line in enumerate(lines, 1) if anchor in line)


@pytest.mark.parametrize("command", ["validate", "generate"])
@pytest.mark.parametrize("case, edit, anchor, path, text", CASES, ids=[c[0] for c in CASES])
def test_bad_model(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    edit: Callable[[str], str],
    anchor: str,
    path: str,
    text: str,
    command: str,
) -> None:
    """`validate` runs every check `generate` runs: both report the problem at its line and exit 2."""
    model_file = workspace / "model" / "ivs.yaml"
    document = edit(GOOD)
    model_file.write_text(document)
    line = line_of(document, anchor)
    before = snapshot(workspace / "generated")
    code = main([command, "--model", str(workspace / "model"), "--out", str(workspace / "generated")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "nothing was written" in err
    lines = [l for l in err.splitlines() if re.match(rf".*ivs\.yaml:{line}:\d+: ", l)]
    assert lines, f"no problem reported on line {line}:\n{err}"
    assert any(f": {path or '<document>'}: " in l and text in l for l in lines), err
    assert snapshot(workspace / "generated") == before
    assert not [
        p for p in workspace.iterdir() if p.name.startswith(".generated")
    ], "temporary trees left behind"


def test_validate_command_reports_without_writing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "model" / "ivs.yaml").write_text(replace("category: not_found", "category: missing")(GOOD))
    assert main(["validate", "--model", str(workspace / "model")]) == 2
    assert "errors.NotFound.category" in capsys.readouterr().err


def test_real_model_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--model", str(ROOT / "model")]) == 0
    assert "3 services, 54 operations" in capsys.readouterr().out
