"""The one slug function: any name (English or Chinese) -> a safe id."""

from __future__ import annotations

import re
import unicodedata

CJK = re.compile(r"[\u4e00-\u9fff]")


def slugify(name: str, max_length: int = 60) -> str:
    """'Inspur Information' -> 'inspur-information'; '周平高' -> 'zhou-ping-gao'; '' -> ''."""
    text = str(name)
    if CJK.search(text):
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(text))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_length].rstrip("-")
