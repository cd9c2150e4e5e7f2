"""The ocpkb MkDocs plugin: the thin shell between MkDocs and the site stage.

`mkdocs build`, `mkdocs serve`, `ocpkb build` and `ocpkb serve` all run it; the work is
done by plain modules (`ocpkb.site` makes the pages, `ocpkb.preview` keeps them up to
date while serving).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from ..problems import format_problems
from ..progress import Progress
from ..site import generate
from ..site.pages import put_back_html
from ..site.search import index_site
from ..sitedir import check_site_dir
from ..validate import load_and_validate
from .config import OcpkbConfig
from .files import add_generated

log = logging.getLogger("mkdocs.plugins.ocpkb")
MAX_PROBLEMS_SHOWN = 20
PROGRESS_FROM_PAGES = 1000  # smaller sites build in seconds
PLUGIN_NAME = "ocpkb"


class OcpkbPlugin(BasePlugin[OcpkbConfig]):
    def __init__(self):
        self.serving = False
        self.preview = None  # ocpkb.preview.Preview while serving: it outlives each build
        self.html_blocks: dict[str, list[str]] = {}  # generated page -> its raw HTML blocks, put back after Markdown
        self.progress: Progress | None = None

    def on_startup(self, *, command, dirty):
        """Defining on_startup also keeps this object alive across the rebuilds of `mkdocs serve`."""
        self.serving = command == "serve"
        self.preview = None

    def on_config(self, config):
        check_site_dir(config, self.config.data_)  # before MkDocs empties the site folder

    def on_files(self, files, config):
        data_dir = Path(self.config.data_)
        if self.serving:
            from ..preview import Preview

            if self.preview is None or self.preview.data_dir != data_dir:
                if self.preview:
                    self.preview.stop()
                self.preview = Preview(data_dir, self.html_blocks)
            files = self.preview.on_files(files, config)
        else:
            kb, problems = load_and_validate(data_dir)
            errors = [problem for problem in problems if problem.is_error]
            if errors:
                shown = format_problems(errors[:MAX_PROBLEMS_SHOWN], "text")
                raise PluginError(f"the knowledge base has {len(errors)} problem(s); run `ocpkb validate`:\n{shown}")
            if problems:  # warnings (possible duplicates): at INFO level, which --strict does not count
                log.info(f"the knowledge base has {len(problems)} warning(s), such as possible duplicates; "
                         "`ocpkb validate` lists them")
            pages, exports = generate(kb, config.site_url or "/")
            files = add_generated(files, config, pages, exports, self.html_blocks)
        pages_to_render = len(files.documentation_pages())
        self.progress = Progress("rendering pages", pages_to_render) if pages_to_render > PROGRESS_FROM_PAGES else None
        return files

    def on_nav(self, nav, config, files):
        if self.preview:
            self.preview.nav = nav

    def on_page_content(self, html, page, config, files):
        blocks = self.html_blocks.get(page.file.src_uri)
        return put_back_html(html, blocks) if blocks else html

    def on_env(self, env, config, files):
        if self.preview:
            self.preview.env, self.preview.files = env, files

    def on_post_page(self, output, page, config):
        if self.progress:
            self.progress.advance()
        return output

    def on_post_build(self, config):
        if self.progress:
            self.progress.close()
            self.progress = None
        if self.preview:
            self.preview.on_post_build(config)
        else:
            index_site(config.site_dir)

    def on_build_error(self, error):
        if self.progress:
            self.progress.close()
            self.progress = None

    def on_serve(self, server, config, builder):
        return self.preview.attach(server, builder) if self.preview else server

    def on_shutdown(self):
        if self.preview:
            self.preview.stop()


def load_site_config(config_file: Path, data_dir: Path | None = None, **overrides):
    """mkdocs.yml loaded as MkDocs loads it, with the ocpkb plugin's data folder set to `data_dir`
    when given (what `--data` does)."""
    config = load_config(config_file=str(config_file), **overrides)
    plugin = config.plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, OcpkbPlugin):
        raise PluginError(f"{config_file} does not use the ocpkb plugin; add `plugins: [ocpkb: {{data: data}}]`")
    if data_dir is not None:
        plugin.config.data_ = str(Path(data_dir).resolve())
    return config
