"""MkDocs hook: the thin shell between MkDocs and the site stage.

Loaded by `hooks:` in mkdocs.yml, so `mkdocs build` and `mkdocs serve` work on
their own; all the work happens in plain modules of the ocpkb package.
"""

from __future__ import annotations

import logging
import os
import posixpath
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `mkdocs build` without installing

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from ocpkb.problems import format_problems  # noqa: E402
from ocpkb.site import generate  # noqa: E402
from ocpkb.site.pages import put_back_html  # noqa: E402
from ocpkb.site.search import index_site  # noqa: E402
from ocpkb.sitedir import check_site_dir  # noqa: E402
from ocpkb.validate import load_and_validate  # noqa: E402

log = logging.getLogger("mkdocs.plugins.ocpkb")
MAX_PROBLEMS_SHOWN = 20
_html_blocks: dict[str, list[str]] = {}  # generated page -> its raw HTML blocks, put back after Markdown


def data_dir(config) -> Path:
    """OCPKB_DATA (set by `ocpkb build --data`), else data/ beside mkdocs.yml."""
    project = Path(config.config_file_path).resolve().parent
    return Path(os.environ.get("OCPKB_DATA") or project / "data")


def on_config(config):
    check_site_dir(config, data_dir(config))  # before MkDocs empties the site folder


def on_files(files, config):
    kb, problems = load_and_validate(data_dir(config))
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        shown = format_problems(errors[:MAX_PROBLEMS_SHOWN], "text")
        raise PluginError(f"the knowledge base has {len(errors)} problem(s); run `ocpkb validate`:\n{shown}")
    if problems:  # warnings (possible duplicates): at INFO level, which --strict does not count
        log.info(f"the knowledge base has {len(problems)} warning(s), such as possible duplicates; "
                 "`ocpkb validate` lists them")
    pages, exports = generate(kb, config.site_url or "/")
    docs_dir = Path(config.docs_dir).resolve()
    project = Path(config.config_file_path).resolve().parent
    _html_blocks.clear()
    for page in pages:
        if files.get_file_from_path(page.src_uri):
            raise PluginError(f"docs/{page.src_uri} clashes with a page generated from the data; rename or remove it")
        markdown, _html_blocks[page.src_uri] = page.markdown_without_html()
        file = File.generated(config, page.src_uri, content=markdown)
        file.edit_uri = posixpath.relpath((project / page.edit_path).as_posix(), docs_dir.as_posix()) if page.edit_path else None
        files.append(file)
    for path, content in exports.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html, page, config, files):
    blocks = _html_blocks.get(page.file.src_uri)
    return put_back_html(html, blocks) if blocks else html


def on_serve(server, config, builder):
    server.watch(str(data_dir(config)))


def on_post_build(config):
    index_site(config.site_dir)
