"""Check many files: in this process for a few, across worker processes for many.

Each worker also applies the file's suppression comments (it has the text at hand): a file
that says ``# seqlint: skip-file`` is not checked, and findings a ``# noqa`` covers are dropped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from seqlint import checks, suppress
from seqlint.checks import Span
from seqlint.extract import source
from seqlint.pipeline import FileReport, check_file_safely, check_source, run_guarded

PARALLEL_THRESHOLD = 64  # below this, starting workers costs more than it saves


@dataclass
class Checked:
    report: FileReport
    invalid_noqa: list[int] = field(default_factory=list)  # lines whose noqa comment names no code after its colon
    skipped: bool = False  # `# seqlint: skip-file`


def _suppress(report: FileReport, text: str) -> Checked:
    try:
        kept, invalid = suppress.filter_diagnostics(text, report.diagnostics)
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
        report.diagnostics.append(checks.InternalError(
            report.path, Span.whole_file(), (f"reading suppressions: {type(exc).__name__}: {exc}",)))
        return Checked(report)
    report.diagnostics = kept
    return Checked(report, invalid)


def check_one(path: str) -> Checked:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        data = b""  # check_file reports it
    lowered = data.lower()
    if b"noqa" not in lowered and b"skip-file" not in lowered:
        return Checked(check_file_safely(path))
    try:
        text = source.decode(data)
    except source.UnreadableError:  # check_file reports it
        return Checked(check_file_safely(path))
    if suppress.skips_file(text):
        return Checked(FileReport(path), skipped=True)
    return _suppress(check_file_safely(path), text)


def check_text(text: str, path: str) -> Checked:
    """Check source that is not in a file (standard input), named ``path``."""
    if suppress.mentions_directives(text) and suppress.skips_file(text):
        return Checked(FileReport(path), skipped=True)
    try:
        report = run_guarded(check_source, text, path)
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
        report = FileReport(path, [checks.InternalError(path, Span.whole_file(), (f"{type(exc).__name__}: {exc}",))])
    return _suppress(report, text)


def check_files(files: list[str], jobs: int | None = None) -> list[Checked]:
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(files) < PARALLEL_THRESHOLD:
        return [check_one(f) for f in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(check_one, files, chunksize=8))


def check_paths(files: list[str], jobs: int | None = None) -> list[FileReport]:
    return [checked.report for checked in check_files(files, jobs)]
