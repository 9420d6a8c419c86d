"""How things evolve and connect: dyad timelines, activity, top dyads, actors (and their
autocomplete), the actor network, conflict alerts, and the code lists of the filter menus."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from deeppol.analysis import (
    EventFilter,
    build_network,
    dyad_timeline,
    find_alerts,
    latest_date,
    network_data,
    top_actors,
)
from deeppol.web.queries import (
    activity,
    check_periods,
    code_lists,
    search_actors,
    summary,
    top_dyads,
)
from deeppol.web.routes.common import (
    ACTOR_PATTERN,
    NO_NUL,
    app_state,
    check_day,
    event_filter,
    json_response,
)
from deeppol.web.schemas import (
    ERRORS,
    INVALID,
    ActivityOut,
    ActorSearchOut,
    ActorsOut,
    AlertsOut,
    CodesOut,
    DyadTimelineOut,
    NetworkOut,
    SummaryOut,
    TopDyadsOut,
)

router = APIRouter(prefix="/v1", tags=["analysis"], responses=INVALID)

Filter = Annotated[EventFilter, Depends(event_filter)]
Bin = Annotated[str, Query(pattern="^(day|week|month)$", description="day, week (ISO) or month.")]
Level = Annotated[str, Query(pattern="^(code|country)$", description=(
    "`country` blocks (`CHN`) or full `code`s (`CHNGOV`)."))]
RequiredActor = Annotated[str, Query(pattern=ACTOR_PATTERN, description="Actor code.")]


@router.get("/dyad", response_model=DyadTimelineOut, responses=ERRORS)
def dyad(request: Request, a: RequiredActor, b: RequiredActor, flt: Filter, by: Bin = "month",
         directed: Annotated[bool, Query(description="Only events from a to b.")] = False,
         ) -> Response:
    """A dyad's events and mentions per period and quad class, with Goldstein sum and mean
    (empty periods included)."""
    state = app_state(request)
    scope = flt.replace(dyad=(a, b), directed=directed, actor=None)
    with state.reader() as db:
        check_periods(db, scope, by, state.settings.max_bins)
        bins = dyad_timeline(db, a, b, by, directed=directed, flt=flt)
    return json_response({"a": scope.dyad[0], "b": scope.dyad[1], "by": by,  # type: ignore[index]
                          "directed": directed, "bins": [x.as_dict() for x in bins]})


@router.get("/activity", response_model=ActivityOut, responses=ERRORS)
def activity_timeline(request: Request, flt: Filter, by: Bin = "day") -> Response:
    """Events per period and quad class across all actors (the overview chart)."""
    state = app_state(request)
    with state.reader() as db:
        check_periods(db, flt, by, state.settings.max_bins)
        return json_response({"by": by, "bins": activity(db, flt, by)})


@router.get("/dyads/top", response_model=TopDyadsOut, responses=ERRORS)
def dyads_top(request: Request, flt: Filter, level: Level = "country",
              top: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
    """The most active dyads (both directions together)."""
    with app_state(request).reader() as db:
        return json_response({"dyads": top_dyads(db, flt, top=top, level=level)})


@router.get("/actors", response_model=ActorsOut, responses=ERRORS)
def actors(request: Request, flt: Filter, level: Level = "code",
           top: Annotated[int, Query(ge=1, le=100)] = 20,
           partners: Annotated[int, Query(ge=0, le=20)] = 5) -> Response:
    """The most active actors, each with its main partners."""
    with app_state(request).reader() as db:
        found = top_actors(db, flt, top=top, level=level, partners=partners)
    return json_response({"actors": [x.as_dict() for x in found]})


@router.get("/actors/search", response_model=ActorSearchOut, responses=ERRORS)
def actors_search(request: Request,
                  q: Annotated[str, Query(min_length=1, max_length=60, pattern=NO_NUL, description=(
                      "Code prefix (`CHN`) or part of a name (`china`)."))],
                  limit: Annotated[int, Query(ge=1, le=50)] = 10) -> Response:
    """Actor autocomplete: countries and organisations by code or name, codes in the store."""
    with app_state(request).reader() as db:
        return json_response({"matches": search_actors(db, q, limit=limit)})


@router.get("/network", response_model=NetworkOut, responses=ERRORS)
def network(request: Request, flt: Filter, level: Level = "country",
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            max_edges: Annotated[int, Query(ge=1, le=2000, description=(
                "Keep only the edges with the most events."))] = 300) -> Response:
    """The actor network of the matching events: nodes are actors, an edge a -> b sums the
    events from a to b (cooperation and conflict volumes, Goldstein)."""
    with app_state(request).reader() as db:
        data = network_data(build_network(db, flt, level=level, min_events=min_events))
    return json_response(_truncate(data, max_edges))


def _truncate(data: dict[str, Any], max_edges: int) -> dict[str, Any]:
    edges = data["edges"]
    truncated = len(edges) > max_edges
    if truncated:
        edges = sorted(edges, key=lambda e: (-e["events"], e["source"], e["target"]))[:max_edges]
        kept = {e["source"] for e in edges} | {e["target"] for e in edges}
        data = {**data, "edges": edges, "nodes": [n for n in data["nodes"] if n["id"] in kept]}
    return {**data, "truncated": truncated}


@router.get("/alerts", response_model=AlertsOut, responses=ERRORS)
def alerts(request: Request, flt: Filter, level: Level = "country",
           window: Annotated[int, Query(ge=1, le=366, description="Window length in days.")] = 7,
           baseline: Annotated[int, Query(ge=1, le=104, description="Earlier windows compared.")] = 8,
           min_events: Annotated[int, Query(ge=1, le=100_000)] = 3,
           threshold: Annotated[float, Query(ge=0, le=1000)] = 3.0,
           as_of: Annotated[dt.date | None, Query(description="Last day (default: latest event).")]
           = None,
           directed: bool = False,
           max_events: Annotated[int, Query(ge=0, le=100)] = 10,
           limit: Annotated[int, Query(ge=1, le=100, description=(
               "Most alerts returned, strongest first."))] = 50) -> Response:
    """Dyads whose conflict intensity in the latest window jumps against their own baseline,
    with the events behind each jump."""
    check_day(as_of, "as_of")
    with app_state(request).reader() as db:
        day = as_of or latest_date(db, flt.replace(since=None, until=None))
        found = find_alerts(db, flt, window=window, baseline=baseline, min_events=min_events,
                            threshold=threshold, as_of=day, level=level, directed=directed,
                            max_events=max_events, limit=limit) if day else []
    return json_response({"as_of": day.isoformat() if day else None,
                          "alerts": [x.as_dict() for x in found]})


@router.get("/summary", response_model=SummaryOut)
def store_summary(request: Request) -> Response:
    """How many events and articles the store holds, and the span of event dates."""
    with app_state(request).reader() as db:
        return json_response(summary(db))


@router.get("/codes", response_model=CodesOut)
def codes() -> Response:
    """CAMEO roots, quad classes and PLOVER types (the filter menus)."""
    return json_response(code_lists())
