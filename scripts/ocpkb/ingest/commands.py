"""The `ocpkb ingest` and `ocpkb eval` commands (registered on the main `ocpkb` group)."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from pathlib import Path

import click

from ..discover import display_path
from ..kb import load_knowledge_base
from ..problems import format_problems
from ..progress import Progress
from ..project import data_option, in_project, project_path
from ..schema import FILE_KINDS
from ..validate import load_and_validate
from ..yamlfile import file_type
from .diff import unified_diff
from .draft import draft_files
from .evaluate import PARTS, Evaluation, load_gold
from .gate import updated_baseline
from .lexicon import build_lexicon
from .pipeline import Failure, run_stages
from .read import FORMATS
from .resolve import Resolution
from .view import failure_view, json_view
from .write import Plan, Refused, WriteError, commit, knowledge_base_lock, plan

DEFAULT_GOLD = Path("tests/ingest/gold")
DEFAULT_CORPUS = Path("../shared/corpus")
DEFAULT_REGISTRY = Path("tests/ingest/registry")
DEFAULT_BASELINE = Path("tests/ingest/eval_baseline.json")


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
    """Turn raw event recaps (.md, .qmd, .rmd, .mdx, .adoc, .rst, .wiki, .html, .php, .pdf, .txt) into draft event files.

    Each recap becomes data/events/<id>.yml (or data/talks/<id>.yml when it
    names no event), with new organizations, people and topics proposed in the
    registries and marked for review. Every value records the source lines it
    came from. A file a person has edited keeps every edit and comment: only
    what is new is added, and running ingest twice changes nothing. Each
    recap is one transaction: files with problems are left alone, and all of
    its files are written or none; a second ingest waits for the first.

    \b
    Example:
        ocpkb ingest recap.md --dry-run
        ocpkb ingest ../shared/corpus/seeds
        ocpkb ingest --json ../shared/corpus/seeds/001_64a02561bf597775.txt
    """
    sources = _sources(paths)
    if not as_json:
        sys.exit(_ingest_and_report(sources, data_dir, dry_run))
    if len(sources) != 1:
        raise click.UsageError("--json takes exactly one file")
    result = run_stages(sources[0], build_lexicon(load_knowledge_base(data_dir)), data_dir.resolve().parent)
    if isinstance(result, Failure):
        click.echo(f"{result.path}: {result.stage}: {result.reason}", err=True)
        click.echo(json.dumps(failure_view(result), ensure_ascii=False, indent=2))
        sys.exit(1)
    click.echo(json.dumps(json_view(result), ensure_ascii=False, indent=2))


def _ingest_and_report(sources: list[Path], data_dir: Path, dry_run: bool) -> int:
    """Ingest under the knowledge base's lock (a dry run writes nothing, so it takes none); returns the exit code."""
    lock = contextlib.nullcontext() if dry_run else knowledge_base_lock(data_dir, lambda note: click.echo(note, err=True))
    with lock:
        counts, failures, warnings = _ingest_all(sources, data_dir, dry_run)
    if warnings:
        click.echo("The drafts raise warnings for a curator to settle (they do not stop ingest):", err=True)
        click.echo(format_problems(warnings, "text"), err=True)
    for failure in failures:
        click.echo(f"{failure.path}: {failure.stage}: {failure.reason}", err=True)
    click.echo(_summary(counts, dry_run), err=True)
    return 1 if failures else 0


def _ingest_all(sources: list[Path], data_dir: Path, dry_run: bool) -> tuple[dict, list[Failure], list]:
    """Each recap in turn, each one transaction (write.py); a recap that fails is reported and the run
    goes on, unless writing itself failed (a full disk, a read-only folder): then the run stops."""
    kb, problems = load_and_validate(data_dir)
    _refuse_broken_registries(problems, data_dir)
    lexicon = build_lexicon(kb)
    counts = {"files": 0, "failed": 0, "extracted": 0, "resolved": 0, "proposed": 0, "flagged": 0, "written": 0}
    failures: list[Failure] = []
    warnings = []
    with click.progressbar(sources, label="ingesting", file=sys.stderr, show_pos=True,
                           item_show_func=lambda p: p.name if p else "") as bar:
        for source in bar:
            counts["files"] += 1
            planned = _planned(source, kb, problems, lexicon, counts, data_dir.resolve().parent)
            if isinstance(planned, Failure):
                failures.append(planned)
                counts["failed"] += 1
                continue
            if dry_run:
                for write in planned.writes:
                    before = write.before.decode("utf-8") if write.before is not None else None
                    click.echo(unified_diff(write.relpath, before, write.after))
            else:
                try:
                    commit(planned.writes)
                except WriteError as error:
                    failures.append(Failure(str(source), "write", str(error)))
                    counts["failed"] += 1
                    break
                kb, problems = planned.kb, planned.problems  # later recaps resolve against what this one proposed
                lexicon = build_lexicon(kb)
            counts["written"] += len(planned.writes)
            warnings += planned.warnings
    return counts, failures, warnings


def _planned(source: Path, kb, problems: list, lexicon, counts: dict, project: Path) -> Plan | Failure:
    """Stages 1 to 5 for one recap: what its files will hold, checked (write.plan), or why not. A recap
    that is not a regular file is not opened (a named pipe would wait for ever); an exception in a stage
    is a bug, reported for this file so that the other recaps are still ingested."""
    try:
        mode = os.stat(source).st_mode
    except OSError as error:
        return Failure(str(source), "read", f"cannot read file: {error.strerror or error}")
    if not stat.S_ISREG(mode):
        return Failure(str(source), "read", f"not a regular file ({file_type(mode)})")
    try:
        result = run_stages(source, lexicon, project)
        if isinstance(result, Failure):
            return result
        counts["extracted"] += 1
        counts["resolved"] += sum(e.known for r in (result.organizations, result.people, result.topics) for e in r.values())
        counts["proposed"] += sum(not e.known for r in (result.organizations, result.people) for e in r.values())
        counts["flagged"] += len(result.doubts)
        return plan(draft_files(result, kb), kb, problems)
    except Refused as refusal:
        return Failure(str(source), "check", str(refusal))
    except Exception as error:  # noqa: BLE001 - see the docstring
        return Failure(str(source), "bug", f"{type(error).__name__}: {error} (please report it, with the file)")


def _refuse_broken_registries(problems: list, data_dir: Path) -> None:
    """Ingest resolves every name against the registries, and adds proposals to them: they must validate."""
    registries = {display_path(data_dir / kind.pattern) for kind in FILE_KINDS if kind.is_registry}
    broken = [problem for problem in problems
              if problem.is_error and (problem.file in registries or problem.file == display_path(data_dir))]
    if broken:
        click.echo(format_problems(broken, "text"), err=True)
        raise click.ClickException("ingest resolves names against the registries and adds to them: fix the "
                                   "problems above first (nothing was ingested)")


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
@click.option("--registry", "registry_dir", default=None, callback=in_project(str(DEFAULT_REGISTRY)),
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help=f"The fixed registries to resolve against (never the live data/, which grows). "
                   f"[default: {DEFAULT_REGISTRY} of the project]")
@click.option("--split", "part", type=click.Choice(["all", *PARTS]), default="all", show_default=True,
              help="Which part of the gold set to score.")
@click.option("--by", type=click.Choice(["publisher", "layout"]), multiple=True,
              help="Also show the headline numbers per publisher or per layout family.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="Per-field precision and recall, and every miss and extra "
              "(tuning part only).")
@click.option("--update-baseline", is_flag=True, help=f"Raise the floors in {DEFAULT_BASELINE} to what is measured; "
              "refuses to lower any.")
def evaluate(gold_dir: Path, corpus_dir: Path, registry_dir: Path, part: str, by: tuple[str, ...], as_json: bool,
             verbose: bool, update_baseline: bool):
    """Score extraction against gold annotations: the tuning part and the frozen test part,
    English and Chinese separately. The test part is the number to trust: rules are developed
    on the tuning part only, and the test part's documents are never shown one by one.

    \b
    Example:
        ocpkb eval
        ocpkb eval --split tuning -v
        ocpkb eval --by publisher --by layout
        ocpkb eval --update-baseline
    """
    if verbose and part != "tuning":
        raise click.UsageError("-v lists documents one by one, which only the tuning part may show: "
                               "add --split tuning")
    evaluation = run_evaluation(gold_dir, corpus_dir, registry_dir, None if part == "all" else part)
    if update_baseline:
        _update_baseline(evaluation, gold_dir)
        return
    if as_json:
        click.echo(json.dumps(evaluation.as_dict(), indent=1))
        return
    for shown in [p for p in PARTS if part in ("all", p)]:
        click.echo(evaluation.summary(shown))
        for family in by:
            click.echo(evaluation.breakdown(shown, family))
        click.echo()
    if verbose:
        click.echo(evaluation.report("tuning").as_table())
        click.echo("\n".join(evaluation.report("tuning").misses))


def _update_baseline(evaluation: Evaluation, gold_dir: Path) -> None:
    path = project_path(str(DEFAULT_BASELINE))
    baseline, refusals = updated_baseline(evaluation, path, gold_dir)
    if refusals:
        click.echo("\n".join(refusals), err=True)
        raise click.ClickException(f"not written: {path} never lowers a floor; lower one by editing the "
                                   "file in a commit that says why")
    path.write_text(json.dumps(baseline, indent=1) + "\n", encoding="utf-8")
    click.echo(f"{path}: floors set for {', '.join(baseline['floors'])}")


def run_evaluation(gold_dir: Path, corpus_dir: Path, registry_dir: Path, part: str | None = None) -> Evaluation:
    gold = [document for document in load_gold(gold_dir) if part in (None, document.split)]
    if not gold:
        raise click.UsageError(f"no gold files in {gold_dir}")
    lexicon = build_lexicon(load_knowledge_base(registry_dir))
    evaluation = Evaluation()
    progress = Progress("scoring", len(gold))
    for document in gold:
        source = corpus_dir / document.source
        if not source.exists():
            raise click.UsageError(f"{document.file}: source {source} not found (is --corpus right?)")
        result = run_stages(source, lexicon)
        evaluation.add(document, json_view(result) if isinstance(result, Resolution) else failure_view(result))
        progress.advance()
    progress.close()
    return evaluation
