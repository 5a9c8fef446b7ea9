"""seqlint on real model zoos: crashes, findings and shape coverage.

Runs `seqlint --format json --show-info <tree>` over the unpacked sources of
real packages (default: timm and torchvision, fetched with `pip download
<name> --no-deps` and unpacked into benchmarks/.cache/src/ by the helpers of
run_benchmark.py, never imported) and prints a markdown table per package
and in total:

- files: .py files under the tree; files mentioning `Sequential`;
- Sequential calls: entries of the JSON `models` list;
- crashes: SEQ003 (internal error) diagnostics, plus an exit code other than
  0/1, JSON that does not parse, and each Python traceback on stderr;
- errors and warnings: diagnostics of that severity (check them by hand
  with --list-errors: real, released code should have none);
- coverage: the share of Sequential calls whose every shape is known: the
  model's `output_shape` and every layer's `output_shape` are not null and
  hold no "?" (symbolic dims count as known; a model with no layers is
  covered when its `output_shape` is not null).

Then the top 15 reasons calls are not covered: for each uncovered call, the
`type` of its first layer whose shape is null or holds "?", counted over the
corpus ("(no layers)" / "(model output)" when no layer is to blame). That is
the list of what to support next.

    .venv/bin/python benchmarks/real_code.py                     # timm + torchvision
    .venv/bin/python benchmarks/real_code.py --package timm==1.0.31 --list-errors
    .venv/bin/python benchmarks/real_code.py --tree path/to/src --json > out.json

Exit 0 normally, 1 if any crash was seen. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_benchmark import (  # noqa: E402  (the folder must be on sys.path first)
    BIN, CACHE, EXE, REPO_ROOT, log, prepare_package_tree, tree_stats)

DEFAULT_PACKAGES = ("timm", "torchvision")
TOP_REASONS = 15
TRACEBACK = "Traceback (most recent call last)"


# --------------------------------------------------------------------------
# Running seqlint
# --------------------------------------------------------------------------

def seqlint_command(explicit: str | None) -> tuple[list[str], dict]:
    """The seqlint command and its environment: --seqlint, else the
    checkout's venv, else `seqlint` on PATH, else `<python> -m seqlint`."""
    env = dict(os.environ)
    if explicit:
        return [explicit], env
    venv_exe = REPO_ROOT / ".venv" / BIN / ("seqlint" + EXE)
    if venv_exe.exists():
        return [str(venv_exe)], env
    on_path = shutil.which("seqlint")
    if on_path:
        return [on_path], env
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return [sys.executable, "-m", "seqlint"], env


def run_seqlint(cmd: list[str], env: dict, tree: Path, timeout: float) -> dict:
    """Run seqlint once over `tree`; return exit code, parsed JSON, stderr."""
    full = [*cmd, "--format", "json", "--show-info", str(tree)]
    log("$ " + " ".join(full))
    start = time.perf_counter()
    try:
        proc = subprocess.run(full, env=env, cwd=REPO_ROOT, capture_output=True,
                              text=True, errors="replace", timeout=timeout)
    except FileNotFoundError as exc:
        return {"exit_code": None, "doc": None, "stderr": str(exc),
                "problem": f"cannot run seqlint: {exc}", "seconds": 0.0}
    except subprocess.TimeoutExpired:
        return {"exit_code": None, "doc": None, "stderr": "",
                "problem": f"no result after {timeout:.0f} s", "seconds": timeout}
    seconds = time.perf_counter() - start
    doc, problem = None, None
    try:
        doc = json.loads(proc.stdout)
        if not (isinstance(doc, dict) and isinstance(doc.get("models"), list)
                and isinstance(doc.get("diagnostics"), list)):
            doc, problem = None, "JSON output lacks the models/diagnostics lists"
    except json.JSONDecodeError as exc:
        problem = f"stdout is not JSON ({exc})"
    return {"exit_code": proc.returncode, "doc": doc, "stderr": proc.stderr,
            "problem": problem, "seconds": seconds}


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------

def shape_known(shape) -> bool:
    """True for a shape with every dim known: not null, no "?" anywhere.
    Symbolic dims (other strings) are known; tuple outputs are lists of shapes."""
    if shape is None:
        return False
    if isinstance(shape, list):
        return all(shape_known(item) for item in shape)
    return shape != "?"


def uncovered_reason(model: dict) -> str | None:
    """None for a covered call, else what to blame: the type of the first
    layer whose shape is unknown."""
    layers = model.get("layers") or []
    for layer in layers:
        if not shape_known(layer.get("output_shape")):
            return str(layer.get("type"))
    if shape_known(model.get("output_shape")):
        return None
    return "(no layers)" if not layers else "(model output)"


def display_path(path: str) -> str:
    """A path relative to the current folder when it is under it."""
    p = Path(path)
    if not p.is_absolute():
        p = REPO_ROOT / p
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def count_sequential_files(tree: Path) -> int:
    n = 0
    for p in tree.rglob("*.py"):
        try:
            if p.is_file() and b"Sequential" in p.read_bytes():
                n += 1
        except OSError:
            pass
    return n


def measure(label: str, tree: Path, cmd: list[str], env: dict, timeout: float) -> dict:
    files, _ = tree_stats(tree)
    run = run_seqlint(cmd, env, tree, timeout)
    doc = run["doc"] or {"models": [], "diagnostics": []}

    crashes = []  # one entry per crash, each a short description
    for d in doc["diagnostics"]:
        if d.get("code") == "SEQ003":
            crashes.append(f"SEQ003 {display_path(d['path'])}: {d.get('message')}")
    if run["exit_code"] not in (0, 1):
        crashes.append(f"exit code {run['exit_code']}")
    if run["problem"]:
        crashes.append(run["problem"])
    stderr = run["stderr"] or ""
    for i in range(stderr.count(TRACEBACK)):
        crashes.append(f"traceback {i + 1} on stderr")
    # SEQ003s are echoed one line each on stderr; any other crash shows its tail.
    stderr_tail = ""
    if any(not c.startswith("SEQ003") for c in crashes):
        stderr_tail = "\n".join(stderr.strip().splitlines()[-15:])

    findings = [d for d in doc["diagnostics"] if d.get("severity") in ("error", "warning")]
    reasons: Counter = Counter()
    examples: dict[str, str] = {}
    covered = 0
    for m in doc["models"]:
        reason = uncovered_reason(m)
        if reason is None:
            covered += 1
            continue
        reasons[reason] += 1
        examples.setdefault(reason, f"{display_path(m['path'])}:{m.get('line')}")

    return {
        "label": label,
        "tree": str(tree),
        "seqlint_version": (run["doc"] or {}).get("version"),
        "exit_code": run["exit_code"],
        "seconds": round(run["seconds"], 3),
        "files": files,
        "files_with_sequential": count_sequential_files(tree),
        "calls": len(doc["models"]),
        "covered": covered,
        "crashes": len(crashes),
        "crash_details": crashes,
        "stderr_tail": stderr_tail,
        "errors": sum(d["severity"] == "error" for d in findings),
        "warnings": sum(d["severity"] == "warning" for d in findings),
        "findings": [{"path": display_path(d["path"]), "line": d.get("line"),
                      "column": d.get("column"), "code": d.get("code"),
                      "severity": d.get("severity"), "message": d.get("message")}
                     for d in findings],
        "uncovered_reasons": dict(reasons.most_common()),
        "reason_examples": examples,
    }


def total_of(results: list[dict]) -> dict:
    keys = ("files", "files_with_sequential", "calls", "covered", "crashes",
            "errors", "warnings")
    return {"label": "**total**", **{k: sum(r[k] for r in results) for k in keys}}


def coverage_text(row: dict) -> str:
    if not row["calls"]:
        return "-"
    return f"{100 * row['covered'] / row['calls']:.1f}%"


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def print_report(out, results: list[dict], total: dict, reasons: list[tuple],
                 list_errors: bool) -> None:
    cols = ("package", "files", "files with Sequential", "Sequential calls",
            "crashes", "errors", "warnings", "covered", "coverage")
    print("| " + " | ".join(cols) + " |", file=out)
    print("| " + " | ".join("---" if i == 0 else "---:" for i in range(len(cols))) + " |",
          file=out)
    for row in [*results, total]:
        cells = (row["label"], row["files"], row["files_with_sequential"], row["calls"],
                 row["crashes"], row["errors"], row["warnings"], row["covered"],
                 coverage_text(row))
        print("| " + " | ".join(str(c) for c in cells) + " |", file=out)

    uncovered = total["calls"] - total["covered"]
    print(f"\nTop {min(TOP_REASONS, len(reasons))} reasons Sequential calls are not covered "
          f"({uncovered} uncovered call{'s' if uncovered != 1 else ''}; the type of the "
          f"first layer with an unknown shape):\n", file=out)
    if reasons:
        print("| # | first unknown layer | calls | example |", file=out)
        print("| ---: | --- | ---: | --- |", file=out)
        for i, (reason, count, example) in enumerate(reasons[:TOP_REASONS], 1):
            shown = reason.replace("|", "\\|").replace("\n", " ")
            print(f"| {i} | `{shown}` | {count} | {example} |", file=out)
    else:
        print("(none)", file=out)

    for r in results:
        if r["crash_details"]:
            print(f"\n{r['label']}: {r['crashes']} crash(es)", file=out)
            for c in r["crash_details"]:
                print("  " + c, file=out)
            if r["stderr_tail"]:
                print("  stderr tail:\n    " + r["stderr_tail"].replace("\n", "\n    "),
                      file=out)

    if list_errors:
        n = sum(len(r["findings"]) for r in results)
        print(f"\nErrors and warnings ({n}):", file=out)
        for r in results:
            for d in r["findings"]:
                msg = (d["message"] or "").replace("\n", "\n    ")
                print(f"{d['path']}:{d['line']}:{d['column']}: {d['code']} "
                      f"[{d['severity']}] {msg}", file=out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--package", action="append", default=[], metavar="NAME",
                    help="PyPI requirement to download and check (repeatable; "
                         "default: " + " and ".join(DEFAULT_PACKAGES) + " unless --tree is given)")
    ap.add_argument("--tree", action="append", default=[], type=Path, metavar="PATH",
                    help="check this folder (repeatable)")
    ap.add_argument("--json", action="store_true",
                    help="print the numbers as JSON on stdout (the report goes to stderr)")
    ap.add_argument("--list-errors", action="store_true",
                    help="print every error and warning as path:line:col code message")
    ap.add_argument("--seqlint", metavar="EXE",
                    help="seqlint executable (default: .venv's, else seqlint on PATH, "
                         "else `python -m seqlint` from this checkout)")
    ap.add_argument("--timeout", type=float, default=1800.0,
                    help="seconds before one seqlint run is abandoned (default: 1800)")
    args = ap.parse_args()

    packages = args.package or ([] if args.tree else list(DEFAULT_PACKAGES))
    folders = [t.resolve() for t in args.tree]
    for tree in folders:
        if not tree.is_dir():
            ap.error(f"not a folder: {tree}")
    trees: list[tuple[str, Path]] = []
    CACHE.mkdir(parents=True, exist_ok=True)
    for spec in packages:
        tree, version = prepare_package_tree(spec)
        trees.append((f"{spec} {version}", tree))
    trees += [(tree.name, tree) for tree in folders]

    cmd, env = seqlint_command(args.seqlint)
    results = [measure(label, tree, cmd, env, args.timeout) for label, tree in trees]
    total = total_of(results)

    reasons_count: Counter = Counter()
    examples: dict[str, str] = {}
    for r in results:
        reasons_count.update(r["uncovered_reasons"])
        for k, v in r["reason_examples"].items():
            examples.setdefault(k, v)
    reasons = [(k, n, examples[k]) for k, n in reasons_count.most_common()]

    print_report(sys.stderr if args.json else sys.stdout, results, total, reasons,
                 args.list_errors)
    if args.json:
        total = {**total, "label": "total"}
        for row in [*results, total]:
            row["coverage"] = round(row["covered"] / row["calls"], 4) if row["calls"] else None
        print(json.dumps({"seqlint_command": cmd, "packages": results, "total": total,
                          "uncovered_reasons": [{"reason": k, "calls": n, "example": e}
                                                for k, n, e in reasons]}, indent=2))
    return 1 if total["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
