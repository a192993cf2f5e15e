"""The keys of one ``claimdesk analyze --json`` record, as architecture.md and issue 3 set
them. Written out here, not imported from the code, so a test fails when the code drifts."""

ANALYZE_KEYS = frozenset(
    {"path", "title", "language", "backend", "text", "sentences", "entities", "quotes",
     "claims"}
)
