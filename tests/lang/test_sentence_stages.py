"""The sentence stages: what the words around a word say of it (nouns, articles, participles, names, units).

Against the real tagger and dictionary index."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary


@pytest.mark.parametrize(
    ("sentence", "word", "gender"),
    [
        ("Der Vorsitzende sprach lange .", "Vorsitzende", "m"),
        ("Sie ist eine Angestellte der Stadt .", "Angestellte", "f"),
        ("Das Warten hat sich gelohnt .", "Warten", "n"),
        ("Es war keine Angestellte , sondern der Chef .", "Angestellte", "f"),
        ("Beim Duschen sang er .", "Duschen", "n"),
        ("Das Hostel ist sehr sauber .", "Hostel", "n"),  # unknown, but the article says
        ("Er hatte keine Neigung zum Bombenlegen .", "Bombenlegen", "n"),  # not Bombenleger
        ("Beim Brötchenbacken half er .", "Brötchenbacken", "n"),  # not Backen of Backe
        ("Er sprach mit dem Kollegen .", "Kollegen", "m"),  # a weak noun: singular in -en
    ],
)
def test_nominalised_words_in_context(
    dictionary: Dictionary, sentence: str, word: str, gender: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    words = sentence.split()
    analyses = analyse(sentence, dictionary)
    noun = analyses[words.index(word)]
    assert Glosser(dictionary).lookup(noun).gender == gender


def test_participles_stay_adjectives_outside_a_perfect(dictionary: Dictionary) -> None:
    analyses = analyse("Er hat bestimmt recht .", dictionary)
    assert analyses[2].pos != "VERB"
    analyses = analyse("Bekannt wurde er durch Bücher .", dictionary)  # no ge-: an adjective
    assert analyses[0].pos == "ADJ"


def test_a_participle_after_a_copula_is_an_adjective(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse("Die Lage bleibt angespannt .", dictionary)
    assert (analyses[3].pos, analyses[3].lemma) == ("ADJ", "anspannen")  # as treebanks cite it
    gloss = Glosser(dictionary).lookup(analyses[3])
    assert (gloss.lemma, gloss.short[0]) == ("angespannt", "strained")
    assert analyse("Er ist gegangen .", dictionary)[2].pos == "VERB"  # sein makes a perfect


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos"),
    [
        # unknown to the dictionary, used in German text: a name, not Domina misspelt
        ("Romina war schon hinter der nächsten Kurve verschwunden .", "Romina", "Romina", "PROPN"),
        ("Dann knurrte Jerome seine Schwester an .", "Jerome", "Jerome", "PROPN"),
        # a loanword far more common in English stays a noun
        ("Wir sahen es als Road Movie .", "Movie", "Movie", "NOUN"),
        # with an article or attribute, a word the dictionary knows is that noun
        ("Für den Teig das Mehl mit der Hefe vermischen .", "Mehl", "Mehl", "NOUN"),
        ("Hinter der Tür ertönt ein mondäner Gong .", "Gong", "Gong", "NOUN"),
        ("Welches Mehl nimmst du denn ?", "Mehl", "Mehl", "NOUN"),  # HanTa: *Welches* PWS
        # a lower-case word inside a sentence is a verb form, not a noun
        ("Er reichte ihr die Axt und sie schritt davon .", "schritt", "schreiten", "VERB"),
        # a past form HanTa read as an adjective
        ("Dann knurrte Jerome seine Schwester an .", "knurrte", "anknurren", "VERB"),
    ],
)
def test_names_and_word_classes_from_the_sentence(
    dictionary: Dictionary, sentence: str, word: str, lemma: str, pos: str
) -> None:
    words = sentence.split()
    analysis = analyse(sentence, dictionary)[words.index(word)]
    assert (analysis.lemma, analysis.pos) == (lemma, pos)


def test_capitalised_adjectives_and_foreign_words_inside_a_sentence(
    dictionary: Dictionary,
) -> None:
    sentence = (
        "Über dem Tisch , auf dem eine Musterkollektion von Tuchwaren ausgebreitet war "
        "– Samsa war Reisender – , hing das Bild ."
    )  # Kafka; HanTa tags Samsa FM, foreign material
    analyses = analyse(sentence, dictionary)
    samsa, traveller = analyses[13], analyses[15]
    assert (samsa.pos, samsa.lemma) == ("PROPN", "Samsa")  # not spell-corrected to Samba
    assert (traveller.tag, traveller.lemma) == ("NNA", "Reisende")
    # before its noun, a capitalised adjective is part of a name
    assert analyse("Die Deutsche Bank hilft .", dictionary)[1].tag == "ADJ(A)"


@pytest.mark.parametrize(
    ("sentence", "position", "unit", "short"),
    [
        ("Man nehme 200 g Mehl .", 3, "Gramm", "gram"),  # not Ding's note G
        ("Dazu 2 EL Öl geben .", 2, "Esslöffel", "table spoon"),  # not English "el"
        ("Der Gipfel liegt auf 2.100 m Höhe .", 5, "Meter", "metre"),  # not monsieur
        ("Man nehme 2,5 kg Kartoffeln .", 3, "Kilogramm", "kilogram"),  # not KG
        ("Man nehme 300g Mehl .", 2, "Gramm", "gram"),
        ("Nach 20 Min. ist er fertig .", 2, "Minute", "minute"),
    ],
)
def test_a_unit_after_a_number(
    dictionary: Dictionary, sentence: str, position: int, unit: str, short: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse(sentence, dictionary)
    gloss = Glosser(dictionary).lookup(analyses[position])
    assert (analyses[position].lemma, gloss.lemma, gloss.short[0]) == (unit, unit, short)
    assert not gloss.proper
    following = analyses[position + 1]
    assert following.pos == "NOUN" or following.tag != "NE"  # *300g Mehl*: no name


def test_an_office_letter_s_nouns(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    personal, visit = analyse("Persönliche Vorsprache ist erforderlich .", dictionary)[:2]
    assert (personal.tag, personal.lemma) == ("ADJ(A)", "persönlich")  # HanTa: a noun
    assert (visit.tag, visit.lemma) == ("NN", "Vorsprache")  # HanTa: *vorsprechen*
    assert glosser.lookup(visit).plural == "Vorsprachen"  # the front kept: not *Sprachen*
    hear = analyse("Sie sprach zu ihm : „ Höre , Mann , morgen früh … “", dictionary)[6]
    assert hear.pos == "VERB"  # a form of *hören*: stays a verb


def test_places_against_the_nouns_they_are_spelt_like(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    history = analyse("Sie fiel von Pommern an Brandenburg , er zog nach Rom .", dictionary)
    assert history[3].lemma == "Pommern"  # not *Pommer*, a shawm
    assert glosser.lookup(history[10]).short[0] == "Rome"  # not *der Rom*, a Romani man
    food = analyse("Dazu gab es leckeres Essen .", dictionary)[4]
    assert (food.pos, glosser.lookup(food).short[0]) == ("NOUN", "food")  # not the city
    times = analyse("Er hat beide Male gewonnen .", dictionary)[3]
    assert times.lemma == "Mal"  # not Malé, the Maldives' capital


def test_a_name_is_no_marked_word(dictionary: Dictionary) -> None:
    """A name Ding has only as slang or a regional word is glossed as nothing:
    *Marie* is a name, not Ding's northern German word for money."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    name = analyse("Marie zog die Jacke enger um die Schultern .", dictionary)[0]
    assert (name.pos, glosser.lookup(name).short) == ("PROPN", ())
    city = analyse("Er zog nach Rom .", dictionary)[3]
    assert glosser.lookup(city).short[0] == "Rome"


def test_a_name_german_text_uses_is_no_typo_of_another_place(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    sentence = "Sie langweilt sich in dem wenig anregenden Kessin ."
    town = Glosser(dictionary).lookup(analyse(sentence, dictionary)[7])
    assert "Ticino" not in town.short and town.proper  # not *Tessin*, one letter away


def test_a_name_after_a_bare_office_and_adjectives_hanta_took_for_verbs(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    news = analyse(
        "Hinter den Kulissen versucht Minister Lauterbach , das Gesetz zu retten .", dictionary
    )
    assert news[5].pos == "PROPN"  # not *lauter* + *Bach*
    happy = analyse("Die Kunden sind hochzufrieden .", dictionary)[3]
    assert (happy.lemma, happy.pos) == ("hochzufrieden", "ADJ")  # HanTa: *hochfrieden*, zu-inf.
    sour = Glosser(dictionary).lookup(analyse("Dort könnte es versauern .", dictionary)[3])
    assert "cross" not in sour.short  # a verb is not glossed by the adjective *sauer*


def test_a_comparative_before_als(dictionary: Dictionary) -> None:
    louder = analyse("Das ist lauter als billige Hotels .", dictionary)[2]
    assert louder.lemma == "laut"  # not *lauter* "pure"


def test_ihr_before_a_plural_and_an_inflected_adjective_hanta_took_for_an_adverb(
    dictionary: Dictionary,
) -> None:
    worries = analyse("Das machte ihr Sorgen .", dictionary)[3]
    assert (worries.lemma, worries.tag) == ("Sorge", "NN")  # not *das Sorgen*
    tasty = analyse("Sie verkaufte leckere Croissants .", dictionary)[2]
    assert (tasty.lemma, tasty.pos) == ("lecker", "ADJ")  # HanTa: adverb *leckere*
    assert analyse("Er wartet lange .", dictionary)[2].pos == "ADV"


def test_a_surname_after_a_name_and_brands_before_nouns(dictionary: Dictionary) -> None:
    sentence = "Ob Tor oder nicht , konnte Schiri Tobias Stieler entscheiden ."
    assert analyse(sentence, dictionary)[8].pos == "PROPN"  # not Stiel "stalk"
    assert analyse("Wir kaufen Philips Leuchten .", dictionary)[3].pos == "NOUN"
    # after a first name, a surname whatever its parts: no "good + mountain"
    printer = analyse("Um 1450 erfand Johannes Gutenberg den Buchdruck .", dictionary)
    assert printer[4].pos == "PROPN" and printer[3].name_part


def test_a_verb_ding_has_no_noun_for_is_a_nominalised_infinitive(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    analysis = analyse("Ausgangspunkt des therapeutischen Klonens ist eine Eizelle .", dictionary)[
        3
    ]
    gloss = Glosser(dictionary).lookup(analysis)
    assert (analysis.tag, gloss.gender, gloss.short) == ("NNI", "n", ("cloning",))


def test_nominalised_infinitives_in_ln_and_verbs_hanta_read_as_them(
    dictionary: Dictionary,
) -> None:
    ringing = analyse("Tief im Dunkel antwortet das helle Klingeln von Glas .", dictionary)[6]
    assert (ringing.tag, ringing.lemma) == ("NNI", "Klingeln")  # not die Klingel's plural
    listens = analyse("Sie entdeckt Melanie , die zwei Personen belauscht .", dictionary)[7]
    assert listens.pos == "VERB"  # HanTa: das Belauschen; no infinitive ends in -t


def test_a_name_after_herr_or_frau(dictionary: Dictionary) -> None:
    assert analyse("Herr Dr. Jäger hat Beispiele genannt .", dictionary)[2].pos == "PROPN"
    assert analyse("Frau Fischer kommt .", dictionary)[1].pos == "PROPN"  # no fisherman
    assert analyse("Frau Doktor kommt .", dictionary)[1].pos == "NOUN"  # an address


def test_nouns_hanta_misreads_as_adjectival_or_verbal_nouns(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    green = analyse("Es gibt viel Grün .", dictionary)[3]
    assert (green.lemma, glosser.lookup(green).gender) == ("Grün", "n")  # not der Grüne
    ditch = analyse("Es gibt einen Trockengraben im Norden .", dictionary)[3]
    assert (ditch.tag, glosser.lookup(ditch).gender) == ("NN", "m")  # a ditch, not digging
    # an unknown compound keeps the ss it is written with (HanTa learnt Grundriß)
    assert analyse("Im Straßengrundriss erhalten .", dictionary)[1].lemma == "Straßengrundriss"


def test_nominalised_infinitives_after_a_singular_article(dictionary: Dictionary) -> None:
    acting = analyse("Sie entdeckte ihre Liebe zum Darstellen .", dictionary)[5]
    assert (acting.lemma, acting.tag) == ("Darstellen", "NNI")  # HanTa: the verb darstellen
    # *Snowboard*'s plural is *Snowboards*: *beim Snowboarden* is the verb's noun
    boarding = analyse("Ich bin beim Snowboarden gestürzt .", dictionary)[3]
    assert (boarding.lemma, boarding.tag) == ("Snowboarden", "NNI")
    assert analyse("Er sprach mit dem Kollegen .", dictionary)[4].lemma == "Kollege"
    assert analyse("Beim Hobeln aufpassen .", dictionary)[1].tag == "NNI"  # no plural after dem


def test_no_dative_plural_after_an_accusative_preposition(dictionary: Dictionary) -> None:
    airing = analyse("Der Geruch ging auch durch Lüften nicht weg .", dictionary)[5]
    assert (airing.lemma, airing.tag) == ("Lüften", "NNI")  # not *Luft*'s plural
    assert analyse("Er ging durch Fallen .", dictionary)[3].lemma == "Falle"


def test_an_article_hanta_reads_as_a_pronoun_and_shared_articles(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    analyses = analyse("Doch das Heimliche und Verbotene ist ihr zuwider .", dictionary)
    assert glosser.lookup(analyses[1]).short == ("the",)  # HanTa: the pronoun *das*
    assert [glosser.lookup(analyses[i]).gender for i in (2, 4)] == ["n", "n"]


def test_forms_of_address_before_a_name_and_a_rank(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import TITLE_RULE, Glosser

    glosser = Glosser(dictionary)
    analyses = analyse("Herr Kommissar Winter setzte einen Fuß in die Wärme .", dictionary)
    mister = glosser.lookup(analyses[0])
    assert mister.short[0] == "Mr" and TITLE_RULE in mister.rules  # not "lord"
    assert [analyses[i].pos for i in (1, 2)] == ["NOUN", "PROPN"]  # a rank, then the name
    assert glosser.lookup(analyse("Der Herr kam .", dictionary)[1]).short[0] != "Mr"
    assert glosser.lookup(analyse("Frauen arbeiten .", dictionary)[0]).short[0] == "woman"
    # the title itself leads (Ding's line: "Miss; Ms; Ms."), and the form of address
    # stays out of the plain noun's gloss
    ms = glosser.lookup(analyse("Frau Gillard sagte das .", dictionary)[0])
    assert ms.short == ("Ms", "Miss")
    assert "Miss" not in glosser.lookup(analyse("Die Frau lachte .", dictionary)[1]).short


def test_the_polite_address_is_you_and_your(dictionary: Dictionary) -> None:
    """Capitalised inside a sentence, *Sie*, *Ihnen* and the possessive *Ihr* are the
    polite "you" and "your"; lower case, or first in the sentence, they are not."""
    from leseglas.gloss.lookup import POLITE_RULE, Glosser

    glosser = Glosser(dictionary)
    words = analyse("Wenden Sie sich an Ihren Arzt , er hilft Ihnen .", dictionary)
    you, your, to_you = (glosser.lookup(words[i]) for i in (1, 4, 9))
    assert (you.short[0], your.short[0], to_you.short[0]) == ("you", "your", "you")
    assert POLITE_RULE in your.rules
    words = analyse("Er sprach mit ihr über ihren Arzt .", dictionary)
    assert glosser.lookup(words[5]).short[0] == "her"
    # first in a sentence the capital says nothing: "you" comes last, after "they", "she"
    first = glosser.lookup(analyse("Sie können gehen .", dictionary)[0], sentence_initial=True)
    assert first.short[0] != "you" and first.short[-1] == "you"
    first = glosser.lookup(analyse("Ihre Angaben fehlen .", dictionary)[0], sentence_initial=True)
    assert first.short[0] == "her" and first.short[-1] == "your"


def test_sie_is_as_many_as_the_finite_verb_after_it(dictionary: Dictionary) -> None:
    """*Sie kam* "she"; *sie kamen* "they", capitalised first also the polite "you";
    with no finite verb after it (*Er sah sie*: her or them) the gloss keeps both."""
    from leseglas.gloss.lookup import NUMBER_RULE, Glosser

    glosser = Glosser(dictionary)
    she = glosser.lookup(analyse("Sie erkannte ihn sofort .", dictionary)[0], sentence_initial=True)
    assert she.short == ("she",) and NUMBER_RULE in she.rules
    they = analyse("Er wartete , bis sie kamen .", dictionary)[4]
    assert (they.number, glosser.lookup(they).short) == ("Pl", ("they",))
    polite = glosser.lookup(analyse("Sie können gehen .", dictionary)[0], sentence_initial=True)
    assert polite.short == ("they", "you")
    either = analyse("Er sah sie gestern .", dictionary)[2]
    assert not either.number and set(glosser.lookup(either).short) >= {"she", "they"}


@pytest.mark.parametrize(
    ("sentence", "word", "use", "first"),
    [
        ("Er wird morgen kommen .", "wird", "future", "will"),
        ("Er würde gern kommen .", "würde", "future", "would"),
        ("Es wird geprüft werden .", "wird", "future", "will"),  # the infinitive wins …
        ("Es wird geprüft werden .", "werden", "passive", "to be (passive)"),  # … its own use
        ("Das Haus wurde 1900 gebaut .", "wurde", "passive", "to be (passive)"),
        ("Die Anlage war abgeschaltet worden .", "worden", "passive", "to be (passive)"),
        # a comma phrase with no verb of its own is still the clause's
        (
            "1987 wurde er von der Bürgermeisterin , Sallyanne Atkinson , ernannt .",
            "wurde",
            "passive",
            "to be (passive)",
        ),
        ("Er wurde krank .", "wurde", "copula", "to become sth."),
        # the old preterite, which HanTa tags as a full verb
        ("Da ward der Jüngste traurig .", "ward", "copula", "to become sth."),
        ("Das Schloss ward gebaut .", "ward", "passive", "to be (passive)"),
        ("Er ist Arzt geworden .", "geworden", "copula", "to become sth."),
        ("Er will Arzt werden .", "werden", "copula", "to become sth."),
        # a clause whose finite verb comes last is whole: the next clause's infinitive
        # is not its future
        (
            "Sie zogen aus Ländern ab , die Mitglied wurden , und wollten bleiben .",
            "wurden",
            "copula",
            "to become sth.",
        ),
        # a relative clause after the comma is another clause
        (
            "Er wurde Lehrer , der viel von Kindern verstehen soll .",
            "wurde",
            "copula",
            "to become sth.",
        ),
    ],
)
def test_werden_is_glossed_by_its_use_in_the_clause(
    dictionary: Dictionary, sentence: str, word: str, use: str, first: str
) -> None:
    """*werden* is "will" only before an infinitive: with a participle it is the
    passive, with neither "to become" (*wurde krank* was "will")."""
    from leseglas.gloss.lookup import WERDEN_RULE, Glosser

    words = sentence.split()
    analysis = analyse(sentence, dictionary)[words.index(word)]
    gloss = Glosser(dictionary).lookup(analysis)
    assert (analysis.auxiliary, gloss.short[0]) == (use, first)
    assert WERDEN_RULE in gloss.rules


@pytest.mark.parametrize(
    ("sentence", "verb", "first"),
    [
        ("Wir haben lange darauf gewartet .", "warten", "for it"),  # Ding's "(auf; bis)"
        ("Sie hat sich darüber informiert .", "informieren", "about it"),  # "(über: about)"
        ("Ich freue mich darüber .", "freuen", "over it"),  # "to rejoice … over sth."
        ("Er weist darauf hin , dass es regnet .", "hinweisen", "to it"),  # "to point to sth."
        ("Das lag daran , dass er krank war .", "liegen", "because of it"),
        ("Sie sprach sich dafür aus .", "aussprechen", "in favour of it"),
        ("Worauf wartest du ?", "warten", "for what"),  # a question's: "what"
        ("Das ist etwas , womit ich rechne .", "rechnen", "with what"),
    ],
)
def test_a_pronominal_adverb_is_its_verb_s_object(
    dictionary: Dictionary, sentence: str, verb: str, first: str
) -> None:
    """*darauf*, *darüber* … stand for the object of their clause's verb when its sense
    takes that preposition, and read as the verb's English has it (*warten auf*
    "to wait for": "for it"), not as the adverb alone (*darauf* "after that")."""
    from leseglas.gloss.lookup import OBJECT_RULE, Glosser

    adverb = next(a for a in analyse(sentence, dictionary) if a.tag in ("PROAV", "PWAV"))
    gloss = Glosser(dictionary).lookup(adverb)
    assert adverb.governor is not None and adverb.governor.lemma == verb
    assert gloss.short[0] == first and OBJECT_RULE in gloss.rules


def test_a_pronominal_adverb_its_verb_does_not_take_keeps_its_own_senses(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import OBJECT_RULE, Glosser

    glosser = Glosser(dictionary)
    for sentence in ("Das Buch liegt darauf .", "Kurz darauf kam er ."):
        adverb = next(a for a in analyse(sentence, dictionary) if a.tag == "PROAV")
        assert adverb.governor is not None  # the clause's verb, whose sense takes no *auf*
        assert OBJECT_RULE not in glosser.lookup(adverb).rules
    alone = next(a for a in analyse("Darauf !", dictionary) if a.text == "Darauf")
    assert alone.governor is None  # no verb in its clause


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        ("Wie funktioniert das ?", "Wie", "how"),  # not the comparison's "as"
        ("Wie oft halten wir anderen ihre Fehler vor !", "Wie", "how"),
        ("Wo wohnst du jetzt ?", "Wo", "where"),
    ],
)
def test_a_question_word_is_glossed_by_an_english_one(
    dictionary: Dictionary, sentence: str, word: str, first: str
) -> None:
    from leseglas.gloss.lookup import Glosser

    analysis = analyse(sentence, dictionary)[sentence.split().index(word)]
    gloss = Glosser(dictionary).lookup(analysis)
    assert (analysis.question, gloss.short[0]) == (True, first)
    # a clause of comparison, which HanTa tags so too, keeps "as"
    for sentence, index in [
        ("Wie die Behörden mitteilten , waren drei Fahrzeuge dabei .", 0),
        ("Wie bekanntgegeben wurde , hat die Bank entschieden .", 0),
        ("Alles bestens , wie immer .", 3),
    ]:
        compared = analyse(sentence, dictionary)[index]
        assert not compared.question
        assert Glosser(dictionary).lookup(compared).short[0] == "as"
