"""Site stage: a valid knowledge base -> pages and export files. MkDocs only sees the result."""

from __future__ import annotations

from ..kb import KnowledgeBase
from .crossref import cross_reference
from .exports import export_files
from .pages import Page, all_pages
from .render import Site


def generate(kb: KnowledgeBase, base_url: str) -> tuple[list[Page], dict[str, bytes]]:
    site = Site(kb, cross_reference(kb))
    return all_pages(site), export_files(site, base_url)
