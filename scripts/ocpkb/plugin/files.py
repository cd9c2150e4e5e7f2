"""Generated pages and exports as MkDocs files (`File.generated`: nothing is written to docs/)."""

from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..site.pages import Page


def page_file(config, page: Page, html_blocks: dict[str, list[str]]) -> File:
    """The page as a MkDocs file whose "edit" link opens the YAML file it comes from. Its raw HTML
    blocks wait in `html_blocks` while Python-Markdown renders the rest (see `Page.markdown_without_html`)."""
    markdown, html_blocks[page.src_uri] = page.markdown_without_html()
    file = File.generated(config, page.src_uri, content=markdown)
    file.edit_uri = edit_uri(config, page.edit_path) if page.edit_path else None
    return file


def edit_uri(config, edit_path: str) -> str:
    """The YAML file's path relative to docs/, which MkDocs joins to `edit_uri` (edit/main/docs/)."""
    project = Path(config.config_file_path).resolve().parent
    return posixpath.relpath((project / edit_path).as_posix(), Path(config.docs_dir).resolve().as_posix())


def add_generated(files: Files, config, pages: list[Page], exports: dict[str, bytes],
                  html_blocks: dict[str, list[str]]) -> Files:
    for page in pages:
        if files.get_file_from_path(page.src_uri):
            raise PluginError(f"docs/{page.src_uri} clashes with a page generated from the data; rename or remove it")
        files.append(page_file(config, page, html_blocks))
    for path, content in exports.items():
        files.append(File.generated(config, path, content=content))
    return files
