"""The command line: ``wirecopy parse [FILE|DIR ...]`` in every output format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wirecopy.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tass-kerry-sochi.txt"
RECORD_KEYS = {"source", "headline", "deck", "lede", "dateline", "paragraphs", "quotes"}
QUOTE_KEYS = {"text", "start", "end", "speaker", "cue"}
SPEAKER_KEYS = {"name", "text", "start", "end"}
CUE_KEYS = {"text", "start", "end"}

REUTERS = (
    "Gold rises on haven demand\n\n"
    "LONDON, May 12 (Reuters) - Gold rose on Tuesday.\n\n"
    '"It is a haven," said Jane Doe, an analyst at Example Bank.\n'
)
AP = 'Senate votes\n\nWASHINGTON (AP) _ The Senate voted. "We won," Sen. John Roe said.\n'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["parse", *args])
    out, err = capsys.readouterr()
    return status, out, err


def check_record(record: dict[str, Any], text: str) -> None:
    """The required keys, and every span indexing the text the record came from."""
    assert record.keys() >= RECORD_KEYS
    for key in ("headline", "deck", "lede", "dateline"):
        item = record[key]
        if item is not None:
            assert text[item["start"] : item["end"]] == item["text"], key
    for paragraph in record["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]] == paragraph["text"]
    for quote in record["quotes"]:
        assert quote.keys() >= QUOTE_KEYS
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker"] is not None:
            assert quote["speaker"].keys() >= SPEAKER_KEYS
            speaker = quote["speaker"]
            assert text[speaker["start"] : speaker["end"]] == speaker["text"]
        if quote["cue"] is not None:
            assert quote["cue"].keys() >= CUE_KEYS
            assert text[quote["cue"]["start"] : quote["cue"]["end"]] == quote["cue"]["text"]


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    """Two small made-up articles and a copy of the bundled example."""
    paths = {
        "reuters": tmp_path / "reuters.txt",
        "ap": tmp_path / "ap.txt",
        "tass": tmp_path / "tass.txt",
    }
    paths["reuters"].write_text(REUTERS, encoding="utf-8")
    paths["ap"].write_text(AP, encoding="utf-8")
    paths["tass"].write_bytes(EXAMPLE.read_bytes())
    return paths


def test_single_file_to_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(EXAMPLE))
    assert status == 0
    assert err == ""
    record = json.loads(out)
    text = EXAMPLE.read_text(encoding="utf-8")
    check_record(record, text)
    assert record["source"] == str(EXAMPLE)
    assert record["dateline"]["text"] == "MOSCOW, May 13. /TASS/."
    assert record["dateline"]["agency"] == "TASS"
    assert record["quotes"]
    assert any(q["speaker"] and q["speaker"]["name"] == "Yuri Ushakov" for q in record["quotes"])


def test_several_files_to_jsonl(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    paths = [articles["reuters"], articles["ap"], articles["tass"]]
    status, out, _ = run(capsys, "--format", "jsonl", *map(str, paths))
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    for line, path in zip(lines, paths, strict=True):
        record = json.loads(line)
        assert record["source"] == str(path)
        check_record(record, path.read_text(encoding="utf-8"))


def test_several_files_to_json_give_a_list(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    status, out, _ = run(capsys, str(articles["reuters"]), str(articles["ap"]))
    assert status == 0
    records = json.loads(out)
    assert [r["source"] for r in records] == [str(articles["reuters"]), str(articles["ap"])]


def test_a_folder_recursively(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(REUTERS, encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("not an article", encoding="utf-8")
    status, out, _ = run(capsys, "--format", "jsonl", "--recursive", str(tmp_path))
    assert status == 0
    sources = sorted(json.loads(line)["source"] for line in out.splitlines())
    assert sources == sorted([str(tmp_path / "top.txt"), str(tmp_path / "a" / "b" / "deep.txt")])
    status, out, _ = run(capsys, "--format", "jsonl", str(tmp_path))
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "top.txt")]


def test_csv_has_a_header_and_one_row_per_quote(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    status, out, _ = run(capsys, "--format", "csv", str(articles["tass"]), str(articles["ap"]))
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    assert {"source", "headline", "dateline", "lede", "quote", "speaker", "cue"} <= set(header)
    tass = [r for r in rows if r["source"] == str(articles["tass"])]
    expected = json.loads(_json_of(capsys, articles["tass"]))["quotes"]
    assert [r["quote"] for r in tass] == [q["text"] for q in expected]
    assert {r["headline"] for r in tass} == {
        "Russia says Kerry’s visit to Sochi offers Moscow, Washington chance to restore trust"
    }
    assert {r["dateline"] for r in tass} == {"MOSCOW, May 13. /TASS/."}
    assert all(int(r["quote_start"]) < int(r["quote_end"]) for r in tass)


def _json_of(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["parse", str(path)]) == 0
    return capsys.readouterr().out


def test_csv_keeps_an_article_without_quotes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text("Title\n\nLONDON (Reuters) - Nothing was said.", encoding="utf-8")
    status, out, _ = run(capsys, "--format", "csv", str(path))
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1
    assert rows[0]["quote"] == ""
    assert rows[0]["agency"] == "Reuters"


def test_html(capsys: pytest.CaptureFixture[str], articles: dict[str, Path]) -> None:
    status, out, _ = run(capsys, "--format", "html", str(articles["reuters"]))
    assert status == 0
    assert "<figure" in out
    assert 'class="wc-dateline"' in out
    assert 'class="wc-quote"' in out
    assert "<script" not in out


def test_output_file(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    status, out, _ = run(
        capsys,
        "--format",
        "jsonl",
        "--output",
        str(target),
        str(articles["reuters"]),
        str(articles["ap"]),
    )
    assert status == 0
    assert out == ""
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(articles["reuters"]), str(articles["ap"])]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_via_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(AP.encode("utf-8")))
    status, out, _ = run(capsys, "-")
    assert status == 0
    record = json.loads(out)
    assert record["source"] == "-"
    check_record(record, AP)
    assert record["dateline"]["agency"] == "AP"


def test_stdin_when_no_path_is_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(("\ufeff" + REUTERS).encode("utf-8")))
    status, out, _ = run(capsys)
    assert status == 0
    assert json.loads(out)["dateline"]["text"] == "LONDON, May 12 (Reuters) -"


def test_reference_date_resolves_the_date(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    status, out, _ = run(capsys, "--reference-date", "2015-05-20", str(articles["tass"]))
    assert status == 0
    assert json.loads(out)["dateline"]["date"] == "2015-05-13"
    status, out, _ = run(capsys, str(articles["tass"]))
    assert json.loads(out)["dateline"]["date"] is None


def test_a_bad_reference_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["parse", "--reference-date", "13/05/2015", str(EXAMPLE)])
    assert raised.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_bad_files_are_reported_and_the_rest_still_written(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    invalid = tmp_path / "invalid.txt"
    invalid.write_bytes(b"Title\n\nLONDON (Reuters) - Caf\xe9 \xff\xfe\xfd closed.")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(AP, encoding="utf-16")  # with a BOM
    status, out, err = run(
        capsys,
        "--format",
        "jsonl",
        str(articles["reuters"]),
        str(missing),
        str(invalid),
        str(utf16),
        str(articles["ap"]),
    )
    assert status == 1
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert sources == [str(articles["reuters"]), str(articles["ap"])]
    for bad in (missing, invalid, utf16):
        assert str(bad) in err
    assert "utf-16" in err.casefold()
    assert "Traceback" not in err


def test_a_utf16_file_reads_with_its_encoding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "utf16.txt"
    path.write_text(AP, encoding="utf-16")
    status, out, _ = run(capsys, "--encoding", "utf-16", str(path))
    assert status == 0
    assert json.loads(out)["dateline"]["agency"] == "AP"


def test_latin1_encoding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = 'Café closes\n\nPARIS (AFP) - The café closed. "C\'est fini," said Amélie Doré.'
    path.write_bytes(text.encode("latin-1"))
    status, out, err = run(capsys, "--encoding", "latin-1", str(path))
    assert status == 0, err
    record = json.loads(out)
    check_record(record, text)
    assert record["headline"]["text"] == "Café closes"


def test_an_unknown_encoding_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--encoding", "no-such-codec", str(EXAMPLE))
    assert status == 1
    assert str(EXAMPLE) in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    status, _, err = run(capsys, "--format", "jsonl", *map(str, articles.values()))
    assert status == 0
    assert err == ""


def test_progress_bar_on_a_terminal_unless_quiet(
    capsys: pytest.CaptureFixture[str],
    articles: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    paths = list(map(str, articles.values()))
    _, out, err = run(capsys, "--format", "jsonl", *paths)
    assert "3/3 articles" in err
    assert "articles" not in out.replace('"', "").split("source")[0]
    _, _, err = run(capsys, "--format", "jsonl", "--quiet", *paths)
    assert err == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.startswith("wirecopy ")


def test_jobs_give_the_same_records(
    capsys: pytest.CaptureFixture[str], articles: dict[str, Path]
) -> None:
    paths = list(map(str, articles.values())) * 3
    _, serial, _ = run(capsys, "--format", "jsonl", *paths)
    _, parallel, _ = run(capsys, "--format", "jsonl", "--jobs", "2", *paths)
    assert parallel == serial


def test_python_dash_m_entry_point(src_env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "ap.txt"
    path.write_text(AP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "wirecopy", "parse", "--format", "jsonl", str(path), "-"],
        input=REUTERS.encode("utf-8"),
        capture_output=True,
        env=src_env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(path), "-"]
    assert records[1]["dateline"]["agency"] == "Reuters"
