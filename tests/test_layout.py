"""Headline, deck, byline, dateline, lede, paragraphs and furniture (issue 4)."""

from __future__ import annotations

import itertools

import pytest

import wirecopy

BODY = (
    "MOSCOW, May 13. /TASS/. The lawmaker spoke on Wednesday.\n\n"
    "He left the building shortly afterwards without taking questions from reporters, who had"
    " waited for more than two hours in the rain outside the main entrance."
)


def _fields(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    a = wirecopy.parse(text)
    return (
        a.headline.text if a.headline else None,
        a.deck.text if a.deck else None,
        a.dateline.text if a.dateline else None,
        a.lede.text if a.lede else None,
    )


EXPECTED = (
    "Kremlin hails talks",
    None,
    "MOSCOW, May 13. /TASS/.",
    "The lawmaker spoke on Wednesday.",
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kremlin hails talks\n\n" + BODY, id="blank-line paragraphs"),
        pytest.param("Kremlin hails talks\n" + BODY.replace("\n\n", "\n"), id="one per line"),
        pytest.param(("Kremlin hails talks\n\n" + BODY).replace("\n", "\r\n"), id="CRLF"),
        pytest.param(("Kremlin hails talks\n\n" + BODY).replace("\n", "\r"), id="lone CR"),
        pytest.param("\ufeffKremlin hails talks\n\n" + BODY, id="BOM"),
        pytest.param("Kremlin hails talks\n\n" + BODY.replace("May 13", "May\xa013"), id="NBSP"),
        pytest.param("  \n\nKremlin hails talks  \n \n\n" + BODY + "\n\n\n", id="stray blanks"),
    ],
)
def test_input_shapes(text: str) -> None:
    headline, deck, dateline, lede = _fields(text)
    assert headline == EXPECTED[0]
    assert deck is None
    assert dateline is not None and " ".join(dateline.split()) == EXPECTED[2]
    assert lede == EXPECTED[3]


def test_hard_wrapped_paragraphs_are_joined_and_keep_their_spans() -> None:
    text = (
        "Gold rises on safe haven demand\n\n"
        "LONDON, May 13 (Reuters) - Gold rose on Tuesday as investors sought\n"
        "safety after a week of losses in equity markets around the world,\n"
        "traders said.\n\n"
        "Spot gold was up 0.4 percent."
    )
    article = wirecopy.parse(text)
    assert article.lede is not None
    assert " ".join(article.lede.text.split()).endswith("around the world, traders said.")
    assert text[article.lede.span.start : article.lede.span.end] == article.lede.text
    assert len(article.paragraphs) == 2


def test_wrapped_copy_without_blank_lines_splits_where_the_next_word_would_have_fitted() -> None:
    text = (
        "LONDON, May 13 (Reuters) - Gold rose on Tuesday as investors sought\n"
        "safety after a week of losses.\n"
        "Spot gold was up 0.4 percent at $1,205 an ounce by 1100 GMT, while\n"
        "silver fell."
    )
    article = wirecopy.parse(text)
    assert [" ".join(p.text.split()) for p in article.paragraphs] == [
        "LONDON, May 13 (Reuters) - Gold rose on Tuesday as investors sought safety after a "
        "week of losses.",
        "Spot gold was up 0.4 percent at $1,205 an ounce by 1100 GMT, while silver fell.",
    ]


def test_no_headline_when_copy_starts_at_the_dateline() -> None:
    headline, deck, dateline, lede = _fields(BODY)
    assert headline is None and deck is None
    assert dateline == "MOSCOW, May 13. /TASS/."
    assert lede == "The lawmaker spoke on Wednesday."


def test_tass_deck_and_site_furniture() -> None:
    text = (
        "All news\n\nKremlin hails talks\n\nThe talks were useful, the aide said\n\n"
        "Read also\n\n" + BODY
    )
    article = wirecopy.parse(text)
    assert article.headline and article.headline.text == "Kremlin hails talks"
    assert article.deck and article.deck.text == "The talks were useful, the aide said"
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds["All news"] == "site" and kinds["Read also"] == "site"


def test_a_repeated_deck_is_furniture_not_the_lede() -> None:
    deck = "The talks were useful, the aide said"
    article = wirecopy.parse(f"Kremlin hails talks\n\n{deck}\n\n{deck}\n\n{BODY}")
    assert article.deck and article.deck.text == deck
    assert article.lede and article.lede.text == "The lawmaker spoke on Wednesday."
    assert [f.kind for f in article.furniture] == ["repeat"]


@pytest.mark.parametrize(
    ("title_line", "headline", "kind"),
    [
        ("Diller resigns ATTENTION - ADDS details, background ///", "Diller resigns", "advisory"),
        ("Shiites mark birthday = (PICTURES) =", "Shiites mark birthday", "advisory"),
        ("Embassy stays open With BC-ME-GEN--Saudi-Attacks", "Embassy stays open", "slug"),
        ("LABOR TENSION RISES AT FORD (HLW)", "LABOR TENSION RISES AT FORD", "code"),
        (
            "Beijing Bans Smoking in Public Places (1)",
            "Beijing Bans Smoking in Public Places",
            "take",
        ),
        (
            "Russia misplayed Iraq hand: analysts by Dmitry Zaks",
            "Russia misplayed Iraq hand: analysts",
            "byline",
        ),
    ],
)
def test_furniture_glued_to_the_title(title_line: str, headline: str, kind: str) -> None:
    article = wirecopy.parse(f"{title_line}\n\nNEW YORK, March 19 (AFP)\n\nMedia tycoon quit.")
    assert article.headline is not None and article.headline.text == headline
    assert kind in [f.kind for f in article.furniture]
    assert article.lede is not None and article.lede.text == "Media tycoon quit."


def test_advisories_bylines_and_bullets_above_the_dateline() -> None:
    text = (
        "PRECIOUS-Gold rises as dollar slips\n\n(Adds comments, detail)\n\n"
        "* Spot gold may edge up - technicals\n\n* Dollar index down\n\nBy Jane Roe\n\n"
        "Jan 30 (Reuters) - Gold rose on Tuesday.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)"
    )
    article = wirecopy.parse(text)
    assert article.headline and article.headline.text == "PRECIOUS-Gold rises as dollar slips"
    assert article.byline and article.byline.text == "By Jane Roe"
    assert article.dateline and article.dateline.text == "Jan 30 (Reuters) -"
    assert article.lede and article.lede.text == "Gold rose on Tuesday."
    kinds = [f.kind for f in article.furniture]
    assert kinds == ["advisory", "summary", "summary", "byline", "credits"]
    assert [p.text for p in article.paragraphs] == ["Jan 30 (Reuters) - Gold rose on Tuesday."]


def test_dateline_alone_gives_the_next_paragraph_as_lede() -> None:
    headline, _, dateline, lede = _fields(
        "Saab in receivership\n\nSTOCKHOLM, Aug 29, 2014 (AFP) -\n\nA company said."
    )
    assert (headline, dateline, lede) == (
        "Saab in receivership",
        "STOCKHOLM, Aug 29, 2014 (AFP) -",
        "A company said.",
    )


def test_fbis_text_tag_is_not_part_of_the_lede() -> None:
    article = wirecopy.parse("BOGOTA, 16 AUG 89 (EFE) -- [TEXT] A JUDGE DIED TODAY.")
    assert article.lede and article.lede.text == "A JUDGE DIED TODAY."
    assert ("tag", "[TEXT]") in [(f.kind, f.text) for f in article.furniture]


def test_trailing_credit_inside_the_last_paragraph_is_cut() -> None:
    article = wirecopy.parse("(Reuters) - Oil rose. (Reporting by Jane Roe; Editing by John Doe)")
    assert article.lede and article.lede.text == "Oil rose."
    assert article.furniture[-1].kind == "credits"


def test_lede_sentences_respect_abbreviations() -> None:
    lede = wirecopy.parse_lede(
        "WASHINGTON (AP) — Gov. Eric Holcomb of Indiana met U.S. officials on Sept. 5. "
        "John F. Kennedy Jr. was not there. It rained."
    )
    assert lede is not None
    assert [s.text for s in lede.sentences] == [
        "Gov. Eric Holcomb of Indiana met U.S. officials on Sept. 5.",
        "John F. Kennedy Jr. was not there.",
        "It rained.",
    ]


def test_no_dateline_and_no_title_shape_means_no_headline() -> None:
    article = wirecopy.parse("The government said on Monday that it would act.\n\nIt did.")
    assert article.headline is None and article.dateline is None
    assert article.lede and article.lede.text.startswith("The government said")


def test_paragraphs_and_furniture_cover_the_text_in_order() -> None:
    text = "All news\n\nKremlin hails talks\n\n" + BODY
    article = wirecopy.parse(text)
    pieces = [*article.furniture, *article.paragraphs]
    if article.headline:
        pieces.append(article.headline)  # type: ignore[arg-type]
    covered = sorted((p.span.start, p.span.end) for p in pieces)
    for (_, end), (start, _) in itertools.pairwise(covered):
        assert end <= start
        assert text[end:start].strip() == ""


def test_ansa_slug_glued_to_the_title_and_site_lines_after_the_body() -> None:
    article = wirecopy.parse(
        ">>>ANSA/Italy quake toll rises\n\n(ANSA) - ROME, AUG 25 - The toll rose.\n\nPhoto: ANSA"
    )
    assert article.headline and article.headline.text == "Italy quake toll rises"
    assert [(f.kind, f.text) for f in article.furniture] == [
        ("slug", ">>>ANSA/"),
        ("site", "Photo: ANSA"),
    ]
    assert [p.text for p in article.paragraphs] == ["(ANSA) - ROME, AUG 25 - The toll rose."]


LEDE = (
    "The senator told supporters at a rally on Tuesday evening that the party would"
    " take its campaign to every county in the state before the primary in March."
)


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Why Voters Won’t Renounce The Party.", id="title case, full stop"),
        pytest.param("Senator Says It Is Time To Go?", id="title case, question mark"),
        pytest.param("Senator wins primary in New York.", id="sentence case before a long lede"),
        pytest.param("Jobs report gives Democrats a lift;", id="semicolon"),
    ],
)
def test_a_first_line_closed_like_a_sentence_is_still_the_headline(title: str) -> None:
    article = wirecopy.parse(f"{title}\n\n{LEDE}\n\nHe left.")
    assert article.headline is not None and article.headline.text == title
    assert article.lede is not None and article.lede.text == LEDE


def test_a_title_line_closed_by_a_semicolon_continues_in_its_deck() -> None:
    article = wirecopy.parse(
        "Jobs report gives Democrats a lift; \nSolid upturn could blunt claims.\n\n"
        f"ABSTRACT.\n\n{LEDE}\n\nFULL TEXT.\n\nHe left."
    )
    assert article.headline and article.headline.text == "Jobs report gives Democrats a lift;"
    assert article.deck and article.deck.text == "Solid upturn could blunt claims."
    assert article.lede and article.lede.text == "He left."
    kinds = [(f.kind, f.text) for f in article.furniture]
    assert kinds == [("site", "ABSTRACT."), ("summary", LEDE), ("site", "FULL TEXT.")]


def test_an_archive_abstract_above_full_text_is_the_deck() -> None:
    article = wirecopy.parse(
        f"Senator Wins Primary\n\nABSTRACT.\n\n{LEDE}\n\nFULL TEXT.\n\nHe left."
    )
    assert article.headline and article.headline.text == "Senator Wins Primary"
    assert article.deck and article.deck.text == LEDE
    assert article.lede and article.lede.text == "He left."


def test_a_semicolon_title_line_takes_the_next_line_as_its_deck() -> None:
    article = wirecopy.parse(
        "Jobs report gives Democrats a lift;\n"
        "Solid upturn, with a rise in hourly earnings, could blunt Republican claims.\n\n"
        f"{LEDE}"
    )
    assert article.headline and article.headline.text == "Jobs report gives Democrats a lift;"
    assert article.deck and article.deck.text.startswith("Solid upturn")
    assert article.lede and article.lede.text == LEDE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Foreign Minister Sergei Lavrov met Kerry.\n\n"The talks were useful," he said.',
            id="a sentence introducing a speaker",
        ),
        pytest.param(
            '"We are ready to talk to anyone," the minister said.\n\n' + LEDE,
            id="an attributed quotation",
        ),
        pytest.param("Some of the items sold at the auction:\n\n" + LEDE, id="a colon"),
        pytest.param(
            "NICARAGUAN MINISTER TOMAS BORGE ARRIVED TODAY.\n\n" + LEDE.upper(),
            id="capitals over capitals",
        ),
        pytest.param(LEDE + "\n\n" + LEDE, id="a lede-length first paragraph"),
    ],
)
def test_a_first_paragraph_that_reads_as_body_copy_is_not_a_headline(text: str) -> None:
    article = wirecopy.parse(text)
    assert article.headline is None
    assert article.lede is not None and article.lede.span.start == 0


@pytest.mark.parametrize(
    ("text", "headline", "deck", "dateline", "lede"),
    [
        pytest.param(
            "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY\n\n"
            "BUENOS AIRES, June 5 (Reuters) - Argentina could suspend payments.\n\nMore.",
            "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY",
            None,
            "BUENOS AIRES, June 5 (Reuters) -",
            "Argentina could suspend payments.",
            id="title over a dateline",
        ),
        pytest.param(
            "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY\n\n"
            "Argentina could suspend payments, a deputy said on Tuesday.\n\nMore.",
            "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY",
            None,
            None,
            "Argentina could suspend payments, a deputy said on Tuesday.",
            id="title over body copy",
        ),
        pytest.param(
            "Oil prices climb\n\nOPEC - PRICES RISE\n\nVIENNA, June 5 (Reuters) - Prices rose.",
            "Oil prices climb",
            "OPEC - PRICES RISE",
            "VIENNA, June 5 (Reuters) -",
            "Prices rose.",
            id="summary line",
        ),
        pytest.param(
            "OPEC - Prices rise as output falls\n\nVIENNA (AP) — Prices rose.",
            "OPEC - Prices rise as output falls",
            None,
            "VIENNA (AP) —",
            "Prices rose.",
            id="mixed case, next paragraph opens with a dateline",
        ),
    ],
)
def test_a_claim_dash_source_title_is_not_a_place_only_dateline(
    text: str, headline: str, deck: str | None, dateline: str | None, lede: str
) -> None:
    assert _fields(text) == (headline, deck, dateline, lede)


@pytest.mark.parametrize(
    "text",
    [
        "SEATTLE _ The company said it would cut jobs.\n\nMore.",
        "Title\n\nSEATTLE _\n\nThe company said it would cut jobs.",
        "SEATTLE _ The company said it would cut jobs\n\nMore.",
        "JERUSALEM _ ISRAEL SAID TODAY IT WOULD ACT.\n\nMORE.",
    ],
)
def test_a_place_only_dateline_over_its_lede_stays_a_dateline(text: str) -> None:
    article = wirecopy.parse(text)
    assert article.dateline is not None and article.dateline.places
    assert article.lede is not None and not article.lede.text.startswith(article.dateline.text)


@pytest.mark.parametrize(
    ("tags", "lede"),
    [
        ("[GENNADIY PETROV] [TEXT]", "THE MEN LEFT TODAY."),
        ('[Article by Ivan Petrov: "On the talks"]', "The men left today."),
        ("[Report by correspondent Ivan Petrov]", "The men left today."),
        ("[Interview with Minister Ivan Petrov by Anna Lee; place and date not given]", "Q: Why?"),
    ],
)
def test_fbis_bracket_tags_of_any_content_stay_out_of_the_lede(tags: str, lede: str) -> None:
    glued = wirecopy.parse(f"Title\n\nMOSCOW, 5 JUN 89 (TASS) -- {tags} {lede}")
    assert glued.lede is not None and glued.lede.text == lede
    assert ("tag", tags) in [(f.kind, f.text) for f in glued.furniture]
    alone = wirecopy.parse(f"Title\n\n{tags}\n\nMOSCOW, 5 JUN 89 (TASS) -- {lede}")
    assert alone.deck is None and alone.lede is not None and alone.lede.text == lede
    assert ("tag", tags) in [(f.kind, f.text) for f in alone.furniture]


def test_a_byline_and_an_advisory_glued_after_the_title_stay_out_of_it() -> None:
    article = wirecopy.parse(
        "Pope appeals for calm by Charles Whelan = (PICTURE, GRAPHIC) =\n\n"
        "ROME, May 5 (AFP) - The pope spoke."
    )
    assert article.headline and article.headline.text == "Pope appeals for calm"
    assert article.byline and article.byline.text == "by Charles Whelan"
    assert ("advisory", "= (PICTURE, GRAPHIC) =") in [(f.kind, f.text) for f in article.furniture]


@pytest.mark.parametrize(
    "job", ["AP Sports Writer", "Associated Press Writer", "Reuters Staff", "AFP Correspondent"]
)
def test_a_bylines_job_line_is_byline_furniture_not_a_deck(job: str) -> None:
    article = wirecopy.parse(f"Pope appeals for calm\n\nBy John Smith\n\n{job}\n\n{LEDE}")
    assert article.headline and article.headline.text == "Pope appeals for calm"
    assert article.deck is None
    assert [(f.kind, f.text) for f in article.furniture] == [
        ("byline", "By John Smith"),
        ("byline", job),
    ]
    assert article.lede and article.lede.text == LEDE


def test_a_title_ending_in_a_job_noun_is_still_a_title() -> None:
    article = wirecopy.parse(f"Strike Hits Hollywood Writers\n\n{LEDE}")
    assert article.headline and article.headline.text == "Strike Hits Hollywood Writers"
