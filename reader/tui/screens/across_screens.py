"""The screens of the across-the-library feature (for the app's list of binding ids)."""

from __future__ import annotations

from reader.tui.screens.annotations import AnnotationsScreen, ExportScreen
from reader.tui.screens.seen import SeenScreen
from reader.tui.screens.speakers import EntitiesScreen, SpeakersScreen
from reader.tui.screens.stats import StatsScreen

ACROSS_SCREENS = (AnnotationsScreen, ExportScreen, SeenScreen, SpeakersScreen,
                  EntitiesScreen, StatsScreen)
