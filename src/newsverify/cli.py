"""The `verify` command (SPEC §4): a thin click layer over `run_verification`."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cache import cache_file
from .errors import ExitStatus, NewsverifyError
from .parse_workers import fork_if_written_since
from .run_timings import mark

# Everything else is imported inside `main`, once the run has started loading the model
# where it will need one: a warm run's worker then loads it while this process imports the
# rest (claims models, the parser, the checking and report code: about a second of regular
# expressions and models on a busy machine).
if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from rich.console import Console

    from .article_spool import SpoolRange
    from .json_stream import JsonReportStream
    from .pipeline import Analyzer
    from .report import RenderedFindings
    from .verification import Listed, Report
    from .verification import Progress as ProgressCallback

DEFAULT_CLAIMS = "claims.yaml"
# The --fail-on levels: the verdict names of `verdicts.CONTRADICTED` and `verdicts.MISSING`,
# spelt out so that declaring the command does not import the matcher.
FAIL_ON_LEVELS = ("contradicted", "missing", "never")
# Below this many documents a run is quick and a progress bar would only flicker.
PROGRESS_MIN_DOCUMENTS = 20

EXAMPLES = """
\b
Examples:
  verify corpus/                          check corpus/ against ./claims.yaml
  verify corpus/ --format json -o r.json  write the JSON report
  verify corpus/ --fail-on missing        fail CI on anything unverified
  verify corpus/ --since origin/main --format github
                                          annotate a pull request's changed articles
  verify corpus/ --write-baseline nv-baseline.json
                                          accept today's findings; then
  verify corpus/ --baseline nv-baseline.json
                                          fail only on new ones
"""


@click.command(epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--claims",
    "claims_path",
    type=click.Path(dir_okay=False),
    help="Claims file (default: ./claims.yaml if present).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "markdown", "json", "github", "junit"]),
    help="Report format (default: table on a terminal, markdown otherwise; github: workflow "
    "annotations; junit: JUnit XML).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file."
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON_LEVELS),
    default=FAIL_ON_LEVELS[0],
    show_default=True,
    help="Exit 1 when a claim or finding is at or above this level.",
)
@click.option(
    "--since",
    metavar="REF",
    help="Check only articles added or modified since this git ref (committed, staged, "
    "unstaged or untracked); primary documents and claims are used as always.",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Accept the findings and claims recorded in this file: reported, never failing.",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False),
    help="Record every claim and finding that is not supported in this file.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="NEWSVERIFY_CACHE_DIR",
    help="Keep parsed documents here (default: .newsverify/ in the folder holding the PATHs; "
    "env NEWSVERIFY_CACHE_DIR).",
)
@click.option("--no-cache", is_flag=True, help="Parse everything; read and write no cache.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes that parse documents (default: the number of cores, at most 2).",
)
@click.option("--traceback", "show_traceback", is_flag=True, help="Show the full error story.")
@click.version_option(package_name="newsverify")
def main(
    paths: tuple[str, ...],
    claims_path: str | None,
    output_format: str | None,
    output: str | None,
    fail_on: str,
    since: str | None,
    baseline_path: str | None,
    write_baseline_path: str | None,
    cache_dir: str | None,
    no_cache: bool,
    jobs: int | None,
    show_traceback: bool,
) -> None:
    """Check the figures and quotes of news articles against their primary sources.

    PATH may be folders (searched recursively) or files. Exit codes: 0 nothing at or above
    the --fail-on level, 1 something is, 2 bad usage or unreadable input.
    """
    mark("main", "imported")
    # A PATH written since the cache was (an article added): the worker that will parse it
    # is forked now, so that its spaCy import and model load overlap with this process's
    # work. First, the modules both processes need (claims models, pydantic, which spaCy
    # uses too, the parser, and the figure and speech readers, which the checking code
    # uses): the worker inherits them instead of importing them again, ~0.2 s of CPU.
    # Then it is forked before anything only this process needs (the checking and report
    # code, reading the claims, opening the cache).
    from . import analysis, claims, figures, speech  # noqa: F401

    warm_worker = None if no_cache else _fork_if_changed(paths, cache_dir)
    from rich.console import Console

    from .analysis import open_parser
    from .claims import ClaimsFile, load_claims

    errors = Console(stderr=True, highlight=False)
    try:
        claims_source = _claims_source(claims_path)
        claims = load_claims(claims_source) if claims_source else ClaimsFile()
        if since and write_baseline_path:
            raise NewsverifyError("--write-baseline records a full run: drop --since")
        # Git and the baseline are checked before the slow part, so mistakes fail fast.
        check_article_if = _changed_since(paths, since) if since else None
        accepted = _load_baseline(baseline_path) if baseline_path else set()
        note = _note_once()
        parser = open_parser(
            paths,
            lambda: load_analyzer(notify=note),  # loaded only if something is not cached
            cache_dir=cache_dir,
            use_cache=not no_cache,
            jobs=jobs,
            notify=note,
            warm_worker=warm_worker,
        )
        warm_worker = None  # the parser's now
        # A corpus folder written since the cache was: something is probably new, and the
        # model can load in a worker from now on, while this process does the rest.
        parser.warm_up_if_changed(paths)
        from .article_rows import CachedArticles
        from .baseline import apply_baseline, entries, render_baseline
        from .rendered_findings import open_rendering
        from .verification import run_verification

        chosen = output_format or _format_for(output)
        # JSON and markdown can copy each article's cached report text, when no baseline
        # marks single findings; the other formats need every finding.
        as_text = chosen in ("json", "markdown") and not (baseline_path or write_baseline_path)
        # A JSON report to a file is written while the run goes (`json_stream`).
        stream = _json_stream(output) if as_text and chosen == "json" else None
        try:
            with _progress(errors) as progress:
                report = run_verification(
                    paths,
                    claims,
                    parser,
                    progress,
                    check_article_if,
                    store_articles=CachedArticles if as_text else None,
                    sink=stream,
                )
        except BaseException:
            if stream is not None:
                stream.discard()
            raise
        mark("main", "checked")
        if check_article_if:
            _say_checked(report, check_article_if, since or "")
        if write_baseline_path:
            write_atomically(Path(write_baseline_path), render_baseline(report))
            accepted |= {entry.fingerprint for entry in entries(report)}
        apply_baseline(report, accepted)
        if stream is None or not stream.finish(report):
            cache_path = parser.cache.path if parser.cache else None
            rendered = (
                open_rendering(cache_path, parser.version, report) if chosen == "json" else None
            )
            try:
                _emit(report, chosen, output, fail_on, claims_source, rendered)
            finally:
                if rendered is not None:
                    rendered.close()
        mark("main", "written")
    except NewsverifyError as error:
        if show_traceback:
            traceback.print_exc()
        say(f"error: {error}")
        sys.exit(error.exit_status)
    finally:
        if warm_worker is not None:  # the run failed before it could use the worker
            warm_worker.terminate()
            warm_worker.join()
    # Unreadable articles are listed in the report, and named here, one line each.
    for skipped in report.skipped:
        if skipped.unreadable:
            say(f"error: {skipped.path}: {skipped.reason} (skipped)")
    if output:
        from .report import summary

        counts = summary(report)
        errors.print(
            f"verify: wrote {output}: " + ", ".join(f"{counts[v]} {v}" for v in counts),
            markup=False,
        )
    sys.exit(exit_status(report, fail_on))


def run() -> None:
    """The `verify` program (its console script and `python -m newsverify`): `main`, then an
    exit without the interpreter's last full garbage collection, which walked every object
    the run had made (~0.06 s after a warm run of 10,000 articles) only to free memory the
    system takes back anyway. Nothing left then needs a collection to finish its work: the
    report, the cache and its article pack are written and closed, and objects still freed
    one by one as the interpreter empties its modules (files among them) still are."""
    try:
        main(prog_name="verify")
    finally:
        gc.freeze()


def _fork_if_changed(paths: tuple[str, ...], cache_dir: str | None) -> Pool | None:
    """The parse worker of a run that will probably parse something (`parse_workers`)."""
    path = cache_file(paths, cache_dir)
    return fork_if_written_since(paths, path) if path is not None else None


def load_analyzer(notify: Callable[[str], None]) -> Analyzer:
    """The spaCy pipeline, imported only when a run has something to parse."""
    from .pipeline import load_analyzer as load

    return load(notify=notify)


def _note_once() -> Callable[[str], None]:
    """`say` a note, each distinct one once (worker processes and this one may both notice
    that no trained pipeline is installed)."""
    said: set[str] = set()

    def note(message: str) -> None:
        if message not in said:
            said.add(message)
            say(f"note: {message}")

    return note


def say(message: str) -> None:
    """One unwrapped line on stderr, prefixed with the program's name."""
    click.echo(f"verify: {message}", err=True)


def exit_status(report: Report, fail_on: str) -> ExitStatus:
    """BAD_INPUT for unreadable articles, else FINDINGS when any verdict is at or above the
    fail-on level."""
    from .ci_report import FAILING_VERDICTS, fails

    if any(skipped.unreadable for skipped in report.skipped):
        return ExitStatus.BAD_INPUT
    results = [*report.claims, *report.findings]
    # Articles kept as report text were checked without a baseline: their verdicts decide.
    stored = (verdict for article in report.articles for verdict, _ in article.counts)
    if any(fails(r, fail_on) for r in results) or any(
        verdict in FAILING_VERDICTS[fail_on] for verdict in stored
    ):
        return ExitStatus.FINDINGS
    return ExitStatus.OK


def _claims_source(claims_path: str | None) -> str | None:
    """The claims file to read: --claims, else ./claims.yaml when present, else none."""
    if claims_path:
        return claims_path
    return DEFAULT_CLAIMS if Path(DEFAULT_CLAIMS).is_file() else None


def _load_baseline(path: str) -> set[str]:
    from .baseline import load_baseline

    return load_baseline(path)


def _changed_since(paths: tuple[str, ...], ref: str) -> Callable[[Listed], bool]:
    from .changes import changed_files

    changed = changed_files(paths, ref)
    return lambda document: os.path.realpath(document.path) in changed


def _say_checked(report: Report, check: Callable[[Listed], bool], ref: str) -> None:
    primary = {d.doc_id for d in report.primary}
    articles = [d for d in report.documents if d.doc_id not in primary]
    checked = sum(1 for d in articles if check(d))
    say(f"note: --since {ref}: checking {checked} of {len(articles)} articles (changed ones)")


def _json_stream(output: str | None) -> JsonReportStream | None:
    """A stream for the JSON report to `output`, when that is a file to replace: not the
    terminal, and not a device or a pipe, which would keep a half report if the run failed."""
    if output is None or (os.path.exists(output) and not os.path.isfile(output)):
        return None
    from .json_stream import JsonReportStream

    return JsonReportStream(Path(output))


def _format_for(output: str | None) -> str:
    if output:
        suffix = Path(output).suffix.lower()
        return {".json": "json", ".xml": "junit"}.get(suffix, "markdown")
    return "table" if sys.stdout.isatty() else "markdown"


def _emit(
    report: Report,
    output_format: str,
    output: str | None,
    fail_on: str,
    claims: str | None,
    rendered: RenderedFindings | None = None,
) -> None:
    from rich.console import Console

    from .article_spool import SpoolRange
    from .ci_report import render_github, render_junit
    from .report import iter_json_bytes, iter_markdown_bytes, render_table

    if output_format == "table" and not output:
        render_table(report, Console(highlight=False))
        return
    text: str | Iterable[str] | Iterable[bytes | SpoolRange]
    if output_format == "table":
        console = Console(record=True, width=120, file=open(os.devnull, "w"))  # noqa: SIM115
        render_table(report, console)
        text = console.export_text()
    elif output_format == "github":
        text = render_github(report, fail_on, claims)
    elif output_format == "junit":
        text = render_junit(report, fail_on, claims)
    else:
        # JSON and markdown are written as rendered: a large corpus's report is hundreds of MB.
        # Bytes: cached articles' text is copied as stored, not decoded and encoded again.
        as_json = output_format == "json"
        text = iter_json_bytes(report, rendered) if as_json else iter_markdown_bytes(report)
    if output:
        write_atomically(Path(output), text)
    else:
        for piece in [text] if isinstance(text, str) else text:
            click.echo(piece.read() if isinstance(piece, SpoolRange) else piece, nl=False)


def write_atomically(path: Path, text: str | Iterable[str | bytes | SpoolRange]) -> None:
    """Write via a temporary file and rename, so an interrupted run leaves no half report.
    Text is written as UTF-8; pieces may be text, UTF-8 bytes or spooled article text.

    An existing path that is not a regular file (/dev/null, a pipe) is written in place:
    renaming over it would replace the device itself.
    """
    from .article_spool import write_pieces

    pieces = _utf8([text] if isinstance(text, str) else text)
    if path.exists() and not path.is_file():
        with open(path, "wb", buffering=0) as stream:
            write_pieces(stream.fileno(), pieces)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb", buffering=0) as stream:
            write_pieces(stream.fileno(), pieces)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _utf8(pieces: Iterable[str | bytes | SpoolRange]) -> Iterator[bytes | SpoolRange]:
    for piece in pieces:
        yield piece.encode("utf-8") if isinstance(piece, str) else piece


@contextmanager
def _progress(console: Console) -> Iterator[ProgressCallback | None]:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("documents", total=None)

        def update(done: int, total: int) -> None:
            if total >= PROGRESS_MIN_DOCUMENTS:
                bar.update(task, completed=done, total=total)

        yield update
