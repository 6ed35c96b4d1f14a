"""Separable verbs: particle and verb reunited, and what is no particle.

Against the real tagger and dictionary index."""

import pytest
from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary
from leseglas.gloss.lookup import Glosser


@pytest.mark.parametrize(
    ("sentence", "verb", "particle", "whole"),
    [
        ("Die Mission findet im Rahmen der Organisation statt .", "findet", "statt", "stattfinden"),
        ("Das Parlament stimmte dem Vorschlag gestern zu .", "stimmte", "zu", "zustimmen"),
        ("Er sieht heute sehr müde aus .", "sieht", "aus", "aussehen"),
        ("Sie rief ihn an , als er kam .", "rief", "an", "anrufen"),
        ("Es fing mit einer Wartezeit von 20 Minuten an .", "fing", "an", "anfangen"),
        ("Er gab den Brief an seine Schwester weiter .", "gab", "weiter", "weitergeben"),
        ("Die Stadt lädt im Mai zu „ Wandern und Schauen “ ein .", "lädt", "ein", "einladen"),
        # written apart, before the verb
        ("Er hat die Stühle zurecht gerückt .", "gerückt", "zurecht", "zurechtrücken"),
        ("Er musste mit ansehen , wie es geschah .", "ansehen", "mit", "mitansehen"),
        (
            "Es war schön , mit Ihnen zusammen zu arbeiten .",
            "arbeiten",
            "zusammen",
            "zusammenarbeiten",
        ),
        ("Sie fragen , wer die Ämter inne hat .", "hat", "inne", "innehaben"),
        # a word Ding writes together with the verb, written apart
        ("Die Schrift war verloren gegangen .", "gegangen", "verloren", "verlorengehen"),
        ("Wir haben uns in Berlin kennen gelernt .", "gelernt", "kennen", "kennenlernen"),
        ("Uns ist das Essen im Hals stecken geblieben .", "geblieben", "stecken", "steckenbleiben"),
        ("Die Polizei hat das fest gestellt .", "gestellt", "fest", "feststellen"),
        ("Das Lokal ist nur weiter zu empfehlen .", "empfehlen", "weiter", "weiterempfehlen"),
        ("Es sieht von außen gut aus .", "sieht", "aus", "aussehen"),  # no von … aus
        # past a participle after *wie*, which HanTa read as finite (*fortverordnen*)
        (
            "Setzen Sie die Behandlung wie verordnet fort .",
            "Setzen",
            "fort",
            "fortsetzen",
        ),
        # an adjective or adverb closing a clause with a reflexive pronoun, where Ding
        # lists the verb with *sich* as one word
        ("Die Bündnisse kommen sich vorerst näher .", "kommen", "näher", "näherkommen"),
        ("Ich fühle mich hier wohl .", "fühle", "wohl", "wohlfühlen"),
        ("Sie macht sich gegen Mobbing stark .", "macht", "stark", "starkmachen"),
        # adjectives and adverbs HanTa tags as a separated particle
        (
            "Die Luftwaffe gab am Abend bekannt , es sei ein Unglück .",
            "gab",
            "bekannt",
            "bekanntgeben",
        ),
        ("In Toulouse legten Studenten den Zugverkehr lahm .", "legten", "lahm", "lahmlegen"),
        ("Wir sehen uns nächste Woche wieder .", "sehen", "wieder", "wiedersehen"),
        ("Die Zeit geht vor allem Kindern verloren .", "geht", "verloren", "verlorengehen"),
        # … and those HanTa reads as adjectives before a comma, where Ding has the verb
        (
            "Er zog die Augenbrauen hoch , stellte aber keine Fragen .",
            "zog",
            "hoch",
            "hochziehen",
        ),
        (
            "Stellen Sie die Unterlagen bereit , damit wir beginnen .",
            "Stellen",
            "bereit",
            "bereitstellen",
        ),
        ("Sie gab die Nachricht weiter , aber niemand reagierte .", "gab", "weiter", "weitergeben"),
        ("Das fällt mir schwer .", "fällt", "schwer", "schwerfallen"),  # *mir* is no *sich*
        ("Dann ging die Waschmaschine kaputt .", "ging", "kaputt", "kaputtgehen"),
        ("Das legt den Schluss nahe .", "legt", "nahe", "nahelegen"),
        ("Sie stellt den Bericht morgen fertig .", "stellt", "fertig", "fertigstellen"),
        # a present plural HanTa read as an infinitive takes its own clause's particle,
        # which reaches no verb before the comma
        (
            "Von Westen setzt sich Hochdruck durch , und die Wolken lockern auf .",
            "lockern",
            "auf",
            "auflockern",
        ),
        (
            "Von Westen setzt sich Hochdruck durch , und die Wolken lockern auf .",
            "setzt",
            "durch",
            "durchsetzen",
        ),
        # a verb HanTa and Ding know no forms of, before its particle
        ("In der Nacht klart es vielerorts auf .", "klart", "auf", "aufklaren"),
        # a participle or infinitive closing the clause of a finite verb, the first
        # part of a verb Ding writes as one word
        ("Dabei gehen alle Passwörter verloren .", "gehen", "verloren", "verlorengehen"),
        ("Ich lernte ihn in Berlin kennen .", "lernte", "kennen", "kennenlernen"),
        ("Er ließ das Glas fallen .", "ließ", "fallen", "fallenlassen"),
        # Ding's one word only in the old spelling is written as now: *spazierengehen* [alt]
        ("Sie ging am Sonntag spazieren .", "ging", "spazieren", "spazieren gehen"),
        # before a comma HanTa reads the infinitive as a finite verb of its own
        (
            "Dort lernte sie Pierre Curie kennen , den sie heiratete .",
            "lernte",
            "kennen",
            "kennenlernen",
        ),
        ("Er ließ sich gehen .", "ließ", "gehen", "gehenlassen"),  # Ding's *sich gehenlassen*
        # a pronominal adverb, where the whole verb is a common one
        ("Es kommen noch Kosten dazu .", "kommen", "dazu", "dazukommen"),
        ("Ich lerne jeden Tag etwas dazu .", "lerne", "dazu", "dazulernen"),
        ("Er kam mit einem blauen Auge davon .", "kam", "davon", "davonkommen"),
        # an adjective particle written apart since 1996
        ("Das Material lässt zu wünschen übrig .", "lässt", "übrig", "übrig lassen"),
        # the particle opens the clause, before its verb
        ("Hinzu kommt noch , dass es regnet .", "kommt", "Hinzu", "hinzukommen"),
        ("Fest steht jetzt , dass er geht .", "steht", "Fest", "feststehen"),
        # written apart at the end of a subordinate clause (HanTa: a postposition)
        (
            "Es war klar , was sich als Nachteil heraus stellte .",
            "stellte",
            "heraus",
            "herausstellen",
        ),
        # a pronominal adverb closing its clause, whatever HanTa tagged it
        ("Zu einem guten Urlaub gehört Sonne dazu , sagt sie .", "gehört", "dazu", "dazugehören"),
        # an ellipsis closes a clause as a full stop does
        ("Viele Familien nehmen Kredite auf … Das ist riskant .", "nehmen", "auf", "aufnehmen"),
        # an infinitive clause after the particle: the finite verb's, if the commoner
        ("Plötzlich hörte der Regen auf zu prasseln .", "hörte", "auf", "aufhören"),
        # a direction closing its clause, whatever HanTa tagged it (here an adverb)
        (
            "Ein Prüfer geht mit einem Hammer an dem Zug entlang und klopft .",
            "geht",
            "entlang",
            "entlanggehen",
        ),
        ("Wir fuhren die ganze Straße entlang .", "fuhren", "entlang", "entlangfahren"),
        # a comparison cut short keeps the particle before it: not *herumrennen*
        ("Lieber rennt er auf mich zu , als um mich herum .", "rennt", "zu", "zurennen"),
        # *davon* "away" right after its verb, however rare the whole verb
        ("Das Auto brannte , und Kenseth ging davon .", "ging", "davon", "davongehen"),
        # joined as the 2006 spelling writes it (Ding: *in Frage stellen*, *zutage treten*);
        # HanTa reads *infrage* as a verb of its own
        ("Er stellte die Pläne infrage .", "stellte", "infrage", "infrage stellen"),
        ("Das kam für mich nie infrage .", "kam", "infrage", "infrage kommen"),
        ("Die Wahrheit trat zutage .", "trat", "zutage", "zutage treten"),
        # any adverbial adjective closing its clause, of a verb Ding writes as one word
        ("Diese Sorgen nehmen wir ernst .", "nehmen", "ernst", "ernst nehmen"),
        ("Am besten lässt man das Auto stehen .", "lässt", "stehen", "stehen lassen"),
        (
            "Unterwegs geht das Licht verloren , und übrig bleibt Rot .",
            "geht",
            "verloren",
            "verlorengehen",
        ),
        # a particle that is also a preposition, set apart before a phrase of place
        ("Sie nahm die Kinder mit nach Berlin .", "nahm", "mit", "mitnehmen"),
        ("Ich komme am Samstag mit ins Kino .", "komme", "mit", "mitkommen"),
        ("Er spielt seit Jahren mit im Orchester .", "spielt", "mit", "mitspielen"),
        ("Sie zog 2010 um nach Berlin .", "zog", "um", "umziehen"),
        # … in a subordinate clause, before the phrase and the verb closing it
        ("Er fragt , ob ich mit auf das Konzert komme .", "komme", "mit", "mitkommen"),
    ],
)
def test_separable_verbs(
    dictionary: Dictionary, sentence: str, verb: str, particle: str, whole: str
) -> None:
    words = sentence.split()
    analyses = analyse(sentence, dictionary)
    v, p = words.index(verb), words.index(particle)
    assert analyses[v].lemma == analyses[p].lemma == whole
    assert (analyses[v].partner, analyses[p].partner) == (p, v)


@pytest.mark.parametrize(
    "sentence",
    [
        "Es ist alles gut gegangen .",  # no *gutgehen* in Ding: the adverb and its verb
        "Er ist sehr weit gekommen .",
        "Er hat es richtig gemacht .",
        "Sie hat lange geschlafen .",
        "Den Teig eine Stunde gehen lassen .",  # Ding has only *sich gehenlassen*
        "Ich lasse ihn gehen .",  # … also with the infinitive closing the clause
        "Sie lachten und weinten .",  # two finite verbs of their own
        "Sie ließ das Auto reparieren .",  # no *reparierenlassen*
        # a passive after a full verb: no *eingestellt werden* "to fold"
        "Der Prozess begann im Mai und wurde sofort eingestellt .",
        "Er hat den Ball getroffen .",  # a perfect
        "Er schätzt den Wert sehr hoch .",  # graded: an adjective, no *hochschätzen*
        "Die Kosten bleiben hoch , sagt er .",  # no *hochbleiben*
        "Der Koffer ist sehr schwer .",
        "Er arbeitet schwer .",  # no *schwerarbeiten*
        "Er erklärte sich bereit , zu helfen .",  # *sich bereit erklären*, written apart
        # … and the *sich* of another clause is not this one's
        "Den Teig gehen lassen , bis er sich vergrößert hat .",
        # *sich lassen* with an infinitive, "can be …": no *steckenlassen*
        "Die Geräte lassen sich einfach in die Steckdose stecken .",
        "Er lief schnell , sodass er den Zug erreichte .",  # Ding's *schnell laufen*: manner
        "Es wurde endlich besser .",  # a copula's predicate: no *besser werden*
        "Lassen Sie mich offen sagen : Wir schaffen das .",  # *mich* not *Sie*'s: no *sich*
        "Ich gehe in Abständen und es ist immer wieder gut .",  # *ist*'s: no *gut gehen*
        # a preposition before an amount or a degree, not a particle set apart
        "Er hat mit über 100 Gästen gefeiert .",
        "Sie kam mit bis zu zehn Freunden .",
        "Dündar warnte Europa vor zu viel Verständnis .",
    ],
)
def test_a_word_before_a_verb_stays_apart_where_ding_has_no_such_verb(
    dictionary: Dictionary, sentence: str
) -> None:
    assert all(a.partner is None for a in analyse(sentence, dictionary))


def test_prepositions_are_not_particles(dictionary: Dictionary) -> None:
    for sentence in (
        "Er wartet auf den Bus .",
        "Von Anfang an war das klar .",
        "Sie geht mit ihm .",
        "Der Hund ging mit und ohne Leine .",
        "Sie sieht Vor - und Nachteile .",
        "Der Dreck war weg .",
        "Ich wundere mich immer wider .",
        "Sie hingen zum Schluss hin wie ein nasser Sack an mir .",  # zu … hin
        "Vom Fenster aus sah er das Meer .",  # von … aus
        "Von Anfang an gesehen war es gut .",  # von … an, not angesehen
        "Das sei gut , sagte Personalchef Bernd Richter dazu .",  # about it, not dazusagen
        "Er sagte nichts dazu .",
        "Er weiß nichts davon .",
        "Das kommt davon , dass du nie zuhörst .",  # a clause it points to
        "Er hielt nichts davon .",  # after an object: "of it"
        "Die Abgeordneten stimmten dagegen .",  # voted against it, not *dagegen stimmen*
        "Er kämpfte , um zu überleben .",  # um … zu, no *umkämpfen*
        # an adverb closing a reflexive clause, but no verb Ding lists with *sich*
        "Er freute sich sehr .",
        "Das zeigt sich deutlich .",
        "Er macht sich bereit .",  # Ding: *bereitmachen*, not *sich bereitmachen*
        "Sie kommen näher .",  # no reflexive: *näherkommen* is "to progress towards sth."
    ):
        assert all(a.partner is None for a in analyse(sentence, dictionary))


def test_both_halves_of_a_separable_verb_take_the_same_sense(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    analyses = analyse("Sie nahm gestern an der Sitzung teil .", dictionary)
    verb, particle = analyses[1], analyses[-2]
    assert verb.partner == len(analyses) - 2 and particle.partner == 1
    assert glosser.lookup(verb).short == glosser.lookup(particle).short
    assert glosser.lookup(particle).short[0] == "to take part in sth."  # *an* is the clause's


def test_a_direction_makes_a_verb_with_a_strong_past_ding_lists_beside_another(
    dictionary: Dictionary,
) -> None:
    analyses = analyse(
        "Gleich darauf hieb ihn Johannes nieder , sprang über sie hinweg .", dictionary
    )
    assert (analyses[2].lemma, analyses[5].partner) == ("niederhauen", 2)  # not der Hieb
    assert analyses[7].lemma == "hinwegspringen"
    # a direction before a comparison ends its clause: *wehe … vorbei wie Blätter*
    passing = analyse("Die Zeit wehe an ihnen vorbei wie Blätter im Wind .", dictionary)
    assert (passing[2].lemma, passing[5].partner) == ("vorbeiwehen", 2)


def test_a_particle_does_not_reach_past_a_coordinated_verb(dictionary: Dictionary) -> None:
    sentence = (
        "Er lag auf seinem harten Rücken und sah , wenn er den Kopf ein wenig hob , seinen "
        "braunen Bauch , auf dessen Höhe sich die Bettdecke , zum gänzlichen Niedergleiten "
        "bereit , kaum noch erhalten konnte ."
    )  # Kafka, Die Verwandlung
    analyses = analyse(sentence, dictionary)
    assert analyses[1].lemma == "liegen"  # not bereitliegen
    assert analyse("Er stand auf und sah sich um .", dictionary)[4].lemma == "umsehen"


def test_a_particle_does_not_reach_past_a_modal_of_its_own_clause(dictionary: Dictionary) -> None:
    cake = analyse("Bleibt kein Teig mehr kleben , kann der Kuchen heraus .", dictionary)
    assert cake[0].lemma == "klebenbleiben" and cake[9].partner is None  # no herausbleiben
    assert analyse("Er muss jetzt weg .", dictionary)[1].lemma == "wegmüssen"
    # a modal closing a clause between is no verb of the particle's clause
    wine = analyse("Dann wählt der Gast , wenn er möchte , seinen Wein aus .", dictionary)
    assert wine[1].lemma == "auswählen"


def test_a_particle_verb_ding_lacks_is_glossed_from_particle_and_verb(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    analyses = analyse("Eine Dame , die aufrecht dasaß und den Muff entgegenhob .", dictionary)
    sat, lifted = glosser.lookup(analyses[5]), glosser.lookup(analyses[9])
    assert (sat.lemma, sat.short, sat.source) == ("dasitzen", ("there + sit",), "compound")
    towards = glosser.lookup(analyse("Er rennt auf mich zu .", dictionary)[1])
    assert (towards.lemma, towards.short) == ("zurennen", ("towards + run",))
    assert lifted.short == ("towards + raise",)


def test_a_verb_whose_particle_ends_in_zu_is_no_zu_infinitive(dictionary: Dictionary) -> None:
    added = analyse("Dann Mehl und Milch dazugeben .", dictionary)[4]
    assert (added.lemma, added.tag) == ("dazugeben", "VV(INF)")  # HanTa: *dageben*
    accepted = analyse("Das ist nicht hinzunehmen .", dictionary)[3]
    assert accepted.lemma == "hinnehmen"  # the other reading is a verb too: HanTa's stays


def test_a_particle_before_a_participle_of_a_verb_ding_writes_apart(
    dictionary: Dictionary,
) -> None:
    analyses = analyse("Sie ist aufgrund einer Initiative zustande gekommen .", dictionary)
    assert (analyses[5].lemma, analyses[6].lemma) == ("zustande kommen", "zustande kommen")


def test_a_particle_of_direction_makes_a_verb_of_motion(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    analyses = analyse("Immer wieder schaukelte er in die Rückenlage zurück .", dictionary)
    assert (analyses[2].lemma, analyses[2].partner) == ("zurückschaukeln", 7)
    assert Glosser(dictionary).lookup(analyses[2]).short == ("back + rock",)


def test_fontane_a_direction_inside_another_clause_and_a_rare_adjective(
    dictionary: Dictionary,
) -> None:
    from leseglas.gloss.lookup import Glosser

    sentence = (
        "Sonnenschein fiel auf die Straße , während ein Flügel einen Schatten erst auf "
        "den Gang und dann über diesen hinaus auf ein Rondell warf ."
    )  # Fontane, Effi Briest
    analyses = analyse(sentence, dictionary)
    assert (analyses[1].lemma, analyses[19].partner) == ("fallen", None)  # no hinausfallen
    aware = Glosser(dictionary).lookup(analyse("Man wurde eines Teiches gewahr .", dictionary)[4])
    assert "danger" not in aware.short  # *gewahr* is no misspelt *Gefahr*


def test_spoken_short_particles(dictionary: Dictionary) -> None:
    running = analyse("Irgendwann rennen wir alle nackt rum .", dictionary)
    assert (running[1].lemma, running[5].partner) == ("rumrennen", 1)
    coming = analyse("Der Notruf kam erst vor zwei Stunden rein .", dictionary)
    assert coming[2].lemma == "reinkommen"


def test_a_particle_set_apart_takes_no_idiom_of_the_bare_verb(dictionary: Dictionary) -> None:
    """*kommst … mit ins Kino* is *mitkommen*, not Ding's *ins Kino kommen* "to
    come to cinema screens"."""
    analyses = analyse("Ich komme am Samstag mit ins Kino .", dictionary)
    assert analyses[1].phrase == ""
    assert Glosser(dictionary).lookup(analyses[1]).short[0] == "to come along"


def test_a_verb_one_word_only_in_the_old_spelling_is_written_as_now(
    dictionary: Dictionary,
) -> None:
    """Ding's *stehenlassen* [alt] has only "to ditch sb."; *stehen lassen* has all."""
    analyses = analyse("Am besten lässt man das Auto stehen .", dictionary)
    assert analyses[2].lemma == "stehen lassen"
    senses = Glosser(dictionary).lookup(analyses[2]).senses
    assert "to leave sth." in [t for sense in senses for t in sense.translations]
