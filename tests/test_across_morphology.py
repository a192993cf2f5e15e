"""A verb and the noun made of it are one word (the ``derivations:`` section of
reader/across/inflections.txt); a short stem left by such an ending is no word. Words
chosen for these tests, not taken from the labelled pairs."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.inflection import one_word
from reader.across.thresholds import THRESHOLDS


@pytest.mark.parametrize(("a", "b"), [
    ("denial", "denied"), ("arrival", "arrives"), ("acceptance", "accepted"),
    ("adherence", "adhered"), ("crecimiento", "crecieron"), ("exigencia", "exigieron"),
    ("confianza", "confiaba"), ("proteccion", "protegio"), ("correccion", "corrigieron"),
])
def test_a_noun_made_of_a_verb_is_one_word_with_it(a: str, b: str) -> None:
    assert one_word(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("finance", "fined"), ("moment", "moved"), ("medal", "meddled"), ("comment", "comes"),
])
def test_a_short_stem_left_by_a_derivation_is_no_word(a: str, b: str) -> None:
    assert not one_word(a, b)


def test_a_sentence_naming_the_action_as_a_thing_keeps_the_claim() -> None:
    assert compare("The union announced the withdrawal of its members from the talks after "
                   "the refusal of the employers to raise wages",
                   "The union announced the withdrawal of its members from the talks after "
                   "the employers refused to raise wages").similarity >= THRESHOLDS.same_text
    assert compare("La patronal reconoció el crecimiento del empleo temporal en la hostelería",
                   "La patronal reconoció que creció el empleo temporal en la hostelería"
                   ).similarity >= THRESHOLDS.same_text
