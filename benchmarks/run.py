"""Benchmark: validation, site build and search at 100, 1,000 and 5,000 synthetic events.

Run by hand (it takes a while), not in the test suite:

    python benchmarks/run.py                    # 100 1000 5000 events, writes benchmarks/RESULTS.md
    python benchmarks/run.py --events 100 1000  # a quicker run

For each size it measures `ocpkb validate`, `ocpkb build` (time, peak memory, size on disk), the
bytes a browser downloads before the first search result and how long that result takes, and, as
the baseline in the same run, plain `mkdocs build` with Material (default search plugin) on the
same pages, written out as ordinary Markdown files, with the same nav.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from browser import browser_page, search, serve  # noqa: E402

from ocpkb.kb import load_knowledge_base  # noqa: E402
from ocpkb.site import generate  # noqa: E402
from ocpkb.synth import synthesize, write_knowledge_base  # noqa: E402

SEARCH_QUERY = "Accelerator"  # in a session title of almost every synthetic event: the slowest kind of query
SEARCH_RUNS = 3
VALIDATE_RUNS = 5  # timings on a shared 2-core machine vary by up to ±40%: the fastest and the median are shown
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Run:
    seconds: float
    peak_mb: float


def timed(command: list[str], cwd: Path = ROOT) -> Run:
    """Wall time and peak resident memory of a command (and the children it waits for)."""
    with tempfile.TemporaryFile() as log:  # a pipe would fill up and block a chatty build
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            log.seek(0)
            raise SystemExit(f"failed: {' '.join(command)}\n{log.read().decode()[-5000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def baseline_project(data_dir: Path, folder: Path) -> Path:
    """The same pages as ordinary Markdown files in a plain MkDocs + Material project."""
    pages, _ = generate(load_knowledge_base(data_dir), "/")
    docs = folder / "docs"
    for page in pages:
        target = docs / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown(), encoding="utf-8")
    nav = "\n".join(f"  - {title}: {path}" for title, path in [
        ("Home", "index.md"), ("Events", "events/index.md"), ("Organizations", "organizations/index.md"),
        ("People", "people/index.md"), ("Topics", "topics/index.md"), ("Series", "series/index.md"),
        ("Years", "years/index.md"), ("Charts", "charts.md")])
    (folder / "mkdocs.yml").write_text(
        f"site_name: Baseline\ntheme:\n  name: material\n  font: false\nnav:\n{nav}\n", encoding="utf-8")
    return folder


def first_search_result(site: Path, query: str = SEARCH_QUERY) -> tuple[float, float, float]:
    """(KB downloaded from opening the home page to the first result of the query in its header search
    box, of which search files, seconds to it)."""
    with serve(site) as url, browser_page() as page:
        sizes: dict[str, int] = {}
        page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body() or b"")))
        _, seconds = search(page, url, query)
        page.wait_for_timeout(200)
    search_bytes = sum(size for address, size in sizes.items() if "/pagefind/" in address)
    return sum(sizes.values()) / 1000, search_bytes / 1000, seconds


def measure(events: int, work: Path) -> dict:
    data = work / f"kb-{events}"
    write_knowledge_base(synthesize(events, seed=1), data)
    pages = sum(1 for _ in data.glob("events/*.yml"))
    validations = sorted((timed([sys.executable, "-m", "ocpkb", "validate", "--data", str(data)])
                          for _ in range(VALIDATE_RUNS if events <= 1000 else 1)), key=lambda run: run.seconds)
    validate = validations[0]
    site = work / f"site-{events}"
    build = timed([sys.executable, "-m", "ocpkb", "build", "--data", str(data), "--site-dir", str(site)])
    html_pages = sum(1 for _ in site.rglob("*.html")) - len(list((site / "pagefind").rglob("*.html")))
    searches = [first_search_result(site) for _ in range(SEARCH_RUNS)]  # each in a new browser: nothing cached
    total_kb, search_kb, _ = searches[0]
    search_seconds = statistics.median(seconds for _, _, seconds in searches)
    baseline = baseline_project(data, work / f"baseline-{events}")
    plain = timed([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(baseline / "site")], cwd=baseline)
    lunr_index = baseline / "site" / "search" / "search_index.json"
    result = {
        "events": events, "event files": pages, "pages": html_pages,
        "validate s": validate.seconds, "validate median s": statistics.median(run.seconds for run in validations),
        "validate MB": validate.peak_mb,
        "build s": build.seconds, "build MB": build.peak_mb, "site MB": folder_mb(site),
        "search KB": search_kb, "page+search KB": total_kb, "first result s": search_seconds,
        "baseline build s": plain.seconds, "baseline MB": plain.peak_mb, "baseline site MB": folder_mb(baseline / "site"),
        "lunr index KB": lunr_index.stat().st_size / 1000 if lunr_index.exists() else float("nan"),
    }
    shutil.rmtree(site)
    shutil.rmtree(baseline)
    print(result, flush=True)
    return result


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    import mkdocs
    import material

    return (f"{os.cpu_count()} cores ({cpu}), {int(memory) / 1024 / 1024:.0f} GiB, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, MkDocs {mkdocs.__version__}, "
            f"Material {material.__version__}")


COLUMNS = [("events", "{:,}"), ("pages", "{:,}"), ("validate s", "{:.2f}"), ("validate median s", "{:.2f}"),
           ("build s", "{:.1f}"), ("baseline build s", "{:.1f}"), ("build MB", "{:,.0f}"), ("baseline MB", "{:,.0f}"),
           ("site MB", "{:,.0f}"), ("baseline site MB", "{:,.0f}"), ("search KB", "{:,.0f}"), ("page+search KB", "{:,.0f}"),
           ("lunr index KB", "{:,.0f}"), ("first result s", "{:.2f}")]


def table(results: list[dict]) -> str:
    lines = ["| " + " | ".join(name for name, _ in COLUMNS) + " | build / baseline |",
             "|" + "---|" * (len(COLUMNS) + 1)]
    for result in results:
        cells = [fmt.format(result[name]) for name, fmt in COLUMNS]
        lines.append("| " + " | ".join(cells) + f" | {result['build s'] / result['baseline build s']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocpkb-bench-") as work:
        results = [measure(events, Path(work)) for events in args.events]
    text = (f"# Benchmark results\n\nMachine: {machine()}.\nCommand: `python benchmarks/run.py --events "
            f"{' '.join(map(str, args.events))}`; date: {time.strftime('%Y-%m-%d')}.\n\n{table(results)}\n")
    notes = notes_below_the_table(args.out.read_text(encoding="utf-8")) if args.out.exists() else ""
    args.out.write_text(text + notes, encoding="utf-8")
    print(text)
    if notes:
        print(f"{args.out}: the notes below the table were kept; bring their numbers up to date")


def notes_below_the_table(results_md: str) -> str:
    """The hand-written analysis after the first table of RESULTS.md, which a new run keeps."""
    lines = results_md.splitlines(keepends=True)
    in_table = False
    for number, line in enumerate(lines):
        if line.startswith("|"):
            in_table = True
        elif in_table:
            return "".join(lines[number:])
    return ""


if __name__ == "__main__":
    main()
