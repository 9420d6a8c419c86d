"""Turning an argument's noun phrase into coded actors.

Order of evidence: a person holding a role on the article date, a seat of power, an organisation
or armed group, then country + sector ("China's foreign ministry" -> CHNGOV; "Chinese and Russian
warships" -> CHNMIL, RUSMIL), then a sector whose country the article already gave, then an
anaphor resolved through the article context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from deeppol.coding.actors import COUNTRY_KINDS, Mention
from deeppol.coding.coref import (
    BODIES,
    BOTH_HALVES,
    GENDER_PRONOUNS,
    GROUP_NOUNS,
    NAMED_EARLIER,
    PARTY_MEMBERS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_TAGS,
    PRONOUN_GENDER,
    SINGULAR_NOUNS,
    SINGULAR_PRONOUNS,
    TITLE_GENDER,
    ArticleContext,
    institution,
    is_expletive,
)
from deeppol.coding.ontology import GENERIC_BLOCKS
from deeppol.coding.places import in_waters
from deeppol.coding.structure import (
    AGREEMENTS,
    CLOSING_QUOTES,
    DOCUMENTS,
    GENOCIDES,
    INQUIRIES,
    PLACED_WARS,
    RELATIVE_PRONOUNS,
    SAYING,
    VIOLENT_NOUNS,
    described_noun,
    examples,
    first_conjunct,
    follows_stance,
    is_passive,
    modifies_violence,
    phrase_tokens,
    prep_objects,
    stranded_subject,
    struck_places,
    subject_heads,
    with_conjuncts,
)
from deeppol.types import ActorRef

UNKNOWN_COUNTRY = "---"
NOT_PERFORMERS = PLACED_WARS | GENOCIDES
"""Nouns whose modifiers say where or to whom it happened, not who did it ("the Syrian war",
"the Rwandan genocide")."""
VIOLENCE_AND_WARS = VIOLENT_NOUNS | PLACED_WARS
"""Nouns whose country adjective only places them ("attacks in France", "the Syrian war")."""
WAGED = frozenset({"insurgency", "campaign", "uprising", "rebellion", "offensive", "crackdown",
                   "bombardment", "onslaught", "violence", "fighting"})
"""Nouns of violence waged that, as a subject, act for whom their "by" phrase names."""
CLAUSES_WITHIN = frozenset({"ccomp", "advcl", "conj", "xcomp", "relcl"})
"""Clauses whose "he"/"she"/"they" subject is first read as a subject of the clause above."""
SUBJECT_FORMS = {"his": "he", "her": "she", "its": "it", "their": "they"}
"""Possessive pronouns with the subject pronoun of the same one."""
POSSESSIVES = frozenset(SUBJECT_FORMS)
NOT_ACTORS = frozenset({"goal", "aim", "objective", "position", "stance", "view", "interest",
                        "economy", "year", "need", "concern", "message", "legacy", "approach",
                        "record", "role", "image", "reputation", "future", "history", "market",
                        "currency", "career", "strategy", "priority", "value", "culture",
                        "death", "fate", "plight", "health", "era", "epoch", "period", "age",
                        "century", "decade", "motive", "purpose", "intention", "prospect",
                        "possibility", "likelihood", "specter", "spectre", "risk", "danger",
                        "chance"})
"""Heads of noun phrases that name no one whatever country qualifies them ("the U.S. goal", "the
Afghan year", "the Soviet era", "Israel's security needs", "the prospect of Washington reneging
on the deal has worried allies"; "the death of a former Thai navy SEAL
underscored the risks": no one underscored them)."""
TOPICS = frozenset({"issue", "problem", "file", "dossier", "topic", "matter"})
"""Heads of noun phrases a country only says the subject of, wherever they stand ("devoted his
speech to the Palestinian issue", "the Iranian nuclear file"; but questions are asked "of"
officials)."""
LAWS = frozenset({"act", "bill", "law"})
"""Heads of the names of laws ("the Hong Kong Human Rights and Democracy Act"): whatever place
or body the name holds, a law is no actor."""
LEADING = frozenset({"led", "backed", "sponsored", "waged", "driven"})
BODY_HEADS = frozenset({"president", "chairman", "chairwoman", "chair", "director", "head",
                        "founder", "co-founder", "ceo", "chief", "leader"})
"""Titles of whoever heads a body: of a body the dictionaries do not know, no official."""
BODY_VOICES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})
"""Role words for who speaks for the body named before them ("Navy officials", "a police
spokesman"): that body's."""
PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "NORP"})
"""Entity types of a name that says where or whose, not which body ("the Chechen president")."""
MOVEMENTS = frozenset({"movement", "campaign", "network", "coalition", "initiative", "foundation"})
"""Bodies a name before them makes known ones ("the Occupy Central movement")."""
ABOUT_A_SECTOR = AGREEMENTS | {"withdrawal", "drawdown", "pullout", "deployment", "reduction",
                               "presence", "surge", "budget", "spending", "funding", "cut", "cap"}
"""Heads a role word modifies without naming who acts: "a troop withdrawal agreement" is
signed by governments, "military spending" is decided by them."""
US = "USA"
FORMER = "ELI"
"""The sector of those who held a role once (CAMEO ELI: former officials among the elites)."""
US_PARTIES = frozenset({"R", "D", "I"})
US_PARTY_TAG = "convention:us-party-tag"
"""Evidence entry of an American politician known by the party-and-state tag ("R-Ariz.")."""
DIVIDED_HALF = "convention:the-north-or-south"
"""Evidence entry of "the North" / "the South" read as a half of a divided country."""
BOTH_HALVES_ENTRY = "convention:both-halves"
"""Evidence entry of "the two Koreas" read as both halves of a divided country."""
FOLLOWING = "convention:followers-of-a-person"
"""Evidence entry of a person's supporters coded as a crowd of that person's country."""
OPPOSING = "convention:opponents-of-a-government"
"""Evidence entry of a government's opponents or critics coded as its country's opposition."""
EARLIER_COUNTRY = "article:"
"""Evidence entry of a role whose country an earlier sentence gave ("protesters" after
"Egyptian protesters")."""
MASTHEADS = frozenset({"Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Telegraph",
                       "Chronicle", "Observer", "Guardian", "Independent", "Standard", "Mirror",
                       "Express", "Courier", "Dispatch", "Daily", "News", "Inquirer", "Examiner",
                       "Globe", "Mail", "Monitor", "Sun", "Star", "Today"})
"""Newspaper names that follow a place: "The Washington Post", "the Tehran Times"."""
WARS = frozenset({"war", "conflict", "campaign", "invasion", "revolution", "genocide"})
"""Nouns that a country names without belonging to it when they describe someone ("an Iraq war
veteran")."""
ORG_KINDS = frozenset({"igo", "ngo", "organizations", "company"})
PANELS = frozenset({"committee", "subcommittee", "panel", "caucus"})
LEGISLATURE = "LEG"
"""A legislature's committee belongs to it whatever its topic ("the House Armed Services
Committee", "the Senate Intelligence Committee")."""
SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official",
                      "member", "leader", "envoy", "commander", "chief", "head", "fighter",
                      "militant", "negotiator", "delegate", "delegation", "ambassador"})
"""Role words that stand for whom they serve: "a spokesman for X", "members of X"."""
OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "minister",
                     "governor", "mayor", "foreign minister", "vice president"})
"""Government posts a party member holds as the state's ("the Republican president")."""
AFFILIATIONS = frozenset({"link", "linked", "back", "backed", "affiliate", "affiliated",
                          "inspire", "inspired", "ally", "allied", "align", "aligned", "sponsor",
                          "sponsored", "support", "supported", "fund", "funded", "base",
                          "based", "headquarter", "headquartered", "train", "trained", "arm",
                          "armed", "equip", "equipped", "finance", "financed", "hold", "held",
                          "control", "controlled", "run", "occupy", "occupied", "administer",
                          "administered", "dominate", "dominated", "educate", "educated", "born",
                          "raise", "raised"})
"""Participles that name a patron, a holder or an origin, not the actor: "Iran-backed
militia", "Al Qaeda-linked group", "a government-held part of Aleppo", "Hamas-run Gaza", "a
Romanian-educated engineer" ("Saudi-led coalition" keeps its leader, as CAMEO codes it)."""
MAKERS = frozenset({"make", "made", "build", "built", "manufacture", "manufactured", "design",
                    "designed", "produce", "produced", "supply", "supplied", "donate", "donated"})
"""Participles before a thing that name where it came from, not who uses it: "Soviet-made
guns", "U.S.-supplied warplanes" (but "claims made by the government" are its own)."""
OTHER_HANDS = AFFILIATIONS | MAKERS
"""A hyphenated participle naming one who is not the actor ("Iran-backed", "Soviet-made")."""


def _ref(code: str, tokens: list[Token], mentions: list[Mention], doc_offset: int) -> ActorRef:
    # a span, not doc.text: Doc.text rebuilds the whole text on every access
    span = tokens[0].doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]
    return ActorRef(code, span.text, span.start_char + doc_offset, span.end_char + doc_offset,
                    tuple(dict.fromkeys(m.entry.id for m in mentions)))


def resolve_actors(head: Token, by_token: dict[int, Mention], day: dt.date | None,
                   context: ArticleContext, doc_offset: int = 0) -> list[tuple[str, ActorRef]]:
    """Coded actors for the phrase headed by ``head``, each with its kind (for the context)."""
    if (head.pos_ == "NOUN" and head.lemma_.lower() in NOT_ACTORS and head.i not in by_token
            and (head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "pobj" and head.head.lower_ in ("with", "between")))):
        return []  # "summits with the U.S. goal of ...", "the Afghan year began": no one acts
        # (what is done to "the Hagel strategy" is still done to Hagel)
    if head.pos_ == "NOUN" and head.lemma_.lower() in TOPICS and head.i not in by_token:
        return []  # "the Palestinian issue": what it is about, no one
    if (head.pos_ == "PROPN" and head.lower_ in LAWS and head.i not in by_token
            and any(c.dep_ in ("compound", "nmod") for c in head.children)):
        return []  # "the Hong Kong Human Rights and Democracy Act threatens sanctions": a law
    if (head.pos_ == "NOUN" and head.lemma_.lower() in NOT_PERFORMERS and head.i not in by_token
            and head.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "poss" or c.lower_ == "by" for c in head.children)
            and not any(t.lower_ in LEADING for t in head.lefts for t in t.subtree)):
        return []  # "the Syrian war has killed 400,000 people": where, not who (and "the
        # Rwandan genocide", whom)
    if _language(head, by_token):
        return []  # "they speak French there": a language, no France
    if head.lower_ == "it" and head.dep_ == "dobj" and _states_it(head.head):
        return []  # "The president confirmed it", "called it a great deal": what was said
    if (head.i in by_token and by_token[head.i].entry.kind in VENUE_KINDS
            and modifies_violence(head)):
        return []  # "killed in the Benghazi attack", "the Paris attacks": where, not who
    following = _followers(head, by_token, day, context, doc_offset)
    if following:
        return following
    owner = _tied_to(head, by_token)
    if owner is not None:
        tied = _tied_person(head, owner, by_token, day, context, doc_offset)
        if tied is not None:
            return tied
    described = _name_for_the_described(head)
    if described is not None:  # "the man who replaced Clinton, John Kerry, said": Kerry
        found = resolve_actors(described, by_token, day, context, doc_offset)
        if found:
            return found
    if head.lemma_.lower() in PARTITIVE_HEADS:
        # "One of Trump's few allies, Benjamin Netanyahu, met ...": the one named, if known
        named = next((c for c in (*head.children, *(g for p in head.children if p.dep_ == "prep"
                                                     and p.lower_ == "of" for o in p.children
                                                     if o.dep_ == "pobj" for g in o.children))
                      if c.dep_ == "appos"), None)
        found = resolve_actors(named, by_token, day, context, doc_offset) if named else []
        if found:
            return found
    phrase = phrase_tokens(head)
    stray = _stray_name(head, by_token)
    if stray is not None:  # "accused President Barack Obama of": the name the title heads
        phrase = sorted({*phrase, *stray}, key=lambda t: t.i)
    if head.lemma_.lower() in WAGED and head.dep_ in ("nsubj", "nsubjpass"):
        # "the insurgency by the Pakistani Taliban has killed 40,000": the Taliban, no
        # insurgents unnamed
        waged_by = [found for g in prep_objects(head, "by")
                    if (found := resolve_actors(g, by_token, day, context, doc_offset))]
        if waged_by:
            return [ref for found in waged_by for ref in found]
    if _violence_done(head):  # "attacks by Hamas killed 20 people": Hamas's
        phrase = sorted({*phrase, *(t for g in prep_objects(head, "by") for t in phrase_tokens(g))},
                        key=lambda t: t.i)
    sponsors = {t.i for c in phrase if c.dep_ == "amod" and c.lemma_.lower() in OTHER_HANDS
                for t in c.subtree}
    # "Trump's political opponents", "Erik Prince, a Trump ally", "Iran's allies": others
    # (not what is joined to it: "Larry Aaronson, Tsarnaev's neighbor and a former teacher")
    sponsors |= {t.i for c in phrase if c.lemma_.lower() in OTHERS_OF and c.i != head.i
                 and (c.dep_ in ("appos", "compound") or (  # ("columnist and Trump pal X")
                     c.dep_ == "conj" and c.head.dep_ in ("appos", "compound", "nmod")))
                 for t in (c, *(t for m in c.children if m.dep_ not in ("conj", "cc")
                                for t in m.subtree))}
    # "Russia, a staunch proponent of the Assad regime", "Gingrich, a hawk and staunch supporter
    # of Israel": whom one backs is another
    sponsors |= {t.i for c in phrase if c.i != head.i and c.dep_ == "appos" and any(
        n.lemma_.lower() in ADVOCATES for n in (c, *c.conjuncts)) for t in c.subtree}
    if head.pos_ == "NOUN" and head.i not in by_token:  # "two airstrikes southeast of Irbil":
        # where they struck, no one from there (but "police north of Cairo" are Egypt's)
        sponsors |= {t.i for c in head.children if c.lower_ in BEARINGS for t in c.subtree}
    if head.lemma_.lower() in VIOLENT_NOUNS:  # "the Benghazi attack that killed ...": there
        sponsors |= {t.i for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     for t in c.subtree if t.i in by_token
                     and by_token[t.i].entry.kind in VENUE_KINDS}
        # "the embassy attack", "the newspaper attack": what was struck
        sponsors |= {t.i for c in struck_places(head) for t in c.subtree}
    if head.lemma_.lower() in VIOLENT_NOUNS | INQUIRIES:
        # "the bombing of Gaza", "the Mueller probe of 12 Russian agents": what was struck or
        # looked into
        sponsors |= {t.i for c in prep_objects(head, "of") for t in c.subtree}
    # "Russia's seizure of Crimea", "Iran's support of Hezbollah": an act the owner named does
    # is that owner's; what it is done to is no party of the phrase (but "Lebanon's chief of
    # Internal Security Forces" heads them)
    if head.pos_ == "NOUN" and head.i not in by_token and head.lemma_.lower() not in BODY_HEADS \
            and any(c.dep_ == "poss" and c.i in by_token for c in head.children):
        sponsors |= {t.i for c in prep_objects(head, "of") if not any(
            t.i in by_token and by_token[t.i].entry.kind == "agent" for t in c.subtree)
                     for t in c.subtree}
    # "a North Korea expert", "a China analyst": the country named is the topic, not the
    # expert's ("a Chinese analyst" is Chinese)
    sponsors |= {t.i for c in phrase if c.lemma_.lower() in EXPERTS for m in c.children
                 if m.dep_ == "compound" and m.pos_ == "PROPN" and m.i in by_token
                 and by_token[m.i].entry.kind in COUNTRY_KINDS for t in m.subtree}
    # "Jamal Abdi, president of the National Iranian American Council" (or "vice president at
    # the Foundation for ..."): the head of a body the dictionaries do not know is no official
    # of the country its name mentions; nor is its spokesman ("a spokesman for Energeticky a
    # Prumyslovy Holding, the company that ...")
    # (also "chairman", no role of any country's, and "a former ambassador and co-chair of the
    # Benghazi Accountability Review Board", a title joined to another)
    sponsors |= {t.i for c in phrase if c.lemma_.lower() in BODY_HEADS | BODY_VOICES
                 and not any(p.dep_ == "poss" for p in c.children)
                 for place in ("of", "for", "at") for o in (prep_objects(c, place) or (
                     prep_objects(c.head, place) if c.dep_ == "conj" else []))
                 if _unknown_body(o, by_token)
                 for t in (*(c.doc[by_token[c.i].start:by_token[c.i].end] if c.i in by_token
                             else ()), *o.subtree)}
    # "Columbia University President Lee Bollinger", "Fox News President Jay Wallace": a title
    # after a body's name heads that body (a university's, or one no dictionary knows)
    sponsors |= {c.i for c in phrase if c.lemma_.lower() in BODY_HEADS and c.i in by_token
                 and by_token[c.i].start == c.i and _named_body_before(c, by_token)}
    if head.lemma_.lower() in OTHERS_OF:  # ("Kenyan opponents" are Kenyans, "NATO allies"
        # and "South Korean allies" are of NATO and South Korea, "Trump critics" no Trump)
        sponsors |= {t.i for c in head.children if c.dep_ == "poss" or (
            c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN")
            and head.lemma_.lower() != "ally")  # ("government critics" are no government)
            or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree}  # "critics of Putin"
    mentions: list[Mention] = []
    for token in phrase:
        if token.i in sponsors or _stance(token, by_token) or _names_a_war(token, head):
            continue  # "the Al Qaeda-linked group" is not al-Qaeda
        mention = by_token.get(token.i)
        if mention is not None and mention not in mentions:
            mentions.append(mention)
    if _of_the_one_before(head, by_token):
        return []  # "an Australian doctor and his wife": the doctor's, whoever spoke of them
    antecedent = (_owner(head) if head.dep_ == "poss" and head.lower_ in POSSESSIVES
                  else _speaker(head) or _subordinate_subject(head))
    said = [] if antecedent is None else [  # ("countries such as Canada and Japan ... their")
        found for member in (antecedent, *(c for c in antecedent.conjuncts
                                           if head.head.dep_ != "conj" or head not in c.subtree),
        *examples(antecedent))
        # (not "its allies" of "Russia and its allies" again)
        for found in resolve_actors(member, by_token, day, context, doc_offset)]
    if (antecedent is not None and head.lower_ == "they" and not _several(antecedent)
            and antecedent.lemma_.lower() not in COLLECTIVE_BODIES
            and (not said or any(kind not in ("group", "org") for kind, _ in said))):
        # a group, an organisation or a body named once is a "they" ("AQAP can fill the void,
        # as when they took over Mukalla", "NATO said they were investigating", "the
        # opposition said they want a deal"); a person or country is not ("Trump said they
        # would ...", "the president said they ...")
        antecedent = None
    if antecedent is not None:
        # "Obama met the king and announced he would ...": Obama; "the Democrats wrote a
        # report they said ...", "Obama and Putin said they ...": all of them; "The UN repeated
        # its call": the UN, no person
        plural = head.lower_ in ("they", "their")
        personal = head.lower_ in PERSON_PRONOUNS
        # ("the president" read back to a person is one: "said the president was responsible
        # because he withdrew the troops")
        someone = bool(said) and (said[0][0] == "person" or (
            said[0][0] == "anaphor" and antecedent.lemma_.lower() in PERSON_ROLES
            and not said[0][1].code.startswith(UNKNOWN_COUNTRY)))
        if said and (plural or (len(said) == 1 and someone == personal)
                     or (head.lower_ == "it" and len({ref.code for _, ref in said}) == 1
                         and all(kind != "person" or institution(ref) for kind, ref in said))):
            if not personal:
                return said
            sex = context.gender_of(said[0][1])
            if sex in (None, PRONOUN_GENDER[head.lower_]):
                # "May said she would ...": May is a "she" for the whole article
                context.learn_gender(said[0][1], head.lower_)
                return said
            # "Clinton said he died": someone else, named before
        elif not said and (plural or antecedent.pos_ == "PROPN" or (
                antecedent.pos_ == "NOUN" and head.lower_ in SINGULAR_PRONOUNS)):
            return []  # "Nadler said he wanted ...", "analysts say they ...", "the paper
            # announced its refusal": someone unknown, not the last one named (but "the
            # investigation affected his statements" is no one's but a person's)
    if not any(m.start <= head.i < m.end for m in mentions):
        half = _divided_half(head, context, doc_offset) or _both_halves(head, doc_offset)
        if half:
            return half
        titles = frozenset(i for m in mentions if m.entry.kind == "agent"
                           for i in range(m.start, m.end))
        named = _bare_name(head, phrase, context, doc_offset, titles)
        if named:
            return named
    if mentions and all(m.entry.kind == "agent" for m in mentions):
        spoken_for = _spoken_for(head, by_token, day, context, doc_offset)
        if spoken_for:
            return spoken_for
        # ("attacks in France" were where they happened: no one from there carried them out)
        mentions.extend(_shared_adjective(head, by_token) if head.lemma_.lower() in (
            VIOLENCE_AND_WARS) else (_origin_countries(head, by_token)
                                               or _shared_adjective(head, by_token)))
    if in_waters(head) and all(m.entry.kind in COUNTRY_KINDS for m in mentions):
        return []  # "into the Sea of Japan": no party
    masthead = _masthead(head, mentions, phrase, doc_offset)
    if masthead:
        return masthead
    if not mentions and head.pos_ in ("NOUN", "PROPN"):
        behind = _publisher(head, by_token, day, context, doc_offset)
        if behind:
            return behind
    found = _from_mentions(head, mentions, day, context, doc_offset)
    halves = next((BOTH_HALVES[t.lower_] for t in phrase if t.lower_ in BOTH_HALVES
                   and t.pos_ == "PROPN" and t.i not in sponsors), None)
    if halves and found and all(ref.code.startswith(UNKNOWN_COUNTRY) for _, ref in found):
        # "the leaders of the two Koreas": each half's
        found = [(kind, replace(ref, code=code + ref.code[3:],
                                entries=(*ref.entries, BOTH_HALVES_ENTRY)))
                 for kind, ref in found for code in halves]
    if _us_party_tag(head):  # "Sen. John McCain, R-Ariz.": an American politician, whatever
        # country an earlier sentence gave the title or a body he belongs to names ("Rep. Louie
        # Gohmert (R-Texas), a member of the Israel Allies Caucus"); a listed person stays his
        found = [(kind, replace(ref, code=US + ref.code[3:], entries=(*(
            e for e in ref.entries if not e.startswith(EARLIER_COUNTRY)), US_PARTY_TAG)))
                 if len(ref.code) > 3 and not any(e.startswith("people:") for e in ref.entries)
                 else (kind, ref) for kind, ref in found]
    _learn_titles(head, mentions, found, context, day)
    _learn_names(head, mentions, found, context)
    if len(found) == 1 and found[0][0] == "person":  # "Mrs. Clinton", "Mr. Landis"
        for title in (t for t in phrase if t.i < head.i and t.lower_.rstrip(".") in TITLE_GENDER):
            context.learn_gender(found[0][1], title.lower_, sure=True)
        sex = context.sex_told(head)  # "Ambassador J. Christopher Stevens": a guess
        if sex is not None:
            context.learn_gender(found[0][1], sex)
    for mention in mentions:  # a listed person's sex is in the dictionary
        if mention.entry.gender is not None:
            for _, ref in found:
                if mention.entry.id in ref.entries:
                    context.learn_gender(ref, GENDER_PRONOUNS[mention.entry.gender], sure=True)
    above = _subject_above(head) if head.lower_ == "it" and not found else None
    if above is not None and not resolve_actors(above, by_token, day, context, doc_offset):
        return []  # "The deal is dead because it failed", "Terrorism is a threat because it
        # kills people": that thing, no one named before
    if (not found or all(ref.code.startswith(UNKNOWN_COUNTRY) for _, ref in found)
            or (head.lower_ in PARTY_MEMBERS and all(ref.code[3:6] == "PTY" for _, ref in found))):
        # "they", "the two leaders", "the group": an earlier actor beats a country-less role
        above = _plural_subject_above(head, by_token) if not found else None
        governing = resolve_actors(above, by_token, day, context, doc_offset) if above else []
        if governing:
            return [("anaphor", ref) for _, ref in governing]
        ahead = _subject_after_clause(head) if not found else None
        named = resolve_actors(ahead, by_token, day, context, doc_offset) if ahead else []
        if named and all(kind in CATAPHORA_KINDS[head.lower_] for kind, _ in named):
            return [("anaphor", ref) for _, ref in named]
        speaker = _speaker_of_the_country(head, phrase) if not found else None
        spoken = resolve_actors(speaker, by_token, day, context, doc_offset) if speaker else []
        countries = {ref.country for _, ref in spoken}
        if len(countries) == 1 and (country := countries.pop()).isalpha() and (
                country not in GENERIC_BLOCKS):
            return [("anaphor", replace(spoken[0][1], code=country))]
        earlier = context.resolve(head, phrase)
        described = _described_by(head)
        if earlier and described is not None:  # "the aid workers they had kidnapped": they
            earlier = tuple(ref for ref in earlier if not any(  # are not those
                member.left_edge.idx <= ref.start - doc_offset < member.idx + len(member)
                for member in (described, *described.conjuncts)))
        if earlier:
            return [("anaphor", ref) for ref in earlier]
        owned = _owned_role(head, phrase, found, context)
        if owned:
            return owned
    return found


LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "understand", "know", "read",
                            "write", "translate"})
"""Verbs whose bare object named by a country's adjective is its language ("speak French")."""


COMMAND_OF_LANGUAGE = frozenset({"fluent", "perfect", "broken", "good", "excellent", "native",
                                 "flawless", "impeccable", "passable", "basic", "rudimentary",
                                 "accented", "halting", "accentless"})
"""How well a language is spoken ("spoke fluent French")."""


def _language(head: Token, by_token: dict[int, Mention]) -> bool:
    """A country's adjective alone as the object of a verb of speaking or learning a language."""
    mention = by_token.get(head.i)
    return (mention is not None and mention.entry.kind == "adjective"
            and mention.end - mention.start == 1 and head.dep_ == "dobj"
            and head.head.lemma_.lower() in LANGUAGE_VERBS
            and not any(c.dep_ in ("det", "nummod") or (
                c.dep_ == "amod" and c.lower_ not in COMMAND_OF_LANGUAGE) for c in head.children))


def _tied_to(head: Token, by_token: dict[int, Mention]) -> Token | None:
    """The owner a relative, lawyer or campaign official is named by ("Trump's lawyer", "the
    President's son", "Trump's campaign chairman"), also in an apposition to or before a name no
    dictionary knows ("Michael Cohen, Trump's lawyer", "Trump's lawyer Michael Cohen")."""
    nouns = [head] if head.i in by_token else [
        head, *(c for c in head.children if c.dep_ in ("appos", "compound"))]
    if any(n.i in by_token and by_token[n.i].entry.kind == "person" for n in nouns[1:]):
        return None  # "His father, Kim Jong Il, tested ...": the one named is known
    for noun in nouns:
        if noun.i in by_token and by_token[noun.i].entry.kind != "agent":
            continue
        if noun.lemma_.lower() in PERSONAL_TIES or any(
                c.dep_ == "compound" and c.lemma_.lower() == "campaign" for c in noun.children):
            owner = next((c for c in noun.children
                          if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if owner is not None:
                return owner
    return None


def _tied_person(head: Token, owner: Token, by_token: dict[int, Mention], day: dt.date | None,
                 context: ArticleContext, offset: int) -> list[tuple[str, ActorRef]] | None:
    """"Trump's lawyer", "Netanyahu's son", "his son", "Michael Cohen, Trump's lawyer":
    someone of the owner's country (kin its civilians), holding none of that person's offices;
    "the diplomat's wife", of a role of no known country, is no one known ([]); None when the
    owner is no such person."""
    owners = resolve_actors(owner, by_token, day, context, offset)
    if len(owners) != 1:
        return None
    kind, ref = owners[0]
    if ref.country == UNKNOWN_COUNTRY:
        return []
    person = kind == "person" or owner.lower_ in PERSON_PRONOUNS  # ("his" is one read back)
    if not person or not ref.country.isalpha() or ref.country in GENERIC_BLOCKS:
        return None
    span = head.doc[min(owner.left_edge.i, head.i):max(owner.i, head.i) + 1]
    several = head.tag_ in PLURAL_TAGS or head.lemma_.lower() in KIN_GROUPS
    code = ref.country + (CIVILIANS if head.lemma_.lower() in KIN else "")
    return [("people" if several else "person",
             ActorRef(code, span.text, span.start_char + offset, span.end_char + offset,
                      ref.entries))]


KIN = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "parent",
    "child", "family", "relative", "nephew", "niece", "cousin", "uncle", "aunt", "grandson",
    "granddaughter", "grandfather", "grandmother", "widow", "widower", "fiancee", "fiance",
    "girlfriend", "boyfriend", "lover", "mistress", "son-in-law", "daughter-in-law"})
"""A person's kin: civilians of the person's country ("Netanyahu's son" is no Israeli
government)."""
CIVILIANS = "CVL"
PERSONAL_TIES = KIN | {"lawyer", "attorney", "fixer", "bodyguard"}
"""A person's kin and personal helpers: of the person's country, in none of the person's
offices ("Trump's lawyer" is American, no government)."""
KIN_GROUPS = frozenset({"family"})
"""Of those, the singular nouns that are several people (a later "they")."""


def _followers(head: Token, by_token: dict[int, Mention], day: dt.date | None,
               context: ArticleContext, offset: int) -> list[tuple[str, ActorRef]]:
    """A person's supporters, followers or loyalists ("Morsi supporters", "thousands of
    Erdogan's supporters", "his followers"): a crowd of the person's country, civilians when
    the person governs on the article date, else the opposition. Supporters of a group, party
    or country keep the old reading ("Hamas supporters"). A government's opponents or critics
    ("opponents of Egypt's president", "Kremlin critics") are its country's opposition."""
    crowd = head
    if head.lower_ in CROWD_COUNTS or head.like_num:  # "thousands of Erdogan's supporters"
        crowd = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), head)
    opposing = crowd.lemma_.lower() in OPPONENTS
    if not (opposing or crowd.lemma_.lower() in FOLLOWERS) or crowd.i in by_token:
        return []
    patrons = [c for c in crowd.children if c.dep_ == "poss" or (
        c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.i in by_token))]
    patrons += [o for p in crowd.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    if len(patrons) != 1:
        return []
    found = resolve_actors(patrons[0], by_token, day, context, offset)
    kind = found[0][0] if len(found) == 1 else None
    if kind is None or found[0][1].code.startswith(UNKNOWN_COUNTRY):
        return []  # ("its supporters", "Hamas supporters", "critics of Hamas": nobody we can name)
    patron = found[0][1]
    governs = patron.code[3:6] == "GOV"
    if opposing:  # "Erdogan's opponents", "critics of the Kremlin": the country's opposition
        if not governs or any(c.dep_ == "appos" or (c.dep_ == "amod" and c.i in by_token)
                              for c in crowd.children):
            return []  # (of a candidate; "Obama's opponent, Mitt Romney": the one named; "his
            # British critics")
        sector, convention = FOLLOWERS_OF_OTHERS, OPPOSING
    else:
        if not (kind == "person" or (kind == "anaphor" and patrons[0].lower_ in ("his", "her"))):
            return []  # (of a body)
        sector = FOLLOWERS_OF_GOVERNMENT if governs else FOLLOWERS_OF_OTHERS
        convention = FOLLOWING
    ref = _ref(patron.code[:3] + sector, phrase_tokens(head), [], offset)
    return [("people", replace(ref, entries=(*patron.entries, convention)))]


def _learn_titles(head: Token, mentions: list[Mention], found: list[tuple[str, ActorRef]],
                  context: ArticleContext, day: dt.date | None) -> None:
    """"President Barack Obama", "Prime Minister Netanyahu": the title names the person for a
    later "the president", "the prime minister", and so does a listed person's office on the
    day ("Obama said" after "President Peres": a later "the president" is Obama); "the Obama
    administration" makes a later "the administration" his country's."""
    doc = head.doc
    seat = next((m for m in mentions if m.entry.kind == "seat" and m.start <= head.i < m.end), None)
    if (seat is not None and head.pos_ == "NOUN" and len(seat.entry.code) > 3
            and len(found) == 1 and found[0][1].code == seat.entry.code):
        # "the Obama administration", "the Assad regime": a later "the administration" too
        context.learn_agent(head.text, seat.entry.code[:3])
    people = [ref for kind, ref in found if kind == "person"]
    if len(people) != 1:
        return
    for mention in mentions:
        role = mention.entry.role_on(day) if mention.entry.kind == "person" else None
        if role is not None and role.title and mention.entry.id in people[0].entries:
            context.learn_title(role.title, people[0])
    for mention in mentions:
        if mention.entry.kind != "agent":
            continue
        role = doc[mention.start:mention.end].text
        if doc[mention.end - 1].dep_ == "compound":
            if people[0].code[3:6] == FORMER and mention.entry.code != FORMER:
                continue  # "President Bill Clinton" in 2019: a later "the president" is not he
            context.learn_title(role, people[0])
            if (people[0].code[3:] == mention.entry.code and people[0].code[:3] != UNKNOWN_COUNTRY
                    and any(m.entry.kind == "party" for m in mentions)):
                # "Democratic Sen. Kirsten Gillibrand": a later "Sen. ..." is American too
                context.learn_agent(role, people[0].code[:3])
        elif mention.start <= head.i < mention.end and people[0].code[:3] != UNKNOWN_COUNTRY:
            # "the Obama administration": a later bare "the administration" is Obama's
            context.learn_agent(role, people[0].code[:3])


def _us_party_tag(head: Token) -> bool:
    """A name with the American press's party-and-state tag: "McCain, R-Ariz.", "Reid (D-Nev.)"."""
    return any(c.dep_ == "appos" and any(
        left.text in US_PARTIES and left.i + 1 < len(head.doc) and head.doc[left.i + 1].text == "-"
        for left in c.lefts) for c in head.children)


VENUE_KINDS = frozenset({"city", "capital"})
"""Places that name only where a noun event happened when they modify it ("the Geneva talks",
"the Benghazi attack that killed the ambassador")."""
EXPERTS = frozenset({"expert", "analyst", "specialist", "scholar", "watcher", "observer",
                     "researcher", "historian", "hand", "hawk", "dove", "correspondent",
                     "whistleblower", "whistle-blower"})
"""People known by what they study or report on: "a North Korea expert" is none of its, nor is
"the Ukraine whistleblower"."""
OTHERS_OF = frozenset({"opponent", "critic", "rival", "enemy", "foe", "detractor", "adversary",
                       "challenger", "accuser", "ally", "victim", "host", "neighbor",
                       "neighbour", "pal", "buddy", "confidant", "biographer",
                       "crony", "skeptic", "sceptic", "doubter", "admirer", "naysayer"})
"""Nouns for people on the other side of the one they are of ("Trump's critics", "a Trump
ally", "Assad's victims", "Kerry's hosts", "its larger neighbor", "Trump pal Cindy Adams"): the one
named is not them."""
FOREIGN_ADJECTIVES = frozenset({"international", "foreign", "multinational", "coalition",
                                "allied", "outside", "overseas", "western"})
"""Modifiers of a role word that say it comes from elsewhere ("international forces")."""
FOREIGN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "affair", "affairs",
                             "service", "policy", "relation", "committee", "intelligence"})
"""Heads that "foreign" names an office of, not an origin ("foreign ministers in Egypt")."""
FOLLOWERS = frozenset({"supporter", "backer", "follower", "loyalist", "sympathizer",
                       "sympathiser", "partisan", "devotee", "admirer"})
"""Nouns for people who back someone: "Morsi supporters" are not Morsi."""
ADVOCATES = FOLLOWERS | {"proponent", "patron", "friend", "partner", "defender", "champion",
                         "advocate", "benefactor", "sponsor", "protector", "guarantor"}
"""Nouns an apposition calls someone by for whom they back ("Russia, a staunch proponent of the
Assad regime"): the one backed is not them."""
OPPONENTS = frozenset({"opponent", "critic", "detractor"})
"""Nouns for people against someone: a government's are its country's opposition."""
FOLLOWERS_OF_GOVERNMENT = CIVILIANS
FOLLOWERS_OF_OTHERS = "OPP"
"""Sectors of a person's followers: civilians when the person governs on the article date
(CAMEO's catch-all), else the political opposition (CAMEO OPP: "anti-government activists")."""
CROWD_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                          "million", "millions", "scores", "tens"})
PARTITIVE_HEADS = frozenset({"one", "some", "many", "several", "two", "three", "none", "each",
                             "most", "few", "both", "all"})
"""Heads of "one of X's allies" that an appositive names ("..., Benjamin Netanyahu,")."""


WANTING = frozenset({"want", "plan", "intend", "hope", "seek", "aim", "wish"})
"""Verbs of what an "it" wants ("the company says it wants to reduce ..."): the speaker."""
PLANNING_AUXILIARIES = frozenset({"will", "would", "had", "has", "could", "can", "may", "might",
                                  "must", "should", "shall", "'ll", "'d"})
"""Auxiliaries of a reported act an "it" plans or has done ("announced it had withdrawn its
staff", "said it would summon the ambassador"), unlike "said it violated a resolution", where
"it" may be the thing talked about."""


def _speaker(pronoun: Token) -> Token | None:
    """Whom a "he", "she" or "they" subject stands for inside one sentence: the subject of a
    clause above its own, the nearest first ("Putin said he would", "Obama met the king and
    announced he would", "Malala was 11 when she began ...", "analysts say ..., but they
    stress"), one person for "he" or "she", several for "they"; one body for an "it" that acts
    ("The Foreign Office announced it had withdrawn its staff", "NATO undermined the government
    it sought to legitimize"; not "Russia said it was a provocation", where "it" is what
    happened)."""
    plural = pronoun.lower_ == "they"
    acting_it = (pronoun.lower_ == "it" and pronoun.head.dep_ in ("ccomp", "relcl")
                 and pronoun.head.lemma_ != "be" and not is_passive(pronoun.head)
                 and (any(c.dep_ == "aux" and c.lower_ in PLANNING_AUXILIARIES
                          for c in pronoun.head.children)
                      or pronoun.head.lemma_.lower() in WANTING)
                 and not is_expletive(pronoun))
    if ((pronoun.lower_ not in PERSON_PRONOUNS and not plural and not acting_it)
            or pronoun.dep_ not in ("nsubj", "nsubjpass")):
        return None
    clause = pronoun.head
    described: set[int] = set()
    for _ in range(3):
        if clause.dep_ not in CLAUSES_WITHIN or clause.head.i == clause.i:
            return None
        if clause.dep_ == "relcl":
            # "granted access to all locations they needed to visit": the verb of the phrase
            # the described noun stands in (the noun itself is what they did something to:
            # "the images they released appear ...")
            described.add(clause.head.i)
            while clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "relcl":
                if clause.head.i == clause.i:
                    return None
                clause = clause.head
            if any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i not in described
                   for c in clause.children):
                return None  # "defended Obama for the way he released it": either of them
        else:
            clause = clause.head
        stranded = stranded_subject(clause)
        if stranded is not None:  # "took effect Friday and Beijing said it would"
            return stranded if (stranded.tag_ in PLURAL_TAGS) == plural else None
        for verb in (clause, first_conjunct(clause)):  # its own subject, else a shared one
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < pronoun.i and c.i not in described]
            # a passive's agent, when no subject of the number is before it: "the mantra
            # repeated by U.S. officials as they work ..." (but "100 soldiers were killed by a
            # bomber as they trained": the soldiers)
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj" and g.i < pronoun.i]
            if subjects or agents:
                candidates = [verb.head if s.lower_ in ("who", "that") and verb.dep_ == "relcl"
                              else s for s in subjects]  # "Modi, who has often said he ...": Modi
                # (a group, if known; a body its speakers call "they": "the opposition said
                # they", though not "the government threatened the democracy for which they
                # called")
                body = plural and pronoun.head.dep_ != "relcl"
                return next((s for s in (*candidates[:1], *agents)
                             if s.pos_ in ("PROPN", "NOUN") and (_several(s) == plural or (
                                 plural and s.pos_ == "PROPN") or (
                                 body and s.lemma_.lower() in COLLECTIVE_BODIES))), None)
    return None


BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "outside", "near", "off"})
"""Words that place what they modify from a place ("two airstrikes southeast of Irbil")."""
COLLECTIVE_BODIES = frozenset({"government", "military", "army", "navy", "ministry", "opposition",
                               "administration", "regime", "group", "organization",
                               "organisation", "movement", "militia", "party", "committee",
                               "council", "delegation", "coalition", "alliance", "agency",
                               "department", "company", "team", "force", "office"})
"""Nouns for one body that its speakers may call "they" ("The opposition said they want a
deal")."""


def _subordinate_subject(pronoun: Token) -> Token | None:
    """The subject of a clause opening the sentence that a pronoun subject of the main clause
    takes up: "while Iran was fighting Iraq, it sent ...", "When Obama arrived in Berlin, he
    met Merkel" (a name or noun of the pronoun's number)."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    plural = pronoun.lower_ == "they"
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1 and subjects[0].pos_ in ("PROPN", "NOUN") and (
                _several(subjects[0]) == plural):
            return subjects[0]
    return None


SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _subject_above(pronoun: Token) -> Token | None:
    """The singular noun an "it" subject of a clause beside or under another may stand for: that
    clause's subject ("The deal is dead because it failed", "the report assesses ..., but it
    also predicts"), unless someone owns it ("Its announcement indicated that it intends": the
    owner), or the clause is what is said ("The office confirmed that it is investigating")."""
    if pronoun.dep_ == "dobj" and pronoun.head.dep_ == "relcl":
        # "the threat drew a withering response from Grassley, who slammed it": the thing the
        # sentence is about, when no one before it in the sentence is named
        root = pronoun.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < pronoun.i and c.tag_ == "NN"
                    and not any(g.dep_ == "poss" for g in c.children)]
        return subjects[0] if subjects else None
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ not in ("advcl", "conj"):
        return None
    subjects = [c for c in pronoun.head.head.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
    if not subjects or subjects[0].tag_ not in ("NN", "NNP") or any(
            c.dep_ == "poss" for c in subjects[0].children):
        return None
    return subjects[0]


def _plural_subject_above(pronoun: Token, by_token: dict[int, Mention]) -> Token | None:
    """The plural subject, naming actors, of a clause above the one a "they" is the subject
    of: "Gates and Hagel have chafed at what they said was micromanagement" (they are the two,
    though no event of theirs was read before the "they")."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for verb in list(pronoun.head.ancestors)[:3]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        named = (subject, *subject.conjuncts, *(
            a for c in subject.children if c.dep_ == "appos" for a in (c, *c.conjuncts)))
        if (subject.i > pronoun.i or subject.pos_ == "PRON"
                or not (subject.tag_ in PLURAL_TAGS or subject.conjuncts)
                or not any(t.i in by_token for n in named for t in n.subtree)):
            return None
        return subject
    return None


CATAPHORA_KINDS = {"it": frozenset({"country", "org", "group"}), "he": frozenset({"person"}),
                   "she": frozenset({"person"}),
                   "they": frozenset({"country", "org", "group", "person", "agent"})}
"""Pronouns that may stand for the subject of the clause after theirs, and the kinds of actor
each may stand for."""


def _subject_after_clause(pronoun: Token) -> Token | None:
    """The subject of the main clause a fronted clause holding the pronoun leads to: "After
    signaling that it hoped for quick action, the White House backed away" (it is the White
    House, not the last body named)."""
    if pronoun.lower_ not in CATAPHORA_KINDS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # (the clause, or the phrase it completes: "After signaling that it ...", hung on the
    # main verb)
    clause = next((a for a in pronoun.ancestors if a.head.dep_ == "ROOT" and a.head.i != a.i),
                  None)
    if clause is None or clause.dep_ not in ("advcl", "prep") or clause.i > clause.head.i:
        return None
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i <= clause.right_edge.i or subjects[0].pos_ not in (
            "NOUN", "PROPN"):
        return None
    between = pronoun.doc[clause.right_edge.i + 1:subjects[0].i]
    # ("'... when he called Hagel a statesman,' Axelrod wrote": a quote's "he" is another)
    return None if any(t.text in CLOSING_QUOTES for t in between) else subjects[0]


def _speaker_of_the_country(noun: Token, phrase: list[Token]) -> Token | None:
    """The one who says what "the country" does ("Erdogan said the country was considering
    leaving NATO"): its country is meant, not the last one named ("a summit in London")."""
    if (noun.lemma_.lower() not in SINGULAR_NOUNS or noun.tag_ != "NN"
            or [t.lower_ for t in phrase] != ["the", noun.lower_]):
        return None
    clause = next((a for a in noun.ancestors if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in SAYING:
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not subjects and clause.head.dep_ == "acl" and clause.head.tag_ == "VBG":
        subjects = [clause.head.head]  # "quoted Erdogan's adviser saying the country ..."
    return subjects[0] if len(subjects) == 1 and not subjects[0].conjuncts else None


def _of_the_one_before(pronoun: Token, by_token: dict[int, Mention]) -> bool:
    """A "his" or "her" in the second of two joined nouns whose first is someone with no owner
    ("a doctor and his wife", "the soldier and her family"): that one's; so is an "its" after a
    thing that is no actor ("the dossier and its allegations")."""
    phrase = pronoun.head
    if pronoun.dep_ != "poss" or phrase.dep_ != "conj":
        return False
    first = first_conjunct(phrase)
    if any(c.dep_ == "poss" for c in first.children):
        return False
    if pronoun.lower_ == "its":
        return first.tag_ == "NN" and not any(t.i in by_token for t in first.subtree
                                              if t.i < phrase.left_edge.i)
    return pronoun.lower_ in ("his", "her") and first.tag_ in ("NN", "NNP")


RELATIVE_OWNERS = frozenset({("who", "his"), ("who", "her"), ("who", "their")})
"""A relative pronoun and a possessive in its clause that stand for one owner (a thing's
"which ... its" is left to the article: "the armistice that ended its war")."""


def _owner(pronoun: Token) -> Token | None:
    """Whom a possessive stands for in the object of a verb: the verb's subject ("The UN
    repeated its call", "In his statement, President Obama said"), or in the second of two
    joined nouns the first one's owner ("Russia's seizure of Crimea and its support"), of the
    possessive's number ("its", "his", "her": one; "their": several)."""
    phrase = pronoun.head
    if phrase.dep_ == "conj":  # "Russia's seizure of Crimea and its support of separatists"
        first = first_conjunct(phrase)
        if (first.dep_ == "pobj" and first.head.head.pos_ == "NOUN"  # (or hung on "Crimea",
                and not any(c.dep_ == "poss" for c in first.children)):  # not "in protest at
            first = first.head.head  # the rebels' challenge ... and their seizure")
        owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        if not owners and first is not phrase and (
                first.tag_ in PLURAL_TAGS if pronoun.lower_ == "their" else (
                    first.tag_ == "NNP" or first.lemma_.lower() in COLLECTIVE_BODIES)):
            return first  # "the Brotherhood and its supporters", "Russia and its allies", "the
            # rebels and their backers" (not "its use of drones or its commitment")
        return (owners[0] if len(owners) == 1
                and _several(owners[0]) == (pronoun.lower_ == "their") else None)
    if phrase.dep_ in ("dobj", "nsubjpass"):
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
        verb = phrase.head.head
    elif (phrase.dep_ == "nsubj" and phrase.head.pos_ in ("ADJ", "NOUN")
          and phrase.head.dep_ in ("ccomp", "xcomp", "oprd")):
        verb = phrase.head.head  # "did not make their promises contingent on help"
    else:
        return None
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "was not prescriptive in his comments"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or subject_heads(verb)
    plural = pronoun.lower_ == "their"
    if not subjects and plural:  # "accused the president of ignoring their demands"
        return _plural_speaker(verb)
    if len(subjects) != 1:  # (a subject shared: "Giuliani tried to clarify his remarks")
        return None
    subject = subjects[0]
    if verb.dep_ == "relcl" and (subject.lower_, pronoun.lower_) in RELATIVE_OWNERS:
        subject = verb.head  # "Mr. Trump, who was pressing his foreign policy team" (not
        # "the Senate, which examined his job performance")
    if subject.pos_ == "PRON":  # "... but it has made no secret of its objections": the "it"
        return subject if SUBJECT_FORMS.get(pronoun.lower_) == subject.lower_ else None
    if subject.pos_ not in ("PROPN", "NOUN"):
        return None
    between = [c for c in verb.children if c.dep_ == "dobj" and subject.i < c.i < pronoun.i]
    if between:  # an object in between may be the owner: "thanked Obama for his support";
        # "thanked the Americans for their support" is theirs (a name, of the number; "pursued
        # war moves since their occupation" leaves "their" to the article)
        # and "shot up Charlie Hebdo because of its refusal" is Charlie Hebdo's, named or not
        owner = between[0]
        if owner.pos_ == "PROPN" and (_several(owner) if plural else pronoun.lower_ == "its"):
            return owner
        # ("Trump and Abe stressed Pyongyang's taking steps in their call": the speakers')
        return None if _several(subject) or not plural else _plural_speaker(verb)
    if _several(subject) == plural:
        return subject
    return _plural_speaker(verb) if plural else None


CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj"})
"""Links from a clause up to the clause it depends on ("said [X ignored their demands]",
"accused X [of ignoring their demands]")."""


def _plural_speaker(verb: Token) -> Token | None:
    """The plural subject of the clause above one whose own subject is one ("Protesters said
    the president ignored their demands": the protesters' demands), or None."""
    head = verb
    while head.dep_ in CLAUSE_LINKS and head.head is not head:
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if head.pos_ in ("VERB", "AUX") and subjects:
            return subjects[0] if len(subjects) == 1 and _several(subjects[0]) and (
                subjects[0].pos_ in ("PROPN", "NOUN")) else None
    return None


def _several(subject: Token) -> bool:
    """A plural or conjoined subject: "they", never "he"."""
    return subject.tag_ in PLURAL_TAGS or bool(subject.conjuncts)


def _divided_half(head: Token, context: ArticleContext,
                  offset: int) -> list[tuple[str, ActorRef]]:
    """"The North said ...", "the North's nuclear program": the half of a divided country the
    article is about (North Korea after Seoul, South Sudan after Khartoum)."""
    if not (head.text in ("North", "South") and any(c.lower_ == "the" for c in head.lefts)):
        return []
    code = context.divided_half(head.lower_)
    if code is None:
        return []
    start = head.idx + offset
    return [("country", ActorRef(code, head.text, start, start + len(head.text),
                                 (DIVIDED_HALF,)))]


STATING_VERBS = frozenset({
    "confirm", "deny", "announce", "acknowledge", "admit", "report", "describe", "dismiss",
    "reveal", "disclose", "explain", "repeat", "reiterate", "say", "mention", "term", "dub",
    "label", "deem", "characterize", "characterise", "brand", "put", "phrase", "word"})
"""Verbs whose object "it" is a thing said ("confirmed it", "put it bluntly"), never a country
or body named before."""


def _states_it(verb: Token) -> bool:
    """Whether ``verb`` says something of its object "it": a stating verb, or one naming it
    ("called it a great deal")."""
    lemma = verb.lemma_.lower()
    return lemma in STATING_VERBS or (lemma == "call" and any(
        c.dep_ in ("oprd", "attr", "ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it")
        for c in verb.children))


def _both_halves(head: Token, offset: int) -> list[tuple[str, ActorRef]]:
    """"The two Koreas met", "leaders of both Koreas": North and South, each a country."""
    codes = BOTH_HALVES.get(head.lower_)
    if codes is None or head.pos_ != "PROPN" or any(c.dep_ == "compound" for c in head.children):
        return []
    start = head.idx + offset
    return [("country", ActorRef(code, head.text, start, start + len(head.text),
                                 (BOTH_HALVES_ENTRY,))) for code in codes]


def _bare_name(head: Token, phrase: list[Token], context: ArticleContext,
               offset: int, titles: frozenset[int] = frozenset(),
               ) -> list[tuple[str, ActorRef]]:
    """A lone first or last name of someone the article named in full: "Zhang" after
    "spokesman Zhang Wei", "Kim" after "Kim Jong Un", also under a title ("Chief Executive
    Lam" after "Carrie Lam"; ``titles``: the tokens of role words)."""
    if head.pos_ != "PROPN" or any(t.pos_ == "PROPN" for t in phrase
                                   if t is not head and t.i not in titles
                                   and t.lower_.rstrip(".") not in TITLE_GENDER):
        return []  # (an honorific is no other name: "Mr. Duncan")
    earlier = context.named_person(head)
    if earlier is None:
        return []
    kind, ref = earlier
    honorifics = [t.lower_ for t in phrase
                  if t is not head and t.lower_.rstrip(".") in TITLE_GENDER]
    if honorifics:
        if context.gender_of(ref) not in (None, TITLE_GENDER[honorifics[0].rstrip(".")]):
            return []  # "Mr. Thatcher" after "Mrs. Thatcher": her husband
        context.learn_gender(ref, honorifics[0], sure=True)
    start = head.idx + offset
    return [(kind, ActorRef(ref.code, head.text, start, start + len(head.text),
                            (*ref.entries, f"{NAMED_EARLIER}{ref.text}")))]


def _learn_names(head: Token, mentions: list[Mention], found: list[tuple[str, ActorRef]],
                 context: ArticleContext) -> None:
    """A person named in full ("Kim Jong Un", "White House spokesman Jay Carney", "the North
    Korean leader, Kim Jong Un") teaches that a later bare "Kim" or "Carney" is that person;
    so does each of several listed people found together ("Trump and Kim Jong Un")."""
    doc = head.doc
    if len(found) > 1:
        for kind, ref in found:
            listed = next((m for m in mentions if m.entry.kind == "person"
                           and m.entry.id in ref.entries), None)
            if kind == "person" and listed is not None:
                context.learn_name([t for t in doc[listed.start:listed.end] if t.is_title],
                                   kind, ref)
        return
    if not found:
        return
    kind, ref = found[0]
    if head.pos_ == "PROPN":
        listed = next((m for m in mentions if m.start <= head.i < m.end), None)
    else:  # "the North Korean leader, Kim Jong Un": the listed name in it
        people = [m for m in mentions if m.entry.kind == "person"]
        if len(people) != 1 or kind != "person":
            return
        listed = people[0]
    if listed is not None:
        if listed.entry.kind == "person":
            context.learn_name([t for t in doc[listed.start:listed.end] if t.is_title],
                               kind, ref)
        return
    covered = {i for m in mentions for i in range(m.start, m.end)}
    start = head.i
    while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
           and start - 1 not in covered):
        start -= 1
    context.learn_name(list(doc[start:head.i + 1]), kind, ref)


def _masthead(head: Token, mentions: list[Mention], phrase: list[Token],
              doc_offset: int) -> list[tuple[str, ActorRef]]:
    """A newspaper named after its town or country is that country's media ("The Washington
    Post", "the Tehran Times", "The Japan Times", "USA TODAY"), not its government."""
    name = head.text.title() if head.is_upper else head.text
    if (head.pos_ != "PROPN" or name not in MASTHEADS or not mentions
            or any(m.entry.kind not in COUNTRY_KINDS or m.start >= head.i for m in mentions)):
        return []
    countries = {m.entry.code[:3] for m in mentions}
    if len(countries) != 1:
        return []
    tokens = [t for t in phrase if t.i >= min(m.start for m in mentions)]
    return [("country", _ref(countries.pop() + "MED", tokens, mentions, doc_offset))]


def _owned_role(head: Token, phrase: list[Token], found: list[tuple[str, ActorRef]],
                context: ArticleContext) -> list[tuple[str, ActorRef]]:
    """"their troops" after "Japan and Australia": each owner's country with the role (kind
    "owned": a weak target, "withdrew its troops from Lebanon" is aimed at Lebanon); so is "the
    country's" deeper in the phrase ("Kim Yong Chol, the vice chairman of the country's Party
    Central Committee"), or "the group's" ("the group's leader" after Boko Haram); one that
    speaks for a body takes its code (``_speaks_for_body``)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        owner = next((t for t in phrase if t.dep_ == "poss" and t.lemma_.lower() in OWN_COUNTRY
                      and any(d.lower_ == "the" for d in t.children)), None)
    if owner is None:
        owner = next((c for c in head.children if c.dep_ == "poss"
                      and c.lemma_.lower() in GROUP_NOUNS
                      and any(d.lower_ == "the" for d in c.children)), None)
    if owner is None or len(found) != 1:
        return []
    _, role = found[0]
    owners = context.resolve(owner, list(owner.subtree))
    body = owner.lower_ not in PERSON_PRONOUNS  # ("his government" is his country's)
    return [("owned", replace(role, code=ref.code if body and _speaks_for_body(ref, role)
                                else ref.code[:3] + role.code[3:],
                                entries=(*role.entries, *ref.entries)))
            for ref in owners if not ref.code.startswith(UNKNOWN_COUNTRY)]


def _speaks_for_body(owner: ActorRef, role: ActorRef) -> bool:
    """Whether an owned role stands for its owner as a whole: anyone of a group or an
    international body ("its leader" after Boko Haram), or the spokesman, head or official of
    a country's body ("its spokesman" after "Russia's army"); but "its troops" after "the U.S.
    government" are the country's forces."""
    return len(owner.code) > 6 or owner.code[:3] in ("IGO", "NGO") or (
        len(owner.code) > 3 and role.code[3:] == "GOV")


OWN_COUNTRY = SINGULAR_NOUNS - {"state"}
"""Nouns that, possessive with "the", stand for the country named before ("the country's"):
those the article context reads as a country, less "the state's", often a US state's."""


TOPICAL_SUFFIXES = frozenset({"related", "focused", "centric", "specific", "themed", "oriented",
                              "like", "style", "esque", "type", "free", "less", "proof"})
"""What a name before "-related" is: a topic ("Russia-related allegations": about Russia), or
before "-like"/"-style" a likeness ("a Cuba-like embargo", "a Soviet-style crackdown"), or
before "-free" an absence ("a Trump-free zone")."""


DESCRIBED_PEOPLE = frozenset({"person", "nominee", "appointee", "successor", "predecessor",
                              "candidate", "pick"})
"""Nouns besides role words for one person whom a relative clause describes and a name then
names ("Obama's nominee to head the CIA, John Brennan")."""


def _name_for_the_described(head: Token) -> Token | None:
    """The name ending a noun's relative clause that the parser set beside another name in
    it, though it names the noun ("The man who replaced Clinton, Secretary of State John
    Kerry, said ...": Kerry is the man, no second name of Clinton's)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_ROLES | DESCRIBED_PEOPLE:
        return None
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        names = [t for t in clause.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
                 and t.head.pos_ == "PROPN" and t.head.i < t.i and t.i > clause.i
                 and t.doc[t.left_edge.i - 1].text == ","]
        if names and names[-1].right_edge.i >= head.right_edge.i - 1:
            return names[-1]
    return None


def _stray_name(title: Token, by_token: dict[int, Mention]) -> Span | None:
    """A listed person's name right after a title word that the parser hung elsewhere
    ("accused President Barack Obama of ...", with "Barack" read as a preposition; "Trump and
    Chinese counterpart Xi Jinping", with Xi set beside Trump)."""
    doc, own = title.doc, by_token.get(title.i)
    after = own.end if own is not None else title.i + 1  # ("Secretary of State John Kerry")
    mention = by_token.get(after)
    titled = (title.pos_ == "PROPN" and own is not None and own.entry.kind == "agent") or (
        title.pos_ == "NOUN" and own is None and title.lemma_.lower() == "counterpart")
    if (not titled or mention is None
            or mention.start != after or mention.entry.kind != "person"
            or any(t.head.i == title.i or t.i == title.head.i
                   for t in doc[mention.start:mention.end])):
        return None
    return doc[mention.start:mention.end]


def _stance(token: Token, by_token: dict[int, Mention]) -> bool:
    """A name after "anti-"/"pro-" ("anti-U.S. protesters", "pro-United States") is a stance,
    and one before "-related" a topic ("Russia-related allegations")."""
    mention = by_token.get(token.i)
    doc, end = token.doc, (mention.end if mention is not None else token.i + 1)
    return follows_stance(doc, mention.start if mention is not None else token.i) or (
        end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in TOPICAL_SUFFIXES)


def _names_a_war(token: Token, head: Token) -> bool:
    """A country that names a war describing the actor is not the actor's ("Vietnam War
    veteran John McCain" is no Vietnamese)."""
    doc = token.doc
    war = token.head
    if token.i + 1 < len(doc) and doc[token.i + 1].lemma_.lower() in WARS:
        war = doc[token.i + 1]  # the parser hangs "Iraq" of "Iraq war veteran" on "veteran"
    return (token.dep_ in ("compound", "amod") and war is not head
            and war.lemma_.lower() in WARS and war.dep_ in ("compound", "amod", "nmod"))


def _publisher(head: Token, by_token: dict[int, Mention], day: dt.date | None,
               context: ArticleContext, doc_offset: int) -> list[tuple[str, ActorRef]]:
    """Who acts through a thing: "a missile believed to be fired by rebels" -> the rebels, "a
    report released by Amnesty" -> Amnesty; a document also speaks for the place it was
    published in ("a report published in Kigali" -> RWA)."""
    document = head.lemma_.lower() in DOCUMENTS
    verbs = [c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB"
             and c.lemma_.lower() not in AFFILIATIONS]  # "fighters trained by Iran": a patron
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ not in ("agent", "prep") or prep.lower_ not in (
                    ("by", "in", "from") if document else ("by",)):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                found = resolve_actors(obj, by_token, day, context, doc_offset)
                if prep.lower_ == "by" or any(kind == "country" for kind, _ in found):
                    return found
                places = _country_mentions(obj, by_token)
                if places:
                    return [("country", _ref(places[0].entry.code, _span(obj, places[0]),
                                             places[:1], doc_offset))]
    return []


def _spoken_for(head: Token, by_token: dict[int, Mention], day: dt.date | None,
                context: ArticleContext, doc_offset: int) -> list[tuple[str, ActorRef]]:
    """Whom "a spokesman for X", "an official of X" or "a leader of X" speaks or acts for: X
    ("a spokesman for the Taliban" is the Taliban, "an official of the Russian foreign
    ministry" Russia's government), when X is known; also after a name ("Ofir Gendelman, a
    spokesman for Prime Minister Benjamin Netanyahu": Israel's government)."""
    speakers = [head] if head.lemma_.lower() in SPEAKERS else [
        c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in SPEAKERS
        and not any(m.lower_ in PAST_TITLES for m in c.lefts)]  # ("former vice chief of ...")
    for prep in (c for speaker in speakers for c in speaker.children
                 if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found = resolve_actors(obj, by_token, day, context, doc_offset)
            # (a body with no country still says which: "the leader of the opposition")
            if found and all(len(ref.code) > 3 or not ref.code.startswith(UNKNOWN_COUNTRY)
                             for _, ref in found):
                return found
    return []


def from_elsewhere(head: Token) -> bool:
    """A role word whose modifier says it comes from elsewhere: "international forces" fighting
    in Afghanistan, "coalition troops in Iraq" are none of the country's, nor is "a man from
    Florida" who struck in Syria."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_ADJECTIVES and not (
        c.lower_ == "foreign" and head.lemma_.lower() in FOREIGN_OFFICES) for c in head.lefts
    ) or any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)


def _origin_countries(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Countries named in "in"/"from" phrases of a role word: "a court in Guyana", "exiles from
    Myanmar" (only consulted when the phrase itself names no country); "foreign fighters in
    Syria" are from elsewhere, "foreign fighters from Tunisia" Tunisian."""
    found: list[Mention] = []
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ == "from" or (
                child.lower_ == "in" and not from_elsewhere(head))):
            for obj in with_conjuncts([o for o in child.children if o.dep_ == "pobj"]):
                # ("ministers in Egypt and Iran": both)
                found.extend(m for m in _country_mentions(obj, by_token) if m not in found)
    return found


def _shared_adjective(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The country adjective or possessive of the first of conjoined role words: "French police
    and soldiers" are French soldiers too, "Russia's foreign minister and ambassador" Russia's
    ambassador (only for a bare conjunct naming no country)."""
    first = first_conjunct(head)
    own = by_token.get(head.i)
    if first is head or any(c.dep_ in ("amod", "compound", "nmod", "poss") and not (
            own is not None and own.start <= c.i < own.end) for c in head.lefts):
        return []  # "Mexican cartels and Islamic terrorists": the second has its own (the
        # "foreign" of "foreign minister" is the role's own word)
    return [m for c in first.lefts if c.dep_ in ("amod", "poss")
            and (m := by_token.get(c.i)) is not None and m.entry.kind in COUNTRY_KINDS]


def _country_mentions(head: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The country mentions in the phrase headed by ``head``, in order, each once."""
    found: list[Mention] = []
    for token in phrase_tokens(head):
        mention = by_token.get(token.i)
        if mention and mention.entry.kind in COUNTRY_KINDS and mention not in found:
            found.append(mention)
    return found


def _from_mentions(head: Token, mentions: list[Mention], day: dt.date | None,
                   context: ArticleContext, offset: int) -> list[tuple[str, ActorRef]]:
    if not mentions:
        return []
    if any(m.start <= head.i < m.end and m.entry.kind != "agent" for m in mentions):
        # the name that heads the phrase beats an organisation in a modifier ("NATO-member
        # Norway" is Norway)
        mentions = [m for m in mentions if m.start <= head.i < m.end
                    or m.entry.kind not in (*ORG_KINDS, "armed_group", "party", "groups")]
    return (_named(head, mentions, day, offset)
            or _composed(head, mentions, context, offset))


def _span(head: Token, mention: Mention) -> list[Token]:
    doc = head.doc
    return [doc[mention.start], doc[mention.end - 1], head]


def _titling_words(head: Token, mention: Mention) -> frozenset[str]:
    """The words that title a person in the phrase: before the name ("European Council
    President Donald Tusk") or in an apposition ("Donald Tusk, the Polish prime minister")."""
    words = [t for t in head.subtree if t.i < mention.start and t.is_alpha]
    words += [t for c in head.children if c.dep_ == "appos" for t in c.subtree if t.is_alpha]
    found = {t.lower_ for t in words}
    if {"european", "union"} <= found:  # as the titles write it ("EU High Representative")
        found.add("eu")
    return frozenset(found)


PERSONAL_CODES = frozenset({"OPP"})
"""Role codes whose word after a person's name is that person's stance, not a body of theirs
("Hagel's opposition")."""


def _office_title(head: Token, person: Mention, mentions: list[Mention]) -> Mention | None:
    """A legislator's, officer's, judge's or spy's title before a listed person's name, not a
    past one ("Sen. Marco Rubio", "CENTCOM commander General James Mattis"; not "former Sen.
    Marco Rubio"); a government title ("leader", "governor", "official") says too little of
    which office."""
    before = [t for t in head.subtree if t.i < person.start]
    if not before or any(t.lower_ in PAST_TITLES | UNHELD_TITLES for t in before):
        return None  # (nor "Defense Secretary nominee Chuck Hagel", "retired Adm. Mike Mullen")
    return next((m for m in mentions if m.entry.kind == "agent" and m.entry.code in TITLED_OFFICES
                 and before[0].i <= m.start and m.end <= person.start), None)


UNHELD_TITLES = frozenset({"retired", "nominee", "designate", "candidate", "hopeful",
                           "nominated", "pick", "choice", "would-be"})
"""Words by a title that say it is not held now: retired from it, or not yet in it."""
TITLED_OFFICES = frozenset({"LEG", "MIL", "JUD", "COP", "SPY"})
"""Sectors whose title before a listed person's name, when the dictionary lists no office of
theirs on the day, says the office they hold."""


PAST_TITLES = frozenset({"former", "ex", "late", "onetime", "erstwhile"})
"""Words before a title that say it is no longer held ("then-Sen. Kerry" held it then)."""
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
"""Sectors of public offices, which a former holder no longer acts for (CAMEO ELI)."""


def _past_word(head: Token, end: int) -> Token | None:
    """The first "former" (or "ex", "late", ...) of ``head``'s phrase before token ``end``."""
    return next((t for t in head.doc[head.left_edge.i:end] if t.lower_ in PAST_TITLES), None)


def _named(head: Token, mentions: list[Mention], day: dt.date | None,
           offset: int) -> list[tuple[str, ActorRef]]:
    """People holding a role on ``day``, else a seat of power, organisation or group."""
    people: list[tuple[str, ActorRef]] = []
    people_end = 0
    for mention in mentions:
        if mention.entry.kind == "person":
            # (an undated article's person holds the role the title in the text names)
            titled = _titling_words(head, mention) if day is None else frozenset()
            code = mention.entry.code_on(day, titled)
            seat = (_office_title(head, mention, mentions) if code is not None
                    and day is not None and code == mention.entry.default else None)
            if seat is not None:
                # "Florida Sen. Marco Rubio" in 2016: no office listed then, a seat in the text
                code = code[:3] + seat.entry.code
            # a second person counts only when conjoined ("Obama and Putin", "the Trump-Xi
            # talks"), not a possessor
            # (or joined by an "and" the parser left hanging: "between President Trump and
            # North Korean leader Kim Jong Un", read as one long name)
            doc = head.doc
            if code and (not people or doc[mention.end - 1].dep_ == "conj" or (
                    mention.start > 1 and doc[mention.start - 1].text == "-"
                    and not doc[mention.start - 2].whitespace_) or any(
                        t.dep_ == "cc" and not any(c.dep_ == "conj" for c in t.head.children)
                        for t in doc[people_end:mention.start])):
                used = [mention] if seat is None else [mention, seat]
                # (one of two is named by its own words, not up to the other's: "Trump and
                # ... Kim Jong Un")
                own = any(m.entry.kind == "person" and m.start <= head.i < m.end
                          for m in mentions if m is not mention)
                span = [doc[mention.start], doc[mention.end - 1]] if own else _span(head, mention)
                people.append(("person", _ref(code, span, used, offset)))
                people_end = mention.end
    role = next((m for m in mentions if m.entry.kind == "agent" and m.start <= head.i < m.end),
                None)
    owner = next((m for m in mentions if m.entry.kind == "person"), None)
    if (len(people) == 1 and role is not None and owner is not None
            and head.doc[owner.end - 1].dep_ == "poss" and role.entry.code not in PERSONAL_CODES
            and head.lemma_.lower() not in PERSON_ROLES
            and not people[0][1].code.startswith(UNKNOWN_COUNTRY)):
        # "Sisi's state media", "Putin's army": the owner's country in the body named (his
        # spokesman or chief of staff is his, "Hagel's opposition to the surge" his view)
        code = people[0][1].code[:3] + role.entry.code
        return [("country", _ref(code, _span(head, owner), [owner, role], offset))]
    if people:
        return people
    for kind in ("seat", *ORG_KINDS, "armed_group", "party", "groups"):
        for mention in mentions:
            if mention.entry.kind == kind:
                label = "org" if kind in ORG_KINDS else "group" if kind != "seat" else "country"
                code, used = mention.entry.code, [mention]
                if kind in ("seat", "party") or code.startswith(UNKNOWN_COUNTRY):
                    # "Brazil's Congress" is Brazil's, not the U.S. Congress; "Germany's Social
                    # Democrats" are Germany's, "Israel's Labour party" Israel's (but a named
                    # party's country stays for a state in a senator's title: "Georgia
                    # Republican Saxby Chambliss")
                    other = next((m for m in mentions if m.entry.kind in COUNTRY_KINDS
                                  and m.entry.code != code[:3] and (
                                      kind != "party" or code.startswith(UNKNOWN_COUNTRY)
                                      or _owning_country(head.doc, m, mention))), None)
                    if other is not None:
                        code, used = other.entry.code + code[3:], [other, mention]
                role = next((m for m in mentions if m.entry.kind == "agent"
                             and (m.start <= head.i < m.end or _title_of(m, head))
                             and _office(m, head)), None)
                if kind == "party" and (role is None or role.entry.code != LEGISLATURE):
                    # "Senate Democratic Leader Harry Reid" leads in the Senate
                    role = next((m for m in mentions if m.entry.kind == "agent"
                                 and m.entry.code == LEGISLATURE and m.end <= head.i), role)
                if kind == "party" and role is not None and role.entry.code in REBELS:
                    role = None  # "Tory rebels" defy their party's line, bearing no arms
                if kind == "party" and role is not None and code[:3] != UNKNOWN_COUNTRY:
                    # "Republican lawmakers", "the Republican president": the party's
                    # country in the role the phrase names
                    code, used = code[:3] + role.entry.code, [mention, role]
                first = min(used, key=lambda m: m.start)
                past = _past_word(head, first.start)
                if code[3:] in OFFICE_SECTORS and past is not None and not any(
                        m.entry.kind == "agent" and m.end <= past.i for m in mentions):
                    # "former Homeland Security Secretary Michael Chertoff", "a former
                    # Pentagon official": an elite, no longer the office's (but "Rep. Peter
                    # King, the former Homeland Security chairman" holds an office still)
                    code = code[:3] + FORMER
                if head.tag_ == "NNP" and not any(m.start <= head.i < m.end for m in used):
                    label = "person"  # "Nabil Shaath of Fatah" is a person, a later "he"
                # "the US-Taliban talks": the country hyphened to the group is the other side
                partners = [("country", _ref(m.entry.code, list(head.doc[m.start:m.end]), [m],
                                             offset))
                            for m in mentions if m not in used and m.entry.kind == "country"
                            and _hyphened_before(head.doc, m, first)]
                return [*partners, (label, _ref(code, _span(head, first), used, offset))]
    return []


def _hyphened_before(doc: Doc, first: Mention, second: Mention) -> bool:
    """Two names hyphened into one word, ``first`` first: "US-Taliban", "Israel-Hamas"."""
    hyphen = doc[first.end] if first.end < len(doc) else None
    return (first.end + 1 == second.start and hyphen is not None and hyphen.text == "-"
            and not doc[first.end - 1].whitespace_ and not hyphen.whitespace_)


def _owning_country(doc: Doc, country: Mention, party: Mention) -> bool:
    """A country that owns a party named right after it: "Israel's Labour party", "Canadian
    Conservatives" (not "Georgia Republican Saxby Chambliss", a senator's state)."""
    last = country.end - 1
    if country.entry.kind == "adjective":
        return last + 1 == party.start
    return last + 2 == party.start and doc[last + 1].text in ("'s", "’s")


def _title_of(role: Mention, head: Token) -> bool:
    """A role word that titles the name it comes before ("Republican Sen. Lindsey Graham")."""
    return head.tag_ == "NNP" and role.end <= head.i and head.doc[role.end - 1].head.i == head.i


def _office(role: Mention, head: Token) -> bool:
    """A role that is a public office, not a party post: "Republican lawmakers" sit in
    Congress, "the Republican president" governs; "Brotherhood leaders" lead the party."""
    text = head.doc[role.start:role.end].text.lower()
    return role.entry.code != "GOV" or text.rstrip("s") in OFFICES


def _composed(head: Token, mentions: list[Mention], context: ArticleContext,
              offset: int) -> list[tuple[str, ActorRef]]:
    """Country + sector ("Chinese and Russian warships"), or a sector whose country the
    article gave earlier ("the foreign ministry"), else an unknown-country sector (``---GOV``)."""
    doc = head.doc
    agents = [m for m in mentions if m.entry.kind == "agent" and _agent_applies(m, head)]
    agent = _nearest(agents, head)
    # "the Senate Intelligence Committee" is the Senate's, and so is "Senate Judiciary
    # Committee Chairman Lindsey Graham" (no judge)
    if head.lemma_.lower() in PANELS or any(
            m.end < len(doc) and doc[m.end].lemma_.lower() in PANELS for m in agents):
        agent = next((m for m in agents if m.entry.code == LEGISLATURE), agent)
    title_word: Mention | None = None
    if (agent is not None and agent.start <= head.i < agent.end
            and head.lemma_.lower() in BODY_HEADS | BODY_VOICES):
        # "leaders of the Syrian opposition" lead the opposition, no government, and "U.S.
        # Senate leaders", "the rebel leader", "the Senate's president" lead theirs (a stance
        # before the title is none: "Egypt's Islamist president")
        of_body = {t.i for o in prep_objects(head, "of") for t in o.subtree}
        named_before = {t.i for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                        for t in c.subtree}
        title_word = agent  # ("the officials" after "US military officials" are American too)
        agent = next((m for m in mentions if m.entry.kind == "agent" and (
            m.start in of_body or (m.start in named_before and m.entry.code not in STANCES))),
                     agent)
    agent_code = agent.entry.code if agent else ""
    if (agent is not None and agent_code in OFFICE_SECTORS and head.lemma_.lower() not in BODIES
            and _past_word(head, agent.start) is not None):
        agent_code = FORMER  # "a former U.S. official", "former Sen. Mel Martinez": elites
        # (not "the former administration": the government of its day)
    countries = [m for m in mentions if m.entry.kind in COUNTRY_KINDS]
    if countries:
        # "Japan's defence minister" is a person, "the Libyan government" no "she"
        person_like = agent is not None and (head.pos_ == "PROPN" or (
            agent.entry.code in ("GOV", "MIL") and head.lemma_.lower() in PERSON_ROLES))
        result: list[tuple[str, ActorRef]] = []
        for country in countries:
            code = country.entry.code + agent_code
            if any(ref.code == code for _, ref in result):
                continue
            used = [country, agent] if agent else [country]
            if agent is not None:
                context.learn_agent(doc[agent.start:agent.end].text, country.entry.code)
            if title_word is not None and title_word is not agent:
                context.learn_agent(doc[title_word.start:title_word.end].text, country.entry.code)
            # "Israeli tourists", "Chinese warships" are "they", never a later "it"
            kind = _person_kind(head) if person_like or head.tag_ in PLURAL_TAGS else (
                "country")
            result.append((kind, _ref(code, _span(head, country), used, offset)))
        return result
    if agent is None:
        return []
    known = (context.country_of_role(doc[m.start:m.end].text) for m in agents
             if m.entry.code == agent.entry.code or agent.entry.code not in REBELS)
    # ("a Navy official" after "the U.S. Navy" is American, "rebel forces" after "US forces"
    # are not)
    country = next((c for c in known if c), None)
    kind = _person_kind(head) if head.pos_ == "PROPN" else "agent"
    ref = _ref((country or UNKNOWN_COUNTRY) + agent_code, _span(head, agent), agents, offset)
    if country:  # the country an earlier sentence gave the role: a named place may say else
        ref = replace(ref, entries=(*ref.entries, f"{EARLIER_COUNTRY}{country}"))
    return [(kind, ref)]


def _person_kind(head: Token) -> str:
    """"person", or "people" for a plural head ("U.S. Senate Democrats", "Chinese officials"):
    those are "they", never a later "he" or "his"."""
    return "people" if head.tag_ in PLURAL_TAGS else "person"


def _named_body_before(title: Token, by_token: dict[int, Mention]) -> bool:
    """Whether capitalised words right before a title name a body of no country or
    organisation the dictionaries know ("Columbia University", "Fox News"; not "Chinese",
    "Chechen", "White House", "NATO")."""
    i = title.i - 1
    named = []
    while (i >= 0 and title.doc[i].pos_ == "PROPN" and title.doc[i].is_title
           and title.doc[i].ent_type_ not in PLACE_OR_PEOPLE):
        named.append(title.doc[i])
        i -= 1
    agents = [t for t in named if t.i in by_token and by_token[t.i].entry.kind == "agent"]
    # (one unknown word may be a people's or place's name: "the Chechen president")
    return (len(named) > 1 or bool(agents)) and all(
        t.i not in by_token or t in agents for t in named)


def _unknown_body(token: Token, by_token: dict[int, Mention]) -> bool:
    """A named body the dictionaries do not know ("the Council on Foreign Relations", "the
    Washington-based National Iranian American Council"); one a country owns is that country's
    ("Russia's Federal Security Service"). A named movement or campaign is such a body too
    ("the Occupy Central movement")."""
    named = (token.pos_ == "PROPN" and token.is_title) or (
        token.lemma_.lower() in MOVEMENTS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children))
    return (named and token.i not in by_token and token.lower_ not in BOTH_HALVES
            and not any(c.dep_ == "poss" for c in token.children)
            and not any(t.i in by_token and by_token[t.i].entry.kind not in COUNTRY_KINDS
                        for t in token.subtree))


def _violence_done(head: Token) -> bool:
    """A violent event noun that does something ("terrorist attacks killed 70 people", "were
    killed by air strikes"): who made it did that."""
    return head.lemma_.lower() in VIOLENT_NOUNS and (
        head.dep_ in ("nsubj", "nsubjpass")
        or (head.dep_ == "pobj" and head.head.dep_ == "agent"))


def _agent_applies(agent: Mention, head: Token) -> bool:
    """A role word names the actor when it heads the phrase ("warships"), titles a name
    ("spokesman Wang"), or is a noun modifier ("army bulldozers"); not as an adjective of a
    thing ("military exercises" is no actor)."""
    if agent.start <= head.i < agent.end and head.lemma_.lower() in SYSTEM_WORDS:
        # "a sanctions regime", "an intrusive monitoring regime": a system of rules, not a
        # government ("the Assad regime", "the military regime" are)
        return not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in SYSTEMS
                       for c in head.children)
    if agent.start <= head.i < agent.end or head.pos_ == "PROPN":
        return True
    if head.lemma_.lower() in ABOUT_A_SECTOR:
        return False  # "a troop withdrawal agreement", "military spending": about troops
    last = head.doc[agent.end - 1]
    return last.dep_ in ("compound", "nmod", "poss", "appos") or last.pos_ in ("NOUN", "PROPN") or (
        last.dep_ == "amod" and (head.lemma_.lower() in FORCE_WORDS or _violence_done(head)))
    # "rebel forces"; "terrorist attacks killed 70 people" (not "condemned the terrorist
    # attack": no terrorists condemned)


def _nearest(agents: list[Mention], head: Token) -> Mention | None:
    """The role word that heads the phrase, else the one closest before its head; but a force
    or its commander is of the kind its modifier says ("rebel forces", "police units", "the
    police commander", not "government forces")."""
    best: Mention | None = None
    heading: Mention | None = None
    for mention in agents:
        if mention.start <= head.i < mention.end:
            heading = mention
        elif mention.start < head.i and (best is None or mention.start > best.start):
            best = mention
    if (heading is not None and best is not None and heading.entry.code == MILITARY
            and head.lemma_.lower() in FORCE_WORDS and best.entry.code not in STATE_FORCE_CODES):
        return best
    return heading or best or (agents[0] if agents else None)


SYSTEM_WORDS = frozenset({"regime"})
"""Role words that a common noun before them makes a system ("sanctions regime")."""
SYSTEMS = frozenset({"sanction", "sanctions", "monitoring", "inspection", "inspections",
                     "verification", "visa", "export", "control", "trade", "tax", "tariff",
                     "safeguard", "safeguards", "nonproliferation", "non-proliferation",
                     "customs", "asylum", "immigration", "regulatory", "reporting", "licensing",
                     "patent", "copyright", "accounting", "pension", "currency", "exchange",
                     "emissions", "climate", "testing"})
"""What makes a "regime" one of rules ("the sanctions regime"; not "the rogue regime")."""
MILITARY = "MIL"
REBELS = frozenset({"REB", "INS", "SEP", "UAF"})
"""Role codes of armed groups against the state: none of them is of a country a state's role
word had."""
STANCES = frozenset({"RAD", "MOD"})
"""Role codes that say how someone thinks, not what body he belongs to: "Egypt's Islamist
president" heads its government."""
FORCE_WORDS = frozenset({"force", "troop", "unit", "fighter", "soldier", "commander"})
"""Heads of an armed body or its leader, of the kind their modifier says ("rebel forces",
"police commander")."""
STATE_FORCE_CODES = frozenset({"MIL", "GOV"})
"""Role words before "forces" that keep them an army's ("government forces")."""


def _described_by(pronoun: Token) -> Token | None:
    """The noun a relative clause describes when ``pronoun`` is that clause's own subject
    ("the aid workers they kidnapped", "the soldier it captured"): never the pronoun's
    antecedent."""
    if (pronoun.pos_ != "PRON" or pronoun.lower_ in RELATIVE_PRONOUNS
            or pronoun.dep_ not in ("nsubj", "nsubjpass")):
        return None
    return described_noun(pronoun.head)  # (not "the office where he met")
