"""Accuracy gate on the shared gold sets (``../shared/gold``; skipped when absent).

``tests/eval_baseline.json`` holds, per file and metric, a ``floor`` and a ``target``:

- the floor is the accuracy reached so far, pinned a little below the measured value: falling
  under it is a regression and fails the suite;
- the target is the accuracy the project asked for (issue #2). Where the coder is still below
  it, the target test reports the shortfall as an expected failure, so CI output shows it.
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
LIMITS: dict[str, dict[str, dict[str, float]]] = json.loads(BASELINE.read_text(encoding="utf-8"))
CASES = [(name, metric) for name, metrics in LIMITS.items() for metric in metrics]


@pytest.fixture(scope="module")
def scores(coder: Coder) -> dict[str, dict[str, float | int | str]]:
    """Each gold file scored once with the session's default coder."""
    found = {}
    for name in LIMITS:
        path = GOLD / name
        if path.is_file():
            found[name] = evaluate_file(coder, path).summary()
    return found


def _value(scores: dict[str, dict[str, float | int | str]], name: str, metric: str) -> float:
    if name not in scores:
        pytest.skip(f"gold file {GOLD / name} is absent")
    return float(scores[name][metric])


@pytest.mark.parametrize(("name", "metric"), CASES)
def test_gold_gate_floor(scores: dict, name: str, metric: str) -> None:
    value = _value(scores, name, metric)
    floor = LIMITS[name][metric]["floor"]
    print(f"{name}: {metric} = {value:.3f} (floor {floor:.3f}) {scores[name]}")
    assert value >= floor, f"{name}: {metric} {value:.3f} fell below the floor {floor:.3f}"


@pytest.mark.parametrize(("name", "metric"), CASES)
def test_gold_gate_target(scores: dict, name: str, metric: str) -> None:
    value = _value(scores, name, metric)
    target = LIMITS[name][metric]["target"]
    if value < target:
        pytest.xfail(f"{name}: {metric} {value:.3f} is below the target {target:.3f}")
    assert value >= target
