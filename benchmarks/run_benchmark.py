#!/usr/bin/env python3
"""Cold-run wall-clock benchmark: seqlint vs ruff vs torchshapeflow (`tsf`).

Not a test: it downloads a real source tree (timm by default) from PyPI,
installs the comparison tools into their own venv, times each tool a few
times as a fresh process and prints a table plus the seqlint budget verdict.

    python benchmarks/run_benchmark.py                  # timm, 3 runs each
    python benchmarks/run_benchmark.py --package torchvision
    python benchmarks/run_benchmark.py --tree path/to/src --repeat 5 --json

Standard library only, so it runs from any interpreter with pip.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE = REPO_ROOT / "benchmarks" / ".cache"  # git-ignored
TOOLS_VENV = CACHE / "tools-venv"
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""

# torchshapeflow 0.7.x has no runtime dependencies (torch is only in its
# "examples" extra), but should a release ever require torch, this pin makes
# pip take the CPU build on local disk instead of pulling a multi-GB CUDA one.
TOOLS_CONSTRAINTS = "torch==2.13.0\n"
TOOLS_PACKAGES = ["ruff", "torchshapeflow"]
ALL_TOOLS = ("seqlint", "ruff", "tsf")


def log(msg: str) -> None:
    # Progress goes to stderr so stdout holds only the results.
    print(msg, file=sys.stderr, flush=True)


def setup_run(cmd: list[str]) -> None:
    """Run a setup step (pip, venv), streaming its output to stderr."""
    log("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, stdout=sys.stderr)


# --------------------------------------------------------------------------
# Source tree
# --------------------------------------------------------------------------

def archive_version(archive: Path) -> str:
    """Version from a wheel (name-ver-tags.whl) or sdist (name-ver.tar.gz) name."""
    name = archive.name
    if name.endswith(".whl"):
        return name.split("-")[1]
    stem = re.sub(r"\.(tar\.gz|tar\.bz2|tgz|zip)$", "", name)
    return stem.rsplit("-", 1)[-1]


def unpack(archive: Path, dest: Path) -> Path:
    """Unpack a wheel or sdist into dest; return the folder to benchmark."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(dest)  # zipfile strips absolute and '..' parts
    else:
        with tarfile.open(archive) as tf:
            # The 'data' filter refuses links and paths that escape dest.
            if hasattr(tarfile, "data_filter"):
                tf.extractall(dest, filter="data")
            else:
                tf.extractall(dest)
    # An sdist holds a single name-version/ folder; a wheel unpacks flat.
    entries = list(dest.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest


def prepare_package_tree(spec: str) -> tuple[Path, str]:
    """Download `spec` with `pip download --no-deps` and unpack it, cached."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", spec)
    src_root = CACHE / "src" / slug
    marker = src_root / ".unpacked"  # written last: a half-unpacked tree is redone
    if marker.is_file():
        tree_rel, version = marker.read_text().split("\n")[:2]
        log(f"using cached {spec} {version} in {src_root}")
        return src_root / tree_rel, version

    dl_dir = CACHE / "downloads" / slug
    dl_dir.mkdir(parents=True, exist_ok=True)
    setup_run([sys.executable, "-m", "pip", "download", "--no-deps",
               "--disable-pip-version-check", "-d", str(dl_dir), spec])
    archives = [p for p in dl_dir.iterdir()
                if p.name.endswith((".whl", ".tar.gz", ".tar.bz2", ".tgz", ".zip"))]
    if not archives:
        sys.exit(f"pip download left no archive in {dl_dir}")
    archive = max(archives, key=lambda p: p.stat().st_mtime)

    if src_root.exists():
        shutil.rmtree(src_root)
    src_root.mkdir(parents=True)
    tree = unpack(archive, src_root)
    version = archive_version(archive)
    marker.write_text(f"{tree.relative_to(src_root)}\n{version}\n")
    log(f"unpacked {archive.name} into {tree}")
    return tree, version


def tree_stats(tree: Path) -> tuple[int, float]:
    """Number of .py files and their total size in MB (10**6 bytes)."""
    sizes = [p.stat().st_size for p in tree.rglob("*.py") if p.is_file()]
    return len(sizes), sum(sizes) / 1e6


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------

def ensure_tools_venv() -> Path:
    """Create benchmarks/.cache/tools-venv with ruff and tsf, keeping the
    project's own venv free of them. Returns the venv's bin folder."""
    bin_dir = TOOLS_VENV / BIN
    if all((bin_dir / (t + EXE)).exists() for t in ("ruff", "tsf")):
        return bin_dir
    if not (bin_dir / ("python" + EXE)).exists():
        setup_run([sys.executable, "-m", "venv", str(TOOLS_VENV)])
    constraints = CACHE / "tools-constraints.txt"
    constraints.write_text(TOOLS_CONSTRAINTS)
    setup_run([str(bin_dir / ("python" + EXE)), "-m", "pip", "install",
               "--disable-pip-version-check", "-c", str(constraints), *TOOLS_PACKAGES])
    return bin_dir


def tool_version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def tool_commands(tree: Path, bin_dir: Path | None, seqlint_python: str) -> dict:
    """Command, environment and version probe of each tool."""
    # PYTHONPATH lets `-m seqlint` work from the checkout even when the
    # package is not pip-installed into the interpreter.
    seq_env = dict(os.environ)
    seq_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    tools = {
        "seqlint": {
            "cmd": [seqlint_python, "-m", "seqlint", str(tree)],
            "env": seq_env,
            "version": [seqlint_python, "-c",
                        "import seqlint; print(getattr(seqlint, '__version__', '?'))"],
        },
    }
    if bin_dir is not None:
        ruff = str(bin_dir / ("ruff" + EXE))
        tsf = str(bin_dir / ("tsf" + EXE))
        tools["ruff"] = {
            # --no-cache: every run is cold. --isolated: ignore any config
            # files so the rule set (ruff's defaults) does not depend on where
            # the tree lives. --exit-zero: findings are not failures here.
            "cmd": [ruff, "check", "--no-cache", "--isolated", "--exit-zero", str(tree)],
            "env": None,
            "version": [ruff, "--version"],
        }
        tools["tsf"] = {
            # `tsf check PATH` accepts a directory and walks every *.py in it.
            "cmd": [tsf, "check", str(tree)],
            "env": None,
            "version": [tsf, "version"],
        }
    for spec in tools.values():
        spec["env"] = spec["env"] or dict(os.environ)
        spec["version"] = tool_version(spec["version"])
    return tools


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------

def time_tool(name: str, spec: dict, repeat: int, timeout: float) -> dict:
    """Run one tool `repeat` times as a fresh process; wall-clock each run."""
    result = {"tool": name, "version": spec["version"], "cmd": spec["cmd"],
              "times": [], "exit_codes": [], "status": "ok", "error": None}
    for i in range(repeat):
        start = time.perf_counter()
        try:
            proc = subprocess.run(spec["cmd"], env=spec["env"], cwd=REPO_ROOT,
                                  capture_output=True, text=True,
                                  errors="replace", timeout=timeout)
        except FileNotFoundError as exc:
            result.update(status="missing", error=str(exc))
            break
        except subprocess.TimeoutExpired:
            result.update(status="timeout", error=f"no result after {timeout:.0f} s")
            break
        elapsed = time.perf_counter() - start
        result["exit_codes"].append(proc.returncode)
        # Exit codes only say whether findings were reported; a traceback,
        # a signal or ruff's 2 (internal error) mean the tool itself broke.
        crashed = (proc.returncode < 0 or proc.returncode >= 2
                   or "Traceback (most recent call last)" in proc.stderr)
        if crashed:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
            result.update(status="failed", error="\n".join(tail))
            break  # a broken tool is not worth timing again
        result["times"].append(elapsed)
        log(f"  {name} run {i + 1}/{repeat}: {elapsed:.3f} s (exit {proc.returncode})")
    if result["times"]:
        result["min_s"] = min(result["times"])
        result["median_s"] = statistics.median(result["times"])
    else:
        result["min_s"] = result["median_s"] = None
    return result


def budget_verdict(results: dict) -> dict:
    """Budget: seqlint's cold run is no slower than torchshapeflow's (medians)."""
    seq = results.get("seqlint", {}).get("median_s")
    tsf = results.get("tsf", {}).get("median_s")
    if seq is None or tsf is None:
        return {"within_budget": None, "text": "unknown (seqlint or tsf has no timing)"}
    ok = seq <= tsf
    return {"within_budget": ok,
            "text": f"{'within budget' if ok else 'OVER BUDGET'}: "
                    f"seqlint median {seq:.3f} s vs tsf median {tsf:.3f} s "
                    f"({seq / tsf:.2f}x)"}


def fmt(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.3f}"


def print_table(out, header: dict, results: dict, verdict: dict) -> None:
    print(f"tree: {header['tree']}", file=out)
    print(f"      {header['label']}: {header['py_files']} .py files, "
          f"{header['py_mb']:.2f} MB of .py source, {header['repeat']} run(s) per tool",
          file=out)
    cols = f"{'tool':<9} {'min s':>8} {'median s':>9} {'files':>6} {'MB':>7}  {'exit':<6} status"
    print(cols, file=out)
    print("-" * len(cols), file=out)
    for r in results.values():
        codes = ",".join(str(c) for c in sorted(set(r["exit_codes"]))) or "-"
        print(f"{r['tool']:<9} {fmt(r['min_s']):>8} {fmt(r['median_s']):>9} "
              f"{header['py_files']:>6} {header['py_mb']:>7.2f}  {codes:<6} {r['status']}",
              file=out)
    print(f"budget: {verdict['text']}", file=out)
    for r in results.values():
        if r["error"]:
            print(f"\n{r['tool']} {r['status']}:\n{r['error']}", file=out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--package", default="timm",
                     help="PyPI requirement to download and unpack (default: timm)")
    src.add_argument("--tree", type=Path, help="benchmark this folder instead")
    ap.add_argument("--repeat", type=int, default=3, help="runs per tool (default: 3)")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS),
                    help="comma-separated subset of: " + ", ".join(ALL_TOOLS))
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds before one run is abandoned (default: 600)")
    ap.add_argument("--seqlint-python", default=sys.executable,
                    help="interpreter that runs `-m seqlint` (default: this one)")
    ap.add_argument("--json", action="store_true",
                    help="print the numbers as JSON on stdout (table goes to stderr)")
    args = ap.parse_args()

    wanted = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(wanted) - set(ALL_TOOLS)
    if unknown or args.repeat < 1:
        ap.error(f"unknown tool(s): {', '.join(sorted(unknown))}" if unknown
                 else "--repeat must be at least 1")

    CACHE.mkdir(parents=True, exist_ok=True)
    if args.tree:
        tree = args.tree.resolve()
        if not tree.is_dir():
            ap.error(f"not a folder: {tree}")
        label = tree.name
    else:
        tree, version = prepare_package_tree(args.package)
        label = f"{args.package} {version}"
    py_files, py_mb = tree_stats(tree)

    bin_dir = None
    if {"ruff", "tsf"} & set(wanted):
        try:
            bin_dir = ensure_tools_venv()
        except (OSError, subprocess.CalledProcessError) as exc:
            log(f"could not set up {TOOLS_VENV}: {exc}; ruff and tsf are skipped")
    tools = tool_commands(tree, bin_dir, args.seqlint_python)

    results = {}
    for name in wanted:
        if name not in tools:
            results[name] = {"tool": name, "version": "?", "cmd": [], "times": [],
                             "exit_codes": [], "status": "missing",
                             "error": "tools venv unavailable", "min_s": None,
                             "median_s": None}
            continue
        log(f"timing {name} ({tools[name]['version']}): {' '.join(tools[name]['cmd'])}")
        results[name] = time_tool(name, tools[name], args.repeat, args.timeout)

    verdict = budget_verdict(results)
    header = {"tree": str(tree), "label": label, "py_files": py_files,
              "py_mb": py_mb, "repeat": args.repeat}
    print_table(sys.stderr if args.json else sys.stdout, header, results, verdict)
    if args.json:
        print(json.dumps({**header, "tools": results, "budget": verdict}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
