"""Load article files into documents ready for analysis.

`load_corpus` walks the paths given on the command line, reads each text file, splits bundles
into documents (SPEC §1), reads their metadata (YAML front matter, `Source:` lines, `date`
markers, cited URLs) and masks what is not article content (front matter, web furniture,
repeated captions, the trailing "Sources" list) so that it produces no findings.

Offsets: a document's `original` is `file_text[start:end]`, where `file_text` is the file's
bytes decoded as UTF-8 *without* newline translation (see `read_text`); `analysis_text` is
`normalize(original).text` with masked characters replaced by spaces, so every span of it
maps back to the file through `Document.to_file_offsets`.
"""

from __future__ import annotations

import datetime
import os
import re
import stat
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import yaml

from newsverify.errors import InputError
from newsverify.line_wrap import unwrap
from newsverify.text import NormalizedText, normalize

TEXT_SUFFIXES = frozenset({".txt", ".md"})
# Formats the spec announces for later: skipped with a reason that says so.
NOT_YET_SUPPORTED = {
    ".html": "HTML is not supported yet",
    ".htm": "HTML is not supported yet",
    ".jsonl": "JSONL is not supported yet",
}
KINDS = frozenset({"primary", "secondary"})

# Whole lines that are page furniture rather than article text (compared lower-cased, with
# surrounding punctuation stripped).
FURNITURE_LINES = frozenset(
    {
        "advertisement",
        "comments",
        "copy link",
        "email",
        "facebook",
        "follow us",
        "leave a comment",
        "linkedin",
        "most read",
        "newsletter",
        "print",
        "read more",
        "related",
        "related articles",
        "reply",
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "share on twitter",
        "sign up",
        "skip to content",
        "sponsored",
        "subscribe",
        "trending",
        "tweet",
        "twitter",
        "whatsapp",
    }
)
# Headings that open a trailing list of cited sources.
SOURCES_HEADINGS = frozenset(
    {"source", "sources", "references", "further reading", "links", "bibliography", "citations"}
)

TITLE_MAX_CHARS = 200  # a longer first line is a paragraph, not a headline
HEAD_LINES = 5  # `date` markers and lone `Source:` lines count only this near the top
REPEAT_MIN_CHARS = 20  # shorter repeated lines ("Reuters", "Share") may repeat legitimately
CITATION_MAX_CHARS = 400  # a longer line after a "Sources" heading is prose, not a citation
SOURCES_MAX_LINES = 300  # a "Sources" heading further from the end is not a trailing list

_SOURCE_LINE = re.compile(r"[ \t]*source[ \t]*:[ \t]*(\S.*?)\s*", re.IGNORECASE)
_DATE_MARKER = re.compile(
    r"[ \t]*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})(?=\s|$)", re.IGNORECASE
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")
_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`\])}]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?"
_LONE_NUMBER = re.compile(r"\d[\d,.]*\s*[km]?", re.IGNORECASE)  # share/like counters: 20, 1.2K


@dataclass(frozen=True)
class Skipped:
    """A file that was not loaded, and why."""

    path: str
    reason: str
    # True for an article file (.txt, .md) that could not be read: bad input, not just a
    # file of another kind lying in the corpus folder.
    unreadable: bool = False


@dataclass
class Document:
    """One article: its text, metadata and the text extractors should analyse."""

    path: str
    rel_path: str
    index: int
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    date: datetime.date | None
    kind: str | None
    cited_urls: list[str]
    start: int
    original: str
    normalized: NormalizedText
    analysis_text: str
    first_line: int = 1  # the file's line on which the document starts

    def line_of(self, offset: int) -> int:
        """The 1-based line of the file that holds a file offset inside this document."""
        return self.first_line + self.original.count("\n", 0, max(0, offset - self.start))

    def to_file_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `analysis_text` to offsets in the original file."""
        original_start, original_end = self.normalized.to_original(start, end)
        return self.start + original_start, self.start + original_end


@dataclass
class Corpus:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class _SkipFile(Exception):
    """Internal: the file cannot be loaded; the message is the reason shown to the user."""


class LoadedFiles(Protocol):
    """Documents already loaded from a file's bytes (the cache): a file that has not changed
    costs a read, a hash and a lookup instead of splitting and masking it again."""

    def key(self, path: str, rel_path: str, data: bytes) -> str: ...

    def get_many(self, keys: list[str]) -> dict[str, list[Document]]: ...

    def put_many(self, entries: list[tuple[str, list[Document]]]) -> None: ...


# Files read, looked up and stored together: bounds memory and the number of lookups.
LOAD_CHUNK = 256


def load_corpus(
    paths: Sequence[str], exclude: Sequence[str] = (), known: LoadedFiles | None = None
) -> Corpus:
    """Load every article under `paths` (folders recursively, in sorted order), except in
    the folders `exclude` (the cache's, which may sit inside the corpus); files whose
    documents `known` holds are not parsed again.

    Raises `InputError` for a path that does not exist; any file that cannot be used is
    listed in `Corpus.skipped` with a reason instead.
    """
    files = list_files(paths, exclude)
    corpus = Corpus()
    for start in range(0, len(files), LOAD_CHUNK):
        _load_files(files[start : start + LOAD_CHUNK], corpus, known)
    return corpus


def list_files(
    paths: Sequence[str],
    exclude: Sequence[str] = (),
    on_folder: Callable[[str], None] | None = None,
) -> list[Skipped | tuple[str, str]]:
    """Every file under `paths` in corpus order, outside the folders `exclude`: a file
    skipped for its name, or (display path, path relative to its corpus folder) to read.
    A file reached twice (a folder and a file in it, a symbolic link) is listed once.
    `on_folder` is called with each folder as the walk reaches it.

    Raises `InputError` for a path that does not exist.
    """
    for path in paths:
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or directory")
    seen: set[str] = set()
    excluded = tuple(_real_folder(folder) for folder in exclude)
    files: list[Skipped | tuple[str, str]] = []
    for path in paths:
        for display, rel_path, skip_reason, real in _iter_files(path, excluded, on_folder):
            if real in seen:  # the same file given twice, e.g. as a folder and a file
                continue
            seen.add(real)
            files.append(Skipped(display, skip_reason) if skip_reason else (display, rel_path))
    return files


def read_file(display: str) -> bytes | Skipped:
    """A listed file's bytes, or why it cannot be read."""
    try:
        return _read_file(display)
    except _SkipFile as skip:
        return Skipped(display, str(skip), unreadable=True)


def file_documents(display: str, rel_path: str, data: bytes) -> list[Document] | Skipped:
    """The documents in a file's bytes (`load_corpus`'s for that file), or why there are none."""
    try:
        return _parse(_decode(data), display, rel_path)
    except _SkipFile as skip:
        return Skipped(display, str(skip), unreadable=True)


def _load_files(
    files: list[Skipped | tuple[str, str]], corpus: Corpus, known: LoadedFiles | None
) -> None:
    read = {
        position: read_file(entry[0])
        for position, entry in enumerate(files)
        if isinstance(entry, tuple)
    }
    keys: dict[int, str] = {}
    if known is not None:
        for position, data in read.items():
            if isinstance(data, bytes):
                display, rel_path = files[position]  # type: ignore[misc]
                keys[position] = known.key(display, rel_path, data)
    stored = known.get_many(list(keys.values())) if known is not None else {}
    new: list[tuple[str, list[Document]]] = []
    for position, entry in enumerate(files):
        data = read.get(position, entry)
        if isinstance(data, Skipped):
            corpus.skipped.append(data)
            continue
        assert isinstance(data, bytes) and isinstance(entry, tuple)
        display, rel_path = entry
        documents = stored.get(keys.get(position, ""))
        if documents is None:
            loaded = file_documents(display, rel_path, data)
            if isinstance(loaded, Skipped):
                corpus.skipped.append(loaded)
                continue
            documents = loaded
            if position in keys:
                new.append((keys[position], documents))
        corpus.documents.extend(documents)
    if known is not None and new:
        known.put_many(new)


def parse_text(text: str, path: str = "<text>", rel_path: str | None = None) -> list[Document]:
    """Split `text` (the content of one file) into documents, as `load_corpus` would.

    Raises `InputError` when the text would be skipped (empty, bad front matter).
    """
    try:
        return _parse(text, path, rel_path if rel_path is not None else os.path.basename(path))
    except _SkipFile as skip:
        raise InputError(f"{path}: {skip}") from None


def read_text(path: str) -> str:
    """Return a file's text exactly as offsets count it: strict UTF-8, newlines untouched."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        return _decode(data)
    except _SkipFile as skip:
        raise InputError(f"{path}: {skip}") from None


# -- finding files ------------------------------------------------------------------------


def _iter_files(
    path: str, excluded: tuple[str, ...], on_folder: Callable[[str], None] | None = None
) -> Iterator[tuple[str, str, str | None, str]]:
    """Yield (display path, relative path, skip reason or None, real path) for each file
    under `path` outside the `excluded` folders (real paths ending in a separator). Real
    paths are resolved once per folder walked, and per file only for symbolic links: a
    10,000-file corpus resolved file by file cost a warm run half a second."""
    if not os.path.isdir(path):
        yield path, os.path.basename(path), _unsupported_reason(path), os.path.realpath(path)
        return
    errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], str, str]] = []
    # Walked folders are never symbolic links (os.walk does not follow them), so a
    # folder's real path is its parent's plus its name.
    real_folders = {path: _real_folder(path)}
    for folder, dirnames, filenames in os.walk(path, onerror=errors.append):
        real_folder = real_folders.pop(folder)
        if on_folder is not None:
            on_folder(folder)
        # Hidden folders and files are ignored silently (.git, editor swap files).
        dirnames[:] = [
            name
            for name in dirnames
            if not name.startswith(".")
            and not (excluded and _real_folder(os.path.join(folder, name)) in excluded)
        ]
        for name in dirnames:
            real_folders[os.path.join(folder, name)] = os.path.join(real_folder, name, "")
        rel_folder = os.path.relpath(folder, path)
        for name in filenames:
            if name.startswith("."):
                continue
            rel = name if rel_folder == "." else os.path.join(rel_folder, name)
            display = os.path.join(folder, name)
            real = os.path.realpath(display) if os.path.islink(display) else real_folder + name
            found.append((tuple(rel.split(os.sep)), rel, real))
    for error in errors:
        name = error.filename or path
        yield (
            str(name),
            os.path.relpath(str(name), path),
            f"cannot read: {error.strerror}",
            os.path.realpath(str(name)),
        )
    for parts, rel, real in sorted(found):
        yield os.path.join(path, rel), "/".join(parts), _unsupported_reason(rel), real


def _real_folder(path: str) -> str:
    return os.path.join(os.path.realpath(path), "")


def _unsupported_reason(path: str) -> str | None:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in TEXT_SUFFIXES:
        return None
    if suffix in NOT_YET_SUPPORTED:
        return NOT_YET_SUPPORTED[suffix]
    return f"not a text file ({suffix})" if suffix else "not a text file (no extension)"


def _read_file(display: str) -> bytes:
    try:
        # A FIFO or device would block or never end; only regular files are articles.
        if not stat.S_ISREG(os.stat(display).st_mode):
            raise _SkipFile("not a regular file")
        with open(display, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise _SkipFile(f"cannot read: {error.strerror or error}") from None


def _decode(data: bytes) -> str:
    if b"\0" in data:
        raise _SkipFile("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _SkipFile(f"invalid UTF-8 at byte {error.start}") from None


# -- splitting a file into documents --------------------------------------------------------


@dataclass
class _Meta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: datetime.date | None = None
    kind: str | None = None


def _parse(text: str, path: str, rel_path: str) -> list[Document]:
    if not text.strip().lstrip("\ufeff"):
        raise _SkipFile("empty file")
    meta, body_start = _front_matter(text)
    if not text[body_start:].strip():
        raise _SkipFile("no text after the front matter")
    spans = _split_bundle(text, body_start)
    documents = []
    for index, (start, end, title) in enumerate(spans, start=1):
        first = index == 1
        documents.append(
            _make_document(
                text[start:end],
                start=start,
                path=path,
                rel_path=rel_path,
                index=index,
                bundle_title=title,
                # Front matter describes the file's first document; only `kind` is a property
                # of the whole file (a bundle of press releases is primary throughout).
                meta=meta if first else _Meta(kind=meta.kind),
                front_matter_end=body_start - start if first else 0,
            )
        )
        documents[-1].first_line = text.count("\n", 0, start) + 1
    return documents


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, int, int]]:
    """Yield (line start, content end without CR/LF, next line start) from `start` on."""
    length = len(text)
    while start < length:
        newline = text.find("\n", start)
        following = length if newline < 0 else newline + 1
        content_end = length if newline < 0 else newline
        if content_end > start and text[content_end - 1] == "\r":
            content_end -= 1
        yield start, content_end, following
        start = following


def _split_bundle(text: str, body_start: int) -> list[tuple[int, int, str | None]]:
    """Return (start, end, title) per document: a title line followed by `Source: NAME`."""
    titles: list[tuple[int, str]] = []
    previous: tuple[int, str] | None = None  # last non-blank line before this one
    for line_start, content_end, _ in _lines(text, body_start):
        line = text[line_start:content_end]
        if not line.strip():
            continue
        if _SOURCE_LINE.fullmatch(line):
            if previous is not None and _looks_like_title(previous[1]):
                titles.append((previous[0], _clean_title(previous[1])))
            previous = None  # a Source line is never itself a title
            continue
        previous = (line_start, line)
    if not titles:
        return [(0, len(text), None)]
    spans: list[tuple[int, int, str | None]] = []
    first_title_start = titles[0][0]
    if text[body_start:first_title_start].strip():
        spans.append((0, first_title_start, None))
    for position, (title_start, title) in enumerate(titles):
        # The first document also covers the front matter and any leading blank lines.
        start = title_start if spans else 0
        end = titles[position + 1][0] if position + 1 < len(titles) else len(text)
        spans.append((start, end, title))
    return spans


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= TITLE_MAX_CHARS
        and not stripped.endswith(".")  # a sentence, not a headline
        and not _SOURCE_LINE.fullmatch(stripped)
    )


def _clean_title(line: str) -> str:
    return line.strip().lstrip("#").strip()  # markdown headings: "# Title"


# -- front matter --------------------------------------------------------------------------


class _FrontMatterLoader(yaml.SafeLoader):
    """A safe loader that leaves dates as strings, so a bad date is reported by field name."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _front_matter(text: str) -> tuple[_Meta, int]:
    """Return the front matter's metadata and the offset where the body starts."""
    opening = _FRONT_MATTER_OPEN.match(text, 1 if text.startswith("\ufeff") else 0)
    if opening is None:
        return _Meta(), 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if closing is None:
        raise _SkipFile("front matter: no closing '---' line")
    block = text[opening.end() : closing.start()]
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 2 if error.problem_mark else None  # +1 for "---"
        where = f" (line {line})" if line else ""
        raise _SkipFile(f"front matter: {error.problem or error.context}{where}") from None
    except (yaml.YAMLError, RecursionError) as error:
        raise _SkipFile(f"front matter: {error}") from None
    body_start = closing.end()
    if body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    if data is None:
        return _Meta(), body_start
    if not isinstance(data, dict):
        raise _SkipFile("front matter: expected 'key: value' lines")
    return _meta_from(data), body_start


def _meta_from(data: dict[Any, Any]) -> _Meta:
    def text_field(name: str) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            raise _SkipFile(f"front matter: {name} must be text")
        return str(value).strip() or None

    meta = _Meta(title=text_field("title"), source=text_field("source"), url=text_field("url"))
    raw_date = text_field("date")
    if raw_date is not None:
        meta.date = _parse_date(raw_date)
        if meta.date is None:
            raise _SkipFile(f"front matter: date: invalid date {raw_date!r} (expected YYYY-MM-DD)")
    kind = text_field("kind")
    if kind is not None:
        if kind.lower() not in KINDS:
            raise _SkipFile(f"front matter: kind must be 'primary' or 'secondary', not {kind!r}")
        meta.kind = kind.lower()
    return meta


def _parse_date(value: str) -> datetime.date | None:
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


# -- one document: metadata and masking -------------------------------------------------------


def _make_document(
    original: str,
    *,
    start: int,
    path: str,
    rel_path: str,
    index: int,
    bundle_title: str | None,
    meta: _Meta,
    front_matter_end: int,
) -> Document:
    normalized = normalize(original)
    text = normalized.text
    # Front matter offsets are in the original; find where it ends in the normalised text.
    body_start = bisect_left(normalized.origin, front_matter_end) if front_matter_end else 0
    lines = [
        (line_start, content_end)
        for line_start, content_end, _ in _lines(text, body_start)
        if text[line_start:content_end].strip()
    ]
    masks: list[tuple[int, int]] = [(0, body_start)] if body_start else []

    # The head: a lone `Source:` line and a `date YYYY-MM-DD` marker near the top.
    # Metadata values are taken from the original text, as a reader would quote them.
    def original_of(span_start: int, span_end: int) -> str:
        original_start, original_end = normalized.to_original(span_start, span_end)
        return original[original_start:original_end]

    source, marker_date, first_line = None, None, None
    for line_start, content_end in lines[:HEAD_LINES]:
        line = text[line_start:content_end]
        source_match = _SOURCE_LINE.fullmatch(line)
        if source_match:
            if source is None:
                name = original_of(
                    line_start + source_match.start(1), line_start + source_match.end(1)
                )
                source = " ".join(name.split())  # no-break spaces would defeat publisher rules
            masks.append((line_start, content_end))
            continue
        date_match = _DATE_MARKER.match(line)
        if date_match and marker_date is None:
            marker_date = _parse_date(date_match.group(1))
            if marker_date is not None:
                masks.append((line_start, line_start + date_match.end()))
                line_start += date_match.end()
        content = text[line_start:content_end]
        if first_line is None and content.strip() and not _is_furniture(content):
            first_line = original_of(line_start, content_end)

    title = meta.title or bundle_title
    if title is None and first_line is not None and _looks_like_title(first_line):
        title = _clean_title(first_line)

    sources_section = _sources_section(text, lines)
    if sources_section is not None:
        masks.append(sources_section)
    masks.extend(_furniture_and_repeats(text, lines))

    return Document(
        path=path,
        rel_path=rel_path,
        index=index,
        doc_id=f"{path}#{index}",
        title=title,
        source=meta.source or source,
        url=meta.url,
        date=meta.date or marker_date,
        kind=meta.kind,
        cited_urls=_urls(text[body_start:]),
        start=start,
        original=original,
        normalized=normalized,
        analysis_text=unwrap(_mask(text, masks)),
    )


def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _is_furniture(line: str) -> bool:
    key = _line_key(line).strip(" :|*-•·>")
    return (
        not key  # only bullets or separators
        or key in FURNITURE_LINES
        or _LONE_NUMBER.fullmatch(key) is not None  # share and comment counters
        or (len(key) <= 2 and key.isalpha())  # toolbar glyphs such as "TT", "A"
    )


def _furniture_and_repeats(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of furniture lines and of lines repeating an earlier one (captions printed twice)."""
    seen: set[str] = set()
    for line_start, content_end in lines:
        line = text[line_start:content_end]
        if _is_furniture(line):
            yield line_start, content_end
            continue
        key = _line_key(line)
        if len(key) < REPEAT_MIN_CHARS:
            continue
        if key in seen:
            yield line_start, content_end
        seen.add(key)


def _sources_section(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span from a trailing "Sources" heading to its last citation, if the text ends so."""
    citations = 0
    section_end: int | None = None
    for line_start, content_end in reversed(lines[-SOURCES_MAX_LINES:]):
        line = text[line_start:content_end]
        heading = _line_key(line).lstrip("#").strip().rstrip(":").strip()
        if heading in SOURCES_HEADINGS:
            return (line_start, section_end) if citations and section_end else None
        if _is_furniture(line) and section_end is None:
            continue  # "Leave a comment" and the like may follow the list
        if len(line) > CITATION_MAX_CHARS and not _URL.search(line):
            return None  # prose: the document does not end with a list of sources
        citations += 1
        section_end = section_end or content_end
    return None


def _urls(text: str) -> list[str]:
    urls: dict[str, None] = {}  # ordered and de-duplicated
    for match in _URL.finditer(text):
        urls.setdefault(match.group().rstrip(_URL_TRAILING), None)
    return list(urls)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the characters in `spans` with spaces, keeping newlines (and the length)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for position in range(start, end):
            if chars[position] != "\n":
                chars[position] = " "
    return "".join(chars)
