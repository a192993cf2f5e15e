"""Widgets of the Claimdesk app."""
