"""Label programs under torch with the project's own oracle, /work/main/tests/torch_run.py:run_program
(line = ctor line of the innermost running non-Sequential module, else deepest traceback line in the file).
Also records label_alt.py's view (innermost *built-in* torch.nn layer, else deepest traceback line) for comparison.
Usage: python label_one.py PATH... -> one JSON object {path: label} on the last stdout line."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "tests"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_run import run_program   # noqa: E402
import label_alt                    # noqa: E402


def reset_torch_state():
    import torch
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)


def label(path):
    src = open(path).read()
    reset_torch_state()
    r = run_program(src, path)
    res = {"error": r.error[:300] if r.error else None, "error_line": r.error_line,
           "outputs": {str(k): v for k, v in r.outputs.items()}, "tb_line": None, "alt_line": None}
    if r.error:
        reset_torch_state()
        a = label_alt.label(path)
        res["tb_line"], res["alt_line"] = a["tb_line"], a["error_line"]
    return res


if __name__ == "__main__":
    print(json.dumps({p: label(p) for p in sys.argv[1:]}))
