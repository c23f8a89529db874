"""spaCy imported without its command line and the model loaded into an empty tokenizer give
the same pipeline as `spacy.load`: the same tokens, tags, lemmas and entities."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict

import pytest
import spacy

from newsverify import lean_spacy, pipeline
from newsverify.models import installed_model
from newsverify.pipeline import UNUSED_COMPONENTS, Analyzer

# Varied on purpose: tokenizer exceptions ("Mr.", "can't", "e.g."), URLs, emoticons, money,
# dates, hyphenated ranges, quotation marks and entities.
TEXTS = [
    "Mr. O'Neill said: \"We won't pay £3.5bn by 2025-26,\" on Tue. 4 Mar. e.g. in the U.S.",
    "See https://example.org/a?b=1 :) - it rose 5km/h, i.e. 12% y/y; Dr Smith (aged 54) can't.",
    "NATO's members agreed a 400% increase in spending, to 3.5% of GDP by 2035, at The Hague.",
    "Unemployment fell to 4.1 per cent in the three months to June, the ONS said on Tuesday.",
]

needs_model = pytest.mark.skipif(installed_model() is None, reason="no trained model installed")


def test_spacy_imports_without_its_command_line_packages() -> None:
    code = (
        "import sys; from newsverify import pipeline; import spacy; "
        "print(sorted(m for m in ('weasel', 'typer', 'requests', 'httpx', 'spacy.cli') "
        "if m in sys.modules)); print(callable(spacy.info))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert shown[:2] == ["[]", "True"]


def test_the_command_line_is_imported_for_real_once_asked_for() -> None:
    code = (
        "import sys; from newsverify import lean_spacy; import spacy.cli; "
        "print(hasattr(spacy.cli, 'download'), spacy.info(silent=True)['spacy_version'])"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert shown == ["True", spacy.__version__]


def test_a_spacy_the_stub_does_not_fit_is_imported_as_it_is() -> None:
    """A spaCy whose `__init__` wants more of its command line than `spacy.info`: the
    failed lean import is forgotten and spaCy imported in full."""
    code = (
        "import sys, types; import newsverify.lean_spacy as lean\n"
        "for n in [n for n in sys.modules if n == 'spacy' or n.startswith('spacy.')]:\n"
        "    del sys.modules[n]\n"
        "lean._install_cli_stub = lambda: sys.modules.update("
        "{'spacy.cli': types.ModuleType('spacy.cli')})\n"  # no `info` in it
        "spacy = lean.import_spacy()\n"
        "print(callable(spacy.load), sys.modules['spacy.cli'].__file__ is not None)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert shown == ["True", "True"]


def test_an_imported_spacy_is_returned_as_it_is() -> None:
    assert lean_spacy.import_spacy() is spacy


def test_a_missing_model_package_fails_like_spacy_load() -> None:
    with pytest.raises(OSError):
        lean_spacy.load_package("newsverify_no_such_model", UNUSED_COMPONENTS)


@needs_model
def test_the_lean_pipeline_gives_the_same_docs_as_spacy_load() -> None:
    name = installed_model()[0]  # type: ignore[index]
    lean = lean_spacy.load_package(name, UNUSED_COMPONENTS)
    plain = spacy.load(name, exclude=UNUSED_COMPONENTS)
    assert lean.pipe_names == plain.pipe_names
    assert lean.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    for text in TEXTS:
        assert _annotations(lean(text)) == _annotations(plain(text))


@needs_model
def test_the_analyzer_records_are_the_same_as_with_spacy_load(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        pipeline, "load_package", lambda name, exclude: spacy.load(name, exclude=list(exclude))
    )
    plain = pipeline.load_analyzer()
    for text in TEXTS:
        assert asdict(analyzer.parse_text(text)) == asdict(plain.parse_text(text))


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.lemma_, t.ent_type_, t.ent_iob_, str(t.morph))
        for t in doc
    ]
