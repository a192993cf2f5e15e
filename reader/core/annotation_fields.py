"""The one table of an annotation's content fields.

Every place that shows, edits or exports an annotation's content derives its fields from
``FIELDS`` (or is checked against it by ``tests/test_annotation_fields.py``): the form's
rows, the CSV columns, the JSON Lines record, the W3C bodies, the ClaimReview object, the
CLI table and the side panel. Adding a field is one row here, its migration
(``annotation_migrations.py``) and, when the form needs a new kind of widget, that widget.

Kinds say how a value is typed, cleaned and edited:

* ``line``: one line of text (whitespace folded);
* ``choice``: one value of ``choices`` (the verdict scale);
* ``text``: free text over several lines (ends trimmed);
* ``tags``: a list of short labels (comma-separated in the form, one per line in CSV);
* ``links``: a list of evidence items, links or references (one per line).

``claimreview`` names the ClaimReview property that carries the field; a field without
one is exported as a schema.org ``PropertyValue`` in ``additionalProperty``.

``w3c_purpose`` is the purpose of the field's W3C body (``assessing``, ``describing``,
``commenting``, ``tagging``, ``linking``); every body also names its field with the
documented extension ``claimdesk:field``, so fields that share a purpose stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.core.verdicts import DEFAULT_VERDICT, VERDICT_VALUES

FieldKind = Literal["line", "choice", "text", "tags", "links"]
LIST_KINDS: frozenset[str] = frozenset({"tags", "links"})


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One content field: its name (record key), label, kind and where it appears."""

    name: str
    label: str
    kind: FieldKind
    w3c_purpose: str = "describing"
    form_height: int = 1
    choices: tuple[str, ...] = ()
    in_cli_table: bool = False
    in_side_panel: bool = False
    placeholder: str = ""
    claimreview: str = ""

    @property
    def is_list(self) -> bool:
        """True for list-valued kinds (tags, evidence)."""
        return self.kind in LIST_KINDS

    @property
    def default(self) -> str | tuple[str, ...]:
        """The value of the field in a new record when nothing was given."""
        if self.is_list:
            return ()
        if self.kind == "choice":
            return DEFAULT_VERDICT if self.choices == VERDICT_VALUES else self.choices[0]
        return ""


FIELDS: list[FieldSpec] = [
    FieldSpec("claim", "Claim", "line", "describing", in_cli_table=True, in_side_panel=True,
              claimreview="claimReviewed"),
    FieldSpec("claimant", "Claimant", "line", "describing", in_cli_table=True,
              in_side_panel=True, claimreview="itemReviewed.author"),
    FieldSpec("verdict", "Verdict", "choice", "assessing", choices=VERDICT_VALUES,
              in_cli_table=True, in_side_panel=True, claimreview="reviewRating"),
    FieldSpec("note", "Note", "text", "commenting", form_height=4, claimreview="reviewBody"),
    FieldSpec("tags", "Tags", "tags", "tagging", placeholder="comma-separated",
              claimreview="keywords"),
    FieldSpec("evidence", "Evidence", "links", "linking", form_height=3,
              placeholder="one link or reference per line", claimreview="citation"),
]
"""The content fields, in form order. A list (not a tuple) so that a test can add one."""


def field_names() -> tuple[str, ...]:
    """The content fields' names, in order (read each time: the table may grow)."""
    return tuple(spec.name for spec in FIELDS)


def field_spec(name: str) -> FieldSpec:
    """The row of ``name``; ``KeyError`` when there is none."""
    for spec in FIELDS:
        if spec.name == name:
            return spec
    raise KeyError(name)
