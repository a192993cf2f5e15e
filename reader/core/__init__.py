"""The Textual-free heart of Claimdesk: the data model and the canonical text."""
