"""Rule pages (``seqlint rule CODE``) and the README's rule table, from one source.

The source is the docstring of each rule's class in ``seqlint/checks.py``, in Markdown as
ruff writes its rule docs::

    <summary: one paragraph; the README's rule table cell and SARIF's short description>

    <more on what it checks (optional)>

    ## Why is this bad?
    <why it is a bug>

    ## Example
    <optional text>
    ```python
    <a program seqlint reports with this rule>
    ```

    Use instead<optional text>:
    ```python
    <the same program, fixed>
    ```

The README's table between its ``rules`` markers is rewritten by::

    python -m seqlint.rule_docs --update-readme

and ``tests/test_docs.py`` fails when it differs from what these docstrings render.
"""

from __future__ import annotations

import difflib
import inspect
import re
import sys
from dataclasses import dataclass

from seqlint import checks, readme

SEVERITY_MEANING = {
    checks.ERROR: "torch would raise",
    checks.WARNING: "torch runs it, but it is almost certainly a bug",
    checks.INFO: "a note about the analysis, printed only with --show-info",
}

WHY = "## Why is this bad?"
EXAMPLE = "## Example"
FIX = "Use instead"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```[ \t]*$", re.M | re.S)


class PageError(ValueError):
    """A rule's docstring does not have the parts of a page."""


@dataclass(frozen=True)
class CodeBlock:
    language: str  # "python", "console", "toml", ...
    code: str  # ends with a newline


@dataclass(frozen=True)
class Page:
    rule: type
    summary: str  # one line
    what: str  # Markdown: the summary and what follows it, up to the first section
    why: str  # Markdown
    example_text: str  # Markdown before the example block (often empty)
    example: CodeBlock
    fix_text: str  # the "Use instead..." line, maybe with a few words more
    fix: CodeBlock


def _sections(doc: str) -> tuple[str, dict[str, str]]:
    """The text before the first ``## `` heading, and each section's text by heading."""
    intro: list[str] = []
    sections: dict[str, list[str]] = {}
    current = intro
    in_fence = False
    for line in doc.split("\n"):
        if line.startswith("```"):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            if line in sections:
                raise PageError(f"the section {line!r} appears twice")
            current = sections[line] = []
            continue
        current.append(line)
    return "\n".join(intro).strip(), {k: "\n".join(v).strip() for k, v in sections.items()}


def page(rule: type) -> Page:
    """The page of a rule class from checks.py; PageError names what is missing."""
    doc = inspect.cleandoc(rule.__doc__ or "")
    what, sections = _sections(doc)
    if not what:
        raise PageError("no summary: the docstring must start with one paragraph")
    summary = " ".join(what.split("\n\n")[0].split())
    unknown = set(sections) - {WHY, EXAMPLE}
    if unknown:
        raise PageError(f"unknown sections {sorted(unknown)}: use {WHY!r} and {EXAMPLE!r}")
    why = sections.get(WHY, "")
    if not why:
        raise PageError(f"no {WHY!r} section")
    example_section = sections.get(EXAMPLE, "")
    blocks = list(_FENCE.finditer(example_section))
    if len(blocks) != 2:
        raise PageError(f"the {EXAMPLE!r} section needs two code blocks, the example and its fix "
                        f"(found {len(blocks)})")
    first, second = blocks
    between = example_section[first.end():second.start()].strip()
    if not between.startswith(FIX):
        raise PageError(f"the fix's code block must follow a line starting {FIX!r}")
    if example_section[second.end():].strip():
        raise PageError("nothing may follow the fix's code block")
    return Page(
        rule=rule,
        summary=summary,
        what=what,
        why=why,
        example_text=example_section[:first.start()].strip(),
        example=CodeBlock(first.group(1), first.group(2)),
        fix_text=between,
        fix=CodeBlock(second.group(1), second.group(2)),
    )


def render(rule: type) -> str:
    """A rule's page as Markdown, as ``seqlint rule`` prints it (ends with a newline)."""
    p = page(rule)
    parts = [
        f"# {rule.name} ({rule.code})",
        f"Severity: {rule.severity} ({SEVERITY_MEANING[rule.severity]}).",
        f"## What it checks\n{p.what}",
        f"{WHY}\n{p.why}",
    ]
    example = f"{EXAMPLE}\n"
    if p.example_text:
        example += p.example_text + "\n"
    example += f"```{p.example.language}\n{p.example.code}```"
    parts.append(example)
    parts.append(f"{p.fix_text}\n```{p.fix.language}\n{p.fix.code}```")
    return "\n\n".join(parts) + "\n"


def render_all() -> str:
    return "\n".join(render(rule) for rule in rules())


def rules() -> list[type]:
    return sorted(checks.ALL, key=lambda r: r.code)


def find(text: str) -> type | None:
    """The rule a code (any case) or kebab-case name names."""
    return checks.BY_CODE.get(text.upper()) or checks.BY_NAME.get(text.lower())


def close_match(text: str) -> str | None:
    names = sorted(checks.BY_CODE) + sorted(checks.BY_NAME)
    found = difflib.get_close_matches(text.upper() if text.upper().startswith("SEQ") else text.lower(),
                                      names, n=1)
    return found[0] if found else None


def table() -> str:
    """The README's rule table (without the markers)."""
    rows = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for rule in rules():
        summary = page(rule).summary
        if "|" in summary:
            raise PageError(f"{rule.code}: the summary may not contain '|' (it is a table cell)")
        rows.append(f"| {rule.code} | {rule.name} | {rule.severity} | {summary} |")
    return "\n".join(rows) + "\n"


def readme_section(text: str) -> str:
    """What README.md holds between the markers."""
    return readme.section(text, "rules")


def update_readme() -> None:
    readme.rewrite("rules", table())


def main(argv: list[str]) -> int:
    if argv == ["--update-readme"]:
        update_readme()
        return 0
    if not argv:
        sys.stdout.write(table())
        return 0
    sys.stderr.write("usage: python -m seqlint.rule_docs [--update-readme]\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
