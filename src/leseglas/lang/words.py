"""German's closed word classes, written once: articles and their endings,
pronouns, prepositions, conjunctions, verb particles, copulas and auxiliaries,
words of degree, forms of address.  Rules read them by name from here."""

from __future__ import annotations

from collections.abc import Callable

COPULAS = frozenset({"bleiben", "scheinen", "wirken", "erscheinen"})
# Verbs that are copulas with a reflexive pronoun: *zeigte sich erleichtert*.
REFLEXIVE_COPULAS = frozenset({"zeigen", "fühlen", "geben"})

# Words of degree go with adjectives, not with verbs: *sehr erleichtert* is "very relieved".
DEGREE_WORDS = frozenset(
    "sehr ganz ziemlich äußerst besonders total völlig zutiefst höchst recht zu so".split()
)

# Articles no plural takes: *beim Brötchenbacken* is no plural of *Backe*.
SINGULAR_NEUTER_ARTICLES = frozenset({"das", "dem", "ein", "einem"})

ACCUSATIVE_PREPOSITIONS = frozenset({"durch", "für", "ohne", "gegen", "um"})

DATIVE_PREPOSITIONS = frozenset({"zu", "mit", "von", "aus", "bei", "nach", "seit"})

DATIVE_PRONOUNS = frozenset({"mir", "dir", "ihm", "uns", "euch", "ihnen"})

INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})

EIN_WORDS = ("kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")

DER_WORDS = ("dies", "jen", "jed", "manch", "welch", "solch")

# The article whose genders a determiner's ending allows: *keine* f or plural like
# *die*; *meinem* m or n like *einem*; *dieses* m or n like *des*.
EIN_ENDINGS = {"": "ein", "e": "die", "en": "den", "em": "einem", "er": "die", "es": "eines"}

DER_ENDINGS = {"er": "der", "e": "die", "es": "des", "em": "dem", "en": "den"}

PERFECT_AUXILIARIES = ("haben", "werden")

PASSIVE_AFTER = frozenset({"worden", "werden", "wird", "wurde", "bekommen", "bekam"})

# Prepositions, contracted ones too, that open or close the dictionary's idioms
# (*im Rahmen von*, *zu Hilfe eilen*)
PREPOSITIONS = frozenset(
    "an auf aus außer bei durch für gegen hinter in mit nach neben ohne seit über um unter "
    "von vor wegen zu zwischen am ans aufs beim im ins übers vom zum zur".split()
)

# A contracted preposition is its preposition and an article: *im* is *in dem*.
CONTRACTIONS = {
    "im": ("in", "dem"), "am": ("an", "dem"), "zum": ("zu", "dem"), "vom": ("von", "dem"),
    "beim": ("bei", "dem"), "zur": ("zu", "der"), "ins": ("in", "das"), "ans": ("an", "das"),
    "aufs": ("auf", "das"), "übers": ("über", "das"),
}  # fmt: skip
PREPOSITION_IN_CONTRACTION = {word: parts[0] for word, parts in CONTRACTIONS.items()}
ARTICLE_IN_CONTRACTION = {word: parts[1] for word, parts in CONTRACTIONS.items()}

# Coordinating conjunctions: *und nicht*, *aber auch* are no listed phrase.
COORDINATORS = frozenset({"und", "aber", "oder", "sondern"})
# and with those that join clauses too (*denn*, *doch*, *sowie*)
CONJUNCTIONS = COORDINATORS | {"denn", "doch", "sowie"}

EIN_NOMINATIVE_ACCUSATIVE = frozenset({"ein", "eine", "einen"})

RELATIVE_TIME_WORDS = frozenset(
    {"vorher", "zuvor", "danach", "darauf", "davor", "nachher", "später", "früher", "spät", "früh"}
)

# Nouns that make a prepositional phrase a time adverbial (*im Mai*, *am Montag*,
# *seit Jahren*), which tells nothing about the verb's sense: time units, months,
# days, seasons and parts of the day.
TIME_NOUNS = frozenset(
    """Sekunde Minute Stunde Tag Woche Wochenende Monat Jahr Jahrzehnt Jahrhundert
    Jahrtausend Zeit Zeitpunkt Zeitraum Morgen Vormittag Mittag Nachmittag Abend Nacht
    Frühling Frühjahr Sommer Herbst Winter Januar Jänner Februar März April Mai Juni Juli
    August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag
    Samstag Sonnabend Sonntag Anfang Mitte Ende Beginn Schluss""".split()
)

# Only *sich* is always reflexive; *mich*, *uns* … are so only with their own subject
# (*wir haben uns unterhalten*, not *er hat uns gesehen*; HanTa tags the *mich* of
# *er erinnert mich* PRF too).
REFLEXIVE_PRONOUNS = {
    "mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir", "euch": "ihr",
}  # fmt: skip

# Prepositions that form pronominal adverbs: *damit*, *darauf*, *worüber*, *hierfür*.
PRONOMINAL_PREPOSITIONS = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu".split()
)

ADDRESSES = frozenset({"herr", "herrn", "frau", "fräulein"})  # forms of address

ACADEMIC_DEGREES = frozenset({"dr.", "prof.", "dr", "prof"})

# Separable verb particles: prepositional and directional.
PARTICLES = frozenset(
    """ab an auf aus bei dar durch ein fest fort frei her hin los mit nach nieder statt teil
    um vor vorbei voran voraus weg zu zurecht zurück zusammen heim fern auseinander wider
    heraus herein hinaus hinein herum herunter hinunter hinauf herauf herbei hervor hinzu
    entgegen über unter aufrecht inne bevor hinweg hinab herab herüber hinüber hindurch
    vorüber umher empor heran rum rein raus runter rüber rauf ran""".split()
)
# Words of other classes that are also the first part of verbs written as one
# (*zog … hoch*: *hochziehen*; *stellen … bereit*: *bereitstellen*; *gab … weiter*;
# *fällt … schwer*, *ging kaputt*, *legt … nahe*, *stellt … fertig*): a particle only
# where the dictionary has the verb.  Not *gut*, *frei*: *schreibt gut* is no
# *gutschreiben* "to credit", *spricht frei* no *freisprechen* "to acquit".
ADJECTIVE_PARTICLES = frozenset(
    {"hoch", "bereit", "weiter", "schief", "kaputt", "schwer", "leicht", "offen", "nahe", "fertig"}
)
PARTICLES_LONGEST_FIRST = sorted(PARTICLES, key=len, reverse=True)  # *voran* before *vor*

PLACE_ADVERBS = frozenset(
    {"außen", "innen", "oben", "unten", "hier", "dort", "da", "links", "rechts"}
)

# Particles of direction make a verb of motion with any verb (*hastete … hinauf*,
# *schaukelte … zurück*), glossed from its parts when the dictionary lacks it.
DIRECTIONS = frozenset(
    "hinauf hinab hinaus hinein hinüber hinunter herauf herab heraus herein herüber "
    "herunter herum umher zurück davon fort weg vorbei entgegen entlang voran voraus los "
    "nieder empor hinweg vorüber heran hindurch rum rein raus runter rüber rauf ran".split()
)

MODAL_VERBS = frozenset("können müssen dürfen sollen wollen mögen möchten werden".split())


# Endings of adjective stems; a town's adjective has none (*Prager*, *Kölner*).
_ADJECTIVE_STEMS = ("isch", "ig", "lich", "sam", "bar", "haft", "los", "voll", "sch", "ell")


def cited(
    article: str,
    headword: str,
    plural: bool = False,
    is_adjective: Callable[[str], bool] | None = None,
) -> str:
    """A headword with its definite article, declined as German declines it: Ding
    cites an adjective + noun name in the strong form (*Naher Osten*, *Rotes
    Kreuz*), which after *der*, *das* is weak: *der Nahe Osten*, *das Rote Kreuz*,
    and in the plural *die Vereinten Nationen*.  A town's adjective does not
    change (*der Prager Frühling*): the first word is declined when its stem is an
    adjective (``is_adjective``, where given) or ends like one."""
    words = headword.split(" ")
    if not article:
        return headword
    if len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper():
        first = words[0]
        stem = first.lower().removesuffix("er").removesuffix("es").removesuffix("e")
        adjective = stem.endswith(_ADJECTIVE_STEMS) or (
            is_adjective is not None and is_adjective(stem)
        )
        if (adjective and article == "der" and first.endswith("er") and not plural) or (
            adjective and article == "das" and first.endswith("es")
        ):
            first = first[:-1]
        elif adjective and article == "die" and plural and first.endswith("e"):
            first += "n"
        headword = f"{first} {words[1]}"
    return f"{article} {headword}"


# The subject of an existential: Ding's *es gibt* "there is", found by *es geben*.
EXISTENTIAL_SUBJECT = "es "


# Prepositions that the 2006 spelling joins to a noun where Ding writes them apart:
# *infrage* (in Frage kommen), *zutage* (zu Tage), *aufgrund* (auf Grund).
_JOINED_PREPOSITIONS = ("in", "zu", "mit", "von", "auf", "an")
_MIN_JOINED_NOUN = 4


def written_apart(key: str) -> str:
    """The key with its first word's preposition written apart, as Ding writes the
    spellings the 2006 reform joins: "infrage stellen" → "in frage stellen"; "" when
    it opens with none."""
    first, _, rest = key.partition(" ")
    for preposition in _JOINED_PREPOSITIONS:
        noun = first.removeprefix(preposition)
        if noun != first and len(noun) >= _MIN_JOINED_NOUN and noun.isalpha():
            return f"{preposition} {noun} {rest}".rstrip()
    return ""


# An ordinal as written: *1.*, *zweiten*, *dritte* (the number's *ersten* … *zehnten*)
ORDINAL = r"(?:\d+\.|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)e[nmrs]?)"
