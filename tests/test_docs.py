"""The README documents every command and every setting."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from deeppol.cli import cli
from deeppol.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_readme_shows_every_command(command: str) -> None:
    assert f"deeppol {command}" in README


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_docs_readme_lists_every_setting(name: str) -> None:
    assert f"`{name}`" in README


def test_docs_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```", 2)[1]
    assert [line for line in quick.splitlines() if line.strip()] == ["make demo", "make test"]
