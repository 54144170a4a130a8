"""API evolution: history points as models, `codegen diff`, the changelog and `codegen sync`.

The expectations follow from what the documents say changed: new protocols are additive
everywhere, a rule on members that existed before is breaking, a schema change of a resource
needs a higher schema_version, and botocore's newer values are proposed by sync.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.botocore_model import Checker
from codegen.build import load_path
from codegen.cli import main
from codegen.diff import ADDITIVE, BREAKING, Change, diff_services
from codegen.generate import produce
from codegen.history import points
from codegen.ir import Service
from codegen.sync import merge, propose

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "model"
HISTORY = MODEL / "history" / "mediaconnect"
POINTS = [HISTORY / "2018-11-28.yaml", HISTORY / "failover-vpc.yaml", MODEL / "mediaconnect.yaml"]
# The models as they were before the botocore 1.44.5 update: what `codegen sync` was run on.
BEFORE_SYNC = {
    "mediaconnect": HISTORY / "media-streams.yaml",
    "ivs": MODEL / "history" / "ivs" / "2020-07-15.yaml",
}


def service(path: Path, name: str = "mediaconnect") -> Service:
    return next(s for s in load_path(path).services if s.name == name)


def find(changes: list[Change], subject: str, path: str) -> list[Change]:
    return [c for c in changes if c.subject == subject and c.path == path]


def one(changes: list[Change], subject: str, path: str, detail_part: str = "") -> dict[str, str]:
    found = [c for c in find(changes, subject, path) if detail_part in c.detail]
    assert len(found) == 1, f"{subject} {path} {detail_part!r}: {found}"
    return dict(found[0].impact)


@pytest.mark.parametrize("point", POINTS[:2], ids=lambda p: p.stem)
def test_a_history_point_generates_every_target(point: Path, tmp_path: Path) -> None:
    files = produce(point, ROOT / "templates")
    for expected in (
        "awsmedia/shapes/mediaconnect.json",
        "awsmedia/clients/mediaconnect.py",
        "awsmedia/local/mediaconnect.json",
        "awsmedia/provider/mediaconnect.json",
        "docs/changelog/mediaconnect.md",
    ):
        assert expected in files
    generated = {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*") if p.is_file()}
    out = tmp_path / "out"
    assert main(["generate", "--model", str(point), "--out", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(files)
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*") if p.is_file()} == generated


def test_the_2018_release_as_the_seed_gives_it() -> None:
    svc = service(POINTS[0])
    assert len(svc.operations) == 14
    protocol = next(e for e in svc.enums if e.name == "Protocol")
    assert protocol.values == ["zixi-push", "rtp-fec", "rtp"]
    encryption = svc.structure("Encryption")
    assert [m.name for m in encryption.members if m.required] == ["Algorithm", "RoleArn", "SecretArn"]
    output = svc.structure("AddOutputRequest")
    assert {m.name for m in output.members if m.required} == {"Destination", "Port", "Protocol"}
    assert svc.structure("CreateFlowRequest").member("Outputs").constraints["max_items"] == 20  # type: ignore[union-attr]
    assert svc.structure("Flow").member("Sources") is None
    assert svc.resource("FlowOutput").parent.max == 20  # type: ignore[union-attr]


def test_history_points_come_in_order_and_end_with_the_model() -> None:
    current = service(MODEL)
    history = points(current)
    assert [r.label for r, _ in history] == ["2018-11-28", "failover-vpc", "media-streams", "current"]
    assert history[-1][1] is current
    assert [len(s.operations) for _, s in history] == [14, 17, 17, 20]


def test_diff_2018_to_failover() -> None:
    changes = diff_services(service(POINTS[0]), service(POINTS[1]))
    # New protocols: client code and configurations gain values; nothing breaks.
    assert one(changes, "enum", "Protocol", "zixi-pull, rist") == {"client": ADDITIVE, "config": ADDITIVE}
    assert one(changes, "operation", "AddFlowSources") == {"client": ADDITIVE}
    assert one(changes, "resource", "awsmedia_mediaconnect_flow_source") == {"config": ADDITIVE}
    # Failover as a block of the flow: new in configurations and in state (read back as null).
    assert one(changes, "block", "awsmedia_mediaconnect_flow.source_failover_config") == {
        "config": ADDITIVE,
        "state": ADDITIVE,
    }
    # The secret stops being required: nothing that worked breaks.
    assert one(changes, "required", "Encryption.SecretArn") == {"client": ADDITIVE, "config": ADDITIVE}
    # Zixi's port 2088, a rule on members that existed: refuses what was accepted.
    assert one(changes, "rule", "SetSourceRequest", "2088") == {"client": BREAKING, "config": BREAKING}
    # A rule about members that are new themselves refuses nothing old.
    assert one(changes, "rule", "Encryption", "SPEKE encryption needs url") == {
        "client": ADDITIVE,
        "config": ADDITIVE,
    }
    assert one(changes, "schema version", "awsmedia_mediaconnect_flow") == {"state": ADDITIVE}


def test_diff_failover_to_current_breaks_nothing() -> None:
    changes = diff_services(service(POINTS[1]), service(POINTS[2]))
    assert one(changes, "enum", "Protocol", "srt-listener") == {"client": ADDITIVE, "config": ADDITIVE}
    assert one(changes, "limit", "CreateFlowRequest.Outputs", "20 -> 50") == {
        "client": ADDITIVE,
        "config": ADDITIVE,
    }
    assert one(changes, "limit", "awsmedia_mediaconnect_flow_output") == {"config": ADDITIVE}
    assert [c for c in changes if c.breaking] == []


def test_diff_backwards_is_breaking() -> None:
    changes = diff_services(service(POINTS[2]), service(POINTS[0]))
    assert one(changes, "enum", "Protocol", "values removed") == {"client": BREAKING, "config": BREAKING}
    assert one(changes, "operation", "UpdateFlow") == {"client": BREAKING}
    assert one(changes, "resource", "awsmedia_mediaconnect_flow_source") == {
        "config": BREAKING,
        "state": BREAKING,
    }
    assert one(changes, "block", "awsmedia_mediaconnect_flow.source_failover_config") == {
        "config": BREAKING,
        "state": BREAKING,
    }
    assert one(changes, "required", "AddOutputRequest.Port", "now required") == {
        "client": BREAKING,
        "config": BREAKING,
    }


def test_planted_changes_are_classified() -> None:
    old, new = service(MODEL), service(MODEL)
    assert diff_services(old, new) == []
    # A member that becomes required: callers and configurations that leave it out now fail.
    zone = new.structure("CreateFlowRequest").member("AvailabilityZone")
    assert zone is not None
    zone.required = True
    # A tighter limit, a value removed, a flow attribute retyped without a schema version bump.
    window = new.structure("FailoverConfig").member("RecoveryWindow")
    assert window is not None
    window.constraints["max"] = 400
    next(e for e in new.enums if e.name == "Protocol").values.remove("cdi")
    changes = diff_services(old, new)
    assert one(changes, "required", "CreateFlowRequest.AvailabilityZone") == {
        "client": BREAKING,
        "config": BREAKING,
    }
    assert one(
        changes, "attribute", "awsmedia_mediaconnect_flow.availability_zone", "optional -> required"
    ) == {"config": BREAKING}
    assert one(changes, "limit", "FailoverConfig.RecoveryWindow", "max: 500 -> 400") == {
        "client": BREAKING,
        "config": BREAKING,
    }
    assert one(changes, "enum", "Protocol", "values removed: cdi") == {"client": BREAKING, "config": BREAKING}
    # An attribute the provider's schema loses, with the same schema version: state cannot keep it.
    for struct in ("SetSourceRequest", "Source"):
        described = new.structure(struct).member("Description")
        assert described is not None
        new.structure(struct).members.remove(described)
    changes = diff_services(old, new)
    assert one(changes, "attribute", "awsmedia_mediaconnect_flow.source.description") == {
        "config": BREAKING,
        "state": BREAKING,
    }
    assert one(changes, "schema version", "awsmedia_mediaconnect_flow", "raise it") == {"state": BREAKING}


def test_diff_command_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(POINTS[0]), str(POINTS[1]), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["client"] == {
        "additive": sum(1 for c in out["changes"] if c["impact"].get("client") == "additive"),
        "breaking": sum(1 for c in out["changes"] if c["impact"].get("client") == "breaking"),
    }
    assert {
        "service": "mediaconnect",
        "subject": "enum",
        "path": "Protocol",
        "detail": "values added: zixi-pull, rist",
        "impact": {"client": "additive", "config": "additive"},
    } in out["changes"]
    assert main(["diff", str(POINTS[0]), str(POINTS[1])]) == 0
    text = capsys.readouterr().out
    assert "breaking:\n" in text and "enum Protocol: values added: zixi-pull, rist" in text


def test_the_changelog_lists_every_point_newest_first() -> None:
    page = (ROOT / "generated" / "docs" / "changelog" / "mediaconnect.md").read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## current", "## media-streams", "## failover-vpc", "## 2018-11-28"]
    assert "values added: udp, ndi-speed-hq, rtmp-push" in page.split("## media-streams")[0]
    failover = page.split("## failover-vpc")[1].split("## 2018-11-28")[0]
    assert "values added: zixi-pull, rist" in failover
    assert "### Breaking" in failover and "2088" in failover.split("### Additive")[0]


# -- sync ----------------------------------------------------------------------------------------


def test_sync_proposes_what_botocore_has() -> None:
    mc = propose(service(BEFORE_SYNC["mediaconnect"]))
    assert {"udp", "ndi-speed-hq", "rtmp-push"} <= set(mc.enum_values["Protocol"])
    assert "AddFlowVpcInterfaces" in mc.operations
    ivs = propose(service(BEFORE_SYNC["ivs"], "ivs"))
    assert {"ADVANCED_SD", "ADVANCED_HD"} <= set(ivs.enum_values["ChannelType"])
    assert {"authorized", "insecureIngest", "preset", "recordingConfigurationArn"} <= set(
        ivs.members["CreateChannelRequest"]
    )
    assert all(m["description"] == "TODO" for m in ivs.members["CreateChannelRequest"].values())
    # Never what the model already has.
    current = service(BEFORE_SYNC["ivs"], "ivs")
    for struct, members in ivs.members.items():
        assert not {m.name for m in current.structure(struct).members} & set(members)


@pytest.mark.parametrize("name", ["mediaconnect", "ivs"])
def test_sync_write_merges_additions_only(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    shutil.copy(BEFORE_SYNC[name], path)
    before = path.read_text(encoding="utf-8").splitlines()
    proposal = propose(service(path, name))
    assert merge(path, proposal) > 0
    after = path.read_text(encoding="utf-8").splitlines()
    # Every line that was there is still there, in the same order (comments included).
    it = iter(after)
    assert all(any(line == other for other in it) for line in before)
    # The model refuses the TODO descriptions until a person writes them; then it loads.
    assert main(["validate", "--model", str(path)]) == 2
    path.write_text(
        path.read_text(encoding="utf-8").replace("description: TODO", "description: Written by a person."),
        encoding="utf-8",
    )
    merged = service(path, name)
    enum = "Protocol" if name == "mediaconnect" else "ChannelType"
    values = next(e for e in merged.enums if e.name == enum).values
    assert set(proposal.enum_values[enum]) <= set(values)
    again = propose(merged)
    assert (again.enum_values, again.members, again.limits) == ({}, {}, {})


@pytest.mark.parametrize("name", ["mediaconnect", "ivs", "mediapackage-vod"])
def test_no_enum_of_the_current_model_is_narrower_than_botocores(name: str) -> None:
    """Issue 16: after the update, sync finds no enum value botocore has and the model lacks."""
    assert propose(service(MODEL, name)).enum_values == {}


# -- the conformance checker catches planted errors, in both directions ---------------------------


@pytest.mark.parametrize(
    "plant", ["extra-value", "missing-value", "required", "type", "member", "missing-member"]
)
def test_conformance_checker_catches_a_planted_error(plant: str) -> None:
    svc = service(MODEL)
    request = svc.structure("AddOutputRequest")
    protocol = next(e for e in svc.enums if e.name == "Protocol")
    port = request.member("Port")
    assert port is not None
    if plant == "extra-value":
        protocol.values.append("carrier-pigeon")
    elif plant == "missing-value":
        protocol.values.remove("rist")
    elif plant == "required":
        port.required = True
    elif plant == "type":
        port.type = svc.structure("CreateFlowRequest").member("Name").type  # type: ignore[union-attr]
    elif plant == "member":
        port.name = "Portal"
    else:
        request.members.remove(port)
    checker = Checker(svc)
    checker.run()
    found = {
        "extra-value": ("differences", "enum"),
        "missing-value": ("missing", "rist"),
        "required": ("differences", "required"),
        "type": ("differences", "type"),
        "member": ("differences", "member"),
        "missing-member": ("missing", "Port"),
    }[plant]
    if found[0] == "differences":
        assert any(
            what == found[1] and "AddFlowOutputs.Outputs[]" in path for _, path, what in checker.differences
        )
    else:
        assert any(m.name == found[1] for m in checker.missing)


# -- the local backend of an earlier point -----------------------------------------------------------

UPDATE_THE_ONE_SOURCE = """
import json, boto3
from awsmedia_runtime.local import LocalServer

with LocalServer(seed=1) as server:
    mc = boto3.client("mediaconnect", endpoint_url=server.url, region_name="us-east-1",
                      aws_access_key_id="local", aws_secret_access_key="local")
    source = {"Name": "cam", "Protocol": "zixi-push", "WhitelistCidr": "10.0.0.0/16"}
    flow = mc.create_flow(Name="f", Source=source)["Flow"]
    arn = flow["Source"]["SourceArn"]
    updated = mc.update_flow_source(FlowArn=flow["FlowArn"], SourceArn=arn, Protocol="rtp", WhitelistCidr="10.1.0.0/16")
    described = mc.describe_flow(FlowArn=flow["FlowArn"])["Flow"]["Source"]
    try:
        mc.update_flow_source(FlowArn=flow["FlowArn"], SourceArn=arn + "-other", Description="d")
        missing = ""
    except mc.exceptions.NotFoundException as exc:
        missing = str(exc)
    print(json.dumps({"updated": updated["Source"], "described": described, "missing": missing}))
"""


def test_the_2018_backend_updates_a_flows_one_source(tmp_path: Path) -> None:
    # The 2018 flow has one Source and no flow_source resource: UpdateFlowSource changes the flow's
    # member (the model's update_members), where the current model has a resource for it.
    tree = tmp_path / "tree"
    assert main(["generate", "--model", str(POINTS[0]), "--out", str(tree)]) == 0
    proc = subprocess.run(
        [sys.executable, "-c", UPDATE_THE_ONE_SOURCE],
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["updated"] == found["described"]
    assert found["described"]["Transport"] == {"Protocol": "rtp"}
    assert found["described"]["WhitelistCidr"] == "10.1.0.0/16" and found["described"]["Name"] == "cam"
    assert "NotFoundException" in found["missing"] and "-other does not exist" in found["missing"]
