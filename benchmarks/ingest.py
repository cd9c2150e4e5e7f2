"""Benchmark: ingest every recap of ../shared/corpus (read, extract, resolve, draft; nothing written)
and report documents per second. Run by hand:

    python benchmarks/ingest.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from ocpkb.ingest.draft import draft_files  # noqa: E402
from ocpkb.ingest.lexicon import build_lexicon  # noqa: E402
from ocpkb.ingest.merge import merged_text  # noqa: E402
from ocpkb.ingest.pipeline import Failure, run_stages  # noqa: E402
from ocpkb.ingest.read import FORMATS  # noqa: E402
from ocpkb.kb import load_knowledge_base  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS and p.name != "README.md")
    if not files:
        print(f"skipped: no recaps in {corpus}. This benchmark needs the shared corpus of real recaps "
              "(../shared/corpus beside the repository), or a folder of recaps as its argument.")
        return
    kb = load_knowledge_base(ROOT / "data")
    lexicon = build_lexicon(kb)
    for path in files[::25]:  # warm up across the corpus: place names, word lists and dictionaries load once, on first use
        run_stages(path, lexicon)
    started, cpu_started = time.perf_counter(), time.process_time()
    failed = 0
    for path in files:
        result = run_stages(path, lexicon)
        if isinstance(result, Failure):
            failed += 1
            continue
        for change in draft_files(result, kb):
            merged_text(change, None)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{len(files)} documents ({failed} without an event) in {seconds:.2f} s: {len(files) / seconds:.0f} documents/s "
          f"({cpu_seconds:.2f} s of CPU: {len(files) / cpu_seconds:.0f} documents per CPU second, the figure that holds "
          "on a shared machine)")


if __name__ == "__main__":
    main()
