"""What every route uses: the app state, the event filter parameters, fast JSON answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import Field, StringConstraints
from starlette.responses import Response

from deeppol.analysis.filters import FIRST_DAY, LAST_DAY, AnalysisError, EventFilter
from deeppol.web.state import AppState

ACTOR_PATTERN = r"^[A-Za-z0-9-]{1,40}$"
"""CAMEO actor codes (and prefixes): letters, digits and ``-``, as in ``---REB``."""

CameoCode = Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]
RootCode = Annotated[str, StringConstraints(pattern=r"^\d{1,2}$")]
QuadClass = Annotated[int, Field(ge=1, le=4)]
PloverType = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_]{1,20}$")]

NO_NUL = r"^[^\x00]*$"
"""Free text: anything but NUL, which PostgreSQL cannot store or compare."""

# Dates the API accepts (periods and windows around them stay within Python's calendar).

Actor = Annotated[str | None, Query(pattern=ACTOR_PATTERN, description=(
    "Actor code: 3 characters match the whole country block (`CHN` matches `CHNGOV`), longer "
    "codes match themselves and more specific codes."))]


def app_state(request: Request) -> AppState:
    """The ``AppState`` of the app serving ``request``."""
    state: AppState = request.app.state.deeppol
    return state


_SCALARS = frozenset({str, int, float, bool, type(None)})


@lru_cache(maxsize=64)
def _shape(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    getter = attrgetter(*names)
    return names, (getter if len(names) > 1 else lambda obj: (getter(obj),))


def plain(value: Any) -> Any:
    """A dataclass tree as plain dicts and lists: what ``dataclasses.asdict`` gives, without its
    deep copies (several times faster on a page of events)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [item if type(item) in _SCALARS else plain(item) for item in value]
    if dataclasses.is_dataclass(kind):
        names, getter = _shape(kind)
        return {name: item if type(item) in _SCALARS else plain(item)
                for name, item in zip(names, getter(value), strict=True)}
    return value


def json_response(data: Any, status: int = 200) -> Response:
    """``data`` as compact JSON, sent as is (the OpenAPI models document its shape)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(body.encode("utf-8"), status_code=status, media_type="application/json")


async def event_filter(
    actor: Actor = None,
    source: Actor = None,
    target: Actor = None,
    dyad: Annotated[str | None, Query(
        pattern=r"^[A-Za-z0-9-]{1,40},[A-Za-z0-9-]{1,40}$",
        description="Two actors, comma-separated (`CHN,USA`): events between them.")] = None,
    directed: Annotated[bool, Query(description="With `dyad`: only from the first to the second.")]
    = False,
    code: Annotated[list[CameoCode], Query(max_length=20, description=(
        "CAMEO code; matches its sub-codes too (repeatable)."))] = [],  # noqa: B006 (FastAPI copies it)
    root: Annotated[list[RootCode], Query(max_length=20,
                                          description="CAMEO root 01-20 (repeatable).")] = [],  # noqa: B006
    quad_class: Annotated[list[QuadClass], Query(max_length=4, description=(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."
    ))] = [],  # noqa: B006
    plover: Annotated[list[PloverType], Query(max_length=20, description=(
        "PLOVER event type (repeatable)."))] = [],  # noqa: B006
    since: Annotated[dt.date | None, Query(description="First event date.")] = None,
    until: Annotated[dt.date | None, Query(description="Last event date.")] = None,
    location: Annotated[str | None, Query(min_length=1, max_length=100, pattern=NO_NUL, description=(
        "Country code (ISO alpha-3) or place name of the event."))] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200, pattern=NO_NUL, description=(
        "Text in an evidence sentence or trigger (case-insensitive)."))] = None,
    min_mentions: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
) -> EventFilter:
    """The ``EventFilter`` of the request's query parameters (400 when they cannot be used)."""
    check_day(since, "since")
    check_day(until, "until")
    pair = tuple(dyad.split(",")) if dyad else None
    return EventFilter(actor=actor, source=source, target=target, dyad=pair,  # type: ignore[arg-type]
                       directed=directed, codes=tuple(code), roots=tuple(root),
                       quad_classes=tuple(quad_class), plover=tuple(plover), since=since,
                       until=until, location=location, text=text, min_mentions=min_mentions)


def check_day(day: dt.date | None, name: str) -> None:
    """Refuse a date outside ``FIRST_DAY`` .. ``LAST_DAY`` (400)."""
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise AnalysisError(f"[A022] {name} must be between {FIRST_DAY} and {LAST_DAY}, not {day}")
