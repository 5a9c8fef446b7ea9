"""Sections of README.md that code generates, between ``<!-- NAME:start -->`` and
``<!-- NAME:end -->`` markers (the rule table, the torch.nn coverage table)."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def section(text: str, name: str) -> str:
    """What the README text holds between the markers of section ``name``."""
    start, end = _markers(name)
    return text[text.index(start) + len(start):text.index(end)].strip("\n") + "\n"


def rewrite(name: str, body: str, path: Path = README) -> None:
    """Put ``body`` between the markers of section ``name`` in the README."""
    start, end = _markers(name)
    text = path.read_text(encoding="utf-8")
    head, tail = text.index(start) + len(start), text.index(end)
    path.write_text(text[:head] + "\n" + body + text[tail:], encoding="utf-8")
