"""The `ocpkb ingest` and `ocpkb eval` commands (registered on the main `ocpkb` group)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..kb import load_knowledge_base
from ..progress import Progress
from ..project import data_option, in_project
from .draft import MergeError, apply_draft, draft_files
from .evaluate import Report, load_gold, score_document
from .lexicon import build_lexicon
from .pipeline import Failure, run_stages
from .read import FORMATS
from .view import json_view

DEFAULT_GOLD = Path("tests/ingest/gold")
DEFAULT_CORPUS = Path("../shared/corpus")


def _sources(paths: tuple[Path, ...]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)
        else:
            found.append(path)
    return found


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@data_option(help="The knowledge base to add to.")
@click.option("--json", "as_json", is_flag=True, help="Print what was extracted (one JSON object) and write nothing.")
@click.option("--dry-run", is_flag=True, help="Show the changes as a diff and write nothing.")
def ingest(paths: tuple[Path, ...], data_dir: Path, as_json: bool, dry_run: bool):
    """Turn raw event recaps (.md, .html, .pdf, .txt) into draft event files.

    Each recap becomes data/events/<id>.yml (or data/talks/<id>.yml when it
    names no event), with new organizations, people and topics proposed in the
    registries and marked for review. Every value records the source lines it
    came from. A file a person has edited keeps every edit and comment: only
    what is new is added, and running ingest twice changes nothing.

    \b
    Example:
        ocpkb ingest recap.md --dry-run
        ocpkb ingest ../shared/corpus/seeds
        ocpkb ingest --json ../shared/corpus/seeds/001_64a02561bf597775.txt
    """
    sources = _sources(paths)
    kb = load_knowledge_base(data_dir)
    lexicon = build_lexicon(kb)
    if as_json:
        if len(sources) != 1:
            raise click.UsageError("--json takes exactly one file")
        result = run_stages(sources[0], lexicon)
        if isinstance(result, Failure):
            click.echo(f"{result.path}: {result.stage}: {result.reason}", err=True)
            sys.exit(1)
        click.echo(json.dumps(json_view(result), ensure_ascii=False, indent=2))
        return
    counts = {"files": 0, "failed": 0, "extracted": 0, "resolved": 0, "proposed": 0, "flagged": 0, "written": 0}
    failures: list[Failure] = []
    with click.progressbar(sources, label="ingesting", file=sys.stderr, show_pos=True,
                           item_show_func=lambda p: p.name if p else "") as bar:
        for source in bar:
            counts["files"] += 1
            result = run_stages(source, lexicon)
            if isinstance(result, Failure):
                failures.append(result)
                counts["failed"] += 1
                continue
            changes = draft_files(result, kb)
            counts["extracted"] += 1
            counts["resolved"] += sum(e.known for r in (result.organizations, result.people, result.topics) for e in r.values())
            counts["proposed"] += sum(not e.known for r in (result.organizations, result.people) for e in r.values())
            counts["flagged"] += len(result.doubts)
            try:
                written = apply_draft(changes, data_dir, dry_run=dry_run, echo=click.echo)
            except MergeError as error:
                failures.append(Failure(str(source), "write", str(error)))
                counts["failed"] += 1
                continue
            counts["written"] += written
            if written and not dry_run:  # later recaps resolve against what this one proposed
                kb = load_knowledge_base(data_dir)
                lexicon = build_lexicon(kb)
    for failure in failures:
        click.echo(f"{failure.path}: {failure.stage}: {failure.reason}", err=True)
    click.echo(_summary(counts, dry_run), err=True)
    sys.exit(1 if failures else 0)


def _summary(counts: dict, dry_run: bool) -> str:
    header = " ".join(f"{name:>9}" for name in counts)
    values = " ".join(f"{value:>9}" for value in counts.values())
    note = " (dry run: nothing written)" if dry_run else ""
    return f"{header}\n{values}{note}"


@click.command(name="eval")
@click.option("--gold", "gold_dir", default=None, callback=in_project(str(DEFAULT_GOLD)),
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help=f"Folder of gold JSON files. [default: {DEFAULT_GOLD} of the project]")
@click.option("--corpus", "corpus_dir", default=None, callback=in_project(str(DEFAULT_CORPUS)),
              type=click.Path(file_okay=False, path_type=Path),
              help=f"Where the gold files' sources are: the shared corpus of real recaps. [default: {DEFAULT_CORPUS}]")
@data_option(help="The registries to resolve against.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and extra.")
def evaluate(gold_dir: Path, corpus_dir: Path, data_dir: Path, as_json: bool, verbose: bool):
    """Score extraction against gold annotations: precision, recall, F1.

    \b
    Example:
        ocpkb eval
        ocpkb eval --gold tests/ingest/gold --corpus ../shared/corpus -v
    """
    report = run_evaluation(gold_dir, corpus_dir, data_dir)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=1))
    else:
        click.echo(report.as_table())
        if verbose:
            click.echo("\n".join(report.misses))


def run_evaluation(gold_dir: Path, corpus_dir: Path, data_dir: Path) -> Report:
    gold = load_gold(gold_dir)
    if not gold:
        raise click.UsageError(f"no gold files in {gold_dir}")
    lexicon = build_lexicon(load_knowledge_base(data_dir))
    report = Report()
    progress = Progress("scoring", len(gold))
    for document in gold:
        source = corpus_dir / document["source"]
        if not source.exists():
            raise click.UsageError(f"{document['file']}: source {source} not found (is --corpus right?)")
        result = run_stages(source, lexicon)
        predicted = {} if isinstance(result, Failure) else json_view(result)
        score_document(report, document["expected"], predicted, document["file"])
        progress.advance()
    progress.close()
    return report
