"""Configuration: [tool.seqlint] discovery, rule selection, exclusion, .gitignore, the flags over
it, and one clear error (exit 2) for a bad key or value."""

import json
import os

import pytest
from click.testing import CliRunner

from seqlint.cli import cli
from seqlint.config import ConfigError, Overrides, Resolver, RuleSelection, parse_selector, resolve_rules

BROKEN = "import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n"  # SEQ101
SOFTMAX = "import torch.nn as nn\ns = nn.Sequential(nn.Linear(4, 8), nn.Softmax())\n"  # SEQ201
BOTH = BROKEN + "s = nn.Sequential(nn.Linear(4, 8), nn.Softmax())\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def codes(*args, input=None):
    """The codes reported, per file name relative to nothing: [(path, code)] sorted."""
    result = run("--format", "json", *args, input=input)
    assert result.exit_code in (0, 1), result.output
    return sorted((d["path"], d["code"]) for d in json.loads(result.stdout)["diagnostics"])


def write(root, files: dict):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def pyproject(root, body: str):
    (root / "pyproject.toml").write_text("[tool.seqlint]\n" + body)


# --- rule selection ------------------------------------------------------------------


def test_select_by_prefix_and_name(tmp_path):
    write(tmp_path, {"m.py": BOTH})
    pyproject(tmp_path, 'select = ["SEQ2"]\n')
    assert [c for _, c in codes(tmp_path)] == ["SEQ201"]
    pyproject(tmp_path, 'select = ["feature-mismatch"]\n')
    assert [c for _, c in codes(tmp_path)] == ["SEQ101"]


def test_ignore_by_name_and_exit_code(tmp_path):
    write(tmp_path, {"m.py": BROKEN})
    pyproject(tmp_path, 'ignore = ["feature-mismatch"]\n')
    result = run(tmp_path)
    assert result.exit_code == 0, result.output
    assert "All checks passed" in result.output


def test_more_specific_selector_wins(tmp_path):
    write(tmp_path, {"m.py": BOTH})
    pyproject(tmp_path, 'select = ["SEQ"]\nignore = ["SEQ1"]\n')
    assert [c for _, c in codes(tmp_path)] == ["SEQ201"]
    pyproject(tmp_path, 'select = ["SEQ101"]\nignore = ["SEQ1"]\n')
    assert [c for _, c in codes(tmp_path)] == ["SEQ101"]


def test_extend_select_adds_to_select(tmp_path):
    write(tmp_path, {"m.py": BOTH})
    pyproject(tmp_path, 'select = ["SEQ2"]\nextend-select = ["SEQ101"]\n')
    assert [c for _, c in codes(tmp_path)] == ["SEQ101", "SEQ201"]


def test_flags_override_the_file(tmp_path):
    write(tmp_path, {"m.py": BOTH})
    pyproject(tmp_path, 'select = ["SEQ2"]\n')
    # --select replaces the file's select; --ignore and --extend-select layer on top.
    assert [c for _, c in codes("--select", "SEQ1", tmp_path)] == ["SEQ101"]
    assert [c for _, c in codes("--extend-select", "SEQ101", tmp_path)] == ["SEQ101", "SEQ201"]
    assert codes("--ignore", "SEQ201", tmp_path) == []
    assert [c for _, c in codes("--select", "SEQ101,implicit-softmax-dim", tmp_path)] == ["SEQ101", "SEQ201"]


def test_resolve_rules_layers_like_ruff():
    def sel(*texts):
        return tuple(parse_selector(t, "test") for t in texts)

    everything = resolve_rules([])
    assert "SEQ101" in everything and "SEQ201" in everything
    rules = resolve_rules([RuleSelection(select=sel("SEQ1"), ignore=sel("SEQ104"))])
    assert "SEQ101" in rules and "SEQ104" not in rules and "SEQ201" not in rules
    # A later select starts afresh; a later ignore alone removes.
    rules = resolve_rules([RuleSelection(ignore=sel("SEQ101")), RuleSelection(select=sel("SEQ10"))])
    assert "SEQ101" in rules
    rules = resolve_rules([RuleSelection(select=sel("ALL")), RuleSelection(ignore=sel("SEQ2"))])
    assert "SEQ201" not in rules and "SEQ101" in rules
    assert parse_selector("SEQ1", "x").codes == {c for c in everything if c.startswith("SEQ1")}


# --- per-file-ignores ----------------------------------------------------------------


def test_per_file_ignores(tmp_path):
    write(tmp_path, {"tests/t.py": BOTH, "src/m.py": BOTH, "src/deep/conftest.py": BOTH})
    pyproject(tmp_path, '[tool.seqlint.per-file-ignores]\n'
                        '"tests/*" = ["SEQ1"]\n"conftest.py" = ["implicit-softmax-dim"]\n')
    found = codes(tmp_path)
    by_file = {}
    for path, code in found:
        by_file.setdefault(os.path.relpath(path, tmp_path), []).append(code)
    assert by_file == {
        os.path.join("tests", "t.py"): ["SEQ201"],
        os.path.join("src", "m.py"): ["SEQ101", "SEQ201"],
        os.path.join("src", "deep", "conftest.py"): ["SEQ101"],
    }


# --- exclusion -----------------------------------------------------------------------


def test_extend_exclude_keeps_defaults_and_exclude_replaces_them(tmp_path):
    write(tmp_path, {"pkg/m.py": BROKEN, "generated/g.py": BROKEN, "build/b.py": BROKEN})
    pyproject(tmp_path, 'extend-exclude = ["generated/"]\n')
    assert {os.path.relpath(p, tmp_path) for p, _ in codes(tmp_path)} == {os.path.join("pkg", "m.py")}
    pyproject(tmp_path, 'exclude = ["generated"]\n')
    assert {os.path.relpath(p, tmp_path) for p, _ in codes(tmp_path)} == {
        os.path.join("pkg", "m.py"), os.path.join("build", "b.py")}


def test_anchored_pattern_is_relative_to_the_pyproject(tmp_path):
    write(tmp_path, {"gen/a.py": BROKEN, "pkg/gen/b.py": BROKEN})
    pyproject(tmp_path, 'extend-exclude = ["/gen"]\n')
    assert {os.path.relpath(p, tmp_path) for p, _ in codes(tmp_path)} == {os.path.join("pkg", "gen", "b.py")}


def test_explicit_path_is_checked_unless_force_exclude(tmp_path):
    write(tmp_path, {"generated/g.py": BROKEN})
    pyproject(tmp_path, 'extend-exclude = ["generated/"]\n')
    target = tmp_path / "generated" / "g.py"
    assert codes(target) == [(str(target), "SEQ101")]
    assert codes("--force-exclude", target) == []
    assert run("--force-exclude", target).exit_code == 0
    pyproject(tmp_path, 'extend-exclude = ["generated/"]\nforce-exclude = true\n')
    assert codes(target) == []


def test_exclude_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"a/m.py": BROKEN, "b/m.py": BROKEN, "build/m.py": BROKEN})
    assert {p for p, _ in codes("--extend-exclude", "a", ".")} == {os.path.join("b", "m.py")}
    assert {p for p, _ in codes("--exclude", "a", ".")} == {os.path.join("b", "m.py"), os.path.join("build", "m.py")}


def test_virtualenvs_are_skipped_whatever_the_patterns(tmp_path):
    write(tmp_path, {"myenv/pyvenv.cfg": "home = /usr\n", "myenv/m.py": BROKEN, "m.py": BROKEN})
    pyproject(tmp_path, "exclude = []\n")
    assert {os.path.relpath(p, tmp_path) for p, _ in codes(tmp_path)} == {"m.py"}


# --- .gitignore ----------------------------------------------------------------------


def git_repo(root):
    (root / ".git").mkdir()
    (root / ".git" / "info").mkdir()


def test_gitignore_is_respected_by_default(tmp_path):
    git_repo(tmp_path)
    write(tmp_path, {"src/m.py": BROKEN, "out/o.py": BROKEN, "src/gen_x.py": BROKEN,
                     "src/gen_keep.py": BROKEN, "src/local.py": BROKEN})
    (tmp_path / ".gitignore").write_text("out/\ngen_*.py\n")
    (tmp_path / "src" / ".gitignore").write_text("!gen_keep.py\n")
    (tmp_path / ".git" / "info" / "exclude").write_text("local.py\n")
    found = {os.path.relpath(p, tmp_path) for p, _ in codes(tmp_path)}
    assert found == {os.path.join("src", "m.py"), os.path.join("src", "gen_keep.py")}
    everything = {os.path.relpath(p, tmp_path) for p, _ in codes("--no-respect-gitignore", tmp_path)}
    assert len(everything) == 5
    pyproject(tmp_path, "respect-gitignore = false\n")
    assert len(codes(tmp_path)) == 5
    assert len(codes("--respect-gitignore", tmp_path)) == 2


def test_gitignore_needs_a_repository(tmp_path):
    write(tmp_path, {"out/o.py": BROKEN})
    (tmp_path / ".gitignore").write_text("out/\n")
    assert len(codes(tmp_path)) == 1


def test_an_ignored_folder_named_explicitly_is_walked(tmp_path):
    git_repo(tmp_path)
    write(tmp_path, {"cache/tree/m.py": BROKEN})
    (tmp_path / ".gitignore").write_text("cache/\n")
    assert len(codes(tmp_path / "cache" / "tree")) == 1
    assert len(codes(tmp_path)) == 0
    assert len(codes("--force-exclude", tmp_path / "cache" / "tree" / "m.py")) == 0


# --- discovery -----------------------------------------------------------------------


def test_closest_pyproject_with_a_seqlint_table_applies(tmp_path):
    write(tmp_path, {"a/m.py": BOTH, "b/sub/m.py": BOTH, "c/m.py": BOTH})
    pyproject(tmp_path, 'select = ["SEQ1"]\n')
    pyproject(tmp_path / "b", 'select = ["SEQ2"]\n')
    (tmp_path / "c" / "pyproject.toml").write_text("[project]\nname = 'c'\n")  # no table: skipped
    by_dir = {os.path.relpath(p, tmp_path).split(os.sep)[0]: c for p, c in codes(tmp_path)}
    assert by_dir == {"a": "SEQ101", "b": "SEQ201", "c": "SEQ101"}


def test_config_flag_applies_one_file_everywhere(tmp_path):
    write(tmp_path, {"b/m.py": BOTH})
    pyproject(tmp_path / "b", 'select = ["SEQ2"]\n')
    other = tmp_path / "elsewhere.toml"
    other.write_text('[tool.seqlint]\nselect = ["SEQ101"]\n')
    assert [c for _, c in codes("--config", other, tmp_path)] == ["SEQ101"]
    other.write_text("[tool.other]\n")
    result = run("--config", other, tmp_path)
    assert result.exit_code == 2 and "no [tool.seqlint] table" in result.stderr
    result = run("--config", tmp_path / "missing.toml", tmp_path)
    assert result.exit_code == 2 and "missing.toml" in result.stderr


def test_stdin_filename_finds_config_and_per_file_ignores(tmp_path, monkeypatch):
    (tmp_path / "pkg").mkdir()
    pyproject(tmp_path / "pkg", '[tool.seqlint.per-file-ignores]\n"tests/*" = ["SEQ101"]\n')
    monkeypatch.chdir(tmp_path)
    assert codes("--stdin-filename", os.path.join("pkg", "tests", "t.py"), "-", input=BOTH) == [
        (os.path.join("pkg", "tests", "t.py"), "SEQ201")]
    assert [c for _, c in codes("--stdin-filename", os.path.join("pkg", "m.py"), input=BOTH)] == ["SEQ101", "SEQ201"]
    pyproject(tmp_path / "pkg", 'extend-exclude = ["gen.py"]\n')
    result = run("--stdin-filename", os.path.join("pkg", "gen.py"), "--force-exclude", "-", input=BROKEN)
    assert result.exit_code == 0 and "SEQ101" not in result.output


def test_torch_version_is_validated_and_stored(tmp_path):
    pyproject(tmp_path, 'torch-version = "2.4"\n')
    assert Resolver(Overrides()).settings_for(str(tmp_path)).torch_version == (2, 4)
    (tmp_path / "sub").mkdir()
    assert Resolver(Overrides()).settings_for(str(tmp_path / "sub")).torch_version == (2, 4)
    (tmp_path / "pyproject.toml").unlink()
    assert Resolver(Overrides(), cwd=str(tmp_path)).settings_for(str(tmp_path)).torch_version == (2, 13)


# --- errors: one line naming the key, exit 2 -----------------------------------------


@pytest.mark.parametrize("body, needle", [
    ('selekt = ["SEQ1"]\n', "unknown key `tool.seqlint.selekt` (did you mean `select`?)"),
    ('select = "SEQ1"\n', "`tool.seqlint.select`: expected a list"),
    ('ignore = ["SEQ999"]\n', "`tool.seqlint.ignore`: unknown rule code or name 'SEQ999'"),
    ('extend-select = ["no-such-rule"]\n', "`tool.seqlint.extend-select`: unknown rule code or name"),
    ('respect-gitignore = "yes"\n', "`tool.seqlint.respect-gitignore`: expected true or false"),
    ('exclude = "build"\n', "`tool.seqlint.exclude`: expected a list of patterns"),
    ('per-file-ignores = ["x"]\n', "`tool.seqlint.per-file-ignores`: expected a table"),
    ('per-file-ignores = {"t/*" = ["SEQ7"]}\n', '`tool.seqlint.per-file-ignores."t/*"`: unknown rule code'),
    ('torch-version = "latest"\n', "`tool.seqlint.torch-version`: expected a torch release"),
    ('torch-version = 2.4\n', "`tool.seqlint.torch-version`: expected a string"),
    ('torch-version = "3.0"\n', "`tool.seqlint.torch-version`: seqlint knows torch up to 2.13"),
    ('torch-version = "0.4"\n', "`tool.seqlint.torch-version`: torch 0.4 is older than 1.0"),
    ("select = [\n", "invalid TOML"),
])
def test_bad_configuration_is_one_clear_error(tmp_path, body, needle):
    write(tmp_path, {"m.py": BROKEN})
    pyproject(tmp_path, body)
    result = run(tmp_path)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("seqlint: error: ") and needle in line
    assert str(tmp_path / "pyproject.toml") in line


@pytest.mark.parametrize("flag", ["--select", "--ignore", "--extend-select"])
def test_bad_rule_on_the_command_line(tmp_path, flag):
    write(tmp_path, {"m.py": BROKEN})
    result = run(flag, "SEQ1,bogus", tmp_path)
    assert result.exit_code == 2
    assert f"{flag}: unknown rule code or name 'bogus'" in result.stderr


def test_valid_torch_versions_are_accepted(tmp_path):
    for version in ("2.13", "1.0", "2.4.1"):
        pyproject(tmp_path, f'torch-version = "{version}"\n')
        Resolver(Overrides()).settings_for(str(tmp_path))
    with pytest.raises(ConfigError):
        pyproject(tmp_path, 'torch-version = "2.x"\n')
        Resolver(Overrides()).settings_for(str(tmp_path))
