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
