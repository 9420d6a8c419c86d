"""Photo-gallery and video-player labels in scraped text are no part of any sentence."""

from __future__ import annotations

from collections.abc import Callable

from deeppol.coding.furniture import blank_furniture

CodeFn = Callable[..., list[dict]]
CAPTION = ("Hide Caption 107 of 168 Photos: Photos: Crisis in Ukraine Crisis in Ukraine – "
           "Armed pro-Russian activists occupy a police station in Slovyansk on April 12.")
VIDEO = ("JUST WATCHED Obama warns Iran at UN Replay More Videos ... MUST WATCH Obama warns "
         "Iran at UN 01:02 Ban Ki-moon spoke next.")


def test_labels_are_blanked_and_offsets_kept() -> None:
    for text in (CAPTION, VIDEO):
        blanked = blank_furniture(text)
        assert len(blanked) == len(text)
    assert blank_furniture(CAPTION).lstrip().startswith("Armed pro-Russian activists")
    assert blank_furniture(VIDEO).lstrip() == "Ban Ki-moon spoke next."
    # a label with no caption dash loses the label only
    assert blank_furniture("Hide Caption 3 of 9 Photos: no dash here").strip() == "no dash here"


def test_a_caption_is_coded_without_its_gallery_title(code: CodeFn) -> None:
    rows = code(CAPTION, "2014-04-21")
    assert rows
    assert {r["source_text"] for r in rows} == {"activists"}
    assert all(r["evidence"]["sentence"].startswith("Armed") for r in rows)


def test_a_video_title_is_no_event(code: CodeFn) -> None:
    rows = code(VIDEO, "2012-09-25")  # only the sentence after the player: Ban spoke
    assert {(r["source"], r["root_code"]) for r in rows} == {("IGOUNO", "01")}
