"""Check many files: in this process for a few, across worker processes for many.

Each worker also applies the file's suppression comments (it has the text at hand): a file
that says ``# seqlint: skip-file`` is not checked, and findings a ``# noqa`` covers are dropped.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field

from seqlint import checks, notebook, suppress
from seqlint.checks import Span
from seqlint.extract import source
from seqlint.pipeline import FileReport, check_file_safely, check_source, run_guarded

PARALLEL_THRESHOLD = 64  # below this, starting workers costs more than it saves
# A check makes and drops many small trees (ast, libcst, shapes).  With CPython's default
# first threshold (700 allocations) the cycle collector runs thousands of times over them:
# about a third of a run's time on timm.  At 50,000 most of that time is saved and memory
# stays flat (62 MB at the peak on timm, 57 MB with the default); at 200,000 the collector's
# share of a serial run falls from a quarter to a fifth for 4 MB more at the peak (most of a
# file's objects die by reference counting before a collection sees them).  Turning the
# collector off would not do (the trees of a big run are not all freed by reference
# counting: 176 MB on timm).
GC_THRESHOLD = (200_000, 10, 10)


# What checking a file that builds models loads (check_source imports it when first needed):
# loaded before the workers start, forked workers share it instead of each loading it again.
PRELOADED = ("seqlint.extract.models", "seqlint.propagate", "seqlint.report.model_json")


def _preload() -> None:
    import importlib

    from seqlint import layers

    for name in PRELOADED:
        importlib.import_module(name)
    layers.family_modules()
    layers.library_modules()


def _collect_less() -> None:
    first, *rest = gc.get_threshold()
    if 0 < first < GC_THRESHOLD[0]:
        gc.set_threshold(*GC_THRESHOLD)


@dataclass
class Checked:
    report: FileReport
    # Lines whose noqa comment names no code after its colon ("cell 3:5" strings in a notebook).
    invalid_noqa: list = field(default_factory=list)
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


def check_one(path: str, torch_version: tuple | None = None) -> Checked:
    """``torch_version``: the torch release targeted (None: the newest seqlint knows)."""
    if notebook.is_notebook(path):
        return check_notebook(path, torch_version=torch_version)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        data = b""  # check_file reports it
    lowered = data.lower()
    if b"noqa" not in lowered and b"skip-file" not in lowered:
        return Checked(check_file_safely(path, torch_version))
    try:
        text = source.decode(data)
    except source.UnreadableError:  # check_file reports it
        return Checked(check_file_safely(path, torch_version))
    if suppress.skips_file(text):
        return Checked(FileReport(path), skipped=True)
    return _suppress(check_file_safely(path, torch_version), text)


def check_text(text: str, path: str, torch_version: tuple | None = None) -> Checked:
    """Check source that is not in a file (standard input), named ``path``."""
    if notebook.is_notebook(path):
        return check_notebook(path, text, torch_version)
    return _check_python(text, path, torch_version)


def check_notebook(path: str, text: str | None = None, torch_version: tuple | None = None) -> Checked:
    """A Jupyter notebook (its JSON ``text``, else read from ``path``): its code cells checked
    as one source, then each position moved to its cell."""
    try:
        python, line_map = notebook.to_python(source.read(path) if text is None else text)
    except (source.UnreadableError, notebook.NotebookError) as exc:
        return Checked(FileReport(path, [checks.UnreadableFile(path, Span.whole_file(), (str(exc),))]))
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
        return Checked(FileReport(path, [checks.InternalError(path, Span.whole_file(), (f"{type(exc).__name__}: {exc}",))]))
    checked = _check_python(python, path, torch_version)
    for diagnostic in checked.report.diagnostics:
        diagnostic.fix = None  # a notebook's JSON is not edited: its fixes are not offered
    notebook.map_report(line_map, checked.report)
    checked.invalid_noqa = ["cell {}:{}".format(*notebook.locate(line_map, n)) for n in checked.invalid_noqa]
    return checked


def _check_python(text: str, path: str, torch_version: tuple | None = None) -> Checked:
    if suppress.mentions_directives(text) and suppress.skips_file(text):
        return Checked(FileReport(path), skipped=True)
    try:
        report = run_guarded(check_source, text, path, torch_version)
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user
        report = FileReport(path, [checks.InternalError(path, Span.whole_file(), (f"{type(exc).__name__}: {exc}",))])
    return _suppress(report, text)


def check_files(files: list[str], jobs: int | None = None, torch_versions: list | None = None,
                progress=None) -> list[Checked]:
    """``torch_versions``: per file, the torch release targeted (None: the newest);
    ``progress``: called with the number of files checked so far, as they complete."""
    targets = list(torch_versions) if torch_versions is not None else [None] * len(files)
    checked: list[Checked] = []

    def collect(results) -> list[Checked]:
        for item in results:
            checked.append(item)
            if progress is not None:
                progress(len(checked))
        return checked

    _collect_less()
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(files) < PARALLEL_THRESHOLD:
        return collect(map(check_one, files, targets))
    from concurrent.futures import ProcessPoolExecutor

    _preload()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_collect_less) as pool:
        return collect(pool.map(check_one, files, targets, chunksize=2))


def check_paths(files: list[str], jobs: int | None = None) -> list[FileReport]:
    return [checked.report for checked in check_files(files, jobs)]
