"""Suppression comments, and writing them (``--add-noqa``).

* ``# noqa`` (everything) or ``# noqa: SEQ101, SEQ104`` (codes or kebab names, separated by
  commas or spaces) on the line a finding is reported on;
* ``# seqlint: noqa`` and ``# seqlint: noqa: SEQ101``: the same, for seqlint only (other
  linters leave them alone);
* ``# seqlint: skip-file`` anywhere in a file: the file is not checked at all.

Only real comments count (the tokenizer finds them, never text inside a string).  A finding on
a line continued with a backslash, or inside a multi-line string, is suppressed on the line
where that statement or string ends, as in ruff.  Codes that are not seqlint's (``E501``) may
share the list.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tempfile
import tokenize
from dataclasses import dataclass

from seqlint import checks

_NOQA = re.compile(r"#\s*(?P<ns>seqlint\s*:\s*)?noqa(?![\w-])", re.IGNORECASE)
_SKIP_FILE = re.compile(r"#\s*seqlint\s*:\s*skip-file(?![\w-])", re.IGNORECASE)
_CODE = re.compile(r"[A-Z]+[0-9]+")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_SEPARATOR = re.compile(r"[\s,]*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def split_lines(text: str) -> list[str]:
    """Physical lines with their endings, as Python counts them (``\\n``, ``\\r\\n``, ``\\r``)."""
    return _LINE.findall(text)


@dataclass
class Directive:
    line: int
    column: int  # 0-based start of the ``#`` in the line
    codes: tuple[str, ...] | None  # None: every code
    namespaced: bool  # ``# seqlint: noqa``
    codes_end: int  # 0-based column just past the last code (or past ``noqa``)
    separator: str  # between codes as written (", " when there is one code or none)

    def suppresses(self, diagnostic: checks.Diagnostic) -> bool:
        return self.codes is None or diagnostic.code in self.codes or diagnostic.name in self.codes


@dataclass
class Parsed:
    directives: dict[int, list[Directive]]
    line_map: dict[int, int]  # line -> the line its suppression is written on
    skip_file: bool
    invalid: list[int]  # lines whose noqa comment names no code after its colon


def _parse_comment(comment: str, line: int, offset: int, parsed: Parsed) -> None:
    if _SKIP_FILE.search(comment):
        parsed.skip_file = True
    for match in _NOQA.finditer(comment):
        end = match.end()
        if comment[end:end + 1] != ":":
            parsed.directives.setdefault(line, []).append(
                Directive(line, offset + match.start(), None, bool(match["ns"]), offset + end, ", "))
            continue
        position = end + 1
        codes: list[str] = []
        separators: list[str] = []
        codes_end = position
        while True:
            gap = _SEPARATOR.match(comment, position)
            token = _TOKEN.match(comment, gap.end())
            if token is None:
                break
            word = token.group()
            if not (_CODE.fullmatch(word) or word in checks.BY_NAME):
                break  # prose after the codes ends the list, as in ruff
            if codes:
                separators.append(gap.group())
            codes.append(word)
            position = codes_end = token.end()
        if not codes:
            parsed.invalid.append(line)
            continue
        separator = ", " if not separators or "," in separators[0] else " "
        parsed.directives.setdefault(line, []).append(
            Directive(line, offset + match.start(), tuple(codes), bool(match["ns"]), offset + codes_end, separator))


def parse(text: str) -> Parsed:
    """The suppression comments of a file, and which line each statement's comment goes on."""
    parsed = Parsed({}, {}, False, [])
    lines = split_lines(text)
    reader = iter(lines)
    previous = None
    reached = 0
    try:
        for token in tokenize.generate_tokens(lambda: next(reader, "")):
            kind, start, end = token.type, token.start, token.end
            if kind == tokenize.COMMENT:
                _parse_comment(token.string, start[0], start[1], parsed)
            elif kind == tokenize.STRING and end[0] > start[0]:
                for line in range(start[0], end[0]):
                    parsed.line_map[line] = end[0]
            if (previous is not None and start[0] > previous.end[0]
                    and previous.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT,
                                              tokenize.INDENT, tokenize.DEDENT)
                    and kind not in (tokenize.ENDMARKER, tokenize.DEDENT)):
                # A backslash continuation: no token between the two lines.
                for line in range(previous.end[0], start[0]):
                    parsed.line_map[line] = start[0]
            previous = token
            reached = end[0]
    except (tokenize.TokenError, SyntaxError, ValueError):
        # A file that does not tokenize (SEQ001): comments below the failure are read from
        # the raw lines, which is the best that can be done there.
        for number, line in enumerate(lines[reached:], start=reached + 1):
            hash_at = line.find("#")
            if hash_at >= 0:
                _parse_comment(line[hash_at:].rstrip("\r\n"), number, hash_at, parsed)
    # Continuations chain (a backslash after a multi-line string): follow to the end.
    for line in list(parsed.line_map):
        target, hops = parsed.line_map[line], 0
        while target in parsed.line_map and hops < 10_000:
            target, hops = parsed.line_map[target], hops + 1
        parsed.line_map[line] = target
    return parsed


def mentions_directives(text: str) -> bool:
    lowered = text.lower()
    return "noqa" in lowered or "skip-file" in lowered


def skips_file(text: str) -> bool:
    """Whether the file says ``# seqlint: skip-file`` in a comment."""
    return bool(_SKIP_FILE.search(text)) and parse(text).skip_file


def target_line(parsed: Parsed, line: int) -> int:
    return parsed.line_map.get(line, line)


def is_suppressed(parsed: Parsed, diagnostic: checks.Diagnostic) -> bool:
    return any(d.suppresses(diagnostic)
               for d in parsed.directives.get(target_line(parsed, diagnostic.span.line), ()))


def filter_diagnostics(text: str, diagnostics: list) -> tuple[list, list[int]]:
    """The diagnostics no comment suppresses, and the lines with an invalid ``# noqa:``."""
    if not diagnostics or not mentions_directives(text):
        return diagnostics, []
    parsed = parse(text)
    return [d for d in diagnostics if not is_suppressed(parsed, d)], parsed.invalid


# --- --add-noqa ------------------------------------------------------------------------------


class NoqaError(Exception):
    pass


def _edit_line(line: str, directives: list[Directive], codes: list[str]) -> str:
    body = line.rstrip("\r\n")
    ending = line[len(body):]
    existing = [d for d in directives if d.codes is not None]
    # Extend an existing list of codes (a plain one first, else the seqlint one) rather than
    # add a second comment.
    target = next((d for d in existing if not d.namespaced), existing[0] if existing else None)
    if target is not None:
        new = [c for c in codes if c not in target.codes]
        if not new:
            return line
        insert = "".join(f"{target.separator}{code}" for code in new)
        return body[:target.codes_end] + insert + body[target.codes_end:] + ending
    return f"{body.rstrip()}  # noqa: {', '.join(codes)}{ending}"


def decode_keeping_encoding(data: bytes) -> tuple[str, str]:
    """The text, and the encoding that writes it back byte for byte (a BOM included)."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(encoding), encoding


def add_noqa_to_text(text: str, diagnostics: list) -> tuple[str, list]:
    """``text`` with a suppression for each diagnostic; and the diagnostics that could not be
    suppressed (the line cannot hold a comment that would)."""
    try:
        before = ast.dump(ast.parse(text))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return text, list(diagnostics)  # never edit a file that does not parse
    parsed = parse(text)
    pending = [d for d in diagnostics if not is_suppressed(parsed, d)]
    wanted: dict[int, list[str]] = {}
    for d in pending:
        codes = wanted.setdefault(target_line(parsed, d.span.line), [])
        if d.code not in codes:
            codes.append(d.code)

    def apply(lines_to_edit) -> str:
        lines = split_lines(text)
        for number in lines_to_edit:
            if 1 <= number <= len(lines):
                lines[number - 1] = _edit_line(lines[number - 1], parsed.directives.get(number, []),
                                               sorted(wanted[number]))
        return "".join(lines)

    def safe(candidate: str, numbers) -> bool:
        try:
            if ast.dump(ast.parse(candidate)) != before:
                return False  # the comment landed inside a string: it changed the program
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
        reparsed = parse(candidate)
        return all(is_suppressed(reparsed, d) for d in pending
                   if target_line(parsed, d.span.line) in numbers)

    numbers = sorted(wanted)
    candidate = apply(numbers)
    if not safe(candidate, set(numbers)):
        kept = [n for n in numbers if safe(apply([n]), {n})]
        candidate = apply(kept)
        if not safe(candidate, set(kept)):
            return text, list(diagnostics)
        numbers = kept
    failed = [d for d in pending if target_line(parsed, d.span.line) not in numbers]
    return candidate, failed


def write_atomically(path: str, data: bytes) -> None:
    """Replace ``path``'s content: a temporary file beside it, then ``os.replace``."""
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(prefix=".seqlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def add_noqa_to_file(path: str, diagnostics: list) -> tuple[int, list]:
    """Write the suppressions of ``diagnostics`` into ``path``: the number of comments
    written or extended, and the diagnostics left unsuppressed."""
    if path.endswith(".ipynb"):
        return 0, list(diagnostics)  # a notebook's JSON is not edited line by line
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text, encoding = decode_keeping_encoding(data)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return 0, list(diagnostics)
    # A BOM is decoded away ("utf-8-sig") and encoded back; the cookie, line endings and
    # every other byte are kept.
    new_text, failed = add_noqa_to_text(text, diagnostics)
    if new_text == text:
        return 0, failed
    try:
        encoded = new_text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return 0, list(diagnostics)
    changed = sum(1 for a, b in zip(split_lines(text), split_lines(new_text), strict=False) if a != b)
    write_atomically(path, encoded)
    return changed, failed
