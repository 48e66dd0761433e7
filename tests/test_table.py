"""The token table (coding/table.py) gives what spaCy's token attributes give."""

from __future__ import annotations

import pytest

from entente.coding.table import children, kids, token_table, tokens
from entente.pipeline import Pipeline

TEXTS = {
    "en": "“We will respond,” the minister said on Tuesday, after Venezuela's army "
          "shelled the air-defence base near the border. Nobody denied it.",
    "es": "«No vamos a ceder», zanjó la portavoz del Gobierno cubano, según la agencia EFE. "
          "El nego que la policía hubiera disparado contra los manifestantes.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_table_reads_what_the_tokens_say(pipeline: Pipeline, lang: str) -> None:
    doc = pipeline.models.get(lang)(TEXTS[lang])
    table = token_table(doc)
    assert token_table(doc) is table  # kept with the document
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert any(h < i for i, h in enumerate(table.head))  # heads before their token too
    assert kids(doc) == [[c.i for c in t.children] for t in doc]
    assert [[c.i for c in children(t)] for t in doc] == kids(doc)
    assert [t.i for t in tokens(doc)] == list(range(len(doc)))
    assert tokens(doc)[3] == doc[3] and tokens(doc)[3].text == doc[3].text


def test_an_empty_document_has_an_empty_table(pipeline: Pipeline) -> None:
    doc = pipeline.models.get("en")("")
    assert token_table(doc).lower == [] and kids(doc) == []
