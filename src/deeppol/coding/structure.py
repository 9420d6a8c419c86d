"""Reading who-did-what-to-whom off the dependency parse.

Subjects (with conjunctions distributed, passives with "by", subjects inherited by infinitive and
conjoined verbs and by relative clauses), targets in the order a pattern asks for, the noun phrase
that spells an argument, and the modality of a trigger (negated, hypothetical).
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PHRASE_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct",
                              "prep", "parataxis", "mark", "advmod", "dep"})
POPULATED = frozenset({"country", "nation", "state", "city", "town", "village", "island", "land",
                       "republic", "kingdom", "territory", "region", "province", "enclave"})
"""Places whose "of" phrase can count who lives there ("a country of 3 million people")."""
PLACE_NOUNS = POPULATED | {"area", "district", "neighborhood", "neighbourhood", "suburb"}
"""Nouns of places, which no "who" describes."""
DEFAULT_TARGETS = ("dobj", "with", "against", "on", "to", "at", "toward", "towards", "into",
                   "from", "over")
"""Where a target is looked for: a pattern's own places first, then these."""
NOT_TARGET = "-"
"""Marks a place a pattern's target is never in (``target: [with, -dobj]``: the topic)."""
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "during", "amid",
                               "despite", "until", "ahead"})
"""Prepositions whose noun event is the time or setting of another, not its content."""
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
CONDITION_MARKS = frozenset({"until", "once", "before"})
"""Conditions and schedules of what has not happened yet, in the present tense: "will not lift the
embargo until China signs", "comes a day before Sarkozy heads to Beijing" ("fought until the army
withdrew" is asserted)."""
CASES = frozenset({"event", "case"})
"""Nouns of "in the event that ...", "in case ...": a condition, as "if" is."""
CASE_CLAUSES = frozenset({"relcl", "acl", "ccomp"})
"""How the parser hangs the clause of "in the event that ..." on its noun."""
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of a verb with its own tense: a conjunct so tagged is no shared passive participle."""
WISHING = frozenset({"hope", "wish", "expect", "fear", "doubt", "predict", "anticipate", "worry",
                     "pray", "dream", "wait", "desire", "expectation"})
"""Verbs whose clause has not happened: "hoped that Russia would free them", "expect Russia to
attack", "waiting for the army to investigate"."""
INTENT_PLANS = frozenset({"plan", "proposal", "offer", "threat", "promise", "pledge", "vow",
                          "intention", "intent"})
"""Plan nouns whose owner's infinitive is coded as the owner's intent or threat."""
PLANS = INTENT_PLANS | frozenset({
    "strategy", "goal", "aim", "objective", "ambition", "agenda", "scheme", "plot", "dream",
    "call", "bid", "order", "request", "demand", "appeal", "push", "readiness", "willingness",
    "idea", "option", "chance", "opportunity", "right", "need", "desire", "wish", "possibility",
    "prospect", "likelihood", "notion", "thought", "specter", "spectre", "risk", "danger",
    "invitation", "way", "means", "oath", "obligation", "duty", "mandate", "opening",
    "approval", "authorization", "authorisation", "permission", "go-ahead", "license",
    "licence", "clearance", "authority", "power", "ability", "capability", "capacity",
    "potential", "wherewithal", "deadline", "timetable", "timeline", "target", "groundwork",
    "foundation", "basis", "stage", "path", "roadmap", "blueprint", "framework"})
"""Nouns whose infinitive is not done by saying so: "the plan to arm the rebels" (nor what an
approval or permission is for: "sought approval for military strikes", nor what one has the
ability to do: "has the ability to threaten its neighbors", nor what a deadline is set for:
"a deadline to reach a deal", nor what groundwork is laid for: "efforts to lay the groundwork
for a trade deal")."""
PROSPECTS = frozenset({"possibility", "prospect", "likelihood", "risk", "danger", "threat",
                       "idea", "notion", "specter", "spectre", "chance", "fear", "hope"})
"""Nouns whose "of" event has not happened: "the prospect of war", "the threat of sanctions"."""
DOUBTING = frozenset({"doubtful", "unlikely", "uncertain", "unclear", "possible", "likely",
                      "conceivable", "impossible", "improbable", "probable"})
"""Adjectives whose "that" clause may not be so: "it is doubtful that Obama will ..."."""
FEARFUL = frozenset({"afraid", "fearful", "worried", "concerned", "scared", "nervous",
                     "anxious", "wary", "hopeful", "optimistic"})
"""Adjectives whose "that" clause is feared or hoped, not done: "afraid that the US will start a
war"."""
UNREALISED = frozenset({"next", "upcoming", "forthcoming", "proposed", "planned", "possible",
                        "potential", "prospective", "draft", "future", "eventual",
                        "hypothetical", "unfinished", "mooted", "envisaged",
                        "putative", "would-be", "threatened", "feared", "expected", "imminent",
                        "looming", "impending", "tentative", "contemplated", "rumored",
                        "rumoured", "anticipated", "promised", "intended", "desired"})
"""Modifiers that say an event noun has not happened: "the proposed deal", "a possible strike"."""
ADVOCATING = frozenset({"support", "favor", "favour", "oppose", "propose", "consider",
                        "suggest", "recommend", "advocate", "discuss", "debate", "contemplate",
                        "weigh", "mull", "back", "endorse", "resist"})
"""Verbs whose gerund is argued about, not done: "supported banning", "considered attacking"."""
ARRANGING = frozenset({"set", "arrange", "organize", "organise", "schedule", "strike", "conclude",
                       "seal", "broker", "convene", "secure", "clinch", "finalize", "finalise",
                       "forge", "hammer", "spur", "prompt", "trigger", "spark", "provoke",
                       "ignite", "unleash", "negotiate", "mediate"})
"""Verbs, besides the light ones, that bring about the event noun they take ("set up a
meeting", "struck a deal", "might spur more cooperation")."""
PARTAKING = frozenset({"involve", "participate", "engage", "join", "partake"})
"""Verbs of having a part "in" an event noun: it is as sure as they ("could be involved in
talks between Iran and the US" holds no talks)."""
HAPPENING = frozenset({"happen", "occur", "proceed", "materialize", "materialise"})
"""Verbs that say their subject event happens: it does so in their mode ("the strike might
occur", "the talks did not happen")."""
RESPONDING = frozenset({"respond", "retaliate", "react", "reply", "answer"})
"""Verbs whose "with" event is their means: it happens in their mode ("could respond with a
strike")."""
ONGOING = frozenset({"continue", "keep", "maintain", "remain", "sustain", "extend"})
"""Verbs whose object event is already going on, whatever their own mode."""
PROPOSING = frozenset({"propose", "suggest", "recommend", "advocate", "plan", "plot"})
"""Verbs whose object event is not done yet ("proposed talks", "planned an attack"); one supported, opposed or
considered may well have happened ("opposed the Iraq War", "considered the request")."""
WANTING = frozenset({"require", "prevent", "avert", "avoid", "evade", "thwart", "foil", "forestall",
                     "preempt", "ready",
                     "prepared", "eager", "willing", "keen", "need", "want", "seek", "push",
                     "press", "aim", "hope", "wish", "dream",
                     "pray", "desire", "fear", "expect", "hunger", "yearn", "long", "like",
                     "love", "prefer"})
"""Verbs, nouns and adjectives whose object event has not happened: "needed a deal", "pushed
for talks", "prevented attacks", "ready for talks", "would like to sign a deal", "to avoid being
targeted by NATO"."""
WANTING_OR_WISHING = WANTING | WISHING
ATTEMPTING = frozenset({"try", "attempt", "strive", "endeavor", "endeavour", "struggle",
                        "scramble"})
"""Verbs whose infinitive's object event is tried for, not had ("trying to broker a ceasefire")."""
PERSUADING = frozenset({"get", "persuade", "convince", "induce", "coax", "cajole", "nudge",
                        "pressure", "press", "push", "lean", "prod"})
"""Verbs whose object's infinitive happens only once they succeed: "a meeting to persuade
Myanmar to end the offensive" has ended nothing ("got Myanmar to end it" has)."""
PROCEEDING = frozenset({"follow", "proceed", "go", "press", "push", "move", "carry", "forge",
                        "continue"})
"""Verbs whose "with" or "on" gerund is what they go ahead with ("follow through with giving
up its stockpiles", "pressed ahead with building")."""
APPEALING = frozenset({"call", "appeal", "ask", "plead", "beg", "lobby", "campaign", "clamor",
                       "clamour", "argue", "agitate"})
"""Verbs whose "for" event is asked for, not done: "called for attacks on Israel", "lobbied for
a ban"."""
URGING = frozenset({"demand", "urge", "request"})
"""Verbs whose object event is asked for: "urged restraint", "demanded a ceasefire" (not
"ordered patrols": an order is carried out)."""
ADVISING = frozenset({"warn", "caution", "advise", "counsel", "argue", "lobby", "campaign",
                      "urge", "vote", "decide", "rule", "guard", "protect"})
"""Verbs whose "against" gerund is what should not happen: "warned Trump against granting"."""
PROTECTING = frozenset({"protect", "shield", "defend", "guard", "safeguard", "insulate",
                        "spare", "save", "secure"})
"""Verbs whose "from" noun is what is kept off, not what happened: "protect Japan from a
strike"."""
SAYING = frozenset({"say", "claim", "state", "announce", "confirm", "report", "assert",
                    "allege", "tell", "indicate", "suggest", "acknowledge", "admit"})
"""Verbs whose "that" clause is not claimed when they are negated: "never said he shared
classified information"."""
ADDING = frozenset({"add", "note", "stress", "emphasize", "emphasise", "reiterate"})
"""Verbs that go on from what one said ("said ..., but added"): the speaker's, not what was said."""
FINDING = frozenset({"establish", "prove", "show", "demonstrate", "verify", "determine", "find",
                     "conclude"})
"""Verbs of finding out whose "that" clause is not found when they are negated: "could not
establish that the campaign coordinated with Russia"."""
UNCLAIMED_WHEN_DENIED = SAYING | FINDING
"""Verbs whose "that" clause is not claimed under a negation: "never said", "could not
establish"."""
EVIDENCE = frozenset({"evidence", "proof", "sign", "indication", "suggestion", "guarantee"})
"""Nouns whose "that" clause is not claimed when there is "no" such thing: "no evidence that
Russia coordinated"."""
OBJECT_CONTROL = frozenset({
    "force", "convince", "persuade", "compel", "coerce", "induce", "entice", "pressure",
    "pressurize", "push", "press", "prompt", "drive", "lead", "cause", "get", "help", "enable",
    "allow", "permit", "authorize", "authorise", "encourage", "inspire", "invite", "order",
    "instruct", "direct", "command", "tell", "ask", "urge", "beg", "implore", "advise", "warn",
    "remind", "challenge", "dare", "train", "teach", "recruit", "hire", "pay", "bribe",
    "oblige", "require", "empower", "mobilize", "mobilise", "lure", "nudge", "spur", "draw",
    "drag", "attract", "tempt", "provoke", "goad", "incite", "embolden", "emboldened",
    "galvanize", "galvanise", "trigger"})
"""Verbs whose object does what their infinitive says ("forced Russia to withdraw"); "promised
Obama to withdraw" is the promiser's own act."""
BRINGING = frozenset({"draw", "drag", "lure", "attract", "tempt"})
"""Verbs of bringing someone somewhere whose "to" clause is what the one brought does: "drew
the U.S. military back into Iraq to train local forces" (the parser reads it as a purpose)."""
CEASING = frozenset({"stop", "cease", "quit", "halt", "end", "suspend", "discontinue"})
"""Verbs whose gerund is no longer done: "stopped funding NGOs"."""
TOO_EAGER = frozenset({"quick", "eager", "fast", "hasty", "keen", "rash", "willing", "ready",
                       "happy", "prompt", "swift", "anxious"})
"""Adjectives whose "too ... to" still did it: "too quick to condemn"."""
DEMANDING = frozenset({"demand", "urge", "ask", "request", "require", "order", "command",
                       "instruct", "propose", "recommend", "advise", "direct", "stipulate"})
"""Verbs whose "that" clause is what should be done: "demanded that Iran cease its violence"
("insisted that" may state a fact)."""
MANDATING = frozenset({"insist", "suggest", "urge", "demand", "ask", "propose", "recommend",
                       "prefer", "stress", "emphasize", "emphasise"})
"""Verbs whose "that" clause in the subjunctive is what should be done ("insisted that Ukraine
withdraw"), though in the indicative it states a fact."""
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "where", "when", "who"})
"""Words that open a clause of what is shown, known or understood, as "that" does."""
SHELVING = frozenset({("put", "off"), ("call", "off"), ("rule", "out")})
"""Phrasal verbs whose event noun object does not happen (now): "called off the attack"."""
POSTPONING = frozenset({"postpone", "delay", "defer", "shelve", "cancel", "scrap", "abandon",
                        "scrub", "axe", "ax", "suspend", "abort"})
"""Verbs whose event noun did not take place (yet): "postponed the talks", "cancelled his
visit", "suspended its delivery of warships"."""
UNREAL_NOUNS = frozenset({"illusion", "myth", "fiction", "fantasy", "pretense", "pretence",
                          "notion", "idea", "hope", "speculation", "rumor", "rumour",
                          "possibility", "prospect", "assumption", "hypothesis", "theory"})
"""Nouns whose "that" clause may not be so: "the illusion that China intended to ..."."""
BELIEVING = frozenset({"think", "believe", "suspect", "guess", "reckon", "bet", "assume",
                       "imagine", "suppose", "expect"})
"""Verbs whose clause in the future is a guess about others: "I think they'll agree"."""
FUTURE_AUX = frozenset({"will", "'ll", "wo", "would", "shall"})
"""Auxiliaries of what lies ahead ("wo" of "won't")."""
ABILITY = frozenset({"able", "unable", "capable", "incapable"})
"""Adjectives of what one can do: done only when one was able to ("was able to help"), a capacity
in the present ("is able to strike"), not done when one was not or is unable."""
INABILITY = frozenset({"unable", "incapable"})
COMMITTING = frozenset({"commit", "pledge", "look"})
"""Verbs whose "to" gerund is only promised or awaited: "committed to protecting civilians",
"looks forward to meeting"."""
ENABLING = frozenset({"allow", "permit", "enable", "authorize", "authorise", "empower", "let"})
"""Verbs whose complement is only made possible: "allowing the president to dispatch planes"."""
LET_LOOSE = frozenset({"free", "go", "loose", "slip"})
"""Words "let" makes one act with, not an act allowed: "let free six hostages", "let go"."""
PREVENTING = frozenset({"ban", "bar", "prevent", "stop", "prohibit", "block", "keep", "restrain",
                        "deter", "dissuade", "discourage", "exclude", "forbid", "refrain",
                        "disqualify", "preclude"})
"""Verbs whose "from" gerund is kept from happening: "barred Israel from demolishing homes"."""
HOLDING_OFF = frozenset({"hold", "put", "hang"})
"""Verbs that with "off on" put an act off ("hold off on pulling troops")."""
POSSIBILITY_AUX = frozenset({"could", "might", "may", "should", "can", "ca"})
"""Auxiliaries of what may or can be, not what is ("can": a capacity, as "is able to" is)."""
HYPOTHETICAL_AUX = POSSIBILITY_AUX | {"would"}
NARRATED_WOULD = frozenset({"later", "eventually", "soon", "afterward", "afterwards", "then",
                            "subsequently", "ultimately", "only"})
"""Adverbs of a narrated "would" that did happen ("a year later, he would resign", "Carney
would say only that ...")."""
OBLIGING_VERBS = frozenset({"have", "need"})
"""In the present, what one has or needs to do is not done yet ("has to testify")."""
INVERTED_CONDITIONS = frozenset({"should", "had", "were"})
"""Auxiliaries that, put before their subject, make a condition: "should Israel invade", "had the
army withdrawn"."""
NEGATIONS = frozenset({"not", "n't", "never", "no"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
STATIVE_PARTICIPLES = MappingProxyType({"oppose": "to", "commit": "to", "dedicate": "to",
                                        "devote": "to", "engage": "in"})
"""Participles that with their preposition say what their subject does ("Israel is opposed to
...", "rebels are engaged in fighting with the army")."""
LIGHT_VERB_LEMMAS = frozenset({"hold", "launch", "conduct", "carry", "stage", "make", "have", "begin",
                         "start", "resume", "wage", "mount", "open", "sign", "reach", "issue",
                         "lodge", "file", "impose", "announce", "pay", "deliver", "give", "take",
                         "join", "attend", "host", "lead", "continue", "step", "call",
                         "remain", "stay", "put", "place", "keep", "go", "resort",
                         "participate", "order"})


AGREEMENTS = frozenset({"agreement", "deal", "treaty", "pact", "accord"})
"""Nouns of agreements, which other nouns and role words before them only describe."""
PLACED_WARS = frozenset({"war", "conflict", "crisis", "unrest", "turmoil", "strife"})
"""Heads of wars and unrest that a country word before them places, not fights: "the Syrian
war has killed 400,000 people" ("Russia's war" and "the Saudi-led war" are still theirs;
"Israeli violence" is done by Israelis)."""
VIOLENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "shooting", "massacre",
                           "raid", "strike", "siege", "ambush", "assault", "killing", "riot"})
"""Violent event nouns: a town before one is where it happened, not who did it ("the Benghazi
attack that killed the ambassador")."""
UNDERGOING = frozenset({"be", "come", "remain", "fall", "stay", "go", "find"})
"""Verbs whose subject is what an "under" noun befalls ("Kobani came under attack from ISIS")."""


def undergoer(noun: Token) -> Token | None:
    """What an "under" noun befalls: the verb whose subject undergoes it ("came under attack",
    "is under siege", "found itself under attack") or the noun it is said of ("the Kurds, under
    attack by Turkey"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    held = noun.head.head
    if held.pos_ in ("NOUN", "PROPN"):
        return held
    if held.pos_ in ("ADJ", "PRON"):  # "found itself under attack"
        held = held.head
    return held if held.lemma_.lower() in UNDERGOING and held.pos_ in ("VERB", "AUX") else None


INQUIRIES = frozenset({"probe", "investigation", "inquiry", "review", "audit"})
"""Nouns of looking into something: what one looks into is "of" it ("the Mueller probe of 12
Russian agents" is no Russian probe)."""
OPENING_QUOTES = frozenset({"“", "``", '"', "‘", "'"})
CLOSING_QUOTES = frozenset({"”", "''", '"', "’", "'"})
PERSONAL_OBJECTS = frozenset({"him", "her"})
"""Object pronouns that stand for one person ("congratulated him")."""
JUDGING = frozenset({"condemn", "criticize", "criticise", "denounce", "decry", "deplore", "slam",
                     "blast", "praise", "hail", "applaud", "welcome", "defend", "justify",
                     "support", "back", "endorse", "oppose", "question", "call", "describe",
                     "investigate", "probe", "mourn", "lament", "celebrate"})
"""Verbs that judge, back or look into an attack named as their object, which is not aimed at
whom the attack struck."""
STRUCK_PLACES = frozenset({"newspaper", "magazine", "embassy", "consulate", "school", "university",
                           "college", "mosque", "church", "synagogue", "temple", "shrine", "hotel",
                           "mall", "market", "bus", "train", "subway", "metro", "airport",
                           "hospital", "office", "concert", "nightclub", "club", "restaurant",
                           "cafe", "stadium", "museum", "station", "checkpoint", "convoy",
                           "pipeline", "tanker", "compound", "marathon", "parade"})
"""Places and things before a violent noun that were struck, not who struck: "the embassy
attack", "the newspaper attack", "the school shooting"."""
WAR_PLACES = frozenset({"in", "on", "against", "with", "between", "over"})
"""Prepositions that give a war its other side or its place ("the U.S. war in Afghanistan",
"Russia's war on Ukraine"): a country word before it then names who wages it."""
DOCUMENTS = frozenset({"report", "statement", "communique", "communiqué", "study", "dossier",
                       "document", "letter", "declaration", "assessment", "memo", "paper",
                       "resolution", "message", "note", "petition", "motion", "ruling", "bill",
                       "law", "decree", "legislation", "amendment", "order", "directive"})
"""Nouns that speak for whoever issued them ("a statement condemning", "a report released by
... alleged")."""
OPPOSING = frozenset({"veto", "reject", "block", "oppose", "condemn", "criticize", "criticise",
                      "denounce", "dismiss", "defeat", "overturn", "ignore", "challenge",
                      "rebuff", "refuse", "scrap", "slam", "blast", "attack", "deny", "dispute"})
"""Verbs done to a document by others than its authors ("vetoed a resolution calling for")."""
ANNOUNCING = frozenset({"announce", "declare", "unveil", "proclaim", "confirm", "reiterate",
                        "reaffirm", "restate"})
"""Statements whose object event is what they make known ("announced a suspension",
"reiterated its commitment to support the police")."""
ACCIDENTS = frozenset({"crash", "accident", "collision", "earthquake", "quake", "flood",
                       "landslide", "storm", "cyclone", "hurricane", "typhoon", "avalanche",
                       "tsunami", "drought", "disease", "virus"})
"""Agents that are no one's act: "victims killed by the Malaysia Airlines crash"."""
AMOUNT_WORDS = frozenset({"increase", "boost", "rise", "hike", "jump", "cut", "reduction",
                          "million", "billion", "thousand", "package", "tranche", "installment",
                          "instalment"})
"""Words an event noun is counted in ("$2 billion in aid", "an increase in funding")."""
STANCES = frozenset({"anti", "pro"})
GIVING_VERBS = frozenset({"give", "grant", "provide", "offer", "supply", "lend", "hand", "sell",
                          "pay", "donate", "deliver"})
"""Verbs whose receiver does what the infinitive says ("gave weapons to Ukraine to fight")."""


def follows_stance(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "anti-"/"pro-": it says whom a group opposes or
    favours, not who it is or where it is ("anti-U.S. protesters", "pro-Russia rebels")."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCES


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", stem + "ed", stem + "ing"}


LIGHT_VERBS = frozenset(form for lemma in LIGHT_VERB_LEMMAS for form in _forms(lemma))
"""Light verbs and their regular inflections: a word the tagger misreads keeps its form as its
lemma (a headline's "Russia Launches Attack"), so both the lemma and the lower-case form are
looked up."""
JUDGING_ADJECTIVES = frozenset({"easy", "hard", "difficult", "impossible", "possible",
                                "necessary", "important", "unlikely", "likely", "tempting",
                                "wrong", "right", "dangerous", "safe", "crucial", "vital",
                                "reluctant", "unwilling", "hesitant", "loath", "afraid",
                                "well", "better", "best", "wise", "preferable", "essential"})
"""Adjectives whose infinitive says what could, should or would rather not be done, not what
was done ("is reluctant to impose sanctions")."""


def is_light_verb(token: Token) -> bool:
    """True for "hold (talks)", "launch (an attack)", "stage (a protest)"..."""
    return token.lemma_.lower() in LIGHT_VERBS or token.lower_ in LIGHT_VERBS


def has_aux(verb: Token, words: set[str] | frozenset[str]) -> bool:
    """True when one of ``words`` is an auxiliary of the verb ("will", "must", ...)."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def is_passive(verb: Token) -> bool:
    """True when the verb is in the passive voice ("were attacked"); "is opposed to" is a
    state of its subject, not a passive."""
    return not _stative(verb) and (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or reduced_passive(verb)
        or conjoined_passive(verb) or gapped_passive(verb) or parenthetical_passive(verb)
        or absolute_passive(verb) or headline_passive(verb) or relative_passive(verb))


ACTIVE_SIGNS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "oprd"})
"""Children that show a participle with a subject of its own is no bare passive: an auxiliary,
or an object or complement it takes."""


def _unmarked_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, object, complement or conjunction of its own."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ACTIVE_SIGNS or c.dep_ == "mark"
                                          for c in verb.children)


def headline_passive(verb: Token) -> bool:
    """A headline's participle of killing or wounding with a subject, no object and the
    violence it happened in: "Israeli boy killed in Palestinian mortar attack" (the boy was
    killed)."""
    return (verb.lemma_.lower() in KILLING and _unmarked_participle(verb)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and any(o.lemma_.lower() in VIOLENT_NOUNS for p in verb.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "during") for o in p.children
                    if o.dep_ == "pobj"))


def relative_passive(verb: Token) -> bool:
    """A participle with a subject but no auxiliary or object, in a clause that describes a
    noun: a reduced passive ("operations in which any soldiers killed during that time were
    involved": the soldiers were killed; "the account provided by Rice"); the tagger tells it
    from the past tense ("the town, which Russian forces captured")."""
    return (verb.dep_ in ("relcl", "acl") and _unmarked_participle(verb)
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                    for c in verb.children))


def absolute_passive(verb: Token) -> bool:
    """A participle with a counted subject but no auxiliary in a clause of its own, as in a
    list: "after 7 lives sacrificed, more than 1,200 protestors arrested" (the tagger reads
    many a past tense as a participle: "Palestinians clashed with police")."""
    return (verb.dep_ in ("ccomp", "advcl") and _unmarked_participle(verb)
            and any(c.dep_ == "nsubj" and any(n.dep_ == "nummod" for n in c.children)
                    for c in verb.children))


def gapped_passive(verb: Token) -> bool:
    """A participle with a subject of its own but no auxiliary, joined to an earlier clause
    whose "have been" it leaves out: "churches have been shut down, and pastors arrested"
    ("extremists overran and set on fire the compound" has no passive to leave out)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return False
    return not any(c.dep_ in ACTIVE_SIGNS for c in verb.children) and any(
        t.dep_ == "auxpass" for t in verb.doc[verb.sent.start:verb.i])


def parenthetical_passive(verb: Token) -> bool:
    """A participle set off by commas after its noun that the parser read as a finite verb
    taking that noun as subject: "Panetta, asked about the draft, said ..." (Panetta is the one
    asked, and the verb of the sentence is left with no subject)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    main = _main_verb_after(verb)
    if main is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "aux", "auxpass",
                                            "mark") for c in verb.children):
        return False
    doc = verb.doc
    edge = subjects[0].right_edge.i  # (the comma may hang on the noun)
    comma_before = doc[verb.i - 1].text == "," and edge in (verb.i - 1, verb.i - 2)
    return comma_before and doc[main.i - 1].text == ","


def parenthetical_participle(verb: Token) -> bool:
    """An "-ing" phrase set off by commas after its noun that the parser read as a clause
    taking that noun as subject: "Trump and Xi, looking to revive talks, are scheduled to meet"
    (the noun is the subject of the verb after, left with none)."""
    main = verb.head
    if (verb.tag_ != "VBG" or verb.dep_ != "advcl" or main.i < verb.i
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doc = verb.doc
    after = verb.right_edge.i + 1
    return (len(subjects) == 1 and doc[verb.i - 1].text == ","
            and subjects[0].right_edge.i in (verb.i - 1, verb.i - 2)
            and after < main.i and doc[after].text == ",")


def _main_verb_after(verb: Token) -> Token | None:
    """The verb after ``verb`` that the parser made its head or its conjunct ("Panetta, asked
    ..., said"), if any."""
    if verb.dep_ in ("ccomp", "advcl", "parataxis") and verb.head.i > verb.i:
        return verb.head
    if verb.dep_ == "ROOT":
        return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    return None


def conjoined_passive(verb: Token) -> bool:
    """A participle joined to a passive one, sharing its subject: "were arrested and charged",
    "Hamas, backed by Qatar and armed by Iran"; or one with its own "by" ("had discussed the
    case, but only when questioned about it by reporters")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children):
        return False
    first = first_conjunct(verb)
    return first.i != verb.i and (any(c.dep_ == "agent" for c in verb.children) or (
        first.tag_ == "VBN" and is_passive(first)))


def reduced_passive(verb: Token) -> bool:
    """"the engineers, held captive by rebels", "the embassy targeted in 2005": a past participle
    describing a noun (with its agent, or with no object of its own)."""
    return verb.dep_ == "acl" and (any(c.dep_ == "agent" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "nsubj", "dative") for c in verb.children)))


def misread_modifier(verb: Token) -> bool:
    """A past-tense verb the parser read as the modifier of its object, which it joined to an
    earlier verb: "Obama called for regime change and threatened military strikes" (the
    strikes joined to "called", "threatened" their adjective); the tagger still reads a past
    tense, which no modifier is."""
    return (verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i < verb.head.i
            and verb.head.dep_ == "conj" and verb.head.head.pos_ in ("VERB", "AUX"))


def misread_finite(verb: Token) -> bool:
    """A main verb the parser hung on the noun before it: "Gunmen believed to be rebel
    fighters killed 20 villagers" ("killed" as a participle of "fighters"). A participle that
    describes its noun takes no direct object; this one has one and no "by" agent. So is a
    past-tense verb hung on a noun the parser made the sentence's root ("Afghan President
    Ashraf Ghani, who has been involved in the process, called on the Taliban to ...")."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN")
            and verb.head.pos_ in ("NOUN", "PROPN")
            and (any(c.dep_ == "dobj" for c in verb.children)
                 or (verb.tag_ == "VBD" and verb.head.dep_ == "ROOT"))
            and not any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children))


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a conjoined verb that the parser joined to a date before it instead:
    "the hike took effect Friday and Beijing said it would retaliate" (Beijing said it)."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if (before.dep_ == "conj" and before.pos_ in ("PROPN", "NOUN")
                      and before.head.ent_type_ in ("DATE", "TIME")
                      and before.head.dep_ == "npadvmod") else None


def _stative(verb: Token) -> bool:
    preposition = STATIVE_PARTICIPLES.get(verb.lemma_.lower())
    return preposition is not None and any(
        c.dep_ == "prep" and c.lower_ == preposition for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


LETHAL = frozenset({"kill", "injure", "wound", "claim", "maim", "leave"})
"""What an attack does to people ("that killed 115 people", "that left 20 dead")."""
RUINOUS = frozenset({"damage", "destroy", "disrupt", "cripple", "devastate", "halve", "shut"})
"""What an attack does to things ("which badly damaged the kingdom's oil infrastructure")."""
KILLING = LETHAL - {"claim", "leave"}
"""What an attack does to people in a verb of its own ("boy killed in mortar attack")."""


def _struck_by_the_act(clause: Token) -> bool:
    """A clause on what an attack struck telling what the attack did: "the bombing of a South
    Korean airliner that killed 115 people", "the attack on the consulate that killed four
    Americans", "the bombing at the Boston Marathon that killed three" (the airliner, the
    consulate and the marathon killed no one), also a place of what it struck ("the attacks
    on Aramco facilities in Saudi Arabia, which badly damaged ...")."""
    if clause.lemma_.lower() not in LETHAL | RUINOUS:
        return False
    struck = clause.head
    for _ in range(2):
        if struck.dep_ != "pobj" or struck.head.lower_ not in STRUCK_PREPOSITIONS:
            return False
        struck = struck.head.head
        if struck.lemma_.lower() in VIOLENT_NOUNS:
            return True
    return False


STRUCK_PREPOSITIONS = frozenset({"of", "on", "against", "at", "in", "near", "outside", "inside"})
"""Prepositions of what or where an attack struck ("the attack on the consulate")."""


def _whom_who_describes(clause: Token, pronoun: Token) -> Token:
    """The noun a relative clause describes; a "who" hung on a place describes the one from
    there ("an immigrant from the Caucasus region of Russia who sought ...": the immigrant), and
    one hung on an apposition the name it describes."""
    described = clause.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if (clause.tag_ == "VBZ" and described.tag_ in ("NNS", "NNPS") and before is not None
            and before.i != described.i and before.tag_ in ("NN", "NNP")):
        # "its efforts in a committee of the General Assembly that condemns ...": a singular
        # verb describes the singular noun before it, not the plural the parser hung it on
        return before
    if pronoun.lower_ != "who":
        return described
    while ((described.ent_type_ in ("GPE", "LOC") or described.lemma_.lower() in PLACE_NOUNS)
           and described.dep_ == "pobj" and described.head.head.pos_ in ("NOUN", "PROPN")):
        described = described.head.head
    if (described.dep_ == "appos" and described.pos_ == "NOUN" and described.head.pos_ == "PROPN"
            and described.head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP", "EVENT")):
        described = described.head  # "King Salman, the crown prince's father, who denied ...":
        # the one named
    return described


def first_conjunct(token: Token) -> Token:
    """The first of the words conjoined with ``token`` ("police" in "police and soldiers")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def misread_complementizer(clause: Token) -> Token | None:
    """The "that" of a clause the parser hung on a noun as a relative clause though it is a
    complementizer: marked as one, or read as the object of a clause which has an object of its
    own ("said in an interview with the broadcaster that Iran attacked the tanker": no
    broadcaster attacked). None for a true relative clause."""
    if clause.dep_ != "relcl":
        return None
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i
                 and c.dep_ in ("dobj", "mark")), None)
    if that is None or (that.dep_ == "dobj" and not any(
            c.dep_ == "dobj" and c.i > clause.i and not any(  # (not "that McCain backed, as
                b.dep_ in ("cc", "punct") and clause.i < b.i < c.i  # well as Hagel's ...")
                for b in clause.children) for c in clause.children)):
        return None
    return that


def reporting_verb(clause: Token) -> Token | None:
    """The verb a misread "that" clause reports for: the one whose prepositional phrase holds
    the noun the parser hung it on ("said in an interview with the broadcaster that ...",
    "told reporters on a visit to the region that ..." -> said, told)."""
    if misread_complementizer(clause) is None or clause.head.dep_ != "pobj":
        return None
    token = clause.head
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def named_after(token: Token) -> Token | None:
    """The name the parser joined to a description as a conjunct though nothing joins them: "A
    top Republican, Sen. Charles E. Grassley of Iowa, backed Trump" names one person."""
    conj = [c for c in token.children if c.dep_ == "conj"]
    if (len(conj) != 1 or any(c.dep_ == "cc" for c in token.children) or token.tag_ not in (
            "NN", "NNP") or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                   for c in token.children)):
        return None
    name = conj[0]
    before = name.left_edge.i - 1
    return name if (name.pos_ == "PROPN" and before >= 0 and name.doc[before].text == ","
                    and not any(c.dep_ in ("conj", "cc") for c in name.children)) else None


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Each token followed by the tokens conjoined with it ("Japan and the US" -> both); a
    description joined to a name with no "and" is that name ("a top Republican, Sen. Grassley");
    a plain noun is followed by the examples it is given ("actors like China and Japan"), which
    stand for it when it names no one."""
    result: list[Token] = []
    for token in tokens:
        name = named_after(token)
        for item in ((name,) if name is not None else (token, *token.conjuncts,
                                                          *name_conjuncts(token),
                                                          *examples(token))):
            if item not in result and item.pos_ not in ("VERB", "AUX"):
                result.append(item)
    return result


def name_conjuncts(title: Token) -> tuple[Token, ...]:
    """What is conjoined to the name a title runs into, when the parser hangs the name on the
    title as an apposition ("President Barack Obama and Iran's supreme leader": the leader is
    conjoined to Obama, not to "President")."""
    return tuple(c for a in title.children if a.dep_ == "appos" and a.left_edge.i == title.i + 1
                 for c in a.conjuncts)


EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def examples(noun: Token) -> list[Token]:
    """The names a plain plural noun is given as examples, with their conjuncts: "countries
    like China and Russia", "countries such as Iran", "several states, including Iran"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return []
    found: list[Token] = []
    # (the parser may hang them on the verb: "slammed foreign actors like China")
    hung = [p for p in noun.head.children if noun.dep_ == "dobj"
            and p.i == noun.right_edge.i + 1] if noun.i != noun.head.i else []
    for prep in (*noun.children, *hung):
        if prep.dep_ != "prep" or not _gives_examples(prep, noun):
            continue
        for named in (g for g in prep.children if g.dep_ == "pobj"):
            found.extend(t for t in (named, *named.conjuncts) if t.pos_ == "PROPN")
    return found


def exemplified(name: Token) -> Token:
    """The noun a name (or any of its conjuncts) is an example of, else its first conjunct:
    "Syria" and "Iraq" in "conflicts such as Syria and Iraq" -> "conflicts"."""
    name = first_conjunct(name)
    prep = name.head
    if name.dep_ == "pobj" and prep.dep_ == "prep" and _gives_examples(prep, prep.head):
        return first_conjunct(prep.head)
    return name


def _gives_examples(prep: Token, noun: Token) -> bool:
    """A preposition that gives a noun examples: "like", "including", or "as" with "such"
    ("countries such as Iran", "such countries as Iran")."""
    return prep.lower_ in EXAMPLE_PREPOSITIONS or (prep.lower_ == "as" and any(
        t.lower_ == "such" for t in (*prep.children, *noun.children)))


def _misjoined_relative(verb: Token) -> Token | None:
    """The relative clause a subjectless verb continues though the parser joined it to the
    main verb: the last one before it, in the tense the list the verb ends is in, where the
    main verb's differs ("has authorized strikes against the Islamic State, which controls land
    in Iraq, and threatens the United States": the Islamic State threatens; "met with a group
    that has encouraged violence, praised Iran and has called for attacks": the group did all
    three)."""
    if verb.dep_ != "conj":
        return None
    main = first_conjunct(verb)
    listed = sorted((c for c in main.conjuncts if c.i > main.i and c.pos_ in ("VERB", "AUX")
                     and not any(s.dep_ in SUBJECT_DEPS for s in c.children)),
                    key=lambda t: t.i)
    tense = _tense(listed[-1]) if listed else None
    if tense is None or _tense(main) == tense:
        return None
    relatives = [t for t in verb.doc[main.i + 1:listed[0].i] if t.dep_ == "relcl"
                 and _tense(t) == tense and not any(c.dep_ == "conj" for c in t.children)
                 and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
                         for c in t.children)]
    if not relatives or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
                            for t in verb.doc[relatives[-1].right_edge.i + 1:listed[0].i]):
        return None
    return relatives[-1]


def _tense(verb: Token) -> str | None:
    """A finite verb's tag, "VBZ+VBN" for a perfect ("has called"), else None."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    perfect = [c.tag_ for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"
               and c.tag_ in FINITE_TAGS]
    return f"{perfect[0]}+VBN" if verb.tag_ == "VBN" and perfect else None


def companions(verb: Token, subject: Token) -> list[Token]:
    """Who does it along with the subject: "McCain traveled to Egypt along with Sen. Lindsey
    Graham", "Obama, along with Merkel, condemned Russia" (the "with" under "along", on the verb
    or on the subject). One after the verb's direct object goes with that object ("destroyed
    the offices along with police stations")."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return [o for head in (verb, subject) for a in head.children
            if a.dep_ in ("prep", "advmod") and a.lower_ == "along"
            and not (head is verb and any(i < a.i for i in objects))
            for w in a.children if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj"]


ARMING = frozenset({"send", "supply", "provide", "give", "deliver", "ship", "sell", "furnish"})
"""Verbs of handing over arms or aid, whose purpose the recipients carry out."""
MATERIEL = frozenset({"arm", "weapon", "weaponry", "ammunition", "munition", "equipment", "aid",
                      "money", "supply", "missile", "rifle", "gun", "tank", "jet", "drone",
                      "fund", "funding", "assistance", "materiel", "rocket", "artillery"})
"""What is handed over for others to use ("arms", "a limited amount of arms", "money")."""


def _armed_recipients(verb: Token) -> list[Token]:
    """Those a verb of arming hands things to, for a purpose infinitive: "send arms to Kurds to
    fight", "provided the rebels with weapons to fight Assad" (not "sent troops to Iraq to
    fight": troops are no things, and the senders' own troops fight)."""
    head = verb.head
    if not (verb.dep_ in ("xcomp", "advcl") and has_aux(verb, {"to"})
            and head.lemma_.lower() in ARMING and head.i < verb.i):
        return []

    def materiel(noun: Token) -> bool:
        return noun.lemma_.lower() in MATERIEL or any(
            o.lemma_.lower() in MATERIEL for o in prep_objects(noun, "of"))

    given = [c for c in head.children if c.dep_ == "dobj"]
    if any(materiel(g) for g in given):
        return [o for o in prep_objects(head, "to") if o.ent_type_ not in ("GPE", "LOC")]
    if given and any(materiel(w) for w in prep_objects(head, "with")):
        return [g for g in given if g.ent_type_ not in ("GPE", "LOC")]
    return []


USING = frozenset({"use", "employ", "utilize", "utilise", "deploy", "wield"})
"""Verbs of using a thing for a purpose ("used equipment provided by the US to bomb ...")."""


def subject_heads(verb: Token, depth: int = 0) -> list[Token]:
    """Heads of the verb's agent: its subject, "by" phrase, or the subject it inherits."""
    if is_passive(verb):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if not agents:  # "was accused of meddling by the US": "by" hung on the complement
            # (but not a passive complement's own: "accused of being paid by companies")
            agents = [g for c in verb.children if c.dep_ == "prep" for x in c.children
                      if x.dep_ == "pcomp" and not any(a.dep_ == "auxpass" for a in x.children)
                      for b in x.children
                      if b.dep_ in ("agent", "prep") and b.lower_ == "by"
                      for g in b.children if g.dep_ == "pobj"]
        if not agents and conjoined_passive(verb) and depth < 3:
            return subject_heads(first_conjunct(verb), depth + 1)  # "arrested by police and
            # charged with murder"
        return with_conjuncts([a for a in agents if a.lemma_.lower() not in ACCIDENTS])
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS
                or (c.dep_ == "nsubjpass" and _stative(verb))]
    if len(subjects) > 1 and any(s.i > verb.i for s in subjects):
        # "Obama "did like his views," said Michael Smith": the name that opens the quote
        # is part of it, the one after the verb speaks
        subjects = [s for s in subjects if s.i > verb.i or not any(
            t.text in OPENING_QUOTES for t in verb.doc[s.i + 1:verb.i])]
    if len(subjects) > 1 and all(s.i < verb.i for s in subjects) and (
            subjects[1].pos_ == "PROPN" and subjects[0].pos_ == "NOUN"
            and subjects[0].right_edge.i == subjects[0].i == subjects[1].left_edge.i - 1):
        # "Trump ally Lindsey Graham said": the parser split the title from the name it is of
        subjects = subjects[1:]
    if subjects:
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            if _struck_by_the_act(verb):
                return []  # "the bombing of an airliner that killed 115 people": the bombing
            return with_conjuncts([_whom_who_describes(verb, subject)])
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp":
            # "It was Bush who signed it": the one the cleft puts forward
            put = [c for c in verb.head.children if c.dep_ == "attr" and c.i < subject.i]
            if put and verb.head.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.head.children):
                return with_conjuncts(put)
        return with_conjuncts([*subjects, *companions(verb, subjects[0])])
    if misread_finite(verb):
        return with_conjuncts([verb.head])
    if misread_modifier(verb) and depth < 3:
        return subject_heads(verb.head.head, depth + 1)
    stranded = stranded_subject(verb)
    if stranded is not None:
        return [stranded]
    if (verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB"
            and verb.head.head.i < verb.i and is_passive(verb.head.head)
            and (quoted := passive_subject(verb.head.head))):
        # "the minister was quoted as saying by state media": the minister says it, whatever
        # the "by" phrase hangs on
        return with_conjuncts(quoted)
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "dobj", "nsubj"):
        agents = [o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in (
                      "DATE", "TIME", "CARDINAL", "PERCENT", "MONEY")]
        if agents:  # "knew about hacking by Russia": a gerund's "by" names who does it
            return with_conjuncts(agents)
    aside = next((c for c in verb.children if c.i < verb.i and (
        parenthetical_passive(c) or parenthetical_participle(c))), None)
    if aside is None and verb.dep_ == "conj" and parenthetical_passive(verb.head):
        aside = verb.head
    if aside is not None:  # "Panetta, asked about the draft, said ...": Panetta said it
        return with_conjuncts([c for c in aside.children if c.dep_ == "nsubj"])
    if depth >= 3:
        return []
    head = verb.head
    issuer = issuing_verb(verb)
    if issuer is not None:  # "China issued a statement condemning the visit": China condemns
        return subject_heads(issuer, depth + 1) if issuer.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return with_conjuncts([head])
    relative = _misjoined_relative(verb)
    if relative is not None:  # "authorized strikes against ISIS, which controls land ...,
        return subject_heads(relative, depth + 1)  # and threatens the United States"
    armed = _armed_recipients(verb)
    if armed:  # "send arms to Kurds in Iraq to fight the Islamic State": the Kurds fight
        return with_conjuncts(armed)
    if (verb.dep_ in ("xcomp", "advcl") and has_aux(verb, {"to"}) and head.dep_ == "acl"
            and head.tag_ == "VBN" and head.head.dep_ == "dobj"
            and head.head.head.lemma_.lower() in USING):
        # "Saudi Arabia used equipment provided by the US to bomb ...": the user's purpose
        return subject_heads(head.head.head, depth + 1)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and head.i != verb.i:
        if verb.dep_ == "advcl" and not has_aux(verb, {"to"}) and not _participle_adjunct(verb):
            return []
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "is willing to send": the copula's
            head = head.head
        if verb.dep_ == "pcomp" and head.pos_ == "ADP":  # "resorted to throwing stones"
            portrayed = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
            if (head.lower_ == "as" and head.dep_ == "prep" and portrayed
                    and head.head.pos_ == "VERB" and head.head.i < head.i):
                # "quoted Barak as telling a meeting", "portrayed Iran as threatening ...": the
                # one quoted or portrayed does it (not "as well as meeting ...")
                return with_conjuncts(portrayed)
            if head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING:
                # "barred Israel from demolishing homes": Israel would demolish them
                return with_conjuncts([c for c in head.head.children if c.dep_ == "dobj"])
            if head.lower_ == "into" and any(c.dep_ == "dobj" for c in head.head.children):
                # "pushed parliament into using force", "provoked Ukraine into attacking":
                # the one pushed does it
                return with_conjuncts([c for c in head.head.children if c.dep_ == "dobj"])
            if head.lower_ in ("for", "of", "with") and any(c.dep_ == "dobj"
                                                             for c in head.head.children):
                return []  # "jailed a student for helping militants", "charged the spy with
                # murdering a defector": the student's, the spy's act
            if head.lower_ == "by" and _charged_act(head.head):
                return []  # "accused the chancellor of handing power to Corbyn by backing the
                # bill": how the chancellor did it, by the parser's reading the accuser's
            head = head.head
            if head.lemma_.lower() in ABILITY and head.dep_ == "acomp":
                head = head.head  # "is capable of striking"
        if verb.dep_ == "conj" and reduced_passive(head):
            return with_conjuncts([head.head])  # "Hamas, backed by Qatar, and showing its might"
        if head.pos_ in ("VERB", "AUX"):
            controllers = _dative_objects(head)
            if controllers and verb.dep_ in ("xcomp", "advcl"):
                return controllers  # "gave permission to Russia to help Israel": Russia helps
            # ("ordered troops there to open fire": the parser may read the infinitive as a
            # purpose; the troops are to fire)
            controllers = _controllers(head) if verb.dep_ in ("xcomp", "ccomp") or (
                verb.dep_ == "advcl" and head.lemma_.lower() in BRINGING) or (
                verb.dep_ == "advcl" and has_aux(verb, {"to"}) and any(
                    c.dep_ == "dobj" and c.i < verb.i for c in head.children)) else []
            if controllers:
                return controllers  # "forced Russia to withdraw its troops": Russia withdraws
            if (verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.i > head.i
                    and ((verb.lemma_.lower() in SAYING
                          and head.head.lemma_.lower() == verb.lemma_.lower())
                         or (verb.lemma_.lower() in ADDING and head.head.i < head.i
                             and head.head.lemma_.lower() in SAYING))):
                # "The official said the talks are continuing and said ...", "Tillerson said
                # Russia's actions had damaged the relationship, but added ...": the parser
                # hangs the second verb on what the first said; the official said both (not
                # "X expressed concern but stressed ..., his spokesman said": X stressed it)
                return subject_heads(head.head, depth + 1)
            if (verb.dep_ == "conj" and is_passive(head) and not is_passive(verb)
                    and (verb.pos_ == "AUX" or any(c.dep_ == "aux" for c in verb.children)
                         or (verb.tag_ in FINITE_TAGS and any(  # (not "attacked and looted")
                             c.dep_ in ("dobj", "ccomp") for c in verb.children)))):
                # "were monitored by French agencies but were able to attack", "was frustrated
                # by the coverage and wanted ...": the ones monitored did that, not the agencies
                return passive_subject(head)
            inherited = subject_heads(head, depth + 1)
            if not inherited and verb.dep_ == "xcomp" and is_passive(head):
                return passive_subject(head)  # "Obama is scheduled to attend"
            return inherited
    return []


def _charged_act(verb: Token) -> bool:
    """A verb with an object and an act it is charged with, jailed for or the like ("accused
    the chancellor of handing power", "jailed a student for helping militants")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and any(
        p.dep_ == "prep" and p.lower_ in ("for", "of", "with")
        and any(g.dep_ == "pcomp" for g in p.children)
        for holder in (verb, *objects) for p in holder.children)


def _alternatives(clause: Token) -> bool:
    """One of two acts joined by "or" where neither is said done: an infinitive complement
    ("forcing Iran to halt enrichment or ignore the limits"; not a purpose: "took to the
    streets to defend or criticize him"), or a clause that opens "either ..." ("either Britain
    strikes a deal or it crashes out")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    first = first_conjunct(clause)
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return False
    infinitive = has_aux(first, {"to"}) and first.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in first.children)
    return infinitive or any(t.dep_ == "preconj" and t.lower_ == "either" and t.i < first.i
                             for t in first.subtree)


def _subjunctive(clause: Token) -> bool:
    """A finite clause in the bare form, with a subject and no auxiliary ("that Ukraine
    withdraw its troops")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (clause.lower_ == clause.lemma_.lower() and len(subjects) == 1
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
            and (clause.tag_ == "VB" or (  # ("that Ukraine release": a singular's bare form)
                clause.tag_ == "VBP" and subjects[0].tag_ in ("NN", "NNP")
                and not subjects[0].conjuncts)))


def _defining(clause: Token) -> bool:
    """A clause saying what something is ("a no-deal Brexit is where the UK would cut ties"):
    its "would" is what that would be."""
    return clause.dep_ == "advcl" and clause.head.lemma_ == "be" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children)


def _participle_adjunct(verb: Token) -> bool:
    """"sent a letter to the WHO threatening to cut funding": an -ing clause with no
    conjunction of its own says more of what its governor's subject did."""
    return verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def that_clauses(token: Token) -> list[Token]:
    """The clauses spelling out what a verb or noun says ("said that ...", "the demand that
    ..."), with the verb's for its object noun when the parser hung the clause there
    ("reiterated its demand today that Israel ease ...")."""
    own = [c for c in token.children if c.dep_ == "ccomp" or (c.dep_ == "acl" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
    if own or token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "dobj":
        return own
    return [c for c in token.head.children if c.dep_ == "ccomp"]


def issuing_verb(token: Token) -> Token | None:
    """For what a document does ("a statement condemning X", "in a letter threatening X"), the
    word governing the document (the verb that issued it); None for anything else."""
    if token.dep_ != "acl" or token.head.lemma_.lower() not in DOCUMENTS:
        return None
    document = token.head
    if document.dep_ == "dobj" and document.head.lemma_.lower() in OPPOSING:
        return None  # "Russia vetoed a resolution calling for inspectors": others call
    return document.head.head if document.dep_ == "pobj" else document.head


def announcing_verb(token: Token) -> Token | None:
    """For an event noun that a statement makes known ("announced a suspension of flights",
    "announced $33 million in assistance"), the announcing verb; None for anything else."""
    token = amount_of(token) or token
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ANNOUNCING:
        return token.head
    return None


def amount_of(noun: Token) -> Token | None:
    """The amount an event noun is counted in ("$33 million in assistance", "a sixfold
    increase in funding" -> million, increase); None when there is none."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("in", "of"):
        return None
    amount = preposition.head
    if amount.like_num or amount.tag_ == "$" or amount.lemma_.lower() in AMOUNT_WORDS:
        return amount
    return None


def _controllers(verb: Token) -> list[Token]:
    """The object that does what a verb of making someone act brings about: "forced Russia to
    withdraw", "convinced the Kurds to pull back", "helped Iraq (to) defeat ISIS"."""
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return []
    return with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])


def _dative_objects(verb: Token) -> list[Token]:
    """The receiver of a giving verb ("give permission to Russia", "gave Kyiv weapons"); who
    is sent somewhere acts for the sender ("sent a delegation to Israel to mediate")."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return []
    found = [g for c in verb.children if c.dep_ == "dative"
             for g in ([c] if c.pos_ in ("NOUN", "PROPN", "PRON") else c.children)
             if g.dep_ in ("dative", "pobj")]
    return with_conjuncts(found)


EMPHATIC = frozenset({"itself", "himself", "herself", "themselves"})


def emphasized(subject: Token) -> Token:
    """The one an emphatic pronoun the parser took for the passive subject stresses: "Beijing
    has itself been accused" -> Beijing (else the subject itself)."""
    if subject.lower_ not in EMPHATIC or subject.dep_ != "nsubjpass":
        return subject
    verb = subject.head  # (the parser may hang the subject on the auxiliary: "has")
    return next((c for h in (verb, *(a for a in verb.children if a.dep_ == "aux"))
                 for c in h.children if c.dep_ == "nsubj" and c.i < subject.i), subject)


def passive_subject(verb: Token) -> list[Token]:
    """The grammatical subject of a passive verb: the one acted upon (shared with the verb it
    is conjoined to: "the men were arrested and were later released")."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass" or (
        c.dep_ == "nsubj" and (gapped_passive(verb) or parenthetical_passive(verb)
                               or absolute_passive(verb) or headline_passive(verb)
                               or relative_passive(verb)))]
    found = [emphasized(f) for f in found]
    if not found and reduced_passive(verb):
        found = [verb.head]
    if not found and conjoined_passive(verb) and reduced_passive(first_conjunct(verb)):
        found = [first_conjunct(verb).head]  # "Hamas, backed by Qatar and armed by Iran"
    if not found and verb.dep_ == "conj":
        found = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not found:  # "Trump and Xi, looking to revive talks, are scheduled to meet"
        found = [g for c in verb.children if c.i < verb.i and parenthetical_participle(c)
                 for g in c.children if g.dep_ == "nsubj"]
    return with_conjuncts(found)


SETTINGS = frozenset({"during", "in", "amid"})
"""Prepositions of a joint event noun that an act or fate took place in ("fired during clashes
with the army", "died in fighting with rebels", "said in talks with Lavrov")."""


def setting_verb(noun: Token) -> Token | None:
    """The verb an event noun with a "with" partner is the setting of ("fires during clashes
    with the army", "will raise it in talks with Xi"): its time and its "would" are the
    noun's too (not its "not": "did not die in the clashes" does not undo them)."""
    preposition = noun.head
    verb = preposition.head
    if (noun.dep_ not in ("pobj", "pcomp") or preposition.dep_ != "prep"
            or preposition.lower_ not in SETTINGS or verb.pos_ not in ("VERB", "AUX")
            or not prep_objects(noun, "with")):
        return None
    return verb


def setting_parties(noun: Token) -> list[Token]:
    """Who takes part in a joint event with "with" (a noun, or a gerund: "in fighting with") by
    acting or suffering in it: the subject of the verb it is the setting of ("a rebel fires
    during clashes with the army", "three soldiers were killed in fighting with rebels", "a
    protester killed in clashes with police", "Iran is in talks with Russia"). Empty when it is
    no such setting."""
    verb = setting_verb(noun)
    if verb is None:
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        parties = with_conjuncts([verb.head])  # "the farmer (who was) killed in clashes"
    else:
        parties = passive_subject(verb) if is_passive(verb) else subject_heads(verb)
    partners = set(prep_objects(noun, "with"))
    return [p for p in parties if p not in partners]


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "term", "tenure", "presidency"})
"""Nouns of a span before "into" that make it a time ("three years into his presidency")."""


def _sets_the_scene(obj: Token, verb: Token) -> bool:
    """A phrase that opens the sentence before the verb and its subject is its setting, no
    target: "At the G-20 meetings, Trump and Xi agreed" ("with whom Obama met" still is one);
    one "with" the subject between commas is company: "Obama, with Merkel at his side, said"."""
    preposition = first_conjunct(obj).head
    if (preposition.lower_ == "into" and preposition.i > 0
            and preposition.nbor(-1).lemma_.lower() in TIME_UNITS):
        return True  # "resigned 24 days into the Trump administration": a time, no target
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (preposition.head != verb or preposition.i > verb.i or not subjects
            or obj.lower_ in RELATIVE_PRONOUNS):
        return False
    return preposition.i < min(subjects) or (
        preposition.lower_ == "with" and preposition.i > max(subjects)
        and preposition.nbor(-1).text == ",")


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of ``preposition`` attached to ``token`` ("sanctions on Russia" -> Russia)."""
    found: list[Token] = []
    # "hit back at X", "pushed back against X", "throws a tear gas canister back towards
    # police": the preposition may hang off the "back" (not
    # "sent back to Mexico", where the one sent is the target)
    backs = [g for c in token.children if c.dep_ == "advmod" and c.lower_ == "back"
             for g in c.children] if preposition in ("at", "against", "toward", "towards") else []
    for child in (*token.children, *backs):
        if child.dep_ in ("prep", "prt", "agent", "dative") and child.lower_ == preposition:
            found.extend(g for g in child.children if g.dep_ == "pobj")
            if child.dep_ == "prt":  # "call on X": the object hangs off the verb
                found.extend(c for c in token.children if c.dep_ == "dobj")
    return with_conjuncts(found)


def war_places(noun: Token) -> list[Token]:
    """The country words before a war or unrest that only say where it is: "the Iraq war",
    "the Syrian civil war", "Syria's civil war", "Egyptian unrest". They name who wages it when
    the war has another side or place ("the U.S. war in Afghanistan", "Russia's war on
    Ukraine"), is a proxy war, names two sides ("the Israel-Hamas war") or, possessed, is no
    civil war ("Russia's war")."""
    if noun.lemma_.lower() not in PLACED_WARS or any(
            c.dep_ == "prep" and c.lower_ in WAR_PLACES and any(g.dep_ == "pobj" for g in c.children)
            for c in noun.children) or any(c.lower_ == "proxy" for c in noun.lefts):
        return []
    if any(t.text in ("-", "–") and 0 < t.i < len(t.doc) - 1 and t.nbor(-1).text[:1].isupper()
           and t.nbor(1).text[:1].isupper() for c in noun.lefts for t in c.subtree):
        return []  # "the Israel-Hamas war": its two sides (not "Syria's 2-year-old civil war")
    civil = any(c.lower_ == "civil" for c in noun.lefts)
    # a name or a country's adjective; any owner of a civil war ("the country's civil war")
    return [c for c in noun.lefts if (c.dep_ == "poss" and civil) or (
        c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.is_title))]


SEIZURES = frozenset({"seizure", "confiscation", "expropriation", "nationalization",
                      "nationalisation", "takeover"})
"""Nouns of taking whose plain noun before them is what was taken ("the bank seizure")."""
ANNEXATIONS = frozenset({"annexation"})
"""Nouns of taking whose name before them is what was taken, too ("the Crimea annexation")."""


def seized_things(noun: Token) -> list[Token]:
    """What a seizure's noun compound says was taken: "the bank seizure", "the land
    confiscation" (no bank or land seized anything; "the Chinese seizure" is China's), and a
    place's name before an annexation ("the Jordan Valley annexation", "the Crimea annexation")."""
    lemma = noun.lemma_.lower()
    if lemma not in SEIZURES | ANNEXATIONS:
        return []
    kinds = ("NOUN", "PROPN") if lemma in ANNEXATIONS else ("NOUN",)
    return [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in kinds]


def struck_places(noun: Token) -> list[Token]:
    """What a violent noun's compound says was struck: "the embassy attack", "the school
    shooting" (no embassy or school attacked); the country whose worst one it was ranks it
    among those it suffered: "France's deadliest terror attack" (but "Russia's attack")."""
    if noun.lemma_.lower() not in VIOLENT_NOUNS:
        return []
    ranked = any(c.tag_ == "JJS" or c.lower_ == "worst" for c in noun.lefts if c.dep_ == "amod")
    return _venue_compounds(noun) + [c for c in noun.children if c.dep_ == "poss" and ranked]


def _venue_compounds(noun: Token) -> list[Token]:
    """The compounds before a noun that name a venue ("embassy", "hospital", "school")."""
    return [c for c in noun.lefts if c.dep_ == "compound" and c.lemma_.lower() in STRUCK_PLACES]


GENOCIDES = frozenset({"genocide", "holocaust"})
"""Crimes whose people or country named before them are the victims ("the Armenian genocide",
"the Rwandan genocide"), never the perpetrators (as any name before the event nouns of
``triggers.SUFFERED`` is when the dictionary lists that person)."""


def sufferers(noun: Token) -> list[Token]:
    """A genocide's names before it: those who suffered it, or where ("the Armenian
    genocide"), not who committed it ("ISIS's genocide of the Yazidis" says that)."""
    if noun.lemma_.lower() not in GENOCIDES:
        return []
    return [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
            and (c.pos_ == "PROPN" or c.is_title)]


TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "stop", "stopover"})
"""Journeys: a venue named before one is where it went ("a hospital visit")."""


def visited_places(noun: Token) -> list[Token]:
    """What a journey's compound says was visited: "a hospital visit", "the embassy tour" (no
    hospital or embassy travelled)."""
    if noun.lemma_.lower() not in TRAVEL_NOUNS:
        return []
    return [c for c in _venue_compounds(noun) if c.pos_ == "NOUN"]


def summit_venues(noun: Token) -> list[Token]:
    """The one place named before a summit or conference: where it met ("the Vietnam summit",
    "the Singapore summit"), not who met ("the US-China summit", "the NATO summit")."""
    if noun.lemma_.lower() not in SUMMITS:
        return []
    names = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
             and c.pos_ == "PROPN"]
    if len(names) != 1 or names[0].conjuncts or names[0].ent_type_ not in PLACE_ENTITIES:
        return []
    name = names[0]
    doc = noun.doc
    beside = (doc[i] for i in (name.i - 1, name.i + 1) if 0 <= i < len(doc))
    return [] if any(t.text in ("-", "–") for t in beside) else [name]  # ("US-China")


SUMMITS = frozenset({"summit", "conference"})
"""Meetings a place's name before them hosted ("the Singapore summit")."""
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def placing_modifiers(noun: Token) -> list[Token]:
    """Modifiers of a war, a violent noun, a journey or a summit that say where it happened,
    what it struck, who suffered it, where it went or what it took, not who did it: "the Iraq
    war", "the embassy attack", "the Armenian genocide", "a hospital visit", "the Vietnam
    summit", "the bank seizure"."""
    return (war_places(noun) + struck_places(noun) + sufferers(noun) + visited_places(noun)
            + summit_venues(noun) + seized_things(noun))


def _lone_oprd(token: Token) -> bool:
    """A predicate with no object to describe is the parser's reading of the object ("Kerry
    called Israeli Prime Minister Netanyahu" parsed like "called him a liar"), and so is a
    name right after the verb read as an adverb ("Trump warned Turkey")."""
    misread = (token.dep_ == "oprd" or (
        token.dep_ == "npadvmod" and token.i == token.head.i + 1
        and token.ent_type_ in NAMED_ENTITIES))
    # (a nickname in quotes is what one is called: "called Kim “Rocket Man”")
    return misread and token.pos_ == "PROPN" and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.head.children) and not any(
        t.text in OPENING_QUOTES for t in token.subtree)


WEAPONS_USED = frozenset({"artillery", "missile", "rocket", "mortar", "shell", "drone", "bomb",
                          "gun", "rifle", "grenade", "airstrike", "munition", "ammunition",
                          "bullet", "barrage", "weapon", "explosive"})
"""What one strikes "with" ("hit the town with artillery"): the means, never the target."""
WHY_IN = frozenset({"anticipation", "response", "preparation", "case", "retaliation",
                    "reaction", "defense", "defence", "protest", "solidarity", "honor", "honour",
                    "memory", "view", "accordance", "addition", "spite", "return", "exchange",
                    "light", "violation", "breach", "pursuit", "search", "hope", "fear"})
"""Nouns an "in" phrase says why or how by ("deploy in anticipation of Iranian action", "in
response to the attacks"): no place, no target."""
FIRE_NOUNS = frozenset({"fire", "gunfire", "barrage", "salvo", "volley"})
"""What weapons do: the object a pattern names as its deed ("traded artillery fire") is never
whom it was aimed at (but "blames Hamas rocket fire" blames Hamas)."""
AIMED = frozenset({"on", "against"})
"""Prepositions of whom an act is aimed at."""


def target_heads(trigger: Token, order: tuple[str, ...], object_token: Token | None,
                 passive_target: bool) -> list[Token]:
    """Candidates for the target, per the pattern's order of places to look."""
    anchors = [trigger]
    amount = amount_of(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if amount is not None:  # "(announced) $33 million in assistance (to Mozambique)"
        anchors.append(amount)
        if amount.dep_ == "dobj" and (announcing_verb(trigger) is not None
                                      or is_light_verb(amount.head)):
            anchors.append(amount.head)
    if object_token is not None and object_token.i != trigger.i:
        anchors.append(object_token)
        # "released $1 million in assistance to Nepal": the amount's content takes the "to"
        anchors.extend(g for c in object_token.children if c.dep_ == "prep"
                       and c.lower_ in ("in", "of") for g in c.children
                       if g.dep_ == "pobj" and amount_of(g) == object_token)
    elif trigger.pos_ in ("VERB", "AUX"):
        # (whom an attack that one judges struck is not whom one judges: "condemned the attack
        # on the embassy", "praised the strike on Libya"; "called off the strike on Iran" and
        # "blamed the attack on Palestinian calls" are still aimed there)
        anchors.extend(c for c in trigger.children if c.dep_ == "dobj" and not (
            c.lemma_.lower() in VIOLENT_NOUNS and trigger.lemma_.lower() in JUDGING))
    if trigger.pos_ in ("VERB", "AUX"):
        # "conferred for hours with Mr. Morsi": the parser may hang the verb's phrase on how
        # long it lasted
        anchors.extend(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in TIME_UNITS)
    # a topic's phrases are targets only in the pattern's own places: "discussed Syria with
    # Lavrov" (the parser may hang "with" on the topic), not "discussed the investigation into
    # Russian interference"
    topics = ({a.i for a in anchors if a.dep_ == "dobj" and a.head.i == trigger.i}
              if NOT_TARGET + "dobj" in order else set())
    candidates: list[list[Token]] = []
    passive = trigger.pos_ in ("VERB", "AUX") and is_passive(trigger)
    if passive and passive_target:  # "X was attacked"; in "a bomb was fired" the bomb is no target
        skip = object_token.i if object_token is not None and not _held(object_token) else -1
        candidates.append([t for t in passive_subject(trigger) if t.i != skip])
    suffered = undergoer(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if suffered is not None and any(prep_objects(holder, by) for holder in (trigger, suffered)
                                    for by in ("by", "from")):
        # "Kobani came under attack from ISIS": Kobani was attacked (with no one who did it,
        # "the mission was under attack" is what was said)
        candidates.append(with_conjuncts([suffered]) if suffered.pos_ in ("NOUN", "PROPN")
                          else subject_heads(suffered))
    # the pattern's places first, then the usual ones ("endorsed an agreement with the EU");
    # one given something is its target before what it is given ("offered Israel the support
    # of the United States")
    # "the invasion of Ukraine" (but "the request of the United States" is the US's)
    nominal = ("of",) if trigger.pos_ in ("NOUN", "PROPN") and not requested_of(trigger) else ()
    # "the indictment by the Mueller probe of 12 Russian agents": the parser may hang what was
    # done to on the inquiry that did it
    inquirers = [o for o in prep_objects(trigger, "by") if o.lemma_.lower() in INQUIRIES] if (
        nominal and not prep_objects(trigger, "of")) else []
    # "attacks by rebels in Yemen on Saudi Arabia": the parser may hang whom an act was aimed
    # at on who did it
    performers = prep_objects(trigger, "by") if trigger.pos_ in ("NOUN", "PROPN") else []
    excluded = {place[1:] for place in order if place.startswith(NOT_TARGET)}
    if "dobj" in order and not {"iobj", "dative"} & {*order, *excluded}:
        order = ("dative", *order)
    for place in dict.fromkeys((*order, *DEFAULT_TARGETS, *nominal)):
        if place.startswith(NOT_TARGET) or place in excluded:
            continue  # "-dobj": "discussed North Korea with China" discussed no North Korea
        if place == "dobj":
            if not passive:  # (what one gives of one's own is no target: "provided its best
                # intelligence", "sent troops")
                objects = [c for c in trigger.children if (
                    c.dep_ in ("dobj", "attr") or _lone_oprd(c))
                           and not (c.lemma_.lower() in FIRE_NOUNS and object_token is not None
                                    and c.i == object_token.i)
                           and not ((object_token is None or c.i == object_token.i
                                     or object_token.head.head.i == c.i)  # ("thousands of
                                    and _own_means(c)  # troops": the count's)
                                    and trigger.lemma_.lower() in DISPOSING
                                    and not _named_owner(c))]
                candidates.append(with_conjuncts(
                    (objects + _objects_joined_to_verb(trigger) if objects else [])
                    or [t for t in _described_object(trigger)
                        if object_token is None or t.i != object_token.i]))
        elif place == "ccomp":  # "alleged that France was aware", "its demand that Israel
            candidates.append([s for c in that_clauses(trigger)  # ease ..."
                               for clause in (c, *c.conjuncts) for s in subject_heads(clause)])
        elif place in ("iobj", "dative"):
            candidates.append(with_conjuncts([c for c in trigger.children if c.dep_ == "dative"]))
        else:
            for anchor in (*anchors, *(inquirers if place == "of" else ()),
                           *(performers if place in AIMED else ())):
                if anchor.i in topics and place not in order:
                    continue
                candidates.append([o for o in prep_objects(anchor, place)
                                   if not _sets_the_scene(o, anchor) and not (
                                       place == "with" and o.lemma_.lower() in MEANS_WITH)
                                   and not (place == "in" and o.lemma_.lower() in WHY_IN)
                                   and not requested_of(o)
                                   and not (
                                       place == "of" and anchor.lemma_.lower() in DISPOSALS
                                       and o.lemma_.lower() in OWN_MEANS)])
                if place == "for":  # "set a deadline for Iran to return to talks"
                    candidates.append([s for c in anchor.children if c.dep_ in ("advcl", "acl")
                                       and any(m.dep_ == "mark" and m.lower_ == "for"
                                               for m in c.children)
                                       for s in c.children if s.dep_ == "nsubj"])
    # "Abbas, with whom Obama later met", "ISIS, which was rejected by al-Qaeda": the relative
    # pronoun is the noun the clause describes
    # (unless the "that" is a misread complementizer: "with the broadcaster that Iran attacked
    # the tanker")
    that = misread_complementizer(trigger)
    described = trigger.head if trigger.dep_ == "relcl" and that is None else None
    return [described if described is not None and t.lower_ in RELATIVE_PRONOUNS
            and (t.head.dep_ == "prep" or t.dep_ in ("nsubjpass", "dobj")) else t
            for group in candidates for t in group if t is not that]


def _objects_joined_to_verb(verb: Token) -> list[Token]:
    """Names the parser joined to a verb that has an object, though they are more of its
    objects: "will defend itself, as well as South Korea and Japan"."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"
            and c.i > verb.i and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


ASKING_NOUNS = frozenset({"request", "behest", "invitation", "urging", "insistence",
                         "instigation", "instruction", "order"})
"""Nouns whose "of" names who asked: "at the request of the United States"."""


def requested_of(noun: Token) -> bool:
    """An asking noun with an "of" ("the request of the United States"): the "of" asked, and
    what was done "at the request of" someone is not done to them."""
    return noun.lemma_.lower() in ASKING_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


MEANS_OF_HELP = frozenset({"help", "assistance", "support", "backing", "aid"})
"""What one acts "with" that is no partner: "recaptured the dam with American assistance"."""
MEANS_WITH = MEANS_OF_HELP | WEAPONS_USED
"""What one acts "with" that is no partner: help, or a weapon."""
NAMED_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entity labels of names that can be an object."""
CLAUSAL_OBJECTS = frozenset({"ccomp", "xcomp", "oprd"})
"""Clauses or predicates a verb takes as its object ("says it has links", "wants to go")."""


def described_noun(clause: Token) -> Token | None:
    """The noun a relative clause describes ("the aid workers [they had kidnapped]"), or None
    for no relative clause or one a relative adverb opens ("the city where they fought")."""
    if (clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN")
            or any(c.tag_ == "WRB" for c in clause.children)):
        return None
    return clause.head


def _described_object(verb: Token) -> list[Token]:
    """The noun a relative clause with a subject of its own and no object describes is that
    clause's object: "the aid workers they had kidnapped", "the soldier it captured" (not "the
    city where they fought", not "the rebels who attacked", not "a group the US says has links
    to al Qaeda", which is the complement's subject)."""
    noun = described_noun(verb)
    if noun is None or any(
            c.lower_ in RELATIVE_PRONOUNS or c.dep_ in CLAUSAL_OBJECTS
            for c in verb.children) or any(  # "the money Mubarak abused and tortured his
                c.dep_ == "dobj" for v in verb.conjuncts for c in v.children):  # people"
        return []
    if verb.left_edge.i != noun.i + 1:  # a clause hung on a noun further back
        return []
    if not any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        return []
    return with_conjuncts([noun])


def _named_owner(means: Token) -> bool:
    """Forces someone named owns ("provided Assad's forces"): those given to, unlike "its
    troops"."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in means.children)


OWN_MEANS = frozenset({"intelligence", "troop", "soldier", "force", "personnel", "warship",
                       "aid", "assistance", "funding", "jet", "aircraft", "police", "weapon",
                       "arm", "missile", "tank", "helicopter", "ship", "vessel", "destroyer",
                       "frigate", "cruiser", "submarine", "carrier", "bomber", "drone",
                       "artillery", "battalion", "brigade", "reinforcement", "reservist",
                       "marine", "paratrooper", "commando", "adviser", "advisor", "peacekeeper",
                       "military", "army", "navy", "guard", "information", "data", "datum",
                       "evidence", "warplane", "plane", "vehicle"})
"""Objects that are the source's own means, never the target, though role words
("intelligence" is a sector, "destroyers" are forces), or a country names whose they are ("cut
off U.S. aid to Guatemala"), or who gathered them ("passed evidence collected by the CIA")."""
DISPOSING = frozenset({"send", "deploy", "provide", "give", "move", "place", "put", "cut",
                       "reduce", "withdraw", "station", "dispatch", "mobilize", "mobilise",
                       "share", "supply", "offer", "pull", "redeploy", "position", "mass",
                       "fire", "launch", "use", "employ", "scramble", "pass", "hand"})
"""Verbs whose object among ``OWN_MEANS`` is what the source disposes of ("sent troops",
"shared intelligence"), unlike "trained Syrian forces" or "joined Seoul's forces"."""
DISPOSALS = frozenset({"delivery", "deployment", "sale", "transfer", "shipment", "dispatch",
                       "supply", "withdrawal", "pullout", "redeployment", "provision", "sending"})
"""Event nouns whose "of" object among ``OWN_MEANS`` is the source's ("its delivery of warships
to Russia", "the withdrawal of troops from Iraq")."""
HELD_PEOPLE = frozenset({"prisoner", "detainee", "hostage", "captive", "civilian", "activist",
                         "dissident", "journalist", "soldier", "protester", "suspect", "national",
                         "citizen", "sailor", "fisherman", "worker", "refugee", "migrant",
                         "diplomat", "official", "leader", "member", "militant", "fighter"})
"""People a passive verb's object may name, who are then its target ("the Ukrainian prisoners
were released"), unlike a weapon or a thing ("Iranian missiles were fired at Israel")."""


COUNTS = frozenset({"dozen", "hundred", "thousand", "score", "handful", "number", "couple",
                    "fleet", "squadron", "contingent", "batch", "battery", "unit"})
"""Nouns that count what their "of" phrase names ("dozens of warplanes")."""


def _own_means(obj: Token) -> bool:
    """An object among ``OWN_MEANS``, or a count of them ("deployed dozens of warplanes")."""
    lemma = obj.lemma_.lower()
    return lemma in OWN_MEANS or (lemma in COUNTS and any(
        g.lemma_.lower() in OWN_MEANS for p in obj.children if p.dep_ == "prep"
        and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"))


def _held(obj: Token) -> bool:
    return obj.lemma_.lower() in HELD_PEOPLE


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens that spell the noun phrase headed by ``head``, without clauses or conjuncts.

    Keeps determiners, modifiers (and their own conjunctions: "Chinese and Russian warships"),
    possessors, appositions and "of" phrases ("the government of Japan"), and the "by" phrase
    of an attack ("the attack by Hamas", as "Hamas's attack").
    """
    tokens = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            dep = child.dep_
            if dep == "prep":  # and who carried out an attack: "the attack by Hamas"
                kept = (child.lower_ == "of"
                        or (child.lower_ == "by" and token is head
                            and head.lemma_.lower() in VIOLENT_NOUNS)
                        or (token is head and _member_in(head, child)))
                if not kept:
                    continue
                if _population(token, child):
                    continue
            elif dep in ("conj", "cc"):
                if token is head or (token.dep_ == "appos" and token.head.i == head.i
                                     and token.left_edge.i == head.i + 1):
                    continue  # (the name a title runs into: ``name_conjuncts``)
            elif dep == "appos" and token is head and any(
                    c.dep_ == "conj" and head.i < c.i < child.i for c in head.children):
                continue  # "the United States and the Taliban, the country's insurgent
                # group": the apposition after a later conjunct describes that one
            elif dep == "appos" and (denied(token, child) or _across_governor(token, child)):
                continue  # "a small group, not the government of Libya": not them
            elif dep in PHRASE_STOP_DEPS:
                continue
            tokens.append(child)
            stack.append(child)
    tokens.sort(key=lambda t: t.i)
    return tokens


def _across_governor(noun: Token, apposition: Token) -> bool:
    """An apposition the parser hung across its noun's own verb, which no apposition crosses:
    "Sanders did vote against the Magnitsky Act, a notorious Putin bugaboo" (the act is)."""
    return noun.head.i != noun.i and min(noun.i, apposition.i) < noun.head.i < max(
        noun.i, apposition.i)


def denied(noun: Token, apposition: Token) -> bool:
    """An apposition a "not" sets against its noun: "a small group, not the government of
    Libya", "Iran, not Russia"."""
    return any(c.dep_ == "neg" and noun.i < c.i < apposition.i for c in noun.children)


MEMBERS = frozenset({"leader", "member", "official", "figure", "lawmaker", "legislator",
                     "hardliner", "moderate", "dissident", "faction", "colleague"})
"""People who belong to the body an "in" phrase names ("leaders in the Muslim Brotherhood")."""
WORLD_PLACES = frozenset({"world", "capital", "west", "east", "north", "south", "middle", "past",
                          "meantime", "meanwhile", "office", "power", "charge", "exile", "prison"})
"""Nouns after "in" that say where or how someone is, no body ("leaders in the West",
"officials in power", "members in exile")."""


def _member_in(head: Token, prep: Token) -> bool:
    """"leaders in the Muslim Brotherhood", "members in the House": the body they are in (not
    a place they are in: "U.S. officials in Iraq", "leaders in the region")."""
    return prep.lower_ == "in" and head.lemma_.lower() in MEMBERS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        and o.lemma_.lower() not in PLACE_NOUNS | WORLD_PLACES for o in prep.children)


def _population(place: Token, prep: Token) -> bool:
    """"a country of 3 million people", "a nation of herders": who lives in a place, no agent
    of it ("the city of Aleppo" is the place itself)."""
    return place.pos_ == "NOUN" and place.lemma_.lower() in POPULATED and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in prep.children)


def shares_auxiliary(verb: Token) -> bool:
    """A bare verb joined to another under one auxiliary ("would not confirm or deny", "did
    not attack or threaten"), or an infinitive joined to another ("plans to bomb ISIS and to
    torture suspects"), has that verb's modality; "did not attack but threatened" has its
    own. So has a participle joined to one with an auxiliary ("if Congress had moved quickly
    and given the president authorization"), unless "but" sets it against that one."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBN" and verb.head.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") for c in verb.head.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) and not any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children)
    if verb.tag_ != "VB":
        return False
    if [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")] == ["to"] and (
            has_aux(verb.head, {"to"}) and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                   for c in verb.children)):
        return True  # "plans to bomb ISIS and to torture suspects": one plan
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _happens(verb: Token) -> bool:
    """"take place", "happen", "occur", "go ahead": a verb that says its subject event happens."""
    lemma = verb.lemma_.lower()
    return lemma in HAPPENING or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)) or (
        lemma == "go" and any(c.lower_ == "ahead" for c in verb.children))


def responding_verb(noun: Token) -> Token | None:
    """The verb an event noun is the means of a response by ("responded with airstrikes")."""
    head = noun.head
    if (noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in RESPONDING):
        return head.head
    return None


COMING_VERBS = frozenset({"come", "rush", "leap", "spring", "run", "hurry", "race", "jump", "go",
                          "ride", "fly", "sail"})
"""Verbs of coming that say who helps in "came to X's aid", "rushed to Kyiv's defense"."""


def coming_to_aid(noun: Token) -> Token | None:
    """The verb of "came to America's aid", "rushed to Israel's defense" (whose subject helps
    the noun's owner, who does not help anyone), or None."""
    preposition = noun.head
    if not (noun.dep_ == "pobj" and preposition.lower_ == "to" and preposition.dep_ == "prep"
            and any(c.dep_ == "poss" for c in noun.children)):
        return None
    verb = preposition.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in COMING_VERBS else None


def _governing_verb(noun: Token) -> Token:
    """The verb whose object an event noun is, through its preposition ("did not hold talks
    with Iran", "set up a meeting"), else the noun itself: its modality is that verb's."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and _happens(head):
        return head  # "the talks might take place in Oman", "the attack did not happen"
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and any(
            c.dep_ == "expl" for c in head.children):
        return head  # "there could be a meeting", "whether there will be talks"
    response = responding_verb(noun)
    if response is not None:
        return response  # "could respond with a military strike": the means of the response
    arrival = coming_to_aid(noun)
    if arrival is not None:
        return arrival  # "would not come to Pyongyang's aid": as sure as the coming
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    elif noun.dep_ not in ("dobj", "attr", "oprd"):
        return noun
    if head.lemma_.lower() in ONGOING:  # "must continue military aid": it goes on already
        return noun
    # only a verb that makes the event happen ("hold talks", "set up a meeting"); one that
    # refers to an event that is there anyway leaves it so ("was not informed of the
    # investigation", "should stop its threats")
    makes = is_light_verb(head) or head.lemma_.lower() in ARRANGING or (
        head.lemma_.lower() in PARTAKING and noun.head.lower_ == "in") or (
        noun.dep_ == "attr" and head.lemma_ == "be")  # "whether Benghazi was an attack"
    return head if makes and head.pos_ in ("VERB", "AUX") and head.i != noun.i else noun


def _planned_by(clause: Token) -> list[Token]:
    """The noun an infinitive completes: "the plan (to arm)", or a light verb's object when the
    parser hangs the infinitive on the verb ("made a call (to train)")."""
    head = clause.head
    if clause.dep_ in ("acl", "relcl") or head.pos_ == "NOUN":  # ("the need for X to ...")
        return [head]
    found = []
    if is_light_verb(head) or head.lemma_.lower() in ("renew", "repeat", "reiterate"):
        found = [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i]
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and to.nbor(-1).pos_ == "NOUN":
        found.append(to.nbor(-1))  # "fit within the strategy to destroy Israel", misattached
    return found


def _wanted(noun: Token) -> bool:
    """An event noun that someone wants, hopes or pushes for has not happened: "needed a deal",
    "hopes for a trade deal", "pushed for talks", "called for attacks", "dreamt of a peace
    agreement"; nor has one that someone is protected from."""
    noun = first_conjunct(noun)
    head = noun.head
    preposition = head.lower_ if noun.dep_ == "pobj" else ""
    if preposition == "from" and head.head.lemma_.lower() in PROTECTING:
        return True  # "would protect it from a North Korean first strike"
    if preposition == "on" and head.head.lemma_.lower() == "hold" and any(
            c.lower_ == "off" for c in head.head.children):
        return True  # "was holding off on a ground offensive"
    if noun.dep_ == "dobj" and (head.lemma_.lower() in POSTPONING or any(
            c.dep_ == "prt" and (head.lemma_.lower(), c.lower_) in SHELVING
            for c in head.children)):
        return True  # "postponed the talks", "put off the visit", "called off the attack",
        # "ruled out a military strike"
    if preposition in ("for", "of"):
        head = head.head
        if preposition == "for" and head.lemma_.lower() in APPEALING and head.pos_ == "VERB":
            return True  # "called for attacks on Israel", "lobbied for a ban"
    elif noun.dep_ in ("nsubj", "nsubjpass"):  # "a meeting seemed impossible"
        return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in DOUBTING
                   for c in head.children)
    elif noun.dep_ not in ("dobj", "pobj"):
        return False
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":  # "an opening for U.N. sanctions", "the prospect of war" (not "the
        # goal of the talks": the talks are held)
        return lemma in WANTING or (lemma in PLANS if preposition == "for"
                                    else preposition == "of" and lemma in PROSPECTS)
    return lemma in WANTING or (  # "proposed his release", "demanded a ceasefire"
        noun.dep_ == "dobj" and (lemma in PROPOSING or lemma in URGING))


def _asks(trigger: Token) -> bool:
    """Whether the trigger is in a direct question: its sentence ends with a question mark
    ("Did Kerry offer Syria a way out?"; not '"Why?" Trump asked.'), and the trigger follows
    the quote or colon that opens the question ('Americans are asking: Who attacked us?' asks
    who attacked; the asking is said)."""
    sent = trigger.sent
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote
                                                   or t.text in (")", "]"))), None)
    if last is None or last.text != "?":
        return False
    opener = max((t.i for t in sent if t.i < last.i and (t.is_quote or t.text == ":")),
                 default=None)
    return opener is None or trigger.i > opener


def _unrealised(modifier: Token) -> bool:
    """"the proposed deal", "a possible strike", "the so-called attacks" (not "the
    most-anticipated meeting", which may have been held)."""
    hyphenated = modifier.i > 0 and modifier.nbor(-1).text == "-"
    return (modifier.lower_ in UNREALISED and not hyphenated) or (
        modifier.lower_ == "called" and any(c.lower_ == "so" for c in modifier.children))


def _not_done(clause: Token) -> bool:
    """A clause that only says what is wanted, imagined, allowed, prevented or advised
    against."""
    dep, head = clause.dep_, clause.head
    governor = head.lemma_.lower()
    if dep == "conj" and (first := first_conjunct(clause)).dep_ == "pcomp":
        return _not_done(first)  # "to prevent aircraft from colliding or shooting at each other"
    infinitive = has_aux(clause, {"to"})
    if infinitive and any(c.tag_ in ("WP", "WDT", "WRB") and c.i < clause.i
                          for c in clause.children):
        return True  # "will decide what to release", "debated how to respond": a choice
    if infinitive and (
            (dep == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in PREVENTING)
            or (dep == "advcl" and governor in PREVENTING and any(
                c.dep_ == "dobj" and c.right_edge.i == clause.left_edge.i - 1
                for c in head.children))):
        return True  # "will ban any new contracts to deliver military hardware to Russia"
    if dep == "pcomp":
        # "dreamt of securing a deal", "worried about China attacking", "the idea of sending
        # troops", "warned Trump against granting pardons"
        above = head.head.lemma_.lower()
        return ((head.lower_ in ("for", "of", "about") and above in WANTING_OR_WISHING)
                or (head.lower_ == "of" and above in PLANS)
                or (head.lower_ == "against" and above in ADVISING)
                or (head.lower_ == "from" and above in PREVENTING)
                or (head.lower_ == "to" and above in COMMITTING)  # "committed to protecting"
                or (head.lower_ in ("on", "with") and above in HOLDING_OFF and any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in head.head.children)))
        # ("agreed to hold off on pulling troops": not pulled)
    if dep == "acl" and clause.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in PLANS  # "the possibility of Turkey sending"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and has_aux(
            clause, {"to"}):
        return True  # "the only way is for China to come to the table"
    if dep == "csubj":
        # "removing the sanctions is out of the question" (not "what Obama is hoping is ...")
        return clause.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "aux")
                                                for c in clause.children)
    if dep in ("xcomp", "ccomp") and governor in ENABLING and not (
            governor == "let" and clause.lemma_.lower() in LET_LOOSE):
        return True  # "allowing the president to dispatch planes", "would let ISIS and the
        # regime fight it out": not yet done (but "let free six hostages" freed them)
    # "the illusion that China intended to honor ..." (also when the parser reads the "that"
    # as a relative pronoun)
    if (dep in ("acl", "ccomp") or (dep == "relcl" and any(
            c.dep_ == "mark" for c in clause.children))) and head.pos_ == "NOUN":
        return governor in UNREAL_NOUNS
    # "demanded that Iran cease its violence": asked for, not done
    if (dep == "ccomp" and governor in DEMANDING and clause.i > head.i
            and clause.left_edge.lower_ not in QUESTION_WORDS):
        return True
    if dep == "ccomp" and governor in MANDATING and clause.i > head.i and _subjunctive(clause):
        return True  # "insisted that Ukraine withdraw its troops" (not "... has withdrawn")
    # "I think they'll agree to pay": a guess about others, no intent of theirs
    return dep == "ccomp" and governor in BELIEVING and has_aux(clause, FUTURE_AUX)


def modifies_violence(token: Token) -> bool:
    """A word before a violent noun that modifies it ("the Benghazi attack", "the Salisbury
    nerve agent attack"): where it happened, if a place."""
    return token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in VIOLENT_NOUNS


def _open_condition(clause: Token) -> bool:
    """An "if" or "unless" clause in the present or future tense ("if they harass our ships")."""
    return _pending(clause) and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                    for m in clause.children)


def _pending(clause: Token) -> bool:
    """A finite clause in the present or future tense: "if a shell is fired", "unless they
    stop" (not "if only to highlight")."""
    if has_aux(clause, {"to"}):
        return False
    return clause.tag_ in PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.lower_ in FUTURE_AUX)
        for c in clause.children)


def _ability(clause: Token) -> Token | None:
    """The adjective whose ability ``clause`` is: "able to help", "capable of attacking"."""
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ABILITY:
        return clause.head
    if (clause.dep_ == "pcomp" and clause.head.lower_ == "of"
            and clause.head.head.lemma_.lower() in ABILITY):
        return clause.head.head
    return None


NOTHING_DONE = frozenset({"nothing", "none", "neither"})
"""Objects that say the act was done to nothing ("revealed nothing", "disclosed none")."""


def _no_one(subject: Token) -> bool:
    """A subject that denies anyone did it: "neither X nor Y", "no country", "none of them",
    "nobody"."""
    return subject.lower_ in ("nobody", "none", "noone") or any(
        (c.dep_ in ("preconj", "det", "cc") and c.lower_ == "neither")
        or (c.dep_ == "det" and c.lower_ == "no"
            and not (subject.like_num and subject.lower_ != "one"))
        for c in subject.children)  # ("No 10 said": Downing Street, which did say)


RESULTING = frozenset({"result", "lead"})
"""Verbs whose "in"/"to" clause is what follows from their subject ("would result in ...")."""
CAUSING = frozenset({"cause", "prompt", "lead", "force", "compel", "provoke", "trigger", "spur",
                     "drive"})
"""Verbs whose object's infinitive happens as surely as they do ("could cause the United States
to fight China", "forced Iran to negotiate")."""
MEANS = frozenset({"money", "means", "resource", "capacity", "ability", "fund", "funding",
                   "power", "strength", "authority", "capability", "manpower", "will"})
"""What one needs to do something: without it ("lacked the money to send"), nothing is done."""
LACKING = frozenset({"lack", "lose"})


def _without_means(clause: Token) -> bool:
    """An infinitive of means one lacks: "lacked the money to send a carrier", "has no
    authority to act"."""
    if not (clause.dep_ in ("acl", "relcl", "advcl") and has_aux(clause, {"to"})):
        return False
    means = clause.head
    if clause.dep_ == "advcl":  # (the parser may hang the infinitive on "lacked")
        means = next((c for c in clause.head.children if c.dep_ == "dobj"), means)
    if means.lemma_.lower() not in MEANS:
        return False
    return means.head.lemma_.lower() in LACKING or any(
        c.dep_ in ("det", "neg") and c.lower_ == "no" for c in means.children)


def _in_case(noun: Token) -> bool:
    """The "event" or "case" of "in the event that ...", "in the event of ...", "in case ..."."""
    return noun.lemma_.lower() in CASES and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _states_case(noun: Token) -> bool:
    """Whether "the event" says what it is: a clause ("that Russia attacks") or "of" phrase."""
    return any(c.dep_ in CASE_CLAUSES or (c.dep_ == "prep" and c.lower_ == "of")
               for c in noun.children)


def _instead(clause: Token) -> bool:
    """A verb put aside for another: "instead of attacking", "rather than attack(ing)"."""
    if clause.dep_ == "pcomp" and (
            (clause.head.lower_ == "of" and any(c.lower_ == "instead" for c in clause.head.children))
            or (clause.head.lower_ == "than" and any(c.lower_ == "rather"
                                                     for c in clause.head.children))):
        return True
    return clause.dep_ == "conj" and any(
        c.dep_ in ("cc", "prep") and c.lower_ == "than" and c.i < clause.i
        and c.i > 0 and c.nbor(-1).lower_ == "rather" for c in clause.head.children)


def modality(trigger: Token) -> str:
    """``negated``, ``hypothetical`` or ``asserted`` for the clause of ``trigger``."""
    from deeppol.types import ASSERTED, HYPOTHETICAL, NEGATED

    if _asks(trigger):
        return HYPOTHETICAL  # "Why erode the moral fiber of the forces?": asked, not said
    clause = trigger
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":
        clause = trigger.head  # "asked if the White House would be willing to share": the
        # copula carries the marks
    if trigger.pos_ in ("NOUN", "PROPN"):
        modifiers = [*trigger.children, *(g for c in trigger.children if c.dep_ == "compound"
                                           for g in c.children)]  # "the rumored Iran deal"
        if _wanted(trigger) or any(c.dep_ == "amod" and _unrealised(c) for c in modifiers):
            return HYPOTHETICAL  # "needed a deal", "Trump's proposed deal", "a possible attack"
        if any(c.dep_ in ("neg", "det") and c.lower_ in NEGATIONS for c in trigger.children):
            return NEGATED  # "had no comment", "there was no attack"
        if any(c.dep_ == "det" and c.lower_ == "any" for c in (*trigger.children, *(
                g for c in trigger.lefts if c.dep_ in ("nmod", "compound") for g in c.children))):
            return HYPOTHETICAL  # "any war between North and South Korea would ..." (but "its
            # threats may have been counterproductive": they were made), "any U.S. strike"
        if (trigger.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
                and any(a.dep_ == "aux" and a.lower_ in HYPOTHETICAL_AUX
                        for a in trigger.head.children)):
            return HYPOTHETICAL  # "argued that a unilateral attack on North Korea would need
            # approval": one that may come, even in a reported clause
        if trigger.dep_ == "dobj" and _instead(trigger.head):
            return NEGATED  # "abstained rather than exercise its veto"
        setting = setting_verb(trigger)
        if setting is not None and modality(setting) == HYPOTHETICAL:
            return HYPOTHETICAL  # "would raise it in talks with Xi"
        clause = _governing_verb(trigger)
    for _ in range(4):
        if clause.dep_ == "xcomp" and clause.head.lower_ == "ought":
            return HYPOTHETICAL  # "Trump ought to call Putin": the parser's root is "ought"
        if _alternatives(clause):
            return HYPOTHETICAL  # "forcing Iran to halt enrichment or ignore the limits",
            # "either Britain strikes a deal or it crashes out": neither said done
        if (clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX")
                and not any(m.dep_ == "mark" for m in clause.children)
                and any(m.dep_ == "mark" and m.lower_ in HYPOTHETICAL_MARKS
                        for m in first_conjunct(clause).children)):
            return HYPOTHETICAL  # "if Baghdad follows through and expels the troops": the
            # condition is on both
        for child in clause.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in NEGATIONS
                                       and child.i < trigger.i):
                return NEGATED
            if (child.dep_ == "preconj" and child.lower_ == "neither"
                    and (clause.i == trigger.i or clause.i in {c.i for c in trigger.ancestors})):
                return NEGATED  # "neither invited by Damascus nor authorized by the UN"
            if child.dep_ == "advmod" and child.lower_ == "longer" and any(
                    g.lower_ == "no" for g in child.children):
                return NEGATED  # "no longer supports a Palestinian state"
            if child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
                return NEGATED  # "does not, and never will, accept": the parser hangs "never"
                # on the auxiliary
            if (clause.i == trigger.i and child.dep_ == "dobj"
                    and trigger.lemma_.lower() not in SAYING
                    and any((d.dep_ == "det" and d.lower_ == "no") or (
                        d.dep_ in ("preconj", "det", "cc") and d.lower_ == "neither")
                            for d in child.children)):
                return NEGATED  # "had no meeting with Putin", "fired no shots", "attacked
                # neither Ukraine nor Georgia" (one who "says no deal was reached" says so)
            if (clause.i == trigger.i and child.dep_ == "dobj"
                    and child.lower_ in NOTHING_DONE and trigger.lemma_.lower() not in SAYING):
                return NEGATED  # "revealed nothing", "disclosed none of the contacts",
                # "neither of which he revealed"
            if (child.dep_ in ("nsubj", "nsubjpass") and _no_one(child)
                    and sum(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) == 1):
                return NEGATED  # "neither the U.S. nor Europe can force", "no country has"
                # (not a quoted fragment the parser read as a second subject: '"No denials,"
                # Clinton said')
            if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
                return HYPOTHETICAL
            if (child.dep_ == "mark" and child.lower_ == "so" and child.i + 1 < len(child.doc)
                    and child.nbor(1).lower_ == "that"):
                return HYPOTHETICAL  # "amend the constitution so that marriages are banned"
            if (child.dep_ == "mark" and child.lower_ in CONDITION_MARKS
                    and clause.tag_ in PRESENT_TAGS):
                return HYPOTHETICAL
            if (child.dep_ in ("aux", "auxpass") and child.lower_ in INVERTED_CONDITIONS
                    and any(s.dep_ in ("nsubj", "nsubjpass") and child.i < s.i
                            for s in clause.children)):
                return HYPOTHETICAL  # "should Israel launch a ground invasion, ..."
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                if any(g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                       HYPOTHETICAL_MARKS for m in g.children) for g in clause.children):
                    return HYPOTHETICAL
                if any(_in_case(o) and _states_case(o) for p in clause.children
                       if p.dep_ == "prep" for o in p.children):
                    return HYPOTHETICAL  # "in the event that Russia attacks (in the event
                    # of an attack), NATO would respond"
                if child.lower_ in POSSIBILITY_AUX:
                    if any(c.dep_ == "neg" for c in clause.children):
                        return NEGATED  # "cannot attack"
                    return HYPOTHETICAL
                if (child.lower_ == "would" and (clause.dep_ == "ROOT" or (
                        clause.dep_ == "relcl" and not any(
                            t.lower_ == "when" for t in clause.doc[clause.head.i:clause.i]))
                        or _defining(clause))
                        and not any(c.dep_ == "neg" or c.lower_ in NARRATED_WOULD for c in (
                            *clause.children, *clause.doc[clause.i + 1:clause.i + 2]))):
                    return HYPOTHETICAL  # "the bill would impose sanctions", "a treaty that
                    # would impose", "North Korea would hope to negotiate": what would be,
                    # said by no one ("years when citizens would go and fight": habit; a reported
                    # "would" is another's future; "months later, he would resign" happened,
                    # and "the Kremlin would not confirm it" declined)
            if (child.dep_ == "advcl" and child.i > clause.i
                    and has_aux(first_conjunct(clause), {"to"}) and _open_condition(child)):
                # "ordered troops to open fire if a shell is fired" (a threat or a statement on
                # a condition is still made: "warned of action if Hamas fires")
                return HYPOTHETICAL
            if child.dep_ == "aux" and child.lower_ == "must":
                return HYPOTHETICAL  # "the administration must work to block ...": not done
            if (child.dep_ == "conj" and child.i > trigger.i and clause.i == trigger.i
                    and has_aux(clause, {"to"}) and any(
                        g.dep_ == "advcl" and g.i > child.i and _open_condition(g)
                        for g in child.children)):
                return HYPOTHETICAL  # "ordered the Navy to shoot down and destroy gunboats if
                # they harass our ships": the condition is on both
        if (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in BELIEVING
                and any(c.dep_ == "neg" for c in clause.head.children)):
            return NEGATED  # "I don't think Russia attacked": not so, in the speaker's view
        if (clause.dep_ in ("ccomp", "acl", "relcl") and clause.head.lemma_.lower() in EVIDENCE
                and (clause.dep_ != "relcl" or not any(  # "no evidence he mounted" (the
                    c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
                    for c in clause.children))  # parser's relative clause; not "which")
                and any(c.dep_ == "det" and c.lower_ == "no" for c in clause.head.children)):
            return HYPOTHETICAL  # "found no evidence that any American coordinated with Russia"
        if (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in UNCLAIMED_WHEN_DENIED
                and any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.head.children)):
            return HYPOTHETICAL  # "never said he shared classified information": not claimed
        if (clause.dep_ == "conj" and any(c.dep_ == "neg" or (
                c.dep_ == "preconj" and c.lower_ == "neither") for c in clause.head.children)
                and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                        for c in clause.head.children)):
            return NEGATED  # "has not armed rebels or contributed to the conflict", "neither
            # confirmed nor denied"
        if (clause.dep_ in ("xcomp", "advcl") and clause.head.pos_ in ("ADJ", "ADV")
                and clause.head.lemma_.lower() not in TOO_EAGER
                and any(c.lower_ == "too" for c in clause.head.children)):
            return NEGATED  # "too weak to make concessions" (not "too quick to condemn")
        if (clause.dep_ == "xcomp" and clause.tag_ == "VBG"
                and clause.head.lemma_.lower() in CEASING and not any(
                    c.dep_ == "prt" and c.lower_ == "up" for c in clause.head.children)):
            # "stopped funding the groups": no longer funds them ("needs to stop attacking":
            # not yet; "did not stop attacking": still does)
            above = modality(clause.head)
            return {ASSERTED: NEGATED, NEGATED: ASSERTED}.get(above, above)
        if clause.dep_ in CASE_CLAUSES and _in_case(clause.head):
            return HYPOTHETICAL  # "in the event that Moscow decides to invade a neighbor"
        if clause.dep_ == "pobj" and clause.head.lower_ == "of" and _in_case(clause.head.head):
            return HYPOTHETICAL  # "in the event of a U.S. attack on Syria"
        if clause.dep_ == "pcomp" and clause.head.lower_ == "without":
            return NEGATED  # "remove them without using force"
        if clause.dep_ == "pcomp" and clause.head.lower_ == "off" and any(
                c.lower_ in ("better", "best") for c in clause.head.head.children):
            return HYPOTHETICAL  # "Trump would be better off working with allies": advice
        if _instead(clause):
            return NEGATED  # "negotiated instead of attacking", "rather than attack"
        if _without_means(clause):
            return NEGATED  # "lacked the money to send a carrier", "has no power to stop it"
        if (clause.dep_ == "pcomp" and clause.head.lower_ in ("in", "to")
                and clause.head.head.lemma_.lower() in RESULTING):
            clause = clause.head.head  # "would result in businesses freezing ties", "could
            continue  # lead to Russia attacking": what follows is as sure as what leads to it
        if (clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_.lower() in CAUSING
                and has_aux(clause, {"to"})):
            clause = clause.head  # "what could cause the United States to fight China"
            continue
        if (clause.dep_ == "pcomp" and clause.head.lower_ == "into"
                and clause.head.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "dobj" for c in clause.head.head.children)):
            clause = clause.head.head  # "was unable to push parliament into using force":
            continue  # what one is pushed into is as sure as the push
        means = first_conjunct(clause)  # ("by packing them and detonating them")
        if means.dep_ == "pcomp" and means.head.lower_ == "by" and means.head.head.pos_ in (
                "VERB", "AUX"):  # "if the US provided guarantees by removing its troops": the
            clause = means.head.head  # means has the modality of what it achieves
            continue
        adjective = _ability(clause)
        if adjective is not None:
            copula = adjective.head if adjective.dep_ == "acomp" else None
            if adjective.lemma_.lower() in INABILITY or (
                    copula is not None and any(c.dep_ == "neg" for c in copula.children)):
                return NEGATED  # "was unable to help", "won't be able to help"
            if copula is None or copula.tag_ in PRESENT_TAGS:
                return HYPOTHETICAL  # "is able to strike", "missiles capable of reaching"
            clause = copula  # "was able to help": done, as the copula says
            continue
        if (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in WANTING_OR_WISHING
                and not is_passive(clause.head)):  # ("is expected to meet" is scheduled)
            return HYPOTHETICAL  # what "wanted to set up" holds: "a meeting" not yet held
        if (trigger.pos_ in ("NOUN", "PROPN") and clause.dep_ == "xcomp"
                and clause.head.lemma_.lower() in ATTEMPTING):
            return HYPOTHETICAL  # "is trying to broker a ceasefire": the mediation goes on,
            # the ceasefire is not yet had
        if _not_done(clause):
            return HYPOTHETICAL
        if (clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "suppose"
                and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                        for c in clause.head.children)):
            return HYPOTHETICAL  # "Syria was supposed to give up its stockpile": due, not done
        if (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in OBLIGING_VERBS
                and clause.head.tag_ in PRESENT_TAGS):
            return HYPOTHETICAL  # "Petraeus has to testify", "Iran needs to stop" (not "had to")
        if clause.dep_ == "xcomp" and any(  # "it is easy to kill people with a truck"
                t.lemma_.lower() in JUDGING_ADJECTIVES
                for t in (clause.head, *(c for c in clause.head.children if c.dep_ == "acomp"))):
            return HYPOTHETICAL
        if clause.dep_ in ("acl", "advcl", "relcl") and has_aux(clause, {"to"}) and any(
                noun.lemma_.lower() in PLANS and not (
                    clause.dep_ == "acl" and noun.lemma_.lower() in INTENT_PLANS
                    and any(c.dep_ == "poss" for c in noun.children))  # someone's: their intent
                for noun in _planned_by(clause)):
            return HYPOTHETICAL  # "the plan to arm the rebels", "made a call to train them"
        if clause.dep_ == "ccomp" and (clause.head.lemma_.lower() in FEARFUL or any(
                c.dep_ == "acomp" and c.lemma_.lower() in (DOUBTING | FEARFUL)
                for c in clause.head.children)):
            return HYPOTHETICAL  # "it is doubtful that Obama will launch", "unclear whether",
            # "analysts are afraid that the US will start a war"
        argued = first_conjunct(clause)  # (each of a list: "advocated bombing Iran, attacking
        # North Korea and ...")
        if (argued.dep_ in ("xcomp", "ccomp", "pcomp") and clause.tag_ == "VBG"
                and argued.tag_ == "VBG" and argued.head.lemma_.lower() in ADVOCATING):
            return HYPOTHETICAL  # "voters supported banning Muslims", "considered attacking"
        if (argued.dep_ == "advcl" and argued.tag_ == "VBG"
                and argued.head.lemma_.lower() in ADVOCATING
                and argued.lemma_.lower() not in SAYING
                and not any(c.dep_ == "mark" for c in argued.children)
                and any(c.dep_ == "dobj" and c.lower_.endswith("ing") and c.i < argued.i
                        for c in argued.head.children)):
            return HYPOTHETICAL  # the next of a list the parser broke: "advocated bombing
            # Iran, attacking North Korea" (not "advocated talks, saying ...")
        wished = clause.dep_ in ("ccomp", "acl") or (clause.dep_ == "advcl"
                                                     and has_aux(clause, {"to"}))
        if wished and clause.head.lemma_.lower() in WISHING and not (
                clause.head.lemma_.lower() == "doubt"
                and any(c.dep_ == "det" and c.lower_ == "no" for c in clause.head.children)):
            return HYPOTHETICAL  # (but "there is no doubt that Russia attacked" is sure)
        if (clause.dep_ == "pcomp" and clause.head.lower_ in ("with", "on")
                and clause.head.head.lemma_.lower() in PROCEEDING):
            clause = clause.head.head  # "should Syria fail to follow through with giving up
            continue  # its stockpiles": what one goes ahead with is as sure as the going
        if (clause.dep_ in ("xcomp", "ccomp") and has_aux(clause, {"to"})
                and clause.head.lemma_.lower() in PERSUADING and has_aux(clause.head, {"to"})):
            return HYPOTHETICAL  # "seeks a way to get Myanmar to end the offensive"
        # an infinitive's modality is its governor's: "would not allow Russia to help Israel"
        purpose = clause.dep_ == "advcl" and has_aux(clause, {"to"})
        if ((clause.dep_ != "xcomp" and not purpose and not shares_auxiliary(clause))
                or clause.head.i == clause.i):
            break
        clause = clause.head
    return ASSERTED
