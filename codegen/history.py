"""A service's history points as loaded models, oldest first, the current model last."""

from __future__ import annotations

from .build import load_path
from .errors import ModelError, Problem
from .ir import Release, Service


def points(service: Service) -> list[tuple[Release, Service]]:
    """Every point of `service.history` with the service as it was then. The last point (or the
    only one, when the model has no history) is `service` itself."""
    out: list[tuple[Release, Service]] = []
    for release in service.history:
        if release.model is None:
            out.append((release, service))
            continue
        found = [s for s in load_path(release.model).services if s.name == service.name]
        if not found:
            raise ModelError(
                [
                    Problem(
                        str(release.model), 1, 1, "service.name", f"this file does not model '{service.name}'"
                    )
                ]
            )
        out.append((release, found[0]))
    if not out:  # no history given: the model is its only point
        out.append((Release("current", "The model as it is now."), service))
    return out
