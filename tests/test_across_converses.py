"""Converse verbs (converses.py, converses.txt): one event told from either party is one
claim when the parties are exchanged, and another claim when they stay in place."""

from __future__ import annotations

from reader.across.compare import compare
from reader.across.converses import converse
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def test_a_win_told_as_the_loser_s_defeat_is_the_same_claim() -> None:
    a = "Celtic beat Hibernian 4-2 at Parkhead on Wednesday night"
    b = "Hibernian lost 4-2 to Celtic at Parkhead on Wednesday night"
    for one, two in ((a, b), (b, a)):
        assert compare(one, two).similarity >= SAME
    es_a = "El Granada derrotó al Elche por 3-1 en Los Cármenes el sábado"
    es_b = "El Elche cayó ante el Granada por 3-1 en Los Cármenes el sábado"
    assert compare(es_a, es_b).similarity >= SAME


def test_a_converse_with_the_parties_in_place_or_another_score_is_another_claim() -> None:
    a = "Celtic beat Hibernian 4-2 at Parkhead on Wednesday night"
    assert compare(a, "Celtic lost 4-2 to Hibernian at Parkhead on Wednesday night"
                   ).similarity == 0.0
    assert compare(a, "Hibernian lost 4-1 to Celtic at Parkhead on Wednesday night"
                   ).similarity < SAME
    assert compare(a, "Hibernian lost 4-2 to Aberdeen at Parkhead on Wednesday night"
                   ).similarity < SAME


def test_a_sale_told_as_a_purchase_keeps_seller_and_buyer() -> None:
    a = "Telefónica sold its Chilean towers to Brookfield for 900 million dollars"
    b = "Brookfield bought the Chilean towers from Telefónica for 900 million dollars"
    assert compare(a, b).similarity >= SAME
    assert compare(b, a).similarity >= SAME
    wrong = "Telefónica bought the Chilean towers from Brookfield for 900 million dollars"
    assert compare(a, wrong).similarity < SAME


def test_no_rewrite_without_two_named_parties_or_with_one_side_only() -> None:
    assert converse(tokens("Celtic beat Hibernian on Sunday"),
                    tokens("The home side lost to Celtic on Sunday")) is None
    assert converse(tokens("Celtic beat Hibernian on Sunday"),
                    tokens("Hibernian beat Celtic on Sunday")) is None
    hostile = "[@click=app.quit]x[/] \x1b]0;t\x07 lost to \u202e" * 3
    assert converse(tokens("Celtic beat Hibernian"), tokens(hostile)) is None
    assert 0.0 <= compare("Celtic beat Hibernian", hostile).similarity <= 1.0
