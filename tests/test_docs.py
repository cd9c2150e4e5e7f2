"""Every command is documented: it has help with an example, and the README lists it."""

import re

import pytest

from conftest import ROOT

from ocpkb.cli import cli

COMMANDS = cli.list_commands(None)
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_an_example(name, run):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and f"ocpkb {name}" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_lists_the_command(name):
    assert re.search(rf"^\| `ocpkb {name}`", README, re.MULTILINE)


def test_readme_names_exactly_one_build_and_one_test_command():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    assert blocks[:2] == ["python3 -m pip install -e . && ocpkb build\n", "bash .ci/run\n"]
