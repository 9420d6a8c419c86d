"""Progress on stderr for long runs: a live bar on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressReporter:
    """Counts articles, events and rejections and shows rate; silent when ``enabled`` is False."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None,
                 every_seconds: float = 10.0, total: int | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.every = every_seconds
        self.articles = self.events = self.rejected = self.sentences = 0
        self.skipped = 0  # articles passed over (already stored): they advance the bar only
        self.total = total
        self.started = time.perf_counter()
        self._last = self.started
        self._live = None
        self._task = None
        if enabled and self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._live = Progress(
                TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[events]} events, {task.fields[rejected]} rejected,"
                           " {task.fields[rate]:.1f} art/s"),
                TimeElapsedColumn(), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=True,
            )
            self._task = self._live.add_task("coding", total=total, events=0, rejected=0, rate=0.0)
            self._live.start()

    @property
    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.articles / elapsed if elapsed > 0 else 0.0

    def article(self, events: int) -> None:
        self.articles += 1
        self.events += events
        self._update()

    def rejection(self) -> None:
        self.rejected += 1
        self._update()

    def skip(self, articles: int = 1) -> None:
        """Articles that needed no work (e.g. already stored): progress, but no rate."""
        self.skipped += articles
        self._update()

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, when the total is known."""
        left = (self.total or 0) - self.articles - self.skipped
        if self.total is None or self.rate <= 0:
            return None
        return max(0, left) / self.rate

    def _update(self) -> None:
        if not self.enabled:
            return
        if self._live is not None and self._task is not None:
            self._live.update(self._task, completed=self.articles + self.skipped, events=self.events,
                              rejected=self.rejected, rate=self.rate)
            return
        now = time.perf_counter()
        if now - self._last >= self.every:
            self._last = now
            eta = f", ETA {self.eta:.0f} s" if self.eta is not None else ""
            print(f"… {self.articles} articles, {self.events} events, {self.rejected} rejected"
                  f" ({self.rate:.1f} articles/s{eta})", file=self.stream, flush=True)

    def close(self) -> None:
        if self._live is not None:
            self._live.stop()
