"""The site folder guard: a build empties its site folder first, so it must never be one that holds work.

MkDocs runs `on_config` before it cleans the site folder, so the same check protects `ocpkb build`
and a plain `mkdocs build` (or `gh-deploy`) with a mistyped `site_dir` in mkdocs.yml.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

import ocpkb

BUILD_MARKER = "index.html"  # every build writes it; a folder without it holds no earlier build


class SiteDirError(PluginError):
    """The site folder cannot be used; the message says why and what to do."""


def check_site_dir(config, data_dir: Path | str) -> None:
    """Refuse (raise SiteDirError) a site folder that a build would wrongly empty or cannot write."""
    site = Path(os.path.realpath(config["site_dir"]))
    project = Path(os.path.realpath(config["config_file_path"])).parent
    kept = {"the data folder": data_dir, "the docs folder": config["docs_dir"],
            "the project's source": project / "scripts", "the ocpkb package": Path(ocpkb.__file__).parent}
    for name, folder in kept.items():
        relation = _relation(site, Path(os.path.realpath(folder)))
        if relation:
            _refuse(site, f"it {relation} {name} ({folder})")
    if site == project or site in project.parents:
        _refuse(site, f"it {'is' if site == project else 'contains'} the project ({project})")
    if site.is_dir() and not (site / BUILD_MARKER).exists() and any(not n.startswith(".") for n in os.listdir(site)):
        _refuse(site, f"it holds files but no earlier build (no {BUILD_MARKER})")
    _check_writable(site)


def _relation(site: Path, folder: Path) -> str:
    if site == folder:
        return "is"
    if site in folder.parents:
        return "contains"
    if folder in site.parents:
        return "lies inside"
    return ""


def _refuse(site: Path, reason: str) -> None:
    raise SiteDirError(f"refusing to build the site into {site}: {reason}. A build first empties its site "
                       "folder: choose another one with --site-dir (or site_dir in mkdocs.yml)")


def _check_writable(site: Path) -> None:
    try:
        site.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=site):
            pass
    except OSError as error:
        raise SiteDirError(f"cannot write the site into {site}: {error.strerror or error}") from None
