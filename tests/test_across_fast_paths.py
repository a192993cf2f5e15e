"""The indexer's fast paths give what the plain ones give (issue 9's indexing speed):
ASCII passages cut and hashed as bytes, the chunk's fingerprints sent as one JSON array,
a batch indexed at once or article by article."""

from __future__ import annotations

import random

from reader.across.index_rows import fingerprints, gram_word, gram_words, passage_fingerprints
from reader.across.normalise import words


def test_ascii_byte_path_equals_the_word_by_word_one() -> None:
    """Digits, separators and apostrophes in ASCII text: the separator between two digits
    is dropped only where ``words`` drops it, an apostrophe takes the word path."""
    rng = random.Random(11)
    alphabet = "aZ9 0 3 ,.,.'-_%«»\n\tqQx"
    texts = ["3,5 y 1.000.000 de euros, dijo.", "1.,2 3..4 5,.6 7.8.9 word word",
             "It's the 4.5bn plan, O'Neil said", "end.Next 12 %. uno dos", "a b c"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
              for _ in range(3000)]
    for text in texts:
        found = words(text)
        expected = fingerprints(found) if len(found) >= 4 else None
        assert passage_fingerprints(text) == expected, text


def test_gram_words_are_gram_word_each() -> None:
    rng = random.Random(2)
    hashes = [rng.getrandbits(63) for _ in range(500)] + [0, 1, 15, 16, 2**40 - 1, 2**40]
    assert gram_words(hashes).split() == [gram_word(h) for h in hashes]


def test_json_strings_reads_back_as_the_list() -> None:
    import json

    from reader.across.index_writes import json_strings

    grams = [gram_words([random.Random(n).getrandbits(63) for _ in range(9)]) for n in range(50)]
    assert json.loads(json_strings(grams)) == grams
    for odd in ([], [""], ['a","b'], ["a\\b"], ["é"], ["\x1b[31m"], ["a b", "c"]):
        assert json.loads(json_strings(odd)) == odd


def _articles(count: int, seed: int = 4) -> list[tuple]:
    """Articles of six quotations and six claims, words from a small vocabulary (so
    that passages share shingles across articles), as the speed benchmark makes them."""
    from reader.core.model import Analysis, Claim, Entity, Quote, Speaker

    rng = random.Random(seed)
    vocab = [f"w{n}" for n in range(60)] + ["3,5", "1.000", "O'Neil", "año", "ÉSTE"]
    shared = [" ".join(rng.choices(vocab, k=rng.randint(4, 14))) for _ in range(8)]
    items = []
    for number in range(count):
        parts, quotes, claims, entities, offset = [], [], [], [], 0
        for turn in range(6):
            speaker = f"Name{turn % 3} Person"
            body = (rng.choice(shared) if rng.random() < 0.3
                    else " ".join(rng.choices(vocab, k=rng.randint(2, 14))))
            quote = f"«{body}»"
            sentence = f"{speaker} dijo: {quote}."
            start = offset + len(speaker) + 7
            quotes.append(Quote(start, start + len(quote), quote,
                                Speaker(offset, offset + len(speaker), speaker, speaker)))
            entities.append(Entity(offset, offset + len(speaker), "PER", speaker, speaker))
            parts.append(sentence)
            offset += len(sentence) + 1
            claim = " ".join(rng.choices(vocab, k=rng.randint(3, 12))).capitalize() + " 12 %."
            claims.append(Claim(offset, offset + len(claim), 0.8, ("figure",)))
            parts.append(claim)
            offset += len(claim) + 1
        analysis = Analysis("es", "t", (), tuple(entities), tuple(quotes), tuple(claims))
        items.append((f"a{number}", f"Title {number}", f"s{number % 3}",
                      f"2026-01-{1 + number % 28:02d}", " ".join(parts), analysis, ""))
    return items


def _state(index) -> tuple:
    """Everything a reader of the index sees, pids left out (they depend on the order)."""
    from reader.across.index_writes import ARTICLE_PASSAGES

    db = index.connection()
    ranged = {}
    for (article,) in db.execute("SELECT id FROM articles"):
        rows = db.execute(f"SELECT kind, start, end, text, speaker FROM passages "
                          f"WHERE {ARTICLE_PASSAGES}", (article,)).fetchall()
        by_column = db.execute("SELECT kind, start, end, text, speaker FROM passages "
                               "WHERE article = ? ORDER BY pid", (article,)).fetchall()
        assert rows == by_column, article  # the run of numbers holds all and only its own
        ranged[article] = rows
    tables = {name: sorted(db.execute(f"SELECT * FROM {name}").fetchall())
              for name in ("mentions", "speaker_totals", "entity_totals", "source_days")}
    return ranged, tables


def test_bulk_and_incremental_indexing_agree() -> None:
    """A batch written chunk by chunk (the writer thread) and the same articles one at a
    time, then some re-indexed and some removed: the same passages, totals and lookups."""
    from reader.across.index import CHUNK, AcrossIndex

    items = _articles(CHUNK * 2 + 37)
    changed = _articles(20, seed=9)
    with AcrossIndex(":memory:") as bulk, AcrossIndex(":memory:") as single:
        assert bulk.index_many(items) == len(items)
        for item in items:
            single.index_article(*item)
        for index in (bulk, single):
            index.index_many([(f"a{n}",) + c[1:] for n, c in zip(range(0, 60, 3), changed,
                                                                    strict=True)])
            for n in range(1, 40, 7):
                index.remove_article(f"a{n}")
        assert _state(bulk) == _state(single)
        assert bulk.stats() == single.stats()
        hits = 0
        for item in items[::17] + changed[::5]:
            analysis = item[5]
            for quote in analysis.quotes[:2]:
                text = item[4][quote.start + 1:quote.end - 1]
                found = [(m.article.id, m.start, m.end, m.similarity) for m in bulk.lookup(text)]
                assert found == [(m.article.id, m.start, m.end, m.similarity)
                                 for m in single.lookup(text)]
                hits += len(found) > 1
        assert hits > 5  # the same text found in other articles too
