"""Tests for newsverify.corpus: finding files, splitting bundles, metadata and masking."""

from __future__ import annotations

import datetime
import os
import re
import time
from pathlib import Path

import pytest

from newsverify import corpus as corpus_module
from newsverify.corpus import Document, Skipped, load_corpus, parse_text, read_text
from newsverify.errors import InputError
from newsverify.text import normalize

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))


def seed(prefix: str) -> Path:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path


def load_one(path: Path) -> list[Document]:
    loaded = load_corpus([str(path)])
    assert loaded.skipped == []
    return loaded.documents


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def masked_lines(document: Document) -> list[str]:
    """The normalised lines that masking changed, stripped."""
    pairs = zip(
        document.normalized.text.split("\n"), document.analysis_text.split("\n"), strict=True
    )
    return [before.strip() for before, after in pairs if before != after]


# -- the seed corpus ---------------------------------------------------------------------


def test_seed_folder_loads_every_file_in_sorted_order() -> None:
    loaded = load_corpus([str(CORPUS)])
    assert loaded.skipped == []
    paths = list(dict.fromkeys(document.path for document in loaded.documents))
    assert paths == [os.path.join(str(CORPUS), path.name) for path in SEEDS]
    assert {document.rel_path for document in loaded.documents} == {path.name for path in SEEDS}


@pytest.mark.parametrize(
    ("prefix", "count", "source", "date", "title"),
    [
        ("000", 1, None, None, None),  # the first line is a standfirst sentence
        ("001", 1, None, None, "NATO Secretary General calls for “quantum leap”"),
        ("002", 10, "NATO", None, "NATO Secretary General calls for “quantum leap”"),
        ("003", 1, None, None, "Military Chiefs Gather in UK to Discuss Ukraine Protections"),
        ("004", 1, None, datetime.date(2025, 6, 10), None),
    ],
)
def test_seed_metadata(
    prefix: str, count: int, source: str | None, date: datetime.date | None, title: str | None
) -> None:
    documents = load_one(seed(prefix))
    assert len(documents) == count
    first = documents[0]
    assert first.source == source
    assert first.date == date
    assert first.kind is None
    if title is None:
        assert first.title is None
    else:
        assert first.title is not None and first.title.startswith(title)
    assert [document.index for document in documents] == list(range(1, count + 1))
    assert [document.doc_id for document in documents] == [
        f"{first.path}#{index}" for index in range(1, count + 1)
    ]


def test_bundle_documents_tile_the_file() -> None:
    path = seed("002")
    file_text = read_text(str(path))
    documents = load_one(path)
    assert "".join(document.original for document in documents) == file_text
    for document in documents:
        assert document.source == "NATO"
        assert document.title is not None
        assert document.original.startswith(document.title)
        assert "Source: NATO" not in document.analysis_text
        assert file_text[document.start : document.start + len(document.original)] == (
            document.original
        )
    assert documents[1].title == "New application process for SPS Multi-Year Projects"
    assert documents[-1].title == "NATO Military Committee Visits Luxembourg"


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_offsets_round_trip_for_every_word(path: Path) -> None:
    file_text = read_text(str(path))
    for document in load_one(path):
        assert len(document.analysis_text) == len(document.normalized.text)
        assert document.normalized.text == normalize(document.original).text
        for match in re.finditer(r"\S+", document.analysis_text):
            start, end = document.to_file_offsets(match.start(), match.end())
            assert normalize(file_text[start:end]).text == match.group()


def test_004_date_marker_is_masked_and_text_kept() -> None:
    (document,) = load_one(seed("004"))
    assert "2025-06-10" not in document.analysis_text
    assert document.analysis_text.lstrip().startswith("THE Secretary General of NATO")
    start = document.analysis_text.index("THE")
    file_start, _ = document.to_file_offsets(start, start + 3)
    assert read_text(str(seed("004")))[file_start : file_start + 3] == "THE"


def test_003_repeated_captions_and_counters_masked_once() -> None:
    (document,) = load_one(seed("003"))
    caption = "UK Prime Minister Keir Starmer is co-leading efforts"
    assert document.normalized.text.count(caption) == 4
    assert document.analysis_text.count(caption) == 1
    headline = "Military Chiefs Gather in UK to Discuss Ukraine Protections"
    assert document.analysis_text.count(headline) == 1
    lines = document.analysis_text.split("\n")
    assert "TT" not in [line.strip() for line in lines]
    assert "20" not in [line.strip() for line in lines]
    # Article text is never masked.
    assert "roughly 30 military officials" in document.analysis_text
    assert "A fairer NATO means all allies doing their fair share." in document.analysis_text


def test_000_sources_section_masked_and_urls_captured() -> None:
    (document,) = load_one(seed("000"))
    masked = masked_lines(document)
    assert masked[0] == "Sources"
    assert masked[-2:] == ["Leave a comment", "Trending"]
    assert "Sources" not in document.analysis_text.split()
    assert "https://" not in document.analysis_text
    assert "Leave a comment" not in document.analysis_text
    assert "Trending" not in document.analysis_text
    assert len(document.cited_urls) == 11
    assert "https://www.nato.int/cps/en/natohq/news_237493.htm" in document.cited_urls
    assert all(url.startswith("https://") for url in document.cited_urls)
    assert all(not url.endswith((".", ",", ")")) for url in document.cited_urls)
    assert "four-fold increase" in document.analysis_text


def test_001_has_nothing_masked() -> None:
    (document,) = load_one(seed("001"))
    assert document.analysis_text == document.normalized.text
    assert document.cited_urls == []


# -- bundles ------------------------------------------------------------------------------


BUNDLE = (
    "Preface paragraph before any titled document.\n"
    "\n"
    "First title\n"
    "\n"
    "\n"
    "Source: Alpha News\n"
    "\n"
    "Body one says 5%.\n"
    "\n"
    "Second title\n"
    "Source: GOV.UK\n"
    "Body two.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_bundle_split(tmp_path: Path, newline: str) -> None:
    text = BUNDLE.replace("\n", newline)
    path = write(tmp_path, "bundle.txt", text)
    documents = load_one(path)
    assert [(d.title, d.source) for d in documents] == [
        (None, None),  # the preface is a sentence, not a title
        ("First title", "Alpha News"),
        ("Second title", "GOV.UK"),
    ]
    assert "".join(d.original for d in documents) == text
    assert documents[1].original.startswith("First title")
    assert "Source" not in documents[1].analysis_text
    assert "Body one says 5%." in documents[1].analysis_text
    for document in documents:
        for match in re.finditer(r"\S+", document.analysis_text):
            start, end = document.to_file_offsets(match.start(), match.end())
            assert text[start:end] == match.group()


@pytest.mark.parametrize(
    ("text", "titles", "sources"),
    [
        # A Source line after a sentence does not open a document; near the top it names the
        # publisher.
        ("Title\nSource: X\n\nBody.\n", ["Title"], ["X"]),
        ("Source: X\n\nBody text here.\n", [None], ["X"]),
        # Deep in the text, a "Source:" line is a chart credit, not a new document.
        (
            "Title line\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nA chart of spending.\nSource: ONS\n",
            ["Title line"],
            [None],
        ),
        # Markdown heading as a title.
        ("# Heading\n\nSource: NATO\n\nText.\n", ["Heading"], ["NATO"]),
    ],
)
def test_source_lines(tmp_path: Path, text: str, titles: list, sources: list) -> None:
    documents = load_one(write(tmp_path, "a.md", text))
    assert [d.title for d in documents] == titles
    assert [d.source for d in documents] == sources


# -- front matter -------------------------------------------------------------------------


def test_front_matter_valid(tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: Press release\n"
        "source: NATO\n"
        "url: https://www.nato.int/x.htm\n"
        "date: 2025-06-09\n"
        "kind: primary\n"
        "---\n"
        "The Secretary General said 5%.\n"
    )
    path = write(tmp_path, "pr.md", text)
    (document,) = load_one(path)
    assert (document.title, document.source, document.url) == (
        "Press release",
        "NATO",
        "https://www.nato.int/x.htm",
    )
    assert document.date == datetime.date(2025, 6, 9)
    assert document.kind == "primary"
    assert document.cited_urls == []  # the front matter url is the document's own
    assert document.analysis_text.strip() == "The Secretary General said 5%."
    assert document.analysis_text.index("The") == text.index("The")


def test_front_matter_kind_applies_to_every_bundle_document(tmp_path: Path) -> None:
    text = "---\nkind: primary\ntitle: File title\n---\nA\n\nSource: X\n\na.\n\nB\nSource: Y\nb.\n"
    documents = load_one(write(tmp_path, "b.md", text))
    assert [(d.title, d.source, d.kind) for d in documents] == [
        ("File title", "X", "primary"),
        ("B", "Y", "primary"),
    ]
    assert documents[0].start == 0


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("date: 2025-13-45\n", "front matter: date: invalid date '2025-13-45'"),
        ("date: June 9\n", "front matter: date: invalid date 'June 9'"),
        ("kind: tertiary\n", "front matter: kind must be 'primary' or 'secondary', not 'tertiary'"),
        ("title: [unclosed\n", "front matter: "),
        ("title: a: b: c\n", "front matter: mapping values are not allowed here (line 2)"),
        ("- a list\n", "front matter: expected 'key: value' lines"),
        ("title: {a: 1}\n", "front matter: title must be text"),
    ],
)
def test_front_matter_errors(tmp_path: Path, front_matter: str, reason: str) -> None:
    path = write(tmp_path, "bad.md", f"---\n{front_matter}---\nText.\n")
    loaded = load_corpus([str(path)])
    assert loaded.documents == []
    (skipped,) = loaded.skipped
    assert skipped.path == str(path)
    assert skipped.reason.startswith(reason)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: x\nText without closing.\n", "front matter: no closing '---' line"),
        ("---\ntitle: x\n---\n\n  \n", "no text after the front matter"),
    ],
)
def test_front_matter_structure_errors(tmp_path: Path, text: str, reason: str) -> None:
    loaded = load_corpus([str(write(tmp_path, "x.txt", text))])
    assert [s.reason for s in loaded.skipped] == [reason]


def test_front_matter_with_bom_and_crlf(tmp_path: Path) -> None:
    text = "\ufeff---\r\ntitle: T\r\ndate: 2024-01-02\r\n---\r\nBody “quoted”.\r\n"
    (document,) = load_one(write(tmp_path, "a.md", text))
    assert document.title == "T"
    assert document.date == datetime.date(2024, 1, 2)
    start = document.analysis_text.index('"quoted"')
    file_start, file_end = document.to_file_offsets(start, start + len('"quoted"'))
    assert read_text(str(tmp_path / "a.md"))[file_start:file_end] == "“quoted”"


# -- dates, titles, furniture ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        ("date 2025-06-10\nHeadline\n\nBody.\n", datetime.date(2025, 6, 10), "Headline"),
        ("Headline\nDate: 2024-02-29\nBody.\n", datetime.date(2024, 2, 29), "Headline"),
        ("Headline\nSource: X\ndate:2024-03-01\nBody.\n", datetime.date(2024, 3, 1), "Headline"),
        ("date 2025-02-30 is not a date.\n", None, None),
        ("One.\nTwo.\nThree.\nFour.\nFive.\ndate 2025-06-10\n", None, None),  # too far down
        ("Updating the date 2025-06-10 text.\n", None, None),
        ("x" * 250 + "\n", None, None),  # too long for a title
        ("Trending\n\nHeadline\n\nBody.\n", None, "Headline"),  # furniture is no title
    ],
)
def test_date_marker_and_title(
    tmp_path: Path, text: str, date: datetime.date | None, title: str | None
) -> None:
    (document,) = load_one(write(tmp_path, "a.txt", text))
    assert document.date == date
    assert document.title == title
    if date is not None:
        assert str(date) not in document.analysis_text


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("Leave a comment", True),
        ("Trending", True),
        ("Share", True),
        ("SHARE:", True),
        ("TT", True),
        ("20", True),
        ("1.2K", True),
        ("• •", True),
        ("Trending now in Europe are higher prices.", False),
        ("UK growth was 2%.", False),
        ("NATO", False),
    ],
)
def test_furniture_lines(tmp_path: Path, line: str, masked: bool) -> None:
    text = f"Title\n\nFirst paragraph.\n{line}\nLast paragraph.\n"
    (document,) = load_one(write(tmp_path, "a.txt", text))
    assert (len(masked_lines(document)) == 1) is masked
    assert "First paragraph." in document.analysis_text
    assert "Last paragraph." in document.analysis_text


def test_repeated_paragraphs_keep_first_occurrence(tmp_path: Path) -> None:
    caption = "A long photo caption that is printed twice. PHOTO / AGENCY"
    text = f"{caption}\n{caption}\n\nBody 1.\n\n  {caption.upper()}  \nShort line\nShort line\n"
    (document,) = load_one(write(tmp_path, "a.txt", text))
    assert document.analysis_text.startswith(caption + "\n")
    assert document.analysis_text.count("PHOTO / AGENCY") == 1
    assert document.analysis_text.count("Short line") == 2  # too short to call boilerplate


@pytest.mark.parametrize(
    ("ending", "masked_count", "urls"),
    [
        ("Sources:\n- https://a.example/x.\n- Report, 2024 (www.b.example/y)\n", 3, 2),
        ("References\n\nSmith, J. (2020). A study.\n", 2, 0),
        # Not at the end: prose follows the heading.
        ("Sources\n\n" + "Long prose sentence. " * 30 + "\n", 0, 0),
        # A heading with nothing after it is just a word.
        ("Sources\n", 0, 0),
    ],
)
def test_trailing_sources_section(
    tmp_path: Path, ending: str, masked_count: int, urls: int
) -> None:
    text = "Title\n\nBody cites https://c.example/z, too.\n\n" + ending
    (document,) = load_one(write(tmp_path, "a.txt", text))
    assert len(masked_lines(document)) == masked_count
    assert len(document.cited_urls) == urls + 1
    assert document.cited_urls[0] == "https://c.example/z"
    assert "https://c.example/z" in document.analysis_text  # URLs in the body stay


# -- files and folders ----------------------------------------------------------------------


def test_folders_recursive_sorted_hidden_ignored(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B text.")
    write(tmp_path, "a/z.md", "AZ text.")
    write(tmp_path, "a/b/c.txt", "ABC text.")
    write(tmp_path, "A.txt", "Capital A.")
    write(tmp_path, ".hidden.txt", "hidden")
    write(tmp_path, ".git/x.txt", "hidden")
    write(tmp_path, "a/.cache/y.txt", "hidden")
    loaded = load_corpus([str(tmp_path)])
    assert loaded.skipped == []
    assert [d.rel_path for d in loaded.documents] == ["A.txt", "a/b/c.txt", "a/z.md", "b.txt"]
    assert [d.path for d in loaded.documents] == [
        os.path.join(str(tmp_path), rel) for rel in ["A.txt", "a/b/c.txt", "a/z.md", "b.txt"]
    ]


def test_explicit_files_load_even_when_deep_or_hidden(tmp_path: Path) -> None:
    deep = write(tmp_path, "x/y/z/deep.txt", "Deep text.")
    hidden = write(tmp_path, ".h/.hidden.md", "Hidden text.")
    loaded = load_corpus([str(deep), str(hidden), str(tmp_path)])
    # The folder repeats `deep.txt`; each file is loaded once.
    assert [d.rel_path for d in loaded.documents] == ["deep.txt", ".hidden.md"]
    assert loaded.documents[0].path == str(deep)


def test_display_path_joins_argument_and_relative_path(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "corpus/sub/a.txt", "Text.")
    monkeypatch.chdir(tmp_path)
    loaded = load_corpus(["corpus"])
    assert [(d.path, d.rel_path, d.doc_id) for d in loaded.documents] == [
        ("corpus/sub/a.txt", "sub/a.txt", "corpus/sub/a.txt#1")
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason", "unreadable"),
    [
        ("logo.png", b"\x89PNG\r\n", "not a text file (.png)", False),
        ("README", b"text", "not a text file (no extension)", False),
        ("page.html", b"<p>x</p>", "HTML is not supported yet", False),
        ("page.HTM", b"<p>x</p>", "HTML is not supported yet", False),
        ("feed.jsonl", b'{"text": "x"}\n', "JSONL is not supported yet", False),
        ("bin.txt", b"abc\x00def", "binary file", True),
        ("latin1.txt", "caf\u00e9".encode("latin-1"), "invalid UTF-8 at byte 3", True),
        ("empty.txt", b"", "empty file", True),
        ("blank.md", b" \n\t\r\n", "empty file", True),
        ("bom-only.txt", "\ufeff\n".encode(), "empty file", True),
    ],
)
def test_skipped_files(
    tmp_path: Path, name: str, content: bytes, reason: str, unreadable: bool
) -> None:
    write(tmp_path, "good.txt", "Good text.")
    write(tmp_path, name, content)
    loaded = load_corpus([str(tmp_path)])
    assert loaded.skipped == [Skipped(os.path.join(str(tmp_path), name), reason, unreadable)]
    assert [d.rel_path for d in loaded.documents] == ["good.txt"]


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "locked.txt", "Text.")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    loaded = load_corpus([str(tmp_path)])
    assert loaded.skipped == [Skipped(str(path), "cannot read: Permission denied", True)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    loaded = load_corpus([str(tmp_path)])
    assert loaded.skipped == [Skipped(str(tmp_path / "pipe.txt"), "not a regular file", True)]


def test_read_text_keeps_newlines_and_rejects_binary(tmp_path: Path) -> None:
    assert read_text(str(write(tmp_path, "a.txt", "a\r\nb"))) == "a\r\nb"
    with pytest.raises(InputError, match="binary file"):
        read_text(str(write(tmp_path, "b.txt", b"\0")))


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope")
    with pytest.raises(InputError, match=re.escape(f"{missing}: no such file or directory")):
        load_corpus([str(CORPUS), missing])


def test_utf8_bom_counts_as_a_character(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", "\ufeffHeadline\n\nText 5%.\n")
    (document,) = load_one(path)
    assert document.title == "Headline"
    start = document.analysis_text.index("5%")
    assert document.to_file_offsets(start, start + 2) == (16, 18)
    assert read_text(str(path))[16:18] == "5%"


def test_parse_text_for_strings() -> None:
    documents = parse_text("A\n\nSource: X\n\nBody.\n", path="mem.txt")
    assert [(d.doc_id, d.source, d.rel_path) for d in documents] == [("mem.txt#1", "X", "mem.txt")]
    with pytest.raises(InputError, match="mem.txt: empty file"):
        parse_text("  ", path="mem.txt")


def test_large_bundle_loads_quickly(tmp_path: Path) -> None:
    block = "Title {n}\n\nSource: Wire\n\nParagraph {n} says 5% of 300 units.\nTT\n20\n\n"
    text = "".join(block.format(n=n) for n in range(5000))
    path = write(tmp_path, "big.txt", text)
    started = time.perf_counter()
    documents = load_one(path)
    assert time.perf_counter() - started < 5
    assert len(documents) == 5000
    assert documents[-1].title == "Title 4999"
    assert "TT" not in documents[-1].analysis_text


def test_large_article_loads_quickly(tmp_path: Path) -> None:
    paragraph = "Spending rose by 20% to £2.2bn, officials said on Tuesday “again”.\n\n"
    text = "Headline\n\n" + "".join(f"{n} {paragraph}" for n in range(40_000))  # ~3 MB
    path = write(tmp_path, "big.md", text)
    started = time.perf_counter()
    (document,) = load_one(path)
    assert time.perf_counter() - started < 10
    assert len(document.analysis_text) == len(document.normalized.text)


def test_module_constants_are_lowercase() -> None:
    # Furniture and heading lists are compared against case-folded lines.
    for word in corpus_module.FURNITURE_LINES | corpus_module.SOURCES_HEADINGS:
        assert word == word.casefold()
