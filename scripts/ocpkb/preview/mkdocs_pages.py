"""Writing single pages into a site MkDocs has built, as MkDocs' own build writes them.

MkDocs has no public call for one page, so this uses the two steps its `build` runs for every
page (`_populate_page`: Markdown to HTML; `_build_page`: the theme's template, written to
site_dir). MkDocs 1.x is no longer developed and pyproject.toml keeps it below 2.0, so these
stay as they are; tests compare the result with a full build byte for byte.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.commands.build import _build_page, _build_theme_template, _populate_page
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.pages import Page as MkDocsPage

from ..plugin.files import edit_uri
from ..site.pages import Page


class BuiltSite:
    """What MkDocs made in the last full build, kept to write pages into it afterwards."""

    def __init__(self, config, files, nav, env, html_blocks: dict[str, list[str]], exports: set[str]):
        self.config, self.files, self.nav, self.env = config, files, nav, env
        self.html_blocks = html_blocks
        self.exports = exports  # src_uris of the export files

    def write_pages(self, changed: list[Page], removed: list[str], order: list[str]) -> None:
        """Write the changed pages, remove the removed ones; `order` is every generated page's
        src_uri in the order a full build adds them (the sitemap lists them in that order)."""
        added = [page for page in changed if self.files.get_file_from_path(page.src_uri) is None]
        for src_uri in removed:
            self._remove(src_uri)
        for page in changed:
            file = self._file_for(page)
            _populate_page(file.page, self.config, self.files)
        if added or removed:
            self._put_in_order(order)
        documentation = self.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        for page in changed:
            file = self.files.get_file_from_path(page.src_uri)
            _build_page(file.page, self.config, documentation, self.nav, self.env)
        if added or removed:  # the sitemap lists every page
            for template in self.config.theme.static_templates:
                _build_theme_template(template, self.env, self.files, self.config, self.nav)

    def _put_in_order(self, order: list[str]) -> None:
        """Files as a full build has them: docs and theme files, the pages, then the exports."""
        generated = [self.files.get_file_from_path(src_uri) for src_uri in order]
        known = set(order) | set(self.exports)
        others = [file for file in self.files if file.src_uri not in known]
        exports = [file for file in self.files if file.src_uri in self.exports]
        self.files = Files(others + generated + exports)

    def _file_for(self, page: Page) -> File:
        markdown, self.html_blocks[page.src_uri] = page.markdown_without_html()
        file = self.files.get_file_from_path(page.src_uri)
        if file is None:
            file = File.generated(self.config, page.src_uri, content=markdown)
            file.edit_uri = edit_uri(self.config, page.edit_path) if page.edit_path else None
            set_exclusions([file], self.config)
            self.files.append(file)
            MkDocsPage(None, file, self.config)
        else:
            file.content_string = markdown
        return file

    def _remove(self, src_uri: str) -> None:
        self.html_blocks.pop(src_uri, None)
        file = self.files.get_file_from_path(src_uri)
        if file is None:
            return
        self.files.remove(file)
        output = Path(file.abs_dest_path)
        output.unlink(missing_ok=True)
        folder = output.parent
        while folder != Path(self.config.site_dir) and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent

    def write_file(self, path: str, content: bytes) -> None:
        """An export (events.ics, kb.json, ...), written only when it changed."""
        file = self.files.get_file_from_path(path)
        if file is not None:
            file.content_bytes = content
        target = Path(self.config.site_dir) / path
        if target.exists() and target.read_bytes() == content:
            return
        os.makedirs(target.parent, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(content)
        os.replace(temporary, target)
