"""reStructuredText (Sphinx and its blog extensions), rewritten line for line as the Markdown the reader
knows, so every value still points at the line of the `.rst` file it came from (as `asciidoc.py` does
for AsciiDoc).

What it maps: section titles (a line over an underline of one repeated punctuation mark, perhaps under
an overline of it; the first mark met is the first level), inline links (`` `Text <url>`_ `` becomes
`[Text](url)`; `` `Text`_ ``, a reference to a target defined elsewhere, its text), roles
(`` :doc:`Text <path>` `` their text) and inline literals (``` ``text`` ```). What a reader never sees
is blank: ABlog's `.. post:: date` directive with its options (the post's date, read as front matter), the targets that define links (`.. _label: url`, `__ url`), section underlines and
overlines, transitions. Everything else (lists, `**bold**`, directives, field lists) is left as written."""

from __future__ import annotations

import re

ADORNMENT = re.compile(r"^([=\-~^\"'*+#:._`])\1{2,}\s*$")  # '=====', '-----': a title's underline or overline
LINK_TARGET = re.compile(r"^\s*(?:\.\.\s+_[^:]+:|__)\s+\S+\s*$")  # '.. _Write the Docs: https://…', '__ https://…'
POST_DIRECTIVE = re.compile(r"^\.\.\s+post::\s*(?P<date>\S.{0,60}?)?\s*$")  # ABlog's '.. post:: Apr 5, 2031': the post's own date
DIRECTIVE_OPTION = re.compile(r"^\s+:[\w-]{1,30}:")  # '   :tags: recap, contoso': an option of the directive above
LONGEST_MARKED_UP_LINE = 5_000  # a longer line (a pasted blob) is kept as it is
# Bounded repeats keep every pattern fast on a hostile line.
INLINE_LINK = re.compile(r"`(?P<text>[^`<]{0,300}?)\s*<(?P<url>[^<>`\s]{1,500})>`__?")
REFERENCE = re.compile(r"`(?P<text>[^`<>]{1,300})`__?(?!\w)")
ROLE = re.compile(r":[\w-]{1,30}:`(?P<text>[^`<]{1,300}?)\s*(?:<[^<>`]{1,500}>)?`")
LITERAL = re.compile(r"``(?P<text>[^`]{1,300})``")


def as_markdown(text: str, post: tuple[int, str] | None) -> str:
    """The text as Markdown, one line for each line of the reStructuredText; `post` is the text's
    post directive (post_directive), whose lines are no text of the page."""
    lines = text.split("\n")
    out = list(lines)
    levels: list[str] = []  # the adornment marks in the order met: the first is level 1
    metadata = _post_lines(lines, post)
    for index, line in enumerate(lines):
        if LINK_TARGET.match(line) or ADORNMENT.match(line) or index in metadata:
            out[index] = ""  # a link target, an adornment, the post's date and its options: no text of the page
            continue
        under = ADORNMENT.match(lines[index + 1]) if index + 1 < len(lines) else None
        if line.strip() and under and len(lines[index + 1].rstrip()) >= len(line.strip()):
            mark = under.group(1)
            levels += [] if mark in levels else [mark]
            out[index] = f"{'#' * min(levels.index(mark) + 1, 6)} {_inline(line.strip())}"
        else:
            out[index] = _inline(line)
    return "\n".join(out)


def _post_lines(lines: list[str], post: tuple[int, str] | None) -> range:
    """The indexes of the post directive's line and of the options right under it."""
    if not post:
        return range(0)
    end = post[0]  # the index of the line under the directive
    while end < len(lines) and DIRECTIVE_OPTION.match(lines[end]):
        end += 1
    return range(post[0] - 1, end)


def post_directive(text: str) -> tuple[int, str] | None:
    """The line (1-based) and the date of ABlog's `.. post:: Apr 5, 2031` directive, which makes a Sphinx
    page a blog post and gives the day it was posted (not any event's day); the first one only."""
    for number, line in enumerate(text.split("\n"), start=1):
        post = POST_DIRECTIVE.match(line)
        if post:
            return (number, post.group("date")) if post.group("date") else None
    return None


def _inline(line: str) -> str:
    if len(line) > LONGEST_MARKED_UP_LINE:
        return line
    line = ROLE.sub(lambda role: role.group("text"), line)
    line = INLINE_LINK.sub(lambda link: f"[{link.group('text') or link.group('url')}]({link.group('url')})", line)
    line = REFERENCE.sub(lambda reference: reference.group("text"), line)
    return LITERAL.sub(lambda literal: literal.group("text"), line)
