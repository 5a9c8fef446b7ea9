"""pipeline.run_guarded: one thread per process with a big stack, reused for every file."""

import multiprocessing
import sys

import pytest

from seqlint import pipeline


def _depth(n: int) -> int:
    return 0 if n == 0 else 1 + _depth(n - 1)


def test_runs_deep_recursion_and_gives_back_results_and_errors():
    assert pipeline.run_guarded(_depth, 15_000) == 15_000  # past the default limit of 1,000
    with pytest.raises(ZeroDivisionError):
        pipeline.run_guarded(lambda: 1 / 0)
    assert pipeline.run_guarded(_depth, 10) == 10  # the thread lives on after a failure
    assert sys.getrecursionlimit() < pipeline.RECURSION_LIMIT  # restored for the caller


def test_the_thread_is_reused():
    import threading

    first = pipeline.run_guarded(threading.get_ident)
    assert pipeline.run_guarded(threading.get_ident) == first != threading.get_ident()


def _in_child(queue):
    queue.put(pipeline.run_guarded(_depth, 12_000))


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_forked_process_makes_its_own_thread():
    pipeline.run_guarded(_depth, 1)  # the parent's thread exists before the fork
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_in_child, args=(queue,))
    child.start()
    assert queue.get(timeout=60) == 12_000
    child.join(60)
    assert child.exitcode == 0


def test_a_deeply_nested_file_is_checked(tmp_path):
    path = tmp_path / "deep.py"
    path.write_text("import torch.nn as nn\nx = " + "(" * 150 + "1" + ")" * 150 + "\n"
                    "model = nn.Sequential(nn.Linear(4, 8), nn.Linear(9, 2))\n")
    report = pipeline.check_file_safely(str(path))
    assert [d.code for d in report.diagnostics if d.severity == "error"] == ["SEQ101"]
