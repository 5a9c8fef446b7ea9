"""Check many files: in this process for a few, across worker processes for many."""

from __future__ import annotations

import os

from seqlint.pipeline import FileReport, check_file_safely

PARALLEL_THRESHOLD = 64  # below this, starting workers costs more than it saves


def check_paths(files: list[str], jobs: int | None = None) -> list[FileReport]:
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(files) < PARALLEL_THRESHOLD:
        return [check_file_safely(f) for f in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(check_file_safely, files, chunksize=8))
