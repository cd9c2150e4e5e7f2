"""Search index: Pagefind (extended build, which segments Chinese) run over the built site.

Why Pagefind and not Material's lunr search: lunr loads one index of every page
before the first result (MBs at 1,000 events) and, with `lang: [en, zh]`, lost
English words on mixed pages; Pagefind loads small index chunks on demand and
segments Chinese. See README, "Search".
"""

from __future__ import annotations

import subprocess
import sys

from mkdocs.exceptions import PluginError

# Chinese text is segmented only when the index language is Chinese; English words
# are indexed the same either way (no stemming), so one mixed index serves both.
INDEX_LANGUAGE = "zh"


def index_site(site_dir: str, output_dir: str | None = None) -> None:
    """Index the site into site_dir/pagefind, or into `output_dir` (the preview swaps it in)."""
    command = [sys.executable, "-m", "pagefind", "--site", site_dir, "--force-language", INDEX_LANGUAGE,
               "--exclude-selectors", ".headerlink", "--silent"]
    if output_dir:
        command += ["--output-path", output_dir]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"search indexing failed: {' '.join(command)}\n{result.stdout}{result.stderr}")
