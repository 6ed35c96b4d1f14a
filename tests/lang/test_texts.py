"""Whole sentences of real texts, end to end: every stage together.

Against the real tagger and dictionary index."""

from tests.lang.reading import analyse

from leseglas.gloss.dictionary import Dictionary


def test_a_manual_s_imperatives_joined_by_oder(dictionary: Dictionary) -> None:
    sentence = "Zerlegen oder modifizieren Sie das Ladegerät nicht ."
    assert analyse(sentence, dictionary)[0].pos == "VERB"  # not *das Zerlegen*


def test_a_recipe_s_nouns_and_imperatives(dictionary: Dictionary) -> None:
    listed = analyse("Mehl , Salz und Hefe in einer Schüssel vermengen .", dictionary)
    assert (listed[0].pos, listed[0].lemma) == ("NOUN", "Mehl")  # HanTa: a name
    names = analyse("Roman Herzog und Bundeswehr-Chef Klaus Naumann kamen .", dictionary)
    assert names[1].pos == "PROPN"  # a surname after a first name
    kneading = analyse("Kneten Sie lange , bis der Teig klebrig ist .", dictionary)
    assert (kneading[0].lemma, kneading[0].pos) == ("kneten", "VERB")  # not an adverb
    assert (kneading[5].tag, kneading[6].pos, kneading[6].article) == ("ART", "NOUN", "der")
    again = analyse("Den Teig nochmals durchkneten .", dictionary)[3]
    assert (again.lemma, again.pos) == ("durchkneten", "VERB")  # HanTa: adjective *durchknet*
    rings = analyse("Kaum war er wach , klingelt auch schon der Wecker .", dictionary)[5]
    assert (rings.lemma, rings.pos) == ("klingeln", "VERB")  # not Ding's "tings" {adj}


def test_recipe_imperatives_and_infinitives(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    knead = analyse("Mischen Sie die Zutaten und kneten Sie das ganze .", dictionary)[5]
    assert (knead.pos, knead.lemma) == ("VERB", "kneten")  # HanTa: an adverb
    mix = analyse("Die Butter zufügen und zu einem Teig verkneten .", dictionary)[7]
    assert mix.lemma == "verkneten"  # HanTa: verknete
    # a particle verb after *und* keeps its particle; Ding lacks the whole verb
    sentence = "Rollen Sie den Teig aus und stechen Sie mit einer Gabel hinein ."
    roll, prick = (analyse(sentence, dictionary)[i] for i in (0, 6))
    assert (roll.lemma, prick.lemma, prick.partner) == ("ausrollen", "hineinstechen", 11)
    add = glosser.lookup(analyse("Dann geben Sie die Zwiebeln hinzu .", dictionary)[1])
    assert add.short == ("to add",)  # our supplement; not Ding's noun das Hinzugeben


def test_reading_a_fairy_tale(dictionary: Dictionary) -> None:
    """Grimm, Rotkäppchen: diminutives, imperatives, common nouns Ding files under
    geography, and a regional lemma."""
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    cap = glosser.lookup(analyse("Sie schenkte ihm ein Käppchen von rotem Samt .", dictionary)[4])
    assert cap.short == ("little cap",)  # not a misspelt Happen "bit; nibble"
    run = analyse("Geh hübsch sittsam und lauf nicht vom Weg ab .", dictionary)[4]
    assert (run.pos, run.lemma) == ("VERB", "ablaufen")  # not der Lauf
    assert analyse("Guck nicht in alle Ecken herum .", dictionary)[4].lemma == "Ecke"  # not Eck
    village = glosser.lookup(analyse("Sie wohnte vor dem Dorf .", dictionary)[4])
    assert not village.proper  # Ding's [geogr.] "village" is no name
    wolf = analyse("Im Wald begegnete ihm der Wolf .", dictionary)[5]
    assert wolf.pos == "NOUN"  # Ding's constellation "Lupus" makes no name of it
    setting_off = glosser.lookup(analyse("Mach dich auf , bevor es heiß wird .", dictionary)[0])
    assert setting_off.short[0] == "to start"  # sich aufmachen, not "to open"


def test_reading_business_news(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    profit = glosser.lookup(analyse("Der Betriebsgewinn stieg .", dictionary)[1])
    assert profit.gender == "m"  # Ding gives none: guessed from Gewinn
    firms = glosser.lookup(analyse("Die Telekomgesellschaften halten still .", dictionary)[1])
    assert firms.short == ("Telekom + company",)  # the unknown front kept, not dropped
    cheap = glosser.lookup(analyse("Sie drängen mit Niedrigpreisen auf den Markt .", dictionary)[3])
    assert cheap.short == ("low + price",)  # a dative plural head: not a name, not "praise"
    name = glosser.lookup(analyse("Der Chef heißt Cor Herkströter .", dictionary)[4])
    assert not name.short  # a name ends in no adjective: not "red" (*rot*)


def test_a_fairy_tale_names_imperatives_and_particles(dictionary: Dictionary) -> None:
    """Found in *Hänsel und Gretel*: HanTa reads the names as imperatives of
    *hänseln*, and *führ* as *fahren*'s."""
    names = analyse("Allein irren Hänsel und Gretel im tiefen Wald umher .", dictionary)
    assert [names[i].pos for i in (2, 4)] == ["PROPN", "PROPN"]
    assert analyse("Hänsel und Gretel sind die Kinder .", dictionary)[0].pos == "PROPN"
    assert analyse("Sag was du willst .", dictionary)[0].pos == "VERB"  # a real imperative
    assert analyse("Da sagte sie : „ Komm , Kind ! “", dictionary)[5].pos == "VERB"
    sentence = (
        "Gib ihnen Brot , dann führ sie hinaus in den Wald , mitten hinein , wo er dicht ist ."
    )
    lead = analyse(sentence, dictionary)
    assert (lead[5].lemma, lead[13].partner) == ("hinausführen", None)  # not past a comma
    back = analyse("Sie kehren aus dem Haus zurück zu ihrem Vater .", dictionary)
    assert back[1].lemma == "zurückkehren"  # a direction before a phrase of place


def test_nouns_of_a_fairy_tale_ding_reads_otherwise(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    dawn = analyse("In aller Frühe sammelt er Kieselsteine .", dictionary)[2]
    assert (dawn.tag, glosser.lookup(dawn).gender) == ("NN", "f")  # not der Frühe
    stones = analyse("Sie lassen die Steinchen fallen .", dictionary)[3]
    assert glosser.lookup(stones).short == ("little stone",)  # not a sea snail's name
    trail = analyse("Er streut eine Spur , mit der sie den Weg finden .", dictionary)[3]
    assert glosser.lookup(trail).short[0] != "a touch"
    assert analyse("Das ist eine Spur zu laut .", dictionary)[3].phrase == "eine Spur"


def test_a_leaflets_old_dative_and_verbs_not_rendered_by_a_modal(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser

    glosser = Glosser(dictionary)
    doubt = analyse("Im Zweifelsfalle fragen Sie Ihren Arzt .", dictionary)[1]
    assert (doubt.lemma, glosser.lookup(doubt).gender) == ("Zweifelsfall", "m")  # no *Falle*
    determined = analyse("Die Dauer wird von Ihrem Arzt bestimmt .", dictionary)[6]
    assert glosser.lookup(determined).short[0] == "to determine sth."  # not "to will sth."
    assert "can" in glosser.lookup(analyse("Er kann schwimmen .", dictionary)[1]).short


def test_a_football_report(dictionary: Dictionary) -> None:
    from leseglas.gloss.lookup import Glosser
    from leseglas.gloss.ranking import dominant_labels

    words = "Tor Elfmeter Strafraum Schiedsrichter Halbzeit Abseits Flanke Trainer".split()
    field = dominant_labels([tuple(dictionary.lookup(w)) for w in words])
    glosser = Glosser(dictionary, field)
    lead = glosser.lookup(analyse("Gladbach baute die Führung aus .", dictionary)[3])
    assert lead.short[0] == "lead"  # Ding's note: *Spitzenposition bei einem Wettbewerb*
    # *geht … in Führung* is one unit, Ding's sub-entry *in Führung gehen*
    took = glosser.lookup(analyse("Gladbach geht zweimal in Führung .", dictionary)[4])
    assert (took.lemma, took.short[0]) == ("in Führung gehen", "to take the lead")
    fans = glosser.lookup(analyse("Die Hoffenheimer ärgern sich .", dictionary)[1])
    assert (fans.short[0], fans.proper) == ("of Hoffenheim", True)  # not *Hoffenh* + *Eimer*
    assert glosser.lookup(analyse("Er heißt Peter .", dictionary)[2]).short == ()


def _field_of(nouns: str, dictionary: Dictionary) -> frozenset[str]:
    """The field a text of these nouns is in, as the reader finds it."""
    from leseglas.gloss.ranking import dominant_labels

    return dominant_labels(
        [tuple(s for s in dictionary.lookup(w) if s.pos == "NOUN") for w in nouns.split()]
    )


def test_a_doctors_text_is_about_medicines_too(dictionary: Dictionary) -> None:
    """A medical text's field brings pharmacy's: *Einnahme* [pharm.] "taking (of
    medicines)", not "receipts"; a business text keeps "receipts"."""
    from leseglas.gloss.lookup import Glosser

    field = _field_of(
        "Blutdruck Patientin Hausarzt Nebenwirkung Praxis Diagnose Krankheit", dictionary
    )
    assert {"med.", "pharm."} <= field
    sentence = "Sie müsse die Einnahme sofort abbrechen ."
    intake = Glosser(dictionary, field).lookup(analyse(sentence, dictionary)[3])
    assert intake.short[:2] == ("use", "taking")
    business = Glosser(dictionary, frozenset({"econ."})).lookup(analyse(sentence, dictionary)[3])
    assert business.short[0] == "receipts"


def test_a_computer_text_is_about_electrical_devices_too(dictionary: Dictionary) -> None:
    """A computing text's field brings electrical engineering's: a router is switched
    on (*einschalten* [electr.]), not "called in" as an expert is; a school letter
    keeps no such field."""
    from leseglas.gloss.lookup import Glosser

    field = _field_of(
        "Router Passwort Benutzeroberfläche Internet Server Browser Datei", dictionary
    )
    assert {"comp.", "electr."} <= field
    sentence = "Schalten Sie es anschließend wieder ein ."
    switch = Glosser(dictionary, field).lookup(analyse(sentence, dictionary)[0])
    assert switch.short[0] == "to switch on sth."


def test_a_novel_s_dialogue_in_german_quotation_marks(dictionary: Dictionary) -> None:
    """After „ a sentence opens as after the typewriter's quote: *Du* and *Sie* are
    pronouns, not a name and a non-word; the marks are punctuation."""
    spoken = analyse("„ Du hast lange geschlafen “ , sagte er .", dictionary)
    assert [(a.lemma, a.pos) for a in spoken[:2]] == [("„", "PUNCT"), ("du", "PRON")]
    assert (spoken[5].lemma, spoken[5].pos) == ("“", "PUNCT")
    she = analyse("» Sie hat es gewusst « , rief er .", dictionary)[1]
    assert (she.lemma, she.pos) == ("sie", "PRON")


def test_currency_codes_in_business_news(dictionary: Dictionary) -> None:
    """Ding has the currencies, not their codes; our supplement has the common ones."""
    from leseglas.gloss.lookup import Glosser

    pound = analyse("Der Preis stieg auf 300 GBP .", dictionary)[5]
    assert Glosser(dictionary).lookup(pound).short[0] == "pound sterling"
