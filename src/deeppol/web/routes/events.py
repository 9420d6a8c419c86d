"""Events: filtered pages with a cursor, counts, facets, one clustered event with its mentions,
and the export of the current filter (CSV, JSON Lines, GDELT, PLOVER)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import StringConstraints
from starlette.responses import Response, StreamingResponse

from deeppol.analysis import EventFilter, get_event, list_events
from deeppol.analysis.export import TEXT_FORMATS, ExportStream
from deeppol.web.errors import ApiError
from deeppol.web.queries import FACETS, count_matching, facet_counts
from deeppol.web.routes.common import NO_NUL, app_state, event_filter, json_response, plain
from deeppol.web.schemas import ERRORS, INVALID, CountOut, ErrorOut, EventDetailOut, EventPageOut, FacetsOut

router = APIRouter(prefix="/v1", tags=["events"], responses=INVALID)

FacetName = Annotated[str, StringConstraints(pattern="^(" + "|".join(FACETS) + ")$")]

Filter = Annotated[EventFilter, Depends(event_filter)]

EXPORT_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                "gdelt": "text/tab-separated-values; charset=utf-8",
                "plover": "application/x-ndjson"}
EXPORT_SUFFIX = {"csv": "csv", "jsonl": "jsonl", "gdelt": "tsv", "plover": "jsonl"}


@router.get("/events", response_model=EventPageOut, responses=ERRORS)
def events_page(
    request: Request, flt: Filter,
    limit: Annotated[int, Query(ge=1, le=500, description="Events per page.")] = 50,
    cursor: Annotated[str | None, Query(max_length=400, description=(
        "`next_cursor` of the previous page."))] = None,
    evidence: Annotated[bool, Query(description="Attach each event's first mention.")] = True,
) -> Response:
    """Events matching the filters, newest first, one page at a time (keyset cursor)."""
    state = app_state(request)
    limit = min(limit, state.settings.max_page_size)
    with state.reader() as db:
        page = list_events(db, flt, limit=limit, cursor=cursor, with_evidence=evidence)
    return json_response({"events": plain(page.events), "next_cursor": page.next_cursor})


@router.get("/events/count", response_model=CountOut, responses=ERRORS)
def events_count(request: Request, flt: Filter) -> Response:
    """How many events match the filters."""
    with app_state(request).reader() as db:
        return json_response({"count": count_matching(db, flt)})


@router.get("/events/facets", response_model=FacetsOut, responses=ERRORS)
def events_facets(
    request: Request, flt: Filter,
    facet: Annotated[list[FacetName], Query(max_length=len(FACETS), description=(
        f"Facets to count: {', '.join(FACETS)} (repeatable; default: all)."))] = [],  # noqa: B006
    top: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    """The most frequent values of some event fields among the matching events, with counts."""
    with app_state(request).reader() as db:
        return json_response({"facets": facet_counts(db, flt, list(facet) or list(FACETS), top=top)})


@router.get("/events/{event_id}", response_model=EventDetailOut,
            responses={404: {"model": ErrorOut, "description": "No event has this id."}})
def event_detail(request: Request,
                 event_id: Annotated[str, Path(min_length=1, max_length=100, pattern=NO_NUL)]) -> Response:
    """One clustered real-world event with every article mention of it and how they merged."""
    with app_state(request).reader() as db:
        detail = get_event(db, event_id)
    if detail is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return json_response(detail.as_dict())


@router.get("/export", responses={
    **ERRORS, 200: {"description": "The events, streamed.", "content": {
        media.split(";")[0]: {} for media in EXPORT_MEDIA.values()}}})
def export(
    request: Request, flt: Filter,
    fmt: Annotated[str, Query(alias="format", pattern="^(csv|jsonl|gdelt|plover)$",
                              description="csv, jsonl, gdelt (GDELT 2.0 TSV) or plover.")] = "csv",
) -> Response:
    """Every event matching the filters, streamed in the chosen format (a download)."""
    if fmt not in TEXT_FORMATS:  # pragma: no cover - the pattern guards it
        raise ApiError(400, "bad_request", f"unknown format {fmt!r}")
    state = app_state(request)

    def chunks() -> Iterator[bytes]:
        # the connection is held while the download streams and given back when it ends (or
        # when the generator is closed because the client went away)
        with state.reader() as db:
            for chunk in ExportStream(db, fmt, flt):
                yield chunk.encode("utf-8")

    stamp = dt.date.today().isoformat()
    name = f"deeppol-events-{stamp}.{EXPORT_SUFFIX[fmt]}"
    return StreamingResponse(chunks(), media_type=EXPORT_MEDIA[fmt],
                             headers={"content-disposition": f'attachment; filename="{name}"'})
