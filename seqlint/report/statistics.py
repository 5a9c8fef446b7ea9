"""``--statistics``: how many findings of each rule, most frequent first (as ruff)."""

from __future__ import annotations

import json
from collections import Counter

from seqlint import checks


def rows(diagnostics) -> list[dict]:
    counts = Counter(d.code for d in diagnostics)
    return [{"code": code, "name": checks.BY_CODE[code].name if code in checks.BY_CODE else "",
             "count": count}
            for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def render_text(diagnostics) -> str:
    table = rows(diagnostics)
    if not table:
        return ""
    width = max(len(str(row["count"])) for row in table)
    return "".join(f"{row['count']:>{width}}\t{row['code']}\t{row['name']}\n" for row in table)


def render_json(diagnostics) -> str:
    return json.dumps(rows(diagnostics), indent=2) + "\n"
