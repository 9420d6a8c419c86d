"""Finding event triggers in a sentence: verb and noun patterns, complement frames, demands.

A ``Trigger`` says which pattern fired on which token, with the tokens where its source and
target are to be read; ``deeppol.coding.coder`` resolves those to actors and emits events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType

from spacy.tokens import Span, Token

from deeppol.coding.dictionaries import NO_EVENT, SAME_CODE
from deeppol.coding.events import (
    OBJECT_DEPS,
    PARTITIVES,
    TIME_ENTITIES,
    TRIAL_NOUNS,
    VIOLENT_ROOTS,
    EventLexicon,
    Frame,
    Match,
    Pattern,
    in_charge,
)
from deeppol.coding.ontology import Ontology
from deeppol.coding.structure import (
    ACCIDENTS,
    AGREEMENTS,
    ANNOUNCING,
    ARRANGING,
    CEASING,
    CLOSING_QUOTES,
    DOCUMENTS,
    INQUIRIES,
    INTENT_PLANS,
    NOT_TARGET,
    OPENING_QUOTES,
    PERSONAL_OBJECTS,
    RELATIVE_PRONOUNS,
    RESPONDING,
    SAYING,
    TIME_PREPOSITIONS,
    VIOLENT_NOUNS,
    amount_of,
    announcing_verb,
    coming_to_aid,
    exemplified,
    first_conjunct,
    has_aux,
    is_light_verb,
    is_passive,
    misread_modifier,
    modality,
    passive_subject,
    placing_modifiers,
    prep_objects,
    reporting_verb,
    requested_of,
    responding_verb,
    setting_parties,
    setting_verb,
    shares_auxiliary,
    subject_heads,
    target_heads,
    that_clauses,
    undergoer,
    with_conjuncts,
)
from deeppol.types import ASSERTED, HYPOTHETICAL, NEGATED

SPEECH_ROOT = "01"
INQUIRY_ROOT = "09"
SPEAKING_ROOTS = frozenset({"01", "02", "10", "11", "13"})
"""Statements, appeals, demands, disapproval and warnings: verbs that can carry a demand."""
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
"""A verb form in a noun's place ("killed in shelling") takes its actors like a noun."""
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
CLAIMS = frozenset({"claim", "allegation", "accusation", "charge", "report", "suggestion",
                    "assertion", "rumor", "rumour", "speculation", "notion", "idea"})
"""Nouns whose "that" clause a denial denies with them: "denied US claims that it had shot down
the plane"."""
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
CONFLICT_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
PLEDGE_FRAMES = frozenset({"intend", "intend-adjective"})
"""Frames whose negated complement renounces the act: "vowed not to attack" (restraint,
``RESTRAINT``), "promised not to cooperate" (a refusal, ``REFUSAL``)."""
RESTRAINT = "0356"
REFUSAL = "120"
DANGERS = frozenset({"threat"})
"""Nouns of threats that may be only a danger ("the North Korean threat")."""
ISSUING = frozenset({"issue", "make", "carry", "deliver", "repeat", "renew", "reiterate", "level",
                     "send", "utter", "voice", "post", "tweet", "escalate"})
"""Verbs of a threat made ("issued a threat")."""
THREATENED_ACTS = frozenset({"veto", "sanction", "tariff", "boycott", "shutdown", "resignation",
                             "walkout", "lawsuit", "impeachment", "retaliation", "strike",
                             "default", "embargo", "expulsion", "deportation"})
"""Acts before "threat" that make it one made ("his veto threat")."""
ASSERTING = frozenset({"insist"})
"""Verbs of demand that also assert: with a clause of what will be, a statement."""
PREDICTING_MODALS = frozenset({"will", "would", "'ll", "wo", "can", "could", "may", "might"})
"""Modals of a clause that says what will or may be, not what should be."""
WARNING_FRAME = "threaten"
"""The frame whose object, when it has one, is warned against its own act: "warned the U.S.
not to strike ISIS" threatens the U.S. (130), with no strike of the speaker's (138)."""
MILITARY_PROTECTION = "074"
INSTRUMENTS = frozenset({"policy", "law", "rule", "order", "measure", "program", "programme",
                         "bill", "act", "regulation", "decree", "ruling", "legislation",
                         "provision", "amendment", "statute", "directive", "scheme"})
"""What a law or policy does is done by none of its armies: "the Obama-era policy protects
hundreds of thousands of young immigrants from deportation"."""
PROFESSIONS = frozenset({"doctor", "nurse", "physician", "surgeon", "teacher", "professor",
                         "journalist", "reporter", "lawyer", "attorney", "judge", "scientist",
                         "researcher", "economist", "hospital", "university", "school",
                         "newspaper", "company", "firm", "business", "bank"})
"""People and bodies of a civilian calling: what they fight is a battle of another kind
("doctors continue to fight their own battle", "companies fight the rules")."""
UNARMED_SUBJECTS = INQUIRIES | INSTRUMENTS | PROFESSIONS
"""Subjects that fight or protect with no army: inquiries, instruments and civilian callings."""
CAUSING_MOTION = frozenset({"send", "set", "leave"})
"""Verbs that with an object and a participle cause a state, and are no act of their own:
"sent the administration scrambling", "left the town reeling"."""
STATES_OF_AFFAIRS = frozenset({
    "instability", "situation", "crisis", "chaos", "turmoil", "unrest", "tension", "uncertainty",
    "stalemate", "deadlock", "impasse", "standoff", "rift", "division", "collapse", "downturn",
    "slowdown", "recession", "shortage", "debt", "deficit", "inflation", "drought", "flood",
    "storm", "weather", "virus", "pandemic", "epidemic", "outbreak", "disease", "problem",
    "issue", "scandal", "controversy", "use", "behavior", "behaviour", "spread", "rise",
    "growth", "decline", "fallout", "stew", "mess", "dysfunction", "corruption", "poverty"})
"""What threatens to happen without anyone threatening it: "Yemen's instability threatened to
derail the effort", "the virus threatens to overwhelm hospitals"."""
OWN_ACT_FRAMES = frozenset({"intend", "prepare", "threaten", "refuse", "intend-adjective", "claim",
                            "consider", "fail"})
"""Frames about the speaker's own act: a "that" clause completes them only when its subject
is the speaker again ("agreed that they should cooperate")."""
PREPOSITIONAL_PARTICIPLES = frozenset({"given", "granted", "considering", "concerning",
                                       "regarding", "including", "excluding", "following",
                                       "barring", "pending"})
FACILITIES = frozenset({"church", "mosque", "temple", "synagogue", "shrine", "school", "hospital",
                        "clinic", "market", "embassy", "consulate", "hotel", "bus", "train",
                        "airport", "checkpoint", "station", "restaurant", "cafe", "stadium",
                        "office", "pipeline", "bridge", "subway", "metro", "nightclub", "mall",
                        "university", "camp", "prison", "jail", "courthouse", "parliament",
                        "ministry", "headquarters", "compound", "convoy", "village", "town"})
"""Places a modifier of an attack noun names as hit: "the church blasts"."""
HOLDING_VERBS = frozenset({"host", "house", "shelter", "hold", "accommodate", "contain"})
"""Verbs whose bare participle after a place says what the place holds."""
TOPIC_ROOTS = frozenset({"09", "16"})
"""Roots of noun events whose place-name modifier is what they act on ("the Russia probe")."""
CONCLUSIONS = frozenset({"true", "false", "right", "wrong", "correct", "incorrect", "mistaken",
                         "accurate", "real", "genuine", "aware", "joking", "kidding",
                         "responsible", "guilty", "culpable"})
"""Adjectives of a "must be" that concludes, not demands: "the rumors must be true", "the
rebels must be responsible" (a demand asks that they "be held responsible")."""
CULPRITS = frozenset({"work", "culprit", "perpetrator", "author", "one"})
"""Nouns of a "must be" that names who did it: "the attack must be the work of the rebels"."""
CARRIERS = frozenset({"package", "convoy", "shipment", "delivery", "flight", "program", "programme",
                      "operation", "mission", "campaign", "effort", "drive", "spree", "wave",
                      "blitz", "bill", "money", "funding", "fund", "supply", "payment",
                      "plan", "scheme", "request", "offer", "call"})
"""Nouns that carry the event noun before them ("an aid package", "an attack plan"): that one
is still an event (unlike "an aid worker", "an attack helicopter")."""
REMEMBRANCES = frozenset({"veteran", "survivor", "hero", "widow", "orphan", "memorial", "museum",
                          "monument", "anniversary", "commemoration", "cemetery"})
"""Nouns that an event noun before them dates to the past ("a Vietnam War veteran", "the Iraq
war memorial")."""
PLAN_VERBS = {"threat": "threaten", "proposal": "propose", "intention": "intend",
              "intent": "intend"}
"""The frame verb of a plan noun whose lemma is not one ("Iran's threat to close ...")."""
KIND_ADJECTIVES = frozenset({"official", "criminal", "civil", "executive"})
"""Role words that, as adjectives of an event noun, say its kind, not who does it ("a civil
war" is fought by anyone, "an executive agreement" made by no business executive)."""
WORDING = frozenset({"word", "term", "phrase", "label", "expression", "slogan", "hashtag",
                     "headline", "euphemism", "buzzword", "catchphrase"})
"""Nouns whose apposition is words said, not an act ("the term Islamic terrorism")."""


def _what_it_was(noun: Token) -> bool:
    """An event noun that says what "it" or "this" was ("said it was a terrorist attack"),
    with no one named who did it ("it was an attack by Russia" is Russia's)."""
    return (noun.dep_ == "attr" and noun.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that")
                    for c in noun.head.children)
            and not any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
                        for c in noun.children))


def _words_named(noun: Token) -> bool:
    """An event noun that is the wording a word of speech names ("the words 'radical Islamic
    terrorism'", "the term genocide")."""
    return noun.dep_ in ("appos", "compound", "npadvmod", "attr") and (
        noun.head.lemma_.lower() in WORDING)


NAMING = frozenset({"call", "dub", "nickname", "name", "label", "brand"})
"""Verbs of what someone is called ("as his fellow students called him")."""


def _name_given(verb: Token) -> bool:
    """A verb of naming in an aside saying what someone or something is called ("Jahar, as his
    fellow students called him, ...": no phone call; "As Trump called Putin, ..." still is one)."""
    start = verb.left_edge.i
    return (verb.lemma_.lower() in NAMING and start > 0 and verb.doc[start - 1].text == ","
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children))


HELP_NOUNS = frozenset({"aid", "assistance", "cooperation", "support", "help", "funding",
                        "training", "supply"})
"""Nouns of what is given or done together, which a role adjective may say the kind of."""
KINDS_OF_HELP = frozenset({"military", "security", "police"})
"""Role words that, as adjectives of aid or cooperation, say what is given or done together
("military aid", "security assistance", "military cooperation"), not who does it ("military
exercises" are the military's)."""
AID_RECIPIENTS = frozenset({"student", "refugee", "victim", "family", "farmer", "farm", "child",
                            "veteran", "worker", "patient", "civilian", "survivor", "migrant",
                            "orphan", "widow", "school", "hospital", "flood", "disaster",
                            "earthquake", "famine", "drought", "storm", "hurricane"})
"""Nouns that, before a word of aid, say whom or what it is for ("student aid", "flood
assistance"), not who gives it ("government aid", "U.S. aid")."""
ERRAND_CODES = frozenset({"040", "042", "043"})
"""Plain contacts and visits: made for a more specific consultation ("to mediate", "to
negotiate"), that one is the event."""
ASPECTUAL_VERBS = frozenset({"resume", "continue", "start", "begin", "keep", "stop", "restart",
                             "intensify", "strengthen", "escalate", "expand", "step", "increase",
                             "widen", "deepen", "extend", "boost", "ramp", "redouble",
                             "accelerate"})
"""Verbs whose own complement is the event a frame is about ("vowed to resume talks", "vowed
to strengthen its crackdown on protesters")."""
PEACEFUL_PURPOSES = COOPERATIVE_ROOTS | {"09"}
"""Purposes that make sending forces no show of force: cooperation, aid, investigation."""
REFUSAL_AUX = frozenset({"will", "would", "wo", "shall"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
STATEMENT_CODE, NO_COMMENT_CODE, DENIAL_CODE = "010", "011", "016"
SILENCE_LEMMAS = frozenset({"comment", "confirm", "elaborate", "say"})
"""Saying verbs whose negation is declining comment ("did not comment", "would not say")."""
ANSWERING_LEMMAS = frozenset({"respond", "reply"})
QUESTIONS = frozenset({"request", "question", "inquiry", "enquiry", "query", "call", "email",
                       "e-mail", "message"})
"""What not answering declines: "did not respond to a request for comment" (not "did not
respond to the attack")."""
CLAUSE_MODALS = frozenset({"should", "would", "will", "shall", "'d", "'ll"})
"""A "that" clause with one of these completes a frame verb like an infinitive ("agreed that
they should cooperate", "threatened that it would retaliate")."""
PROMISABLE_ROOTS = frozenset({"05", "06", "07", "08"})
"""A meeting announced for later is still coded as a meeting (04); promises of support,
cooperation, aid or concessions are intents (03x)."""
THREATENABLE_ROOTS = frozenset({"14", "16", "17", "18", "19", "20"})
"""Conflict announced for later is a threat (13x): protests and boycotts, sanctions, coercion,
attacks."""
FORCE_ROOT = "15"
THREAT_ROOT = "13"
ASKING_ROOTS = frozenset({"02", "10"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob"})
ARMED_CODES = frozenset({"1712", "180", "183", "190", "193"})
"""Destruction, unconventional violence and plain fighting, made specific by the weapon used."""
WEAPON_CODES = {**dict.fromkeys(("missile", "rocket", "airstrike", "warplane", "jet", "bomber",
                                 "helicopter", "aircraft"), "195"),
                **dict.fromkeys(("drone",), "1952"),
                **dict.fromkeys(("artillery", "shell", "shelling", "tank", "mortar", "howitzer"),
                                "194")}
RIOT_ROOTS = frozenset({"17", "18"})
FIGHTING_ROOTS = frozenset({"19", "20"})
"""Roots of force used from a place, so that an agentless passive's "from" place is its side."""
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
"""Roots of acts done in words or by inquiry: statements to threats, with investigations (09);
not CAMEO's verbal quad classes, which leave out 09 and take in protests (14)."""
RIOT_CODES = frozenset({"190"})
VISIT = "042"
CARRYING = frozenset({"fly", "ferry", "drive", "carry", "transport", "airlift", "shuttle"})
"""Verbs of travel that also carry others: "the plane flew them to Ayrshire" (they travel)."""
SHOW_OF_FORCE_ROOT = "15"
PROTEST_CODE = "141"
"""What protesters do that would be a show of force from troops is a demonstration."""
RIOT_CODE = "145"
"""Coercion, assault or plain fighting by protesters is a violent protest (CAMEO 145): "the
building was demolished by protesters", "rioters attacked the police"; weapons stay 19x
("demonstrators fired missiles at ...")."""
FRAME_FLOOR = 0.6
"""The least confidence a frame's complement lends it."""
ANSWERABLE = frozenset({"responsible", "culpable", "accountable"})
"""Adjectives that, with "for" a violent deed, lay it on their subject."""
BLAMED_DEEDS = VIOLENT_NOUNS | {"war", "violence", "assassination", "kidnapping", "abduction",
                                "hijacking", "bombardment", "shelling", "murder", "death",
                                "poisoning", "plot", "incursion", "invasion", "hack", "hacking",
                                "cyberattack", "sabotage", "crime", "atrocity"}
"""Deeds that, laid on someone ("were behind the bombing"), accuse them."""
FIGHT_ROOT = "19"
"""The root a deed laid on someone is read as when it is no event of its own."""
FIRST_PERSON = frozenset({"we", "i"})
"""Subjects that make "must" the speaker's own resolve, not a demand on others."""
SELF_BLAMING = FIRST_PERSON | {"it"}
"""Subjects a speaker lays a deed on that are the speaker: "Hamas said it was behind it"."""
MISHAPS = frozenset({"crash", "collapse", "sink", "capsize", "derail"})
"""Verbs of a mishap whose "-ing" result is no one's act ("crashed, killing all aboard")."""
BORNE = frozenset({"pay", "bear", "shoulder", "absorb"})
"""Verbs whose object (a tariff, a fine) is borne by their subject, not imposed by it."""
QUESTION_MARKS = frozenset({"if", "whether"})
"""Words that open a clause of what is asked about, not asked for."""
HELD_WORDS = frozenset({"hostage", "captive"})
"""Words that say someone is held ("taken hostage", "held captive")."""
CLAIMING_PRONOUNS = frozenset({"they", "it", "we", "he", "she", "i"})
"""Subjects of reported violence that make a claim the speaker's own ("claimed that they
attacked")."""
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})
"""Possessors that make reported violence the speaker's own side's ("said its forces struck")."""
PERFECT_AUX = frozenset({"has", "have", "'ve"})
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning", "into"})
"""A noun event after these is what is talked about or looked into, not something the subject
does ("opened an investigation into the attack")."""
CONSULT_ROOT = "04"
SIGN_AGREEMENT = "057"
COERCE_ROOT = "17"
AID_ROOT = "07"
YIELD_ROOT = "08"
IMPOSE_SANCTIONS = "163"
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves",
                        "yourself", "yourselves"})
"""Objects that make a restriction one's own choice ("limited himself to speeches")."""
SELF_HARM = frozenset({"kill", "shoot", "hang", "stab", "poison", "wound", "injure"})
"""Verbs that with a reflexive object hurt no one else ("a suicide bomber blew himself up"
still attacks)."""
STANCE_HOLDERS = frozenset({"opponent", "critic", "supporter", "proponent", "foe", "detractor",
                            "backer", "advocate", "defender", "champion", "skeptic", "sceptic",
                            "fan", "enemy"})
"""Nouns for those for or against an agreement ("an opponent of the deal"): no deal is made."""
EXITS = frozenset({"withdrawal", "exit", "pullout", "departure", "abandonment", "collapse",
                   "violation", "breach", "termination", "repeal", "scrapping"})
"""Nouns of an agreement's end: what they are of or from is no agreement made now."""
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
"""Determiners of an agreement the story already told of."""
TERMS_OF_AGREEMENTS = frozenset({"expire", "lapse", "remain", "allow", "require", "permit",
                                 "prohibit", "ban", "bar", "limit", "restrict", "govern", "cover",
                                 "stipulate", "provide", "oblige", "forbid", "guarantee", "grant",
                                 "entitle", "commit"})
"""What an agreement in force does: "the treaty expires in 2047", "the deal limits ..."."""
SANCTIONS_MET = frozenset({"comply", "violate", "breach", "evade", "circumvent", "flout", "defy",
                           "skirt", "bust", "escape", "withstand", "survive", "weather", "blame",
                           "cite", "undermine", "suffer", "feel", "endure"})
"""Verbs whose sanctions are already in force ("evaded the sanctions"): no imposing now."""
MANNERS_OF_SPEAKING = frozenset({"broadly", "generally", "strictly", "frankly", "technically",
                                 "roughly", "historically", "politically", "relatively",
                                 "practically", "legally", "loosely", "comparatively"})
"""Adverbs of a bare "speaking" that says how something is put ("broadly speaking")."""
SUBJECT_MATTERS = AGREEMENTS | {"plan", "proposal", "talks", "negotiation"}
"""Nouns an event noun before them only says the subject of ("a ceasefire agreement")."""
FORMATS = frozenset({"show", "program", "programme", "radio", "format", "circuit"})
"""Nouns an event noun before them names a kind of, no event ("talk shows", "talk radio", "the
lecture circuit"; "the summit host" still hosts a summit)."""
VISITS = frozenset({"042", "043", "044"})
"""Visits, hosted or not, whose "on" may be where ("visits to the site on Haiti's coast")."""
LOCATIVE_TARGET_ROOTS = frozenset({"04", "09", "14", "15", "17", "18", "19", "20"})
"""Meetings, investigations, protests, shows of force, coercion and attacks with no other target
are aimed at the host country ("met in Zurich" -> CHE, "inspected the refineries in Iran" ->
IRN, "protested in Beijing" -> CHN, "struck targets in Gaza" -> PSE), as PETRARCH-style CAMEO
coders do; meetings and investigations only abroad (``coder.AWAY_ROOTS``)."""
LOCATIVE_TARGET_CODES = frozenset({"015", "018"})
"""Claims of responsibility and condolences are aimed at the place of the tragedy ("claimed
the attack on a mall in Nairobi" -> KEN, "sympathy for the victims in Paris" -> FRA); only
patterns naming what is claimed or felt ("acknowledged an affair" is aimed nowhere)."""


DESTROYING = frozenset({"destroy", "damage", "demolish", "burn", "wreck", "scuttle", "dismantle",
                        "blow", "raze", "sabotage"})
"""Verbs of harm to things, which one may do to one's own ("destroyed its own stockpile"): with
seizing and damaging property (17x), no attack on anyone then."""
PEOPLE_OWNED = frozenset({
    "citizen", "people", "civilian", "soldier", "troop", "member", "supporter", "official",
    "worker", "population", "protester", "protestor", "leader", "neighbor", "neighbour", "ally",
    "enemy", "rival", "opponent", "critic", "child", "man", "woman", "family", "national",
    "resident", "student", "journalist", "dissident", "minority", "villager", "follower"})
"""People one may harm though they are one's own ("killed its own citizens")."""


def _own_thing(obj: Token | None, subjects: list[Token]) -> bool:
    """A thing of the subject's own: "its propellers" after one subject, or "their own
    weapons"; not people ("its own citizens"), nor "their homes" (whose, the text decides)."""
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in PEOPLE_OWNED:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"]
    own = any(c.lower_ == "own" for c in obj.children if c.dep_ == "amod")
    return len(owners) == 1 and owners[0].pos_ == "PRON" and (own or (
        owners[0].lower_ == "its" and len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP")))


@dataclass(frozen=True, slots=True)
class Trigger:
    """A pattern (or frame) that fired, with where to look for its arguments."""

    token: Token
    code: str
    pattern_id: str
    confidence: float
    symmetric: bool
    sources: list[Token]
    targets: list[Token]
    reciprocal: bool = True
    """Symmetric events with a target are also coded target -> source ("X met Y")."""
    fallback_targets: tuple[Token, ...] = ()
    """Targets used only when ``targets`` yield no actor (the host of a meeting)."""
    after: int = -1
    """Code this trigger after the one at this token (an accusation after the reported act,
    so that the act's "it" is read before the accusation's actors are remembered)."""
    others_only: bool = False
    """Targets of the source's own country are dropped ("Russia said its forces struck")."""
    hosted: bool = False
    """With no target actor, the event is aimed at where it happened (``fallback_targets``,
    else the event's place)."""
    plover: str | None = None
    """The pattern's own PLOVER type/mode, while ``code`` is still the pattern's code."""
    joint: str | None = None
    """The code when several countries act together (``Pattern.joint``)."""
    needs_target: bool = False
    """Coded only when ``targets`` name an actor (``Pattern.needs_target``): "received the
    Saudi minister" hosts him, "received threats" hosts no one."""


class TriggerFinder:
    """Finds triggers with the event lexicon; re-codes them by modality (refusals, intents)."""

    def __init__(self, events: EventLexicon, ontology: Ontology) -> None:
        self.events = events
        self.ontology = ontology

    def find(self, sent: Span) -> list[Trigger]:
        """The triggers of one sentence, with where to look for their arguments."""
        found: list[Trigger] = []
        consumed: set[int] = set()
        merged: set[int] = set()  # modifiers a pattern read with its word ("war game")
        for token in sent:
            if token.i in consumed or token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
                continue
            if token.pos_ == "VERB" and ((token.dep_ in ("amod", "prep", "compound", "nmod")
                                          and not misread_modifier(token))
                                         or _prepositional(token)):
                continue  # "U.S.-backed fighters", "a banned party", "a hit squad": a
                # description, no event; "given his refusal", "following the talks": a preposition
            if token.dep_ == "compound" and token.head.lemma_.lower() in SUBJECT_MATTERS:
                continue  # "a troop withdrawal agreement", "a ceasefire deal": what it is about
            if token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in FORMATS:
                continue  # "several television news talk shows": a kind of programme
            if in_charge(token):
                continue  # "the judge in charge of the facility"
            if (token.tag_ == "VBN" and token.dep_ == "conj" and token.head.tag_ != "VBN"
                    and not any(c.dep_ not in ("punct", "cc") for c in token.children)):
                continue  # "condolences to the families of the dead and injured": people
            if token.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in MANNERS_OF_SPEAKING
                                           for c in token.children) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                continue  # "broadly speaking, ...": a manner of putting it, no one speaks
            trigger = self._frame(token, consumed) if token.pos_ in ("VERB", "ADJ") else None
            if trigger is None and token.i in consumed:
                continue  # a frame whose complement is no act of the kind ("sought to show")
            if trigger is None:
                match = self.events.best_match(token)
                if match is None:
                    continue
                if match.object_token is not None:  # "took charge": no charge either
                    consumed.add(match.object_token.i)
                if self._undone_by_verb(token, match):
                    continue
                merged.update(_read_modifiers(match))
                if match.pattern.code == NO_EVENT:  # "meet the deadline"
                    continue
                if _dismissal(token, match):
                    continue  # "Obama fired Flynn", "Comey was fired": no shots
                if _danger(token):
                    continue  # "the Islamic State threat", "the threat posed by Iran"
                if (match.object_token is not None and not match.pattern.particle
                        and _stance(match.object_token)):
                    continue  # "took a position against the program": a view, no post
                if (match.pattern.code.startswith((COERCE_ROOT, AID_ROOT))
                        or token.lemma_.lower() in SELF_HARM) and any(
                        c.dep_ in ("dobj", "dative") and c.lower_ in REFLEXIVES
                        and not c.conjuncts for c in token.children):
                    continue  # "limited himself to speeches": no one else is restricted; "the
                    # guard shot himself", "the gunman killed himself": no one else is hurt;
                    # "gave itself a new constitution", "armed themselves": no one else helped
                    # (but "would protect itself and its allies")
                if (match.pattern.code == SIGN_AGREEMENT and _referenced(token)
                        and modality(token) == ASSERTED):
                    continue  # "pulled out of the Iran deal": no agreement signed now (a
                    # "proposed deal" criticised stays the proposal it is)
                if match.pattern.code == IMPOSE_SANCTIONS and _referenced(token, SANCTIONS_MET):
                    continue  # "must comply with UN sanctions", "under sanctions": in force
                trigger = self._plain(match)
                if trigger is not None:
                    trigger = self._planned(trigger)
            if trigger is not None and not self._incidental(token, trigger):
                found.append(trigger)
        found = self._drop_purposes([t for t in found if t.token.i not in merged])
        return _drop_demanded(_drop_reporting(
            self._blames(sent, self._claims(sent, self._demands(sent, found, consumed)))))

    def _undone_by_verb(self, noun: Token, match: Match) -> bool:
        """An event noun a later verb takes as its passive subject and undoes: "U.S. sanctions
        will be suspended" eases them, imposes none (a verb read before its object consumes it;
        "sanctions were imposed" stays the noun's, and "the offer was rejected" was made)."""
        if match.pattern.pos != "noun" or noun.dep_ != "nsubjpass":
            return False
        held = self.events.best_match(noun.head)
        if held is None or held.object_token is None or held.object_token.i != noun.i:
            return False
        return held.pattern.code != NO_EVENT and (
            self.ontology.get(held.pattern.code).root == YIELD_ROOT
            and self.ontology.get(match.pattern.code).root != YIELD_ROOT)

    def _planned(self, trigger: Trigger) -> Trigger:
        """What someone's plan, offer or threat is to do is their intent or threat, coded as
        the verb would be ("the Government's plans to impose restrictions" is the government's
        threat, as "the government plans to impose" is); a plan of no one named is only
        hypothetical (``structure.modality``)."""
        token = trigger.token
        noun = token.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not (token.dep_ == "acl" and has_aux(token, {"to"}) and owners
                and noun.lemma_.lower() in INTENT_PLANS):
            return trigger
        verb = PLAN_VERBS.get(noun.lemma_.lower(), noun.lemma_.lower())
        frame = next((f for f in self.events.frames.get(verb, ()) if f.id in OWN_ACT_FRAMES),
                     None)
        if frame is None:
            return trigger
        code = frame.code_for(self.ontology.get(trigger.code).root)
        if code in (NO_EVENT, SAME_CODE):
            return trigger
        return replace(trigger, code=code, pattern_id=f"frame:{frame.id}+{trigger.pattern_id}",
                       sources=owners, symmetric=False, reciprocal=False)

    def _incidental(self, token: Token, trigger: Trigger) -> bool:
        """A trigger that reports no event of its own: background, a place's contents, a
        state of danger, or a description."""
        return (_background(token) or self._houses(token)
                or _endangered(token, self.ontology.get(trigger.code).root)
                or self._describes(token) or _in_quoted_title(token))

    def _reasons_owners(self, target: Token) -> list[Token]:
        """An act that something is "over" is its reason: it is aimed at whoever did that act,
        not at what the act was about ("sanctions imposed over its invasion of Ukraine" are not
        aimed at Ukraine, "concerns over Russia's missile shipment" are Russia's; "sanctions over
        Crimea" are aimed at Crimea)."""
        if not (target.dep_ == "pobj" and target.head.lower_ == "over" and target.pos_ == "NOUN"
                and self.events.best_match(target) is not None):
            return [target]
        return [c for c in target.children if c.dep_ == "poss"]

    @staticmethod
    def _houses(token: Token) -> bool:
        """A bare participle that says what the place just named holds: "attacked a camp outside
        Afgoye, hosting government forces" (the parser hangs it on the verb)."""
        if token.lemma_.lower() not in HOLDING_VERBS or not _bare_participle(token):
            return False
        return any(c.dep_ == "dobj" and c.lemma_.lower() in FACILITIES for c in token.head.children)

    def _describes(self, noun: Token) -> bool:
        """An event noun that describes someone or something by the past is no event ("a Vietnam
        War veteran"), nor one that says what another one was: "the attack was a
        spontaneous response and not a terrorist attack", "the bombing was the deadliest attack
        this year", or what something is called or considered: "Iran is considered a threat"."""
        if noun.dep_ == "oprd" and noun.pos_ == "NOUN":
            return True
        if noun.pos_ == "NOUN" and _described_as(noun):
            return True  # "characterized the assault as a protest rather than a terrorist
            # attack", "defined as a war between America and Islam": a name given
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in NAMING_VERBS and any(
                c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children):
            return True  # "called ISIS a threat" (parsed as two objects): a name given
        noun = first_conjunct(noun)
        head = noun.head
        if (noun.dep_ == "nsubj" and head.lemma_.lower() in SAYING
                and noun.lemma_.lower() in BODIES_AS_EVENTS):
            return True  # "the Saudi prosecution has acknowledged that ...": prosecutors speak
        if noun.dep_ == "compound" and head.lemma_.lower() in REMEMBRANCES:
            return True  # "Vietnam War veteran", "a Holocaust memorial": history, no event
        if _named(noun) and (match := self.events.best_match(noun)) is not None and (
                match.pattern.code == NO_EVENT  # (a stop pattern has no root)
                or self.ontology.get(match.pattern.code).root not in VIOLENT_ROOTS):
            return True  # "the US-Australia Free Trade Agreement" ("the Iraq War began" is one)
        if (noun.dep_ == "compound" and head.pos_ == "NOUN" and noun.pos_ == "NOUN"
                and head.lemma_.lower() not in CARRIERS and self.events.best_match(head) is None):
            return True  # "a family assistance center", "attack helicopters", "threat level"
        return (noun.dep_ == "attr" and head.lemma_ == "be"
                and any(s.dep_ in ("nsubj", "nsubjpass") and self.events.best_match(s) is not None
                        for s in head.children))

    def _drop_purposes(self, found: list[Trigger]) -> list[Trigger]:
        """A purpose of the same kind is the event's content, not a second event: "will meet
        in Zurich to discuss trade" is one meeting; troops sent to help or to train are the
        help or the training, not a show of force ("deployed to Nigeria to train soldiers", "sent
        personnel to investigate")."""
        by_token = {t.token.i: t for t in found}
        roots = {i: self.ontology.get(t.code).root for i, t in by_token.items()}
        # each purpose ("to discuss", "to train") with the trigger it serves
        served = {t.token.i: by_token[t.token.head.i] for t in found
                  if t.token.dep_ in ("advcl", "xcomp") and has_aux(t.token, {"to"})
                  and t.token.head.i in by_token}
        purposes = {head.token.i: roots[i] for i, head in served.items()}
        same_kind = {i for i, head in served.items() if roots[head.token.i] == roots[i]}
        # a visit or plain contact made to mediate or negotiate is the mediation ("sent a
        # delegation to Israel to mediate"): the purpose stays, the errand goes
        errands = {served[i].token.i for i in same_kind
                   if served[i].code in ERRAND_CODES and by_token[i].code not in ERRAND_CODES}
        return [replace(t, targets=[*t.targets, *by_token[t.token.head.i].targets])
                if t.token.i in same_kind and t.token.head.i in errands else t  # "... to Israel"
                for t in found
                if t.token.i not in errands
                and not (roots[t.token.i] == FORCE_ROOT
                         and purposes.get(t.token.i) in PEACEFUL_PURPOSES)
                and not (t.token.i in same_kind and t.token.head.i not in errands)]

    def _demands(self, sent: Span, found: list[Trigger], consumed: set[int]) -> list[Trigger]:
        """"X said Y must do Z" is X's demand on Y (CAMEO 10x), whatever Z is."""
        demand = self.events.frames_by_id.get("demand")
        if demand is None:
            return found
        by_token = {t.token.i: t for t in found}
        result = list(found)
        asked: set[int] = set()  # what a demand asks for is its content, purposes and all
        for token in sent:
            verb = _saying_verb(token)
            if verb is None or token.i in consumed:
                continue
            if not has_aux(token, {"must"}) or not self._speaks(verb):
                continue  # "which means India must pay" is no demand
            if _copular(token) or has_aux(token, {"have"}):
                continue  # "the rumors must be true", "it must have been taken late": a
                # conclusion, no demand
            speakers = subject_heads(token)
            if any(s.lower_ in FIRST_PERSON for s in speakers) or (
                    len(speakers) > 1 and any(s.lower_ in ("he", "she") for s in speakers)):
                continue  # "we must balance this relationship," Trump said: his own resolve
                # (and "said that he and Reid must deal with the crazies": theirs)
            inner = by_token.get(token.i)
            asked.update(t.i for t in token.subtree)
            # "said" as a statement, "issued a warning" as a threat: the demand itself
            said = by_token.get(verb.i)
            if said is not None and said in result and said.code[:2] in (SPEECH_ROOT,
                                                                          THREAT_ROOT):
                result.remove(said)
            root = self.ontology.get(inner.code).root if inner else None
            # "reminded Iraq that it must ...": "it" is the one reminded
            # (a named object: "told reporters that they must" addresses no one in particular)
            addressed = [c for c in verb.children if c.dep_ == "dative" or (
                c.dep_ == "dobj" and c.pos_ != "NOUN")] + prep_objects(verb, "to")
            if token.head.i != verb.i:  # "issued a reminder to Iraq that it must ..."
                addressed += prep_objects(token.head, "to")
            told = [s for s in subject_heads(token) if s.pos_ != "PRON"] or addressed
            targets = told + subject_heads(token) + (inner.targets if inner else [])
            pattern_id = "frame:demand-must" + (f"+{inner.pattern_id}" if inner else "")
            result.append(Trigger(verb, demand.code_for(root), pattern_id, 0.6, False,
                                  subject_heads(verb), targets, reciprocal=False))
        # "said US forces must ensure security to allow supplies in": nothing asked happened
        return [t for t in result if t.token.i not in asked]

    def _speaks(self, verb: Token) -> bool:
        """Whether the verb says, asks or demands something (a statement, appeal or demand
        pattern fires on it)."""
        match = self.events.match(verb)
        return match is not None and self.ontology.get(match.pattern.code).root in SPEAKING_ROOTS

    def _claims(self, sent: Span, found: list[Trigger]) -> list[Trigger]:
        """Reported violence behind "claim"/"allege": "X claimed that they attacked Y" is X
        claiming responsibility (frame ``claim``, 015, target Y); "X claimed / alleged that Y
        attacked Z" is X accusing Y (frame ``allege``, 112). "X said Y attacked Z" stays Y's
        attack, and is also X accusing Y (frame ``report``) when X speaks first."""
        frames = (self.events.frames_by_id.get("claim"), self.events.frames_by_id.get("allege"))
        report = self.events.frames_by_id.get("report")
        if frames == (None, None) and report is None:
            return found
        by_token = {t.token.i: t for t in found}
        result = list(found)
        for token in sent:
            inner = by_token.get(token.i)
            verb = token.head if token.dep_ == "ccomp" else reporting_verb(token)
            if inner is None or verb is None or verb.pos_ != "VERB" or inner not in result:
                continue
            root = self.ontology.get(inner.code).root
            speakers = subject_heads(verb)
            if root not in VIOLENT_ROOTS or not speakers or not inner.sources:
                continue
            if modality(token) != ASSERTED:
                continue  # "claimed Russia would not have invaded Crimea": nothing claimed done
            own = all(s.lower_ in CLAIMING_PRONOUNS for s in inner.sources) or _owned(
                inner.sources)  # "claimed that its fighters attacked the base"
            frame = frames[0] if own else frames[1]
            lemma = verb.lemma_.lower()
            if report is not None and not own and lemma in report.verbs and verb.i < token.i:
                if not _owned(inner.sources):
                    result.append(Trigger(verb, report.code_for(root),
                                          f"frame:{report.id}+{inner.pattern_id}", 0.3, False,
                                          speakers, inner.sources, reciprocal=False,
                                          after=token.i, others_only=True))
                continue
            if frame is None or lemma not in frame.verbs:
                continue
            result.remove(inner)
            # "claimed that ISIL had attacked Iraq and taken Mosul": all of it is claimed
            result = [t for t in result if t.token not in token.conjuncts]
            # "claimed" as a statement, "alleged" as an accusation
            _drop_plain(result, by_token.get(verb.i))
            result.append(Trigger(verb, frame.code_for(root),
                                  f"frame:{frame.id}+{inner.pattern_id}", 0.6, False, speakers,
                                  inner.targets if own else inner.sources, reciprocal=False,
                                  fallback_targets=inner.fallback_targets if own else (),
                                  hosted=own and inner.hosted))
        return _charges(result, frames[1])

    def _blames(self, sent: Span, found: list[Trigger]) -> list[Trigger]:
        """"Zarif said the rebels were behind the attack", "... were responsible for the
        bombing": the speaker accuses them (frame ``allege``), and "we were behind it" claims
        it (frame ``claim``), as for reported attacks; a trailing attribution ("the rebels were
        behind it, officials said") only reports."""
        claim, allege = (self.events.frames_by_id.get("claim"),
                         self.events.frames_by_id.get("allege"))
        report = self.events.frames_by_id.get("report")
        if allege is None:
            return found
        by_token = {t.token.i: t for t in found}
        result = list(found)
        for token in sent:
            deed = _blamed_for(token)
            verb = token.head if token.dep_ == "ccomp" else None
            if deed is None or verb is None or verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            reported = report is not None and lemma in report.verbs and verb.i < token.i
            blamed = subject_heads(token)
            speakers = subject_heads(verb)
            if not (reported or lemma in allege.verbs) or not blamed or not speakers:
                continue
            own = all(b.lower_ in SELF_BLAMING or (
                claim is not None and lemma in claim.verbs and b.lower_ in CLAIMING_PRONOUNS)
                for b in blamed)  # "Hamas said it was behind the bombing"
            frame = claim if own else allege
            if frame is None or modality(token) == NEGATED:
                continue  # ("said the rebels must be behind it" still lays it on them)
            _drop_plain(result, by_token.get(verb.i))  # the statement is the accusation
            act = by_token.get(deed.i)
            root = self.ontology.get(act.code).root if act is not None else FIGHT_ROOT
            result.append(Trigger(verb, frame.code_for(root), f"frame:{frame.id}+blame", 0.5,
                                  False, speakers, [] if own else blamed, reciprocal=False))
        return result

    def _frame(self, token: Token, consumed: set[int]) -> Trigger | None:
        if self.events.frame_verb(token) not in self.events.frames:
            return None
        if token.lemma_.lower() == "call" and not _calls_on(token):
            return None  # "called Morrison on Monday to congratulate him": a phone call
        # "agreed to cooperate", or a clause with a modal: "agreed that they should cooperate"
        # ("asked him if Iran would benefit": a question, nothing asked of Iran)
        complements = [c for c in token.children if c.pos_ == "VERB" and (
            c.dep_ == "xcomp" or (c.dep_ in ("advcl", "ccomp") and has_aux(c, {"to"}))
            or (c.dep_ == "ccomp" and has_aux(c, CLAUSE_MODALS) and not any(
                m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)))]
        if any(c.dep_ == "xcomp" for c in token.children):
            # a verb takes an infinitive or a clause, not both: "wants to be a more dynamic
            # economy, so better protection of rights will help" is no appeal for help
            complements = [c for c in complements if c.dep_ != "ccomp"]
        if not complements:
            return None
        # "agreed to re-open its borders" is parsed "re", "-", "open": the one that is an event
        matched = ((c, self.events.match(c)) for c in complements)
        complement, inner = next(((c, m) for c, m in matched if m is not None),
                                 (complements[0], None))
        stopping = False  # "promised to stop assassinating Hamas leaders"
        if inner is None and complement.lemma_.lower() in ASPECTUAL_VERBS:
            # "prepared to resume shelling": what is resumed is the complement
            stopping = complement.lemma_.lower() in CEASING
            deeper = ((g, self.events.match(g)) for g in complement.children
                      if g.dep_ in ("xcomp", "dobj") and g.pos_ in ("VERB", "NOUN"))
            complement, inner = next(((g, m) for g, m in deeper if m is not None),
                                     (complement, None))
        # "threatened to retaliate with tariffs on U.S. goods": the means is what is
        # threatened, and no act of its own
        means, inner = self._response_means(complement) or (None, inner)
        if inner is not None and _dismissal(inner.token, inner):
            return None  # "wanted to fire Robert Mueller": a dismissal wanted, no shot
        # the one acted on: "urged Iran to", or the infinitive's own subject ("wants Putin to")
        # (in a clause, "they" or "their countries" are the speakers themselves)
        clause = complement.dep_ == "ccomp" and not has_aux(complement, {"to"})
        # "was pressured by Congress to help Iran": Obama is acted on ("is expected to meet"
        # has no one acting on it)
        acted_on = is_passive(token) and any(c.dep_ == "agent" for c in token.children)
        own = [c for c in token.children if c.dep_ in ("dobj", "dative")] + (
            passive_subject(token) if acted_on else []) + [
            c for c in complement.children if c.dep_ == "nsubj"
            and not (clause and _refers_back(c))] + [  # "called on X to"
            o for p in ("on", "upon") for o in prep_objects(token, p)
            if o.ent_type_ not in TIME_ENTITIES] + [
            # "called for each EU member nation to accept refugees", the parser reading the
            # infinitive as the verb's and the one it asks as an object of "for"
            o for o in prep_objects(token, "for") if has_aux(complement, {"to"})
            and complement.left_edge.i == o.right_edge.i + 1 and _names_someone(o)]
        frame = self.events.frame(token, has_object=bool(own))
        if frame is None or (not frame.participle and _bare_participle(token)):
            return None
        if (token.lemma_.lower() in ASSERTING and complement.dep_ == "ccomp"
                and has_aux(complement, PREDICTING_MODALS)):
            return None  # "insisted that Mexico will pay for the wall": a claim of what will
            # be (a statement), not a demand ("insisted that Mexico should pay" demands)
        if inner is None and complement.lemma_.lower() in frame.silent and not any(
                a.dep_ == "aux" and a.lemma_.lower() == "help" for a in complement.children):
            # "wants to know when the FBI learned of it": no intent ("to help identify", which
            # the parser reads as "identify" with "help" for its aux, is help)
            consumed.add(token.i)  # (nor is the verb an event of its own: "sought to show")
            return None
        if clause and frame.id in OWN_ACT_FRAMES and any(
                c.dep_ in ("nsubj", "nsubjpass") and not _refers_back(c)
                for said in (complement, *(c for c in token.children if c.dep_ == "ccomp"))
                for c in said.children):  # (the parser may split the clause in two ccomps)
            # "agreed with the Senate that Canadians should ...", "hoped French officials would
            # be indicted": a view of what others should do, not one's own intent or threat
            return None
        root = self.ontology.get(inner.pattern.code).root if inner else None
        # "threatened to attack the base and kill its commander": all of it is the threat
        # ("urged Trump to stop fighting and to resume talks": the resumed talks are asked for
        # too)
        also = [t for c in {complement, *complements} for t in c.conjuncts
                if t.i != complement.i and t.lemma_.lower() not in self.events.frames]
        consumed.update(t.i for t in (complement, *complements, *also))
        consumed.update(o.i for t in also for o in t.children
                        if o.dep_ == "dobj" and not _performer_named(o))
        # (what a joined verb only keeps is no new event: "to stop attacks and uphold their
        # commitments")
        consumed.update(m.object_token.i for t in also if (m := self.events.best_match(t))
                        is not None and m.pattern.code == NO_EVENT and m.object_token is not None)
        if inner and inner.object_token is not None:
            consumed.add(inner.object_token.i)
        # "ready to host talks", "declined to sign a statement": what a light complement
        # holds or makes is part of what is intended, no event of its own, unless it names its
        # own performer ("refuses to end its occupation": that one goes on; "a hearing to
        # probe the assault": the assault happened)
        if is_light_verb(complement):
            consumed.update(o.i for o in complement.children
                            if o.dep_ == "dobj" and not _performer_named(o))
        # "Syria is willing to withdraw": the adjective's subject is the copula's; one the
        # parser hung on a verb right after a noun describes that noun ("a warning to
        # journalists willing to publish their information")
        before = token.doc[token.i - 1] if token.i > token.sent.start else None
        subjects = ([before] if token.pos_ == "ADJ" and token.dep_ == "advcl" and before is not None
                    and before.pos_ in ("NOUN", "PROPN") and token.head.i < before.i
                    else subject_heads(token.head if token.pos_ == "ADJ" else token))
        if frame.id == WARNING_FRAME and ((subjects and all(
                s.pos_ == "NOUN" and (self.events.match(s) is not None
                                      or s.lemma_.lower() in STATES_OF_AFFAIRS)
                for s in subjects)) or (token.tag_ == "VBG" and token.dep_ == "advcl"
                                        and is_passive(token.head)
                                        and self.events.match(token.head) is not None)):
            # (nor what befalls one: "the executive was arrested in Canada, threatening to
            # drive a wedge between the U.S. and China")
            consumed.add(token.i)  # "his tariff on steel threatens to drive the company out of
            return None  # business": a risk the act brings, no threat anyone makes ("Yemen's
            # instability threatened to derail the effort": nor a state of affairs)
        inner_targets = (target_heads(means or complement, inner.pattern.target, inner.object_token,
                                      inner.pattern.passive_target) if inner
                         else target_heads(complement, (), None, True))
        if means is not None:
            consumed.add(means.i)
            if not inner_targets:  # "to retaliate against Japan with sanctions"
                inner_targets = [o for p in ("to", "against", "on") for o in prep_objects(complement, p)]
        # "willing to send troops to help defend Estonia": the purpose is part of the intent,
        # and its target serves when the complement names none
        # ("refused to allow planes to land and evacuate": none of it happened)
        purposes = [p for p in complement.children if p.pos_ == "VERB" and (
            p.dep_ == "xcomp" or (p.dep_ in ("advcl", "ccomp") and has_aux(p, {"to"})))]
        purposes += [x for p in purposes for x in p.children if x.pos_ == "VERB"
                     and x.dep_ == "xcomp"]
        purposes += [x for p in purposes for x in p.conjuncts if x.pos_ == "VERB"]
        intended = [*purposes, *_further_purposes(purposes)]
        # ... with what they act on: "to allow Iran to send aid" is no aid of its own
        consumed.update(t.i for p in intended
                        for t in (p, *(o for o in p.children if o.dep_ == "dobj")))
        inner_targets += [t for p in purposes for t in target_heads(p, (), None, True)]
        if root == FORCE_ROOT:  # troops sent "to help defend Estonia" are no threat to it
            helping = [self.ontology.get(m.pattern.code).root for p in purposes
                       if (m := self.events.match(p)) is not None]
            root = next((r for r in helping if r in COOPERATIVE_ROOTS), root)
        # (an appeal is aimed at whom it asks, known or not: "urged the president to act
        # against ISIS" is no appeal to ISIS)
        targets = ((with_conjuncts(own) or inner_targets) if frame.target == "object"
                   else inner_targets + with_conjuncts(own))
        code = frame.code_for(root)
        if frame.id == WARNING_FRAME and any(_warned(c) for c in token.children):
            code = frame.default  # the act warned against is the one warned's
        if code == SAME_CODE:
            code = inner.pattern.code if inner else frame.default
        renounced = frame.id in PLEDGE_FRAMES and (
            stopping or any(c.dep_ == "neg" for c in complement.children))
        if renounced:  # "vowed not to attack Israel" pledges restraint, no threat; "vowed not
            # to comply" refuses; "vowed not to resign" is no event; "agreed to stop firing
            # rockets" pledges restraint too, "vowed to stop supporting Assad" refuses
            code = (RESTRAINT if root in CONFLICT_ROOTS else REFUSAL if root in COOPERATIVE_ROOTS
                    else NO_EVENT)
        if code == NO_EVENT:  # "failing to uphold the rights": no event failed
            return None
        pattern_id = (f"frame:{frame.id}" + (f"+{inner.pattern.id}" if inner else "")
                      + ("+not" if renounced else ""))
        # the frame verb itself is evidence: "declined to comment" is sure even though "comment"
        # alone is a weak statement
        confidence = 0.85 * (max(inner.pattern.confidence, FRAME_FLOOR) if inner else 0.7)
        # "threatened to strike targets in Gaza": aimed where the complement would happen
        hosted = inner is not None and (
            self.ontology.get(inner.pattern.code).root in LOCATIVE_TARGET_ROOTS)
        fallback = tuple(_locative_heads(complement, inner.object_token)) if hosted else ()
        # "X vowed to meet Y" is X's act alone; "X and Y agreed to meet" is mutual, and so is
        # anything two sides agree to do ("Seoul and Tokyo agreed to restore their pact")
        mutual = bool(inner and inner.pattern.symmetric) or (
            token.lemma_.lower() == "agree" and (len(subjects) > 1 or any(
                s.conjuncts for s in subjects)))
        return Trigger(token, code, pattern_id, confidence, mutual, subjects, targets,
                       reciprocal=False, fallback_targets=fallback, hosted=hosted)

    def _an_act(self, noun: Token) -> bool:
        """An event noun that is no statement ("the raid", "his visit"; but an inquiry speaks
        its findings: "a Pentagon probe has revealed")."""
        if noun.pos_ != "NOUN":
            return False
        match = self.events.match(noun)
        return match is not None and match.pattern.pos == "noun" and (
            self.ontology.get(match.pattern.code).root not in (SPEECH_ROOT, INQUIRY_ROOT))

    def _response_means(self, verb: Token) -> tuple[Token, Match] | None:
        """The event noun a verb of response has for its means ("retaliated with tariffs"),
        with its pattern, or None."""
        if verb.lemma_.lower() not in RESPONDING:
            return None
        return next(((o, m) for o in prep_objects(verb, "with")
                     if (m := self.events.match(o)) is not None and m.pattern.pos == "noun"), None)

    def _response_deed(self, verb: Token) -> bool:
        """Whether a verb of response says the act it was made by ("retaliated by expelling
        60 diplomats", "retaliated, expelling 60 diplomats")."""
        if verb.lemma_.lower() not in RESPONDING:
            return False
        deeds = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        # (not what one said: "responded to Romney's statement, saying ..." answered Romney)
        deeds += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                  and c.i > verb.i and verb.doc[c.i - 1].text == ","
                  and c.lemma_.lower() not in SAYING]
        return any(self.events.match(g) is not None for g in deeds)

    def _plain(self, match: Match) -> Trigger | None:
        pattern: Pattern = match.pattern
        token = match.token
        root = self.ontology.get(pattern.code).root
        if root == AID_ROOT and not pattern.objects and _lends_a_hand(token):
            return None  # "helped write the law", "help save lives": a hand in that act
        if pattern.pos == "noun" and (_words_named(token) or _what_it_was(token)):
            return None  # "use the words 'radical Islamic terrorism'", "said it was a
            # terrorist attack": words, or what an act was called, no act of its own
        if pattern.pos == "verb" and _name_given(token):
            return None  # "Jahar, as his fellow students called him": a name, no call
        if pattern.pos == "verb" and (self._response_means(token) is not None
                                      or self._response_deed(token)):
            return None  # "retaliated with tariffs", "retaliated by imposing tariffs": the
            # means is the event, no force
        if pattern.pos == "verb" and token.lemma_.lower() in CAUSING_MOTION and any(
                c.tag_ == "VBG" and c.dep_ in ("advcl", "ccomp", "xcomp")
                and c.i == o.right_edge.i + 1 for c in token.children
                for o in token.children if o.dep_ == "dobj"):
            return None  # "sent the administration scrambling", "sent oil prices soaring":
            # what it caused, nothing sent
        if (pattern.pos == "verb" and pattern.objects and match.object_token is not None
                and match.object_token.pos_ == "NOUN"
                and (held := self.events.best_match(match.object_token)) is not None
                and held.pattern.code == NO_EVENT and held.pattern.pos == "noun"
                and held.pattern.objects):
            return None  # "waged a war on drugs": what the noun says is no fighting, the verb
            # does none either
        if pattern.pos == "noun" and token.head.lemma_.lower() in BORNE and token.dep_ in (
                "dobj", "nsubjpass"):
            return None  # "tariffs are paid by the Chinese government": borne, not imposed
        if pattern.pos == "adjective":  # "Russia is skeptical of the plan": the copula's
            sources = subject_heads(token.head)
        elif pattern.pos == "noun" or token.dep_ in NOMINAL_DEPS:  # "in Israeli shelling"
            sources = _noun_sources(token)
        else:
            sources = subject_heads(token)
            if (root in FIGHTING_ROOTS or pattern.code == MILITARY_PROTECTION) and sources and all(
                    s.lemma_.lower() in UNARMED_SUBJECTS for s in sources):
                return None  # "Mueller's inquiry has advanced on multiple fronts": no army;
                # "the Obama-era policy protects young immigrants": no troops
            if root in FIGHTING_ROOTS and any(
                    o.lemma_.lower() in TRIAL_NOUNS for p in ("in", "during")
                    for o in prep_objects(token, p)):
                return None  # "shot down an intercontinental ballistic missile in a
                # simulation": a test, no one fought
            if (root == "17" or token.lemma_.lower() in DESTROYING) and _own_thing(
                    match.object_token or next((c for c in token.children if c.dep_ == "dobj"),
                                               None), sources):
                return None  # "the cruiser damaged its propellers", "Syria destroyed its
                # own chemical weapons": harm to one's own things is no attack on anyone (but
                # "Hamas fired its rockets at Israel" is)
            if root == SPEECH_ROOT and sources and all(self._an_act(s) for s in sources):
                return None  # "Trump's air raid confirms that ...", "Obama's visit sends a
                # message": an act shows it, no one says it
            if not sources:
                sources = _agentless_passive_sources(token, self.events, root)
                if root in FIGHTING_ROOTS and "from" not in pattern.target:
                    # "a rocket was fired at Israel from Gaza": fired from there (captives
                    # "abducted from Sirte" were taken from there, by no one there; "areas
                    # freed from the Islamic State" were taken from it)
                    sources += [o for o in prep_objects(token, "from") if _is_place_name(o)]
            # "rockets fired from Iran slammed into the town": whoever fired the weapon
            sources += [x for w in sources if _weapon(w) is not None
                        for a in w.children if a.dep_ == "acl"
                        for x in (*subject_heads(a), *(o for o in prep_objects(a, "from")
                                                       if _is_place_name(o)))]
        if pattern.symmetric and not sources:
            sources = setting_parties(token)  # "a rebel fires during clashes with the army",
            # "soldiers were killed in fighting with rebels"
        if any(s.lemma_.lower() in ACCIDENTS for s in sources) or (
                token.dep_ == "advcl" and token.tag_ == "VBG"
                and token.head.lemma_.lower() in MISHAPS):
            return None  # "the earthquake that hit Nepal", "the storm flattened the city",
            # "the jet that crashed after takeoff, killing all aboard"
        # whom one cooperates or helps "against" is no partner: "Iran's support for terrorism
        # against the U.S.", "cooperated against Iran"
        order = ((*pattern.target, f"{NOT_TARGET}against")
                 if root in COOPERATIVE_ROOTS and "against" not in pattern.target
                 else pattern.target)
        if root == SPEECH_ROOT:
            # "Trump's comments from Biarritz", "a statement from Beijing": where the words
            # come from, or who speaks, is no one addressed; with no one else named, it is
            # who speaks ("the statement from Kim Yang Gon, secretary of ...")
            order = (*(p for p in order if p != "from"), f"{NOT_TARGET}from")
            if pattern.pos == "noun" and not sources:
                sources = prep_objects(token, "from")
        targets = [owner for t in target_heads(token, order, match.object_token,
                                               pattern.passive_target)
                   for owner in self._reasons_owners(t)]
        if pattern.needs_target and not targets and not (pattern.symmetric and len(sources) > 1):
            return None  # "what it calls", "calls himself an activist": no one called (a
            # "U.S.-Afghan agreement" has its two sides)
        if root == CONSULT_ROOT and pattern.code not in VISITS:
            # "a Security Council meeting on Syria", "talks over the dispute": what is talked
            # about is no party to the talks
            # (nor any topic's conjuncts or examples: "met on crises including Libya and Syria")
            targets = [t for t in targets if not (
                (topic := exemplified(t)).dep_ == "pobj" and topic.head.lower_ in TOPIC_PREPOSITIONS
                and topic.head.head in (token, match.object_token))]
        if pattern.pos == "noun" and not targets and (response := responding_verb(token)):
            # "responded to Japan with a protest", "retaliated with strikes on Gaza"
            targets = [o for p in ("to", "against", "on") for o in prep_objects(response, p)]
        if pattern.pos == "noun":
            acted_on = _acted_on(token, root)
            sources = [s for s in sources if s not in acted_on]
            targets = acted_on + targets
        if pattern.pos == "noun" and (arrival := coming_to_aid(token)) is not None:
            # "Britain came to America's aid": the one who came helps the owner of the aid
            sources = subject_heads(arrival)
            targets = [c for c in token.children if c.dep_ == "poss"]
        if pattern.pos == "noun" and (helpers := _helpers(token)):
            # "made gains with the help of American airstrikes": the helper is the source,
            # those who made gains are helped
            verb = token.head.head
            sources, targets = helpers, (subject_heads(verb) if verb.pos_ in ("VERB", "AUX")
                                         else [])
        if _held_subject(token, match.object_token):  # "sailors, taken hostage in Nigeria"
            held = sources or ([token.head] if token.dep_ == "acl" else [])
            sources, targets = prep_objects(token, "by"), held
        carried = [c for c in token.children if c.dep_ == "dobj"
                   and c.pos_ in ("PRON", "PROPN")] if token.lemma_.lower() in CARRYING else []
        if pattern.code == VISIT and carried:
            sources = with_conjuncts(carried)  # "Air Force One, which flew them to Ayrshire":
            # those flown make the trip
        if pattern.source:  # "Y received aid from X": the giver is the source
            anchors = [token] + ([match.object_token] if match.object_token is not None else [])
            givers = [t for place in pattern.source for a in anchors for t in prep_objects(a, place)]
            sources, targets = givers, sources
        code, pattern_id, symmetric = pattern.code, pattern.id, pattern.symmetric
        weapon = _weapon_code(token) if code in ARMED_CODES else None
        if weapon is not None:  # "blown up by a surface-to-air missile": aerial weapons
            code, pattern_id = weapon, f"{pattern_id}+weapon"
        if ((self.ontology.get(code).root in RIOT_ROOTS or code in RIOT_CODES)
                and sources and all(_crowd(s) for s in sources)):
            # (not "police and protesters clashed": they clashed with each other)
            code, pattern_id, symmetric = RIOT_CODE, f"{pattern_id}+riot", False
        elif (self.ontology.get(code).root == SHOW_OF_FORCE_ROOT and sources
              and all(_crowd(s) for s in sources)):
            # "a protester in a microlight aircraft flew over the resort": a protest, no force
            code, pattern_id = PROTEST_CODE, f"{pattern_id}+protest"
        fallback: tuple[Token, ...] = ()
        hosted = (root in LOCATIVE_TARGET_ROOTS
                  or (pattern.code in LOCATIVE_TARGET_CODES and bool(pattern.objects)))
        if hosted:  # (what talks are about is no venue: "discussed conflicts in Yemen")
            fallback = tuple(_locative_heads(token, match.object_token,
                                             topical=root == CONSULT_ROOT))
        if pattern.pos == "noun" and symmetric:
            between = prep_objects(token, "between")
            # "the Vienna talks between Iran and the US": the sides, not the venue
            named = any(_names_performer(s) for s in sources)
            if len(between) >= 2 and not named:
                sources, targets = between[:1], between[1:]
            elif between and not named:  # "clashes between Indian and Pakistani troops"
                sources = between
        if (pattern.pos == "noun" and symmetric and self.ontology.get(code).root in VIOLENT_ROOTS
                and {t.i for t in targets} & {t.i for t in (
                    *prep_objects(token, "of"), *prep_objects(token, "against"),
                    *(prep_objects(token, "on") if token.lemma_.lower() == "war" else ()))}):
            # "the shooting of two Palestinians by soldiers": one side shot (a meeting "of"
            # party officials still meets them); "Obama's air war against the Islamic State",
            # "leading a war on ISIS" is waged by one side
            symmetric = False
        mutual = [t for t in targets if _each_other(t)]
        if mutual:  # "the United States and Russia accused each other": each the other
            targets = [t for t in targets if t not in mutual]
            symmetric = True
        # "agreed to Egypt's proposal": the owner of what is agreed to made it, and agrees to
        # nothing back ("Japan and Australia agreed to a plan" still agree with each other)
        obj = match.object_token
        proposed = symmetric and obj is not None and any(t.i == obj.i for t in targets) and (
            obj.head.lower_ == "to" or any(c.dep_ == "poss" and c.pos_ != "PRON"
                                           for c in obj.children))
        return Trigger(token, code, pattern_id, pattern.confidence, symmetric, sources, targets,
                       reciprocal=not proposed, fallback_targets=fallback, hosted=hosted,
                       plover=pattern.plover if code == pattern.code else None,
                       joint=pattern.joint, needs_target=pattern.needs_target)

    # -- modality -----------------------------------------------------------------------------

    def recode(self, trigger: Trigger, mode: str) -> tuple[Trigger, str]:
        """Negated future cooperation is a refusal; asserted future cooperation an intent; not
        commenting is declining comment."""
        if mode == NEGATED and trigger.code == STATEMENT_CODE and _silent(trigger.token):
            # "the Kremlin did not comment on the strikes", "would not confirm the report"
            return replace(trigger, code=NO_COMMENT_CODE, plover=None, joint=None,
                           pattern_id=f"{trigger.pattern_id}+silence"), ASSERTED
        if mode == NEGATED:
            return self._as_refusal(trigger, mode)
        if mode == ASSERTED:
            return self._as_intent(trigger), mode
        return trigger, mode

    def _as_refusal(self, trigger: Trigger, mode: str) -> tuple[Trigger, str]:
        """"X will not / would not give aid to Y" is a refusal (12x), as CAMEO codes it."""
        refuse = self.events.frames_by_id.get("refuse")
        root = self.ontology.get(trigger.code).root
        if refuse is None or root not in COOPERATIVE_ROOTS or not has_aux(trigger.token,
                                                                          REFUSAL_AUX):
            return trigger, mode
        code = refuse.code_for(root)
        # a refusal is the refuser's alone: "Pyongyang will not negotiate with the US" is no
        # refusal by the US
        return replace(trigger, code=code, pattern_id=f"{trigger.pattern_id}+refusal",
                       plover=None, joint=None, symmetric=False, reciprocal=False), ASSERTED

    def _as_intent(self, trigger: Trigger) -> Trigger:
        """"X will send aid to Y" is a promise (03x), as CAMEO and PLOVER (AGREE) code it;
        "X will attack Y" or "X will impose sanctions on Y" is a threat (13x): neither has
        happened yet."""
        root = self.ontology.get(trigger.code).root
        frame_id = ("intend" if root in PROMISABLE_ROOTS
                    else "threaten" if root in THREATENABLE_ROOTS else None)
        frame = self.events.frames_by_id.get(frame_id) if frame_id else None
        if (frame is None or trigger.pattern_id.startswith("frame:")
                or not is_future(trigger.token)):
            return trigger
        return replace(trigger, code=frame.code_for(root),
                       pattern_id=f"{trigger.pattern_id}+future", plover=None, joint=None)


def _silent(verb: Token) -> bool:
    """Whether a negated saying verb declines comment."""
    lemma = verb.lemma_.lower()
    return lemma in SILENCE_LEMMAS or (lemma in ANSWERING_LEMMAS and any(
        o.lemma_.lower() in QUESTIONS for o in prep_objects(verb, "to")))


def is_future(token: Token, nominal: bool = False) -> bool:
    """Whether the verb puts the act in the future; "would" is the future of reported speech
    ("Israel announced it would free prisoners"). ``nominal``: a noun event's time is its
    verb's ("the talks will take place next week")."""
    if (nominal and token.pos_ in ("NOUN", "PROPN") and token.dep_ in NOMINAL_DEPS
            and token.dep_ != "pobj"):
        token = token.head
    elif nominal and (setting := setting_verb(token)) is not None:
        token = setting  # "will raise it during talks with Xi": the talks are to come
    if shares_auxiliary(token):  # "said he would bring the troops home and end the wars"
        return is_future(token.head)
    future = FUTURE_AUX | ({"would"} if token.dep_ == "ccomp" else set())
    return has_aux(token, future) or (
        token.dep_ == "xcomp" and token.head.lemma_.lower() in SCHEDULED
        and has_aux(token, {"to"})) or (
        # "will be a topic when the president meets Xi in early June": the present of a time
        # clause is the future of what it times
        token.dep_ in ("advcl", "relcl") and token.tag_ in ("VBZ", "VBP")
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_CLAUSE_MARKS
                for m in token.children)
        and is_future(token.head if token.dep_ == "advcl" else token.head.head))


TIME_CLAUSE_MARKS = frozenset({"when", "after", "before", "once", "until", "whenever"})
"""What opens a clause that times another ("when the president meets Xi")."""
SCHEDULED = frozenset({"expect", "schedule", "slate", "set", "due", "about"})
"""Words whose infinitive is still to come, as after "will": "is expected to attack", "is set
to meet", "is due to sign", "is about to strike"."""


def _background(token: Token) -> bool:
    """A relative clause in the present perfect that describes its actor reports no new event:
    "the militant group, which has seized parts of Iraq and Syria" ("the first time the
    Iranians have fired on a drone" and "where militants had surrounded the consulate" do);
    nor does what an "according to" attribution says of its source."""
    if any(a.lower_ == "according" for a in token.ancestors):
        return True  # "according to a report by a pathologist sent to Israel": attribution
    verb = first_conjunct(token.head if token.dep_ in NOMINAL_DEPS else token)
    return (verb.dep_ == "relcl" and has_aux(verb, PERFECT_AUX)
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children))


SUFFERED = frozenset({"assassination", "murder", "killing", "death", "arrest", "detention",
                      "abduction", "kidnapping", "execution", "capture", "imprisonment",
                      "torture", "beheading", "disappearance", "deportation", "expulsion",
                      "ouster", "overthrow", "removal", "release", "extradition", "jailing",
                      "conviction", "sentencing", "indictment", "impeachment", "firing",
                      "dismissal", "injury", "wounding", "poisoning", "internment", "trial",
                      "interrogation", "persecution", "eviction"})
"""Event nouns whose possessor is who suffered them: "Khashoggi's murder", "Mandela's release",
"his arrest", "his trial"."""


BODIES_AS_EVENTS = frozenset({"prosecution", "defense", "defence", "investigation", "inquiry",
                              "probe", "mission", "delegation", "campaign", "administration",
                              "opposition", "resistance", "coalition", "alliance"})
"""Event nouns that also name the people behind them, who speak: "the prosecution said"."""


def _acted_on(noun: Token, root: str) -> list[Token]:
    """Modifiers of a noun event that name what it acts on, not who acts: a facility before
    an attack ("the church blasts", "the embassy attack": the place was hit), a place before an
    investigation or sanctions ("the Russia probe", "the Iran sanctions"; "the Mueller probe"
    is still Mueller's)."""
    if noun.lemma_.lower() in SUFFERED and not prep_objects(noun, "of"):
        # "Khashoggi's assassination": Khashoggi was killed ("Putin's arrest of Navalny": Putin
        # arrested)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    if root in VIOLENT_ROOTS:
        # ("the Iraq invasion", "the Gaza blockade": the place invaded; not "the U.S.
        # invasion", whose short name is the invader's, nor "the Iraqi invasion of Kuwait")
        seized = noun.lemma_.lower() in INVASIONS and not prep_objects(noun, "of")
        return [c for c in compounds if c.lemma_.lower() in FACILITIES
                or (seized and c.ent_type_ in ("GPE", "LOC") and not c.is_upper
                    and "." not in c.text)]
    if root in TOPIC_ROOTS:
        # ("the Russian sanctions bill": a law named for whom its sanctions strike)
        named = noun.dep_ == "compound" and noun.head.lemma_.lower() in LAWS
        return [c for c in noun.lefts if (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC"))
                or (named and c.dep_ == "amod" and c.text[:1].isupper())]
    return []


LAWS = frozenset({"bill", "act", "law", "legislation", "measure", "package", "amendment"})
"""Nouns of a law that an event noun before names ("the Russian sanctions bill")."""


INVASIONS = frozenset({"invasion", "occupation", "annexation", "blockade", "siege"})
"""Event nouns a place's name before is the victim of ("the Iraq invasion"); not
``structure.SEIZURES``, nouns of taking a thing ("the bank seizure")."""
IN_FORCE = frozenset({"standing", "existing", "longstanding", "long-standing", "current",
                      "previous", "earlier", "old", "original", "former"})
"""Adjectives of an agreement already made ("a standing agreement"), not one signed now."""


NEGOTIATIONS = frozenset({"negotiation", "talk", "discussion", "dialogue", "dialog", "parley"})
"""Nouns of talks whose "for" or "on" agreement is what they aim at."""


def _referenced(noun: Token, verbs: frozenset[str] | None = None) -> bool:
    """An agreement noun that only names an agreement another act is about ("criticized the
    Iran deal", "pulled out of the nuclear deal", "under the accord") or one in force ("the
    treaty expires in 2047"); not one that is reached, signed or struck ("reached a deal" is the
    verb's), nor one that comes into force or is signed ("the deal was signed"). With ``verbs``,
    only what those verbs or "under" take ("complied with the sanctions")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if verbs is None and any(c.dep_ == "amod" and c.lower_ in IN_FORCE for c in noun.lefts):
        return True  # "have a standing agreement", "the existing deal"
    if verbs is None and noun.dep_ != "nsubjpass" and any(
            c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return True  # "weren't ready to give their support to this deal" (but "this deal
        # was signed in 2015")
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return not any(c.dep_ == "acl" for c in noun.children)  # ("under a deal signed in
        # 2010": that signing is told)
    verb = noun.head
    if noun.dep_ == "nsubj":  # "when the treaty expires in 2047", "the deal limits Iran's ...",
        # "the Iran nuclear deal will not spell a sea change" (but "a deal emerged")
        return verbs is None and (noun.head.lemma_.lower() in TERMS_OF_AGREEMENTS or any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children))
    if noun.dep_ == "pobj":
        for _ in range(2):  # "pulled out of the deal"
            if verb.pos_ not in ("ADP", "ADV", "PART"):
                break
            verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in STANCE_HOLDERS | EXITS:
        return verbs is None  # "Flynn, an opponent of the Iran nuclear deal", "Trump's
        # withdrawal from the Iran deal"
    if (verbs is None and verb.pos_ == "NOUN" and verb.lemma_.lower() in NEGOTIATIONS
            and noun.head.lower_ in ("for", "on", "over", "about", "toward", "towards")):
        return True  # "negotiations for a free trade agreement between the UK and the US":
        # what the talks are for, none signed
    if verbs is not None:
        return verb.lemma_.lower() in verbs
    return verb.pos_ in ("VERB", "AUX") and not is_light_verb(verb) and (
        verb.lemma_.lower() not in ARRANGING)


def _named(noun: Token) -> bool:
    """An event noun that ends a capitalised name ("the Free Trade Agreement", "the Camp David
    Accords", "Kool-Aid") names a thing, not an act of the sentence."""
    if (not noun.is_title or noun.i == noun.sent.start or noun.pos_ not in ("NOUN", "PROPN")
            or _headline(noun.sent)):
        return False
    before = noun.nbor(-1)
    if before.text == "-":  # "Kool-Aid"
        return before.i > noun.sent.start and before.nbor(-1).is_title and not (
            before.nbor(-1).ent_type_)
    return any(c.dep_ in ("compound", "amod") and c.is_title and c.i == noun.i - 1
               for c in noun.lefts)


TITLE_LINKS = frozenset({"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with",
                         "at", "by", "from"})
"""Small words a title leaves in lower case ("Meet the Press", "Lies the Government Told You")."""
MAX_TITLE_WORDS = 8


def _in_quoted_title(token: Token) -> bool:
    """A word of a work's title quoted inside a sentence (NBC's "Meet the Press", the book "It
    Takes a Village") names the show or book; it reports no act. Quoted words that open the
    sentence or follow a colon are speech, and so are all words of a headline."""
    sent = token.sent
    before = sent[max(0, token.i - sent.start - MAX_TITLE_WORDS):token.i - sent.start]
    start = next((t for t in reversed(before) if t.text in OPENING_QUOTES | CLOSING_QUOTES), None)
    if start is None or start.i == sent.start or not _opens(start):
        return False
    if start.nbor(-1).text == ":" or start.nbor(-1).is_space or _headline(sent):
        return False
    end = next((t.i for t in sent[token.i + 1 - sent.start:] if t.text in CLOSING_QUOTES), None)
    if end is None or end - start.i - 1 > MAX_TITLE_WORDS:
        return False
    words = [t for t in sent.doc[start.i + 1:end] if t.is_alpha]
    return sum(t.is_title for t in words) >= 2 and all(
        t.is_title or t.lower_ in TITLE_LINKS for t in words)


def _opens(quote: Token) -> bool:
    """Whether a quote mark opens a quotation: a curly opening one, or a straight one that
    follows an even number of its kind in the sentence."""
    if quote.text not in CLOSING_QUOTES:
        return True
    if quote.text not in OPENING_QUOTES:
        return False
    return sum(t.text == quote.text for t in quote.sent if t.i < quote.i) % 2 == 0


def _headline(sent: Span) -> bool:
    """A sentence in title case ("U.S. Lifts Travel Ban to Lebanon"), where capitals name
    nothing."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.7 * len(words)


DESCRIBING_VERBS = frozenset({"characterize", "characterise", "describe", "define", "portray",
                              "depict", "label", "brand", "classify", "treat", "view", "regard",
                              "paint", "cast", "dismiss", "frame", "term", "see", "consider",
                              "recognize", "recognise", "designate", "list"})
"""Verbs whose "as" phrase says what someone takes a thing to be ("described the strike as an act
of war")."""


def _described_as(noun: Token) -> bool:
    """Whether ``noun`` (or a noun it is joined to) is what a thing is described "as"."""
    while True:
        if noun.dep_ == "conj":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "than" and noun.head.dep_ == "cc":
            noun = noun.head.head  # "as a protest rather than a terrorist attack"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head  # ("condemned what it described as Israeli attacks": the
            # only word for attacks that happened)
            return verb.lemma_.lower() in DESCRIBING_VERBS and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children)
        else:
            return False


NAMING_VERBS = frozenset({"call", "name", "dub", "label", "brand", "term", "consider", "deem",
                          "declare", "designate"})
"""Verbs whose second object is what the first is called ("called ISIS a threat")."""


def _copular(verb: Token) -> bool:
    """A clause that concludes what is so ("the rumors must be true"), not what someone must do
    ("the US must be ready to mediate" is a demand)."""
    return verb.lemma_ == "be" and any(
        (c.dep_ == "acomp" and c.lemma_.lower() in CONCLUSIONS)
        or (c.dep_ == "prep" and c.lower_ == "behind")  # "the rebels must be behind it"
        or (c.dep_ == "attr" and c.lemma_.lower() in CULPRITS) for c in verb.children)


def _endangered(token: Token, root: str) -> bool:
    """"civilians threatened with starvation": a participle with no one threatening is a
    state, not a threat."""
    participle = (token.dep_ in ("acl", "amod") and not has_aux(token, {"to"})
                  and not misread_modifier(token)) or (
        token.tag_ == "VBN" and is_passive(token))  # (not "plans to impose", an infinitive)
    return (root == THREAT_ROOT and participle and not has_aux(token, PERFECT_AUX)
            and not any(c.dep_ == "agent" for c in token.children))


def _bare_participle(verb: Token) -> bool:
    """A participle clause with no subject or auxiliary of its own: "..., allowing them to"."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def _prepositional(verb: Token) -> bool:
    """A bare participle used as a preposition: "given Morsy's refusal", "including Iran"."""
    if verb.lower_ not in PREPOSITIONAL_PARTICIPLES:
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children):
        return True  # "what the army would do given his refusal": no verb takes "do" so
    return (verb.dep_ in ("advcl", "acl", "prep")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
                        for c in verb.children))


def _refers_back(subject: Token) -> bool:
    """"they", "their countries", "both sides": a subject naming someone already named."""
    return subject.pos_ == "PRON" or any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or c.lower_ in ("both", "two")
        for c in subject.children)


def _owned(tokens: list[Token]) -> bool:
    """"its forces", "our troops": the speaker's own side."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for t in tokens
               for c in t.children)


def _helpers(noun: Token) -> list[Token]:
    """Who gives the help one acts with: "with the help of American airstrikes", "with the
    support of U.S. warplanes" (none for "with help from", which names the giver as "from")."""
    if (noun.lemma_.lower() not in HELP_NOUNS or noun.dep_ != "pobj"
            or noun.head.lower_ != "with" or any(c.dep_ == "poss" for c in noun.children)):
        return []
    return prep_objects(noun, "of")


def _agentless_passive_sources(verb: Token, events: EventLexicon, root: str) -> list[Token]:
    """"Four were killed in Israeli shelling" or "in an air strike by government forces": who
    did it is said by the event noun ("in a rebel-held town" or "in her constituency" says
    where, not who; so does "during the Vietnam War"). Words are not said by violence: one
    "implicated in the government's executions" is accused of a part in them, by no one named
    (but "criticized in a statement by the ministry")."""
    if not is_passive(verb):
        return []
    spoken = root in VERBAL_ROOTS
    found: list[Token] = []
    for noun in (g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
                 for g in c.children if g.dep_ == "pobj"):
        match = events.match(noun)
        if match is None and noun.lemma_.lower() not in WEAPON_CODES:
            continue
        if spoken and (match is None or match.pattern.code[:2] in VIOLENT_ROOTS):
            continue
        placed = placing_modifiers(noun)  # read once per noun, not once per modifier
        found += [m for m in (*(x for x in noun.children if x.dep_ == "poss"),
                              *(x for x in noun.lefts if x.dep_ in ("amod", "compound", "nmod")
                                and x.pos_ != "VERB"),
                              *prep_objects(noun, "by")) if m not in placed]
    return found


def _noun_sources(noun: Token) -> list[Token]:
    """Who performs a noun event: its possessor, an actor modifier, or a light verb's subject."""
    placed = placing_modifiers(noun)  # "the Iraq war", "the embassy attack": not who
    possessors = [c for c in noun.children if c.dep_ == "poss" and c not in placed]
    if requested_of(noun):  # "at the request of the United States, Japan and South Korea"
        possessors += prep_objects(noun, "of")
    if possessors:
        return with_conjuncts(possessors)
    amount = amount_of(noun)  # "announced $33 million in assistance"
    if amount is not None and amount.dep_ == "dobj" and (
            is_light_verb(amount.head) or amount.head.lemma_.lower() in ANNOUNCING):
        return subject_heads(amount.head)
    # "an official visit" is formal, not by an official; a "criminal investigation" is not
    # carried out by criminals
    helped = noun.lemma_.lower() in HELP_NOUNS
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and c not in placed and not (c.pos_ == "ADJ" and (c.lower_ in KIND_ADJECTIVES
                                               or (helped and c.lower_ in KINDS_OF_HELP)))
                 and not (helped and c.pos_ == "NOUN" and c.lemma_.lower() in AID_RECIPIENTS)]
    if noun.lemma_.lower() in INQUIRIES:  # "the Trump-Russia investigation", "the Iran-Contra
        # probe": a pair of names is what was looked into, no inquirer (but "the FBI-led
        # investigation" is the FBI's)
        modifiers = [c for c in modifiers if not (
            c.pos_ == "PROPN" and any(h.tag_ == "HYPH" for h in c.children)
            and any(h.dep_ == "compound" and h.pos_ == "PROPN" for h in c.children))]
    modifiers += [c for m in modifiers for c in m.conjuncts  # "Saudi and US mediators": both
                  if c not in modifiers and c.pos_ in ("PROPN", "ADJ", "NOUN")]
    # "the threat posed by the Islamic State", "violence perpetrated by Hamas": the agent of a
    # participle of doing, whoever speaks of it (not "the apology sought by Erdogan", "the
    # truce negotiated by Morsy", "cyberattacks tracked by Mandiant", "a statement carried by
    # the news agency"), else its modifiers ("the U.S. airstrikes ordered by Reagan")
    agents = [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
              and c.lemma_.lower() in PERFORMING and (c.lemma_.lower() != "carry" or any(
                  p.dep_ == "prt" and p.lower_ == "out" for p in c.children))
              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if agents:
        return with_conjuncts(agents) + modifiers
    head = noun.head
    naming = any(c.dep_ == "oprd" for c in head.children)  # "called the attack barbaric"
    # ("New York had 328 murders": a tally of where they happened, no one's own acts)
    tally = head.lemma_.lower() == "have" and any(c.dep_ == "nummod" for c in noun.children)
    if noun.dep_ in ("dobj", "nsubjpass") and is_light_verb(head) and not naming and not tally:
        subjects = subject_heads(head)
        if subjects:
            return subjects
    if (noun.dep_ == "pobj" and head.head.pos_ == "VERB" and is_light_verb(head.head)
            and not _topic(head) and head.lower_ not in TIME_PREPOSITIONS
            and head.lower_ not in OPPOSING and head.head.lemma_.lower() != "issue"
            and not (head.lower_ == "to" and any(c.dep_ == "dobj" and c.lemma_.lower() in HEEDING
                                                 for c in head.head.children))):
        # "took part in the talks", "went on strike"; not "issued calls after the killing",
        # nor "made gains against terrorism" (what one works against is another's), nor "paid
        # little attention to the protests" (what one heeds)
        return subject_heads(head.head) + modifiers
    response = responding_verb(noun)
    if response is not None:
        return subject_heads(response) + modifiers  # "Israel responded with airstrikes"
    # (the parser may hang the performer on those the act befell: "the arrest of two Chinese
    # spies by the FBI", "the killing of Navalny by ..."; not on a thing, whose maker the "by"
    # names: "the release of a report by Amnesty", "an investigation of a plot by mercenaries")
    if undergoer(noun) is not None:  # "came under attack from ISIS", "is under siege by
        # rebels": who did it is the "by" or "from", whoever owns the verb
        return with_conjuncts(prep_objects(noun, "by") or prep_objects(noun, "from")
                              or prep_objects(noun.head.head, "by")
                              or prep_objects(noun.head.head, "from")) + modifiers
    by = prep_objects(noun, "by") or [g for o in prep_objects(noun, "of")
                                      if o.tag_ in ("NNS", "NNP", "NNPS")
                                      and o.lemma_.lower() not in DOCUMENTS
                                      for g in prep_objects(o, "by")]
    # (a "by" names the performer, whom the modifiers do not stand in for: "the Iraqi reactor
    # raid by Menachem Begin" was no raid of Iraq's, whoever Begin is)
    return with_conjuncts(by) if by else modifiers


HEEDING = frozenset({"attention", "heed", "notice", "tribute", "homage", "respect"})
"""Objects of a light verb that turn to what another did ("paid attention to the protests")."""
OPPOSING = frozenset({"against", "despite", "without"})
"""Prepositions of a light verb whose object is no act of its subject."""
PERFORMING = frozenset({"pose", "carry", "perpetrate", "commit", "launch", "stage", "wage",
                        "lead", "organize", "organise", "conduct", "impose", "make", "issue",
                        "fire", "mount", "erect", "man", "orchestrate", "mastermind", "plan",
                        "order", "initiate", "spearhead", "call", "deliver", "give", "level",
                        "unleash", "inflict", "execute", "hold", "host", "convene"})
"""Participles whose "by" agent does what the noun names ("the threat posed by ISIS")."""
def _lends_a_hand(verb: Token) -> bool:
    """A verb of help with a verb of its own and no one helped ("helped write the law", "help
    to restrict Iran's program", "the coalition which the US helped piece together"): the help
    is a part in that act, which is coded itself; "helped Ukraine defend itself" still helps
    Ukraine."""
    if verb.pos_ != "VERB":
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")
            and (c.pos_ == "VERB" or _bare_verb_as_noun(c, verb))
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    helped = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")
              and c.lower_ not in RELATIVE_PRONOUNS]  # "which the US helped fund"
    return bool(acts) and not helped


def _bare_verb_as_noun(token: Token, verb: Token) -> bool:
    """A bare infinitive the tagger read as a noun right after its verb ("helped fund",
    "helped lead"): no article, owner or modifier of its own."""
    return (token.i == verb.i + 1 and token.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in token.children))


def _crowd(token: Token) -> bool:
    """Protesters, rioters or a mob, also counted ("dozens of protesters")."""
    if token.lemma_.lower() in PARTITIVES or token.like_num:
        return any(_crowd(g) for g in prep_objects(token, "of"))
    return token.lemma_.lower() in PROTESTERS or token.lower_.rstrip("s") in PROTESTERS


def _danger(noun: Token) -> bool:
    """A threat that is a danger, not one made: a singular "threat" saying neither what is
    threatened (an infinitive or "that" clause, "of" something) nor against whom ("the
    Islamic State threat", "the existential threat posed by Iran", "a threat to national
    security"); made ones are issued, made or carried out ("issued a threat against")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DANGERS or noun.tag_ != "NN":
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING:
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in THREATENED_ACTS for c in noun.children):
        return False  # "his veto threat", "the sanctions threat": an act threatened
    return not any((c.dep_ == "prep" and c.lower_ in ("of", "against"))
                   or (c.dep_ in ("acl", "relcl", "ccomp") and has_aux(c, {"to"}))
                   or (c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children))
                   for c in noun.children)


def _dismissal(verb: Token, match: Match) -> bool:
    """"fire" with a person's name as its object is a dismissal ("fired Flynn", "announced
    Tillerson's firing"; rockets, shots and officials are the patterns' objects), and so is a
    person fired in a relative clause or a participle ("Yates, who was fired by the Trump
    administration": a "who" is someone; "Comey, fired by Trump"; not "who was fired on by
    troops", shot at)."""
    if verb.lemma_.lower() != "fire" or match.pattern.objects:
        return False
    if any(t.lemma_.lower() in LEAVING_POSTS for t in (*verb.conjuncts, verb.head)
           if t.i != verb.i):
        return True  # "might resign or be fired by Trump": fired from his post
    if verb.tag_ == "VBN" and verb.head.ent_type_ not in ("GPE", "LOC", "NORP") and not any(
            c.lower_ in ("on", "upon", "at") for c in verb.children) and (
            (verb.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in verb.children))
            or (verb.dep_ == "acl" and verb.head.pos_ == "PROPN")):
        return True
    return any((c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP") and (
        c.dep_ in ("dobj", "nsubjpass", "poss") or (  # (the parser may read the
            c.dep_ == "nsubj" and verb.tag_ == "VBG"  # possessor as the subject)
            and any(g.dep_ == "case" for g in c.children))))
        # "He fired him because he was not fit for the job": one shoots at someone, and fires
        # someone from a post
        or (c.dep_ == "dobj" and c.lower_ in DISMISSED_PRONOUNS) for c in verb.children)


LEAVING_POSTS = frozenset({"resign", "quit", "retire", "step"})
"""Verbs of leaving a post, beside which "fired" is a dismissal."""
DISMISSED_PRONOUNS = PERSONAL_OBJECTS | {"me"}
"""Objects of "fire" that are a person ("them" may be rockets)."""


def _stance(obj: Token) -> bool:
    """A position that is a view ("took that position a decade ago", "a position on Iran",
    "positions he has taken", "whatever positions he takes"), not a post ("take position
    behind sandbags", "took up a shooting position")."""
    return obj.lemma_.lower() == "position" and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "that", "this", "these", "those",
                                          "whatever", "whichever"))
        or (c.dep_ == "prep" and c.lower_ in ("on", "against", "toward", "towards"))
        or c.dep_ in ("relcl", "acl") for c in obj.children)


def _weapon_code(verb: Token) -> str | None:
    """The fighting code a weapon named as the means gives ("by a missile", "with artillery"),
    or as the subject ("Turkish jets destroyed depots", "rockets slammed into the town")."""
    for subject in verb.children:
        if subject.dep_ == "nsubj" and (code := _weapon(subject)) is not None:
            return code
    for prep in verb.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "with"):
            for obj in prep.children:
                code = _weapon(obj) if obj.dep_ == "pobj" else None
                if code is not None:
                    return code
    return None


def _weapon(noun: Token) -> str | None:
    """The fighting code of a weapon noun; a suicide bomber is a person, not an aircraft."""
    if any(m.lower_ == "suicide" for m in noun.lefts):
        return None
    return WEAPON_CODES.get(noun.lemma_.lower())


def _calls_on(verb: Token) -> bool:
    """"called on / upon X to", "called for X to": an appeal (a "call" with only a time
    phrase, "called Morrison on Monday to congratulate him", is a phone call)."""
    return any((c.dep_ in ("prt", "prep") and c.lower_ in ("on", "upon", "for")
                and not any(g.ent_type_ in TIME_ENTITIES for g in c.children))
               or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               for c in verb.children)


def _held_subject(verb: Token, object_token: Token | None) -> bool:
    """"Eight sailors, taken hostage last month, ...": with the hostage word as its only
    object, the verb's subject is the one held (the parser reads a reduced passive as a clause);
    "pirates took the sailors hostage" and "took hostages" keep their subject."""
    return (object_token is not None and object_token.lower_ in HELD_WORDS
            and not is_passive(verb)
            and not any(c.dep_ in ("dobj", "dative") and c.i != object_token.i
                        for c in verb.children))


def _topic(preposition: Token) -> bool:
    """"attend a summit on the unrest": what the verb's object is about ("went on strike",
    "remained on alert" are no topics)."""
    return preposition.lower_ in TOPIC_PREPOSITIONS and any(
        c.dep_ == "dobj" for c in preposition.head.children)


def _locative_heads(trigger: Token, object_token: Token | None,
                    topical: bool = False) -> list[Token]:
    """Objects of "in"/"at" on the trigger, on what it acts on ("inspected the refineries in
    Iran", "sorrow for the shootings in South Carolina"), or on the light verb governing a
    noun; the trigger's own places come first. ``topical``: what the trigger acts on is a
    topic, whose places are not the trigger's ("discussed conflicts in Yemen")."""
    anchors = [trigger]
    if object_token is not None:
        anchors.append(object_token)
    if trigger.pos_ in ("NOUN", "PROPN") and is_light_verb(trigger.head):
        anchors.append(trigger.head)
    for anchor in list(anchors):
        anchors.extend(c for c in anchor.children if c.dep_ in ("dobj", "attr")
                       and c not in anchors and not topical)
        anchors.extend(g for c in anchor.children if c.dep_ == "prep"
                       and c.lower_ in ("for", "over", "on") and not topical
                       for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTITIES)
    places: list[Token] = []
    for head in (h for anchor in anchors for place in ("in", "at") for h in prep_objects(anchor, place)):
        if _is_place_name(head):
            places.append(head)
        elif not requested_of(head):  # "in the east of the Gaza Strip", "in Kenya's capital"
            # (not "at the request of the United States")
            places.extend(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and _is_place_name(g))
            places.extend(c for c in head.children if c.dep_ == "poss" and _is_place_name(c))
    return places


def _warned(token: Token) -> bool:
    """An object of a verb of warning that is the one warned, not the subject of a clause the
    parser split ("warned al Qaeda may launch attacks": al Qaeda may) nor what a participle
    describes ("used warning shots to disperse the crowd")."""
    following = token.right_edge.i + 1
    return token.dep_ in ("dobj", "dative") and not (
        following < len(token.doc) and token.doc[following].tag_ == "MD") and not (
        token.head.tag_ == "VBG" and token.i == token.head.i + 1 and token.pos_ == "NOUN")


def _is_place_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC")


def _drop_demanded(triggers: list[Trigger]) -> list[Trigger]:
    """What a demand or appeal asks for is its content, not an event: "its demand that Israel
    ease restrictions" is a demand on Israel."""
    asked = {t.i for trigger in triggers if trigger.code[:2] in ASKING_ROOTS
             and trigger.token.pos_ in ("NOUN", "PROPN")
             for c in that_clauses(trigger.token) for t in c.subtree}
    return [t for t in triggers if t.token.i not in asked] if asked else triggers


def _read_modifiers(match: Match) -> list[int]:
    """Modifiers a pattern read as part of its word ("a war game", "held a war game"): no
    event of their own."""
    pattern = match.pattern
    words = {w.split()[0] for w in (*pattern.objects, pattern.lemma)}
    heads = [match.token] + ([match.object_token] if match.object_token is not None else [])
    return [c.i for h in heads for c in h.lefts
            if c.dep_ == "compound" and c.lemma_.lower() in words and c.i != match.token.i]


def _saying_verb(clause: Token) -> Token | None:
    """The verb a "that" clause reports for: its head ("said Iraq must"), or the verb whose
    object the clause completes ("issued a reminder that Iraq must")."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ == "VERB":
        return head
    if (clause.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"):
        return head.head
    return None


RECIPROCALS = MappingProxyType({"other": "each", "another": "one", "one": "another"})
"""The head of "each other" or "one another" (as the parser reads it) and the word it takes."""


def _each_other(target: Token) -> bool:
    """"each other", "one another": the sides themselves, each towards the rest."""
    return any(c.lower_ == RECIPROCALS.get(target.lower_) for c in target.children)


def _names_someone(noun: Token) -> bool:
    """Whether a noun phrase names someone, by a name or an owner ("the Obama
    administration", "each EU member nation", "the country's president"; not "more
    weapons")."""
    return noun.pos_ == "PROPN" or any(t.i < noun.i and (t.dep_ == "poss" or t.pos_ == "PROPN")
                                       for t in noun.subtree)


def _performer_named(noun: Token) -> bool:
    """Whether an event noun names who performs it ("its occupation", "Gillibrand's proposal",
    "the Israeli occupation")."""
    return any(m.dep_ == "poss" or (m.dep_ in ("amod", "compound", "nmod") and m.text[:1].isupper())
               for m in noun.lefts)


def _further_purposes(purposes: list[Token]) -> list[Token]:
    """Verbs further down a purpose's chain of complements, all part of the intent: "agreed
    to open its borders to allow Iran (to) send aid" intends the sending too."""
    found: list[Token] = []
    stack = list(purposes)
    while stack:
        verb = stack.pop()
        for child in verb.children:
            if (child.pos_ == "VERB" and child.dep_ in ("xcomp", "ccomp", "advcl")
                    and (child.dep_ != "advcl" or has_aux(child, {"to"}))
                    and child not in found and child not in purposes):
                found += [child, *(c for c in child.conjuncts if c.pos_ == "VERB")]
                stack.append(child)
    return found


def _drop_plain(result: list[Trigger], plain: Trigger | None) -> None:
    """Take the verb's own reading out of ``result`` where a frame reads the verb instead."""
    if plain is not None and plain in result:
        result.remove(plain)


def _blamed_for(verb: Token) -> Token | None:
    """The violent deed a copula lays on its subject: "were behind the attack", "is
    responsible for the bombing" (not "is responsible for security")."""
    if verb.lemma_ != "be":
        return None
    holders = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "behind"]
    holders += [p for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ANSWERABLE
                for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
    deeds = [o for p in holders for o in p.children if o.dep_ == "pobj"
             and o.lemma_.lower() in BLAMED_DEEDS]
    return deeds[0] if deeds else None


def _charges(triggers: list[Trigger], allege: Frame | None) -> list[Trigger]:
    """A verb of alleging with a "that" clause and no object accuses the clause's subject,
    whatever the verb means alone: "Iran charged that the US was arming the rebels" is no
    arrest (reported violence is read in ``_claims``)."""
    if allege is None:
        return triggers
    result = []
    for trigger in triggers:
        verb = trigger.token
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if (verb.lemma_.lower() in allege.verbs and clauses and verb.pos_ == "VERB"
                and not trigger.pattern_id.startswith("frame:")
                and trigger.code[:2] not in (SPEECH_ROOT, allege.default[:2])
                and not any(c.dep_ in OBJECT_DEPS for c in verb.children)):
            accused = [h for c in clauses for h in subject_heads(c)]
            trigger = replace(trigger, code=allege.default, pattern_id=f"frame:{allege.id}",
                              targets=accused, symmetric=False, reciprocal=False, plover=None)
        result.append(trigger)
    return result


def _names_performer(source: Token) -> bool:
    """Whether a noun event's source phrase can name who did it: a possessor or subject ("its
    attack", "the rebels' offensive") or a proper adjective ("the Russian offensive"), but not a
    name compounded with it ("the Geneva talks") or a description ("the stalled talks")."""
    if source.dep_ == "compound":
        return False
    return source.dep_ != "amod" or source.text[:1].isupper()


def _drop_reporting(triggers: list[Trigger]) -> list[Trigger]:
    """Reported speech: in "X said Y attacked Z" (or "Y attacked Z, X said") the event is
    Y->Z, not X's statement. Statements about a noun ("expressed sorrow for the shootings")
    stay."""
    if len(triggers) < 2:
        return triggers
    # an event noun named only in passing is background, not the reported act: "suggested the
    # plan, like the Astana talks, is an attempt at reviving negotiations" is still a statement;
    # so is one about what could or should happen ("said Canadians should be entitled to ...")
    positions = {t.token.i for t in triggers
                 if (modality(t.token) != HYPOTHETICAL if t.token.pos_ in ("VERB", "AUX")
                     else t.targets or any(_names_performer(s) for s in t.sources))}
    acts = {t.token.i for t in triggers if not t.code.startswith(SPEECH_ROOT)}
    # "Russia denied that its jets had bombed the hospital": the denial is the event, and what
    # it denies is no act of the speaker's report
    denied = {t.i for d in triggers if d.code == DENIAL_CODE and d.token.pos_ in ("VERB", "AUX")
              for c in d.token.children if c.dep_ in REPORTED_DEPS or (
                  c.dep_ == "dobj" and c.lemma_.lower() in CLAIMS)
              for t in c.subtree if t.i != c.i or c.dep_ != "dobj"}  # (the claims stay)
    kept: list[Trigger] = []
    for trigger in triggers:
        token = trigger.token
        if token.i in denied:
            continue
        if trigger.code == DENIAL_CODE:
            kept.append(trigger)
            continue
        if (trigger.code.startswith(SPEECH_ROOT) and token.pos_ in ("VERB", "AUX")
                and not trigger.pattern_id.startswith("frame:")):
            reported = {t.i for c in token.children if c.dep_ in REPORTED_DEPS
                        for t in c.subtree}
            reported |= {t.i for c in token.subtree if c.dep_ == "relcl"
                         and reporting_verb(c) == token for t in c.subtree}
            # "issued a statement condemning X": what the statement does is the event, and
            # "announced a suspension of flights" is the suspension
            reported |= {t.i for o in token.children if o.dep_ == "dobj"
                         and o.lemma_.lower() in DOCUMENTS
                         for c in o.children if c.dep_ == "acl" for t in c.subtree}
            if token.lemma_.lower() in ANNOUNCING:  # its object, or an amount's content
                reported |= {t.token.i for t in triggers if announcing_verb(t.token) == token}
            # "Y attacked Z, X said": the attribution of an act is no event of its own ("X
            # says it is considering Y" keeps the consideration)
            if reported & positions or (token.dep_ in REPORTED_DEPS
                                        and any(a.i in acts for a in token.ancestors)):
                continue
        kept.append(trigger)
    return kept
