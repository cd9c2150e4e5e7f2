"""Where the project is: like git, every command walks up from the working folder to the
folder that holds `mkdocs.yml`, so `cd docs && ocpkb validate` works. `--data` and
`--config-file` (`-f`) still name other places explicitly.
"""

from __future__ import annotations

from pathlib import Path

import click

CONFIG_NAME = "mkdocs.yml"
DATA_NAME = "data"


def find_project(start: Path | None = None) -> Path | None:
    """The nearest folder, from `start` (the working folder) upwards, that holds mkdocs.yml."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


def project_path(name: str) -> Path:
    """`name` inside the project, or relative to the working folder when there is no project."""
    project = find_project()
    return project / name if project else Path(name)


def in_project(name: str):
    """A click callback: the value given, or `name` inside the project."""
    return lambda ctx, param, value: value if value is not None else project_path(name)


def _default_data(ctx, param, value: Path | None) -> Path:
    path = value if value is not None else project_path(DATA_NAME)
    if not path.is_dir():
        where = "" if value is not None else (
            f" (found {find_project() / CONFIG_NAME})" if find_project() else
            f": no {CONFIG_NAME} in this folder or any above it; run inside the project or pass --data")
        raise click.BadParameter(f"'{path}' does not exist or is not a folder{where}", ctx=ctx, param=param)
    return path


def _default_config(ctx, param, value: Path | None) -> Path:
    path = value if value is not None else project_path(CONFIG_NAME)
    if not path.is_file():
        raise click.BadParameter(f"'{path}' does not exist: no {CONFIG_NAME} in this folder or any above it; "
                                 "run inside the project or pass --config-file", ctx=ctx, param=param)
    return path


def data_option(function=None, *, help: str = "The knowledge base folder (events/, registries, schema/)."):
    """`--data DIR`, by default data/ of the project found from the working folder."""
    decorator = click.option(
        "--data", "data_dir", default=None, callback=_default_data,
        type=click.Path(file_okay=False, path_type=Path),
        help=f"{help} [default: data/ beside mkdocs.yml, found from here upwards]")
    return decorator(function) if function else decorator


def config_option(function):
    """`--config-file/-f FILE`, by default the project's mkdocs.yml."""
    return click.option(
        "--config-file", "-f", default=None, callback=_default_config,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The MkDocs configuration. [default: mkdocs.yml, found from here upwards]")(function)
