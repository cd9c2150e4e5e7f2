"""Site stage: a valid knowledge base -> pages and other files (exports, pictures). MkDocs only sees the result."""

from __future__ import annotations

from ..kb import KnowledgeBase
from .crossref import cross_reference
from .exports import export_files
from .media import picture_files
from .pages import Page, all_pages
from .render import Site
from .search import Glossary


def generate(kb: KnowledgeBase, base_url: str) -> tuple[list[Page], dict[str, bytes]]:
    site = Site(kb, cross_reference(kb), Glossary.of(kb))
    return all_pages(site), other_files(site, base_url)


def other_files(site: Site, base_url: str) -> dict[str, bytes]:
    """Everything but the pages: the exports and the pictures the data folder holds."""
    return export_files(site, base_url) | picture_files(site.kb)
