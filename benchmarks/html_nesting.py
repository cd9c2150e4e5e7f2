"""Is reading HTML linear in the size of the page, however deep its nesting?

Reads pages of nested elements (`<div>` inside `<div>`, and menus around an article) from 128 KB to
1 MB with the ingest HTML reader, and prints the median of three runs per size and the CPU time per
KB: linear means the last column stays flat. Run by hand (about a minute):

    python benchmarks/html_nesting.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from ocpkb.ingest.read import Source, read_html  # noqa: E402

SIZES_KB = (128, 256, 512, 1024)
SHAPES = {
    "nested divs": ("<div>", "OCP Summit 2024 was held in Berlin.", "</div>"),
    "menus around the article": ('<div class="menu">', "<article><p>OCP Summit 2024 was held in Berlin.</p></article>",
                                 "</div>"),
}


def page(shape: tuple[str, str, str], kilobytes: int) -> str:
    opening, middle, closing = shape
    depth = (kilobytes * 1024 - len(middle)) // (len(opening) + len(closing))
    return opening * depth + middle + closing * depth


def median_seconds(text: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds (CPU time says more on a machine shared with other work)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = read_html(text, "bench.html")
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert isinstance(result, Source) and "Berlin" in result.text, result
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print("| page | size | elements | wall s | CPU s | CPU ms per KB |")
    print("|---|---|---|---|---|---|")
    for name, shape in SHAPES.items():
        for kilobytes in SIZES_KB:
            text = page(shape, kilobytes)
            wall, cpu = median_seconds(text, runs)
            print(f"| {name} | {kilobytes} KB | {text.count('<') - text.count('</'):,} | {wall:.2f} | {cpu:.2f} | "
                  f"{cpu * 1000 / kilobytes:.1f} |", flush=True)


if __name__ == "__main__":
    main()
