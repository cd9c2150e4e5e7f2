"""Do the site's English and Chinese searches still find the right pages among 1,000 events?

Merges the real knowledge base (data/) into a synthetic one of N events, builds the site, and runs
the queries of the browser tests in Chromium. Run by hand (a build takes minutes):

    python benchmarks/search_at_scale.py [--events 1000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from browser import browser_page, search, serve  # noqa: E402
from test_browser import SEARCHES  # noqa: E402

from ocpkb.synth import synthesize, write_knowledge_base  # noqa: E402


def merged_knowledge_base(events: int, folder: Path) -> Path:
    data = folder / "data"
    write_knowledge_base(synthesize(events, seed=1), data)
    for registry in ("organizations", "people", "topics", "series"):
        real = (ROOT / "data" / f"{registry}.yml").read_text(encoding="utf-8")
        entries = yaml.safe_load(real)
        with (data / f"{registry}.yml").open("a", encoding="utf-8") as stream:
            stream.write(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))
    for folder_name in ("events", "talks"):
        (data / folder_name).mkdir(exist_ok=True)
        for path in (ROOT / "data" / folder_name).glob("*.yml"):
            (data / folder_name / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocpkb-search-") as work:
        data = merged_knowledge_base(args.events, Path(work))
        site = Path(work) / "site"
        subprocess.run([sys.executable, "-m", "ocpkb", "build", "--data", str(data), "--site-dir", str(site)],
                       cwd=ROOT, check=True, capture_output=True)
        failures = 0
        with serve(site) as url, browser_page() as page:
            for query, expected in SEARCHES:
                results, seconds = search(page, url, query)
                found = any(href.endswith(expected) for href in results[:5])
                failures += not found
                print(f"{'ok ' if found else 'MISS'} {query!r:>12} -> {expected} in the first 5 results "
                      f"({seconds:.2f} s to the first result)")
        print(f"{len(SEARCHES) - failures} of {len(SEARCHES)} queries found their page among {args.events} synthetic events")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
