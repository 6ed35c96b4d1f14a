"""STTS tags (HanTa's tag set) and the named groups of them the core reads.

Every group is written once, here: a rule says ``NOUN_TAGS``, not
``("NN", "NE")``, so that two rules cannot mean different sets by one name.
"""

from __future__ import annotations

# STTS (HanTa) → Universal POS, as UD German uses them.
_UPOS = {
    "NN": "NOUN", "NNA": "NOUN", "NNI": "NOUN", "ACR_NN": "NOUN",
    "NE": "PROPN", "ACR_NE": "PROPN",
    "VV": "VERB", "VA": "AUX", "VM": "AUX",
    "ADJ": "ADJ", "ADV": "ADV", "PROAV": "ADV", "PWAV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "PTKVZ": "ADP",
    "ART": "DET", "PDAT": "DET", "PIAT": "DET", "PPOSAT": "DET", "PWAT": "DET", "PRELAT": "DET",
    "PPER": "PRON", "PRF": "PRON", "PDS": "PRON", "PIS": "PRON", "PPOSS": "PRON",
    "PRELS": "PRON", "PWS": "PRON",
    "KON": "CCONJ", "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "CCONJ",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKA": "PART", "PTKANT": "PART",
    "CARD": "NUM", "ITJ": "INTJ", "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT",
}  # fmt: skip


def upos(tag: str) -> str:
    return _UPOS.get(tag.split("(")[0], _UPOS.get(tag, "X"))


CLAUSE_BOUNDARY_TAGS = ("$,", "$.", "KON", "KOUS")


FINITE_TAGS = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
INFINITIVE_TAGS = ("VV(INF)", "VA(INF)", "VM(INF)")
PARTICIPLE_TAGS = ("VV(PP)", "VA(PP)", "VM(PP)")

# Named groups: each is read by rules that mean the same set.
# Every adjective tag HanTa's model and our rules give (a rule that asks
# ``tag.startswith("ADJ")`` looks at these).
ADJECTIVE_TAGS = ("ADJ", "ADJ(A)", "ADJ(D)")
# Nouns and names; with nominalised adjectives (NNA) and infinitives (NNI).
NOUN_TAGS = ("NN", "NE")
NOMINAL_TAGS = ("NN", "NE", "NNA", "NNI")
# The words of a name: *der Davis Cup*, *der High Court*, *der H Street*
NAME_PART_TAGS = ("NE", "FM", "XY")
# What stands before a noun in its phrase; the same with contractions (*im*, *zum*).
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT", "ADJ(A)", "CARD"})
DETERMINER_OR_CONTRACTION_TAGS = DETERMINER_TAGS | {"APPRART"}
# *dieser*, *kein*, *mein* before a noun: their ending gives the noun's article.
ATTRIBUTIVE_PRONOUN_TAGS = ("PIAT", "PPOSAT", "PDAT")
# Attributes before a noun (*300g*, *zwei*, *viele*): the noun after them is no name.
ATTRIBUTE_TAGS = ("ADJ(A)", "CARD", "PIAT", "PDAT", "PPOSAT")
# What the first phrase of a verb-second clause is made of.
FIRST_PHRASE_TAGS = ("ART", "ADJ(A)", "NN", "NE", "PPOSAT", "PDAT", "PIAT", "CARD")
# What may stand between an article and its noun (tag prefixes).
NOUN_PHRASE_TAG_PREFIXES = ("ADJ", "CARD", "ADV", "PIAT", "PPOSAT", "PDAT")
# What follows a finite verb in the middle field.
MIDFIELD_TAGS = ("ADV", "ADJ(D)", "ADJ(A)", "PTKNEG", "ART", "APPR", "APPRART", "PROAV")
# Words that open a verb-final clause.
CLAUSE_OPENER_TAGS = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV")
# What cannot stand right before an attributive participle.
NOT_BEFORE_ATTRIBUTE_TAGS = ("PPER", "PIS", "PDS", "PRELS", "PWS", "KON", "$,")
# Content words (tag prefixes).
CONTENT_TAG_PREFIXES = ("NN", "NE", "ADJ", "VV", "VA", "VM", "CARD", "FM", "XY")
# Words that open a phrase and cannot end one.
PHRASE_OPENING_TAGS = frozenset({"ART", "PPER", "PRF", "PPOSAT", "PDAT", "PIAT", "PDS"})
# Tags whose lemma keeps the text's capitals (tag prefixes).
KEEP_CASE_TAG_PREFIXES = ("NN", "NE", "ACR", "ADJ", "FM", "XY")
INDEFINITE_TAGS = ("PIS", "PIAT", "PIDAT")
# What a separated verb particle may be tagged.
APART_TAGS = ("PTKVZ", "ADV")
