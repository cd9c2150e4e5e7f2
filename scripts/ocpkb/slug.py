"""The one slug function: any name, in any script -> a safe, stable id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .writing import CJK


def slugify(name: str, max_length: int = 60) -> str:
    """'Inspur Information' -> 'inspur-information'; '周平高' -> 'zhou-ping-gao'; 'Иван Петров' ->
    'ivan-petrov'; '' -> ''. Chinese by pypinyin, every other script by anyascii's
    transliteration tables, so the same name always gives the same id."""
    text = unicodedata.normalize("NFKC", str(name))
    if CJK.search(text):
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(text))
    if not text.isascii():
        from anyascii import anyascii

        text = anyascii(text)
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:max_length].rstrip("-")


def digest_id(prefix: str, name: str) -> str:
    """An id for a name no table transliterates (symbols only, say): a digest of its text, the
    same in every run (Python's hash() is salted per process)."""
    key = unicodedata.normalize("NFKC", str(name)).casefold().strip()
    return f"{prefix}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"
