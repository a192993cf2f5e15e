"""Rewrites of sentence and paragraph layout for ``perturb_speakers.py`` (second round).

Real wire copy moves the same words around: desks split a long paragraph in two or merge
two short ones, slip a relative clause or an apposition between a speaker and the verb,
move ``Según X,`` to the end of its sentence, credit the agency in the middle of a
sentence (``afirmó a Efe que``) and use “ ” inside a raya turn. Each rewrite keeps the
meaning and the gold marks (a mark is never cut: text moves only at depth zero).
"""

from __future__ import annotations

import random
import re

_VERBS = (
    "dijo|afirmó|aseguró|señaló|explicó|añadió|agregó|subrayó|indicó|destacó|sostuvo|"
    "advirtió|precisó|recalcó|respondió|declaró|manifestó|apuntó|comentó"
)
_CLAUSES = (
    "que dirige el departamento desde 2019",
    "quien asumió el cargo en marzo",
    "de 54 años",
    "que compareció sin corbata",
    "con el informe en la mano",
    "que llegó tarde a la cita",
    # a name inside the clause: the nearest name is no longer the subject
    "que compareció junto a la portavoz, {PER:Remedios Baeza}",
    "quien estuvo acompañado del alcalde, {PER:Ulpiano Carrasco}",
)
_CREDITS = ("a Efe", "a Europa Press", "a esta agencia", "a los periodistas")


def _depths(text: str) -> list[int]:
    """Mark depth before each character: text may move only where it is zero."""
    depth, out = 0, []
    for char in text:
        if char in "}>":
            depth -= 1
        out.append(depth)
        if char in "{<":
            depth += 1
    return out


def _balanced(text: str) -> bool:
    return text.count("{") == text.count("}") and text.count("<") == text.count(">")


def _sentence_breaks(line: str) -> list[int]:
    """Offsets after ``. `` at depth zero where the next sentence opens with a capital."""
    depth = _depths(line)
    return [
        m.start() + 1
        for m in re.finditer(r"(?<=[a-záéíóúñ\d»”)])\. (?=[A-ZÁÉÍÓÚÑ¿{])", line)
        if depth[m.start()] == 0 and depth[m.start() + 2] == 0
    ]


def perturb_split(body: str, rng: random.Random, language: str) -> str:
    """A paragraph of several sentences is split in two at a sentence boundary."""
    out = []
    for line in body.split("\n"):
        breaks = _sentence_breaks(line) if "—" not in line and len(line) > 160 else []
        if breaks and rng.random() < 0.7:
            cut = rng.choice(breaks)
            out.extend((line[:cut], "", line[cut + 1 :]))
        else:
            out.append(line)
    return "\n".join(out)


def perturb_merge(body: str, rng: random.Random, language: str) -> str:
    """Two short neighbouring paragraphs (no raya or en-dash turn, no dateline) become one."""
    paras = body.split("\n\n")
    out: list[str] = []
    for para in paras:
        prev = out[-1] if out else ""
        if (
            prev
            and len(out) > 1
            and len(prev) < 260
            and len(para) < 260
            and not any(dash in prev + para for dash in "—–―")  # dialogue turns stay apart
            and not prev.rstrip().endswith(":")
            and prev.rstrip()[-1:] in ".»”>"
            and rng.random() < 0.6
        ):
            out[-1] = f"{prev.rstrip()} {para.lstrip('^')}"
        else:
            out.append(para)
    return "\n\n".join(out)


def perturb_clause(body: str, rng: random.Random, language: str) -> str:
    """``X afirmó`` → ``X, que dirige el departamento desde 2019, afirmó``."""
    if language != "es":
        return body
    pattern = re.compile(r"(\{PER:[^{}]*\})(?= (?:" + _VERBS + r")\b)")
    return pattern.sub(lambda m: f"{m.group(1)}, {rng.choice(_CLAUSES)},", body)


def perturb_second(body: str, rng: random.Random, language: str) -> str:
    """A surname's later mentions become the speaker's role noun (``Barreda`` → ``la
    ministra``) when the gold lists that role among the speaker's names."""
    if language != "es":
        return body
    roles: dict[str, tuple[str, str]] = {}
    for data in re.findall(r"<([^|<>]*)\|", body):
        names = data.split("/")
        role = next((n for n in names[1:] if n[:1].islower()), "")
        surname = next((n for n in names[1:] if n[:1].isupper() and " " not in n), "")
        if role and surname and " " in names[0]:
            female = role.endswith(("a", "as")) or names[0].split()[0].endswith("a")
            roles.setdefault(surname, ("la" if female else "el", role))
    for surname, (article, role) in roles.items():
        mark = "{PER:" + surname + "}"
        first = body.find(mark)
        if first < 0:
            continue
        cut = first + len(mark)
        parts = body[cut:].split(mark)
        for index in range(1, len(parts)):
            before = parts[index - 1]
            opens = before.endswith(("\n", "^", ". ", "—")) or (index == 1 and not before)
            parts[index - 1] = f"{before}{article.capitalize() if opens else article} {role}"
        body = body[:cut] + "".join(parts)
    return body


def perturb_according(body: str, rng: random.Random, language: str) -> str:
    """``Según X, frase.`` → ``Frase, según X.`` (the clause moved whole, marks kept)."""
    if language != "es":
        return body
    pattern = re.compile(
        r"(?:(?<=^)|(?<=^\^)|(?<=\. ))Según (?P<who>[^,.<>]{3,90}), (?!que |quien |cuy)"
        r"(?P<rest>[a-z¿](?:[^.]|\.(?=\d))*)\.(?= [A-Z¿{<]|$)",
        re.M,
    )

    def move(match: re.Match[str]) -> str:
        who, rest = match.group("who"), match.group("rest")
        if not (_balanced(who) and _balanced(rest)):
            return match.group()
        return f"{rest[0].upper()}{rest[1:]}, según {who}."

    return pattern.sub(move, body)


def perturb_credit(body: str, rng: random.Random, language: str) -> str:
    """An agency credit inside the sentence: ``afirmó que`` → ``afirmó a Efe que``."""
    if language != "es":
        return body
    pattern = re.compile(r"\b(" + _VERBS + r")(?= que\b| ayer que\b|:)")
    return pattern.sub(lambda m: f"{m.group(1)} {rng.choice(_CREDITS)}", body)


def perturb_inner(body: str, rng: random.Random, language: str) -> str:
    """Quotation marks inside a raya turn become “ ” (or " ")."""
    if language != "es":
        return body
    left, right = ("“", "”") if rng.random() < 0.5 else ('"', '"')
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if "—" in line:
            lines[index] = line.replace("«", left).replace("»", right)
    return "\n".join(lines)


LAYOUT = {
    "split": perturb_split,
    "merge": perturb_merge,
    "clause": perturb_clause,
    "according": perturb_according,
    "second": perturb_second,
    "credit": perturb_credit,
    "inner": perturb_inner,
}
