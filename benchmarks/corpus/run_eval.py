#!/usr/bin/env python3
"""Label every program of a corpus under torch (tests/torch_run.py:run_program), run seqlint,
compare: false errors, missed errors, wrong lines, output shapes.
Usage: python benchmarks/corpus/run_eval.py [CORPUS...] [-v]   (a folder here, e.g. first, second, third; default: first second)
Programs were written to be unseen by seqlint's authors' tests; use them to measure, not to tune."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY = sys.executable
SEQLINT = os.path.join(os.path.dirname(sys.executable), "seqlint")
CORPORA = [a for a in sys.argv[1:] if not a.startswith("-")] or ["first", "second"]
PROGS = os.path.join(HERE, CORPORA[0])
NJOBS = 8


def torch_labels(paths):
    p = subprocess.run([PY, os.path.join(HERE, "label_one.py"), *paths], capture_output=True, text=True,
                       timeout=900, cwd=HERE)
    if p.returncode != 0:
        raise SystemExit("labeler crashed: " + p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def seqlint(path):
    p = subprocess.run([SEQLINT, "--format", "json", path], capture_output=True, text=True, timeout=120)
    try:
        return json.loads(p.stdout)
    except ValueError:
        return {"diagnostics": [{"line": 1, "code": "CRASH", "severity": "error",
                                 "message": (p.stderr or p.stdout)[-300:]}], "models": []}


def is_symbolic(shape):
    if isinstance(shape, list):
        return any(is_symbolic(d) for d in shape)
    return isinstance(shape, str)


def main():
    verbose = "-v" in sys.argv
    names = sorted(n for n in os.listdir(PROGS) if n.endswith(".py"))
    paths = [os.path.join(PROGS, n) for n in names]
    # label_one.py resets global torch state (default dtype, grad mode) before each program
    with ThreadPoolExecutor(NJOBS) as ex:
        lab_f = [ex.submit(torch_labels, paths[i::NJOBS]) for i in range(NJOBS)]
        sl = list(ex.map(seqlint, paths))
        labels = {}
        for f in lab_f:
            labels.update(f.result())
    cats = {k: [] for k in ("false_error", "missed_error", "wrong_line", "shape_wrong", "shape_null",
                            "shape_symbolic", "shape_missing_model", "intent_mismatch")}
    n_raise = n_ok = shapes_ok = 0
    out = {}
    for name, path, s in zip(names, paths, sl):
        t = labels[path]
        errs = sorted((d for d in s["diagnostics"] if d["severity"] == "error"), key=lambda d: d["line"])
        warns = [d for d in s["diagnostics"] if d["severity"] == "warning"]
        infos = [d for d in s["diagnostics"] if d["severity"] == "info"]
        rec = {"torch_error": t["error"], "torch_line": t["error_line"], "tb_line": t["tb_line"],
               "alt_line": t["alt_line"],
               "seqlint_errors": [(d["line"], d["code"], d["message"]) for d in errs],
               "seqlint_warnings": [(d["line"], d["code"], d["message"]) for d in warns],
               "seqlint_infos": [(d["line"], d["code"], d["message"]) for d in infos],
               "torch_outputs": t["outputs"],
               "seqlint_models": [(m["line"], m["output_shape"]) for m in s["models"]]}
        out[name] = rec
        intent_bug = name.endswith("_bug.py")
        if intent_bug != bool(t["error"]):
            cats["intent_mismatch"].append(name)
        if t["error"]:
            n_raise += 1
            if not errs:
                cats["missed_error"].append(name)
            elif errs[0]["line"] != t["error_line"]:
                cats["wrong_line"].append(name)
        else:
            n_ok += 1
            if errs:
                cats["false_error"].append(name)
        # shapes: every Sequential that torch ran to completion (first call), also in programs that later raise
        models = {m["line"]: m["output_shape"] for m in s["models"]}
        src = open(path).read().splitlines()
        for ln, shp in sorted(t["outputs"].items(), key=lambda kv: int(kv[0])):
            ln = int(ln)
            if "Sequential(" not in src[ln - 1]:
                continue
            tag = f"{name}:{ln} torch={shp}" + (" [program later raises]" if t["error"] else "")
            if ln not in models:
                cats["shape_missing_model"].append(tag)
                continue
            sv = models[ln]
            if sv is None:
                cats["shape_null"].append(tag)
            elif sv == shp:
                shapes_ok += 1
            elif is_symbolic(sv):
                cats["shape_symbolic"].append(f"{tag} seqlint={sv}")
            else:
                cats["shape_wrong"].append(f"{tag} seqlint={sv}")
    json.dump(out, open(os.path.join(HERE, f"results-{os.path.basename(PROGS)}.json"), "w"), indent=1)
    print(f"programs: {len(names)}  torch raises: {n_raise}  runs: {n_ok}  exact shapes: {shapes_ok}")
    for k, v in cats.items():
        print(f"\n== {k}: {len(v)}")
        for item in v:
            nm = item.split(":")[0]
            r = out[nm]
            print(f"  {item}")
            if k in ("false_error", "missed_error", "wrong_line", "intent_mismatch") or verbose:
                print(f"     torch: {r['torch_error']} @ line {r['torch_line']} "
                      f"(tb {r['tb_line']}, builtin-layer rule {r['alt_line']})")
                print(f"     seqlint errors: {r['seqlint_errors']}")
                if r['seqlint_warnings']:
                    print(f"     seqlint warnings: {r['seqlint_warnings']}")
                if verbose and r['seqlint_infos']:
                    print(f"     seqlint infos: {r['seqlint_infos']}")


if __name__ == "__main__":
    for corpus in CORPORA:
        PROGS = os.path.join(HERE, corpus)
        print(f"### corpus {corpus}")
        main()
