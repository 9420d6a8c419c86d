"""The store the web tests read: synthetic events (``deeppol.analysis.synthetic``), a burst of
conflict that makes an alert, and a few real articles coded by the session coder, one of them
hostile (HTML and script in its text, title and source)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from deeppol.analysis.synthetic import SyntheticEvent, insert_events, populate, scenario_events
from deeppol.coding.coder import Coder
from deeppol.store import open_store
from deeppol.store.ingest import ingest

START = dt.date(2022, 1, 1)
DAYS = 120
LAST_DAY = START + dt.timedelta(days=DAYS - 1)  # 2022-04-30

XSS_TEXT = (
    "Russian forces attacked Kyiv on Monday. <script>window.__xss = 1; alert('xss')</script> "
    "Ukraine condemned <img src=x onerror=\"window.__xss = 2\"> the attack and accused Russia of "
    "war crimes.\n\nThe United Nations sent aid to Ukraine on Tuesday.")
XSS_TITLE = "<script>window.__xss = 3</script>Kyiv <b>attack</b>"
XSS_SOURCE = "<img src=x onerror=\"window.__xss = 4\">Hostile Wire"
EMOJI_TEXT = ("Markets rallied \U0001F4C8\U0001F4C8 on Monday. Japan's prime minister met India's prime "
              "minister in Tokyo on Wednesday.")
"""Characters outside the BMP before the events: one code point each, two UTF-16 units in JS."""

REAL_ARTICLES = (
    {"id": "hostile-1", "text": XSS_TEXT, "date": "2022-04-27", "title": XSS_TITLE,
     "url": "javascript:window.__xss=5", "source": XSS_SOURCE},
    {"id": "pact-1", "text": "Japan and Australia signed a defense pact on Thursday in Canberra. "
     "China criticized the agreement.", "date": "2022-04-22", "title": "Defense pact signed",
     "url": "https://news.example/pact", "source": "Example News"},
    {"id": "rockets-1", "text": "Hamas fired rockets at Tel Aviv on Friday. Israel's military "
     "struck targets in Gaza in response.", "date": "2022-04-29", "title": "Rockets and strikes",
     "url": "https://news.example/rockets", "source": "Example Wire"},
    {"id": "emoji-1", "text": EMOJI_TEXT, "date": "2022-04-20", "title": "Leaders meet",
     "url": "https://news.example/meet", "source": "Example News"},
)


def spike_events() -> list[SyntheticEvent]:
    """Eight attacks in the last week: an alert for RUS-UKR."""
    return [SyntheticEvent("RUSMIL", "UKRMIL", "190", (LAST_DAY - dt.timedelta(days=i % 5)).isoformat(),
                           ("Kyiv", "UKR", 50.45, 30.52), f"Russian troops shelled Kyiv ({i}).",
                           "shelled", n_mentions=2) for i in range(8)]


def build_store(path: Path, coder: Coder | None, *, events: int = 3000) -> Path:
    """Create the test store at ``path``; real articles are coded when ``coder`` is given."""
    db = open_store(path)
    try:
        populate(db, events, seed=7, start=START, days=DAYS)
        insert_events(db, scenario_events(), namespace="scenario")
        insert_events(db, spike_events(), namespace="spike")
        if coder is not None:
            source = path.with_suffix(".jsonl")
            source.write_text("".join(json.dumps(a) + "\n" for a in REAL_ARTICLES), encoding="utf-8")
            summary = ingest([str(source)], db, coder)
            assert summary.rejected == 0
    finally:
        db.close()
    return path
