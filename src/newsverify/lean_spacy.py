"""spaCy and the trained pipeline loaded without work a parse never uses.

A warm run after one article was added waits for a fresh process to import spaCy and load
the model before anything is parsed, so that floor is the run's. Two parts of it do nothing
for us:

- `import spacy` imports its command-line package (`spacy.cli`) only for the `spacy.info`
  shortcut, and with it typer, weasel, requests and httpx: about 0.4 s. It is stubbed
  while spaCy imports, and imported for real if `spacy.info` is ever called.
- `spacy.load` builds the language's default tokenizer (compiling 2,694 special cases), then
  `from_disk` throws all of it away and reads the model's own rules: about 0.3 s. The
  pipeline is built with an empty tokenizer instead, which `from_disk` fills the same way.

Each cut falls back to spaCy's own way when spaCy is laid out differently, so a newer spaCy
is slower to load, never wrong.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

# The command-line modules `spacy/__init__.py` imports, for `spacy.info` alone.
_CLI_MODULES = ("spacy.cli", "spacy.cli.info")
# The registered name of the empty tokenizer (`_empty_tokenizer`).
EMPTY_TOKENIZER = "newsverify.empty_tokenizer.v1"


def import_spacy() -> types.ModuleType:
    """`import spacy`, without its command-line package when spaCy is not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if any(name in sys.modules for name in _CLI_MODULES):
        import spacy  # something imported the command line already: nothing to save

        return spacy
    _install_cli_stub()
    try:
        import spacy
    except ImportError:
        # spaCy's layout differs from what the stub stands in for: import it as it is.
        _forget_spacy()
        import spacy
    finally:
        _remove_cli_stub()
    return spacy


def load_package(name: str, exclude: Iterable[str]) -> Language:
    """`spacy.load(name, exclude=...)`, the model's tokenizer read into an empty one.
    Raises OSError (like `spacy.load`) when no model package `name` is installed."""
    spacy = import_spacy()
    exclude = list(exclude)
    if not _register_empty_tokenizer(spacy):
        return spacy.load(name, exclude=exclude)
    override = {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}
    nlp = spacy.load(name, exclude=exclude, config=override)
    if not _has_rules(nlp.tokenizer):
        # The package's files did not carry the tokenizer's rules: spaCy's way, in full.
        return spacy.load(name, exclude=exclude)
    return nlp


def _install_cli_stub() -> None:
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with no files: nothing else under it can import
    info = types.ModuleType("spacy.cli.info")
    info.info = _real_info  # type: ignore[attr-defined]
    package.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = package
    sys.modules["spacy.cli.info"] = info


def _remove_cli_stub() -> None:
    """Out of `sys.modules` once spaCy is imported: a later `import spacy.cli` is real."""
    for name in _CLI_MODULES:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "__file__", None) is None:
            del sys.modules[name]


def _forget_spacy() -> None:
    for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
        del sys.modules[name]


def _real_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, whose command-line package is imported when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _register_empty_tokenizer(spacy: types.ModuleType) -> bool:
    """Register `EMPTY_TOKENIZER` with spaCy's registry; False if spaCy has none like it."""
    try:
        tokenizers = spacy.util.registry.tokenizers
        if EMPTY_TOKENIZER not in tokenizers:
            tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)
    except AttributeError:
        return False
    return True


def _empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules, for a pipeline whose `from_disk` replaces them all: spaCy's
    `Tokenizer.from_bytes` resets the rules, prefixes, suffixes, infixes and matches before
    reading the model's."""
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def _has_rules(tokenizer: Any) -> bool:
    """Whether a loaded tokenizer has the rules a model's tokenizer file carries."""
    return bool(getattr(tokenizer, "rules", None)) and tokenizer.prefix_search is not None


# Imported for its side effect too: `from .lean_spacy import spacy` before any other spaCy
# import makes that one lean.
spacy = import_spacy()
