"""seqlint as a pre-commit hook, driven by the real pre-commit (from PyPI, in the test extra).

A throw-away project adds seqlint to its ``.pre-commit-config.yaml`` exactly as the README
says (the README's YAML, with the repository URL and tag pointing at a snapshot of this
working tree), runs ``pre-commit install``, and commits: a clean file is committed, a file
with a shape error is refused.  pre-commit builds the hook's virtualenv and pip-installs
seqlint into it from the snapshot (PyPI is needed for libcst and the build backend; torch
must not come along).  One install, about half a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed (pre-commit needs it)")

CLEAN = "import torch.nn as nn\n\nmodel = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))\n"
BROKEN = "import torch.nn as nn\n\nmodel = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(7, 2))\n"


def readme_config() -> str:
    """The .pre-commit-config.yaml the README's pre-commit section tells users to write."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## pre-commit\n"):]
    section = section[:section.index("\n## ", 1)]
    (block,) = re.findall(r"```yaml\n(.*?)```", section, re.S)
    return block


def git(*args, cwd, env, check=True) -> subprocess.CompletedProcess:
    # A commit runs the hook, whose first run builds its environment (a pip install).
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=check, capture_output=True, text=True,
                          timeout=600)


def snapshot(dest: Path, env: dict) -> None:
    """This working tree as a git repository: what `git ls-files` lists, as it is on disk now
    (uncommitted changes and new files included, as `pre-commit try-repo` means to)."""
    dest.mkdir()
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, env=env)
    if listed.returncode == 0:
        for name in filter(None, listed.stdout.split("\0")):
            source = ROOT / name
            if source.is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest / name)
    else:  # not a git checkout (an unpacked sdist, say)
        shutil.copytree(ROOT, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis"))
    git("init", "-q", cwd=dest, env=env)
    git("add", "-A", cwd=dest, env=env)
    git("commit", "-q", "-m", "snapshot", cwd=dest, env=env)


@pytest.fixture
def env(tmp_path) -> dict:
    env = dict(os.environ)
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX"):
        env.pop(name, None)  # when the suite itself runs inside a git hook
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",  # no hooksPath, signing, ... of the user's
        GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com",
        NO_COLOR="1",
    )
    return env


def test_a_commit_with_a_shape_error_is_refused_and_a_clean_one_passes(tmp_path, env):
    config = readme_config()
    (rev,) = re.findall(r"^\s*rev:\s*(\S+)", config, re.M)
    assert re.search(r"^\s*- id: seqlint\s*$", config, re.M), config

    source = tmp_path / "seqlint-src"
    snapshot(source, env)
    git("tag", rev, cwd=source, env=env)
    config, count = re.subn(r"(^\s*- repo:\s*)\S+", lambda m: m.group(1) + source.as_posix(), config, flags=re.M)
    assert count == 1, config

    project = tmp_path / "project"
    project.mkdir()
    git("init", "-q", cwd=project, env=env)
    (project / ".pre-commit-config.yaml").write_text(config)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    installed = subprocess.run([*pre_commit, "install"], cwd=project, env=env, capture_output=True, text=True,
                               timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # A clean file: the hook runs (building its environment first) and passes.
    (project / "net.py").write_text(CLEAN)
    git("add", "net.py", ".pre-commit-config.yaml", cwd=project, env=env)
    clean = git("commit", "-m", "a clean model", cwd=project, env=env, check=False)
    output = clean.stdout + clean.stderr
    assert clean.returncode == 0, output
    assert re.search(r"^seqlint\.+Passed$", output, re.M), output

    # A shape error: the commit is refused, with seqlint's finding.
    (project / "broken.py").write_text(BROKEN)
    git("add", "broken.py", cwd=project, env=env)
    refused = git("commit", "-m", "a broken model", cwd=project, env=env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert re.search(r"^seqlint\.+Failed$", output, re.M), output
    assert "broken.py:3:51: SEQ101 Linear expects 7 input features but gets 8" in output, output
    assert "net.py" not in output.split("Failed", 1)[1]  # only the staged file is checked
    log = git("log", "--format=%s", cwd=project, env=env).stdout.split("\n")
    assert log[0] == "a clean model" and "a broken model" not in log

    # The hook's environment has seqlint and not torch.
    (site,) = (tmp_path / "pre-commit-home").glob("repo*/py_env-*/lib/python*/site-packages")
    packages = {p.name.lower() for p in site.iterdir()}
    assert "seqlint" in packages
    assert not {name for name in packages if name == "torch" or name.startswith("torch-")}, sorted(packages)

    # Fixed, the same commit goes through.
    (project / "broken.py").write_text(CLEAN)
    git("add", "broken.py", cwd=project, env=env)
    fixed = git("commit", "-m", "fixed", cwd=project, env=env, check=False)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
