"""Pictures: an image's `src` is a web address, or a file in the data folder that the site publishes."""

from __future__ import annotations

from pathlib import Path

from ..kb import KnowledgeBase

PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}  # no SVG: it can carry scripts
MAX_PICTURE_BYTES = 10_000_000
PUBLISHED_UNDER = "media"


def is_web_address(src: str) -> bool:
    return str(src).startswith(("http://", "https://"))


def picture_file(kb: KnowledgeBase, src: str) -> Path | None:
    """The picture file `src` names inside the data folder, when there is one to publish."""
    if is_web_address(src) or Path(src).suffix.lower() not in PICTURE_SUFFIXES:
        return None
    data_dir = Path(kb.data_dir).resolve()
    path = (data_dir / src).resolve()
    if not path.is_relative_to(data_dir) or not path.is_file() or path.stat().st_size > MAX_PICTURE_BYTES:
        return None
    return path


def published_path(kb: KnowledgeBase, src: str) -> str:
    """Where the site serves a picture from the data folder: media/ plus its path under data/."""
    return f"{PUBLISHED_UNDER}/{picture_file(kb, src).relative_to(Path(kb.data_dir).resolve()).as_posix()}"


def picture_files(kb: KnowledgeBase) -> dict[str, bytes]:
    """Every picture that an event shows from the data folder, by its path in the site."""
    sources = {image["src"] for event in kb.events.values() for image in event.get("images", [])}
    return {published_path(kb, src): picture_file(kb, src).read_bytes() for src in sorted(sources) if picture_file(kb, src)}
