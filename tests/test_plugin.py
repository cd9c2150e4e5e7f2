"""The ocpkb MkDocs plugin is configured in mkdocs.yml like any other: `plugins: [ocpkb: {data: data}]`."""

import shutil

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from conftest import FIXTURE_KB, ROOT

from ocpkb.plugin import OcpkbPlugin

CONFIG = """site_name: Test
theme:
  name: material
plugins:
  - ocpkb{options}
"""


def config_in(folder, options=""):
    (folder / "docs").mkdir(exist_ok=True)
    path = folder / "mkdocs.yml"
    path.write_text(CONFIG.format(options=options), encoding="utf-8")
    return load_config(config_file=str(path))


def test_the_data_folder_is_read_relative_to_mkdocs_yml(tmp_path, monkeypatch):
    shutil.copytree(FIXTURE_KB, tmp_path / "knowledge")
    monkeypatch.chdir("/")
    config = config_in(tmp_path, ":\n      data: knowledge")
    plugin = config.plugins["ocpkb"]
    assert isinstance(plugin, OcpkbPlugin)
    assert plugin.config["data"] == str(tmp_path / "knowledge")


def test_the_data_folder_defaults_to_data(tmp_path):
    shutil.copytree(FIXTURE_KB, tmp_path / "data")
    assert config_in(tmp_path).plugins["ocpkb"].config["data"] == str(tmp_path / "data")


@pytest.mark.parametrize("options, message", [
    (":\n      data: missing", "Plugin 'ocpkb' option 'data': The path '{folder}/missing' isn't an existing directory."),
    (":\n      data: [1]", "Plugin 'ocpkb' option 'data': Expected type: <class 'str'> but received: <class 'list'>"),
])
def test_a_wrong_value_is_a_configuration_error(tmp_path, options, message, caplog):
    shutil.copytree(FIXTURE_KB, tmp_path / "data")
    with pytest.raises(Abort):
        config_in(tmp_path, options)
    assert message.format(folder=tmp_path) in caplog.text


def test_an_unknown_option_is_named(tmp_path, caplog):
    shutil.copytree(FIXTURE_KB, tmp_path / "data")
    config_in(tmp_path, ":\n      dta: data")
    assert "Plugin 'ocpkb' option 'dta': Unrecognised configuration name: dta" in caplog.text


def test_the_project_uses_the_plugin_and_no_hook():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "plugins:\n  - ocpkb:\n      data: data\n" in text
    assert "hooks:" not in text
