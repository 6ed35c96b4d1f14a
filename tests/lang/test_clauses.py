"""A clause's reflexive pronoun, prepositions and nouns, and the phrases the dictionary lists.

Against the real tagger and dictionary index."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser


@pytest.mark.parametrize(
    ("sentence", "verb", "headword", "first"),
    [
        ("Wir haben uns lange unterhalten .", "unterhalten", "sich unterhalten", "to talk"),
        ("Er unterhält die Gäste .", "unterhält", "unterhalten", None),  # no reflexive
        ("Er hat uns gesehen .", "gesehen", "sehen", None),  # uns without wir: an object
        # mich without ich, though HanTa tags it reflexive
        ("Er erinnert mich an den Krieg .", "erinnert", "erinnern", "to remind sb. of sth."),
        ("Ich erinnere mich an den Krieg .", "erinnere", "sich erinnern", None),
        ("Sie ziehen sich schnell an .", "ziehen", "sich anziehen", None),
        ("Es handelt sich um einen Fehler .", "handelt", "sich handeln", "to be about sth."),
        ("Sie lässt sich die Haare schneiden .", "schneiden", "schneiden", "to cut"),
    ],
)
def test_reflexive_verbs(
    dictionary: Dictionary, sentence: str, verb: str, headword: str, first: str | None
) -> None:
    words = sentence.split()
    analysis = analyse(sentence, dictionary)[words.index(verb)]
    gloss = Glosser(dictionary).lookup(analysis)
    assert gloss.lemma == headword
    assert not analysis.lemma.startswith("sich ")  # the lemma stays the verb
    if first:
        assert gloss.short[0] == first


def test_a_pronoun_without_its_own_subject_is_no_reflexive(dictionary: Dictionary) -> None:
    """HanTa tags the *uns* of *er stellte uns …* reflexive, which glossed "oneself"."""
    uns = analyse("Er stellte uns das Auto hin .", dictionary)[2]
    assert (uns.lemma, uns.tag) == ("uns", "PPER")
    assert analyse("Er freut sich .", dictionary)[2].tag == "PRF"


def _first_rendering(dictionary: Dictionary, sentence: str, word: str) -> str:
    """The first rendering the reader shows for ``word`` in the sentence."""
    analysis = analyse(sentence, dictionary)[sentence.split().index(word)]
    return Glosser(dictionary).lookup(analysis).short[0]


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        ("Sie besteht auf ihrem Recht .", "besteht", "to insist on sth."),
        # a synonym Ding lists after *auf etw. bestehen*, its object shared
        ("Die eine Seite pocht auf Einsparungen .", "pocht", "to insist on sth."),
        ("Mein Herz pocht laut .", "pocht", "to beat heavily"),
        ("Das Buch handelt von einem Hund .", "handelt", "to be about"),  # (Film; Buch)
        # a pronominal adverb brings its preposition
        ("Wir rechnen damit , dass es regnet .", "rechnen", "to reckon with sth."),
        ("Wir freuen uns darauf .", "freuen", "to look forward"),
    ],
)
def test_the_clause_prepositions_choose_the_verb_sense(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # a sense that takes a dative object (*(jdm.) etw. sagen* "to tell (sb.) sth.")
        # needs one in the clause: a dative pronoun, or a dative determiner that no
        # preposition governs
        ("Er sagte , dass es regnet .", "to say sth."),
        ("Er sagte mir die Wahrheit .", "to tell sth."),
        ("Sie sagte dem Reporter alles .", "to tell sth."),
        ("Mit dem Auto sagte er nichts .", "to say sth."),  # *mit dem*: no object
    ],
)
def test_a_dative_object_chooses_the_sense_that_takes_one(
    dictionary: Dictionary, sentence: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, "sagte") == first


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # *ihr* is "(to) her" after a subject pronoun, or where the finite verb
        # cannot be that of *ihr* "you" (which ends in -t, or is *seid*)
        ("Sie ärgerte sich , dass es ihr nicht einfiel .", "einfiel", "to come to mind"),
        ("Er sagte ihr die Wahrheit .", "sagte", "to tell sth."),
        ("Sagtet ihr die Wahrheit ?", "Sagtet", "to say sth."),
        ("Das Dach fiel ein .", "fiel", "to fall down"),
    ],
)
def test_ihr_is_a_dative_object_where_it_cannot_be_the_subject(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # a verb Ding tags {vi} is no reading for a clause with an accusative object:
        # a masculine singular noun phrase no preposition governs, or *ihn*, *mich*, *dich*
        (
            "Den Teig auf dem Blech verstreichen .",
            "verstreichen",
            "to spread sth. over the surface",
        ),
        ("Er verstrich den Teig mit dem Messer .", "verstrich", "to spread sth. over the surface"),
        ("Er kündigte den Auftrag .", "kündigte", "to cancel"),
        ("Er kündigte den Vertrag .", "kündigte", "to terminate a contract"),  # Ding's idiom
        # no object: time passes, a worker gives notice
        ("Die Frist ist verstrichen .", "verstrichen", "to pass"),
        ("Er kündigte gestern .", "kündigte", "to give notice"),
        # an accusative of time is no object
        ("Den ganzen Tag verstrich nichts .", "verstrich", "to pass"),
        # nor is a noun phrase after a preposition, or a dative plural
        ("Mit dem Messer verstrich die Zeit .", "verstrich", "to elapse"),  # (Zeit)
        ("Er kündigte den Kollegen .", "kündigte", "to give notice"),
        # beside a subject pronoun, a noun phrase in the nominative or accusative is
        # the object, whatever its gender or number: a gardener cuts stalks off
        ("Schneiden Sie die Stängel ab .", "Schneiden", "to cut"),
        ("Sie schnitt die Blumen ab .", "schnitt", "to cut"),
        # … not one in a comparison, nor one joined to the subject
        ("Er schnitt wie ein Profi ab .", "schnitt", "to come off"),
        ("Er und die Kinder schnitten gut ab .", "schnitten", "to come off"),
        ("Sie ist die Chefin und schnitt gut ab .", "schnitt", "to come off"),
    ],
)
def test_an_accusative_object_leaves_out_the_intransitive_verb(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # the object after a main clause's subject, or beside a subject pronoun, is a
        # person: Ding's use with *jdn.* (*Leute*, a feminine in -in, an adjective's noun)
        ("Die Firma stellte zwanzig neue Leute ein .", "stellte", "to employ"),
        ("Winstone traf seine Frau im Jahr 1979 .", "traf", "to meet with sb."),
        ("Die Polizei hat zwei Verdächtige festgenommen .", "festgenommen", "to arrest sb."),
        # … or a thing: no use whose object is only a person (*jdn. sammeln*)
        ("Sie sammeln Kastanien .", "sammeln", "to collect sth."),
        ("Er würde eine Universität besuchen .", "besuchen", "to attend sth."),
        # an indefinite pronoun after the subject: a thing, or a person
        ("Er hat alles erreicht .", "erreicht", "to reach sth."),
        ("Sie hat niemanden erreicht .", "erreicht", "to reach sb."),
        # the article keeps to its gender's senses: *das Tor* is no fool (*der Tor*)
        ("Der Ball traf das Tor .", "traf", "to hit"),
        # an accusative of time or of measure is no object, nor the subject
        ("Zehn Jahre später stehen die Musiker auf der Bühne .", "stehen", "to stand"),
        ("Das Treffen soll ein paar Blocks entfernt stattfinden .", "stattfinden", "to take place"),
    ],
)
def test_the_objects_person_or_thing_chooses_the_use(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


@pytest.mark.parametrize(
    ("noun", "person"),
    [
        ("Mitarbeiter", True),  # Ding's *Mitarbeiterin*
        ("Kollege", True),  # *Kollegin*
        ("Arzt", True),  # *Ärztin*
        ("Lehrerin", True),
        ("Angeklagte", True),  # *Angeklagter*: an adjective's noun
        ("Leute", True),  # "people"
        ("Mann", True),  # a sense's "man"
        ("Kastanie", False),
        ("Initiative", False),  # *initiativ* is an adjective, but Ding has no *Initiativer*
        ("Termin", False),  # no feminine of a *Term*
    ],
)
def test_a_person_noun_by_its_feminine_or_its_english(
    dictionary: Dictionary, noun: str, person: bool
) -> None:
    from leseglas.lang.clauses import is_person_noun

    assert is_person_noun(noun, dictionary) is person


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # a zu-infinitive in the clause after, or in the verb's own clause: Ding's
        # "jdn. auffordern, etw. zu tun", "jdn. aufrufen, etw. zu tun"
        ("Sie forderte ihn auf , das Haus zu verlassen .", "forderte", "to urge sb."),
        ("Er rief die Bürger auf , zur Wahl zu gehen .", "rief", "to call on/upon sb. to do sth."),
        # the verb's main sense stays first where it takes the infinitive itself
        ("Er versuchte , die Tür zu öffnen .", "versuchte", "to try sth."),
        # *um … zu* is a purpose, no complement
        ("Er rief sie auf , um zu helfen .", "rief", "to call in sb."),
    ],
)
def test_a_zu_infinitive_chooses_the_use_that_takes_one(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # *als* is a complement Ding writes as a slot: "als etw. ansehen", "sich als jd. ausgeben"
        ("Der Richter sah es als erwiesen an .", "sah", "to consider sb./sth. sth."),
        ("Er gab sich als Enkel aus .", "gab", "to pose as sb."),
        ("Die Halle dient als Lager .", "dient", "to serve as sth."),
        # without *als* the plain senses stay first
        ("Er sah sich das Bild an .", "sah", "to take/have a look at sth."),
        ("Die Halle dient der Stadt .", "dient", "to serve"),
        # a sense noted for a noun of the clause needs its *als* too: not "to qualify as sb."
        ("Die Regeln gelten nicht für diese Personen .", "gelten", "to extend to sb./sth."),
    ],
)
def test_als_chooses_the_use_that_takes_it(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


def test_a_zu_infinitive_is_its_governing_verbs(dictionary: Dictionary) -> None:
    """The verb before the infinitive has it; the infinitive itself has none."""
    from leseglas.lang.clauses import ZU_INFINITIVE

    words = analyse("Er pflegte zu sagen , dass es regnet .", dictionary)
    assert ZU_INFINITIVE in words[1].prepositions
    assert ZU_INFINITIVE not in words[3].prepositions
    words = analyse("Fachleute raten , früh ins Bett zu gehen und spät aufzustehen .", dictionary)
    assert ZU_INFINITIVE in words[1].prepositions
    assert ZU_INFINITIVE not in words[7].prepositions  # *gehen* takes no *aufzustehen*


def test_a_verb_without_its_preposition_keeps_its_plain_sense(dictionary: Dictionary) -> None:
    analysis = analyse("Die Händler handeln heute .", dictionary)[2]
    assert "deal with" not in Glosser(dictionary).lookup(analysis).short[0]


def test_listed_phrases(dictionary: Dictionary) -> None:
    """*im Nahen Osten* is the Middle East on both words; a chance pair Ding also
    lists (*großes Haus* "pile") is not a phrase; *zu Fuß* is "on foot"."""
    glosser = Glosser(dictionary)
    words = analyse("Die Lage im Nahen Osten ist schwierig .", dictionary)
    assert words[3].phrase == words[4].phrase == "Naher Osten"
    assert words[3].lemma == "nah" and words[4].lemma == "Osten"  # the words' own lemmas
    osten = glosser.lookup(words[4])
    assert (osten.lemma, osten.short[0], osten.gender) == ("Naher Osten", "Middle East", "m")
    nahen = glosser.lookup(words[3])
    assert (nahen.lemma, nahen.pos) == (osten.lemma, osten.pos)  # one card, either word
    haus = analyse("Ein großes Haus .", dictionary)
    assert not haus[1].phrase and glosser.lookup(haus[2]).short[0] == "house"
    # a name's adjective that HanTa read as a noun (*Dreißigjährige* "thirty-year-old")
    krieg = analyse("Im Dreißigjährigen Krieg fiel die Stadt .", dictionary)
    assert krieg[1].phrase == krieg[2].phrase == "Dreißigjährige Krieg"
    assert glosser.lookup(krieg[1]).short[0] == "the Thirty Years' War"
    # a name is written as one: not a lower-case adjective before a plural
    parties = analyse("Er redet mit allen demokratischen Parteien .", dictionary)
    assert not parties[4].phrase and glosser.lookup(parties[4]).short[0] == "democratic"
    aid = analyse("Sie leistete erste Hilfe .", dictionary)  # old spelling, the name's number
    assert aid[2].phrase == aid[3].phrase == "Erste Hilfe"
    # a preposition + noun idiom
    fuss = glosser.lookup(analyse("Wir gingen zu Fuß .", dictionary)[3])
    assert (fuss.lemma, fuss.short[0], fuss.gender, fuss.plural) == ("zu Fuß", "on foot", "m", "")
    assert fuss.article == ""  # no "der zu Fuß"; the noun's gender stays for the word
    # with its own genitive the noun is meant literally
    assert analyse("Am Ende kam er .", dictionary)[1].phrase == "am Ende"
    assert not analyse("Am Ende der Straße steht es .", dictionary)[1].phrase
    # one Ding lists under another word (*im Schnitt* under *Durchschnitt*)
    average = analyse("Sie wachten im Schnitt fünf Stunden eher auf .", dictionary)
    assert average[2].phrase == "im Schnitt"
    assert glosser.lookup(average[3]).short[0] == "on average"
    # … which leaves a verb's idiom its words: *ging … in Flammen auf*
    fire = analyse("Das Haus ging in Flammen auf .", dictionary)
    assert fire[2].phrase == fire[4].phrase == "in Flammen aufgehen"
    # and a preposition itself needs what it governs: *im Zug(e)* "during" is a train here
    assert not analyse("Wieder zurück im Zug , fahren wir weiter .", dictionary)[2].phrase
    # and with a *von* phrase, the genitive's stand-in
    assert analyse("Er ging ohne Angabe .", dictionary)[2].phrase == "ohne Angabe"
    reasons = analyse("Er ging ohne Angabe von Gründen .", dictionary)
    assert not reasons[2].phrase and glosser.lookup(reasons[3]).short[0] == "information"


def _unjoined_rendering(glosser: Glosser, dictionary: Dictionary, sentence: str, index: int) -> str:
    """The first rendering of a word that no listed phrase took in."""
    word = analyse(sentence, dictionary)[index]
    assert not word.phrase
    return glosser.lookup(word).short[0]


def test_a_phrase_ding_lists_after_a_noun_joins_only_after_a_noun(dictionary: Dictionary) -> None:
    """Ding's "(nachgestellt)" phrases are attributes after a noun: *die Blüte im
    Frühjahr* "vernal", *Zeugenaussage vor Gericht* "in-court"; after a verb the
    noun is meant as it is (*im Frühjahr zurückgeschnitten* "spring")."""
    glosser = Glosser(dictionary)
    spring = "Rosen werden erst im Frühjahr zurückgeschnitten ."
    assert _unjoined_rendering(glosser, dictionary, spring, 4) == "spring"
    assert _unjoined_rendering(glosser, dictionary, "Er traf sie vor Gericht .", 4) == "court"
    # (a verb's idiom takes it whole: *stand vor Gericht* "to be on trial")
    trial = analyse("Er stand gestern vor Gericht .", dictionary)
    assert glosser.lookup(trial[4]).short[0] == "to be on trial"
    attribute = analyse("Die Blüte im Frühjahr ist kurz .", dictionary)
    assert attribute[2].phrase == attribute[3].phrase == "im Frühjahr"


def test_a_phrase_ding_renders_by_a_word_english_never_meets_is_its_words(
    dictionary: Dictionary,
) -> None:
    """Ding glosses some specialists' words by a phrase: *intrazephal; im Gehirn
    (gelegen)* "intracephalic", *von hier* "herefrom".  Where no rendering of the
    phrase is a word wordfreq knows, its words are glossed; a rare word English
    readers do meet keeps the phrase (*in Flammen* "afire")."""
    glosser = Glosser(dictionary)
    brain = "Das Signal wird im Gehirn verarbeitet ."
    assert _unjoined_rendering(glosser, dictionary, brain, 4) == "brain"
    here = "Von hier aus sieht man den See ."
    assert _unjoined_rendering(glosser, dictionary, here, 1) == "here"
    fire = analyse("Er sah das Haus in Flammen .", dictionary)
    assert fire[4].phrase == fire[5].phrase == "in Flammen"
    assert glosser.lookup(fire[5]).short[0] in ("afire", "aflame")
    foot = analyse("Wir gehen zu Fuß .", dictionary)
    assert foot[3].phrase == "zu Fuß"


def test_listed_adverbial_phrases_are_glossed_whole(dictionary: Dictionary) -> None:
    glosser = Glosser(dictionary)
    words = analyse("Er kommt ab und zu vorbei .", dictionary)
    assert [w.phrase for w in words[2:5]] == ["ab und zu"] * 3
    assert glosser.lookup(words[3]).short[0] == "every now and then"
    assert words[1].lemma == "vorbeikommen"  # its particle is *vorbei*, not the *zu*
    alone = analyse("Er kommt ab und zu .", dictionary)
    assert alone[1].lemma == "kommen"  # not *zukommen*
    still = analyse("Das gilt nach wie vor .", dictionary)[3]
    assert glosser.lookup(still).short[0] == "still"  # Ding's "to remain" is no adverb
    assert glosser.lookup(analyse("Er ist in der Regel pünktlich .", dictionary)[4]).pos == "ADV"
    # a chance pair the dictionary also lists stays words of its own
    chance = analyse("Ich bin mit der Leistung zufrieden .", dictionary)
    assert not chance[2].phrase and not chance[3].phrase  # (*zufrieden sein* is an idiom)
    assert not any(w.phrase for w in analyse("Es ist ganz komisch .", dictionary))
    # but *am* and a superlative are one: *am liebsten* "best", not *lieb* "dear"
    best = analyse("Sie möchten am liebsten alles erledigen .", dictionary)[3]
    assert (best.phrase, glosser.lookup(best).short[0]) == ("am liebsten", "best")
    # a preposition of three words, untagged in Ding: *im Anschluss an* "subsequent to"
    after = analyse("Im Anschluss an die Sitzung gingen wir .", dictionary)
    assert after[0].phrase == after[1].phrase == "im Anschluss an"
    # four words, before an accusative object (no genitive after *Zeit*)
    now_and_then = analyse("Prüfen Sie von Zeit zu Zeit die Dateien .", dictionary)
    assert [w.phrase for w in now_and_then[2:6]] == ["von Zeit zu Zeit"] * 4
    # … but after a noun, a place of that noun's: not "on the other hand"
    garden = analyse("Wir besuchten den Biergarten auf der anderen Seite .", dictionary)
    assert not any(w.phrase for w in garden)
    # phrases this Ding edition lacks come from our supplement
    anyway = analyse("Das klappt auf jeden Fall .", dictionary)[3]
    assert glosser.lookup(anyway).short[0] == "in any case"
    assert glosser.lookup(analyse("Sie ist zu Hause .", dictionary)[3]).short[0] == "at home"
    example = analyse("Zum Beispiel Äpfel .", dictionary)  # a noun after it is no genitive
    assert example[0].phrase == "zum Beispiel"
    declined = analyse("Er ging auf die Offerte nicht ein .", dictionary)
    assert declined[1].lemma == "eingehen"  # *nicht ein* "not a single" is no phrase here
    # a preposition, an adjective and its noun that Ding lists whole: an idiom
    wild = analyse("Elefanten sind in freier Wildbahn gefährdet .", dictionary)
    assert [w.phrase for w in wild[2:5]] == ["in freier Wildbahn"] * 3
    assert glosser.lookup(wild[4]).short[0] == "in the wild"
    closed = analyse("Sie verhandelten hinter verschlossenen Türen .", dictionary)
    assert glosser.lookup(closed[4]).short[0] == "behind closed doors"
    # one Ding does not list stays words of its own
    assert not any(w.phrase for w in analyse("Sie wohnt in großen Städten .", dictionary))


def test_verb_idioms_are_glossed_whole(dictionary: Dictionary) -> None:
    """A verb and a noun of its clause that Ding lists as one verb."""
    glosser = Glosser(dictionary)
    words = analyse("Das Geld steht uns jetzt zur Verfügung .", dictionary)
    assert {words[i].phrase for i in (2, 5, 6)} == {"zur Verfügung stehen"}
    assert glosser.lookup(words[2]).pos == "VERB"
    died = analyse("Er kam bei dem Unfall ums Leben .", dictionary)
    assert died[1].phrase == died[5].phrase == "ums Leben kommen"
    # an idiom of its own with its preposition stays one: *zu Fuß* "on foot", since
    # Ding has *zu Fuß gehen* only as another way to say *laufen* ("to hoof it") …
    assert analyse("Wir gingen zu Fuß .", dictionary)[1].phrase == ""
    # … but not when the verb idiom opens a line of its own: not *unter Druck* + *setzen*
    pressure = analyse("Die Regierung setzt die Firma unter Druck .", dictionary)
    assert pressure[2].phrase == pressure[6].phrase == "unter Druck setzen"
    assert analyse("Das Jahr geht zu Ende .", dictionary)[2].phrase == "zu Ende gehen"
    assert analyse("Nehmen Sie Platz !", dictionary)[2].phrase == "Platz nehmen"
    # (*Bitte nehmen Sie Platz.* is a formula Ding lists whole: "Please take a seat")
    assert analyse("Bitte nehmen Sie Platz .", dictionary)[3].phrase == "Bitte nehmen Sie Platz!"
    # the noun's own article or genitive makes it the sentence's, not the idiom's
    assert not any(w.phrase for w in analyse("Er nahm den Platz ein .", dictionary))
    film = analyse("Am Anfang eines Films steht ein Titel .", dictionary)
    assert not any(w.phrase for w in film)
    # an idiom whose senses all need a preposition the clause lacks (*mit jdm. ins
    # Bett gehen* "to sleep with sb."): *ging ins Bett* is one only through Ding's
    # sub-entry under *Bett*, "to go to bed"
    went = analyse("Er ging früh ins Bett .", dictionary)
    assert went[1].phrase == "ins Bett gehen"
    assert glosser.lookup(went[1]).short[0] == "to go to bed"
    assert not any(w.phrase for w in analyse("Er ging früh ins Büro .", dictionary))
    slept = analyse("Sie ging mit ihm ins Bett .", dictionary)
    assert slept[1].phrase == slept[5].phrase == "ins Bett gehen"
    # a verb idiom of a separable verb, its particle still apart when idioms are found
    work = analyse("Ich gebe Arbeit ab und bekomme mehr Freizeit .", dictionary)
    assert work[1].phrase == work[2].phrase == "Arbeit abgeben"
    # a bare noun and its verb that a line of Ding's gives as its word's idiom
    jobs = analyse("Die Firma will 100 Arbeitsplätze schaffen .", dictionary)
    assert jobs[4].phrase == jobs[5].phrase == "Arbeitsplätze schaffen"
    assert glosser.lookup(jobs[5]).short[0] == "to create jobs"
    # … not *haben* as the perfect's auxiliary: *Ärger haben* "to be in trouble"
    saved = analyse("Es hätte uns Zeit , Ärger und Geld gespart .", dictionary)
    assert not any(w.phrase for w in saved)
    # … and no idiom of the verb without its particle: *Milch geben* "to milk"
    milk = analyse("Gebt ein paar Tropfen Milch hinein .", dictionary)
    assert not any(w.phrase for w in milk)
    # a bare noun and its verb need nothing more: *gegen etw. Sturm laufen*
    assert analyse("Die Bauern laufen Sturm .", dictionary)[2].phrase == "Sturm laufen"


@pytest.mark.parametrize(
    ("sentence", "index", "phrase"),
    [
        ("Das Display ist gestochen scharf .", 4, "gestochen scharf"),
        ("Ein gestochen scharfes Bild .", 2, "gestochen scharf"),  # declined
        ("Die schwer bewaffneten Kämpfer zogen ab .", 2, "schwer bewaffnet"),
        ("Das war sehr gut .", 3, ""),  # a degree word's: no Ding's "pukka"
    ],
)
def test_an_adjective_as_adverb_and_its_adjective_listed_as_one(
    dictionary: Dictionary, sentence: str, index: int, phrase: str
) -> None:
    words = analyse(sentence, dictionary)
    assert words[index].phrase == words[index - 1].phrase == phrase


def test_a_verb_idiom_with_an_article(dictionary: Dictionary) -> None:
    """Ding cites light-verb idioms with their article (*eine Entscheidung treffen*
    "to make a decision", not *treffen* "to hit"); adjectives may come between,
    and the sub-entries of a noun's line count (*ein Geständnis ablegen*)."""
    glosser = Glosser(dictionary)
    decided = analyse("Die Regierung traf eine wichtige Entscheidung .", dictionary)
    assert decided[2].phrase == decided[3].phrase == decided[5].phrase
    assert decided[2].phrase == "eine Entscheidung treffen"
    assert glosser.lookup(decided[2]).short[0] == "to make a decision"
    assert decided[4].phrase == ""  # the adjective is its own
    confessed = analyse("Er hatte ein umfassendes Geständnis abgelegt .", dictionary)
    assert glosser.lookup(confessed[5]).short[0] == "to confess"
    # no preposition to ask for: *zu etw. einen Beitrag leisten* "to contribute"
    helped = analyse("Er hat einen Beitrag geleistet .", dictionary)
    assert helped[4].phrase == "einen Beitrag leisten"
    # a noun with a genitive is its own phrase, and an idiom needs its own article
    assert not any(w.phrase for w in analyse("Er traf die Entscheidung des Gerichts .", dictionary))
    assert not any(w.phrase for w in analyse("Er traf eine Freundin .", dictionary))


@pytest.mark.parametrize(
    ("sentence", "index", "headword"),
    [
        # one of the words Ding gives as alternatives: *ins Leere laufen/gehen*
        ("Das Gesetz wird ins Leere laufen .", 4, "ins Leere laufen/gehen"),
        ("Er hatte Beschwerde eingelegt .", 2, "Einspruch/Beschwerde einlegen"),
        ("Sie haben eine Medaille geholt .", 4, "eine Medaille gewinnen/holen"),
    ],
)
def test_a_verb_idiom_with_alternative_words(
    dictionary: Dictionary, sentence: str, index: int, headword: str
) -> None:
    assert analyse(sentence, dictionary)[index].phrase == headword


def test_a_verb_idiom_cited_with_ein_takes_its_noun_in_the_plural(dictionary: Dictionary) -> None:
    """The plural of *einen Kredit aufnehmen* has no article: *hatten Kredite
    aufgenommen* "to take out a loan", not *aufnehmen* "to receive"; *kein* is no
    such plural (*stellte keine Fragen* is not *eine Frage stellen* "to pose a question";
    Ding's own *keine Rolle spielen* stays).  A
    separated particle reads as its verb does (*nahm einen Kredit auf*)."""
    glosser = Glosser(dictionary)
    borrowed = analyse("Viele hatten Kredite aufgenommen .", dictionary)
    assert borrowed[2].phrase == borrowed[3].phrase == "einen Kredit aufnehmen"
    decided = analyse("Wir müssen heute Entscheidungen treffen .", dictionary)
    assert glosser.lookup(decided[4]).short[0] == "to make a decision"
    # adjectives and no article: still the idiom's noun; not after a determiner
    risky = analyse("Sie treffen riskante Entscheidungen .", dictionary)
    assert risky[1].phrase == risky[3].phrase == "eine Entscheidung treffen"
    assert not any(
        w.phrase for w in analyse("Er traf seine riskanten Entscheidungen .", dictionary)
    )
    took = analyse("Er nahm einen Kredit auf .", dictionary)
    assert {took[i].phrase for i in (1, 3, 4)} == {"einen Kredit aufnehmen"}
    assert glosser.lookup(took[4]).short == glosser.lookup(took[1]).short
    assert analyse("Das spielt keine Rolle .", dictionary)[3].phrase == "keine Rolle spielen"
    assert not any(w.phrase for w in analyse("Er stellte keine Fragen .", dictionary))
    # only with what the idiom needs: *eine Schwäche für etw. haben* wants its *für*
    assert not analyse("Schwächen hat der Film im Ende .", dictionary)[0].phrase
    fond = analyse("Sie hat Schwächen für Schokolade .", dictionary)
    assert fond[2].phrase == "eine Schwäche haben"


def test_a_verb_idiom_with_an_uninflected_adjective(dictionary: Dictionary) -> None:
    """Ding's main line for an adjective + verb makes them one verb (*rückgängig
    machen* "to reverse", *machte deutlich* "to make clear"); a synonym's line
    does not (*fummeln; zärtlich spielen* "to fondle")."""
    glosser = Glosser(dictionary)
    undone = analyse("Sie forderten , das Urteil rückgängig zu machen .", dictionary)
    assert undone[5].phrase == undone[7].phrase == "rückgängig machen"
    assert glosser.lookup(undone[7]).short[0] == "to reverse sth."
    clear = analyse("Er machte deutlich , dass er bleibt .", dictionary)
    assert glosser.lookup(clear[1]).short[0] == "to make clear"
    assert not any(w.phrase for w in analyse("Die Kinder spielen zärtlich .", dictionary))


def test_a_verb_with_an_infinitive_leaves_its_nouns_to_the_infinitive(
    dictionary: Dictionary,
) -> None:
    """*lässt … gären*: the clause's nouns go with the infinitive, so *Wasser*
    makes no *Wasser lassen* "to urinate"; the infinitive's own idiom stays."""
    fermented = analyse("Man lässt sie in einem Glas Wasser gären .", dictionary)
    assert {w.phrase for w in fermented} == {"", "gären lassen"}  # Ding's, no *Wasser lassen*
    before = analyse("Weil er sie in einem Glas Wasser gären lässt , riecht es .", dictionary)
    assert {w.phrase for w in before} == {"", "gären lassen"}
    patient = analyse("Der Patient muss Wasser lassen .", dictionary)
    assert patient[3].phrase == patient[4].phrase == "Wasser lassen"
    # an infinitive of the sentence before, in the same clause after a dash
    waited = analyse("Ich muss warten -- nehmen Sie Platz .", dictionary)
    assert waited[4].phrase == waited[6].phrase == "Platz nehmen"


def test_a_conjunction_between_phrases_does_not_end_the_clause(dictionary: Dictionary) -> None:
    """*und*, *bis*, *oder* with no finite verb after them join phrases: the verb keeps
    its idiom, its reflexive pronoun and its preposition across them.  A finite verb
    after the conjunction opens a clause of its own."""
    sentence = "Der Kundendienst steht Ihnen von acht bis achtzehn Uhr zur Verfügung ."
    words = analyse(sentence, dictionary)
    assert words[2].phrase == words[10].phrase == "zur Verfügung stehen"
    relied = analyse("Man kann sich auf den Service und die Aussagen verlassen .", dictionary)
    assert Glosser(dictionary).lookup(relied[9]).short[0] == "to rely on"
    two = analyse("Er steht auf und sie nimmt Platz .", dictionary)
    assert two[1].phrase == ""  # *Platz nehmen* is the second clause's
    # in a subordinate clause the finite verb comes last: the *und* before it
    # joins phrases, and the clause's *sich* is the verb's
    better = analyse(
        "Da sich die Beschwerden mit Physiotherapie und Schmerzmitteln nicht besserten , "
        "wurde operiert .",
        dictionary,
    )
    assert better[9].reflexive and Glosser(dictionary).lookup(better[9]).short[0] == "to improve"
    main = analyse("Er kam , und sie wusch sich .", dictionary)
    assert not main[1].reflexive  # a main clause after *und* is a clause of its own


def test_a_noun_in_the_clause_chooses_the_sense_whose_note_names_it(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import NOTED_RULE

    glosser = Glosser(dictionary)
    tee = analyse("Der Tee muss fünf Minuten ziehen .", dictionary)[5]
    infuse = glosser.lookup(tee)
    assert infuse.short[0] == "to infuse"  # ziehen (Tee, Kräuter usw.)
    assert NOTED_RULE in infuse.rules  # --explain says why it leads the ranked senses
    assert NOTED_RULE not in glosser.lookup(analyse("Wir ziehen um .", dictionary)[1]).rules
    steine = analyse("Sie brechen Steine im Steinbruch .", dictionary)[1]
    assert glosser.lookup(steine).short[0] == "to quarry"  # brechen (Steine)
    # a line's note before its field label: aufziehen … (Gewitter usw.) [meteo.]
    storm = analyse("Am Abend ziehen Gewitter auf .", dictionary)[2]
    assert glosser.lookup(storm).short[0] == "to brew"
    # only a sense of the word's class: the verb, not the adjective's "(of a person)"
    words = analyse("Wir dürfen die Wohnung ohne anwesende Person nicht betreten .", dictionary)
    assert glosser.lookup(words[8]).short[0] == "to enter"  # not "regretful"
    # a simile names no context: *singen* (wie ein Vogel) "to tell all" is a person's
    birds = analyse("Vögel singen am Morgen .", dictionary)[1]
    assert glosser.lookup(birds).short[0] == "to sing"
    # a noun's note names its genitive or *von* attribute: *Folge* (einer Serie)
    for sentence in (
        "Ich habe eine Folge von dieser Serie gesehen .",
        "Die letzte Folge der Serie lief gestern .",
    ):
        words = analyse(sentence, dictionary)
        assert glosser.lookup(words[sentence.split().index("Folge")]).short[0] == "episode"
    shore = analyse("Sie wohnte am Ufer eines Sees .", dictionary)[3]
    assert glosser.lookup(shore).short[0] == "shore"  # Ufer (breiter Fluss, See, Meer)
    # … not another noun of the clause: no "episode" for a consequence of a series
    words = analyse("Die Folge war eine Serie von Unfällen .", dictionary)
    assert glosser.lookup(words[1]).short[0] != "episode"


def test_a_time_word_makes_a_listed_phrase_literal(dictionary: Dictionary) -> None:
    assert analyse("Er isst dreimal am Tag .", dictionary)[4].phrase == "am Tag"  # daily
    assert analyse("Später am Tag kamen wir an .", dictionary)[2].phrase == ""
    assert analyse("Am Tag vorher regnete es .", dictionary)[1].phrase == ""


def test_a_recipe_s_verbs_take_the_sense_ding_notes_for_their_object(
    dictionary: Dictionary,
) -> None:
    glosser = Glosser(dictionary)
    peel = glosser.lookup(analyse("Die Kartoffeln schälen und kochen .", dictionary)[2])
    assert peel.short[0] == "to peel"  # Ding: schälen; abpellen; pellen {vt} (Kartoffeln)
    rise = glosser.lookup(analyse("Den Teig eine Stunde gehen lassen .", dictionary)[4])
    assert rise.short[0] == "to prove"  # gehen (Teig): the dough rises


def test_a_phrase_ending_in_a_preposition_is_no_phrase_before_its_object(
    dictionary: Dictionary,
) -> None:
    afraid = analyse("Sie fürchtete sich nicht vor ihm .", dictionary)
    assert not afraid[3].phrase  # a verb's vor, not *nicht vor* "not until"
    assert analyse("Er kommt nicht vor Montag .", dictionary)[2].phrase == "nicht vor"


@pytest.mark.parametrize(
    ("sentence", "index", "phrase"),
    [
        # not *in Form* "fit": *in Form von* "in the form of", whose genitive follows
        ("Es regt sich Widerstand in Form einmaliger Beiträge .", 5, "in Form von"),
        ("Er ist gut in Form .", 4, "in Form"),
        # an idiom that is a preposition itself takes its genitive
        ("Sie zog auf Grund beruflicher Umzüge um .", 3, "auf Grund"),
        ("Mit Hilfe eines neuen Verfahrens gelang es .", 1, "mit Hilfe"),
        # "during", a preposition whole: *im Zuge; im Zug {+Gen.}*
        ("Im Zuge der Reform wurde alles neu .", 1, "im Zuge"),
        # … with nothing to govern, its words: on a train; with help
        ("Im Zug höre ich Musik .", 1, ""),
        ("Wieder zurück im Zug , fahren wir weiter .", 3, ""),
        ("Er kam mit Hilfe .", 3, ""),
    ],
)
def test_a_preposition_idiom_before_a_genitive(
    dictionary: Dictionary, sentence: str, index: int, phrase: str
) -> None:
    assert analyse(sentence, dictionary)[index].phrase.lower() == phrase.lower()


@pytest.mark.parametrize(
    ("sentence", "indices", "phrase"),
    [
        # a preposition made of a preposition and a noun, from Ding's sub-entries
        # (*im Rahmen von* under *Rahmen*), before its genitive or its own preposition
        ("Die Mission findet im Rahmen der Organisation statt .", (3, 4), "im Rahmen von"),
        ("Das geschah im Rahmen von Übungen .", (2, 3), "im Rahmen von"),
        ("Er sprach in Bezug auf die Wahl .", (2, 3), "in Bezug auf"),
        ("Er ist gut in Form .", (3, 4), "in Form"),  # "fit": no complement
        ("Mit Hilfe von Freunden gelang es .", (0, 1), "mit Hilfe"),  # a preposition already
        # … and none without it: *in Erinnerung bleiben* keeps its verb idiom
        ("Er blieb im Rahmen .", (2, 3), ""),
        ("Das Fest wird uns in Erinnerung bleiben .", (4, 5, 6), "in Erinnerung bleiben"),
        # a preposition, noun and verb listed under the verb: *jdm. zu Hilfe eilen*
        ("Die Nachbarn eilten ihr zu Hilfe .", (2, 4, 5), "zu Hilfe eilen"),
        ("Er ist nach Hause gekommen .", (2, 3, 4), "nach Hause kommen"),
        ("Er eilte zum Zug .", (1, 2, 3), ""),  # no idiom listed: the words alone
        # four words: a preposition, an article and a noun before the verb
        (
            "Man darf die Risiken nicht aus den Augen verlieren .",
            (5, 6, 7, 8),
            "aus den Augen verlieren",
        ),
        ("Das Gerät kommt im Mai auf den Markt .", (2, 5, 6, 7), "auf den Markt kommen"),
        ("Er ging mit den Kindern spazieren .", (3, 4), ""),  # none listed
        # … also where Ding's main line is the idiom: *etw. in die Länge ziehen*
        ("Die Sitzungen ziehen sich in die Länge .", (2, 4, 5, 6), "in die Länge ziehen"),
        ("Der Nil tritt nicht über die Ufer .", (2, 4, 5, 6), "über die Ufer treten"),
        # … or an article, a noun and an uninflected adjective
        ("Er machte einen Anspruch geltend .", (1, 2, 3, 4), "einen Anspruch geltend machen"),
        ("Sie blieb eine Antwort schuldig .", (1, 2, 3, 4), "eine Antwort schuldig bleiben"),
    ],
)
def test_idioms_from_the_dictionarys_sub_entries(
    dictionary: Dictionary, sentence: str, indices: tuple[int, ...], phrase: str
) -> None:
    words = analyse(sentence, dictionary)
    assert {words[i].phrase for i in indices} == {phrase}


@pytest.mark.parametrize(
    ("sentence", "verb", "prepositions"),
    [
        ("Im Mai sind viele Bestellungen eingegangen .", "eingegangen", ()),
        ("Der Stadtstaat entwickelte sich zur selben Zeit .", "entwickelte", ()),
        ("Seit 2005 wohnt er am Montag in Berlin .", "wohnt", ("in",)),
        # counter-examples: the verb's own object
        ("Die Stadt entwickelte sich zu einem Zentrum .", "entwickelte", ("zu",)),
        ("Die Pensionen verfügen über 1200 Betten .", "verfügen", ("über",)),  # no year
        # a noun's measure: *einem Preis von 900 Euro*
        ("Bei einem Preis von knapp 900 Euro hätten wir mehr erwartet .", "erwartet", ("bei",)),
        ("Wir haben von 900 Euro gelebt .", "gelebt", ("von",)),  # no noun before it
    ],
)
def test_a_time_adverbial_tells_the_verb_nothing(
    dictionary: Dictionary, sentence: str, verb: str, prepositions: tuple[str, ...]
) -> None:
    analysis = analyse(sentence, dictionary)[sentence.split().index(verb)]
    assert analysis.prepositions == prepositions


def test_a_two_way_preposition_before_a_dative_is_no_accusative_object(
    dictionary: Dictionary,
) -> None:
    """Ding's "auf jdn./etw. stehen" takes *auf* with an accusative; *auf der Bühne*
    is where someone stands."""
    glosser = Glosser(dictionary)
    stage = analyse("Die Musiker stehen wieder auf der Bühne .", dictionary)[2]
    assert glosser.lookup(stage).short[0] == "to stand"
    fancy = analyse("Er steht auf blonde Frauen .", dictionary)[1]
    assert glosser.lookup(fancy).short[0] == "to go for sb./sth."
    based = analyse("Das beruht auf der Annahme .", dictionary)[1]  # *auf etw.*: either case
    assert glosser.lookup(based).short[0] == "to be based"
    for sentence in (
        "Auf demselben Feld dürfen nie zwei Figuren stehen .",
        "Auf meinem Tisch stehen Blumen .",
    ):
        verb = analyse(sentence, dictionary)[sentence.split().index("stehen")]
        assert glosser.lookup(verb).short[0] == "to stand", sentence
    ours = analyse("Sie stehen auf unser Haus .", dictionary)[1]  # *unser*: no dative ending
    assert glosser.lookup(ours).short[0] == "to go for sb./sth."


def test_a_time_adverbial_does_not_choose_a_sense_needing_its_preposition(
    dictionary: Dictionary,
) -> None:
    glosser = Glosser(dictionary)
    city = analyse("Der Stadtstaat entwickelte sich zur selben Zeit .", dictionary)[2]
    assert glosser.lookup(city).short[0] == "to develop"
    centre = analyse("Die Stadt entwickelte sich zu einem Zentrum .", dictionary)[2]
    assert glosser.lookup(centre).short[0] == "to develop into sth."
    orders = analyse("Im Mai sind viele Bestellungen eingegangen .", dictionary)[5]
    assert "influence" not in glosser.lookup(orders).short[0]  # *in etw. eingehen*


@pytest.mark.parametrize(
    ("sentence", "word", "unit", "first"),
    [
        # Ding's own entry, written together
        ("Es gibt z. B. Äpfel .", "B.", "z.B.", "for example"),
        ("Er kommt , d. h. er geht mit .", "h.", "d.h.", "that is"),
        # an abbreviation Ding gives a phrase inside a line (zum Teil /z. T./)
        ("Das ist z. T. richtig .", "z.", "z.T.", "in part"),
        ("Im Jahr 300 v. Chr. kam er .", "Chr.", "v.Chr.", "before Common Era"),
    ],
)
def test_abbreviations_written_apart_are_one_adverb(
    dictionary: Dictionary, sentence: str, word: str, unit: str, first: str
) -> None:
    """*z. B.* was *z.* "line" and an unglossed *B.*; *d. h.*'s *h.* a finite verb
    that took the clause's particle; *v. Chr.* "verse" and "Christus"."""
    analyses = analyse(sentence, dictionary)
    words = sentence.split()
    analysis = analyses[words.index(word)]
    assert (analysis.lemma, analysis.pos, analysis.phrase) == (unit, "ADV", unit)
    assert Glosser(dictionary).lookup(analysis).short[0] == first
    if "mit" in words:  # the clause's verb keeps its particle
        assert analyses[words.index("geht")].lemma == "mitgehen"


def test_single_letters_with_dots_that_ding_lacks_together_stay_apart(
    dictionary: Dictionary,
) -> None:
    analyses = analyse("Er las S. 5 und K. Müller .", dictionary)
    assert not any(a.phrase for a in analyses)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Es gibt viele Parks in Berlin .", (0, 1)),
        ("Heute gab es Regen .", (2, 1)),  # *es* after the finite verb
        ("Gibt es hier ein Café ?", (1, 0)),
        ("Es regnet , und gibt es morgen Schnee ?", (5, 4)),  # after *und*, a question
        ("Ob alt oder jung , gibt es viele Sänger .", (6, 5)),  # first after a clause
        ("Er sagt , dass es keine Hoffnung gibt .", (4, 7)),  # a subordinate clause
        ("Die Stadt , in der es keine Autos gibt , ist klein .", (5, 8)),
        ("Hat es dort je Krieg gegeben ?", (1, 5)),  # the participle of a perfect
        ("„ Es wird Proteste geben “ , sagte er .", (1, 4)),  # after a quotation mark
    ],
)
def test_es_as_subject_makes_geben_there_is(
    sentence: str, words: tuple[int, int], dictionary: Dictionary
) -> None:
    analyses = analyse(sentence, dictionary)
    es, verb = (analyses[i] for i in words)
    assert es.text.lower() == "es" and verb.lemma == "geben"
    assert es.phrase == verb.phrase == "es gibt"
    gloss = Glosser(dictionary).lookup(verb)
    assert gloss.short[0] == "there is"
    assert gloss.band == "A1"  # a construction of the first lessons, no harder idiom


@pytest.mark.parametrize(
    "sentence",
    [
        "Er gibt es ihr .",  # *er* is the subject, *es* the object
        "Gib es mir !",  # an imperative
        "Nimm das , und gib es ihm !",  # … after *und* too
        "Sie hat es ihm gegeben .",
        "Ich kann es dir morgen geben .",
        "Er hielt es mit seiner Schwester .",  # an idiom with *es* as its object
    ],
)
def test_es_as_object_leaves_the_verb_its_own_sense(sentence: str, dictionary: Dictionary) -> None:
    analyses = analyse(sentence, dictionary)
    assert not any(a.phrase.startswith("es ") for a in analyses)


def test_participles_joined_by_und_keep_their_own_objects(dictionary: Dictionary) -> None:
    """*hat Moral gezeigt und sich den Sieg verdient*: two verbs sharing *hat*; the
    *sich* is *verdienen*'s, so *zeigen* is "to show", not *sich zeigen* "to appear".
    Phrases joined with no verb after *und* stay one clause (*sich … und … nicht besserten*)."""
    sentence = "Die Mannschaft hat Moral gezeigt und sich den Sieg verdient ."
    assert _first_rendering(dictionary, sentence, "gezeigt") == "to show"
    assert _first_rendering(dictionary, "Sie hat Geld und Strom gespart .", "gespart") == (
        _first_rendering(dictionary, "Sie hat Geld gespart .", "gespart")
    )
    # a subordinate clause's two finite verbs, the second read as an infinitive
    hills = "Er sah die Hügel , die sich kreuzen und die schönsten Täler bilden ."
    assert _first_rendering(dictionary, hills, "bilden") != "to evolve"  # no *sich bilden*


def test_es_contracted_onto_a_word(dictionary: Dictionary) -> None:
    """*gibt's*, *wenn's*, *mir's* are read as the word (HanTa: *gibts*, a noun
    *Wenn*, a name *Mir*), *gibt's* with its *es* as *es gibt* "there is", *Wie
    geht's dir?* as the formula; a noun's genitive stays a noun's (*Zettel's Traum*)."""
    glosser = Glosser(dictionary)
    there = analyse("Gibt's noch Kaffee ?", dictionary)
    assert (there[0].lemma, glosser.lookup(there[0], True).short[0]) == ("geben", "there is")
    assert analyse("Wenn's regnet , bleiben wir .", dictionary)[0].tag == "KOUS"
    assert analyse("Du verzeihst mir's .", dictionary)[2].pos == "PRON"
    assert glosser.lookup(analyse("Wie geht's dir ?", dictionary)[1]).short[0] == "How are you?"
    assert analyse("Sie las Zettel's Traum .", dictionary)[2].lemma == "Zettel"


@pytest.mark.parametrize(
    ("sentence", "index", "phrase"),
    [
        # *haben* with a noun on its own is Ding's idiom of the two
        ("Hast du Lust , ins Kino zu gehen ?", 2, "Lust haben"),
        ("Du hast Recht .", 2, "Recht haben"),
        ("Die Taktik hatte Erfolg .", 3, "Erfolg haben"),
        # … not a noun of a phrase, nor *sein*
        ("Sie haben noch ein Stück Arbeit vor sich .", 5, ""),
        ("Er hat das Recht .", 3, ""),
    ],
)
def test_haben_and_a_bare_noun_are_an_idiom(
    dictionary: Dictionary, sentence: str, index: int, phrase: str
) -> None:
    assert analyse(sentence, dictionary)[index].phrase == phrase


def test_a_clause_after_und_shares_the_subject_before_it(dictionary: Dictionary) -> None:
    """*Wir bitten um Verständnis und entschuldigen uns*: the *uns* of the second
    clause, whose subject is the first's *wir*, is reflexive: "to apologize"."""
    sentence = "Wir bitten um Ihr Verständnis und entschuldigen uns für die Mühe ."
    assert _first_rendering(dictionary, sentence, "entschuldigen") == "to apologize"
    # … not where the second clause has its own subject
    assert not analyse("Wir kamen und er fragte uns .", dictionary)[4].reflexive


def test_sein_and_a_predicative_word_are_an_idiom_with_its_preposition(
    dictionary: Dictionary,
) -> None:
    """*ist auf Hilfe angewiesen* is Ding's *auf jdn./etw. angewiesen sein* "to be
    reliant on", *war dafür verantwortlich* "to be responsible for"; without the
    preposition the adjective is itself (*Er ist fertig* is no "to be buggered"),
    and a comparison's *als* is none (*größer als* is no "to outgrow")."""
    glosser = Glosser(dictionary)
    reliant = analyse("Wir sind auf Hilfe angewiesen .", dictionary)
    assert reliant[1].phrase == reliant[4].phrase == "angewiesen sein"
    assert glosser.lookup(reliant[4]).short[0] == "to be reliant on sb./sth."
    responsible = analyse("Der Feldherr war dafür verantwortlich .", dictionary)[4]
    assert glosser.lookup(responsible).short[0] == "to be responsible for sth."
    assert not any(w.phrase for w in analyse("Er ist fertig .", dictionary))
    assert not any(w.phrase for w in analyse("Sie sind größer als wir .", dictionary))
    # the object Ding writes once for its line's synonyms: "auf etw. neugierig;
    # gespannt sein" :: "to be curious about sth."
    curious = analyse("Ich bin gespannt auf das Ergebnis .", dictionary)[2]
    assert glosser.lookup(curious).short[0] == "to be curious about sth."


def test_a_verb_idiom_reaches_over_an_apposition(dictionary: Dictionary) -> None:
    """*steht Ihnen Ihre Sachbearbeiterin , Frau Wolf , gerne zur Verfügung*: the
    apposition between commas has no verb of its own, so the clause goes on after
    it; every word of the idiom reads alike ("to be at disposal", not Ding's "to have
    at your disposal", which it pairs with *jdm.*); a relative clause's words stay
    its own (*…, der „Gedanken lesen“*)."""
    glosser = Glosser(dictionary)
    words = analyse(
        "Für Rückfragen steht Ihnen Ihre Sachbearbeiterin , Frau Wolf , gerne zur Verfügung .",
        dictionary,
    )
    assert words[2].phrase == words[12].phrase == "zur Verfügung stehen"
    assert glosser.lookup(words[2]).short == glosser.lookup(words[12]).short
    assert glosser.lookup(words[2]).short[0] == "to be at disposal"
    helmet = analyse("Sie haben einen Helm entwickelt , der „ Gedanken lesen “ kann .", dictionary)
    assert not helmet[1].phrase


def test_lassen_and_an_infinitive_are_dings_verb_idiom(dictionary: Dictionary) -> None:
    """*sich etw. entgehen lassen* "to miss", *sich etw. gefallen lassen* "to put up
    with"; a verb Ding writes as one word is the separable verbs' (*ließ … fallen*:
    *fallenlassen*), and a plain causative stays words (*ließ das Auto reparieren*)."""
    glosser = Glosser(dictionary)
    miss = analyse("Das sollte man sich nicht entgehen lassen .", dictionary)
    assert miss[5].phrase == miss[6].phrase == "sich entgehen lassen"
    assert glosser.lookup(miss[6]).short[0] == "to miss sth."
    endure = analyse("Sie lassen sich das nicht mehr gefallen .", dictionary)
    assert endure[1].phrase == endure[6].phrase == "sich bieten/gefallen lassen"
    assert not any(w.phrase for w in analyse("Sie ließ das Auto reparieren .", dictionary))
    dropped = analyse("Er ließ das Glas fallen .", dictionary)
    assert not dropped[4].phrase and dropped[1].lemma == "fallenlassen"


def test_a_possessive_meets_an_idiom_ding_cites_with_sein(dictionary: Dictionary) -> None:
    """*ihr Amt antreten* is Ding's *sein Amt antreten* "to take office", *änderte
    ihre Meinung* its *seine Meinung ändern*; a possessive is no *ein* (*spielte
    seine Rolle* is no *eine Rolle spielen* "to matter")."""
    glosser = Glosser(dictionary)
    office = analyse("Die beiden sollten ihr Amt nicht antreten .", dictionary)
    assert office[4].phrase == office[6].phrase == "sein/das/ein Amt antreten"
    assert glosser.lookup(office[6]).short[0] == "to take office"
    assert analyse("Sie änderte ihre Meinung .", dictionary)[3].phrase == "seine Meinung ändern"
    assert not analyse("Er spielte seine Rolle gut .", dictionary)[3].phrase
    # after a preposition, Ding's four-word idiom: *jdn. in seinen Bann ziehen*
    spell = analyse("Die Sängerin zog das Publikum in ihren Bann .", dictionary)
    assert spell[2].phrase == spell[7].phrase == "in seinen Bann ziehen"
    assert "to cast a spell on sb." in glosser.lookup(spell[2]).short
    assert not analyse("Er legte das Buch in seine Tasche .", dictionary)[6].phrase


@pytest.mark.parametrize(
    ("sentence", "noun", "phrase"),
    [
        ("Du bist an der Reihe .", "Reihe", "an der Reihe sein"),
        ("Wer an der Reihe ist , würfelt .", "Reihe", "an der Reihe sein"),
        ("Wir müssen in der Lage sein , ihnen zu folgen .", "Lage", "in der Lage sein"),
        ("Das Haus ist in Gefahr .", "Gefahr", "in Gefahr sein"),
        # opening or inside the clause, the phrase is no predicate
        ("Am Ende ist er froh .", "Ende", ""),
        ("Das ist am Ende ein Problem .", "Ende", ""),
        # a participle's auxiliary is no *sein* of its own
        ("Er ist in Gefahr geraten .", "Gefahr", ""),
        # a phrase Ding lists as an adverb says it alone: *in Ordnung* "all right"
        ("Vorher war noch alles in Ordnung .", "Ordnung", ""),
    ],
)
def test_sein_and_its_prepositional_phrase_are_one_verb(
    dictionary: Dictionary, sentence: str, noun: str, phrase: str
) -> None:
    analyses = analyse(sentence, dictionary)
    found = analyses[sentence.split().index(noun)].phrase
    assert found == phrase if phrase else "sein" not in found.split()


@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        ("Die Reform bringt viele Probleme mit sich .", "bringt", "mit sich bringen"),
        ("Der Betrug , der jahrelang vor sich ging , kostete viel .", "ging", "vor sich gehen"),
        ("Ich nahm die Verantwortung auf mich .", "nahm", "auf sich nehmen"),
        ("Er weist die Verantwortung von sich .", "weist", "von sich weisen"),
        ("Leider greift der Bericht zu kurz .", "greift", "zu kurz greifen"),
        ("Die Hilfe kam leider zu spät .", "kam", "zu spät kommen"),
        # a pronoun Ding lists no phrase with, and *zu* before an adjective of *sein*
        ("Sie sprach mit sich selbst .", "sprach", ""),
        ("Das Wetter ist zu kalt .", "ist", ""),
        # *mir* beside another subject is the speaker, not *sich*
        ("Von mir gibt es vier Sterne .", "gibt", "es gibt"),
    ],
)
def test_a_reflexive_or_degree_pair_and_its_verb_are_one_verb(
    dictionary: Dictionary, sentence: str, word: str, phrase: str
) -> None:
    """Ding lists *mit sich bringen* "to entail", *zu kurz greifen* "to fall short"."""
    analyses = analyse(sentence, dictionary)
    assert analyses[sentence.split().index(word)].phrase == phrase


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # Ding's sub-entry *jdn. für etw. verantwortlich machen*, with its *für*
        (
            "Man kann den Onlinehandel nicht für das Ladensterben verantwortlich machen .",
            "machen",
            "to hold sb. responsible for sth.",
        ),
        ("Die Stadt ist für ihren Wein berühmt .", "ist", "to be famous for sth."),
        # without the preposition, the adjective is itself
        ("Man kann ihn nicht verantwortlich machen .", "verantwortlich", "responsible"),
    ],
)
def test_an_adjective_s_verb_idiom_cited_with_its_preposition(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    analysis = analyse(sentence, dictionary)[sentence.split().index(word)]
    assert Glosser(dictionary).lookup(analysis).short[0] == first


@pytest.mark.parametrize(
    ("sentence", "word", "phrase"),
    [
        # a definite article meets Ding's *eine Prüfung bestehen*, *eine Entscheidung treffen*
        ("Sie hat die Prüfung bestanden .", "bestanden", "eine Prüfung bestehen"),
        # an adjective after the noun that is the verb's, not the idiom's
        ("Sie stellte den Antrag rechtzeitig .", "stellte", "einen Antrag stellen"),
        (
            "Wir haben die richtige Entscheidung getroffen .",
            "getroffen",
            "eine Entscheidung treffen",
        ),
        # *kein* before the noun of a *haben* idiom: *Lust haben*
        ("Ich habe keine Lust .", "habe", "Lust haben"),
        # an adjective *haben* takes as one verb, with its *es*
        ("Er hat recht .", "hat", "Recht haben"),
        ("Sie hat es eilig .", "hat", "es eilig/pressant haben"),
        # a genitive's *der* is no object
        ("Die Berge haben sich durch die Subduktion der Kruste gebildet .", "gebildet", ""),
    ],
)
def test_an_idiom_met_with_another_determiner_or_an_adjective(
    dictionary: Dictionary, sentence: str, word: str, phrase: str
) -> None:
    analyses = analyse(sentence, dictionary)
    assert analyses[sentence.split().index(word)].phrase == phrase


def test_a_negated_clause_meets_the_idiom_ding_lists_with_nicht(dictionary: Dictionary) -> None:
    """*nicht in Frage kommen* "to be out of the question" is not *in Frage kommen*
    "to be in the running" said with *nicht*; without *nicht*, the plain idiom."""
    glosser = Glosser(dictionary)
    ruled_out = analyse("Das kommt nicht in Frage .", dictionary)
    assert ruled_out[1].phrase == ruled_out[2].phrase == "nicht in Frage kommen"
    assert glosser.lookup(ruled_out[1]).short[0] == "to be out of the question"
    possible = analyse("Das kommt in Frage .", dictionary)
    assert possible[1].phrase == "in Frage kommen"


def test_an_adjective_s_verb_idiom_needs_the_preposition_it_is_cited_with(
    dictionary: Dictionary,
) -> None:
    """Ding's *gerichtlich gegen jdn. vorgehen* "to take legal steps against sb.": with
    *gegen* in the clause, one verb; without it, the adjective and its verb."""
    against = analyse("Wir werden gegen ihn gerichtlich vorgehen .", dictionary)
    assert against[4].phrase == against[5].phrase == "gerichtlich vorgehen"
    alone = analyse("Wir werden gerichtlich vorgehen .", dictionary)
    assert not any(a.phrase for a in alone)


@pytest.mark.parametrize(
    ("sentence", "verb", "person"),
    [
        ("Er fragt mich , ob sie kommt .", "fragt", True),
        # *mich* with its own subject *ich* is reflexive, no person as the object
        ("Ich frage mich , ob sie kommt .", "frage", False),
    ],
)
def test_a_reflexive_pronoun_is_no_person_object(
    dictionary: Dictionary, sentence: str, verb: str, person: bool
) -> None:
    from leseglas.lang.clauses import PERSON_OBJECT

    analysis = analyse(sentence, dictionary)[sentence.split().index(verb)]
    assert (PERSON_OBJECT in analysis.prepositions) is person


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        # a sense whose note names a noun of the clause, whose note has it in the plural
        # (*lösen* (Probleme) "to resolve")
        ("Dieses Problem wurde schnell gelöst .", "gelöst", "to resolve"),
        ("Er hat es schnell gelöst .", "gelöst", "to solve"),  # no noun to note
    ],
)
def test_a_note_names_the_clause_noun_in_either_number(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    assert _first_rendering(dictionary, sentence, verb) == first


def test_a_preposition_after_a_noun_before_the_finite_verb_is_the_noun_s(
    dictionary: Dictionary,
) -> None:
    """What stands before a main clause's finite verb is one phrase: *Anfragen beim
    Kundendienst* keeps *bei* from *blieben* (no *bei etw. bleiben* "to stand by
    sth."); a phrase of its own there, or a subordinate clause, keeps it."""
    glosser = Glosser(dictionary)
    words = analyse("Meine Anfragen beim Kundendienst blieben bisher unbeantwortet .", dictionary)
    assert "bei" not in words[4].prepositions
    assert glosser.lookup(words[4]).short[0] == "to remain"
    alone = analyse("Beim Kundendienst blieb er lange .", dictionary)
    assert "bei" in alone[2].prepositions
    sub = analyse("Er sagt , dass wir die Zimmer mit Böden versehen konnten .", dictionary)
    assert "mit" in sub[9].prepositions
