"""The `ocpkb` command. Each subcommand is a thin shell around one pipeline stage.

Exit codes: 0 all good, 1 the data (or an input) has problems, 2 the command was used wrongly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .problems import format_problems
from .project import config_option, data_option, project_path
from .validate import load_and_validate

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # we pin mkdocs<2 on purpose (README, "Site")


class LazyGroup(click.Group):
    """Commands named here are imported only when used, so `ocpkb validate` does not pay for ingestion."""

    lazy = {"ingest": "ocpkb.ingest.commands:ingest", "eval": "ocpkb.ingest.commands:evaluate", "new": "ocpkb.new:new"}

    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx, name):
        if name in self.lazy:
            import importlib

            module, attribute = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="ocpkb")
def cli():
    """Knowledge base of Open Compute Project community events.

    The data is YAML under data/; these commands check it, build the site
    from it, and turn raw event recaps into new data.
    """


@cli.command()
@data_option
@click.option("--format", "style", type=click.Choice(["text", "json", "github"]),
              default=lambda: "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text",
              help="text: file:line:col lines; json: a list of records; github: ::error and ::warning annotations. "
                   "[default: github under GitHub Actions, else text]")
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
def validate(data_dir: Path, style: str, files: tuple[Path, ...]):
    """Check every data file and report all problems at once.

    The whole knowledge base is always checked (references cross files);
    naming FILES (or folders) inside the data folder only limits which
    files' problems are printed. Warnings (entries that may be duplicates)
    are printed too, but only errors make the exit status 1.

    \b
    Example:
        ocpkb validate
        ocpkb validate --data tests/fixtures/kb --format json
        ocpkb validate data/events/ocp-china-day-2023.yml
    """
    wanted = _inside_data(files, data_dir)
    kb, problems = load_and_validate(data_dir)
    if wanted:
        problems = [p for p in problems if any(os.path.commonpath([w, os.path.abspath(p.file)]) == w for w in wanted)]
    if problems or style == "json":
        click.echo(format_problems(problems, style))
    errors = [problem for problem in problems if problem.is_error]
    warnings = len(problems) - len(errors)
    count = len(kb.files)
    summary = f"{count} file{'s' if count != 1 else ''} checked: "
    summary += f"{len(errors)} problem{'s' if len(errors) != 1 else ''}" if errors else "no problems"
    summary += f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""
    click.echo(summary, err=True)
    sys.exit(1 if errors else 0)


def _inside_data(paths: tuple[Path, ...], data_dir: Path) -> list[str]:
    """The named files and folders as absolute paths (relative and absolute spellings match), each inside the data folder."""
    data = os.path.abspath(data_dir)
    wanted = [os.path.abspath(path) for path in paths]
    for path, real in zip(paths, wanted):
        if os.path.commonpath([data, real]) != data:
            raise click.BadParameter(f"{path} is not inside the data folder {data_dir} (use --data)",
                                     param_hint="FILES")
    return wanted


@cli.command()
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the schema files. [default: data/schema of the project]")
def schema(out_dir: Path | None):
    """Write the JSON Schema of every kind of data file.

    Editors (through the `# yaml-language-server: $schema=` line every data
    file starts with) and check-jsonschema read these files.

    \b
    Example:
        ocpkb schema
    """
    from .schema import write_schemas

    for path in write_schemas(out_dir or project_path("data/schema")):
        click.echo(path)


def _show_mkdocs_messages() -> None:
    """Print what MkDocs logs (problems, warnings, the serve address) as `mkdocs` itself does.

    MkDocs reports through logging and only its own command line sets up a handler; without one
    a failed build would say no more than "Aborted with a BuildError!".
    """
    import logging

    logger = logging.getLogger("mkdocs")
    if any(handler.name == "ocpkb" for handler in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.name = "ocpkb"
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


@cli.command()
@data_option
@config_option
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site. [default: site_dir of mkdocs.yml]")
@click.option("--strict/--no-strict", default=True, show_default=True, help="Treat warnings as errors.")
def build(data_dir: Path, config_file: Path, site_dir: Path | None, strict: bool):
    """Build the static site from the knowledge base (the same as `mkdocs build`).

    \b
    Example:
        ocpkb build
        ocpkb build --data tests/fixtures/kb --site-dir /tmp/site
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    from .plugin import load_site_config
    from .sitedir import SiteDirError, check_site_dir

    _show_mkdocs_messages()
    commit_time = _commit_time(config_file.resolve().parent)
    if commit_time:
        os.environ.setdefault("SOURCE_DATE_EPOCH", commit_time)
    overrides = {"strict": strict}
    if site_dir:
        overrides["site_dir"] = str(site_dir)
    try:
        config = load_site_config(config_file, data_dir, **overrides)
        check_site_dir(config, data_dir)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except SiteDirError as error:
        raise (click.BadParameter(str(error), param_hint="'--site-dir'") if site_dir else click.ClickException(str(error)))
    except MkDocsException as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write the site: {error}") from None
    click.echo(f"site written to {config['site_dir']}", err=True)


def _commit_time(folder: Path) -> str:
    """The last commit's time, so that two builds of one commit are byte-identical (reproducible-builds.org)."""
    import subprocess

    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=folder, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


@cli.command()
@data_option
@config_option
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--open", "open_in_browser", is_flag=True, help="Open the preview in the default browser.")
def serve(data_dir: Path, config_file: Path, dev_addr: str, open_in_browser: bool):
    """Preview the site while you edit: a saved YAML file reaches its page in about a second.

    Only the pages an edit touches are made again; the exports and the search
    index follow a little later. While the data has problems, every page shows
    them (file:line:col) and the preview recovers once they are fixed. Edits to
    docs/ or mkdocs.yml rebuild the whole site. `mkdocs serve` does the same.

    \b
    Example:
        ocpkb serve
        ocpkb serve --data tests/fixtures/kb --dev-addr 127.0.0.1:8001
    """
    from mkdocs.exceptions import MkDocsException

    from .preview.serve import serve as preview_serve

    _show_mkdocs_messages()
    try:
        preview_serve(config_file, data_dir, dev_addr, open_in_browser)
    except MkDocsException as error:
        raise click.ClickException(str(error)) from None


@cli.command()
@click.option("--events", "event_count", type=click.IntRange(1, 100_000), required=True, help="How many events.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="An empty or new folder for the knowledge base.")
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same files.")
def synth(event_count: int, out_dir: Path, seed: int):
    """Write a synthetic knowledge base shaped like the real one, for benchmarks.

    Per event about 20 sessions with 1-3 speakers; per 1,000 events 5,000
    people, 1,000 organizations and 300 topics; English and Chinese names.

    \b
    Example:
        ocpkb synth --events 1000 --out /tmp/kb-1000
        ocpkb validate --data /tmp/kb-1000
    """
    from .synth import synthesize, write_knowledge_base

    if out_dir.exists() and any(out_dir.iterdir()):
        raise click.UsageError(f"{out_dir} is not empty; synth writes only into an empty or new folder")
    write_knowledge_base(synthesize(event_count, seed), out_dir)
    click.echo(f"{event_count} events written to {out_dir}", err=True)


def main():
    _tune_garbage_collector()
    cli(prog_name="ocpkb")


def _tune_garbage_collector() -> None:
    """Collect the youngest generation every 50,000 new objects instead of every 700. Loading and
    building make millions of small objects that live to the end, none in cycles, and each young
    collection rescanned them: `ocpkb validate` at 1,000 events used 27% less CPU time (median of
    three: 9.6 s -> 7.2 s; the same as switching the collector off), at the same peak memory.
    Cycles are still collected, so a long `ocpkb serve` does not grow."""
    import gc

    gc.set_threshold(50_000, 50, 100)
