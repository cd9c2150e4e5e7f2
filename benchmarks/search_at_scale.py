"""Search among thousands of events: does the header box still find the right pages, and how many
bytes does a visitor download before the first result?

Merges the browser tests' knowledge base (tests/site_kb/) into a synthetic one of N events, builds
the site, then for each query opens an event page in a new Chromium (nothing cached), enters the
query into the header box and records the bytes loaded until its results show: all of them, and
those of Pagefind (engine, metadata, index chunks, result fragments). A query is entered at once (as
an input method commits Chinese, or a paste), then typed key by key at three speeds, which also loads
the index chunks and results of what the box searched for at pauses in the typing. Run by hand (a build of 5,000 events
takes minutes):

    python benchmarks/search_at_scale.py [--events 1000] [--runs 3] [--site DIR]

With --site, the site is built into DIR once and reused by later runs with the same DIR (a run
then measures the search script of this worktree, copied over the built one).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE_KB = ROOT / "tests" / "site_kb"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from browser import browser_page, search, serve  # noqa: E402

from ocpkb.synth import synthesize, write_knowledge_base  # noqa: E402

SEARCH_SCRIPT = "ocpkb-search.js"
START = "events/oai-salon-2021-beijing/"  # the page the visitor searches from
# (query, a page the header box must show for it): the browser tests' cases, and the synthetic
# data's most frequent title word, which makes Pagefind rank thousands of matches.
QUERIES = [
    ("赵帅", "/events/open-compute-china-summit-2024/"),
    ("Inspur", "/events/oai-salon-2021-beijing/"),
    ("浪潮", "/events/open-compute-china-summit-2024/"),
    ("燧原", "/events/oai-salon-2021-beijing/"),
    ("开放加速器模块", "/events/liquid-cooling-workshop-2023/"),
    ("北京", "/events/oai-salon-2021-beijing/"),
    ("Lakeside Thermal", "/events/liquid-cooling-workshop-2023/"),
    ("Accelerator", None),
]


def merged_knowledge_base(events: int, folder: Path) -> Path:
    data = folder / "data"
    write_knowledge_base(synthesize(events, seed=1), data)
    for registry in ("organizations", "people", "topics", "series"):
        entries = yaml.safe_load((SITE_KB / f"{registry}.yml").read_text(encoding="utf-8"))
        with (data / f"{registry}.yml").open("a", encoding="utf-8") as stream:
            stream.write(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))
    for folder_name in ("events", "talks", "images"):
        shutil.copytree(SITE_KB / folder_name, data / folder_name, dirs_exist_ok=True)
    return data


# How the query goes into the box: at once, or typed with this many milliseconds between keys (a fast
# typist, about 80 words a minute; an average one, about 50; a slow one, about 25).
ENTRY = [("at once", None), ("typed, 120 ms a key", 120), ("typed, 250 ms a key", 250), ("typed, 450 ms a key", 450)]


def first_results(site_url: str, query: str, key_delay_ms: float | None) -> tuple[list[str], float, dict[str, int]]:
    """In a new browser: the addresses shown, seconds to them, and the bytes of each file loaded."""
    with browser_page() as page:
        sizes: dict[str, int] = {}
        page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body() or b"")))
        shown, seconds = search(page, site_url, query, start=START, typed=key_delay_ms is not None,
                                key_delay_ms=key_delay_ms or 0)
    return shown, seconds, sizes


def kilobytes(sizes: dict[str, int], part: str = "") -> str:
    return f"{sum(size for address, size in sizes.items() if part in address) / 1000:,.0f}"


def search_files(sizes: dict[str, int]) -> str:
    """What Pagefind loaded, by kind of file: 'pagefind.js 45, wasm 68, ...' (KB)."""
    kinds: dict[str, int] = {}
    for address, size in sizes.items():
        if "/pagefind/" in address:
            name = address.split("/pagefind/", 1)[1].split("?")[0]
            kind = name.split("/")[0] if "/" in name else name.split(".")[0] if name.startswith("wasm") else (
                "metadata" if name.endswith(".pf_meta") else name)
            kinds[kind] = kinds.get(kind, 0) + size
    return ", ".join(f"{kind} {size / 1000:,.0f}" for kind, size in sorted(kinds.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="browsers per query; the median time is shown")
    parser.add_argument("--site", type=Path, help="build the site here, or reuse the one built here before")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocpkb-search-") as work:
        site = args.site or Path(work) / "site"
        if (site / "pagefind").is_dir():
            shutil.copy(ROOT / "docs" / "assets" / SEARCH_SCRIPT, site / "assets" / SEARCH_SCRIPT)
        else:
            data = merged_knowledge_base(args.events, Path(work))
            subprocess.run([sys.executable, "-m", "ocpkb", "build", "--data", str(data), "--site-dir", str(site)],
                           cwd=ROOT, check=True, capture_output=True)
        pages = sum(1 for _ in site.rglob("index.html"))
        print(f"{args.events} synthetic events + tests/site_kb: {pages:,} pages\n")
        print("| query | entered | expected page shown | results shown | results s | page+search KB | search KB | "
              "search files KB |")
        print("|---|---|---|---|---|---|---|---|")
        failures = 0
        with serve(site) as url:
            for query, expected in QUERIES:
                for entered, key_delay_ms in ENTRY:
                    runs = [first_results(url, query, key_delay_ms) for _ in range(args.runs)]
                    shown, _, sizes = runs[0]
                    found = expected is None or any(address.endswith(expected) for address in shown)
                    failures += not found
                    seconds = statistics.median(run[1] for run in runs)
                    print(f"| {query} | {entered} | {'–' if expected is None else 'yes' if found else 'NO'} | "
                          f"{len(shown)} | {seconds:.2f} | {kilobytes(sizes)} | {kilobytes(sizes, '/pagefind/')} | "
                          f"{search_files(sizes)} |", flush=True)
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
