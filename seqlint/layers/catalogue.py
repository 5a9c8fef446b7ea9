"""Every class torch.nn exports (torch 2.13), and what seqlint does with it.

Each class has exactly one status:

* ``rule``: a Sequential step with a shape rule (every class of the registry but those of
  ``multi_input``); what it checks is the rule class's ``checks_summary``;
* ``not a step``: the classes of ``multi_input``: torch raises when a Sequential reaches them,
  and seqlint reports it;
* ``container``: read by the extractor (a nested Sequential is a model of its own);
* ``unsupported``: a module seqlint has no rule for, with the reason;
* ``not a module``: tensors and option objects torch.nn exports beside its modules.

The first two come from the registry; the other three are listed here.  ``tests/test_catalogue.py``
checks the catalogue against ``dir(torch.nn)``, so a torch upgrade shows what is new.  The
coverage table in README.md is generated from it, and so is the table of the layers of other
libraries (einops, torchvision.ops: ``library_registry()``), which are not torch.nn classes
and so not in the catalogue:

    python -m seqlint.layers.catalogue               # print the table
    python -m seqlint.layers.catalogue --update-readme  # rewrite README.md's section

No torch import: this is data plus the registry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from seqlint import readme
from seqlint.layers import library_registry, registry
from seqlint.layers.base import Layer

RULE = "rule"
NOT_A_STEP = "not a step"
CONTAINER = "container"
UNSUPPORTED = "unsupported"
NOT_A_MODULE = "not a module"
STATUSES = (RULE, NOT_A_STEP, CONTAINER, UNSUPPORTED, NOT_A_MODULE)

NOT_A_STEP_MODULE = "seqlint.layers.multi_input"

# Modules the extractor reads instead of a rule.
CONTAINERS = {
    "Sequential": "read as a model of its own; its layers are checked in turn",
    "TransformerEncoder": "its encoder_layer (written in the call) is checked, then its norm",
    "DataParallel": "its module (written in the call) is checked; on CPU it runs that module",
}

# Modules with no rule, and why.
UNSUPPORTED_MODULES = {
}

# Classes torch.nn exports that are not modules.
NOT_MODULES = {
    "Buffer": "a tensor registered as a buffer",
    "LinearCrossEntropyOptions": "the options of LinearCrossEntropyLoss",
    "Parameter": "a tensor registered as a parameter",
    "UninitializedBuffer": "a lazy module's buffer before its first call",
    "UninitializedParameter": "a lazy module's parameter before its first call",
}



@dataclass(frozen=True)
class Entry:
    name: str  # the torch.nn class
    status: str
    note: str  # what seqlint checks, or why it does not
    rule: type[Layer] | None = None

    @property
    def rule_name(self) -> str:
        """``family.Class`` of the rule, or "" for a class without one."""
        if self.rule is None:
            return ""
        return f"{self.rule.__module__.rsplit('.', 1)[-1]}.{self.rule.__name__}"


def catalogue() -> dict[str, Entry]:
    """torch.nn class name -> its entry, sorted by name."""
    entries: dict[str, Entry] = {}
    for name, rule in registry().items():
        status = NOT_A_STEP if rule.__module__ == NOT_A_STEP_MODULE else RULE
        entries[name] = Entry(name, status, vars(rule).get("checks_summary", ""), rule)
    for status, listed in ((CONTAINER, CONTAINERS), (UNSUPPORTED, UNSUPPORTED_MODULES),
                           (NOT_A_MODULE, NOT_MODULES)):
        for name, note in listed.items():
            if name in entries:
                raise RuntimeError(f"nn.{name} is both {entries[name].status!r} and {status!r}")
            entries[name] = Entry(name, status, note)
    return dict(sorted(entries.items()))


def counts() -> dict[str, int]:
    entries = catalogue().values()
    return {status: sum(e.status == status for e in entries) for status in STATUSES}


def markdown() -> str:
    """The README's coverage table (without the markers)."""
    entries = catalogue().values()
    total = ", ".join(f"{n} {status}" for status, n in counts().items())
    lines = [
        f"{len(entries)} classes: {total}.",
        "",
        "| torch.nn | status | rule | what seqlint checks (or why not) |",
        "| --- | --- | --- | --- |",
    ]
    for e in entries:
        rule = f"`{e.rule_name}`" if e.rule else ""
        lines.append(f"| {e.name} | {e.status} | {rule} | {e.note} |")
    return "\n".join(lines) + "\n"


def readme_section(text: str) -> str:
    """What README.md holds between the markers."""
    return readme.section(text, "catalogue")


def library_markdown() -> str:
    """The README's table of the layers outside torch.nn (without the markers)."""
    rules = library_registry()
    lines = [
        f"{len(rules)} classes.",
        "",
        "| class | also imported as | rule | what seqlint checks |",
        "| --- | --- | --- | --- |",
    ]
    for name, rule in sorted(rules.items()):
        aliases = ", ".join(f"`{a}`" for a, n in sorted(rule.aliases.items()) if n == name)
        family = rule.__module__.rsplit(".", 1)[-1]
        lines.append(f"| `{name}` | {aliases} | `{family}.{rule.__name__}` | {vars(rule).get('checks_summary', '')} |")
    return "\n".join(lines) + "\n"


def update_readme() -> None:
    readme.rewrite("catalogue", markdown())
    readme.rewrite("libraries", library_markdown())


def main(argv: list[str]) -> int:
    if argv == ["--update-readme"]:
        update_readme()
    elif not argv:
        sys.stdout.write(markdown())
    else:
        sys.stderr.write("usage: python -m seqlint.layers.catalogue [--update-readme]\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
