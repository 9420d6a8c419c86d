"""The actor network of a period: a directed ``networkx`` graph, written as GraphML or JSON.

Nodes are actors (codes or country blocks); an edge ``a -> b`` sums the events with source ``a``
and target ``b``. Edge attributes: ``events`` (also ``weight``), ``mentions``, the counts per quad
class, ``cooperation`` (quad 1 + 2) and ``conflict`` (quad 3 + 4) volumes, and the Goldstein sum
and mean overall and for each side (``cooperation_goldstein``, ``conflict_goldstein``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import networkx as nx

from deeppol.analysis.actors import actor_columns
from deeppol.analysis.filters import COOPERATION, QUAD_NAMES, AnalysisError, EventFilter
from deeppol.store.database import Database

NETWORK_FORMATS = ("graphml", "json")


def build_network(db: Database, flt: EventFilter | None = None, *, level: str = "code",
                  min_events: int = 1) -> nx.DiGraph:
    """The directed actor graph of the events matching ``flt``.

    Args:
        db: an open store.
        flt: which events (e.g. ``EventFilter(since=..., until=...)`` for a period).
        level: ``code`` or ``country`` nodes.
        min_events: drop edges with fewer events (nodes left without edges go too).

    Returns:
        A ``networkx.DiGraph``; node attributes ``events``, ``out_events``, ``in_events``.
    """
    source, target = actor_columns(level)
    where = (flt or EventFilter()).where()
    rows = db.query(
        f"SELECT {source} AS a, {target} AS b, e.quad_class AS quad, COUNT(*) AS n,"
        " SUM(e.n_mentions) AS m, SUM(e.goldstein) AS g FROM events e"
        f" WHERE {source} IS NOT NULL AND {target} IS NOT NULL AND {where.sql}"
        f" GROUP BY {source}, {target}, e.quad_class", where.params)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        attrs = edges.setdefault((row["a"], row["b"]), _empty_edge())
        quad, n, g = int(row["quad"]), int(row["n"]), float(row["g"] or 0.0)
        side = "cooperation" if quad in COOPERATION else "conflict"
        attrs[QUAD_NAMES[quad]] += n
        attrs[side] += n
        attrs[f"{side}_goldstein"] += g
        attrs["events"] += n
        attrs["mentions"] += int(row["m"] or 0)
        attrs["goldstein_sum"] += g
    graph = nx.DiGraph(level=level)
    for (a, b), attrs in sorted(edges.items()):
        if attrs["events"] < min_events:
            continue
        for key in ("goldstein_sum", "cooperation_goldstein", "conflict_goldstein"):
            attrs[key] = round(attrs[key], 3)
        attrs["goldstein_mean"] = round(attrs["goldstein_sum"] / attrs["events"], 3)
        attrs["weight"] = attrs["events"]
        graph.add_edge(a, b, **attrs)
    for node in graph.nodes:
        out_events = sum(d["events"] for _, _, d in graph.out_edges(node, data=True))
        in_events = sum(d["events"] for _, _, d in graph.in_edges(node, data=True))
        graph.nodes[node].update(out_events=out_events, in_events=in_events,
                                 events=out_events + in_events, country=node[:3])
    return graph


def _empty_edge() -> dict[str, Any]:
    return {"events": 0, "mentions": 0, **dict.fromkeys(QUAD_NAMES.values(), 0),
            "cooperation": 0, "conflict": 0, "goldstein_sum": 0.0,
            "cooperation_goldstein": 0.0, "conflict_goldstein": 0.0}


def network_data(graph: nx.DiGraph) -> dict[str, Any]:
    """JSON-ready node-link form: ``{"directed", "graph", "nodes": [...], "edges": [...]}``."""
    return {
        "directed": True,
        "graph": dict(graph.graph),
        "nodes": [{"id": node, **attrs} for node, attrs in graph.nodes(data=True)],
        "edges": [{"source": a, "target": b, **attrs} for a, b, attrs in graph.edges(data=True)],
    }


def write_network(graph: nx.DiGraph, out: str | Path | IO[bytes], fmt: str = "graphml") -> None:
    """Write ``graph`` to a path or binary stream as GraphML or node-link JSON."""
    if fmt not in NETWORK_FORMATS:
        raise AnalysisError(f"[A012] network format must be graphml or json, not {fmt!r}")
    if fmt == "graphml":
        nx.write_graphml(graph, out)  # accepts a path or a binary file
        return
    data = json.dumps(network_data(graph), ensure_ascii=False, indent=1).encode("utf-8")
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
