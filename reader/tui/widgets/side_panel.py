"""The article's side panel: Entities, Quotations and Claims, each a list to choose from.

Choosing an item posts ``SidePanel.Chosen`` with the range to move the article to; the
panel never moves the article itself ("attributes down, messages up").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.core.annotation import Annotation, annotations, typed
from reader.core.annotation_fields import FIELDS
from reader.core.model import ENTITY_LABELS, Analysis
from reader.core.verdicts import DEFAULT_VERDICT, is_verdict, verdict_label
from reader.tui.shown import shown

Range = tuple[int, int]
LABEL_TITLES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other names"}
ANNOTATION_PREFIX = "annotation-"
Record = Mapping[str, Any]


def annotation_prompt(record: Record | Annotation) -> Text:
    """One annotation in the Claims tab: verdict, claimant, claim; the quote and anchor.

    The fields shown are those the field table marks ``in_side_panel``."""
    annotation = typed(record)
    shown_fields = {spec.name for spec in FIELDS if spec.in_side_panel}
    verdict = annotation.verdict or DEFAULT_VERDICT
    label = verdict_label(verdict) if is_verdict(verdict) else verdict
    status = annotation.anchor.status
    prompt = Text.assemble(shown(f"[{label}]", style="bold"), " ")
    if annotation.claimant:
        prompt.append_text(shown(annotation.claimant, style="italic"))
        prompt.append(": ")
    prompt.append_text(shown(annotation.claim, limit=70))
    for name in (spec.name for spec in FIELDS if spec.name in shown_fields):
        if name in ("verdict", "claimant", "claim"):
            continue  # drawn above, in their own places
        value = annotation.value(name)
        if value:
            text = value if isinstance(value, str) else ", ".join(value)
            prompt.append_text(shown(f" · {text}", style="dim", limit=40))
    quote = annotation.target.exact
    prompt.append("\n   ")
    if status != "exact":
        prompt.append_text(shown(status.upper(), style="bold reverse" if status == "orphan"
                                 else "bold"))
        prompt.append(" ")
    prompt.append_text(shown(f"“{quote}”", style="dim", limit=70))
    return prompt


class SidePanel(Vertical):
    """Tabs of things found in the article; each item remembers the ranges it stands for."""

    class Chosen(Message):
        """The user chose an item that stands for ``ranges`` (first one after the cursor)."""

        def __init__(self, ranges: list[Range]) -> None:
            super().__init__()
            self.ranges = ranges

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: dict[str, list[Range]] = {}
        self._text = ""
        self._analysis: Analysis | None = None
        self._annotations: list[Record | Annotation] = []

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="tab-entities"):
            with TabPane("Entities", id="tab-entities"):
                yield OptionList(id="entities-list", markup=False)
            with TabPane("Quotations", id="tab-quotes"):
                yield OptionList(id="quotes-list", markup=False)
            with TabPane("Claims", id="tab-claims"):
                yield OptionList(id="claims-list", markup=False)

    @property
    def active_list(self) -> OptionList:
        """The list in the tab that is shown now."""
        pane = self.query_one(TabbedContent).active_pane
        assert pane is not None
        return pane.query_one(OptionList)

    def show_analysis(self, text: str, analysis: Analysis | None) -> None:
        """Fill the three lists; an absent analysis shows a waiting line."""
        self._targets.clear()
        self._text, self._analysis = text, analysis
        lists = {name: self.query_one(f"#{name}-list", OptionList)
                 for name in ("entities", "quotes", "claims")}
        for option_list in lists.values():
            option_list.clear_options()
        if analysis is None:
            for option_list in lists.values():
                option_list.add_option(Option(Text("Analysing…", style="italic"), disabled=True))
            return
        lists["entities"].add_options(self._entity_options(analysis))
        lists["quotes"].add_options(self._quote_options(text, analysis))
        lists["claims"].add_options(self._claims_tab(text, analysis))
        for option_list in lists.values():
            if not option_list.option_count:
                option_list.add_option(Option(Text("None found", style="italic"), disabled=True))

    def show_annotations(self, records: Sequence[Record | Annotation]) -> None:
        """List the article's annotations above the candidates in the Claims tab."""
        self._annotations = list(records)
        if self._analysis is None:
            return
        claims = self.query_one("#claims-list", OptionList)
        highlighted = claims.highlighted
        claims.clear_options()
        claims.add_options(self._claims_tab(self._text, self._analysis))
        if not claims.option_count:
            claims.add_option(Option(Text("None found", style="italic"), disabled=True))
        if highlighted is not None and claims.option_count:
            claims.highlighted = min(highlighted, claims.option_count - 1)

    def highlighted_annotation(self) -> str | None:
        """The id of the annotation highlighted in the Claims tab, if that list has focus."""
        claims = self.query_one("#claims-list", OptionList)
        if not claims.has_focus or claims.highlighted is None:
            return None
        option_id = claims.get_option_at_index(claims.highlighted).id or ""
        return option_id[len(ANNOTATION_PREFIX):] if option_id.startswith(
            ANNOTATION_PREFIX) else None

    def _claims_tab(self, text: str, analysis: Analysis) -> list[Option]:
        options: list[Option] = []
        if self._annotations:
            title = Text(f"Annotations ({len(self._annotations)})", style="bold underline")
            options.append(Option(title, disabled=True))
            for annotation in annotations(self._annotations):
                ranges = [] if annotation.is_orphan else [annotation.span]
                options.append(self._add(ANNOTATION_PREFIX + annotation.id,
                                         annotation_prompt(annotation), ranges))
        candidates = self._claim_options(text, analysis)
        if self._annotations and candidates:
            title = Text(f"Candidates ({len(candidates)})", style="bold underline")
            options.append(Option(title, disabled=True))
        return options + candidates

    def _add(self, key: str, prompt: Text, ranges: list[Range]) -> Option:
        self._targets[key] = ranges
        return Option(prompt, id=key)

    def _entity_options(self, analysis: Analysis) -> list[Option]:
        grouped: dict[str, dict[str, list[Range]]] = defaultdict(lambda: defaultdict(list))
        for entity in analysis.entities:
            name = entity.canonical or entity.text
            grouped[entity.label][name].append((entity.start, entity.end))
        options: list[Option] = []
        for label in ENTITY_LABELS:
            names = grouped.get(label)
            if not names:
                continue
            title = Text(f"{LABEL_TITLES[label]} ({len(names)})", style="bold underline")
            options.append(Option(title, disabled=True))
            ordered = sorted(names.items(), key=lambda item: (-len(item[1]), item[0].casefold()))
            for index, (name, ranges) in enumerate(ordered):
                prompt = Text.assemble(shown(name), Text(f"  ×{len(ranges)}", style="dim"))
                options.append(self._add(f"entity-{label}-{index}", prompt, sorted(ranges)))
        return options

    def _quote_options(self, text: str, analysis: Analysis) -> list[Option]:
        options = []
        for index, quote in enumerate(analysis.quotes):
            speaker = quote.speaker.name if quote.speaker else "unknown speaker"
            if not quote.is_speech:
                speaker += " (quoted term)"
            prompt = Text.assemble(
                shown(speaker, style="bold"), " → ", shown(text[quote.start : quote.end], limit=90)
            )
            options.append(self._add(f"quote-{index}", prompt, [(quote.start, quote.end)]))
        return options

    def _claim_options(self, text: str, analysis: Analysis) -> list[Option]:
        options = []
        for index, claim in enumerate(analysis.claims):
            prompt = Text.assemble(
                Text(f"{claim.score:.2f} ", style="bold"),
                shown(text[claim.start : claim.end], limit=70),
                "\n   ",
                shown(", ".join(claim.reasons), style="dim italic"),
            )
            options.append(self._add(f"claim-{index}", prompt, [(claim.start, claim.end)]))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ranges = self._targets.get(event.option.id or "")
        if ranges:
            self.post_message(self.Chosen(ranges))
