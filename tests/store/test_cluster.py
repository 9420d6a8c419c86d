"""Clustering mentions of one real-world event across articles into ``events`` rows."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest

from deeppol.store import Database, open_store
from deeppol.store.cluster import event_id, recluster, recluster_all

DAY = dt.date(2022, 3, 14)
KIDNAP = ("KENREB", "KENCVL", "18")


@pytest.fixture
def db(store: Database) -> Database:
    """The conftest's empty store, on SQLite and on PostgreSQL."""
    return store


@dataclass(frozen=True)
class Report:
    """One article with one mention, as the writer would have stored them."""

    id: str
    day: int | None = 0  # days after DAY; None: no event date
    source: str | None = "KENREB"
    target: str | None = "KENCVL"
    code: str = "181"
    outlet: str | None = "outlet0"
    url: str | None = None
    country: str | None = None
    place: str | None = None
    pub_day: int | None = 0


def insert_reports(db: Database, reports: list[Report], seq_start: int = 0) -> None:
    with db.transaction():
        for seq, report in enumerate(reports, start=seq_start):
            pub = None if report.pub_day is None else (DAY + dt.timedelta(days=report.pub_day)).isoformat()
            db.execute(
                "INSERT INTO articles (id, content_hash, doc_id, source, url, pub_date, text, n_chars, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"art-{report.id}", f"hash-{report.id}", report.id, report.outlet, report.url, pub,
                 "text", 4, seq))
            db.execute(
                "INSERT INTO mentions (id, article_id, sentence_idx, source, source_country, target, "
                "target_country, code, code_name, root_code, quad_class, goldstein, plover, mode, "
                "event_date, location_name, location_country, trigger_text, trigger_start, "
                "trigger_end, pattern, entries, confidence, coder) VALUES "
                "(?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 4, -9.0, 'ASSAULT', 'asserted', ?, ?, ?, 'seized', "
                "0, 6, 'p', '[]', 0.8, 'deeppol.RuleCoder.v1')",
                (f"men-{report.id}", f"art-{report.id}", report.source,
                 report.source[:3] if report.source else None, report.target,
                 report.target[:3] if report.target else None, report.code, f"name {report.code}",
                 report.code[:2],
                 None if report.day is None else (DAY + dt.timedelta(days=report.day)).isoformat(),
                 report.place, report.country))


def events(db: Database) -> list[dict[str, Any]]:
    return db.query("SELECT * FROM events ORDER BY id")


def assignments(db: Database) -> dict[str, str | None]:
    return {row["id"]: row["event_id"] for row in db.query("SELECT id, event_id FROM mentions")}


def keys_of(reports: list[Report]) -> set[tuple[str | None, str | None, str]]:
    return {(r.source, r.target, r.code[:2]) for r in reports}


def test_cluster_one_kidnapping_reported_300_times_is_one_event(db: Database) -> None:
    reports = [Report(f"r{i:03d}", day=0 if i % 3 else 1, outlet=f"outlet{i % 50}",
                      code="180" if i % 4 == 0 else "181",
                      country="KEN" if i % 2 else None, place="Nairobi" if i % 5 == 0 else None)
               for i in range(300)]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    [event] = events(db)
    assert (event["n_mentions"], event["n_articles"], event["n_sources"]) == (300, 300, 50)
    assert event["code"] == "181" and event["root_code"] == "18"
    assert (event["quad_class"], event["goldstein"], event["plover"]) == (4, -9.0, "ASSAULT")
    assert event["event_date"] == DAY.isoformat()
    assert (event["location_name"], event["location_country"]) == ("Nairobi", "KEN")
    assert event["first_mention"] == "men-r001" and event["id"] == event_id("men-r001")  # r000: day 1
    assert set(assignments(db).values()) == {event["id"]}


@pytest.mark.parametrize(("days", "expected"), [
    ((0, 3), 2),
    ((0, 1), 1),
    ((0, 1, 2), 2),  # the third is two days after the first report
    ((0, 2, 4, 6), 4),
])
def test_cluster_dates_more_than_a_day_apart_are_separate_events(
        db: Database, days: tuple[int, ...], expected: int) -> None:
    reports = [Report(f"d{i}", day=day, pub_day=day) for i, day in enumerate(days)]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    assert len(events(db)) == expected


@pytest.mark.parametrize(("places", "expected"), [
    ([("KEN", None), ("UGA", None)], 2),
    ([("KEN", "Nairobi"), ("KEN", "Mombasa")], 2),
    ([("KEN", "Nairobi"), (None, None), ("KEN", None)], 1),
    ([("KEN", "Nairobi"), (None, "Nairobi")], 1),
    ([(None, None), ("KEN", None), ("UGA", None)], 2),  # the unknown one joined KEN first
])
def test_cluster_incompatible_places_are_separate_events(
        db: Database, places: list[tuple[str | None, str | None]], expected: int) -> None:
    reports = [Report(f"p{i}", country=country, place=place) for i, (country, place) in enumerate(places)]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    assert len(events(db)) == expected


@pytest.mark.parametrize("reports", [[
    Report("a", source="KENREB", target="KENCVL"),
    Report("b", source="KENREB", target=None),
    Report("c", source="KENREB", target="KENCVL", code="112"),
    Report("d", source="UGAREB", target="KENCVL"),
]])
def test_cluster_keys_never_mix(db: Database, reports: list[Report]) -> None:
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    assert len(events(db)) == 4
    assert [row["target"] for row in db.query("SELECT target FROM events WHERE source = 'KENREB' "
                                              "AND root_code = '18' ORDER BY target")] in (
        [None, "KENCVL"], ["KENCVL", None])


@pytest.mark.parametrize(("reports", "expected"), [
    ([Report("s1", outlet="Reuters"), Report("s2", outlet=" reuters ")], 1),
    ([Report("s1", outlet=None, url="https://www.bbc.co.uk/a"),
      Report("s2", outlet=None, url="https://bbc.co.uk/b")], 1),
    ([Report("s1", outlet=None), Report("s2", outlet=None)], 2),
])
def test_cluster_sources_fall_back_to_url_host_then_article(
        db: Database, reports: list[Report], expected: int) -> None:
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    [event] = events(db)
    assert event["n_sources"] == expected


def test_cluster_mentions_without_any_date_stay_with_their_article(db: Database) -> None:
    reports = [Report("u1", day=None, pub_day=None), Report("u2", day=None, pub_day=None),
               Report("u3", day=None, pub_day=2)]  # no event date: the publication date counts
    insert_reports(db, reports)
    with db.transaction():  # a second mention of the same event in article u1
        db.execute("INSERT INTO mentions (id, article_id, sentence_idx, source, target, code, code_name, "
                   "root_code, quad_class, goldstein, mode, trigger_text, trigger_start, trigger_end, "
                   "pattern, entries, confidence, coder) SELECT 'men-u1b', article_id, 1, source, target, "
                   "code, code_name, root_code, quad_class, goldstein, mode, trigger_text, trigger_start, "
                   "trigger_end, pattern, entries, confidence, coder FROM mentions WHERE id = 'men-u1'")
    recluster(db, keys_of(reports))
    rows = events(db)
    assert sorted((row["event_date"] or "", row["n_mentions"]) for row in rows) == [
        ("", 1), ("", 2), ((DAY + dt.timedelta(days=2)).isoformat(), 1)]


def test_cluster_explanation_lists_every_merge_in_words(db: Database) -> None:
    reports = [Report("e1", source="CHNGOV", target="USA", code="112", country="KEN"),
               Report("e2", source="CHNGOV", target="USA", code="112", day=1, pub_day=1)]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    [event] = events(db)
    explanation = json.loads(event["explanation"])
    assert "within one day" in explanation["rule"]
    assert explanation["summary"] == "2 mentions in 2 articles from 1 source"
    assert explanation["first"].startswith("mention men-e1 (article art-e1, outlet0) opened the event")
    assert explanation["merges"] == [
        "mention men-e2 (article art-e2, outlet0) joined: same dyad CHNGOV→USA, root 11, "
        "1 day after the first report, places compatible (unknown / KEN)"]


def test_cluster_explanation_says_why_an_event_was_split(db: Database) -> None:
    reports = [Report("x1", country="KEN"), Report("x2", country="UGA")]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    second = db.query_one("SELECT explanation FROM events WHERE first_mention = 'men-x2'")
    assert second is not None
    assert "places incompatible with the open event(s)" in json.loads(second["explanation"])["first"]


def scenario(seed: int) -> list[Report]:
    """Many reports of a few dyads over three weeks, with places, gaps and undated ones."""
    rng = random.Random(seed)
    reports = []
    for i in range(160):
        day = rng.choice([*range(0, 6), *range(9, 13), 20, None])
        country, place = rng.choice([(None, None), ("KEN", None), ("KEN", "Nairobi"),
                                     ("KEN", "Mombasa"), ("UGA", None), (None, "Nairobi")])
        source, target = rng.choice([("KENREB", "KENCVL"), ("KENREB", None), ("UGAMIL", "KENREB")])
        reports.append(Report(
            f"o{i:03d}", day=day, pub_day=None if day is None and i % 2 else (day or 0) + rng.choice([0, 1]),
            source=source, target=target, code=rng.choice(["181", "180", "182", "112"]),
            outlet=f"outlet{rng.randrange(12)}", country=country, place=place))
    return reports


def snapshot(db: Database) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    return events(db), assignments(db)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cluster_events_do_not_depend_on_ingestion_order(store_urls: Callable[[], str], seed: int) -> None:
    reports = scenario(seed)
    with open_store(store_urls()) as reference:
        insert_reports(reference, reports)
        recluster_all(reference)
        expected = snapshot(reference)
    shuffled = list(reports)
    random.Random(seed).shuffle(shuffled)
    with open_store(store_urls()) as db:
        for start in range(0, len(shuffled), 17):  # one recluster per ingest batch
            batch = shuffled[start:start + 17]
            insert_reports(db, batch, seq_start=start)
            recluster(db, keys_of(batch))
        assert snapshot(db) == expected
        recluster(db, keys_of(reports))  # rebuilding keys from scratch changes nothing
        assert snapshot(db) == expected
    assert len(expected[0]) > 10
    assert all(value is not None for value in expected[1].values())


@pytest.mark.parametrize("seed", [3])
def test_cluster_chronological_batches_match_a_full_rebuild(db: Database, seed: int) -> None:
    reports = sorted(scenario(seed), key=lambda r: (r.day if r.day is not None else -1, r.id))
    for start in range(0, len(reports), 10):
        batch = reports[start:start + 10]
        insert_reports(db, batch, seq_start=start)
        recluster(db, keys_of(batch))
    incremental = snapshot(db)
    recluster_all(db)
    assert snapshot(db) == incremental


def test_cluster_rebuild_removes_events_left_behind(db: Database) -> None:
    reports = [Report("g1"), Report("g2", day=5, pub_day=5)]
    insert_reports(db, reports)
    recluster(db, keys_of(reports))
    with db.transaction():
        db.execute("DELETE FROM mentions WHERE id = 'men-g2'")
    recluster(db, keys_of(reports))  # no new mentions: the key is rebuilt from scratch
    assert [row["first_mention"] for row in events(db)] == ["men-g1"]


@pytest.mark.parametrize("report", [replace(Report("n1"), source=None, target=None)])
def test_cluster_null_actors_are_a_key_like_any_other(db: Database, report: Report) -> None:
    insert_reports(db, [report, replace(report, id="n2")])
    assert recluster(db, [(None, None, "18")]) == 1
    [event] = events(db)
    assert (event["source"], event["target"], event["n_mentions"]) == (None, None, 2)
