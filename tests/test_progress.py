"""The progress bar: drawn on standard error for a person at a terminal during a long run,
never for the machine formats or when standard error is not a terminal."""

import io
import json

import pytest
from click.testing import CliRunner

from seqlint import progress
from seqlint.cli import cli

CLEAN = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))\n"


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def files(root, n):
    for i in range(n):
        (root / f"m{i}.py").write_text(CLEAN)


# --- the decision --------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["full", "concise"])
def test_enabled_for_people_at_a_terminal(output_format):
    assert progress.enabled(output_format, Terminal())
    assert not progress.enabled(output_format, Terminal(), disabled=True)  # --no-progress
    assert not progress.enabled(output_format, io.StringIO())  # a pipe, a file
    assert not progress.enabled(output_format, object())  # no isatty at all


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_never_for_machine_formats(output_format):
    assert not progress.enabled(output_format, Terminal())
    assert progress.for_run(output_format, Terminal(), 10_000) is None


def test_due_for_many_files_or_a_long_run():
    assert progress.due(progress.MIN_FILES + 1, 0.0)
    assert not progress.due(progress.MIN_FILES, 0.0)
    assert not progress.due(10, progress.DELAY - 0.01)
    assert progress.due(10, progress.DELAY)


# --- the drawing -----------------------------------------------------------------------------


def test_render_fits_the_width_and_fills_in_proportion():
    line = progress.render(50, 200, 60)
    assert len(line) <= 59 and line.endswith(" 50/200 files") and line.startswith("Checking [")
    bar = line[line.index("[") + 1:line.index("]")]
    assert bar.count("#") == len(bar) // 4 and set(bar) == {"#", "-"}
    assert progress.render(200, 200, 60).count("-") == 0
    assert progress.render(0, 200, 60).count("#") == 0
    assert progress.render(7, 9, 20) == "Checking 7/9 files"  # too narrow for a bar
    assert len(progress.render(7, 9, 5)) <= 4
    assert progress.render(0, 0, 40).endswith(" 0/0 files")


def test_a_long_run_draws_in_place_and_erases_the_line():
    stream, clock = Terminal(), Clock()
    bar = progress.Progress(stream, progress.MIN_FILES + 50, clock=clock, width=60)
    bar(1)
    first = stream.getvalue()
    assert first.startswith("\rChecking [") and first.endswith(" 1/250 files")
    bar(2)  # within the same frame: not redrawn
    assert stream.getvalue() == first
    clock.now += 1
    bar(3)
    assert stream.getvalue().endswith(" 3/250 files") and "\n" not in stream.getvalue()
    bar(250)  # the last one is always drawn
    assert stream.getvalue().endswith(" 250/250 files")
    bar.close()
    assert stream.getvalue().endswith("\r" + " " * len(progress.render(250, 250, 60)) + "\r")
    bar.close()  # twice is harmless


def test_a_short_run_draws_nothing_until_it_lasts():
    stream, clock = Terminal(), Clock()
    with progress.Progress(stream, 20, clock=clock, width=60) as bar:
        bar(5)
        assert stream.getvalue() == ""
        clock.now += progress.DELAY
        bar(6)
        assert stream.getvalue().endswith(" 6/20 files")
    assert stream.getvalue().endswith("\r")  # erased on leaving


def test_a_run_that_ends_quickly_leaves_nothing():
    stream = Terminal()
    with progress.Progress(stream, 3, clock=Clock(), width=60) as bar:
        for done in (1, 2, 3):
            bar(done)
    assert stream.getvalue() == ""


# --- the command ---------------------------------------------------------------------------


def test_no_progress_output_when_not_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "MIN_FILES", 0)
    files(tmp_path, 3)
    result = CliRunner().invoke(cli, [str(tmp_path)])
    assert result.exit_code == 0 and "Checking" not in result.stderr and "Checking" not in result.stdout


def test_drawn_on_stderr_of_a_terminal_and_erased(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "MIN_FILES", 0)
    monkeypatch.setattr(progress, "is_terminal", lambda stream: True)
    files(tmp_path, 3)
    result = CliRunner().invoke(cli, [str(tmp_path)])
    assert result.exit_code == 0
    assert "Checking [" in result.stderr and "3/3 files" in result.stderr
    assert result.stderr.endswith("\r") and "Checking" not in result.stdout
    assert result.stdout.strip() == "All checks passed!"
    quiet = CliRunner().invoke(cli, ["--no-progress", str(tmp_path)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_not_drawn_for_machine_formats_even_on_a_terminal(tmp_path, monkeypatch, output_format):
    monkeypatch.setattr(progress, "MIN_FILES", 0)
    monkeypatch.setattr(progress, "is_terminal", lambda stream: True)
    files(tmp_path, 3)
    result = CliRunner().invoke(cli, ["--format", output_format, str(tmp_path)])
    assert result.exit_code == 0 and result.stderr == ""
    if output_format == "json":
        assert json.loads(result.stdout)["diagnostics"] == []
