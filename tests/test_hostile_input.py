"""Hostile and odd inputs (issue 17): what is read, what is refused, and that one input
never costs the others. Defects 3, 6, 7, 8, 9 (publication dates), 11, 13, 15 and the
smaller ones of 16 that concern reading."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import textwrap
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from entente.ingest.decode import decode_bytes
from entente.ingest.readers import discover, parse_jsonl_record, read_paths
from entente.ingest.warc import read_warc
from tests.conftest import CORPUS
from tests.test_bad_input import GOOD_EN, GOOD_ES
from tests.test_web_ingest import PAGE, WARCIO_WRITER, write_warc

SRC = Path(__file__).resolve().parent.parent / "src"


def run_bounded(script: str, megabytes: int = 700) -> dict[str, object]:
    """Run `script` (printing one JSON line) with this tree's entente and an address space
    of `megabytes` at most: a memory case is shown by a bound, not by timing."""
    head = ("import resource\n"
            f"resource.setrlimit(resource.RLIMIT_AS, ({megabytes} << 20, {megabytes} << 20))\n")
    done = subprocess.run([sys.executable, "-c", head + textwrap.dedent(script)],
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def zeros_gz(path: Path, size: int) -> None:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    with path.open("wb") as f:
        for _ in range(size >> 20):
            f.write(squeeze.compress(bytes(1 << 20)))
        f.write(squeeze.flush())


def test_a_warc_of_zeros_is_a_damaged_archive_within_a_memory_bound(tmp_path: Path) -> None:
    """Defect 3: a 1 MB .warc.gz of zeros took 23 GB and was killed by the kernel."""
    path = tmp_path / "zeros.warc.gz"
    zeros_gz(path, 1 << 30)
    assert path.stat().st_size < 2 << 20
    result = run_bounded(f"""
        import json
        from pathlib import Path
        from entente.ingest.warc import read_warc
        print(json.dumps([r.error.reason if r.error else None
                          for r in read_warc(Path("{path}"))]))
    """)
    (reason,) = result  # type: ignore[misc]
    assert "damaged archive record" in str(reason) and len(str(reason)) < 300


def test_an_error_quotes_at_most_a_short_piece_of_its_input(tmp_path: Path) -> None:
    """Defect 3: a 16 MB archive of garbage printed a 67 MB error line."""
    path = tmp_path / "garbage.warc"
    path.write_bytes(b"NOT A WARC " * 1_500_000)
    (result,) = list(read_warc(path))
    assert result.error is not None and len(str(result.error)) < 400
    assert "not a WARC record" in result.error.reason


@WARCIO_WRITER
def test_a_truncated_record_is_reported_not_stored(tmp_path: Path) -> None:
    """Defect 13: a record cut in the middle of its page was stored as a whole article."""
    whole = tmp_path / "whole.warc"
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with whole.open("wb") as f:
        writer = WARCWriter(f, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://andes.example/a1", "response", payload=__import__("io").BytesIO(
                PAGE.encode() * 3), http_headers=headers))
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 400])
    (complete,) = list(read_warc(whole))
    assert complete.article is not None
    results = list(read_warc(cut))
    assert not any(r.article for r in results)
    assert any(r.error and "truncated record" in r.error.reason for r in results), results


def test_one_hostile_jsonl_line_never_costs_the_others(tmp_path: Path) -> None:
    """Defect 6: 100,000 nested brackets (RecursionError) or an integer of 5,000 digits
    (ValueError) aborted the whole ingest; the good lines beside them were lost."""
    path = tmp_path / "wire.jsonl"
    good = [json.dumps({"text": f"{GOOD_EN} {n}.", "lang": "en"}) for n in ("One", "Two",
                                                                          "Three")]
    path.write_text("\n".join([good[0], "[" * 100_000, good[1], '{"text": ' + "9" * 5000 + "}",
                               good[2]]) + "\n")
    results = list(read_paths([path]))
    assert [r.article is not None for r in results] == [True, False, True, False, True]
    for r in (results[1], results[3]):
        assert r.error is not None and "malformed JSON" in r.error.reason
        assert r.origin.endswith(("#2", "#4")) and len(str(r.error)) < 300


def test_jsonl_odds_a_bom_a_binary_file_and_a_language_that_is_a_number(
        tmp_path: Path) -> None:
    """Defect 16: a UTF-8 BOM lost the first line; a binary file named .jsonl gave
    hundreds of error lines; `lang: 12` was accepted."""
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": GOOD_EN}).encode() + b"\n")
    (first,) = list(read_paths([bom]))
    assert first.article is not None
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(bytes(range(256)) * 400 + b"\n" * 300)
    assert len(list(read_paths([binary]))) == 1
    with pytest.raises(Exception, match="lang must be a language code"):
        parse_jsonl_record(json.dumps({"text": GOOD_EN, "lang": 12}), "x#1")
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes(json.dumps({"text": GOOD_ES}, ensure_ascii=False).encode("utf-16"))
    (es,) = list(read_paths([utf16]))
    assert es.article is not None and "homólogo" in es.article.text


def test_controls_and_nul_bytes_are_removed_at_reading(tmp_path: Path) -> None:
    """Defect 8: a NUL byte aborted a PostgreSQL ingest (and gave HTTP 500 on the API)."""
    hostile = GOOD_EN.replace("signed", "sig\u0000ned\x1b[2J")
    record = parse_jsonl_record(json.dumps({"text": hostile, "title": "A\u0000 \ud800title"}),
                                "x#1")
    assert "\x00" not in record.text and "\x1b" not in record.text and "signed" in record.text
    assert record.title == "A title"
    text_file = tmp_path / "nul.txt"
    text_file.write_bytes(GOOD_EN.encode().replace(b" the ", b" the\x00 ", 1) + b"\x0c")
    (read,) = list(read_paths([text_file]))
    assert read.error is not None and "binary" in read.error.reason  # a NUL in a file: binary


def test_absurd_publication_dates_are_dropped_with_a_warning(tmp_path: Path) -> None:
    """Defect 9: `published: 9999-12-31` overflowed the coder, 0001-01-01 made every
    day-series of the dyad span 2,025 years."""
    for day in ("9999-12-31", "0001-01-01", "1850-05-01"):
        path = tmp_path / f"{day}.md"
        path.write_text(f"---\npublished: {day}\n---\n{GOOD_EN} On 3 March.")
        (r,) = list(read_paths([path]))
        assert r.article is not None and r.article.published is None
        assert any("publication date" in w for w in r.warnings)
    fine = tmp_path / "fine.md"
    fine.write_text(f"---\npublished: 2026-01-21\n---\n{GOOD_EN}")
    (r,) = list(read_paths([fine]))
    assert r.article is not None and r.article.published == date(2026, 1, 21)
    assert not r.warnings


def corpus_texts() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md", ".html"))


def test_windows_1252_text_comes_back_as_it_was_written() -> None:
    """Defect 11: 14 of 50 corpus files re-encoded to Windows-1252 were read as cp1250,
    cp1257 or mac_iceland ("España" became "Espańa")."""
    checked = 0
    for path in corpus_texts():
        text = path.read_text(encoding="utf-8")
        try:
            data = text.encode("cp1252")
        except UnicodeEncodeError:
            continue  # a character Windows-1252 does not have
        if data == text.encode("utf-8"):
            continue  # plain ASCII: nothing to tell apart
        assert decode_bytes(data, str(path))[0] == text, path
        checked += 1
    assert checked >= 20
    assert decode_bytes("España, Perú".encode("latin-1"), "x")[0] == "España, Perú"


def test_a_declared_charset_is_believed_before_a_guess() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'
    assert decode_bytes(html.encode("koi8-r"), "x") == (html, "koi8-r")
    assert decode_bytes("Привет мир".encode("cp1251"), "x", declared="windows-1251")[0] == \
        "Привет мир"


def test_utf16_with_or_without_a_mark_is_text() -> None:
    """Defect 15: UTF-16 was refused as binary."""
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        assert decode_bytes(GOOD_ES.encode(encoding), "x")[0] == GOOD_ES


def test_odd_paths_are_each_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect 16: symlink loops, dangling links and unreadable folders were skipped
    silently."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD_EN)
    (root / "sub" / "up").symlink_to(root)  # a loop
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "self.txt").symlink_to(root / "self.txt")
    locked = root / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: object) -> object:  # root reads any folder: refuse this one
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    found = {d.path.name: (d.error.reason if d.error else None) for d in discover([root])}
    assert found["a.txt"] is None
    assert "link loop" in str(found["up"])
    assert "dangling link" in str(found["gone.txt"])
    assert "link loop" in str(found["self.txt"])
    assert "cannot read folder" in str(found["locked"])


def test_names_are_shown_so_that_none_can_forge_a_line() -> None:
    """Defects 7 and 16: a name that is not UTF-8 aborted the ingest; a name with a newline
    or a terminal escape was printed raw."""
    from entente.ingest.readers import display_name

    assert display_name("plain/name.txt") == "plain/name.txt"
    assert display_name(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert display_name("a\nerror: forged.txt") == "a\\nerror: forged.txt"
    assert display_name("\x1b[31mred.txt") == "\\x1b[31mred.txt"


@pytest.mark.slow
def test_a_name_that_is_not_utf8_is_stored_and_the_files_after_it_too(
        tmp_path: Path, db_url: str) -> None:
    """Defect 7, end to end on DuckDB and PostgreSQL."""
    from click.testing import CliRunner

    from entente.cli import main
    from entente.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsdecode(folder.as_posix().encode() + b"/a-caf\xe9.txt")
    Path(bad).write_text(GOOD_EN + " First.")
    (folder / "b.txt").write_text(GOOD_ES + " Segunda.")
    (folder / "c\nerror: forged.txt").write_text(GOOD_EN + " Third one.")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db_url, "--no-progress"])
    assert result.exit_code == 0, (result.output, result.stderr)
    assert "stored 3 new" in result.output
    with open_store(db_url, read_only=True) as store:
        origins = sorted(a.origin or "" for a in store.articles())
    assert origins == sorted([f"{folder}/a-caf\\xe9.txt", f"{folder}/b.txt",
                              f"{folder}/c\\nerror: forged.txt"])


@WARCIO_WRITER
def test_gzip_payloads_of_warc_records_stay_bounded(tmp_path: Path) -> None:
    path = tmp_path / "page.warc.gz"
    write_warc(path, [("https://a.example/x", "200 OK", gzip.compress(PAGE.encode()),
                       "text/html")])
    assert len(list(read_warc(path))) <= 1


class Uncoding:
    """A pipeline that codes nothing (what is measured here is the session's summary)."""

    def supports(self, lang: str | None) -> bool:
        return True

    def read_many(self, batch: list[Any], batch_size: int = 16) -> list[Any]:
        from entente.pipeline import Coded

        return [Coded(a, [], []) for a in batch]


def test_the_summary_says_when_only_the_start_of_a_long_text_was_coded() -> None:
    """Defect 16: only the first 300,000 characters of a long text were coded, without a
    word in the summary."""
    from entente.pipeline import MAX_CODED_CHARS
    from entente.records import Article
    from entente.services.ingest import IngestSession, describe
    from entente.store.duck import DuckStore

    text = (GOOD_EN + " ") * (MAX_CODED_CHARS // len(GOOD_EN) + 10)
    with DuckStore(":memory:") as store:
        session = IngestSession(store, Uncoding())  # type: ignore[arg-type]
        session.accept(Article(id="long", text=text, lang="en", content_hash="long"))
        lines = describe(session.report)
    assert any("1 articles longer than 300,000 characters: only their beginning was coded"
               in line for line in lines), lines


@pytest.mark.slow
def test_entente_code_reports_hostile_lines_and_codes_the_rest() -> None:
    """Defects 6 and 9 in `entente code`: a line nested 100,000 deep was a RecursionError,
    a date of 9999-12-31 an OverflowError in the coder."""
    from click.testing import CliRunner

    from entente.cli import main

    lines = ["[" * 100_000,
             json.dumps({"id": "far", "text": "Cuba and Venezuela signed an agreement on 3 "
                         "March.", "date": "9999-12-31", "lang": "en"}),
             json.dumps({"id": "ok", "text": "Cuba and Venezuela signed an agreement.",
                         "lang": "en"})]
    result = CliRunner().invoke(main, ["code", "--input-format", "jsonl"],
                                input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output
    assert "stdin#1: malformed input line (nested too deeply)" in result.stderr
    assert "stdin#2: date 9999-12-31 ignored" in result.stderr
    docs = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert docs == {"far", "ok"}
    refused = CliRunner().invoke(main, ["code", "--date", "9999-12-31"], input="x\n")
    assert refused.exit_code == 2 and "not a plausible publication date" in refused.stderr
