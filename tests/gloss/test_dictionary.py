"""The Ding parser on real Ding lines, and the shipped index itself."""

from pathlib import Path

import pytest
from vocab.build_index import build

from leseglas.gloss.dictionary import Dictionary, index_path
from leseglas.gloss.ding import clean_translations, is_cognate, parse_line, spelling_key
from leseglas.gloss.render import principal_parts

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "ding-sample.txt"


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Dictionary:
    path = tmp_path_factory.mktemp("ding") / "sample.sqlite"
    build(SAMPLE, path)
    return Dictionary(path)


def test_parser_reads_gender_plural_labels_and_forms() -> None:
    line = next(line for line in SAMPLE.open(encoding="utf-8") if line.startswith("Herrscher"))
    entries = {e.headword: e for e in parse_line(line)}
    machthaber = entries["Machthaber"]
    assert (machthaber.pos, machthaber.gender, machthaber.plural) == ("NOUN", "m", "Machthaber")
    assert machthaber.translations[0] == "ruler" and "pol." in machthaber.labels
    assert entries["Militärmachthaber"].translations == ["military ruler"]
    assert not any(" " in e.headword for e in entries.values())  # "absoluter Herrscher" is a phrase


def test_parser_verbs_and_articles() -> None:
    lines = SAMPLE.read_text("utf-8").splitlines()
    gehen = next(e for line in lines if line.startswith("gehen") for e in parse_line(line))
    assert gehen.pos == "VERB" and ("ging", "inflection") in gehen.forms
    polizei = next(e for line in lines if line.startswith("die Polizei") for e in parse_line(line))
    assert (polizei.headword, polizei.gender) == ("Polizei", "f")
    assert all(not e.headword.endswith((".", "!")) for line in lines for e in parse_line(line))


def test_parser_takes_an_interjection_ding_cites_with_its_exclamation_mark() -> None:
    """*Au!; Autsch!* {interj} is the word a text writes (*Au, das tut weh*); a
    sentence stays out (*Gut gemacht!*)."""
    line = "Au!; Aua!; Autsch! {interj} (Ausdruck des Schmerzes) :: Ow!; Ouch!"
    assert [(e.headword, e.pos) for e in parse_line(line)][::2] == [
        ("Au", "INTJ"),
        ("Autsch", "INTJ"),
    ]
    assert not list(parse_line("Gut gemacht!; Weiter so! {interj} :: Well done!"))


def test_parser_keeps_a_verbs_intransitive_tag() -> None:
    """{vi} on the term or, for its synonyms, on the line; {vt} and {vr} are not."""
    lines = [
        "verstreichen {vi} (Zeit) :: to pass; to lapse",
        "etw. verstreichen {vt} (Material auf einer Oberfläche) :: to spread sth.",
        "lagern {vi}; sich niederlassen {vr} :: to camp",
        "gelingen; aufgehen {vi} (Sache) :: to succeed",
        "Lager {n} :: camp",
    ]
    kinds = {(e.headword, e.translations[0]): e.intransitive for x in lines for e in parse_line(x)}
    assert kinds == {
        ("verstreichen", "to pass"): True,
        ("verstreichen", "to spread sth."): False,
        ("lagern", "to camp"): True,
        ("sich niederlassen", "to camp"): False,
        ("gelingen", "to succeed"): True,
        ("aufgehen", "to succeed"): True,
        ("Lager", "camp"): False,
    }


def test_parser_gives_a_verbs_existential_use_an_entry_of_its_own() -> None:
    """Ding's *es gibt …* "there is …" under *geben*, for ``lang.clauses`` to find
    when *es* is the subject; its person forms with *es* are no such use."""
    lines = [
        "geben {vt} | es wird … geben | es gibt … :: will be | there will be … | there is …",
        "gelingen; aufgehen {vi} (Sache) | gelingend; aufgehend | gelungen; aufgegangen | "
        "es gelingt; es geht auf | es gelang; es ging auf :: to succeed; to be successful "
        "(of a thing) | succeeding; being successful | succeeded; been successful | "
        "it succeeds | it succeeded",
    ]
    entries = [e for line in lines for e in parse_line(line)]
    existential = [e for e in entries if e.headword.startswith("es ")]
    assert [(e.headword, e.pos, e.translations) for e in existential] == [
        ("es gibt", "VERB", ["there is"])
    ]


def test_sample_index_lookups(sample_index: Dictionary) -> None:
    (sense,) = [
        s for s in sample_index.lookup("Fallschirmjäger") if s.headword == "Fallschirmjäger"
    ]
    assert sense.translations[0] == "paratrooper" and sense.gender == "m"
    assert sample_index.lookup("stattgefunden")[0].headword == "stattfinden"
    assert sample_index.lookup("Prozeß")[0].matched_by == "old spelling"
    assert sample_index.lookup("ging")[0].headword == "gehen"
    for nothing in ("", "x" * 200, "Qwertzuiop", "42"):
        assert sample_index.lookup(nothing) == ()


def test_shipped_index_has_the_seed_words() -> None:
    assert index_path().is_file()
    dictionary = Dictionary()
    assert "paratrooper" in dictionary.lookup("Fallschirmjäger")[0].translations
    assert any("ruler" in s.translations for s in dictionary.lookup("Machthaber"))
    assert any(s.translations[0] == "armed forces" for s in dictionary.lookup("Streitkräfte"))
    redeploy = [s for s in dictionary.lookup("Verlegung") if "mil." in s.labels]
    assert redeploy and redeploy[0].translations[0].startswith("redeployment")
    assert any(s.headword == "stattfinden" for s in dictionary.lookup("stattgefunden"))
    assert dictionary.lookup("Kompromiß")


# Ding sets the synonyms' plurals side by side, one of them another word's
UNBILL = (
    "Unannehmlichkeit {f}; Unbill {f,m,n} [geh.] | Unannehmlichkeiten {pl}; Umstände {pl} "
    ":: inconvenience | inconveniences"
)


@pytest.mark.parametrize(
    ("line", "headword", "pos", "gender", "plural"),
    [
        # two genders: the first, Ding's common one
        (
            "Meter {m,n} | Meter {pl} :: metre [Br.]; meter [Am.] | metres",
            "Meter",
            "NOUN",
            "m",
            "Meter",
        ),
        # an untagged "die" may be a plural article
        ("die Arbeitgeber :: the employers", "Arbeitgeber", "", "", ""),
        # an untagged synonym in a noun line is a noun too
        ("Osten {m}; Ost /O/ :: East /E/", "Ost", "NOUN", "", ""),
        # a plural shorter than its singular is a slip in the source
        ("Bürgerin {f} | Bürger {pl} :: citizen | citizens", "Bürgerin", "NOUN", "f", ""),
        # a plural keeps its singular's start; one that does not is a synonym's
        (UNBILL, "Unbill", "NOUN", "f", ""),
        (UNBILL, "Unannehmlichkeit", "NOUN", "f", "Unannehmlichkeiten"),
        ("Saal {m} | Säle {pl} :: hall | halls", "Saal", "NOUN", "m", "Säle"),
        ("Opus {n} | Opera {pl} :: opus | opuses", "Opus", "NOUN", "n", "Opera"),
        ("Seemann {m} | Seeleute {pl} :: seaman | seamen", "Seemann", "NOUN", "m", "Seeleute"),
    ],
)
def test_parser_genders_and_plurals(
    line: str, headword: str, pos: str, gender: str, plural: str
) -> None:
    entries = {e.headword: e for e in parse_line(line)}
    entry = entries[headword]
    assert (entry.pos, entry.gender, entry.plural) == (pos, gender, plural)


def test_shipped_index_has_our_supplement() -> None:
    dictionary = Dictionary()
    assert any(s.gender == "m" and s.headword == "Service" for s in dictionary.lookup("Service"))
    assert any(s.pos == "VERB" for s in dictionary.lookup("gelangt"))
    kilometer = [s for s in dictionary.lookup("Kilometer") if s.headword == "Kilometer"]
    assert kilometer and kilometer[0].gender == "m"
    assert any(s.pos == "VERB" for s in dictionary.lookup("prallte"))  # Ding lacks prallen
    assert dictionary.lookup("umher")
    assert any(s.pos == "ADV" for s in dictionary.lookup("los"))  # *wir müssen los*
    assert any(s.headword == "irgendwo" for s in dictionary.lookup("irgendwo"))  # not a slot


def test_parser_mends_a_doubled_to() -> None:
    line = "etw. an etw. anlegen {vt} :: to to put sth. against sth."
    assert next(parse_line(line)).translations == ["to put sth. against sth."]


def test_parser_takes_plurals_when_ding_forgets_one_tag() -> None:
    line = (
        "Freund {m}; Freundin {f}; (gute) Bekannte {m,f}; (guter) Bekannter | "
        "Freunde {pl}; Freundinnen {pl}; Bekannten {pl}; Bekannte :: friend | friends"
    )
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["Freund"].plural == "Freunde"
    assert ("Freunde", "plural") in entries["Freund"].forms


@pytest.mark.parametrize(
    ("line", "adjectives"),
    [
        (
            "zerstören {vt} | zerstörend | zerstört | zerstört | zerstörte :: to destroy | destroying | destroyed | destroys | destroyed",
            [("zerstörend", ["destroying"]), ("zerstört", ["destroyed"])],
        ),
        # a present tense where the participle should be is none: *klingelt* "tings"
        (
            "klingeln {vi} | klingelnd | klingelt | „bing“ machen :: to ting | tinging | tings | to go ting",
            [("klingelnd", ["tinging"])],
        ),
        # an infinitive where the participle should be is Ding's slip, none
        (
            "abstumpfen; schwächen {vt} | abstumpfend; schwächen | abgestumpft; geschwächt :: to dull | dulling | dulled",
            [("abstumpfend", ["dulling"]), ("abgestumpft", ["dulled"]), ("geschwächt", ["dulled"])],
        ),
        # but a past participle may be written as the infinitive
        (
            "erfahren {vt} | erfahrend | erfahren :: to learn | learning | learned",
            [("erfahrend", ["learning"]), ("erfahren", ["learned"])],
        ),
    ],
)
def test_parser_makes_participles_adjectives_with_english_participles(
    line: str, adjectives: list[tuple[str, list[str]]]
) -> None:
    entries = [e for e in parse_line(line) if e.pos == "ADJ"]
    assert [(e.headword, e.translations) for e in entries] == adjectives


def test_parser_shares_a_prepositional_object_with_an_adjective_and_sein() -> None:
    line = "auf etw. neugierig; gespannt sein {v} :: to be curious about sth."
    assert [e.usage for e in parse_line(line)] == ["auf etw. neugierig", "auf etw. gespannt sein"]
    idiom = "auf etw. bestehen; etw. durchsetzen wollen {v} :: to insist on sth."
    assert [e.usage for e in parse_line(idiom)][1] != "auf etw. durchsetzen wollen"


def test_parser_shares_a_line_ending_note_with_every_synonym() -> None:
    line = "schälen; abpellen; pellen {vt} (Kartoffeln) | schälend | geschält :: to peel (potatoes …) | peeling | peeled"
    verbs = [e for e in parse_line(line) if e.pos == "VERB"]
    assert [(e.headword, e.notes) for e in verbs] == [
        ("schälen", ["Kartoffeln"]),
        ("abpellen", ["Kartoffeln"]),
        ("pellen", ["Kartoffeln"]),
    ]
    own = "etw. kneten (Ton; Lehm); Ton schlagen {vt} :: to pug sth."
    assert [e.notes for e in parse_line(own)][1] == []  # the first synonym's own note
    # before the field's label too: *Gewitter ziehen auf* "to brew"
    brew = "sich zusammenbrauen; aufziehen; im Anmarsch sein [ugs.] {v} (Gewitter usw.) [meteo.] :: to brew (of a thunderstorm etc.)"
    notes = {e.headword: e.notes for e in parse_line(brew) if e.pos == "VERB"}
    assert notes["aufziehen"] == ["Gewitter usw."]


def test_parser_gives_adjectival_nouns_no_plural() -> None:
    line = "Weise {m,f}; Weiser | Weisen {pl}; Weise :: wise man; wise woman | wise men"
    weise = next(e for e in parse_line(line) if e.headword == "Weise")
    assert (weise.gender, weise.plural, weise.forms) == ("m", "", [])


def test_parser_shares_field_labels_but_not_register() -> None:
    line = "(tragbare) Uhr {f}; Tick-Tack {f} [Kindersprache] [techn.] :: watch; ticker"
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["Tick-Tack"].labels == ["Kindersprache", "techn."]
    assert entries["Uhr"].labels == ["techn."]


def test_parser_drops_english_abbreviation_lists() -> None:
    """ "/Gov.; Govt./" would otherwise be split at "; " into two renderings."""
    line = "Regierung {f} [pol.] | Regierungen {pl} :: government /Gov.; Govt./; administration | governments; administrations"
    regierung = next(e for e in parse_line(line) if e.headword == "Regierung")
    assert regierung.translations == ["government", "administration"]
    assert next(parse_line("Fuß {m} :: foot /ft./")).translations == ["foot"]


def test_parser_gives_a_preposition_and_noun_under_a_headword_an_entry() -> None:
    """*im Schnitt* "on average", listed under *Durchschnitt* with its spaced
    abbreviation; not one that governs what follows (*im Zuge* "during")."""
    line = (
        "Durchschnitt {m} [math.] | Durchschnitte {pl} | im Durchschnitt /i. D./; im Schnitt"
        " [ugs.] | über dem Durchschnitt liegen :: average /avg./ | averages | on average"
        " /on avg./ | to be above average"
    )
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["im Schnitt"].translations == ["on average"]
    assert entries["im Durchschnitt"].pos == entries["im Schnitt"].pos == ""  # untagged
    assert entries["im Schnitt"].synonym == 1  # under another word
    during = "Zug {m} | im Zug :: pull | during"
    assert "im Zug" not in {e.headword for e in parse_line(during)}


def test_a_two_letter_symbol_is_found_only_as_written() -> None:
    """*SC Freiburg* is a club, not scandium; *ca* is "circa", not calcium."""
    line = "Scandium {n} /Sc/ [chem.] :: scandium"
    assert ("Sc", "symbol:Sc") in next(parse_line(line)).forms
    dictionary = Dictionary()
    assert [s.headword for s in dictionary.lookup("Sc")] == ["Scandium"]
    assert dictionary.lookup("Sc")[0].matched_by == "abbreviation"
    assert not any(s.headword in ("Scandium", "Calcium") for w in ("SC", "ca")
                   for s in dictionary.lookup(w))  # fmt: skip
    assert any(s.headword == "Kilowatt" for s in dictionary.lookup("kW"))
    assert not any(s.headword == "Kilowatt" for s in dictionary.lookup("KW"))  # the week's
    # an acronym of other letters is found in any case
    assert dictionary.lookup("LKW")[0].headword == dictionary.lookup("Lkw")[0].headword


def test_parser_keeps_a_headword_with_a_german_abbreviation_list() -> None:
    """ "/Min.; min./" split at "; " had left only "min./" and lost *Minute*."""
    line = "Minute {f} /Min.; min./ | Minuten {pl} :: minute /min./ | minutes"
    minute = next(parse_line(line))
    assert (minute.headword, minute.gender, minute.translations) == ("Minute", "f", ["minute"])
    assert ("Min.", "abbreviation") in minute.forms


def test_parser_gives_a_plural_pronoun_no_gender() -> None:
    entry = next(parse_line("wir {pl} (unser; uns; uns) :: we (us)"))
    assert entry.gender == "" and entry.pos != "NOUN"


def test_parser_counts_sub_entries_and_keeps_tagged_two_word_adjectives() -> None:
    line = "schwer {adv} | schwer beladen {adj} | schwer bewaffnet {adj} :: heavily | heavily laden | heavily armed"
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["schwer"].examples == 2
    assert (entries["schwer bewaffnet"].pos, entries["schwer bewaffnet"].translations) == (
        "ADJ",
        ["heavily armed"],
    )
    noun = next(parse_line("Abzug {m} | Abzüge {pl} :: discount | discounts"))
    assert noun.examples == 0  # the plural is a form, not an example


def test_parser_gives_compounds_of_an_adjective_or_a_plural_their_own_entries() -> None:
    line = (
        "koreanisch {adj} [geogr.] | gesamtkoreanisch | nordkoreanisch :: Korean"
        " | unified Korean | North Korean"
    )
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["koreanisch"].forms == []  # compounds are no degree forms
    assert (entries["nordkoreanisch"].pos, entries["nordkoreanisch"].translations) == (
        "ADJ",
        ["North Korean"],
    )
    line = "Bedenken {pl} | Sicherheitsbedenken {pl} | Bedenken äußern :: concerns | security concerns | to raise concerns"
    entries = {e.headword: e for e in parse_line(line)}
    assert entries["Sicherheitsbedenken"].translations == ["security concerns"]
    assert entries["Sicherheitsbedenken"].gender == "pl"
    # counter-examples: degree forms stay forms; a singular noun's plural is its form
    (fast,) = parse_line("schnell {adj} | schneller | am schnellsten :: fast | faster | fastest")
    assert [form for form, _ in fast.forms] == ["schneller", "schnellsten"]
    line = "meistgebräuchlich; gebräuchlich {adj} | am gebräuchlichsten; meistgebräuchlich :: common | most common"
    assert "meistgebräuchlich" in {f for e in parse_line(line) for f, _ in e.forms}
    assert [e.headword for e in parse_line("Abzug {m} | Abzüge {pl} :: discount | discounts")] == [
        "Abzug"
    ]


def test_parser_keeps_a_lines_own_noun_and_verb_idioms() -> None:
    line = (
        "Priorität {f} | Prioritäten {pl} | höchste Priorität | Prioritäten setzen (bei etw.)"
        " :: priority | priorities | top priority | to set priorities"
    )
    idioms = [e for e in parse_line(line) if e.pos == "VERB"]
    assert [(e.headword, e.translations) for e in idioms] == [
        ("Prioritäten setzen", ["to set priorities"])
    ]
    # another word's idiom, given as an example, is no entry of the line's
    line = "Party {f} | Partys {pl} | Stimmung machen :: party | parties | to liven things up"
    assert [e.headword for e in parse_line(line)] == ["Party"]


def test_an_untagged_preposition_of_three_words_is_a_preposition() -> None:
    (entry,) = parse_line("im Anschluss an :: subsequent to")
    assert (entry.headword, entry.pos) == ("im Anschluss an", "ADP")


def test_two_verbs_ding_joins_with_a_colon_are_two_renderings() -> None:
    assert clean_translations("to be ready: to be prepared; to be willing") == [
        "to be ready",
        "to be prepared",
        "to be willing",
    ]
    assert clean_translations("to gall sb. (often wrongly: to rankle sb.)") == [
        "to gall sb. (often wrongly: to rankle sb.)"
    ]


def test_parser_drops_what_a_tilde_relates_a_word_to() -> None:
    entry = next(parse_line("anomisch {adj} ~ Anomie :: anomic {adj} ~ anomie"))
    assert (entry.headword, entry.translations) == ("anomisch", ["anomic"])
    bad = next(parse_line("schlecht {adj} :: bad ~worse (of a low standard)"))
    assert bad.translations == ["bad"]


def test_parser_keeps_plurals_listed_beside_a_phrase() -> None:
    line = "Nachbarland {n}; Nachbarstaat {m} | Nachbarländer {pl}; Nachbarstaaten {pl}; das benachbarte Ausland :: neighbouring country; neighboring state | neighbouring countries"
    plurals = {e.headword: e.plural for e in parse_line(line)}
    assert plurals == {"Nachbarland": "Nachbarländer", "Nachbarstaat": "Nachbarstaaten"}


def test_parser_reads_a_verb_with_its_preposition_after_it_as_the_verb() -> None:
    """*gelten als* is a use of *gelten*, written as Ding writes such uses elsewhere,
    so that *galt als* chooses it; *sich einsetzen für* keeps its *sich*."""
    line = "gelten als {vi} | geltend als | gegolten als :: to rate as | rating as | rated as"
    entry = next(parse_line(line))
    assert (entry.headword, entry.usage, entry.pos) == ("gelten", "als etw. gelten", "VERB")
    line = "eintreten für {vi}; sich einsetzen für {vr} :: to stand up for"
    usages = {e.headword: e.usage for e in parse_line(line)}
    assert usages == {
        "eintreten": "für etw. eintreten",
        "sich einsetzen": "sich für etw. einsetzen",
    }
    noun = next(parse_line("Haus am See {n} :: house by the lake"))
    assert noun.headword == "Haus am See"  # no verb: left as it is


def test_parser_takes_places_and_objects_off_a_verb_with_its_slots() -> None:
    withdraw = "sich von einem Ort zurückziehen/absetzen {vr}; von einem Ort abziehen {vi} [mil.] :: to withdraw; to pull out; to disengage from a place"
    entries = {e.headword: e for e in parse_line(withdraw)}
    assert entries["abziehen"].usage == "von einem Ort abziehen"
    assert entries["abziehen"].labels == ["mil."]
    # Ding's main line for *vergleichen*, dropped as an example while the slots counted
    compare = "jdn./etw. mit jdm./etw. vergleichen {vt} | vergleichend | verglichen :: to compare sb./sth. with sb./sth. | comparing | compared"
    entry = next(parse_line(compare))
    assert (entry.headword, entry.translations) == (
        "vergleichen",
        ["to compare sb./sth. with sb./sth."],
    )
    assert entry.forms == [("vergleichend", "inflection"), ("verglichen", "inflection")]


def test_bare_synonyms_share_the_first_verbs_prepositional_object() -> None:
    """Ding writes the object once for all the synonyms, where the English has it too;
    where the English drops it, so may the German (*einschränken* "to limit sth.")."""
    insist = "auf etw. bestehen; dringen; pochen {vi} | bestehend; dringend; pochend :: to insist on sth.; to urge sth. | insisting; urging | insisted; urged"
    usages = {e.headword: e.usage for e in parse_line(insist) if e.pos == "VERB"}
    assert usages == {
        "bestehen": "auf etw. bestehen",
        "dringen": "auf etw. dringen",
        "pochen": "auf etw. pochen",
    }
    limit = "etw. auf etw. beschränken; begrenzen; einschränken {vt} :: to limit sth.; to restrict sth.; to confine sth. to sth."
    usages = {e.headword: e.usage for e in parse_line(limit) if e.pos == "VERB"}
    assert usages["einschränken"] == ""


def test_parser_keeps_a_verbs_use_with_a_zu_infinitive() -> None:
    """Ding writes it "jdm. raten, etw. zu tun" (a headword with a comma, once dropped)
    or, among examples, "etw. zu tun pflegen"; each is its verb with that usage."""
    advise = "jdm. raten, etw. zu tun {vt} | Ich weiß nicht, was ich meinen Kindern da raten soll. :: to advise sb. to do sth. | I am at a loss (as to) what to advise my children on this."
    entry = next(parse_line(advise))
    assert (entry.headword, entry.pos, entry.usage) == ("raten", "VERB", "jdm. raten, etw. zu tun")
    wont = "gewohnt {adj} | etw. zu tun pflegen; gewöhnlich etw. tun :: wont; wonted | to be wont to do sth."
    uses = {(e.headword, e.pos, e.usage): e.translations for e in parse_line(wont)}
    assert uses[("pflegen", "VERB", "etw. zu tun pflegen")] == ["to be wont to do sth."]
    # a phrase with a comma stays out: not one verb
    phrase = "im Begriff sein, etw. zu tun {v} :: to be about to do sth."
    assert not list(parse_line(phrase))


def test_parser_marks_a_verbs_main_entry() -> None:
    main = "bleiben {vi} | bleibend | geblieben | er/sie bleibt | ich/er/sie blieb :: to stay | staying | stayed | he/she stays | I/he/she stayed"
    other = "verweilen; bleiben {vi} | verweilend; bleibend | verweilt; geblieben :: to linger | lingering | lingered"
    assert next(parse_line(main)).conjugated
    assert not any(e.conjugated for e in parse_line(other))


def test_shipped_index_supplement_plurals_and_derived_participles() -> None:
    dictionary = Dictionary()
    assert dictionary.noun_headword("Vorkehrungen") == "Vorkehrung"  # a supplement plural
    assert any("to serve" in s.translations for s in dictionary.lookup("dient"))
    vergangen = [s for s in dictionary.lookup("vergangen") if s.pos == "ADJ"]
    assert any(s.derived for s in vergangen)  # made from vergehen's line: "died away"
    assert any(not s.derived and "the past" in s.translations for s in vergangen)
    # core meanings this Ding edition lacks, ranked as main entries
    assert any(s.inflected == 2 and "to prevent" in s.translations
               for s in dictionary.lookup("verhindern"))  # fmt: skip


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("to succour", "to succor"),
        ("pull-out", "pullout"),
        ("neighbouring country", "neighboring country"),
        ("to organise", "to organize"),
        ("centre", "center"),
        ("manoeuvre", "maneuver"),
        ("defence", "defense"),
        ("travelled", "traveled"),
    ],
)
def test_spelling_variants_are_one_rendering(one: str, other: str) -> None:
    assert spelling_key(one) == spelling_key(other)


def test_different_words_stay_apart() -> None:
    assert spelling_key("four") != spelling_key("for")
    assert spelling_key("hour") != spelling_key("hor")
    assert spelling_key("more") != spelling_key("mor")


def test_offensive_renderings_are_noted_and_kept_out_of_short_glosses() -> None:
    """A label after the last of several renderings covers them all; one inside a
    note does not.  *Jude* is "Jew" in a short gloss; the insult stays a noted sense."""
    from leseglas.gloss.ding import clean_translations
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    assert clean_translations("kike; hymie; sheeny [pej.]") == [
        "kike (pej.)",
        "hymie (pej.)",
        "sheeny (pej.)",
    ]
    bostonian = "Bostonian; Beantowner [Am.] [pej.]; bean-eater [Am.] [pej.]"
    assert clean_translations(bostonian)[0] == "Bostonian"
    # the German side has the label: it is the last synonym's (Potentat)
    ruler = clean_translations("ruler; potentate [pej.]", "Machthaber {m}; Potentat {m} [pej.]")
    assert ruler == ["ruler", "potentate (pej.)"]
    assert clean_translations("leftist; lefty [coll.] (often [pej.])") == [
        "leftist",
        "lefty (often pej.)",  # a label inside a note stays its word
    ]
    dictionary = Dictionary()
    words = "Er ist Jude .".split()
    gloss = Glosser(dictionary).lookup(analyze_sentence(words, dictionary)[2])
    assert gloss.short == ("Jew",)
    assert any("kike (pej.)" in s.translations for s in gloss.senses)


def test_renderings_in_a_marked_english_register_are_noted_and_kept_out_of_short_glosses() -> None:
    """Ding labels English slang, old, rare and humorous renderings: the label becomes
    a note the card shows, and the short gloss lists the plain ones (*Bier* "beer",
    not also "amber nectar"; *hoffen* "to hope", not also the archaic "to ween")."""
    from leseglas.gloss.ding import clean_translations
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    beer = clean_translations("beer; amber nectar [Br.] [Austr.] [humor.]; brew [Am.]")
    assert beer == ["beer", "amber nectar (humor.)", "brew"]
    assert clean_translations("sooth [archaic]; truth") == ["sooth (archaic)", "truth"]
    dictionary = Dictionary()
    glosser = Glosser(dictionary)
    bier = glosser.lookup(analyze_sentence("Das Bier ist kalt .".split(), dictionary)[1])
    assert "amber nectar" not in bier.short
    assert any("amber nectar (humor.)" in s.translations for s in bier.senses)
    hofft = glosser.lookup(analyze_sentence("Sie hofft es .".split(), dictionary)[1])
    assert hofft.short == ("to hope",)


def test_a_documents_field_is_its_leading_labels() -> None:
    """A recipe's Ofen, Gabel, Belag have [techn.] senses; its field is [cook.]."""
    from leseglas.gloss.ranking import dominant_labels

    dictionary = Dictionary()
    recipe = "Mehl Teig Butter Zwiebel Speck Pfeffer Salz Kuchen Ofen Gabel Belag Herd".split()
    senses = [tuple(s for s in dictionary.lookup(w) if s.pos == "NOUN") for w in recipe]
    assert dominant_labels(senses) == {"cook."}
    military = "Truppen Soldaten Armee Panzer Regierung Parlament Minister Partei".split()
    senses = [tuple(s for s in dictionary.lookup(w) if s.pos == "NOUN") for w in military]
    assert {"mil.", "pol."} <= dominant_labels(senses)
    # everyday nouns with a technical sense among many make no technical text
    talk = "Mutter Vater Fell Brett Nagel Fuß Hand Gang Haus Küche Sachen Bar Eis Stück".split()
    senses = [tuple(s for s in dictionary.lookup(w) if s.pos == "NOUN") for w in talk]
    assert "techn." not in dominant_labels(senses)


def test_a_register_both_sides_end_in_with_a_note_covers_the_line() -> None:
    """Ding puts a group's register and defining note after its last synonym:
    *Besen* is slang for a shrew as much as *Hyäne* is.  Without a note on both
    sides, the label stays the last synonym's (*Potentat*, *Tick-Tack*)."""
    line = (
        "Fuchtel {f}; Besen {m}; Hyäne {f} [ugs.] [pej.] (kratzbürstige Frau) :: "
        "shrew; hellcat; harpy [pej.] (strident woman)"
    )
    broom = {e.headword: e for e in parse_line(line)}["Besen"]
    assert "pej." in broom.labels and broom.notes == ["kratzbürstige Frau"]
    assert broom.translations[0] == "shrew (pej.)"
    ruler = {e.headword: e for e in parse_line("Machthaber {m}; Potentat {m} [pej.] :: ruler")}
    assert ruler["Machthaber"].labels == []
    # a region is a register, not a field the synonyms share
    line = "Abstellkammer {f}; Kabuff {n} [Bayr.] [constr.] :: box room"
    assert {e.headword: e for e in parse_line(line)}["Abstellkammer"].labels == ["constr."]


@pytest.mark.parametrize(
    ("sentence", "index", "short"),
    [
        ("Er nahm den Besen .", 3, "broom"),  # not "shrew"
        ("Ich habe zwei Schwestern .", 3, "sister"),
    ],
)
def test_slang_senses_neither_lead_nor_pad_a_short_gloss(
    sentence: str, index: int, short: str
) -> None:
    from leseglas.gloss.lookup import Glosser
    from leseglas.lang.analyze import analyze_sentence

    dictionary = Dictionary()
    gloss = Glosser(dictionary).lookup(analyze_sentence(sentence.split(), dictionary)[index])
    assert any(short in rendering for rendering in gloss.short[:1])
    slang = {t for s in gloss.senses if "slang" in s.labels or "pej." in s.labels
             for t in s.translations}  # fmt: skip
    assert not slang & set(gloss.short)


def test_parser_gives_forms_to_their_verb_when_the_lists_do_not_line_up() -> None:
    line = (
        "hauen; schlagen {v} | hauend; schlagend | gehauen; geschlagen | er/sie haut | "
        "ich/er/sie haute; ich/er/sie hieb; ich/er/sie schlug :: to belt; to hit | belting | "
        "belted | he/she belts | I/he/she belted"
    )
    forms = {e.headword: {f for f, _ in e.forms} for e in parse_line(line)}
    assert {"haute", "hieb"} <= forms["hauen"]  # a strong past is the form before it's variant
    assert "schlug" in forms["schlagen"] and "hieb" not in forms["schlagen"]
    moving = (
        "umziehen; übersiedeln {vi} | umziehend | umgezogen | zieht um | zog um :: "
        "to move | moving | moved | moves | moved"
    )
    assert {"umgezogen", "zieht um"} <= {f for f, _ in next(parse_line(moving)).forms}
    # one form for the whole line, like none of its verbs: the first verb's
    weighing = (
        "wiegen; wägen {vt} | wiegend; wägend | gewogen; gewägt | ich/er/sie wog :: "
        "to weigh | weighing | weighed | I/he/she weighed"
    )
    forms = {e.headword: {f for f, _ in e.forms} for e in parse_line(weighing)}
    assert "wog" in forms["wiegen"] and "wog" not in forms["wägen"]
    # a form written two ways keeps both, and the line's other forms: *verschickt*
    sending = (
        "etw. versenden; verschicken {vt} | versendend; verschickend | "
        "versendet / versandt; verschickt | versendet; verschickt :: to ship sth.; "
        "to dispatch sth. | shipping; dispatching | shipped; dispatched | ships; dispatches"
    )
    forms = {e.headword: {f for f, _ in e.forms} for e in parse_line(sending)}
    assert {"versendet", "versandt"} <= forms["versenden"]
    assert "verschickt" in forms["verschicken"]


@pytest.mark.parametrize(
    ("line", "headword", "expected"),
    [
        ("gehen {vi} | gehend | gegangen | er/sie geht | ich/er/sie ging | wir/sie gingen | "
         "er/sie ist/war gegangen | ich/er/sie ginge :: to go | going | gone | goes | went | "
         "we/they went | has/had gone | would go", "gehen", "ging|ist gegangen"),
        ("kommen {vi} | kommend | gekommen | ich komme | du kommst | er/sie/es kommt | "
         "ich/er/sie kam | wir kamen | sie kamen | er/sie ist/war gekommen :: to come | coming | "
         "come | I come | you come | he/she/it comes | I/he/she came | we came | they came | "
         "he/she has/had come", "kommen", "kam|ist gekommen"),
        ("stattfinden {vi} | stattfindend | stattgefunden | es findet statt | es fand statt | "
         "es hat/hatte stattgefunden :: to take place | taking place | taken place | it takes "
         "place | it took place | it has/had taken place", "stattfinden",
         "fand statt|hat stattgefunden"),
        ("aufgeben {vi} | aufgebend | aufgegeben | gibt auf | gab auf :: to give up | giving "
         "up | given up | gives up | gave up", "aufgeben", "gab auf|aufgegeben"),
        # counter-examples: a synonym's forms, Ding's slips, a line without the preterite
        ("lesen; ernten {vt} | lesend; erntend | geerntet; geerntet | erntet | erntete :: to "
         "harvest | harvesting | harvested | harvests | harvested", "lesen", ""),
        ("anklagen {vt} | anklagend | anklagend | angeklagt | klagt an | klagte an :: to indict | "
         "indicting | indicting | indicted | indicts | indicted", "anklagen", ""),
        ("unterhalten {vt} | unterhaltend | unterhalten | unterhält | unterhält :: to maintain | "
         "maintaining | maintained | maintains | maintained", "unterhalten", ""),
        ("scheinen {vi} | scheinend | geschienen | es scheint :: to sound like | sounding like | "
         "sounded like | it sounds like", "scheinen", ""),
    ],
)  # fmt: skip
def test_a_verbs_principal_parts_come_from_its_line(
    line: str, headword: str, expected: str
) -> None:
    entry = next(e for e in parse_line(line) if e.headword == headword)
    assert entry.principal == expected


def test_the_detail_of_a_verb_names_its_principal_parts() -> None:
    dictionary = Dictionary()
    for verb, parts in (("gehen", "gehen – ging – ist gegangen"),
                        ("nehmen", "nehmen – nahm – hat genommen"),
                        ("anfangen", "anfangen – fing an – angefangen")):  # fmt: skip
        assert principal_parts(verb, dictionary.lookup(verb)) == parts


@pytest.mark.parametrize(
    ("noun", "gender", "plural", "head", "genitive"),
    [
        ("Tag", "m", "Tage", "", "Tages"),
        ("Tag", "n", "Tags", "", "Tags"),  # the other noun *Tag* (a label)
        ("Band", "m", "Bände", "", "Bandes"),
        ("Band", "f", "Bands", "", "Band"),  # a feminine noun keeps its form
        ("Junge", "m", "Jungen", "", "Jungen"),  # weak masculine
        ("Name", "m", "Namen", "", "Namens"),
        ("Bündnisnetz", "n", "", "Netz", "Bündnisnetzes"),  # declined as its last part
        ("Bündnisnetz", "n", "", "", ""),  # no last part known: nothing guessed
        ("Abgeordnete", "m", "", "", ""),  # adjectival: des Abgeordneten, eines Abgeordneten
        ("Xyzzyhaus", "n", "", "Bündnis", ""),  # not its last part
    ],
)
def test_a_nouns_genitive_from_wiktionary(
    noun: str, gender: str, plural: str, head: str, genitive: str
) -> None:
    assert Dictionary().genitive(noun, gender, plural, head) == genitive


@pytest.mark.parametrize(
    ("noun", "rendering", "gender"),
    [
        ("Magma", "magma", "n"),  # Ding: Magma {f}
        ("Arbeitskreis", "working group", "m"),  # Ding: {f}
        ("Erfolg", "attainment", "m"),  # a synonym on a line of feminines
        # counter-examples: Ding's gender stays
        ("Elbe", "Elbe (river)", "f"),  # a name: Wiktionary's *der Elbe* is an elf
        ("Neue", "newcomer", "m"),  # a nominalised adjective, not Wiktionary's *die Neue*
        ("Gegendruck", "counter-pressure", "m"),  # Wiktionary's f with *des Gegendrucks*
        ("Teil", "instalment", "f"),  # Wiktionary has two genders: no verdict
    ],
)
def test_wiktionary_corrects_dings_gender_where_it_alone_is_sure(
    noun: str, rendering: str, gender: str
) -> None:
    senses = [s for s in Dictionary().lookup(noun) if s.headword == noun and s.pos == "NOUN"]
    assert any(s.gender == gender and rendering in s.translations for s in senses), [
        (s.gender, s.translations) for s in senses
    ]


def test_parser_gives_a_phrases_spaced_abbreviation_an_entry() -> None:
    """*zum Teil /z. T./* inside *Teil*'s line: the reader joins *z. T.* to *z.T.*."""
    from leseglas.gloss.ding import parse_line

    line = (
        "Teil {m} | Teile {pl} | zum Teil /z. T./; teilweise | zu gleichen Teilen :: "
        "part | parts | in part; partly | in equal parts"
    )
    abbreviation = [e for e in parse_line(line) if e.headword == "z.T."]
    assert [(e.pos, e.notes, e.translations[0]) for e in abbreviation] == [
        ("ADV", ["zum Teil"], "in part")
    ]
    genitive = "Wissen {n} | meines Wissens /m. E./ :: knowledge | to my knowledge"
    assert [e.pos for e in parse_line(genitive) if e.headword == "m.E."] == ["ADV"]


# Real Ding lines (1.9): a synonym's own English leads its entry, and the lines
# that must keep Ding's order.
_TUMOR = (
    "Geschwulst {f}; Gewächs {n}; Wucherung {f}; Tumor {m}; Neoplasma {n} [med.] | Geschwülste "
    "{pl}; Gewächse {pl}; Wucherungen {pl}; Tumoren {pl}; Neoplasmen {pl} :: growth; tumour [Br.];"
    " tumor [Am.]; neoplasm | growths; tumours; tumors; neoplasms"
)
_COMMAND = (
    "Befehl {m}; Kommando {n} | Befehle {pl}; Kommandos {pl} | militärisches Kommando :: order; "
    "command | orders; commands | military command"
)
_MUTATION = (
    "Genmutation {f}; Mutation {f} [biochem.] | Genmutationen {pl}; Mutationen {pl} :: gene "
    "mutation; mutation | gene mutations; mutations"
)


@pytest.mark.parametrize(
    ("line", "headword", "first"),
    [
        (_TUMOR, "Tumor", "tumour"),  # Ding's first spelling of the two
        (_TUMOR, "Geschwulst", "growth"),  # the line's first word keeps the line's order
        (_COMMAND, "Kommando", "command"),
        (_COMMAND, "Befehl", "order"),
        (_MUTATION, "Mutation", "mutation"),
        (_MUTATION, "Genmutation", "gene mutation"),  # "mutation" covers too little of it
        ("Bonus {m}; Prämie {f}; Provision {f} :: premium; bonus", "Bonus", "bonus"),
        ("Bonus {m}; Prämie {f}; Provision {f} :: premium; bonus", "Provision", "premium"),
        # a label other than a region: "stark [archaic]" is not today's *stark*
        ("mächtig; gewaltig; stark {adj} :: powerful; stark [archaic]", "stark", "powerful"),
        # a short word must be spelt the same: *Weise* is no "wise"
        ("Art und Weise {f}; Art {f}; Weise {f} :: way; manner; wise", "Weise", "way"),
        # nearly the same spelling is not enough: *Allee* is an avenue
        (
            "Allee {f}; Baumweg {m} :: tree-lined avenue; avenue; alley",
            "Allee",
            "tree-lined avenue",
        ),
        # a first rendering that is a cognate already stays; a rare one never leads
        ("Lagune {f} [geol.] | Lagunen {pl} :: lagoon; laguna; lagune", "Lagune", "lagoon"),
        ("Milliarde {f} | Milliarden {pl} :: billion; milliard [Br.]", "Milliarde", "billion"),
        # a note says where the cognate is used, not that it is another word
        (
            "gläubig; religiös {adj} (Person) [relig.] :: devout; religious (of a person)",
            "religiös",
            "religious (of a person)",
        ),
    ],
)
def test_parser_puts_a_synonyms_cognate_first(line: str, headword: str, first: str) -> None:
    entry = next(e for e in parse_line(line) if e.headword == headword)
    assert entry.translations[0] == first


@pytest.mark.parametrize(
    ("headword", "pos", "english", "cognate"),
    [
        ("präsentieren", "VERB", "present", True),  # a verb by its stem
        ("sinken", "VERB", "sink", True),
        ("Kritik", "NOUN", "criticism", True),  # k → c
        ("kritisieren", "VERB", "criticize", True),  # -isieren is -ize as much as -ise
        ("analysieren", "VERB", "analyze", True),
        ("korrupt", "ADJ", "corrupt", True),
        ("Rolle", "NOUN", "roll", True),  # the -e English drops
        ("Weise", "NOUN", "wise", False),  # a short word must be spelt alike
        ("Milliarde", "NOUN", "milliard", False),  # English hardly uses it
        ("Genmutation", "NOUN", "mutation", False),  # too little of the German
        ("Marke", "NOUN", "Mark", False),  # a name is no cognate
    ],
)
def test_is_cognate(headword: str, pos: str, english: str, cognate: bool) -> None:
    assert is_cognate(headword, pos, english) is cognate


def test_the_spelling_fallback_shares_wordfreqs_table() -> None:
    """wordfreq caches its table by the call's arguments: asked otherwise, it builds
    a second copy of German (a quarter of a second and 25 MB in every process)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    from leseglas.gloss.fallback import _frequencies

    zipf_frequency("Haus", "de")  # wordfreq's own call fills its cache
    assert _frequencies("de") is get_frequency_dict("de", "best")


def test_an_index_an_older_leseglas_built_or_no_index_gets_a_clear_message(
    tmp_path: Path,
) -> None:
    """A checkout updated without rebuilding its index, or a file that is none: a
    message that says what to do, not sqlite's "no such column" traceback."""
    import sqlite3

    from leseglas.errors import LeseglasError

    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:  # the entries table as it was before {vi} was kept
        db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, headword TEXT, pos TEXT)")
    with pytest.raises(LeseglasError, match=r"older leseglas .*intransitive.*rebuild"):
        Dictionary(old)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"no database here " * 100)
    with pytest.raises(LeseglasError, match="not a dictionary index"):
        Dictionary(junk)


@pytest.mark.parametrize(
    ("line", "idiom"),
    [
        # a sub-entry of four words, its object slots dropped: a verb idiom
        ("Auge {n} | jdn. / etw. aus den Augen verlieren :: eye | to lose sight of sb./sth.",
         "aus den Augen verlieren"),
        ("Nase {f} | die Nase voll haben :: nose | to be fed up", "die Nase voll haben"),
        # counter-examples: two verbs Ding offers as alternatives, an example sentence
        ("Kode {m} | einen Kode entschlüsseln / knacken :: code | to break/crack a code", None),
        ("Kode {m} | Er hat den Kode geknackt. :: code | He cracked the code.", None),
    ],
)  # fmt: skip
def test_verb_idioms_of_four_words(line: str, idiom: str | None) -> None:
    verbs = [e.headword for e in parse_line(line) if e.pos == "VERB"]
    assert verbs == ([idiom] if idiom else [])


def test_a_nouns_example_after_a_number_is_its_rendering_there() -> None:
    """Ding's *um 3 Uhr* "at three o’clock": after a number *Uhr* is "o’clock", a use
    noted for the ranker (``ding.AFTER_NUMBER_NOTE``); an example of other words is not."""
    from leseglas.gloss.ding import AFTER_NUMBER_NOTE, parse_line

    line = "(stationäre) Uhr {f} | Uhren {pl} | um 3 Uhr | eine Uhr stellen :: clock | clocks | at three o’clock | to set a clock"
    counted = [e for e in parse_line(line) if AFTER_NUMBER_NOTE in e.notes]
    assert [(e.headword, e.gender, e.translations) for e in counted] == [("Uhr", "f", ["o’clock"])]
    knots = "Knoten {m} | über 10 Knoten :: knot | 10 knots plus"
    assert not [e for e in parse_line(knots) if AFTER_NUMBER_NOTE in e.notes]
    # an ordinal's, a synonym's too, one alternative of several
    floor = (
        "Stockwerk {n}; Stock {m} | im ersten Stockwerk; im ersten Stock :: floor level"
        " | on the first floor above ground level; on the first floor [Br.]"
    )
    counted = [e for e in parse_line(floor) if AFTER_NUMBER_NOTE in e.notes]
    assert [(e.headword, e.translations) for e in counted] == [
        ("Stockwerk", ["floor"]),
        ("Stock", ["floor"]),
    ]
    # a number converted is no rendering: *10 Dekagramm* "100 grams"
    grams = "Dekagramm {n} | 10 Dekagramm [Ös.] :: decagram | 100 grams"
    assert not [e for e in parse_line(grams) if AFTER_NUMBER_NOTE in e.notes]
