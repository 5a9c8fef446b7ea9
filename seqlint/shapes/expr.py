"""Symbolic integer dimensions.

A dimension (``Dim``) is one of:

* a Python ``int`` -- the common, fast case;
* ``UNKNOWN`` -- a size nothing can be said about (rendered ``?``);
* an ``Expr`` -- a polynomial with integer coefficients over *atoms*. An atom is a named
  symbol (an input size such as ``N`` or ``H``, later a function parameter such as
  ``hidden``) or the floor division of an ``Expr`` by an int >= 2 (conv/pool arithmetic).

Expressions are kept in one canonical form, so two dims are equal exactly when their forms
are; ``compare`` answers "equal", "different for every input" or "cannot decide" and never
guesses.  All symbols stand for sizes, hence are >= 1.  This small exact engine replaces
sympy: it imports in microseconds and covers the arithmetic torch's shape rules use.
"""

from __future__ import annotations

import math
from typing import Union

# Sizes past this are not sizes torch can allocate; folding them only wastes time.
MAX_INT = 2**63 - 1


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "?"


UNKNOWN = _Unknown()


class Symbol:
    """A named size, e.g. the batch ``N`` or a function parameter ``hidden``."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    @property
    def key(self) -> tuple:
        return (0, self.name)

    def render(self) -> str:
        return self.name

    # Atoms are equal by what they are, not by identity: ``hidden`` read twice is one size.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, (Symbol, FloorDiv)) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


class FloorDiv:
    """``num // den``: for an int ``den``, a non-constant ``num`` whose coefficients are all in
    [0, den); for a symbolic ``den`` (a stride from a parameter), any ``num`` -- an opaque
    size, equal only to itself."""

    __slots__ = ("num", "den", "_key")

    def __init__(self, num: "Expr", den: "int | Expr"):
        self.num = num
        self.den = den
        self._key = (1, num.key, den if isinstance(den, int) else (2, den.key))

    @property
    def key(self) -> tuple:
        return self._key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (Symbol, FloorDiv)) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self._key)

    def render(self) -> str:
        inner = self.num.render()
        if len(self.num.terms) > 1 or self.num.terms[0][1] != 1:
            inner = f"({inner})"
        den = self.den if isinstance(self.den, int) else self.den.render()
        if not isinstance(self.den, int) and (len(self.den.terms) > 1 or self.den.terms[0][1] != 1
                                              or len(self.den.terms[0][0]) > 1):
            den = f"({den})"
        return f"{inner} // {den}"


Atom = Union[Symbol, FloorDiv]
Monomial = tuple  # tuple of atoms, sorted by key; () is the constant monomial


class Expr:
    """A canonical polynomial: ``terms`` is a sorted tuple of (monomial, nonzero coef)."""

    __slots__ = ("terms", "_key")

    def __init__(self, terms: tuple):
        self.terms = terms
        self._key = tuple((tuple(a.key for a in mono), coef) for mono, coef in terms)

    @property
    def key(self) -> tuple:
        return self._key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expr) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"Expr({self.render()!r})"

    def render(self) -> str:
        parts: list[str] = []
        for mono, coef in self.terms:
            if mono:
                # A lone floor division needs no parentheses: "(H + 1) // 2 - 1".
                body = mono[0].render() if len(mono) == 1 else " * ".join(_render_atom(a) for a in mono)
                mag = abs(coef)
                text = body if mag == 1 else f"{mag} * {body}"
            else:
                text = str(abs(coef))
            if not parts:
                parts.append(text if coef > 0 else f"-{text}")
            else:
                parts.append(("+ " if coef > 0 else "- ") + text)
        return " ".join(parts)

    def __str__(self) -> str:
        return self.render()


def _render_atom(atom: Atom) -> str:
    text = atom.render()
    return f"({text})" if isinstance(atom, FloorDiv) else text


Dim = Union[int, Expr, _Unknown]


# --- construction -----------------------------------------------------------------


def symbol(name: str) -> Expr:
    return Expr((((Symbol(name),), 1),))


def _from_dict(terms: dict) -> Dim:
    items = [(mono, coef) for mono, coef in terms.items() if coef != 0]
    if not items:
        return 0
    if len(items) == 1 and items[0][0] == ():
        return _bounded(items[0][1])
    for _, coef in items:
        if abs(coef) > MAX_INT:
            return UNKNOWN
    # Constant term last; others ordered by their atoms' keys for a canonical form.
    items.sort(key=lambda item: (item[0] == (), tuple(a.key for a in item[0])))
    return Expr(tuple(items))


def _bounded(value: int) -> Dim:
    return value if -MAX_INT <= value <= MAX_INT else UNKNOWN


def _as_dict(d: Dim) -> dict:
    if isinstance(d, int):
        return {(): d} if d else {}
    return dict(d.terms)


# --- arithmetic -------------------------------------------------------------------


def add(a: Dim, b: Dim) -> Dim:
    if isinstance(a, int) and isinstance(b, int):
        return _bounded(a + b)
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    terms = _as_dict(a)
    for mono, coef in _as_dict(b).items():
        terms[mono] = terms.get(mono, 0) + coef
    return _from_dict(terms)


def neg(a: Dim) -> Dim:
    if isinstance(a, int):
        return -a
    if a is UNKNOWN:
        return UNKNOWN
    return Expr(tuple((mono, -coef) for mono, coef in a.terms))


def sub(a: Dim, b: Dim) -> Dim:
    return add(a, neg(b))


def mul(a: Dim, b: Dim) -> Dim:
    if isinstance(a, int) and isinstance(b, int):
        return _bounded(a * b)
    if a == 0 or b == 0:
        return 0
    if a is UNKNOWN or b is UNKNOWN:
        return UNKNOWN
    terms: dict = {}
    for mono_a, coef_a in _as_dict(a).items():
        for mono_b, coef_b in _as_dict(b).items():
            mono = tuple(sorted(mono_a + mono_b, key=lambda atom: atom.key))
            terms[mono] = terms.get(mono, 0) + coef_a * coef_b
    return _from_dict(terms)


def product(dims) -> Dim:
    result: Dim = 1
    for d in dims:
        result = mul(result, d)
    return result


def floordiv(a: Dim, den: Dim) -> Dim:
    """``a // den`` for an int ``den`` > 0, exactly as Python (and torch's size math) floors;
    for a symbolic ``den`` (a size, so >= 1), an opaque atom."""
    if isinstance(den, Expr) and a is not UNKNOWN:
        if a == 0:
            return 0
        num = a if isinstance(a, Expr) else Expr((((), a),))
        return Expr((((FloorDiv(num, den),), 1),))
    if a is UNKNOWN or not isinstance(den, int) or den <= 0:
        return UNKNOWN
    if isinstance(a, int):
        return a // den
    if den == 1:
        return a
    # a = den * q + r with every coefficient of r in [0, den): floor(a / den) = q + floor(r / den),
    # exact because q takes integer values whenever the atoms do.
    quotient: dict = {}
    remainder: dict = {}
    for mono, coef in a.terms:
        q, r = divmod(coef, den)
        if q:
            quotient[mono] = q
        if r:
            remainder[mono] = r
    if not remainder:
        return _from_dict(quotient)
    rest = _from_dict(remainder)
    if isinstance(rest, int):
        return add(_from_dict(quotient), rest // den)
    return add(_from_dict(quotient), Expr((((FloorDiv(rest, den),), 1),)))


def ceildiv(a: Dim, den: int) -> Dim:
    return neg(floordiv(neg(a), den))


# --- questions --------------------------------------------------------------------


def _lower_bound(d: Expr):
    """A lower bound of ``d`` if every coefficient is >= 0 (atoms: symbols >= 1, floors >= 0)."""
    total = 0
    for mono, coef in d.terms:
        if coef < 0:
            return None
        if not mono:
            total += coef
        elif all(isinstance(atom, Symbol) for atom in mono):
            total += coef
    return total


def sign(d: Dim):
    """1, 0 or -1 when the sign of ``d`` is the same for every value of its symbols; else None."""
    if isinstance(d, int):
        return (d > 0) - (d < 0)
    if d is UNKNOWN:
        return None
    low = _lower_bound(d)
    if low is not None and low > 0:
        return 1
    high = _lower_bound(neg(d))
    if high is not None and high > 0:
        return -1
    return None


def compare(a: Dim, b: Dim):
    """True if ``a == b`` for every input, False if ``a != b`` for every input, else None."""
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    if a is UNKNOWN or b is UNKNOWN:
        return None
    diff = sub(a, b)
    if diff is UNKNOWN:
        return None
    if diff == 0:
        return True
    if sign(diff) in (1, -1):
        return False
    return False if never_zero_for_integers(diff) else None


def never_zero_for_integers(diff: "Expr") -> bool:
    """Atoms take integer values: a polynomial whose constant is no multiple of the gcd of
    its other coefficients is never 0 (16 * C == 15 has no integer solution), whatever the
    atoms' signs."""
    g = 0
    constant = 0
    for mono, coef in diff.terms:
        if mono:
            g = math.gcd(g, coef)
        else:
            constant = coef
    return g > 1 and constant % g != 0


def is_symbol(d: Dim) -> str | None:
    """The name if ``d`` is a bare symbol, else None."""
    if isinstance(d, Expr) and len(d.terms) == 1:
        mono, coef = d.terms[0]
        if coef == 1 and len(mono) == 1 and isinstance(mono[0], Symbol):
            return mono[0].name
    return None


def symbols(d: Dim) -> set[str]:
    found: set[str] = set()
    if isinstance(d, Expr):
        for mono, _ in d.terms:
            for atom in mono:
                if isinstance(atom, Symbol):
                    found.add(atom.name)
                else:
                    found |= symbols(atom.num)
    return found


def substitute(d: Dim, values: dict) -> Dim:
    """Replace symbols by the dims ``values`` gives them."""
    if not isinstance(d, Expr) or not values:
        return d
    result: Dim = 0
    for mono, coef in d.terms:
        term: Dim = coef
        for atom in mono:
            if isinstance(atom, Symbol):
                value = values.get(atom.name)
                term = mul(term, symbol(atom.name) if value is None else value)
            else:
                term = mul(term, floordiv(substitute(atom.num, values), atom.den))
        result = add(result, term)
    return result


def render(d: Dim) -> str:
    if isinstance(d, int):
        return str(d)
    if d is UNKNOWN:
        return "?"
    return d.render()


def to_json(d: Dim):
    """An int stays an int; symbolic dims become Python-syntax strings; unknown is "?"."""
    return d if isinstance(d, int) else render(d)
