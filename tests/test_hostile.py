"""Hostile input: each family must give a result, with spans that index the input, soon.

Every input is parsed in a child process that checks the spans itself and reports
back; a child still busy after :data:`GUARD_SECONDS` is killed and the test fails
naming the family, so a hang or a quadratic blow-up fails fast instead of
stalling CI. There are no tight timing assertions here: ``benchmarks/bench_scaling.py``
measures how each family scales.

The TypeError contract of the public boundary is at the end of the file.
"""

from __future__ import annotations

import datetime
import multiprocessing
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest

import wirecopy

#: Wall-clock limit for one parse of one hostile input (generous: CI machines are slow).
GUARD_SECONDS = 10.0

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tass-kerry-sochi.txt"
ARTICLE = EXAMPLE.read_text(encoding="utf-8")
REFERENCE = datetime.date(2015, 5, 13)


def _walk(value: Any) -> Any:
    import attrs

    if isinstance(value, tuple):
        for item in value:
            yield from _walk(item)
    elif attrs.has(type(value)) and not isinstance(value, wirecopy.Span):
        yield value
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name))


def _summary(text: str, article: wirecopy.Article, seconds: float) -> dict[str, Any]:
    """Check every span against ``text`` and return what the parent needs to see."""
    bad = [
        (type(e).__name__, e.span)
        for e in _walk(article)
        if hasattr(e, "span") and hasattr(e, "text") and text[e.span.start : e.span.end] != e.text
    ]
    return {
        "seconds": seconds,
        "bad_spans": bad[:5],
        "quotes": [q.text for q in article.quotes],
        "speakers": [q.speaker.name if q.speaker else None for q in article.quotes],
        "paragraphs": len(article.paragraphs),
        "headline": article.headline.text if article.headline else None,
        "dateline": article.dateline.text if article.dateline else None,
        "lede": article.lede is not None,
    }


def _child(conn: Connection, build: Callable[[], str]) -> None:
    try:
        text = build()
        started = time.perf_counter()
        article = wirecopy.parse(text, reference_date=REFERENCE)
        conn.send(("ok", _summary(text, article, time.perf_counter() - started)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def parse_guarded(build: Callable[[], str], family: str) -> dict[str, Any]:
    """Build and parse a text in a child process; fail if it raises, hangs or breaks a span.

    ``build`` runs in the child (so a 10 MB input is not shipped through a pipe) and
    must be a module-level callable or a ``functools.partial`` of one.
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, build), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(GUARD_SECONDS + 5):  # + the child's start-up and build time
            pytest.fail(f"{family}: parse did not finish within {GUARD_SECONDS:.0f} s")
        status, payload = receive.recv()
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if status != "ok":
        pytest.fail(f"{family}: parse raised\n{payload}")
    assert not payload["bad_spans"], f"{family}: spans that do not index the input"
    assert payload["seconds"] < GUARD_SECONDS, f"{family}: took {payload['seconds']:.1f} s"
    return payload


# --- builders (module level, so the spawned child can import them) -------------------


class Text:
    """A picklable builder returning a fixed expression of the example article."""

    def __init__(self, make: str) -> None:
        self.make = make

    def __call__(self) -> str:
        return eval(
            self.make, {"ARTICLE": ARTICLE, "names": _names}
        )  # expressions written in this file

    def __repr__(self) -> str:
        return self.make[:60]


def _names(count: int) -> list[str]:
    """``count`` capitalised two-word names, built from letters (no digits)."""
    syllables = ("Iv", "Ser", "Dmi", "Ol", "Kon", "An", "Vla", "Yu", "Ale", "Bo", "Ka", "Mi")
    ends = ("an", "gei", "try", "ga", "stantin", "na", "dimir", "ri", "xei", "ris", "tya", "la")
    out = []
    for i in range(count):
        a, b, c = i % 12, (i // 12) % 12, (i // 144) % 12
        out.append(f"{syllables[a]}{ends[b]} {syllables[c]}{ends[a]}ov")
    return out


# --- the families -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["", " ", "\n", "\r\n\r\n", "\t \t", "\xa0\u3000\u2028", "\ufeff", "\x0b\x0c"]
)
def test_empty_and_whitespace_only(text: str) -> None:
    article = wirecopy.parse(text)
    assert article == wirecopy.Article()
    assert wirecopy.find_quotes(text) == ()
    for function in (wirecopy.parse_headline, wirecopy.parse_dateline, wirecopy.parse_lede):
        assert function(text) is None


def test_nul_and_control_characters() -> None:
    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r") + "\x7f\x85"
    payload = parse_guarded(
        Text(f"ARTICLE + {controls * 50!r} + ARTICLE.replace('.', '.\\x00').replace('a', '\\x1a')"),
        "control characters",
    )
    assert payload["dateline"] == "MOSCOW, May 13. /TASS/."
    assert payload["quotes"]


def test_lone_surrogates() -> None:
    payload = parse_guarded(
        Text("'\\ud800' + ARTICLE.replace('said', 'said \\udfff') + '\\udbff\\n\\n\"\\ud800\"'"),
        "lone surrogates",
    )
    assert payload["quotes"]
    article = wirecopy.parse('"\ud800 we will," he said \udfff.')
    assert [q.text for q in article.quotes] == ["\ud800 we will,"]
    article.to_dict()  # JSON-ready even so


def test_bom_at_start_and_inside() -> None:
    payload = parse_guarded(
        Text("'\\ufeff' + ARTICLE.replace('\\n\\n', '\\n\\ufeff\\n', 3)"), "byte-order marks"
    )
    assert payload["dateline"] == "MOSCOW, May 13. /TASS/."
    assert payload["headline"] is not None


def test_bidi_and_zero_width_marks() -> None:
    marks = "\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e\u2066\u2069"
    payload = parse_guarded(
        Text(f"{marks!r} + ARTICLE.replace(' ', ' \\u200b').replace('.', '\\u200f.')"),
        "bidi and zero-width marks",
    )
    assert payload["paragraphs"] > 0


def test_emoji() -> None:
    payload = parse_guarded(
        Text(
            "'🗞️ News 👍\\n\\n' + ARTICLE.replace('Ushakov', 'Ushakov 🇷🇺').replace('\"', '\"🔥')"
            " + '\\n\\n\"🎉🎉 we did it 👨‍👩‍👧,\" he said.'"
        ),
        "emoji",
    )
    assert payload["quotes"]


def test_emoji_between_quoted_sentences() -> None:
    # No capital after "👍." so the whole paragraph is one "sentence": 30 KB of this
    # once cost minutes (each quotation re-read every cue before it, word by word).
    parse_guarded(Text("'😀 “🎉,” said 👍. ' * 2_000"), "emoji sentences x 2,000")


def test_ten_megabytes_of_wire_copy() -> None:
    payload = parse_guarded(
        Text("(ARTICLE + '\\n\\n') * (10_000_000 // len(ARTICLE) + 1)"), "10 MB input"
    )
    assert payload["paragraphs"] > 10_000
    assert len(payload["quotes"]) > 10_000


@pytest.mark.parametrize(
    "mark", ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`", "``", "''", ",,"]
)
def test_a_hundred_thousand_unmatched_quotation_marks(mark: str) -> None:
    parse_guarded(Text(f"{mark!r} * (100_000 // len({mark!r}))"), f"100,000 x {mark}")


@pytest.mark.parametrize("mark", ['"', "'", "“", "‘", "«"])
def test_unmatched_marks_between_words(mark: str) -> None:
    # 200,000: a copy of the remaining marks at each single mark took about 75 s here.
    parse_guarded(Text(f"({mark!r} + 'word ') * 200_000"), f"200,000 x {mark}word")


@pytest.mark.parametrize(
    "make",
    [
        "'\"' * 5000",
        "'“‘' * 2500",
        "'“‘' * 2500 + '’”' * 2500",
        "'«‹' * 2500 + '›»' * 2500",
        "'\"' * 5000 + 'x' + '\"' * 5000",
        "'“ ‘ ' * 2500 + 'deep' + ' ’ ”' * 2500 + ' he said.'",
    ],
)
def test_thousands_of_nested_quotes(make: str) -> None:
    parse_guarded(Text(make), f"nested quotes {make[:20]}")


def test_dateline_repeated_twenty_thousand_times() -> None:
    payload = parse_guarded(Text("'MOSCOW, May 13. /TASS/. ' * 20_000"), "dateline x 20,000")
    assert payload["dateline"] == "MOSCOW, May 13. /TASS/."
    payload = parse_guarded(
        Text("'MOSCOW, May 13. /TASS/.\\n\\n' * 20_000"), "dateline paragraph x 20,000"
    )
    assert payload["paragraphs"] > 1


def test_a_megabyte_line_with_no_spaces() -> None:
    parse_guarded(Text("'x' * 1_000_000"), "1 MB of x")
    parse_guarded(Text("'MOSCOW,' + 'A.' * 500_000"), "1 MB of initials")
    parse_guarded(Text("ARTICLE.replace(' ', '') * 100"), "articles without spaces")


def test_lone_cr_line_ends() -> None:
    payload = parse_guarded(Text("ARTICLE.replace('\\n', '\\r')"), "CR line ends")
    expected = wirecopy.parse(ARTICLE)
    assert payload["quotes"] == [q.text for q in expected.quotes]
    assert payload["paragraphs"] == len(expected.paragraphs)


def test_crlf_line_ends() -> None:
    payload = parse_guarded(Text("ARTICLE.replace('\\n', '\\r\\n')"), "CRLF line ends")
    expected = wirecopy.parse(ARTICLE)
    assert payload["quotes"] == [q.text for q in expected.quotes]
    assert payload["headline"] == expected.headline.text


def test_ten_thousand_blank_lines() -> None:
    parse_guarded(Text("'\\n' * 10_000"), "10,000 blank lines")
    parse_guarded(Text("'\\r\\n \\t' * 10_000"), "10,000 blank CRLF lines")
    payload = parse_guarded(
        Text("'\\n' * 10_000 + ARTICLE + '\\n' * 10_000"), "article between 10,000 blank lines"
    )
    assert payload["dateline"] == "MOSCOW, May 13. /TASS/."


def test_a_megabyte_paragraph_of_words() -> None:
    parse_guarded(Text("'word ' * 200_000"), "1 MB paragraph of words")
    payload = parse_guarded(Text("ARTICLE.replace('\\n', ' ') * 500"), "1 MB article paragraph")
    assert payload["quotes"]


def test_a_hundred_thousand_capitalised_names() -> None:
    parse_guarded(
        Text("' '.join(names(100_000)) + ' said \"we will win.\"'"), "100,000 names in a row"
    )
    payload = parse_guarded(
        Text("'. '.join(names(100_000)) + '. \"We will win,\" Ivan Ivanov said.'"),
        "100,000 names as sentences",
    )
    assert payload["speakers"][-1] == "Ivan Ivanov"


def test_fifty_thousand_saids() -> None:
    parse_guarded(Text("'said ' * 50_000"), "said x 50,000")
    payload = parse_guarded(
        Text("'\"We will win,\" he said.\\n\\n' * 50_000"), "said x 50,000 as paragraphs"
    )
    assert len(payload["quotes"]) == 50_000
    parse_guarded(Text("'\"We will win,\" he said. ' * 50_000"), "said x 50,000 in one paragraph")


# --- the TypeError contract -----------------------------------------------------------

PUBLIC = [
    wirecopy.parse,
    wirecopy.parse_headline,
    wirecopy.parse_dateline,
    wirecopy.parse_lede,
    wirecopy.find_quotes,
]
#: A wrong argument, the type name the message must give, and a word of its advice.
WRONG = [
    (b"MOSCOW, May 13. /TASS/.", "bytes", "decode"),
    (bytearray(b"MOSCOW"), "bytearray", "decode"),
    (None, "NoneType", "''"),
    (42, "int", "str("),
    (["MOSCOW, May 13."], "list", "str("),
]


@pytest.mark.parametrize("function", PUBLIC, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("value", "kind", "advice"), WRONG, ids=[w[1] for w in WRONG])
def test_wrong_text_type_raises_a_helpful_type_error(
    function: Callable[[Any], Any], value: object, kind: str, advice: str
) -> None:
    with pytest.raises(TypeError) as raised:
        function(value)
    message = str(raised.value)
    assert kind in message
    assert function.__name__ in message
    assert advice in message


@pytest.mark.parametrize("value", ["2015-05-13", 20150513, (2015, 5, 13)])
@pytest.mark.parametrize(
    "call",
    [
        lambda d: wirecopy.parse("MOSCOW, May 13. /TASS/. Text.", reference_date=d),
        lambda d: wirecopy.parse_dateline("MOSCOW, May 13. /TASS/. Text.", reference_date=d),
        lambda d: list(wirecopy.parse_many(["MOSCOW, May 13. /TASS/. Text."], reference_date=d)),
    ],
    ids=["parse", "parse_dateline", "parse_many"],
)
def test_wrong_reference_date_type_raises_type_error(
    call: Callable[[object], object], value: object
) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        call(value)


def test_a_datetime_reference_date_is_accepted_as_its_date() -> None:
    when = datetime.datetime(2015, 5, 13, 23, 59)
    dateline = wirecopy.parse_dateline("MOSCOW, May 13. /TASS/. Text.", reference_date=when)
    assert dateline is not None
    assert dateline.date == datetime.date(2015, 5, 13)


@pytest.mark.parametrize("value", ["MOSCOW, May 13. /TASS/. Text.", b"MOSCOW"])
def test_parse_many_refuses_a_single_text(value: object) -> None:
    with pytest.raises(TypeError, match=r"parse_many\(\).*iterable"):
        list(wirecopy.parse_many(value))  # type: ignore[arg-type]


def test_parse_many_names_a_bad_item_when_it_is_reached() -> None:
    results = wirecopy.parse_many(["fine", b"bytes"])  # type: ignore[list-item]
    assert isinstance(next(results), wirecopy.Article)
    with pytest.raises(TypeError, match="bytes"):
        next(results)


@pytest.mark.parametrize(
    "source",
    ["it", "the company", "the bank", "the minister", "Reuters quoted him as"],
)
def test_thirty_thousand_named_people_each_followed_by_a_described_source(source: str) -> None:
    # Each lookup of "it" or "the company" once scanned every mention before it.
    cue = "saying" if source.endswith(" as") else "said"
    parse_guarded(
        Text(
            "'\\n\\n'.join(f'{x} spoke. \"We won,\" "
            + source
            + " "
            + cue
            + ".' for x in names(30_000))"
        ),
        f"30,000 x {source} {cue}",
    )
