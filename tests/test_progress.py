"""Long commands show their progress on a terminal and nothing at all elsewhere (CI, a log file)."""

import io

from ocpkb.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_updates_one_line_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    progress = Progress("rendering pages", 2, terminal)
    progress.advance()
    progress.advance()
    progress.close()
    assert terminal.getvalue().startswith("\rrendering pages: 1/2\rrendering pages: 2/2")
    assert terminal.getvalue().endswith("\r\033[K")  # the line is cleared for what follows


def test_progress_is_silent_in_ci_and_in_files(monkeypatch):
    monkeypatch.setenv("CI", "true")
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = Progress("scoring", 3, stream)
        progress.advance(3)
        progress.close()
    monkeypatch.delenv("CI")
    progress = Progress("scoring", 3, log)
    progress.advance(3)
    assert terminal.getvalue() == log.getvalue() == ""
