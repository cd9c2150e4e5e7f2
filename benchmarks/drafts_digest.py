"""A digest of what ingest drafts for every recap in some folders, to prove that a change keeps
every draft the same (a refactor, a speed-up, a word list folded into another) or to list the
recaps whose drafts it changed.

Each recap is run through all stages (read, extract, resolve, draft) against the fixed evaluation
registry (`tests/ingest/registry`), nothing written; its digest is the SHA-256 of the draft files'
text, or of the reason a stage gave up. Run it before and after the change, then compare:

    python benchmarks/drafts_digest.py ../shared/corpus ../devset > /tmp/before.json
    # ... the change ...
    python benchmarks/drafts_digest.py ../shared/corpus ../devset > /tmp/after.json
    python benchmarks/drafts_digest.py --compare /tmp/before.json /tmp/after.json

`--compare` prints the recaps whose drafts differ and exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from ocpkb.ingest.draft import draft_files  # noqa: E402
from ocpkb.ingest.lexicon import build_lexicon  # noqa: E402
from ocpkb.ingest.merge import merged_text  # noqa: E402
from ocpkb.ingest.pipeline import Failure, run_stages  # noqa: E402
from ocpkb.ingest.read import FORMATS  # noqa: E402
from ocpkb.kb import load_knowledge_base  # noqa: E402

REGISTRY = ROOT / "tests" / "ingest" / "registry"


def recaps(folders: list[Path]) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*")
                  if path.is_file() and path.suffix.lower() in FORMATS and path.name != "README.md")


def digests(folders: list[Path]) -> dict[str, str]:
    kb = load_knowledge_base(REGISTRY)
    lexicon = build_lexicon(kb)
    found = {}
    for path in recaps(folders):
        result = run_stages(path, lexicon)
        text = f"refused: {result}" if isinstance(result, Failure) \
            else "".join(merged_text(change, None) for change in draft_files(result, kb))
        found[str(path.resolve())] = hashlib.sha256(text.encode()).hexdigest()
    return found


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The recaps in both digests whose drafts differ, then those in only one of them."""
    return [path for path in before if path in after and before[path] != after[path]] \
        + sorted(set(before) ^ set(after))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of recaps (default: ../shared/corpus)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="two digests to compare")
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(path.read_text()) for path in args.compare)
        differing = changed(before, after)
        print("\n".join(differing) or f"the same drafts for all {len(after)} recaps")
        return 1 if differing else 0
    folders = args.folders or [ROOT.parent / "shared" / "corpus"]
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        print(f"no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    json.dump(digests(folders), sys.stdout, indent=0, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
