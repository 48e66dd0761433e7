"""Reading documents: extraction, metadata, encodings, formats, errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from entente.errors import InputError
from entente.ingest.decode import decode_bytes
from entente.ingest.extract import extract_html, extract_plain, split_front_matter, strip_markdown
from entente.ingest.readers import discover, parse_jsonl_record, read_paths

STORY = ("Venezuela and Cuba signed a new energy agreement in Caracas on Tuesday, extending "
         "oil shipments to the island for another five years. ")

PAGE = f"""<!doctype html><html lang="en"><head><title>Energy pact renewed | Ledger</title>
<meta property="og:site_name" content="Caribbean Ledger">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Energy pact renewed</h1><p>{STORY}</p>
<p>The deal was announced by both foreign ministries after a two-day meeting.</p></article>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Oil prices climb
to a yearly high</a></li><li><a href="/b">Storm season begins early</a></li></ul></aside>
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the Caribbean briefing
in your inbox every morning.</p></div>
<section class="comments"><h3>Comments</h3><p>Reader42: This will never last.</p></section>
<footer>© 2025 Caribbean Ledger. All rights reserved.</footer></body></html>"""


def test_html_main_text_drops_boilerplate_and_keeps_metadata() -> None:
    ex = extract_html(PAGE, "page.html")
    assert "signed a new energy agreement" in ex.text
    for junk in ("Related articles", "newsletter", "cookies", "Reader42", "All rights"):
        assert junk.lower() not in ex.text.lower()
    assert ex.outlet == "Caribbean Ledger"
    assert ex.published == date(2025, 3, 4)
    assert ex.title and "Energy pact renewed" in ex.title


def test_html_without_main_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no main text"):
        extract_html("<html><body><nav>Home</nav></body></html>", "empty.html")


def test_front_matter_gives_metadata() -> None:
    text = "---\ntitle: A headline\noutlet: Andes Wire\npublished: 2026-01-05\n---\n" + STORY
    meta, body = split_front_matter(text)
    assert meta["outlet"] == "Andes Wire" and body.startswith("Venezuela")
    ex = extract_plain(text, "a.txt")
    assert (ex.title, ex.outlet, ex.published) == ("A headline", "Andes Wire", date(2026, 1, 5))


def test_plain_text_first_line_is_headline_when_blank_line_follows() -> None:
    ex = extract_plain("Oil deal renewed\n\n" + STORY + "\nMore text follows here.", "b.txt")
    assert ex.title == "Oil deal renewed" and ex.text.startswith("Venezuela")


def test_markdown_loses_markup_not_words() -> None:
    out = strip_markdown("# Title\n\n**Cuba** and [Venezuela](http://x) _signed_ a `deal`.\n"
                         "> a quote\n- a bullet")
    assert out == "Title\n\nCuba and Venezuela signed a deal.\na quote\na bullet"


def test_decode_refuses_empty_and_binary_and_reads_latin1() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n", "e.txt")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 10, "b.bin")
    text = ("La canciller venezolana se reunió con su homólogo en La Habana el miércoles "
            "para revisar el convenio de cooperación, según informó la cancillería.")
    decoded, encoding = decode_bytes(text.encode("latin-1"), "l.txt")
    assert decoded == text and encoding != "utf-8"


def test_jsonl_record_fields_and_language_detection() -> None:
    rec = {"title": "T", "text": "El gobierno de Venezuela firmó un acuerdo energético con "
           "Cuba en Caracas este martes, según la cancillería.", "url": "https://x.example/1",
           "published": "2025-06-01T08:00:00-04:00", "outlet": "Agencia Sur"}
    a = parse_jsonl_record(json.dumps(rec), "f.jsonl#1")
    assert (a.title, a.outlet, a.url, a.published, a.lang) == (
        "T", "Agencia Sur", "https://x.example/1", date(2025, 6, 1), "es")
    assert a.id == a.content_hash[:16] and a.source_format == "jsonl"


def test_jsonl_record_with_html_field_is_extracted() -> None:
    a = parse_jsonl_record(json.dumps({"html": PAGE, "lang": "en"}), "f.jsonl#2")
    assert "energy agreement" in a.text and "Related articles" not in a.text


@pytest.mark.parametrize("line, reason", [
    ("{not json", "malformed JSON"),
    ("[1, 2]", "not an object"),
    ('{"title": "no text"}', "no `text` or `html`"),
])
def test_bad_jsonl_lines_name_the_reason(line: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        parse_jsonl_record(line, "f.jsonl#7")
    assert info.value.origin == "f.jsonl#7"


def test_discover_walks_folders_and_skips_readmes(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("# About this folder")
    (tmp_path / "notes.tsv").write_text("x\ty")
    found = discover([tmp_path, tmp_path / "missing.txt"])
    assert [f.path.name for f in found] == ["a.txt", "missing.txt"]
    assert found[1].error is not None and "no such file" in str(found[1].error)


def test_read_paths_yields_one_result_per_jsonl_line(tmp_path: Path) -> None:
    f = tmp_path / "w.jsonl"
    good = json.dumps({"text": STORY, "lang": "en"})
    f.write_text(f"{good}\n{{oops\n\n{json.dumps({'text': STORY + ' More.', 'lang': 'en'})}\n")
    results = list(read_paths([f]))
    assert [r.origin for r in results] == [f"{f}#1", f"{f}#2", f"{f}#4"]
    assert [r.article is not None for r in results] == [True, False, True]
