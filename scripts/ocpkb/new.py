"""`ocpkb new event|person|organization|topic`: start an entry the way the schema wants it.

An event becomes data/events/<id>.yml; a person, organization or topic is appended to its
registry, leaving every line already there as it was. Values are checked against the schema
before anything is written, an id that exists is refused (with the entry's place), a similar
id is pointed out, and the result is validated.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

import click

from .kb import KnowledgeBase, display_path, load_knowledge_base
from .project import data_option
from .rules import is_real_date
from .schema import DATE, EVENT_KINDS, KIND_BY_NAME, SLUG, TOPIC_KINDS, URL, FileKind
from .scaffold import scaffold_entry, scaffold_file
from .slug import slugify
from .validate import validate

SIMILAR_ID = 0.8  # 'alice-cheng' ~ 'alice-chen' (0.95) is pointed out, 'zhang-wei' ~ 'zhang-zheng' (0.7) is not
ID_HELP = "The id (lowercase letters, digits, hyphens). [default: made from the name]"


def _date(ctx, param, value: str | None) -> str | None:
    if value is not None and not (re.fullmatch(DATE["pattern"], value) and is_real_date(value)):
        raise click.BadParameter(f"'{value}' is not a date: {DATE['x-hint']}", ctx=ctx, param=param)
    return value


def _url(ctx, param, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(URL["pattern"], value):
        raise click.BadParameter(f"'{value}': {URL['x-hint']}", ctx=ctx, param=param)
    return value


def _new_id(kb: KnowledgeBase, registry: str, given: str | None, name: str) -> str:
    """The id to use: given or made from the name; refused when it is not a slug or exists."""
    entry_id = given or slugify(name)
    if not re.fullmatch(SLUG["pattern"], entry_id or ""):
        raise click.UsageError(f"'{entry_id}' is not a valid id: {SLUG['x-hint']}")
    if entry_id in kb.entries[registry]:
        origin = kb.origins[(registry, entry_id)]
        line = (origin.file.yaml.where(origin.path + ("id",)) or (None,))[0]
        free = next(f"{entry_id}-{n}" for n in range(2, 1000) if f"{entry_id}-{n}" not in kb.entries[registry])
        raise click.UsageError(f"{registry} already has '{entry_id}' ({origin.file.yaml.path}:{line}); edit that entry, "
                               f"or give another id with --id (such as '{free}')")
    similar = difflib.get_close_matches(entry_id, list(kb.entries[registry]), n=1, cutoff=SIMILAR_ID)
    if similar and registry != "events":  # editions of a series differ by a year, and that is fine
        click.echo(f"note: {registry} has a similar id, '{similar[0]}'; if it is the same, edit that entry instead",
                   err=True)
    return entry_id


def _write(kb: KnowledgeBase, kind: FileKind, path: Path, text: str, append: bool) -> None:
    """Write the new file or append the entry, then validate; what the addition broke is undone."""
    if append:
        before = path.read_bytes()
        separator = "" if before.endswith(b"\n") or not before else "\n"
        with path.open("a", encoding="utf-8") as registry:
            registry.write(separator + text)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as new_file:
            new_file.write(text)
    problems = validate(load_knowledge_base(kb.data_dir))
    mine = [problem for problem in problems if Path(problem.file).resolve() == path.resolve()
            and (not append or (problem.line or 0) > before.count(b"\n"))]
    if mine:
        if append:
            path.write_bytes(before)
        else:
            path.unlink()
        click.echo("\n".join(problem.as_text() for problem in mine), err=True)
        raise click.ClickException("nothing written: the new entry would not validate")
    click.echo(f"{'added to' if append else 'wrote'} {display_path(path)}: fill in what you know, "
               "then `ocpkb validate`", err=True)


def entry_options(command):
    """NAME, --name-zh, --id and --data, which every `ocpkb new` command takes."""
    for decorate in reversed([click.argument("name"), click.option("--name-zh", help="The name in Chinese."),
                              click.option("--id", "entry_id", help=ID_HELP), data_option]):
        command = decorate(command)
    return command


@click.group()
def new():
    """Start a new event file, or a new person, organization or topic in its registry.

    The result has the schema line, the required fields and, as comments, every
    optional field with what it takes. Add the people and organizations an event
    names first: an event may only refer to ids that exist.

    \b
    Example:
        ocpkb new organization "Inspur Information" --name-zh 浪潮信息
        ocpkb new person "Zhao Shuai" --name-zh 赵帅
        ocpkb new event "OCP China Day 2025" --kind china-day --date 2025-09-16 --source https://example.org/recap
        ocpkb new topic "OCP Accelerator Module" --id oam --kind specification
    """


def _registry_entry(registry: str, data_dir: Path, name: str, entry_id: str | None, extra: dict) -> None:
    kb = load_knowledge_base(data_dir)
    kind = KIND_BY_NAME[registry]
    values = {"id": _new_id(kb, registry, entry_id, name), "name": name,
              **{key: value for key, value in extra.items() if value}}
    _write(kb, kind, data_dir / kind.pattern, scaffold_entry(kind, values), append=True)


@new.command()
@entry_options
@click.option("--kind", type=click.Choice(EVENT_KINDS), prompt="Kind", help="What kind of event.")
@click.option("--date", "start_date", callback=_date, prompt="Start date (YYYY-MM-DD)",
              help="The first day, as YYYY-MM-DD (or YYYY-MM, YYYY when only that is known).")
@click.option("--source", callback=_url, prompt="Source URL", help="Where the facts come from (a URL).")
def event(name: str, name_zh: str | None, entry_id: str | None, data_dir: Path, kind: str, start_date: str, source: str):
    """Write data/events/<id>.yml for a new event.

    \b
    Example:
        ocpkb new event "OCP China Day 2025" --kind china-day --date 2025-09-16 --source https://example.org/recap
    """
    kb = load_knowledge_base(data_dir)
    entry_id = _new_id(kb, "events", entry_id, name)
    kind_of_file = KIND_BY_NAME["events"]
    path = data_dir / "events" / f"{entry_id}.yml"
    if path.exists():
        raise click.UsageError(f"{path} already exists")
    values = {"id": entry_id, "name": name, "name_zh": name_zh, "kind": kind, "start_date": start_date,
              "sources": [{"url": source}], "added": dt.date.today().isoformat()}
    values = {key: value for key, value in values.items() if value}
    _write(kb, kind_of_file, path, scaffold_file(kind_of_file, values), append=False)


@new.command()
@entry_options
def person(name: str, name_zh: str | None, entry_id: str | None, data_dir: Path):
    """Append a person to data/people.yml.

    \b
    Example:
        ocpkb new person "Zhao Shuai" --name-zh 赵帅
    """
    _registry_entry("people", data_dir, name, entry_id, {"name_zh": name_zh})


@new.command()
@entry_options
def organization(name: str, name_zh: str | None, entry_id: str | None, data_dir: Path):
    """Append an organization to data/organizations.yml.

    \b
    Example:
        ocpkb new organization "Inspur Information" --name-zh 浪潮信息
    """
    _registry_entry("organizations", data_dir, name, entry_id, {"name_zh": name_zh})


@new.command()
@entry_options
@click.option("--kind", type=click.Choice(TOPIC_KINDS), prompt="Kind", help="What kind of topic.")
def topic(name: str, name_zh: str | None, entry_id: str | None, data_dir: Path, kind: str):
    """Append a topic (a specification, technology, product...) to data/topics.yml.

    \b
    Example:
        ocpkb new topic "OCP Accelerator Module" --id oam --kind specification
    """
    _registry_entry("topics", data_dir, name, entry_id, {"kind": kind, "name_zh": name_zh})
