"""Most active actors and their partners; the actor network graph."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from deeppol.analysis import (
    AnalysisError,
    EventFilter,
    actor_partners,
    build_network,
    network_data,
    top_actors,
    write_network,
)
from deeppol.analysis.synthetic import insert_events, scenario_events
from deeppol.store import Database


@pytest.fixture
def scenario(store: Database) -> Database:
    insert_events(store, scenario_events())
    return store


def test_actors_country_ranking_and_roles(scenario: Database) -> None:
    ranked = top_actors(scenario, top=3, level="country", partners=3)
    assert [(a.actor, a.events) for a in ranked] == [("CHN", 6), ("UKR", 5), ("RUS", 4)]
    chn = ranked[0]
    assert (chn.as_source, chn.as_target, chn.cooperation, chn.conflict) == (3, 3, 3, 3)
    assert chn.mentions == 3 + 2 + 1 + 1 + 1 + 1
    assert [(p.actor, p.events) for p in chn.partners] == [("JPN", 2), ("TWN", 2), ("USA", 2)]
    data = chn.as_dict()
    assert data["partners"][0] == {"actor": "JPN", "events": 2, "cooperation": 1, "conflict": 1,
                                   "goldstein_sum": -3.1, "goldstein_mean": -1.55}
    json.dumps([a.as_dict() for a in ranked])


def test_actors_code_level_counts_exact_codes(scenario: Database) -> None:
    ranked = {a.actor: a for a in top_actors(scenario, top=50, partners=0)}
    assert ranked["CHNGOV"].events == 3  # CHNGOVMIL is its own actor at code level
    assert ranked["CHNGOVMIL"].events == 1
    assert ranked["USAGOV"].as_source == 2 and ranked["USAGOV"].as_target == 1
    assert all(a.partners == [] for a in ranked.values())


def test_actors_filter_restricts_the_events_counted(scenario: Database) -> None:
    ranked = top_actors(scenario, EventFilter(quad_classes=(4,)), level="country", partners=0)
    assert {a.actor: a.events for a in ranked} == {"CHN": 2, "TWN": 1, "JPN": 1, "RUS": 1, "UKR": 1}


@pytest.mark.parametrize("actor", ["UKR", "ukr", " UKR "])  # codes are compared in upper case
def test_actors_partners_of_one_actor(scenario: Database, actor: str) -> None:
    partners = actor_partners(scenario, actor, level="country")
    assert [(p.actor, p.events, p.conflict) for p in partners] == [("RUS", 4, 3), ("IGO", 1, 0)]


def test_actors_refuse_unknown_level(scenario: Database) -> None:
    with pytest.raises(AnalysisError):
        top_actors(scenario, level="region")


def test_network_edges_carry_cooperation_conflict_and_goldstein(scenario: Database) -> None:
    graph = build_network(scenario, level="country")
    assert graph.is_directed()
    rus_ukr = graph.edges["RUS", "UKR"]
    assert (rus_ukr["events"], rus_ukr["conflict"], rus_ukr["cooperation"]) == (2, 1, 1)
    assert rus_ukr["material_conflict"] == 1 and rus_ukr["verbal_cooperation"] == 1
    assert rus_ukr["goldstein_sum"] == -10.0 and rus_ukr["goldstein_mean"] == -5.0
    assert rus_ukr["conflict_goldstein"] == -10.0 and rus_ukr["mentions"] == 6
    assert rus_ukr["weight"] == 2
    assert graph.edges["UKR", "RUS"]["conflict"] == 2
    assert graph.nodes["UKR"]["events"] == 5
    assert not graph.has_node("---") and ("USA", None) not in graph.edges  # no-target event dropped


def test_network_period_and_min_events(scenario: Database) -> None:
    march = build_network(scenario, EventFilter(since="2022-03-01", until="2022-03-31"), level="country")
    assert sorted(march.edges) == [("CHN", "JPN"), ("IGO", "UKR"), ("RUS", "UKR"), ("UKR", "RUS")]
    assert sorted(build_network(scenario, level="country", min_events=2).edges) == [
        ("RUS", "UKR"), ("UKR", "RUS")]


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_network_writes_graphml_and_json(scenario: Database, fmt: str, tmp_path) -> None:
    graph = build_network(scenario)
    path = tmp_path / f"net.{fmt}"
    write_network(graph, path, fmt)
    if fmt == "graphml":
        back = nx.read_graphml(path)
        assert back.number_of_edges() == graph.number_of_edges()
        assert back.edges["RUSMIL", "UKR"]["conflict"] == 1
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data == json.loads(json.dumps(network_data(graph)))
        assert len(data["edges"]) == graph.number_of_edges()
        assert {"source", "target", "cooperation", "conflict", "goldstein_sum"} <= set(data["edges"][0])
    buffer = io.BytesIO()
    write_network(graph, buffer, fmt)
    assert buffer.getvalue()
