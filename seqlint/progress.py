"""A progress bar on standard error while many files are checked.

Shown only to a person: never for the machine formats (json, sarif, github), never when
standard error is not a terminal (a pipe, a file, CI logs), never with ``--no-progress``;
and then only for a long run: more than ``MIN_FILES`` files, or once ``DELAY`` seconds have
passed.  It redraws one line in place (at most ``FRAMES_PER_SECOND`` times a second) and
erases it when the run is over, so the report starts on a clean line.
"""

from __future__ import annotations

import shutil
import time

MIN_FILES = 200  # more files than this: shown from the start
DELAY = 1.0  # seconds: a smaller run that lasts longer shows it from then on
FRAMES_PER_SECOND = 10
MACHINE_FORMATS = ("json", "sarif", "github")


def is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def enabled(output_format: str, stream, disabled: bool = False) -> bool:
    """Whether a bar may be drawn on ``stream`` at all, for a run printing ``output_format``."""
    return not disabled and output_format not in MACHINE_FORMATS and is_terminal(stream)


def due(total: int, elapsed: float) -> bool:
    """Whether a run over ``total`` files, ``elapsed`` seconds in, is long enough to show."""
    return total > MIN_FILES or elapsed >= DELAY


def render(done: int, total: int, width: int) -> str:
    """One line of at most ``width - 1`` characters: ``Checking [####----] 120/480 files``."""
    total = max(total, 0)
    done = min(max(done, 0), total)
    counts = f" {done}/{total} files"
    label = "Checking "
    room = width - 1 - len(label) - len(counts) - 2  # the brackets
    if room < 10:  # too narrow for a bar: the counts alone
        return (label.strip() + counts)[: max(width - 1, 0)]
    filled = room * done // total if total else room
    return f"{label}[{'#' * filled}{'-' * (room - filled)}]{counts}"


class Progress:
    """Call it with the number of files checked so far; ``close`` erases the line."""

    def __init__(self, stream, total: int, clock=time.monotonic, width: int | None = None):
        self.stream = stream
        self.total = total
        self.clock = clock
        self.start = clock()
        self.width = width
        self.shown = 0  # the length of the line on screen (0: nothing drawn)
        self.last = None  # when it was last drawn

    def __call__(self, done: int) -> None:
        now = self.clock()
        if not due(self.total, now - self.start):
            return
        final = done >= self.total
        if self.last is not None and now - self.last < 1 / FRAMES_PER_SECOND and not final:
            return
        self.last = now
        width = self.width or shutil.get_terminal_size((80, 24)).columns
        line = render(done, self.total, width)
        self.stream.write("\r" + line + " " * max(self.shown - len(line), 0))
        self.stream.flush()
        self.shown = len(line)

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def for_run(output_format: str, stream, total: int, disabled: bool = False) -> Progress | None:
    """The bar for a run over ``total`` files, or None when none may be drawn."""
    return Progress(stream, total) if enabled(output_format, stream, disabled) else None
