"""Positions between seqlint and LSP.

seqlint counts lines and columns from 1, columns in characters (code points), an end just
past the last character.  LSP counts both from 0, and columns in the code units of the
position encoding agreed at ``initialize``: UTF-16 unless client and server settle on UTF-8
or UTF-32.  An emoji is one seqlint column, two UTF-16 units, four UTF-8 units.

Lines are split as Python and LSP both split them (``\\n``, ``\\r\\n``, ``\\r``), not as
``str.splitlines`` does (it also breaks at form feeds and ``\\u2028``, which would shift every
line below them).
"""

from __future__ import annotations

from lsprotocol import types

from seqlint.suppress import split_lines

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def encoding_name(encoding) -> str:
    """The negotiated ``PositionEncodingKind`` (an enum, a string or None) as a plain name."""
    value = getattr(encoding, "value", encoding)
    return value if value in (UTF8, UTF16, UTF32) else UTF16


def code_units(text: str, encoding: str) -> int:
    """The length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", errors="surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class LineIndex:
    """A document's lines, converting positions both ways in one ``encoding``."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.encoding = encoding_name(encoding)
        self.lines = [line.rstrip("\r\n") for line in split_lines(text)]
        if not self.lines or text.endswith(("\n", "\r")):
            self.lines.append("")  # the empty last line an editor shows after a final newline

    def line_text(self, line: int) -> str:
        """The text of seqlint line ``line`` without its ending ("" outside the document)."""
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def position(self, line: int, column: int) -> types.Position:
        """seqlint (1-based line, 1-based character column) -> LSP position, clamped to the
        document (a column past the end of its line is the line's end)."""
        if line > len(self.lines):
            last = len(self.lines)
            return types.Position(last - 1, code_units(self.lines[-1], self.encoding))
        line = max(line, 1)
        body = self.lines[line - 1]
        chars = min(max(column, 1), len(body) + 1) - 1
        return types.Position(line - 1, code_units(body[:chars], self.encoding))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        start = self.position(line, column)
        end = self.position(end_line, end_column)
        if (end.line, end.character) < (start.line, start.character):
            end = start
        return types.Range(start, end)

    def span_range(self, span) -> types.Range:
        return self.range(span.line, span.column, span.end_line, span.end_column)

    def line_end(self, line: int, keep_trailing_space: bool = False) -> types.Position:
        """The end of seqlint line ``line``'s text (trailing spaces left out by default)."""
        body = self.line_text(line)
        if not keep_trailing_space:
            body = body.rstrip()
        return self.position(line, len(body) + 1)

    def seqlint_position(self, position: types.Position) -> tuple[int, int]:
        """LSP position -> seqlint (1-based line, 1-based character column).  A character
        inside a surrogate pair (or a UTF-8 sequence) lands on the character it belongs to;
        past the end of the line, on the line's end."""
        line = min(max(position.line, 0), len(self.lines) - 1)
        body = self.lines[line]
        units = 0
        for index, char in enumerate(body):
            units += code_units(char, self.encoding)
            if units > position.character:
                return line + 1, index + 1
        return line + 1, len(body) + 1


def before(a: types.Position, b: types.Position) -> bool:
    return (a.line, a.character) < (b.line, b.character)


def overlaps(a: types.Range, b: types.Range) -> bool:
    """Whether two ranges share a position (touching ends count: a cursor at the end of a
    diagnostic's range is on it, as editors treat it)."""
    return not before(a.end, b.start) and not before(b.end, a.start)


def contains(r: types.Range, p: types.Position) -> bool:
    return not before(p, r.start) and not before(r.end, p)
