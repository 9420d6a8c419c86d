"""Loading, validating and merging the YAML dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from deeppol.coding.coder import Coder
from deeppol.coding.dictionaries import KINDS, load_dictionaries
from deeppol.config import Settings
from deeppol.errors import LexiconError


def _write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_dictionaries_load_and_validate() -> None:
    dicts = load_dictionaries()
    assert dicts.entries["countries"], "no packaged countries"
    assert dicts.entries["agents"], "no packaged agents"
    assert dicts.version.startswith("deeppol-dictionaries@")
    for kind in KINDS:
        ids = [str(entry["id"]) for entry in dicts[kind]]
        assert len(ids) == len(set(ids)), f"duplicate ids in {kind}"


def test_packaged_dictionaries_build_a_coder(coder: Coder) -> None:
    # building the coder checks every event code against the CAMEO table
    assert coder.version.startswith("deeppol.RuleCoder.v1+deeppol-dictionaries@")


BAD_ENTRIES = [
    pytest.param("countries:\n  - {id: bad-field, code: XYZ, names: [Xland], colour: blue}\n",
                 "bad-field", id="unknown-field"),
    pytest.param('events:\n  - {id: bad-code, code: "7", verb: smile}\n', "bad-code",
                 id="event-code-too-short"),
    pytest.param('events:\n  - {id: bad-999, code: "999", verb: smile}\n', "bad-999",
                 id="event-code-999"),
    pytest.param("countries:\n  - {id: not-iso, code: XYZ, names: [Xland]}\n", "not-iso",
                 id="country-code-not-iso"),
    pytest.param("countries:\n  - {id: bad-actor, code: xland, names: [Xland]}\n", "bad-actor",
                 id="bad-actor-code"),
    pytest.param("agents:\n  - {id: bad-agent, code: GOVERNMENT, words: [boss]}\n", "bad-agent",
                 id="bad-agent-code"),
    pytest.param('events:\n  - {id: both, code: "010", verb: say, noun: statement}\n', "both",
                 id="verb-and-noun"),
    pytest.param('events:\n  - {id: neither, code: "010"}\n', "neither", id="neither-verb-nor-noun"),
    pytest.param('events:\n  - {id: two, code: "012", noun: doubt, adjective: doubtful}\n', "two",
                 id="noun-and-adjective"),
    pytest.param('frames:\n  - {id: odd, verbs: [say], default: "112", complement: sentence}\n',
                 "odd", id="frame-complement-unknown"),
    pytest.param('events:\n  - {id: too-sure, code: "010", verb: say, confidence: 1.5}\n',
                 "too-sure", id="confidence-out-of-range"),
    pytest.param("people:\n  - id: time-traveller\n    names: [Ann Example]\n    roles:\n"
                 "      - {code: GBRGOV, start: 2020-01-01, end: 2019-01-01}\n",
                 "time-traveller", id="role-ends-before-start"),
    pytest.param("people:\n  - id: no-start\n    names: [Ann Example]\n    roles:\n"
                 "      - {code: GBRGOV}\n", "no-start", id="role-without-start"),
    pytest.param("people:\n  - id: text-date\n    names: [Ann Example]\n    roles:\n"
                 "      - {code: GBRGOV, start: last year}\n", "text-date", id="role-date-not-a-date"),
    pytest.param("people:\n  - id: odd-sex\n    names: [Ann Example]\n    gender: f\n    roles:\n"
                 "      - {code: GBRGOV, start: 2020-01-01}\n", "odd-sex", id="gender-unknown"),
    pytest.param("names:\n  - {id: odd-names, gender: f, names: [Ann]}\n", "odd-names",
                 id="given-names-gender-unknown"),
    pytest.param("names:\n  - {id: low-names, gender: female, names: [ann]}\n", "low-names",
                 id="given-name-not-capitalised"),
    pytest.param('events:\n  - {id: odd-plover, code: "0831", verb: quit, plover: RETIRE}\n',
                 "odd-plover", id="plover-type-unknown"),
    pytest.param('events:\n  - {id: odd-mode, code: "0831", verb: quit, plover: RETREAT/nap}\n',
                 "odd-mode", id="plover-mode-unknown"),
    pytest.param('events:\n  - {id: twice, code: "010", verb: say}\n'
                 '  - {id: twice, code: "010", verb: state}\n', "twice", id="duplicate-id"),
    pytest.param('frames:\n  - {id: same-default, verbs: [ready], default: same}\n',
                 "same-default", id="frame-default-same"),
    pytest.param('events:\n  - {id: odd-place, code: "040", verb: chat, target: ["with them"]}\n',
                 "odd-place", id="target-place-unknown"),
    pytest.param('events:\n  - {id: odd-need, code: "040", verb: ring, needs_target: maybe}\n',
                 "odd-need", id="needs-target-not-a-bool"),
    pytest.param("groups:\n  - {id: no-names, code: XYZREB}\n", "no-names", id="missing-names"),
    pytest.param("groups:\n  - {id: names-str, code: XYZREB, names: Blue Army}\n", "names-str",
                 id="names-not-a-list"),
]


@pytest.mark.parametrize(("text", "entry_id"), BAD_ENTRIES)
def test_bad_user_entry_names_file_and_entry(nlp: Language, tmp_path: Path, text: str,
                                              entry_id: str) -> None:
    path = _write(tmp_path, text, "my-lexicon.yaml")
    with pytest.raises(LexiconError) as caught:
        Coder(Settings(dictionaries=(str(path),)), nlp=nlp)
    message = str(caught.value)
    assert "my-lexicon.yaml" in message
    assert entry_id in message


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("- just\n- a list\n", "expected a mapping", id="not-a-mapping"),
        pytest.param("events: [unclosed\n", "not valid YAML", id="bad-yaml"),
        pytest.param("verbs:\n  - {id: x}\n", "unknown section", id="unknown-section"),
        pytest.param("events: {id: x}\n", "must be a list", id="section-not-a-list"),
        pytest.param("events:\n  - just a string\n", "expected a mapping", id="entry-not-a-mapping"),
    ],
)
def test_bad_user_file_names_file(tmp_path: Path, text: str, needle: str) -> None:
    path = _write(tmp_path, text, "broken.yaml")
    with pytest.raises(LexiconError, match=needle) as caught:
        load_dictionaries([path])
    assert "broken.yaml" in str(caught.value)


def test_unreadable_user_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("countries:\n  - {id: X, code: XYZ, names: [Caf\xe9]}\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"latin1\.yaml"):
        load_dictionaries([path])
    with pytest.raises(LexiconError, match=r"missing\.yaml"):
        load_dictionaries([tmp_path / "missing.yaml"])


def test_user_file_overrides_by_id_and_adds(tmp_path: Path) -> None:
    base = load_dictionaries()
    path = _write(tmp_path, (
        "countries:\n"
        "  - {id: JPN, code: JPN, names: [Nippon Koku]}\n"
        "  - {id: BMU, code: BMU, names: [Bermuda], adjectives: [Bermudian]}\n"
        "groups:\n"
        "  - {id: blue-falcons, code: BMUREB, kind: armed_group, names: [Blue Falcon Brigade]}\n"
    ))
    merged = load_dictionaries([path])
    countries = {str(e["id"]): e for e in merged["countries"]}
    assert countries["JPN"]["names"] == ["Nippon Koku"]
    assert countries["BMU"]["code"] == "BMU"
    assert len(merged["countries"]) == len(base["countries"]) + 1
    assert len(merged["groups"]) == len(base["groups"]) + 1
    assert str(path) in merged.sources
    assert merged.digest != base.digest


def test_yaml_on_is_read_as_the_word(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "events:\n"
        '  - {id: crack-down-on, code: "175", verb: crack, particle: down, target: [on, against]}\n'
        '  - {id: turn-on, code: "111", verb: turn, particle: on, target: [dobj]}\n'
    ))
    events = {e["id"]: e for e in load_dictionaries([path])["events"]}
    assert events["crack-down-on"]["target"] == ["on", "against"]
    assert events["turn-on"]["particle"] == "on"


def test_user_patterns_stop_a_phrase_and_name_a_subject(nlp: Language, tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "events:\n"
        "  - {id: v-sign-autograph, code: none, verb: sign, objects: [autograph]}\n"
        "  - {id: v-medics-land, code: \"073\", verb: land, subjects: [medic], target: [in]}\n"
        "  - {id: v-retire, code: \"0831\", verb: retire, plover: RETREAT/resign}\n"
    ))
    coder = Coder(Settings(dictionaries=(str(path),)), nlp=nlp)
    rows = [e.as_row() for e in coder.code_text(
        "Japan's prime minister signed an autograph for France's president. Cuban medics "
        "landed in Haiti. Peru's president retired.", date="2022-03-07")]
    assert [(r["code"], r["plover"], r["plover_mode"]) for r in rows] == [
        ("073", "AID", None), ("0831", "RETREAT", "resign")]


def test_a_user_pattern_may_need_a_target(nlp: Language, tmp_path: Path) -> None:
    path = _write(tmp_path, 'events:\n  - {id: v-telephone, code: "041", verb: telephone, '
                  'target: [dobj], needs_target: true}\n')
    coder = Coder(Settings(dictionaries=(str(path),)), nlp=nlp)
    rows = [e.as_row() for e in coder.code_text(
        "Japan's prime minister telephoned France's president. The Chinese foreign minister "
        "telephoned twice.", date="2022-03-07")]
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("JPNGOV", "FRAGOV", "041")]
