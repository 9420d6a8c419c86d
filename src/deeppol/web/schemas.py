"""The JSON shapes of the API, for the OpenAPI schema and for validating request bodies.

Responses are built from the analysis records' ``as_dict()`` and sent as they are; these models
document them (schemathesis checks that every answer matches).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable error code: `invalid_request`, `not_found`, `A004`, ...")
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


class HealthOut(BaseModel):
    status: str
    version: str
    schema_version: int
    dialect: str
    ingest_enabled: bool
    coder_loaded: bool


class SummaryOut(BaseModel):
    events: int
    articles: int
    first_date: str | None
    last_date: str | None


# -- events ----------------------------------------------------------------------------------------
class LocationOut(BaseModel):
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


class MentionOut(BaseModel):
    mention_id: str
    article_id: str
    sentence_index: int
    sentence: str | None
    trigger_text: str
    source_text: str | None
    target_text: str | None
    url: str | None
    title: str | None
    publisher: str | None
    pub_date: str | None


class EventOut(BaseModel):
    id: str
    event_date: str | None
    source: str | None
    source_country: str | None
    target: str | None
    target_country: str | None
    code: str
    code_name: str | None
    root_code: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    location: LocationOut | None
    n_mentions: int
    n_articles: int
    n_sources: int
    first_mention: str
    evidence: MentionOut | None


class EventPageOut(BaseModel):
    events: list[EventOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null at the end.")


class EventDetailOut(EventOut):
    mentions: list[MentionOut]
    explanation: Any = Field(description="How the mentions were clustered into this event (JSON).")


class CountOut(BaseModel):
    count: int


class FacetValue(BaseModel):
    value: str | int | None
    count: int


class FacetsOut(BaseModel):
    facets: dict[str, list[FacetValue]]


# -- timelines, actors, network, alerts -----------------------------------------------------------
class QuadCounts(BaseModel):
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    total: int


class DyadBinOut(BaseModel):
    period: str
    start: str
    end: str
    events: QuadCounts
    mentions: QuadCounts
    goldstein_sum: float
    goldstein_mean: float | None


class DyadTimelineOut(BaseModel):
    a: str
    b: str
    by: str
    directed: bool
    bins: list[DyadBinOut]


class ActivityBinOut(BaseModel):
    period: str
    start: str
    end: str
    events: QuadCounts
    goldstein_sum: float


class ActivityOut(BaseModel):
    by: str
    bins: list[ActivityBinOut]


class DyadOut(BaseModel):
    a: str
    b: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float | None


class TopDyadsOut(BaseModel):
    dyads: list[DyadOut]


class PartnerOut(BaseModel):
    actor: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float | None


class ActorOut(BaseModel):
    actor: str
    label: str | None
    events: int
    as_source: int
    as_target: int
    mentions: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    partners: list[PartnerOut]


class ActorsOut(BaseModel):
    actors: list[ActorOut]


class ActorMatch(BaseModel):
    code: str
    label: str | None
    kind: str = Field(description="`country`, `organization` or `actor` (a code seen in the store).")
    mentions: int | None


class ActorSearchOut(BaseModel):
    matches: list[ActorMatch]


class NodeOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    events: int
    out_events: int
    in_events: int


class EdgeOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    target: str
    events: int
    mentions: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float


class NetworkOut(BaseModel):
    directed: bool
    graph: dict[str, Any]
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    truncated: bool = Field(description="True when edges were left out to respect `max_edges`.")


class AlertOut(BaseModel):
    dyad: list[str]
    window_start: str
    window_end: str
    events: int
    intensity: float
    baseline: list[float]
    baseline_events: list[int]
    baseline_mean: float
    baseline_std: float
    z: float
    ratio: float | None
    evidence: list[EventOut]


class AlertsOut(BaseModel):
    as_of: str | None
    alerts: list[AlertOut]


class CodeName(BaseModel):
    code: str
    name: str


class CodesOut(BaseModel):
    roots: list[CodeName]
    quad_classes: list[CodeName]
    plover: list[str]


# -- articles --------------------------------------------------------------------------------------
class SentenceOut(BaseModel):
    idx: int
    start: int
    end: int
    text: str


class ArticleMentionOut(BaseModel):
    id: str
    event_id: str | None
    sentence_idx: int
    source: str | None
    source_text: str | None
    source_start: int | None
    source_end: int | None
    target: str | None
    target_text: str | None
    target_start: int | None
    target_end: int | None
    code: str
    code_name: str
    root_code: str
    quad_class: int
    goldstein: float
    plover: str | None
    mode: str
    event_date: str | None
    location_name: str | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    confidence: float


class ArticleOut(BaseModel):
    id: str
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    pub_date: str | None
    text: str
    duplicate_of: str | None
    duplicate_kind: str | None
    duplicates: list[str]
    sentences: list[SentenceOut]
    mentions: list[ArticleMentionOut]


# -- coding and ingest -----------------------------------------------------------------------------
class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(min_length=1, description="Article texts to code (nothing is stored).")
    date: str | None = Field(None, max_length=40,
                             description="Publication date (YYYY-MM-DD) for relative dates.")
    include_unasserted: bool = False


class CodedText(BaseModel):
    index: int
    events: list[dict[str, Any]] = Field(description="`Event.as_row()` records (see the README).")
    error: str | None = Field(description="Why the text could not be coded (null when it was).")


class CodeOut(BaseModel):
    coder: str
    results: list[CodedText]


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=500)
    text: str = Field(min_length=1)
    date: str | None = Field(None, max_length=40)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1)


class IngestOut(BaseModel):
    run_id: str
    articles: int
    already_stored: int
    duplicates: int
    events: int
    rejected: int
    rejections: list[dict[str, Any]]


INVALID: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorOut, "description": "A parameter of the wrong type or out of bounds."},
}
"""The validation error every endpoint documents (FastAPI's default shape is replaced by ours)."""

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "A filter, cursor or value that cannot be used."},
    422: {"model": ErrorOut, "description": "A parameter of the wrong type or out of bounds."},
}
"""The error answers every query endpoint documents."""
