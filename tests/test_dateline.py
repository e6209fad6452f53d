"""Tests for the dateline matcher: one example per documented shape, plus properties."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import datelines
from wirecopy._data.agencies import AGENCIES
from wirecopy._data.months import MONTHS
from wirecopy._dateline import match_dateline, resolve_date
from wirecopy._model import Dateline, Span

BODY = " The minister said on Monday that talks would go on."

GOLD_AGENCIES = [
    "TASS",
    "Reuters",
    "AP",
    "AFP",
    "Xinhua",
    "UPI",
    "Interfax",
    "RIA Novosti",
    "PTI",
    "IANS",
    "ANI",
    "UNI",
    "Kyodo",
    "Yonhap",
    "dpa",
    "ANSA",
    "EFE",
    "Anadolu",
    "Bernama",
    "Antara",
    "KUNA",
    "WAM",
    "SPA",
    "MENA",
    "IRNA",
    "Ukrinform",
    "BelTA",
    "Kazinform",
    "Sputnik",
    "Bloomberg",
    "CNA",
    "PNA",
    "APP",
    "BSS",
    "CGTN",
    "Vietnam News Agency",
    "Trend",
    "APA",
    "Armenpress",
    "Prensa Latina",
    "Notimex",
    "AAP",
    "Jiji",
    "Lusa",
    "Agerpres",
    "PAP",
    "CTK",
    "MTI",
    "BTA",
    "Hina",
    "Tanjug",
]


def fields(d: Dateline) -> dict[str, Any]:
    return {
        "text": d.text,
        "places": d.places,
        "qualifiers": d.qualifiers,
        "year": d.year,
        "month": d.month,
        "day": d.day,
        "agency": d.agency,
    }


def expect(
    text: str,
    places: tuple[str, ...] = (),
    *,
    qualifiers: tuple[str, ...] = (),
    year: int | None = None,
    month: int | None = None,
    day: int | None = None,
    agency: str | None = None,
) -> dict[str, Any]:
    return {
        "text": text,
        "places": places,
        "qualifiers": qualifiers,
        "year": year,
        "month": month,
        "day": day,
        "agency": agency,
    }


# Each row: (paragraph, expected fields). The dateline is the paragraph's opening.
SHAPES = {
    # -- place + date + agency, with every separator ------------------------------
    "hyphen": (
        "NEW YORK, Jan 21 (Reuters) - The Statue",
        expect("NEW YORK, Jan 21 (Reuters) -", ("NEW YORK",), month=1, day=21, agency="Reuters"),
    ),
    "double hyphen": (
        "BEIJING, May 13 (Xinhua) -- Sun Guihua",
        expect("BEIJING, May 13 (Xinhua) --", ("BEIJING",), month=5, day=13, agency="Xinhua"),
    ),
    "em dash": (
        "WASHINGTON, May 13 (AP) — The",
        expect("WASHINGTON, May 13 (AP) —", ("WASHINGTON",), month=5, day=13, agency="AP"),
    ),
    "en dash": (
        "MINSK, 13 May (BelTA) – The",
        expect("MINSK, 13 May (BelTA) –", ("MINSK",), month=5, day=13, agency="BelTA"),
    ),
    "underscore": (
        "JACKSON, Wyo., May 13 (AP) _ A plane",
        expect(
            "JACKSON, Wyo., May 13 (AP) _",
            ("JACKSON",),
            qualifiers=("Wyo.",),
            month=5,
            day=13,
            agency="AP",
        ),
    ),
    "full stop and hyphen": (
        "MADRID, 13 may (EFE).- El",
        expect("MADRID, 13 may (EFE).-", ("MADRID",), month=5, day=13, agency="EFE"),
    ),
    "colon": (
        "New Delhi [India], May 13 (ANI): The",
        expect(
            "New Delhi [India], May 13 (ANI):",
            ("New Delhi",),
            qualifiers=("India",),
            month=5,
            day=13,
            agency="ANI",
        ),
    ),
    "TASS slashes": (
        "MOSCOW, May 13. /TASS/. A senior lawmaker",
        expect("MOSCOW, May 13. /TASS/.", ("MOSCOW",), month=5, day=13, agency="TASS"),
    ),
    "no separator": (
        "NEW DELHI, May 13 (PTI) The",
        expect("NEW DELHI, May 13 (PTI)", ("NEW DELHI",), month=5, day=13, agency="PTI"),
    ),
    "alone as a paragraph": (
        "NEW YORK, March 11 (AFP)",
        expect("NEW YORK, March 11 (AFP)", ("NEW YORK",), month=3, day=11, agency="AFP"),
    ),
    # -- agency before place ----------------------------------------------------------
    "agency first": (
        "(ANSA) - ROME, JUL 11 - Italy",
        expect("(ANSA) - ROME, JUL 11 -", ("ROME",), month=7, day=11, agency="ANSA"),
    ),
    # -- place + agency, no date --------------------------------------------------------
    "place, qualifier, agency": (
        "KYIV, Ukraine (Reuters) - Ukraine",
        expect("KYIV, Ukraine (Reuters) -", ("KYIV",), qualifiers=("Ukraine",), agency="Reuters"),
    ),
    "two spaces before the credit": (
        "SHANGHAI  (Reuters) - Top",
        expect("SHANGHAI  (Reuters) -", ("SHANGHAI",), agency="Reuters"),
    ),
    "no space after the dash": (
        "NEW YORK (Reuters) -The Dow rose",
        expect("NEW YORK (Reuters) -", ("NEW YORK",), agency="Reuters"),
    ),
    "title-case place": (
        "Berlin (dpa) - Negotiations",
        expect("Berlin (dpa) -", ("Berlin",), agency="dpa"),
    ),
    "AP": (
        "WASHINGTON (AP) — The Senate",
        expect("WASHINGTON (AP) —", ("WASHINGTON",), agency="AP"),
    ),
    # -- date + agency, no place ------------------------------------------------------
    "date, agency": (
        "Jan 30 (Reuters) - Gold rose",
        expect("Jan 30 (Reuters) -", month=1, day=30, agency="Reuters"),
    ),
    "abbreviated month with a stop": (
        "Aug. 10 (UPI) -- The",
        expect("Aug. 10 (UPI) --", month=8, day=10, agency="UPI"),
    ),
    "unlisted-in-GOLD agency": (
        "Jan. 12 (BusinessDesk) - The receivers",
        expect("Jan. 12 (BusinessDesk) -", month=1, day=12, agency="BusinessDesk"),
    ),
    # -- agency alone -------------------------------------------------------------------
    "agency alone, double hyphen": (
        "(Bloomberg) -- Stocks",
        expect("(Bloomberg) --", agency="Bloomberg"),
    ),
    "agency alone, hyphen": ("(Reuters) - Oil", expect("(Reuters) -", agency="Reuters")),
    # -- place + date, no agency ----------------------------------------------------------
    "place, date": (
        "NEW YORK, March 2 - The",
        expect("NEW YORK, March 2 -", ("NEW YORK",), month=3, day=2),
    ),
    "caps month": (
        "WASHINGTON, FEB 26 - Presidential",
        expect("WASHINGTON, FEB 26 -", ("WASHINGTON",), month=2, day=26),
    ),
    "two spaces in the date": (
        "CHICAGO, March  2 - Bally",
        expect("CHICAGO, March  2 -", ("CHICAGO",), month=3, day=2),
    ),
    "state qualifier": (
        "COSTA MESA, Calif., March 2 - Archive",
        expect(
            "COSTA MESA, Calif., March 2 -",
            ("COSTA MESA",),
            qualifiers=("Calif.",),
            month=3,
            day=2,
        ),
    ),
    "place, date alone as a paragraph": (
        "BEIJING, July 23",
        expect("BEIJING, July 23", ("BEIJING",), month=7, day=23),
    ),
    # -- place alone with a dash --------------------------------------------------------
    "place, underscore": ("SEATTLE _ The", expect("SEATTLE _", ("SEATTLE",))),
    "place, em dash": ("WASHINGTON — The", expect("WASHINGTON —", ("WASHINGTON",))),
    "place, state, underscore": (
        "AQUINNAH, Mass. _ Between",
        expect("AQUINNAH, Mass. _", ("AQUINNAH",), qualifiers=("Mass.",)),
    ),
    "place, short state": (
        "TOPEKA, Kan. _ Struggling",
        expect("TOPEKA, Kan. _", ("TOPEKA",), qualifiers=("Kan.",)),
    ),
    # -- dates ------------------------------------------------------------------------------
    "year in the date": (
        "STOCKHOLM, Aug 29, 2014 (AFP) -",
        expect(
            "STOCKHOLM, Aug 29, 2014 (AFP) -",
            ("STOCKHOLM",),
            year=2014,
            month=8,
            day=29,
            agency="AFP",
        ),
    ),
    "FBIS two-digit year": (
        "HAVANA (CUBA), 20 MAR 89 (TASS) -- [TEXT] JOSE",
        expect(
            "HAVANA (CUBA), 20 MAR 89 (TASS) --",
            ("HAVANA",),
            qualifiers=("CUBA",),
            year=1989,
            month=3,
            day=20,
            agency="TASS",
        ),
    ),
    "ordinal day": (
        "ABU DHABI, 13th May, 2015 (WAM) -- The",
        expect(
            "ABU DHABI, 13th May, 2015 (WAM) --",
            ("ABU DHABI",),
            year=2015,
            month=5,
            day=13,
            agency="WAM",
        ),
    ),
    "ordinal, day first": (
        "LONDON, 5th March (Reuters) - The",
        expect("LONDON, 5th March (Reuters) -", ("LONDON",), month=3, day=5, agency="Reuters"),
    ),
    "weekday": (
        "MOSCOW, Tuesday, May 13 (Reuters) - The",
        expect(
            "MOSCOW, Tuesday, May 13 (Reuters) -",
            ("MOSCOW",),
            month=5,
            day=13,
            agency="Reuters",
        ),
    ),
    "September as Sept.": (
        "MOSCOW, Sept. 3 (Reuters) - The",
        expect("MOSCOW, Sept. 3 (Reuters) -", ("MOSCOW",), month=9, day=3, agency="Reuters"),
    ),
    # -- agencies -------------------------------------------------------------------------
    "Kyodo without brackets": (
        "SAITAMA, Japan, Dec. 9 Kyodo - Urawa",
        expect(
            "SAITAMA, Japan, Dec. 9 Kyodo -",
            ("SAITAMA",),
            qualifiers=("Japan",),
            month=12,
            day=9,
            agency="Kyodo",
        ),
    ),
    "bare credit after a comma": (
        "Riyadh, May 13, 2015, SPA -- The",
        expect(
            "Riyadh, May 13, 2015, SPA --", ("Riyadh",), year=2015, month=5, day=13, agency="SPA"
        ),
    ),
    "bare credit closed by a stop": (
        "YEREVAN, MAY 13, ARMENPRESS. The",
        expect("YEREVAN, MAY 13, ARMENPRESS.", ("YEREVAN",), month=5, day=13, agency="Armenpress"),
    ),
    "two agencies, the last wins": (
        "SAN SALVADOR, 16 MAR 90 (ACAN-EFE) -- [TEXT] THE",
        expect(
            "SAN SALVADOR, 16 MAR 90 (ACAN-EFE) --",
            ("SAN SALVADOR",),
            year=1990,
            month=3,
            day=16,
            agency="EFE",
        ),
    ),
    "slash-joined agencies": (
        "tbilisi, may 13 (tca/dpa) - the",
        expect("tbilisi, may 13 (tca/dpa) -", ("tbilisi",), month=5, day=13, agency="dpa"),
    ),
    "desk before the credit": (
        "BELMOPAN (BELIZE), 24 NOV 88 (BRIDGETOWN CANA) -- [TEXT] BELIZE'S",
        expect(
            "BELMOPAN (BELIZE), 24 NOV 88 (BRIDGETOWN CANA) --",
            ("BELMOPAN",),
            qualifiers=("BELIZE",),
            year=1988,
            month=11,
            day=24,
            agency="CANA",
        ),
    ),
    "service after the credit": (
        "BEIJING (PRC), 30 NOV 89 (XINHUA DOMESTIC SERVICE) -- [TEXT] ON",
        expect(
            "BEIJING (PRC), 30 NOV 89 (XINHUA DOMESTIC SERVICE) --",
            ("BEIJING",),
            qualifiers=("PRC",),
            year=1989,
            month=11,
            day=30,
            agency="Xinhua",
        ),
    ),
    "credit not in the registry": (
        "SAN JOSE, 5 MAR 90 (RADIO REPLOJ) -- [TEXT] THE",
        expect(
            "SAN JOSE, 5 MAR 90 (RADIO REPLOJ) --",
            ("SAN JOSE",),
            year=1990,
            month=3,
            day=5,
            agency="RADIO REPLOJ",
        ),
    ),
    # -- places and qualifiers ------------------------------------------------------------
    "two places": (
        "RIYADH/DAMASCUS, May 13 (Reuters) - Saudi",
        expect(
            "RIYADH/DAMASCUS, May 13 (Reuters) -",
            ("RIYADH", "DAMASCUS"),
            month=5,
            day=13,
            agency="Reuters",
        ),
    ),
    "country qualifier": (
        "CHENGDU, China (Reuters) - The",
        expect("CHENGDU, China (Reuters) -", ("CHENGDU",), qualifiers=("China",), agency="Reuters"),
    ),
    "place named like a country": (
        "HAITI, Israel, March 5 (AFP) - Fifteen",
        expect(
            "HAITI, Israel, March 5 (AFP) -",
            ("HAITI",),
            qualifiers=("Israel",),
            month=3,
            day=5,
            agency="AFP",
        ),
    ),
    "state spelled out": (
        "MADISON, Wisconsin, June 16 (AFP)",
        expect(
            "MADISON, Wisconsin, June 16 (AFP)",
            ("MADISON",),
            qualifiers=("Wisconsin",),
            month=6,
            day=16,
            agency="AFP",
        ),
    ),
    "region between slashes": (
        "IGORA /Leningrad Region/, December 26. /TASS/. Russian",
        expect(
            "IGORA /Leningrad Region/, December 26. /TASS/.",
            ("IGORA",),
            qualifiers=("Leningrad Region",),
            month=12,
            day=26,
            agency="TASS",
        ),
    ),
    "country in brackets, two-word place": (
        "WASHINGTON DC (UNITED STATES), 21 NOV 89 (MOSCOW TASS) -- [TEXT] PRESIDENT",
        expect(
            "WASHINGTON DC (UNITED STATES), 21 NOV 89 (MOSCOW TASS) --",
            ("WASHINGTON DC",),
            qualifiers=("UNITED STATES",),
            year=1989,
            month=11,
            day=21,
            agency="TASS",
        ),
    ),
    "abbreviated saint": (
        "ST. LOUIS, May 2 (AP) - The",
        expect("ST. LOUIS, May 2 (AP) -", ("ST. LOUIS",), month=5, day=2, agency="AP"),
    ),
    "lower-case connector": (
        "Rio de Janeiro, May 2 (AFP) - The",
        expect("Rio de Janeiro, May 2 (AFP) -", ("Rio de Janeiro",), month=5, day=2, agency="AFP"),
    ),
    # -- Russian ------------------------------------------------------------------------------
    "TASS in Russian": (
        "МОСКВА, 13 мая. /ТАСС/. Текст",
        expect("МОСКВА, 13 мая. /ТАСС/.", ("МОСКВА",), month=5, day=13, agency="TASS"),
    ),
    "Interfax": (
        "Москва. 30 октября. ИНТЕРФАКС - Текст",
        expect("Москва. 30 октября. ИНТЕРФАКС -", ("Москва",), month=10, day=30, agency="Interfax"),
    ),
    "RIA Novosti with a reporter": (
        "магас, 1 дек\xa0— риа новости, адам буражев. дед мороз",
        expect(
            "магас, 1 дек\xa0— риа новости, адам буражев.",
            ("магас",),
            month=12,
            day=1,
            agency="RIA Novosti",
        ),
    ),
    "RIA Novosti, lower-cased": (
        "кишинев, 30 ноя — риа новости. пять партий",
        expect(
            "кишинев, 30 ноя — риа новости.", ("кишинев",), month=11, day=30, agency="RIA Novosti"
        ),
    ),
    # -- issue 16: qualifiers in any case, glued separators, unlisted outlets -------------
    "slashed qualifier in lower case": (
        "IGORA /Leningrad region/, May 13. /TASS/. Text",
        expect(
            "IGORA /Leningrad region/, May 13. /TASS/.",
            ("IGORA",),
            qualifiers=("Leningrad region",),
            month=5,
            day=13,
            agency="TASS",
        ),
    ),
    "slashed qualifier, place alone": (
        "ODINTSOVO /Moscow region/ - The governor",
        expect("ODINTSOVO /Moscow region/ -", ("ODINTSOVO",), qualifiers=("Moscow region",)),
    ),
    "bracketed qualifier in lower case": (
        "TVER (Tver oblast), May 13 (Interfax) - Text",
        expect(
            "TVER (Tver oblast), May 13 (Interfax) -",
            ("TVER",),
            qualifiers=("Tver oblast",),
            month=5,
            day=13,
            agency="Interfax",
        ),
    ),
    "abbreviation glued to a double hyphen": (
        "ST. LOUIS, Mo.--The mayor",
        expect("ST. LOUIS, Mo.--", ("ST. LOUIS",), qualifiers=("Mo.",)),
    ),
    "abbreviation glued to an em dash": (
        "WASHINGTON, D.C.—A senator",
        expect("WASHINGTON, D.C.—", ("WASHINGTON",), qualifiers=("D.C.",)),
    ),
    "horizontal bar": ("WASHINGTON ― The senator", expect("WASHINGTON ―", ("WASHINGTON",))),
    "unlisted outlet after a place": (
        "LOS ANGELES (Variety.com) - The studio",
        expect("LOS ANGELES (Variety.com) -", ("LOS ANGELES",), agency="Variety.com"),
    ),
    "unlisted outlet of two words after a place": (
        "NEW YORK (CNN Business) — The bank",
        expect("NEW YORK (CNN Business) —", ("NEW YORK",), agency="CNN Business"),
    ),
    "unlisted outlet after a place and its state": (
        "LOUISVILLE, Ky. (WDRB) -- The mayor",
        expect("LOUISVILLE, Ky. (WDRB) --", ("LOUISVILLE",), qualifiers=("Ky.",), agency="WDRB"),
    ),
    "unlisted outlet alone": ("(CNN) — The president", expect("(CNN) —", agency="CNN")),
    "unlisted outlet of two words alone": (
        "(Bloomberg Law) -- The court",
        expect("(Bloomberg Law) --", agency="Bloomberg Law"),
    ),
}


@pytest.mark.parametrize(("paragraph", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_shape(paragraph: str, expected: dict[str, Any]) -> None:
    d = match_dateline(paragraph)
    assert d is not None
    assert fields(d) == expected
    assert paragraph[d.span.start : d.span.end] == d.text


NOT_DATELINES = [
    "Mr. Smith, 45, said the deal was off.",
    "The government on Monday said it would act.",
    "A lobster died.",
    "NEW YORK CITY MAYOR SAYS HE WILL RUN",
    "Moscow says it will respond",
    "Shares fell, a trader told (Reuters) on Monday.",
    "He said in an interview (Reuters) - nothing more.",
    "10 Things to Know for Today",
    "Some of the items sold at an auction:",
    "By The Associated Press",
    "Associated Press",
    "Sweden court accepts receivership for Saab carmaker",
    "China SAIC, Nanjing Auto to sign tie-up deal",
    "ASHES OF KENNEDY, WIFE, SISTER-IN-LAW SCATTERED NEAR CRASH SITE",
    "ATTENTION - UPDATES ///",
    "MARKET PLACE: TIME WARNER HOLDERS LOOK FOR HAPPY DAYS",
    "By Sam Lister, Press Association Political Correspondent",
    "(Reporting by John Smith; Editing by Reuters staff)",
    "(Adds comments, detail)",
    "UPDATE 1-Statue of Liberty to reopen",
    "Berlin - the city voted.",
    "-- Heisman Trophy, $230,000",
    "1. BAHAMIANS BEGIN RESCUES AS DORIAN MOVES ON TOWARD US COAST",
    "The New York Times said in an editorial on Monday, Oct. 2:",
    "",
    "   ",
    "(Updates with details) - The minister",
    "(UPDATES) -- The minister",
    "MOSCOW, U.S.-led forces left.",
    "WASHINGTON, U.S.-Russian talks began.",
]


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_not_a_dateline(paragraph: str) -> None:
    assert match_dateline(paragraph) is None


# -- the registry -----------------------------------------------------------------------


def test_registry_is_large_and_names_every_gold_agency() -> None:
    names = [a.name for a in AGENCIES]
    assert len(names) >= 50
    assert len(set(names)) == len(names)
    assert set(GOLD_AGENCIES) <= set(names)


def test_no_credit_form_names_two_agencies() -> None:
    owner: dict[str, str] = {}
    for agency in AGENCIES:
        for form in (agency.name, *agency.aliases):
            assert owner.setdefault(form.casefold(), agency.name) == agency.name, form


@pytest.mark.parametrize("agency", AGENCIES, ids=[a.name for a in AGENCIES])
def test_every_registry_example_parses_to_its_agency(agency: Any) -> None:
    d = match_dateline(agency.example + BODY)
    assert d is not None
    assert d.text == agency.example
    assert d.agency == agency.name


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("ITAR-TASS", "TASS"),
        ("ИТАР-ТАСС", "TASS"),
        ("REUTER", "Reuters"),
        ("REUTERS", "Reuters"),
        ("XINHUA", "Xinhua"),
        ("BEIJING XINHUA", "Xinhua"),
        ("New China News Agency", "Xinhua"),
        ("ИНТЕРФАКС", "Interfax"),
        ("РИА Новости", "RIA Novosti"),
        ("RIA", "RIA Novosti"),
        ("ACAN-EFE", "EFE"),
        ("TELAM-ANSA", "ANSA"),
        ("AA", "Anadolu"),
        ("Anadolu Agency", "Anadolu"),
        ("KYODO", "Kyodo"),
        ("tca/dpa", "dpa"),
        ("NA", "Noticias Argentinas"),
        ("Associated Press", "AP"),
    ],
)
def test_credit_forms_are_case_insensitive(credit: str, name: str) -> None:
    for form in (credit, credit.upper(), credit.lower()):
        d = match_dateline(f"MOSCOW, May 13 ({form}) - The")
        assert d is not None
        assert d.agency == name
        assert d.agency_text == form


def test_every_month_spelling_reads_as_its_month() -> None:
    for number, spellings in MONTHS:
        for spelling in spellings:
            d = match_dateline(f"MOSCOW, 13 {spelling} (TASS) - The")
            assert d is not None
            assert (d.month, d.day) == (number, 13), spelling


# -- dates ------------------------------------------------------------------------------


def test_reference_date_resolves_a_date_without_a_year() -> None:
    d = match_dateline("MOSCOW, December 26. /TASS/. The", reference_date=datetime.date(2025, 1, 3))
    assert d is not None
    assert d.date == datetime.date(2024, 12, 26)


def test_written_year_wins_over_the_reference_date() -> None:
    d = match_dateline("BOGOTA, 14 SEP 89 (REUTER) -- [TEXT]", reference_date=datetime.date.today())
    assert d is not None
    assert d.date == datetime.date(1989, 9, 14)


def test_no_reference_date_no_resolved_date() -> None:
    d = match_dateline("MOSCOW, December 26. /TASS/. The")
    assert d is not None
    assert d.date is None


@pytest.mark.parametrize(
    ("year", "month", "day", "reference", "expected"),
    [
        (None, 12, 26, datetime.date(2025, 1, 3), datetime.date(2024, 12, 26)),
        (None, 1, 3, datetime.date(2025, 1, 3), datetime.date(2025, 1, 3)),
        (None, 5, 13, datetime.date(2015, 5, 12), datetime.date(2014, 5, 13)),
        (None, 2, 29, datetime.date(2015, 5, 13), datetime.date(2012, 2, 29)),
        (None, 2, 30, datetime.date(2015, 5, 13), None),
        (2014, 8, 29, None, datetime.date(2014, 8, 29)),
        (2014, 2, 30, None, None),
        (None, 5, 13, None, None),
        (None, None, 13, datetime.date(2015, 5, 13), None),
        (None, 13, 1, datetime.date(2015, 5, 13), None),
    ],
)
def test_resolve_date(
    year: int | None,
    month: int | None,
    day: int | None,
    reference: datetime.date | None,
    expected: datetime.date | None,
) -> None:
    assert resolve_date(year, month, day, reference) == expected


def test_impossible_date_keeps_fields_and_resolves_to_none() -> None:
    d = match_dateline("MOSCOW, Feb 30 (Reuters) - The", reference_date=datetime.date(2020, 5, 1))
    assert d is not None
    assert (d.month, d.day, d.date) == (2, 30, None)


# -- positions ----------------------------------------------------------------------------


def test_span_indexes_the_whole_text_not_the_paragraph() -> None:
    text = "Headline\n\n  BEIJING, May 13 (Xinhua) -- Sun Guihua failed.\n\nMore."
    start = text.index("  BEIJING")
    d = match_dateline(text, start, text.index("\n\nMore"))
    assert d is not None
    assert d.span == Span(start + 2, start + 2 + len("BEIJING, May 13 (Xinhua) --"))
    assert text[d.span.start : d.span.end] == d.text


def test_endpos_bounds_the_paragraph() -> None:
    text = "BEIJING, July 23\n\nFormer Chinese Premier Li Peng died."
    assert match_dateline(text) is None  # the paragraph runs on
    d = match_dateline(text, 0, text.index("\n\n"))
    assert d is not None
    assert d.text == "BEIJING, July 23"


def test_result_pickles() -> None:
    d = match_dateline("MOSCOW, May 13. /TASS/. A senior lawmaker")
    assert pickle.loads(pickle.dumps(d)) == d


@pytest.mark.parametrize("bad", [None, b"MOSCOW, May 13 (TASS) -", 42])
def test_non_text_is_a_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        match_dateline(bad)


def test_non_integer_position_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="float"):
        match_dateline("MOSCOW, May 13 (TASS) -", 1.5)  # type: ignore[arg-type]


# -- properties -------------------------------------------------------------------------


@given(st.text(), st.integers(-5, 400), st.one_of(st.none(), st.integers(-5, 400)))
def test_never_raises_and_spans_stay_inside(text: str, pos: int, endpos: int | None) -> None:
    d = match_dateline(text, pos, endpos)
    if d is not None:
        low = min(max(pos, 0), len(text))
        high = len(text) if endpos is None else min(max(endpos, low), len(text))
        assert low <= d.span.start <= d.span.end <= high
        assert text[d.span.start : d.span.end] == d.text


@given(st.text(alphabet=st.sampled_from("ABC abc,.-—_()/[]1234 \xa0MayJanTASS"), max_size=120))
def test_never_raises_on_dateline_like_noise(text: str) -> None:
    d = match_dateline(text)
    if d is not None:
        assert text[d.span.start : d.span.end] == d.text


@given(datelines())
def test_render_then_parse_gives_the_same_fields(case: tuple[str, dict[str, Any]]) -> None:
    rendered, expected = case
    d = match_dateline(rendered + BODY)
    assert d is not None, rendered
    got = {
        "text": d.text,
        "places": list(d.places),
        "year": d.year,
        "month": d.month,
        "day": d.day,
        "agency": d.agency,
    }
    assert got == expected


@given(datelines(), st.text(max_size=40))
def test_prefix_shifts_the_span_and_nothing_else(
    case: tuple[str, dict[str, Any]], prefix: str
) -> None:
    paragraph = case[0] + BODY
    alone = match_dateline(paragraph)
    shifted = match_dateline(prefix + paragraph, len(prefix))
    assert alone is not None
    assert shifted is not None
    assert shifted.span == alone.span.shifted(len(prefix))
    assert fields(shifted) == fields(alone)
