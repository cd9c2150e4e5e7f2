"""The one YAML loader: safe, position-aware, and strict about what PyYAML lets slip.

PyYAML's composer (the C one where installed) builds a node tree that keeps the
line and column of every value. We turn that tree into plain Python data
ourselves, so that we can
- remember where every value came from (for `file:line:col` messages),
- refuse duplicate keys (PyYAML silently keeps the last one),
- keep dates as strings (`2023-08-10` stays text; a date may be `2023-08` or `2023`),
- refuse tags and aliases (no object construction, no "billion laughs").
Problems are returned as values; nothing here raises on bad input.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .problems import Problem, json_path

_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_IMPLICIT_TAGS = Resolver.yaml_implicit_resolvers  # first character -> [(tag, pattern)]

try:
    from yaml.cyaml import CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as YamlLoader
else:
    class YamlLoader(CParser, Resolver):
        """PyYAML's C parser, and its resolver's rules without the resolver's per-node calls for
        path resolvers, which we never register: loading 1,000 events took a quarter less time."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            Resolver.__init__(self)

        def descend_resolver(self, current_node, current_index):
            pass

        def ascend_resolver(self):
            pass

        def resolve(self, kind, value, implicit):
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    for tag, pattern in _IMPLICIT_TAGS.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return _STR
            return _SEQ if kind is yaml.SequenceNode else _MAP

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 100

_SCALAR_TAGS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
_TEXT_TAGS = {_STR, "tag:yaml.org,2002:timestamp"}
_constructor = SafeConstructor()

Position = tuple[int, int]


@dataclass
class YamlFile:
    """A loaded YAML file: its data, its problems, and where each value stands.

    `positions` maps a path to the 1-based (line, column) of the key for a mapping
    entry, of the item for a list item, and of the document for the root `()`.
    Most files have no problem, so positions are only worked out (by composing the
    text again) the first time one is asked for.
    """

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # kept for text loaded from memory; files are read again from `disk_path` when needed
    disk_path: str | None = None
    first_line: str = ""  # where the schema line belongs
    items: dict[str, Any] | None = None  # a top-level list's items by their text (see load_yaml_items)
    _positions: dict[tuple, Position] | None = None

    @property
    def positions(self) -> dict[tuple, Position]:
        if self._positions is None:
            self._positions = {}
            text = self.text or self._text_on_disk()
            try:
                node = yaml.compose(text, Loader=YamlLoader) if text else None
            except yaml.YAMLError:  # the file changed on disk since it was loaded: no positions
                node = None
            if node is not None:
                _Builder(YamlFile(self.path), self._positions).build(node)
        return self._positions

    def _text_on_disk(self) -> str:
        try:
            return read_regular_file(self.disk_path, MAX_FILE_BYTES).decode("utf-8") if self.disk_path else ""
        except (OSError, UnreadableFile, UnicodeDecodeError):
            return ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def where(self, path: tuple) -> Position | None:
        """Where to point for a problem at `path`, or at its nearest ancestor with a position."""
        path = tuple(path)
        while path not in self.positions:
            if not path:
                return None
            path = path[:-1]
        return self.positions[path]

    def problem(self, path: tuple, message: str, hint: str = "") -> Problem:
        line, column = self.where(path) or (None, None)
        return Problem(self.path, line, column, json_path(path), message, hint)


class UnreadableFile(Exception):
    """A path that is not read: not a regular file, or larger than the limit."""


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    A FIFO, a device or a folder is refused before it is opened (opening some devices does
    something), and again after, from the open file, in case the path changed in between. Never
    more than `limit` + 1 bytes are read: `stat` says 0 for /dev/zero and for /proc files."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise UnreadableFile(f"not a regular file ({file_type(mode)})")
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFile(f"not a regular file ({file_type(mode)})")
        raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise UnreadableFile(f"file is larger than {_size(limit)}")
    return raw


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"


def file_type(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISREG, "a regular file")):
        if test(mode):
            return name
    return "a special file"


def load_yaml_file(path: Path | str, display_name: str | None = None, known_items: dict[str, Any] | None = None) -> YamlFile:
    """Read and parse one file; every failure becomes a Problem on the result. With `known_items`
    (the `items` of the file as loaded before), see `load_yaml_items`."""
    name = display_name or str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        return _failed(name, f"cannot read file: {error.strerror or error}")
    except UnreadableFile as error:
        hint = "split it: one event per file" if "larger" in str(error) else "data files are plain text files"
        return _failed(name, str(error), hint)
    loaded = load_yaml_bytes(raw, name, known_items)
    if loaded.text:  # lighter to keep (and to send between processes): positions re-read the file
        loaded.text, loaded.disk_path = "", str(path)
    return loaded


def load_yaml_bytes(raw: bytes, name: str, known_items: dict[str, Any] | None = None) -> YamlFile:
    text, problem = _decode(raw, name)
    if problem:
        return YamlFile(name, problems=[problem])
    return load_yaml_text(text, name) if known_items is None else load_yaml_items(text, name, known_items)


REPARSE_AT_MOST = 50  # items parsed one by one; more, and one parse of the whole text is faster
LEFT_MARGIN_ITEM = re.compile(r"-(?:[ \t]|$)")


def top_level_items(text: str) -> list[str] | None:
    """The texts of the items of a list written at the left margin (`- id: ...` and the indented
    lines under it), or None when the text has another shape: anything at the left margin but an
    item, a comment or a blank line (a key, a `---`), or line breaks other than `\\n`."""
    if "\r" in text:
        return None
    items: list[list[str]] = []
    for line in text.splitlines(keepends=True):
        if LEFT_MARGIN_ITEM.match(line):
            items.append([line])
        elif line[:1] in ("#", "\n", "") or (line[:1] in (" ", "\t") and (items or not line.strip())):
            if items:
                items[-1].append(line)
        else:
            return None
    return ["".join(item) for item in items] or None


def load_yaml_items(text: str, name: str, known_items: dict[str, Any]) -> YamlFile:
    """`load_yaml_text` for a registry edited in the preview: of a list written at the left margin,
    only the items whose text is not in `known_items` are parsed, each on its own, and the others
    are the values parsed before. A registry of 25,000 people took 2 to 4 s to parse whole after
    each edit. Whenever that shortcut could differ from a whole parse (another shape, many new
    items, an item with a problem of its own) the whole text is parsed. The result's `items` map
    each item's text to its value, for the next edit."""
    texts = top_level_items(text)
    new_texts = [] if texts is None else [item for item in dict.fromkeys(texts) if item not in known_items]
    if texts is None or len(new_texts) > REPARSE_AT_MOST:
        return remember_items(load_yaml_text(text, name), text)
    parsed = dict(known_items)
    for item in new_texts:
        alone = load_yaml_text(item, name)
        if alone.problems or not isinstance(alone.data, list) or len(alone.data) != 1:
            return remember_items(load_yaml_text(text, name), text)
        parsed[item] = alone.data[0]
    result = YamlFile(name, data=[parsed[item] for item in texts], text=text,
                      first_line=LINE_BREAK.split(text, 1)[0])
    result.items = {item: parsed[item] for item in texts}
    return result


def remember_items(loaded: YamlFile, text: str) -> YamlFile:
    """Set `items` of a file parsed whole from `text`, when it is a list written at the left margin."""
    texts = top_level_items(text)
    if texts is not None and not loaded.problems and isinstance(loaded.data, list) and len(loaded.data) == len(texts):
        loaded.items = dict(zip(texts, loaded.data))
    return loaded


def load_yaml_text(text: str, name: str) -> YamlFile:
    result = YamlFile(name)
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        result.problems.append(Problem(name, None, None, "", "file is empty", "add the entry's fields, or delete the file"))
        return result
    try:
        node = yaml.compose(text, Loader=YamlLoader)
    except yaml.MarkedYAMLError as error:
        result.problems.append(_syntax_problem(name, error, text))
        return result
    except yaml.reader.ReaderError as error:
        result.problems.append(_character_problem(name, error, text))
        return result
    except yaml.YAMLError as error:  # pragma: no cover - errors without a mark are rare
        result.problems.append(Problem(name, None, None, "", f"YAML error: {error}"))
        return result
    result.text = text
    result.first_line = LINE_BREAK.split(text, 1)[0]
    _Builder(result).build(node)
    if result.data is None and not result.problems:
        result.problems.append(Problem(name, None, None, "", "file holds no data (the document is null)",
                                       "add the entry's fields, or delete the file"))
    return result


def _failed(name: str, message: str, hint: str = "") -> YamlFile:
    return YamlFile(name, problems=[Problem(name, None, None, "", message, hint)])


def _decode(raw: bytes, name: str) -> tuple[str, Problem | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", Problem(name, 1, 1, "", "file is UTF-16 text", "save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        return "", Problem(name, 1, 1, "", "file starts with a UTF-8 byte order mark (BOM)",
                           "save it as UTF-8 without BOM")
    if b"\x00" in raw:
        line, column = _position_of(raw, raw.index(b"\x00"))
        return "", Problem(name, line, column, "", "file contains NUL bytes: this is not a text file",
                           "data files are UTF-8 text")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line, column = _position_of(raw, error.start)
        hint = "save the file as UTF-8"
        try:
            raw.decode("gb18030")
            hint = "it looks like GBK/GB18030 Chinese text: save it as UTF-8"
        except UnicodeDecodeError:
            pass
        return "", Problem(name, line, column, "", f"invalid UTF-8 byte 0x{raw[error.start]:02x}", hint)


def _position_of(raw: bytes, offset: int) -> Position:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, column


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _character_problem(name: str, error: yaml.reader.ReaderError, text: str) -> Problem:
    """YAML's reader gives an offset (in bytes, from the C parser); the first occurrence of the
    character it names is the place, as a line and column a person can go to."""
    character = chr(error.character) if isinstance(error.character, int) else str(error.character)
    offset = text.find(character)
    line, column = (text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)) if offset >= 0 else (None, None)
    noun = "control character" if unicodedata.category(character) == "Cc" else "character"
    return Problem(name, line, column, "", f"{noun} U+{ord(character):04X} is not allowed in YAML",
                   "delete it: most editors do not show it")


def _syntax_problem(name: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    lines = text.splitlines()
    at_tab = bool(mark) and mark.line < len(lines) and lines[mark.line][mark.column:mark.column + 1] == "\t"
    problem = error.problem or "invalid YAML"
    message = f"{error.context}: {problem}" if error.context else problem
    hint = "fix the YAML syntax"
    if at_tab or "'\\t'" in problem:
        message, hint = "tab character where YAML expects indentation or a value", "indent with spaces, not tabs"
    elif "expected a single document" in str(error):
        message, hint = "more than one YAML document in the file", "remove the `---` separator: one entry per file"
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(name, line, column, "", f"YAML syntax error: {message}", hint)


class _AliasFound(Exception):
    """Stops building at the first alias."""


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


class _Builder:
    """Turns a composed node tree into plain data, recording positions and problems."""

    def __init__(self, result: YamlFile, positions: dict[tuple, Position] | None = None):
        self.result = result
        self.positions = positions  # recorded only when asked for
        self.seen: set[int] = set()

    def build(self, node: yaml.Node) -> None:
        if self.positions is not None:
            self.positions[()] = _position(node)
        try:
            self.result.data = self._value(node, (), 0)
        except RecursionError:
            self._report(node, (), "nesting is too deep", "flatten the structure")
        except _AliasFound:
            self.result.data = None  # one report is enough: an alias bomb would repeat it thousands of times

    def _value(self, node: yaml.Node, path: tuple, depth: int) -> Any:
        if id(node) in self.seen:
            line, column = self.result.where(path) if self.positions is None else self.positions.get(path, (None, None))
            self.result.problems.append(Problem(self.result.path, line, column, json_path(path),
                                                "YAML aliases (*name) are not supported", "write the value out in full"))
            raise _AliasFound
        self.seen.add(id(node))
        if node.tag in _TEXT_TAGS:
            return node.value
        if depth > MAX_DEPTH:
            self._report(node, path, "nesting is too deep", "flatten the structure")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return self._sequence(node, path, depth)
        return self._scalar(node, path)

    def _sequence(self, node: yaml.SequenceNode, path: tuple, depth: int) -> list | None:
        if node.tag != _SEQ:
            return self._unsupported_tag(node, path)
        positions = self.positions
        items = []
        for index, item in enumerate(node.value):
            item_path = path + (index,)
            if positions is not None:
                positions[item_path] = _position(item)
            items.append(self._value(item, item_path, depth + 1))
        return items

    def _mapping(self, node: yaml.MappingNode, path: tuple, depth: int) -> dict | None:
        if node.tag != _MAP:
            return self._unsupported_tag(node, path)
        data: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        positions = self.positions
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self._report(key_node, path, "only plain keys are allowed here",
                             "merge keys (<<) and complex keys are not supported")
                continue
            key = key_node.value
            key_path = path + (key,)
            if key in data:
                self._report(key_node, key_path, f"duplicate key '{key}' (first defined on line {first_lines[key]})",
                             "keep one of them: YAML would silently drop the first")
                continue
            first_lines[key] = key_node.start_mark.line + 1
            if positions is not None:
                positions[key_path] = _position(key_node)
            data[key] = self._value(value_node, key_path, depth + 1)
        return data

    def _scalar(self, node: yaml.ScalarNode, path: tuple) -> Any:
        if node.tag in _SCALAR_TAGS:
            return _constructor.construct_object(node)
        return self._unsupported_tag(node, path)

    def _unsupported_tag(self, node: yaml.Node, path: tuple) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._report(node, path, f"YAML tag {tag} is not allowed", "remove the tag: data files hold plain values")
        return None

    def _report(self, node: yaml.Node, path: tuple, message: str, hint: str) -> None:
        line, column = _position(node)
        self.result.problems.append(Problem(self.result.path, line, column, json_path(path), message, hint))
