"""Screens of the Claimdesk app: library, article, help."""
