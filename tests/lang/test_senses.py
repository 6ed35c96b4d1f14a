"""Sense choice and the short gloss: which meaning comes first, and what the gloss leaves out.

Against the real tagger and dictionary index."""

import re

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary


@pytest.mark.parametrize(
    ("sentence", "gender", "first_gloss"),
    [
        ("Die Band spielt heute .", "f", "band"),
        ("Er liest den dritten Band .", "m", "volume"),
        ("Sie schwimmen in der See .", "f", "sea"),
        ("Wir fahren an den See .", "m", None),
        ("Die Mitarbeiter waren freundlich .", "m", None),  # a plural keeps its gender
        ("Sie hat eine Onlineapotheke eingerichtet .", "f", None),  # unknown: its head
        ("Die Zutaten sind frisch .", "f", None),
        # determiners choose like articles: *meinen* m (or plural), *diese* f (or plural)
        ("Er liest meinen dritten Band .", "m", "volume"),
        ("Sie mag diese Band sehr .", "f", "band"),
        ("Die Genossen kamen .", "m", None),  # not Ding's slip "Kamerad {m}; Genosse {f}"
        ("Es gibt saubere Duschen .", "f", None),  # a plural, not das Duschen
        # Ding lists only *handvoll* {adj}; HanTa takes *eine* for the number
        ("Es kamen mehr als eine Handvoll Arbeiter .", "f", "handful"),
    ],
)
def test_the_article_chooses_gender_and_sense(
    dictionary: Dictionary, sentence: str, gender: str, first_gloss: str | None
) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse(sentence, dictionary)
    noun = next(a for a in analyses if a.tag.startswith("NN"))
    gloss = Glosser(dictionary).lookup(noun)
    assert gloss.gender == gender
    if first_gloss:
        assert gloss.short[0] == first_gloss


def test_a_plural_entry_read_as_singular_takes_the_singular_gender(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse("Die Kampfflugzeuge starteten .", dictionary)
    gloss = Glosser(dictionary).lookup(analyses[1])
    assert (gloss.lemma, gloss.gender, gloss.plural) == ("Kampfflugzeug", "n", "Kampfflugzeuge")
    assert gloss.short[0] == "combat aircraft"
    # the singular whose plural it is: *die Kiefer* (pines), not *der Kiefer* (jaw, pl. Kiefer)
    pines = Glosser(dictionary).lookup(analyse("Es roch nach Kiefern .", dictionary)[3])
    assert (pines.lemma, pines.gender, pines.short[0]) == ("Kiefer", "f", "pines")


@pytest.mark.parametrize(
    ("sentence", "index", "gender", "plural"),
    [
        ("Die Haltung von Hamstern ist erlaubt .", 3, "m", "Hamster"),  # Ding: Hamster {pl}
        ("Die Aussiedler kamen .", 1, "m", "Aussiedler"),
        ("Er hatte Kosten .", 2, "pl", ""),  # a plural alone in Wiktionary too
    ],
)
def test_a_plural_entry_spelt_as_its_singular_takes_the_singular_gender(
    dictionary: Dictionary, sentence: str, index: int, gender: str, plural: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[index])
    assert (gloss.gender, gloss.plural) == (gender, plural)


@pytest.mark.parametrize(
    ("word", "pos", "first"),
    [
        ("Weise", "NOUN", "way"),  # not "wise man"
        ("sofort", "ADV", "immediately"),  # not "just"
        ("schwer", "ADJ", "heavy"),  # not "big"
        ("zentral", "ADJ", "central"),
        # the rendering Ding's compounds use (Güterzug, Schnellzug …: train)
        ("Zug", "NOUN", "train"),  # not "pull"
        ("Wert", "NOUN", "value"),  # not "merit"
        ("Tier", "NOUN", "animal"),  # zool. is no specialist field for animals
        ("Freiheit", "NOUN", "freedom"),
        # Ding's main entry "to stay" (it lists the person forms, er/sie bleibt …) or
        # "to remain", which Ding repeats in four lines; not "to continue to exist"
        ("bleiben", "VERB", "to stay|to remain"),
        ("singen", "VERB", "to sing"),  # not "to tell all"
        ("erhalten", "VERB", "to receive sth."),  # not "to save sth."
        ("kosten", "VERB", "to cost"),  # three cookery entries for "to taste" agree once
        ("suchen", "VERB", "to seek sth."),  # "to look up" is a phrasal verb
        ("einsteigen", "VERB", "to get on"),  # a particle verb's phrasal
        ("verlassen", "VERB", "to leave sb./sth."),  # "sb./sth." is a slot, not a rare word
        ("verhindern", "VERB", "to prevent"),  # our supplement: Ding has "to save sth."
        ("Minute", "NOUN", "minute"),  # not "minute of arc"
        ("Bundestag", "NOUN", "Bundestag"),
        ("bewegen", "VERB", "to move sth."),  # our supplement: Ding has only sich bewegen
        # our supplement: this Ding has teilen "to part", vergleichen only in a phrase
        ("teilen", "VERB", "to share"),
        ("vergleichen", "VERB", "to compare"),
        ("informieren", "VERB", "to inform"),
        ("können", "VERB", "can"),
        # the compounds readers meet: Rückenschmerzen "back pain" though pain is [med.];
        # Flüchtlingslager, Zeltlager "camp" over Ding's many rare bearings (Kugellager)
        ("Schmerz", "NOUN", "pain"),
        ("Lager", "NOUN", "camp"),
        ("Nase", "NOUN", "nose"),
        ("Reifen", "NOUN", "tyre"),
        # this Ding edition's first lines are a field's or a rare word's (industry, rank, gay)
        ("Wirtschaft", "NOUN", "economy"),
        # our supplement: this Ding has only "mass-manufacturing industry" and
        # "industrial branch"
        ("Industrie", "NOUN", "industry"),
        # our supplement: this Ding has only the genus, "bushy-tailed tree squirrels"
        ("Eichhörnchen", "NOUN", "squirrel"),
        # our supplement: this Ding has only "accommodativeness" and "slick"
        ("Bequemlichkeit", "NOUN", "comfort"),
        ("professionell", "ADJ", "professional"),
        ("völlig", "ADJ", "complete"),
        ("lustig", "ADJ", "funny"),
        ("entsprechend", "ADJ", "corresponding"),
    ],
)
def test_core_meaning_first(dictionary: Dictionary, word: str, pos: str, first: str) -> None:
    from leseglas.gloss.lookup import Glosser

    top = Glosser(dictionary).ranker.rank(word, word, pos)[0].translations[0]
    assert re.sub(r"\s*\([^()]*\)", "", top) in first.split("|")  # notes aside


@pytest.mark.parametrize(
    ("word", "pos", "first"),
    [
        # the sense Ding renders by the word's cognate, in the word's class
        ("korrupt", "ADJ", "corrupt"),  # not "bent"
        ("offiziell", "ADJ", "official"),  # not "on the record"
        ("präsentieren", "VERB", "to present"),  # not "to pitch sth. to sb."
        ("ruinieren", "VERB", "to ruin"),  # not "to dish"
        ("Kritik", "NOUN", "criticism"),  # not "review"
        ("Rolle", "NOUN", "roll"),  # not "roller": English drops the -e
        # counter-examples: a cognate Ding does not give first in any sense stays out
        ("Weise", "NOUN", "way"),  # not "wise man": short words must be spelt alike
        ("Wüste", "NOUN", "desert"),  # "waste" is spelt alike, but not how Ding renders it first
        ("Milliarde", "NOUN", "billion"),  # "milliard" is rare English
        # nor does a specialist's term or a register's word: false friends live there
        ("sympathisch", "ADJ", "nice"),  # [anat.] "sympathetic" is the nerve
        ("Marke", "NOUN", "make"),  # [techn.] "mark"
        ("ordinär", "ADJ", "foul-mouthed"),  # [geh.] "ordinary"
    ],
)
def test_a_sense_rendered_by_the_words_cognate_ranks_up(
    dictionary: Dictionary, word: str, pos: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    top = Glosser(dictionary).ranker.rank(word, word, pos)[0].translations[0]
    assert re.sub(r"\s*\([^()]*\)", "", top) == first


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # Ding cites some adjectives and determiners declined: that line is the word's
        ("Der ehemalige Präsident kam .", "ehemalige", "former"),  # not "past"
        ("Einige Leute kamen .", "Einige", "a few"),  # not einig "united"
        ("Nur wenige Menschen kamen .", "wenige", "few"),  # not "little"
        # a comparative's own line, which Ding cites declined, not the positive's
        ("Es folgten weitere Schritte .", "weitere", "further"),  # not weit "far"
        ("Der frühere Präsident kam .", "frühere", "former"),  # not früh "early"
        # no entry of its own: the positive's senses, in the degree as written
        ("Die Städte sind größer .", "größer", "bigger"),
        ("Die größten Städte liegen dort .", "größten", "biggest"),
        # an ordinal, which Ding cites declined (its *zweit* is a verb line, "two of …")
        ("Im zweiten Jahr blieb sie .", "zweiten", "second"),
        ("Der zweite Versuch scheiterte .", "zweite", "second"),
        ("Nach einem viertel Jahr kam er .", "viertel", "quarter"),  # a fraction, no ordinal
        # counter-examples: the plain word keeps its own lines
        ("Wir sind uns einig .", "einig", "united"),
        ("Das gilt für alles .", "alles", "all"),  # not alles {adj} "throughout"
    ],
)
def test_a_declined_citation_is_the_words_own(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    assert _first_gloss(dictionary, sentence, word) == first


def test_a_cognate_of_another_word_class_does_not_rank_up(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse("Das Personal ist klasse .", dictionary)[3])
    assert gloss.short[0] == "great"  # the adjective, not die Klasse "class"


def test_compound_use_stays_out_of_part_glosses_and_adds_to_the_text_field(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    military = Glosser(dictionary, domain=frozenset({"mil.", "pol."}))
    parts = military.lookup(analyse("Der Militäreinsatz endet .", dictionary)[1]).parts
    assert parts[-1].gloss == "operation"  # not "insert" (Filtereinsatz …)
    # a word with a sense in the text's field is ranked by the field over compounds …
    plain = Glosser(dictionary).ranker.rank("Abzug", "Abzug", "NOUN")
    assert plain[0].translations[0] == "deduction"  # Steuerabzug, Lohnabzug …
    ranked = military.ranker.rank("Abzug", "Abzug", "NOUN")
    assert "mil." in ranked[0].labels  # pull-out or trigger, not "discount"
    # … but one field sense among many does not silence the compounds: a text with a
    # recipe (*Zug* "gulp" [cook.]) and a journey by train
    cooking = Glosser(dictionary, domain=frozenset({"cook.", "geogr."}))
    assert cooking.ranker.rank("Zug", "Zug", "NOUN")[0].translations[0] == "train (railway)"
    # the preposition after the noun chooses the sense Ding notes with it
    words = analyse("Die Soldaten beginnen den Abzug aus Kasachstan .", dictionary)
    assert words[4].prepositions == ("aus",)
    assert military.lookup(words[4]).short[0] == "pull-out"  # (aus/von einem Ort)
    words = analyse("Er drückte den Abzug .", dictionary)
    assert military.lookup(words[3]).short[0] == "trigger"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        (
            "Die Kanzlerin nimmt an der Konferenz teil .",
            "teil",
            "teilnehmen",
            "to take part in sth.",
        ),
        ("Die Preise für Energie steigen .", "Preise", "Preis", "price"),  # econ. is no specialism
        # a zu-infinitive after the clause: the sense Ding's English renders with one,
        # though its German use (*jdm. raten, etw. zu tun*) names a dative left out here
        (
            "Experten raten , abends auf Kaffee zu verzichten .",
            "raten",
            "raten",
            "to recommend sb. to do sth.",
        ),
        ("Kannst du raten , wie alt ich bin ?", "raten", "raten", "to guess"),
        # a field its note names, though Ding gives no label: "(Ergebnis einer math.
        # Gleichung)" "to yield" is mathematics'
        ("Die Kamera liefert scharfe Fotos .", "liefert", "liefern", "to provide sth."),
        # a subordinating conjunction's own senses: not the preposition *ob* (+ genitive)
        ("Ich weiß nicht , ob er kommt .", "ob", "ob", "whether"),
        # two conjugations, two meanings: the participle as written picks its line
        ("Die Firma hat es nicht geschafft .", "geschafft", "schaffen", "to manage sth."),
        ("Die Firma hat neue Stellen geschaffen .", "geschaffen", "schaffen", "to create sth."),
        ("Kommst du morgen mit ?", "morgen", "morgen", "tomorrow"),  # the adverb, not Morgen
        ("Die Polizei nahm drei Männer fest .", "nahm", "festnehmen", "to arrest sb."),
        ("Die Streitkräfte kamen .", "Streitkräfte", "Streitkräfte", "armed forces"),
        # no plain form: Ding cites it in the masculine (not nah "near")
        ("Wir kommen im nächsten Jahr .", "nächsten", "nächster", "next"),
        ("Sie kam im letzten Monat .", "letzten", "letzter", "last"),
        # Ding's own adjective before the participle made from vergehen ("died away")
        ("Es war in der vergangenen Woche .", "vergangenen", "vergangen", "the past"),
        # the forms line of a use with a preposition (an jdn. ankommen "to get to sb.")
        # is no main entry of the plain verb; with the preposition it still leads
        ("Der Zug kam pünktlich an .", "kam", "ankommen", "to arrive"),
        ("Es kommt darauf an .", "kommt", "ankommen", "to depend on sth."),
        ("Er droht ihm mit einer Klage .", "droht", "drohen", "to threaten sb."),
        # Ding's main line, whose forms include a synonym's of three words (*in
        # Aussicht stellend*), is still the main line
        ("Er versprach , pünktlich zu kommen .", "versprach", "versprechen", "to promise sb. sth."),
        # how Ding's noun phrases render an adjective (*Vereinigtes Königreich* "United
        # Kingdom", *tatsächliche Kosten* "actual costs") ranks its sense up …
        ("Er lebt in den Vereinigten Staaten .", "Vereinigten", "vereinigt", "united"),
        ("Die tatsächlichen Kosten sind hoch .", "tatsächlichen", "tatsächlich", "actual"),
        ("Das ist ein unsichtbarer Feind .", "unsichtbarer", "unsichtbar", "invisible"),
        # … but a comparative's phrases are its own: not *frühe Jahre* "early years"
        ("Sie traf den früheren Präsidenten .", "früheren", "frühere", "former"),
        # an adjective Ding cites in -e (*ehemalige* "former"; its plain line says
        # "past"), whatever its ending; no comparative in -er: *spät* stays "late"
        ("Er traf den ehemaligen Präsidenten .", "ehemaligen", "ehemalige", "former"),
        ("Mit einem ehemaligen Berater kam er .", "ehemaligen", "ehemalige", "former"),
        ("Ein ehemaliger Berater kam .", "ehemaliger", "ehemalige", "former"),
        ("Sie kam am späten Abend .", "späten", "spät", "late"),
        # a state after *sein*: the adjective Ding lists, not the verb
        ("Das Museum ist montags geschlossen .", "geschlossen", "geschlossen", "closed"),
        ("Wir sind über das Ergebnis überrascht .", "überrascht", "überrascht", "surprised"),
        ("Die Preise sind gestiegen .", "gestiegen", "steigen", "to increase"),  # a perfect
        # Ding's *gelten als* {vi}, a use of *gelten* with its preposition
        ("Er gilt als erfahrener Politiker .", "gilt", "gelten", "to rate as"),
        ("Das Angebot gilt bis Freitag .", "gilt", "gelten", "to be valid"),
        # a person as the object (*ihn*, *mich*, *dich*) chooses a sense of *jdn.*
        ("Ich traf ihn vor kurzem .", "traf", "treffen", "to meet with sb."),
        ("Der Ball traf das Tor .", "traf", "treffen", "to hit"),
        # Ding's rendering of a noun after a number (*um 3 Uhr* "at three o'clock"),
        # there only
        ("Der Unterricht beginnt um zehn Uhr .", "Uhr", "Uhr", "o’clock"),
        ("Das Konzert beginnt um 20 Uhr .", "Uhr", "Uhr", "o’clock"),
        ("Die Uhr an der Wand ist stehengeblieben .", "Uhr", "Uhr", "clock"),
        # … or after an ordinal (*im ersten Stock* "on the first floor")
        ("Die Wohnung liegt im zweiten Stock .", "Stock", "Stock", "floor"),
        ("Er ging am Stock .", "Stock", "Stock", "stick"),
        # the supplement's *sich für etw. aussprechen*: not Ding's opposite *gegen*
        (
            "Sie sprachen sich für den Plan aus .",
            "sprachen",
            "sich aussprechen",
            "to come out in favour of sth.",
        ),
        (
            "Sie sprachen sich gegen den Plan aus .",
            "sprachen",
            "sich aussprechen",
            "to rule out sth.",
        ),
    ],
)
def test_glosses_in_context(
    dictionary: Dictionary, sentence: str, word: str, lemma: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    words = sentence.split()
    analyses = analyse(sentence, dictionary)
    index = words.index(word)
    gloss = Glosser(dictionary).lookup(analyses[index], index == 0)
    assert (gloss.lemma, gloss.short[0]) == (lemma, first)


def test_plural_entries_and_regular_superlatives(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser
    from leseglas.gloss.ranking import notes_match

    political = Glosser(dictionary, domain=frozenset({"pol.", "mil."}))
    unruhen = political.lookup(analyse("Es gab schwere Unruhen .", dictionary)[3])
    assert (unruhen.lemma, unruhen.gender, unruhen.short[0]) == ("Unruhe", "f", "unrest")
    # "war" (mil.) is a word, not a piece of "awareness"
    alarm = next(s for s in dictionary.lookup("Unruhe") if "alarm" in s.translations)
    assert not notes_match(alarm, frozenset({"mil."}))
    größten = Glosser(dictionary).lookup(analyse("Die größten Städte wachsen .", dictionary)[1])
    assert größten.lemma == "groß"  # a regular superlative, not Ding's "größter" entry
    # Ding lists the plurals beside a phrase: "Nachbarstaaten {pl}; das benachbarte Ausland"
    staaten = political.lookup(analyse("Die Nachbarstaaten protestieren .", dictionary)[1])
    assert (staaten.lemma, staaten.plural) == ("Nachbarstaat", "Nachbarstaaten")


def test_a_verb_is_glossed_by_verbs(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse("Russland hat Truppen stationiert .", dictionary)
    gloss = Glosser(dictionary).lookup(analyses[3])
    assert gloss.lemma == "stationieren"
    assert "stationed" not in gloss.short  # the participle's own entry


def test_nominalised_adjectives_take_the_sense_of_their_gender(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    fremde = glosser.lookup(analyse("Der Fremde kam herein .", dictionary)[1])
    assert fremde.short[0] == "stranger"  # Fremder {m}, not das Fremde "the strange"
    # a man Ding cites on a line of his own (*Geliebter*), not the woman's (*Geliebte*)
    lover = glosser.lookup(analyse("Sie erkennt ihren Geliebten .", dictionary)[3])
    assert (lover.gender, lover.short[0]) == ("m", "sb.’s lover")
    mistress = glosser.lookup(analyse("Er sah seine Geliebte .", dictionary)[3])
    assert (mistress.gender, mistress.short[0]) == ("f", "mistress")
    alte = glosser.lookup(analyse("Der Alte lächelte .", dictionary)[1])
    assert alte.short[0] == "old man"  # Ding has only slang for der Alte
    # Ding has no noun at all: the adjective's own ranking, not a synonym line's
    words = analyse("Daraus folgt etwas Unerwartetes .", dictionary)
    assert glosser.lookup(words[3]).short[0] == "unexpected"  # not "unlikely"
    # a compound keeps its parts
    words = analyse("Der Landesvorsitzende sprach .", dictionary)
    assert glosser.lookup(words[1]).parts


def test_a_sense_ding_gives_only_inside_compounds_is_not_the_words_own(
    dictionary: Dictionary,
) -> None:
    """Ding notes some senses "in Zusammensetzungen" (*Gott* "gosh", as in
    *gottverdammt*; *halten* "to keep sth. (in a particular way)", as in
    *instand halten*): the word alone neither leads with them nor lists them."""
    from leseglas.gloss.lookup import Glosser
    from leseglas.gloss.ranking import compound_only

    glosser = Glosser(dictionary)
    gott = glosser.lookup(analyse("Man spürt die Liebe Gottes .", dictionary)[4])
    assert gott.short[0] == "God" and not {"gosh", "land"} & set(gott.short)
    assert any(map(compound_only, gott.senses))  # still on the card, last
    assert not compound_only(gott.senses[0])
    words = analyse("Die Ebenen werden für Teile der Sahara gehalten .", dictionary)
    assert glosser.lookup(words[7]).short[0] == "to consider sb./sth. sth."
    geist = glosser.lookup(analyse("Ein Geist spukt hier .", dictionary)[1])
    assert "brandy" not in geist.short  # *Geist* (in Zusammensetzungen) "brandy"


def test_an_ordinal_s_card_lists_dings_declined_citations_once(dictionary: Dictionary) -> None:
    """Ding cites *zweite*, *zweiter* and *zweites* each "second; 2nd": one sense."""
    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse("Im zweiten Jahr kam sie .", dictionary)[1])
    assert [s.translations for s in gloss.senses].count(("second", "2nd")) == 1


def test_a_nominalised_comparative_is_read_as_the_comparative(dictionary: Dictionary) -> None:
    """*die Älteren* are "older" ones (HanTa: *Älte*, no word); *die Jüngeren*, which
    Ding lacks, are not its *Jünger* "disciple": their adjective says it."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    older = glosser.lookup(analyse("Den Älteren wird geholfen .", dictionary)[1])
    assert (older.lemma, older.short[0]) == ("Ältere", "older")
    younger = glosser.lookup(analyse("Die Jüngeren warten .", dictionary)[1])
    assert younger.lemma == "Jüngere"
    assert younger.short[0] == "young" and "disciple" not in younger.short


def test_a_short_gloss_keeps_to_the_use_of_its_best_sense(dictionary: Dictionary) -> None:
    """No *gegen etw. sein* "to oppose" beside "to be", no *sich rechnen* "to pay off"
    beside "to count"; but *mit etw. rechnen* keeps its own kin."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    sein = glosser.lookup(analyse("Das ist gut .", dictionary)[1]).short
    assert sein[0] == "to be" and not any("oppos" in r for r in sein)
    # nor a specialist's use Ding lists the word in after two synonyms: [math.] "etw.
    # ergeben; geben; machen; sein" "to equal sth."; a cognate there stays (Foto "photo")
    assert "to equal sth." not in sein
    hund = glosser.lookup(analyse("Der Hund bellt .", dictionary)[1]).short
    assert hund[0] == "dog" and "mine car" not in hund
    fotos = glosser.lookup(analyse("Die Fotos sind schön .", dictionary)[1]).short
    assert "photo" in fotos
    rechnen = glosser.lookup(analyse("Wir rechnen schnell .", dictionary)[1]).short
    assert rechnen[0] == "to count" and not any("profitable" in r for r in rechnen)
    mit = glosser.lookup(analyse("Er rechnet mit Regen .", dictionary)[1]).short
    assert mit[:2] == ("to reckon with sth.", "to figure on sth.")
    # nor what an abbreviation spelt so stands for: *IGeL*, *Mal.* (Malaysia), *Cd*;
    # an abbreviation keeps its expansions (*Dr.* "doctor")
    igel = glosser.lookup(analyse("Der Igel schläft .", dictionary)[1]).short
    assert igel == ("hedgehog",)
    mal = glosser.lookup(analyse("Das erste Mal war schön .", dictionary)[2]).short
    assert mal[0] == "time" and "Malaysia" not in mal
    assert "doctor" in glosser.lookup(analyse("Dr. Berndt kam .", dictionary)[0]).short


def test_a_short_gloss_does_not_repeat_a_rendering_with_another_object(
    dictionary: Dictionary,
) -> None:
    """*kosten*: "to cost, to taste", not also "to taste sth."; the repeat keeps its
    place, so no weaker sense moves up."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    kosten = glosser.lookup(analyse("Das kostet viel .", dictionary)[1]).short
    assert kosten == ("to cost", "to taste")
    # a verb sense with no English verb is a phrase's (es wird … geben "will be")
    gibt = glosser.lookup(analyse("Er gibt ihr das Buch .", dictionary)[1]).short
    assert "will be" not in gibt
    # objects and places do not make a new rendering either
    bringen = glosser.lookup(analyse("Er bringt das Buch .", dictionary)[1]).short
    assert bringen == ("to bring sb./sth.",)  # not also "to bring sth. to sb."
    # Ding's list written as one rendering repeats nothing either
    warnung = glosser.lookup(analyse("Das ist eine Warnung .", dictionary)[3]).short
    assert "warning, notification" not in warnung and warnung[0] == "warning"
    from leseglas.gloss.ranking import bare_rendering

    assert bare_rendering("to compare sb./sth. with sb./sth.") == "compare"
    assert bare_rendering("to come to a place") == "come"
    assert bare_rendering("to look at sb.") == "look at"  # a phrasal verb stays itself


def test_a_short_gloss_leaves_out_rare_english_beside_a_common_rendering(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    protest = glosser.lookup(analyse("Der Protest war laut .", dictionary)[1])
    assert protest.short[0] == "protest" and "remonstrance" not in protest.short
    assert "expostulation" not in protest.short
    # a rare word that is the first rendering stays: it is the meaning
    troop = glosser.lookup(analyse("Die Luftlandetruppe kam .", dictionary)[1])
    assert troop.short[0] == "paratroop"


def test_a_rendering_listed_in_a_field_and_outside_it_counts_outside(
    dictionary: Dictionary,
) -> None:
    """Two Ding lines that render a word alike are one sense; the one outside a field
    the text is not in is kept (*Rhythmus* [mus.] "rhythm" is also plain "rhythm")."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    rhythm = glosser.lookup(analyse("Der Rhythmus des Lebens ist langsam .", dictionary)[1])
    assert rhythm.short[0] == "rhythm"  # not "cadence"
    colours = glosser.lookup(analyse("Er mischte die Farben .", dictionary)[3])
    assert colours.short[:2] == ("colour", "paint")  # not the card game's "suit"
    # in a text of the field, the field's line is kept, and it counts for the field
    from leseglas.gloss.senses import SenseRanker

    sport = SenseRanker(dictionary, frozenset({"sport"}))
    sets = [s for s in sport.rank("Satz", "Satz", "NOUN") if s.translations[0] == "set"]
    assert [s.labels for s in sets] == [("sport",)]
    assert "text-field" in sport.weigh("Satz", "Satz", "NOUN")[sets[0]]


def test_a_marked_sense_does_not_come_first(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    focus = glosser.lookup(analyse("Der Schwerpunkt liegt auf Bildung .", dictionary)[1])
    assert focus.short[0] == "emphasis"  # not [pej.] "hotspot"
    # marked on the English side: Ding's "hard time [slang]"
    sentence = glosser.lookup(analyse("Sie erhielt eine lange Gefängnisstrafe .", dictionary)[4])
    assert sentence.short[0] == "custodial sentence"


@pytest.mark.parametrize(
    ("sentence", "position", "first"),
    [
        # core meanings this Ding edition lacks or ranks low, from a graded reader
        ("Lisa hatte Angst vor dem Umzug .", 5, "move"),
        ("Er packt seinen Koffer .", 3, "suitcase"),
        ("Sie hatte einen sicheren Job .", 4, "job"),
        ("Er vergaß , sein Handy aufzuladen .", 5, "to charge"),
    ],
)
def test_a_learner_s_core_meanings(
    dictionary: Dictionary, sentence: str, position: int, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[position])
    assert gloss.short[0] == first


def test_a_woman_described_by_a_nominalised_adjective(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    sentence = "Sie fühlte sich nicht mehr wie eine Fremde ."
    stranger = Glosser(dictionary).lookup(analyse(sentence, dictionary)[7])
    assert (stranger.short[0], stranger.gender) == ("stranger", "f")  # not *die Fremde* "exile"


def test_a_plural_that_cannot_be_the_nouns_is_left_out(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.gender import plausible_plural

    assert plausible_plural("Mann", "Männer") and plausible_plural("Museum", "Museen")
    assert not plausible_plural("Türe", "Tore")  # Ding's slip: "Tür; Türe | Türen; Tore"
    glosser = Glosser(dictionary)
    door = glosser.lookup(analyse("Er schloss die Türe ab .", dictionary)[3])
    assert (door.lemma, door.plural) == ("Türe", "")
    assert glosser.lookup(analyse("Die Tür ist zu .", dictionary)[1]).plural == "Türen"


def test_the_plural_is_the_best_senses_own(dictionary: Dictionary) -> None:
    """Where the best sense's line gives no plural but another line does, the German
    Wiktionary's plural comes before that line's: *Nebel* "fog" is *die Nebel*, not
    the astronomer's *Nebelwolken*; *Bau* is *Bauten*, not the burrows' *Baue*.  A
    noun Ding gives no plural keeps none (*Musik*: not Wiktionary's *Musiken*)."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    fog = glosser.lookup(analyse("Der Nebel hing über dem Wasser .", dictionary)[1])
    assert (fog.short[0], fog.plural) == ("fog", "Nebel")
    assert glosser.lookup(analyse("Der Bau dauert lange .", dictionary)[1]).plural == "Bauten"
    assert glosser.lookup(analyse("Die Musik ist laut .", dictionary)[1]).plural == ""


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("Gabel", "fork"),  # Ding: "table fork; fork"
        ("Arzt", "doctor"),  # "medical doctor; doctor"
        ("Feuerlöscher", "fire extinguisher"),  # a compound's English mirrors it
        ("Eintritt", "admission fee"),  # "admission fee; admission; fee": its front is one
    ],
)
def test_a_nouns_general_word_comes_before_a_kind_of_it(
    dictionary: Dictionary, word: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    assert Glosser(dictionary).lookup(analyse(word, dictionary)[0]).short[0] == first


def test_a_short_word_is_not_glossed_as_a_longer_one(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    oh = Glosser(dictionary).lookup(analyse("„ Oh ja “ , sie lacht .", dictionary)[1])
    assert "ear" not in oh.short  # not *Ohr*


def test_a_hyphenated_rendering_is_rarer_than_its_parts(dictionary: Dictionary) -> None:
    """wordfreq knows a hyphenated word only by its parts, so each join counts
    against it: *eigenständig* is "independent" before "stand-alone"."""
    from leseglas.gloss.lookup import Glosser
    from leseglas.gloss.ranking import english_zipf

    assert english_zipf("low-impact") < english_zipf("soft")
    assert english_zipf("hole-in-the-wall") < english_zipf("plain")
    assert english_zipf("-like") == english_zipf("like")  # a suffix joins nothing
    glosser = Glosser(dictionary)
    own = glosser.lookup(analyse("Sie gründeten eine eigenständige Firma .", dictionary)[3])
    assert own.short[0] == "independent"
    future = glosser.lookup(analyse("Der künftige Präsident sprach .", dictionary)[1])
    assert future.short[0] == "future"  # not "soon-to-be"


def test_a_plural_headword_in_the_dative(dictionary: Dictionary) -> None:
    """*in den Fünfzigerjahren*: Ding's headword is the plural *Fünfzigerjahre*."""
    from leseglas.gloss.lookup import Glosser

    fifties = analyse("Sie lebte in den Fünfzigerjahren in Paris .", dictionary)[4]
    assert Glosser(dictionary).lookup(fifties).short[0] == "the fifties"  # not "fifty + year"


@pytest.mark.parametrize(
    ("sentence", "noun", "first"),
    [
        # Ding writes these as one word (*Livemusik*, *Nazizeit*): not "Livonian + music"
        ("Auf drei Bühnen gibt es Live-Musik .", "Live-Musik", "live music"),
        ("Das Nazi-Regime fiel 1945 .", "Nazi-Regime", "Nazi regime"),
    ],
)
def test_a_hyphenated_noun_ding_writes_as_one_word(
    dictionary: Dictionary, sentence: str, noun: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    words = sentence.split()
    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[words.index(noun)])
    assert (gloss.lemma, gloss.short[0]) == (noun, first)


def test_ding_lines_that_give_the_same_rendering_each_vote_for_it(
    dictionary: Dictionary,
) -> None:
    """*Blatt* "leaf" stands in two lines (a plant's, a door's): both count as
    agreement, though the card shows the rendering once."""
    from leseglas.gloss.lookup import Glosser

    weighed = Glosser(dictionary).ranker.weigh("Blatt", "Blatt", "NOUN")
    leaf = [sense for sense in weighed if sense.translations == ("leaf",)]
    assert len(leaf) == 1
    assert weighed[leaf[0]]["agreement"] == 1


def test_a_phrase_of_function_words_is_not_as_common_as_to_be(
    dictionary: Dictionary,
) -> None:
    """ "to be" is as common as English gets; "to be to" is a construction wordfreq
    cannot measure, so it no longer outranks *sollen* "shall; should"."""
    from leseglas.gloss.lookup import Glosser
    from leseglas.gloss.ranking import english_zipf

    assert english_zipf("to be") > english_zipf("to be to")
    assert english_zipf("to (a place)") == english_zipf("to")  # a note is no word
    soll = Glosser(dictionary).lookup(analyse("Er soll morgen kommen .", dictionary)[1])
    assert soll.short[:2] == ("shall", "should")


def test_a_noun_ding_lists_only_as_a_plural_group(dictionary: Dictionary) -> None:
    """*Meise*, *Kröte*, *Falke*: Ding has only the zoological group (*Meisen* {pl},
    Paridae); the singular is glossed from it (it was glossed by nothing), and its
    gender comes from the German Wiktionary, not the group's "pl" nor the ending's
    guess (most nouns in *-e* are feminine, *der Falke* is not)."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    for sentence, index, gender, first in (
        ("Eine Meise saß auf dem Ast .", 1, "f", "tits"),
        ("Der Falke kreiste über dem Feld .", 1, "m", "falcons"),
    ):
        gloss = glosser.lookup(analyse(sentence, dictionary)[index])
        assert (gloss.gender, gloss.short[0]) == (gender, first)


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # a plural Ding lists with compounds of its own (*Kundendaten*, *Messdaten* …)
        ("Alle Daten werden gespeichert .", "Daten", "data"),  # not *Datum* "date"
        ("Das Datum steht oben .", "Datum", "date"),
        ("Die Zeiten ändern sich .", "Zeiten", "time"),  # *Zeiten*'s compounds disagree
    ],
)
def test_a_plural_with_compounds_of_its_own_is_judged_by_them(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    assert _first_gloss(dictionary, sentence, word) == first


def _first_gloss(dictionary: Dictionary, sentence: str, word: str) -> str:
    """The first rendering the reader shows for ``word`` in ``sentence``."""
    from leseglas.gloss.lookup import Glosser

    index = sentence.split().index(word)
    return Glosser(dictionary).lookup(analyse(sentence, dictionary)[index], index == 0).short[0]


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # a use Ding keeps for before a number (*gut* (mit Zahlen) "a good")
        ("Es dauerte gut zwei Stunden .", "gut", "a good"),
        ("Sie kamen für gut ein Jahr .", "gut", "a good"),
        ("Bei dem Kampf sind mehr als 13 000 Menschen umgekommen .", "mehr", "in excess of"),
        # … is not the word's sense where no number follows
        ("Kleben Sie es gut sichtbar auf das Paket .", "gut", "well"),
        ("Er schien gut informiert über die Lage .", "gut", "well"),
    ],
)
def test_a_use_before_numbers_needs_a_number(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    assert _first_gloss(dictionary, sentence, word) == first


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # a present participle after *zu* is what is to be done, by the past
        # participle of the verb's leading sense
        ("Die zu erwartenden Einnahmen steigen .", "erwartenden", "to be expected"),
        ("Der zu zahlende Betrag steigt .", "zahlende", "to be paid"),
        ("Das ist eine kaum zu lösende Aufgabe .", "lösende", "to be solved"),
        ("Die zu findende Lösung fehlt .", "findende", "to be found"),  # irregular
        # without *zu*, what does it
        ("Die wartenden Kunden gehen .", "wartenden", "waiting"),
    ],
)
def test_a_gerundive_reads_as_what_is_to_be_done(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    assert _first_gloss(dictionary, sentence, word) == first


def test_an_acronym_ding_has_as_written_is_no_other_word(dictionary: Dictionary) -> None:
    """*PIN* is Ding's *PIN*, not *Pin* "pin"; an acronym Ding lacks as written
    keeps the senses its letters find, and so do its expansions (*PS*)."""
    assert _first_gloss(dictionary, "Wir fragen nie nach Ihrer PIN .", "PIN") == (
        "personal identification number"
    )
    from leseglas.gloss.lookup import Glosser

    sentence = "Der Motor hat 90 PS ."
    ps = Glosser(dictionary).lookup(analyse(sentence, dictionary)[4])
    assert {"postscript", "horsepower"} <= set(ps.short)


def test_a_number_is_its_number(dictionary: Dictionary) -> None:
    """*sieben* is "seven" as a number, not the verb *sieben* "to sieve"."""
    assert _first_gloss(dictionary, "Sie hatte sieben Geschwister .", "sieben") == "seven"
    assert _first_gloss(dictionary, "Wir müssen das Mehl sieben .", "sieben").startswith("to ")


def test_a_participle_read_as_an_adjective_is_glossed_by_the_participle(
    dictionary: Dictionary,
) -> None:
    """*die vergebenen Chancen*: Ding's participle renderings, not the verb's "to
    forgive"; the verb as a verb keeps its own."""
    first = _first_gloss(dictionary, "Die vergebenen Chancen ärgerten ihn .", "vergebenen")
    assert not first.startswith("to ")
    assert _first_gloss(dictionary, "Er hat ihr alles vergeben .", "vergeben").startswith("to ")


def test_a_verb_form_is_no_other_verbs_participle(dictionary: Dictionary) -> None:
    """*gerät* is *geraten* "to get into", not *raten*'s participle *geraten* "to
    guess"; *gefällt* no *fallen* "to fall"; the participle itself keeps *raten*."""
    assert _first_gloss(dictionary, "Bei Hitze gerät der Körper an seine Grenzen .", "gerät") == (
        "to get into sth."
    )
    from leseglas.gloss.lookup import Glosser

    liked = analyse("Das Bild gefällt mir .", dictionary)[2]
    assert "to fall" not in Glosser(dictionary).lookup(liked).short


def test_a_declined_attribute_is_no_word_of_a_class_without_endings(
    dictionary: Dictionary,
) -> None:
    """An adjective with an attribute's ending is no conjunction, adverb or
    preposition: *die währende Zusammenarbeit* "lasting" (*währen*), not *während*
    "while"; *die öffentlichen Gelder* has no "publicly".  A comparative's -er may be
    an adverb: *Genauer gesagt* "more exactly"."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    lasting = analyse("Die dreißig Jahre währende Zusammenarbeit endete .", dictionary)[3]
    assert glosser.lookup(lasting).short[0] == "lasting"
    public = analyse("Die öffentlichen Gelder fehlen .", dictionary)[1]
    assert "publicly" not in glosser.lookup(public).short
    exactly = analyse("Genauer gesagt sank die Zahl .", dictionary)[0]
    assert glosser.lookup(exactly).short[0] == "more exactly"


def test_a_specialists_synonym_phrase_is_no_phrase_outside_its_field(
    dictionary: Dictionary,
) -> None:
    """Ding's "Unterflur …; unter Bodenniveau; im Boden" [constr.] "underfloor" is a
    builder's other way to say a word: *mehr Wasser im Boden* is the soil's, the
    noun's own senses; a phrase Ding lists first stays one (*im Voraus*)."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    soil = analyse("Die Bewirtschaftung hält mehr Wasser im Boden .", dictionary)[6]
    assert soil.phrase == "im Boden"
    assert "underfloor" not in glosser.lookup(soil).short
    advance = analyse("Er zahlte im Voraus .", dictionary)[3]
    assert glosser.lookup(advance).short[0] == "in advance"


def test_an_english_reflexive_needs_a_reflexive_clause(dictionary: Dictionary) -> None:
    """*mit der Leistung zufrieden sein* is "to be pleased with", not Ding's "to
    content oneself with" (a synonym of *sich begnügen*); *dem Volk seine Triumphe
    gönnen* is no "to treat oneself"."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    pleased = analyse("Ich bin mit der Leistung sehr zufrieden .", dictionary)[6]
    assert glosser.lookup(pleased).short[0] == "to be pleased about/with sth."
    granted = analyse("Man soll dem Volk seine Triumphe gönnen .", dictionary)[6]
    assert "oneself" not in glosser.lookup(granted).short[0]


def test_a_zu_infinitive_right_after_its_verb_chooses_the_use_with_it(
    dictionary: Dictionary,
) -> None:
    """*pflegte zu sagen* is Ding's *etw. zu tun pflegen* "to be wont to do sth.",
    not "to look after"; a first sense with a thing for its object keeps its place
    (*versuchte zu fliehen* "to try sth."); a later infinitive is not this one's."""
    from leseglas.gloss.lookup import INFINITIVE_RULE, Glosser

    glosser = Glosser(dictionary)
    wont = glosser.lookup(analyse("Er pflegte zu sagen , dass es regnet .", dictionary)[1])
    assert (wont.short[0], INFINITIVE_RULE in wont.rules) == ("to be wont to do sth.", True)
    tried = glosser.lookup(analyse("Er versuchte zu fliehen .", dictionary)[1])
    assert tried.short[0] == "to try sth."
    cared = glosser.lookup(analyse("Er pflegte seine Mutter .", dictionary)[1])
    assert cared.short[0] != "to be wont to do sth."


def test_a_nominalised_negated_adjective_keeps_its_negation(dictionary: Dictionary) -> None:
    """*Schuberts Unvollendete* is Ding's *unvollendet* "unfinished", not its parts
    *un·vollendet* read "perfect"; *die Ungeimpften*, which Ding lacks, is built
    "unvaccinated" and stays so as a person, not "vaccinated"."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    unfinished = analyse("Schuberts Unvollendete ist berühmt .", dictionary)[1]
    assert glosser.lookup(unfinished).short[0] == "unfinished"
    unvaccinated = analyse("Die Ungeimpften blieben zu Hause .", dictionary)[1]
    assert all(r.startswith("un") for r in glosser.lookup(unvaccinated).short)


def test_a_plural_as_written_tells_a_noun_s_homonyms_apart(dictionary: Dictionary) -> None:
    """*Bank* has two plurals: *Bänke* are benches, *Banken* banks; *Bands* is *die
    Band* (music), *Bänder* *das Band* (ribbons, tape).  The gloss shows the plural
    and the gender the word as written belongs to."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    benches = glosser.lookup(analyse("Die Bänke im Park sind nass .", dictionary)[1])
    assert (benches.short[0], benches.plural) == ("bench", "Bänke")
    banks = glosser.lookup(analyse("Die Banken sind geschlossen .", dictionary)[1])
    assert (banks.short[0], banks.plural) == ("bank", "Banken")
    bands = glosser.lookup(analyse("Vierzig Bands treten auf .", dictionary)[1])
    assert (bands.short[0], bands.gender, bands.plural) == ("band", "f", "Bands")
    ribbons = glosser.lookup(analyse("Die Bänder sind rot .", dictionary)[1])
    assert ribbons.gender == "n"


@pytest.mark.parametrize(
    ("sentence", "noun", "first"),
    [
        ("Die Forschenden werteten die Daten aus .", "Forschenden", "researcher"),
        ("Alle Mitarbeitenden erhalten einen Bonus .", "Mitarbeitenden", "staff member"),
        ("Die Teilnehmenden füllten Fragebögen aus .", "Teilnehmenden", "participant"),
        ("Die Radfahrenden fuhren los .", "Radfahrenden", "bicyclist"),  # not "cycle + end"
        # Ding's own noun stays: *Studierende*, *Reisende*
        ("Die Studierenden protestieren .", "Studierenden", "university student"),
        ("Die Reisenden warteten .", "Reisenden", "passenger"),
    ],
)
def test_a_participle_noun_ding_lacks_is_its_verb_s_agent(
    dictionary: Dictionary, sentence: str, noun: str, first: str
) -> None:
    """*die Forschenden*, the form German uses for researchers of both sexes, which
    Ding has only as the adjective *forschend* "questioning", are *Forscher*."""
    from leseglas.gloss.lookup import AGENT_RULE, Glosser

    words = sentence.split()
    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[words.index(noun)])
    assert gloss.short[0] == first
    assert (AGENT_RULE in gloss.rules) == (noun not in ("Studierenden", "Reisenden"))


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # Ding's phrases: *ein Medikament einnehmen* "to take", *Platz einnehmen* "to take up"
        ("Nehmen Sie die Tabletten mit Wasser ein .", "Nehmen", "to take"),
        ("Überschreiten Sie nicht die empfohlene Dosis .", "Überschreiten", "to exceed sth."),
        ("Viele glauben , dass es regnet .", "glauben", "to believe sb./sth."),
        # a use the clause shows outweighs them: *für* (not *halten*'s "keep")
        ("Er hält es für notwendig .", "hält", "to consider sb./sth. sth."),
    ],
)
def test_a_verb_leads_with_the_rendering_dings_phrases_give_it(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    words = sentence.split()
    gloss = Glosser(dictionary).lookup(analyse(sentence, dictionary)[words.index(verb)])
    assert gloss.short[0] == first


def test_a_verb_ding_has_only_in_phrases_is_in_the_supplement(dictionary: Dictionary) -> None:
    """Ding has *bedürfen* only inside phrases (*einer Erklärung bedürfen*), so *bedarf*
    was glossed as the noun *Bedarf* "demand"."""
    from leseglas.gloss.lookup import Glosser

    words = analyse("Die Kündigung bedarf der Schriftform .", dictionary)
    assert Glosser(dictionary).lookup(words[2]).short[0] == "to require"


def test_a_separable_verb_takes_the_senses_ding_lists_it_with_written_apart(
    dictionary: Dictionary,
) -> None:
    """Ding has *dazukommen* "to arrive" and, apart, *dazu kommen* "to get round to
    doing sth."; a clause's zu-infinitive picks the latter, also when only a later
    rendering names it ("to get around to doing sth.")."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    words = analyse("Heute komme ich dazu , dir ein paar Zeilen zu schreiben .", dictionary)
    assert words[1].lemma == "dazukommen"
    assert glosser.lookup(words[1]).short[0] == "to get round"
    added = analyse("Dann kommen die Linsen dazu .", dictionary)
    assert glosser.lookup(added[1]).short[0] != "to get round"
