"""Input files cut into shards: reading every shard gives exactly what reading the files gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deeppol.batch.shards import plan_shards, read_shard
from deeppol.ingest.readers import read_inputs
from deeppol.types import Article, Rejection


def _records(records: list[Article | Rejection]) -> list[tuple[str, ...]]:
    return [("article", r.id, r.text) if isinstance(r, Article)
            else ("rejection", r.input, str(r.line), r.reason) for r in records]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    lines = [json.dumps({"text": f"Japan met China on day {i}.", "date": "2022-01-07"})
             for i in range(11)]
    lines[4] = "{not json"  # a bad line keeps its line number in its shard
    lines[7] = ""  # blank lines are skipped
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "nested" / "b.txt").write_text("Iran protested.", encoding="utf-8")
    (folder / "nested" / "c.jsonl").write_text(json.dumps({"id": "x", "text": "Iraq"}),
                                               encoding="utf-8")  # no final newline
    (folder / "notes.dat").write_bytes(b"\x00\x01")  # not a kind DeepPol reads: left out
    return folder


@pytest.mark.parametrize("lines_per_shard", [1, 3, 4, 64])
def test_shards_read_like_the_whole_input(corpus: Path, lines_per_shard: int) -> None:
    shards, rejected = plan_shards([str(corpus)], lines_per_shard)
    assert rejected == []
    assert [s.index for s in shards] == list(range(len(shards)))
    jsonl = [s for s in shards if s.path.endswith("a.jsonl")]
    assert len(jsonl) == -(-11 // lines_per_shard)
    sharded = [record for shard in shards for record in read_shard(shard)]
    assert _records(sharded) == _records(list(read_inputs([str(corpus)])))
    assert len({s.id for s in shards}) == len(shards)


@pytest.mark.parametrize("name", ["missing.jsonl"])
def test_shards_missing_input_is_a_rejection(tmp_path: Path, name: str) -> None:
    shards, rejected = plan_shards([str(tmp_path / name)])
    assert shards == []
    assert [(r.reason, r.stage) for r in rejected] == [("not_found", "ingest")]


@pytest.mark.parametrize("name", ["-", "https://example.org/feed.xml"])
def test_shards_refuse_streams_and_urls(name: str) -> None:
    with pytest.raises(ValueError, match="not a file"):
        plan_shards([name])


@pytest.mark.parametrize("lines_per_shard", [2])
def test_shard_ids_change_with_the_file(corpus: Path, lines_per_shard: int) -> None:
    before = [s.id for s in plan_shards([str(corpus)], lines_per_shard)[0]]
    assert before == [s.id for s in plan_shards([str(corpus)], lines_per_shard)[0]]
    with (corpus / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Russia attacked Ukraine."}) + "\n")
    after = [s.id for s in plan_shards([str(corpus)], lines_per_shard)[0]]
    assert set(before) != set(after)
