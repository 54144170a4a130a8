"""Changelog target: one Markdown page per service, from its history points and `codegen diff`.

Newest point first; for each point the changes from the one before, breaking ones first, each
with the audiences it reaches (client code, Terraform configurations, Terraform state).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diff import ADDITIVE, AUDIENCES, BREAKING, Change, diff_services, summary
from ..history import points
from ..ir import Model, Release, Service
from ..render import Renderer


@dataclass
class ReleaseView:
    release: Release
    first: bool  # the oldest point: nothing to compare it with
    counts: list[tuple[str, int, int]]  # (audience title, breaking, additive)
    breaking: list[str]
    additive: list[str]


def line(c: Change) -> str:
    reaches = ", ".join(f"{AUDIENCES[a]} ({cls})" for a, cls in c.impact)
    detail = c.detail.replace("<", "\\<")  # list<T> is not an HTML tag
    return f"{c.subject} `{c.path}`: {detail}. Reaches {reaches}."


def release_views(history: list[tuple[Release, Service]], changes: list[list[Change]]) -> list[ReleaseView]:
    views = []
    for i, (release, _service) in enumerate(history):
        found = changes[i - 1] if i else []
        counts = summary(found)
        views.append(
            ReleaseView(
                release,
                first=i == 0,
                counts=[(AUDIENCES[a], n[BREAKING], n[ADDITIVE]) for a, n in counts.items()],
                breaking=[line(c) for c in found if c.breaking],
                additive=[line(c) for c in found if not c.breaking],
            )
        )
    return list(reversed(views))


def render(model: Model, renderer: Renderer) -> dict[str, str]:
    files: dict[str, str] = {}
    for svc in model.services:
        history = points(svc)
        changes = [diff_services(old, new) for (_r, old), (_s, new) in zip(history, history[1:])]
        files[f"docs/changelog/{svc.name}.md"] = renderer.render(
            "changelog/service.md.j2", service=svc, releases=release_views(history, changes)
        )
    return files
