"""Accuracy gate: the coder must not fall below the recorded floors on the shared gold sets.

The gold files live outside the repository (``../shared/gold``); without them the gate skips.
Floors are in ``tests/eval_baseline.json``: ``{file: {metric: floor}}``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deeppol.coding.coder import Coder
from deeppol.eval.score import evaluate_file

pytestmark = pytest.mark.gold

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"
BASELINE = Path(__file__).resolve().parents[1] / "eval_baseline.json"
FLOORS: dict[str, dict[str, float]] = json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gate_coder(coder: Coder) -> Coder:
    """One coder for every gold file of the gate (the session's default coder)."""
    return coder


@pytest.mark.parametrize(("name", "metric"),
                         [(name, metric) for name, floors in FLOORS.items() for metric in floors])
def test_gold_floor(gate_coder: Coder, name: str, metric: str) -> None:
    path = GOLD / name
    if not path.is_file():
        pytest.skip(f"gold file {path} is absent")
    summary = evaluate_file(gate_coder, path).summary()
    value = float(summary[metric])
    floor = FLOORS[name][metric]
    print(f"{name}: {metric} = {value:.3f} (floor {floor:.3f}) {summary}")
    assert value >= floor, f"{name}: {metric} {value:.3f} below the floor {floor:.3f}"
