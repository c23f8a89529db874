"""Placeholder: figure extraction (being written)."""
