"""The writing systems the rules tell apart, as character classes: Chinese characters (the CJK
Unified Ideographs block), Latin letters, Korean Hangul syllables and Japanese kana."""

import re

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
KANA = re.compile(r"[\u3040-\u30ff]")
