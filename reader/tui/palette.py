"""Colours for a 256-colour terminal, chosen by how they look, not by rounding RGB.

Textual blends theme colours in true colour (a candidate tint is the warning colour at 8%
over the background); a terminal without ``COLORTERM=truecolor`` gets them rounded by
Rich to the 256-colour palette, which rounds each channel on its own: a barely warm
``#342d23`` becomes the solid maroon ``#5f0000`` and a faint tint over ``#1e1e1e``
becomes black. Here each colour is mapped instead to the perceptually nearest entry of
the xterm palette (CIE Lab distance over the 6×6×6 cube and the grey ramp; the first 16
colours are left out: each terminal defines its own), and a tint that differs from the
background in true colour is kept different from it, so a subtle tint stays subtle and
visible.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color, ColorType
from rich.color_triplet import ColorTriplet
from rich.style import Style

_CUBE = (0, 95, 135, 175, 215, 255)


def _palette() -> list[tuple[int, ColorTriplet]]:
    entries = []
    for index in range(16, 232):
        value = index - 16
        red, green, blue = _CUBE[value // 36], _CUBE[(value // 6) % 6], _CUBE[value % 6]
        entries.append((index, ColorTriplet(red, green, blue)))
    for index in range(232, 256):
        grey = 8 + 10 * (index - 232)
        entries.append((index, ColorTriplet(grey, grey, grey)))
    return entries


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lab(rgb: ColorTriplet) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    red, green, blue = (_linear(c) for c in rgb)
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def distance(first: ColorTriplet, second: ColorTriplet) -> float:
    """How different two colours look (CIE76 ΔE: about 2 is just noticeable)."""
    a, b = lab(first), lab(second)
    return sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5


_ENTRIES = [(index, rgb, lab(rgb)) for index, rgb in _palette()]


@lru_cache(maxsize=1024)
def nearest_256(rgb: ColorTriplet, unlike: int | None = None) -> int:
    """The palette index (16–255) that looks nearest to ``rgb``, other than ``unlike``."""
    target = lab(rgb)
    best, best_distance = 16, float("inf")
    for index, _, entry in _ENTRIES:
        if index == unlike:
            continue
        gap = sum((p - q) ** 2 for p, q in zip(target, entry, strict=True))
        if gap < best_distance:
            best, best_distance = index, gap
    return best


def palette_rgb(index: int) -> ColorTriplet:
    """The RGB of a palette entry (16–255)."""
    return next(rgb for number, rgb, _ in _ENTRIES if number == index)


def _to_256(color: Color | None, base: Color | None) -> Color | None:
    """``color`` as a palette colour; a colour unlike ``base`` stays unlike its entry."""
    if color is None or color.type not in (ColorType.TRUECOLOR, ColorType.EIGHT_BIT):
        return color
    rgb = color.get_truecolor()
    base_index = None
    if base is not None and base.type in (ColorType.TRUECOLOR, ColorType.EIGHT_BIT):
        base_rgb = base.get_truecolor()
        if base_rgb != rgb:
            base_index = nearest_256(base_rgb)
    return Color.from_ansi(nearest_256(rgb, base_index))


def for_256_colours(style: Style, base: Style) -> Style:
    """``style`` with its colours mapped for a 256-colour terminal; ``base`` is the
    style of the text around it (a background unlike ``base``'s stays unlike it)."""
    bgcolor = _to_256(style.bgcolor, base.bgcolor)
    color = _to_256(style.color, None)
    return style + Style.from_color(color, bgcolor)
