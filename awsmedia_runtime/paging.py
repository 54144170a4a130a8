"""Following a paginated operation's tokens: the one loop the typed clients and the provider share."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

# No listing this project makes comes near it; a service that never stops answering with a new
# token still ends.
MAX_PAGES = 10_000


class PagingError(Exception):
    """The service kept the listing from ending; `code` says how (RepeatedNextToken, TooManyPages)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def pages(
    send: Callable[[dict[str, Any]], Any],
    request: Mapping[str, Any],
    input_token: str,
    next_token: Callable[[Any], Any],
) -> Iterator[Any]:
    """Every page: `send` one request, then the same request with `input_token` set to the token the
    page gives (`next_token`), until a page gives none."""
    params = dict(request)
    seen: set[Any] = set()
    for _ in range(MAX_PAGES):
        page = send(params)
        yield page
        token = next_token(page)
        if not token:
            return
        if token in seen:  # a service that repeats a token would loop forever
            raise PagingError("RepeatedNextToken", f"the service returned token {token!r} twice")
        seen.add(token)
        params = {**params, input_token: token}
    raise PagingError("TooManyPages", f"the service was still sending tokens after {MAX_PAGES} pages")
