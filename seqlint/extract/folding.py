"""Bounded constant folding of libcst expressions.

``32 * 8 * 8`` -> 2048, ``(3, 3)`` -> (3, 3), ``hidden * 2`` -> a symbolic dim when a
scope binds ``hidden`` to one.  Anything else -- and anything too large or too deep to
compute at once (``10 ** 10 ** 10``, a 5,000-term sum) -- folds to ``UNKNOWN``: folding
never hangs, never recurses without bound, never guesses.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import libcst as cst

from seqlint.extract.scopes import dotted
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr

MAX_DEPTH = 60  # expression nesting folded; deeper is UNKNOWN
MAX_BITS = 256  # ints wider than this are no tensor size
MAX_ITEMS = 10_000  # longest tuple/string built by repetition
PLACEHOLDER_PREFIX = "_seqlint_too_"  # what extract.source writes over too-deep expressions


@dataclass(frozen=True)
class DType:
    """A torch dtype named in the source, e.g. ``torch.float64``."""

    name: str


DTYPES = {
    "float32": "float32", "float": "float32", "float64": "float64", "double": "float64",
    "float16": "float16", "half": "float16", "bfloat16": "bfloat16",
    "int64": "int64", "long": "int64", "int32": "int32", "int": "int32", "int16": "int16",
    "short": "int16", "int8": "int8", "uint8": "uint8", "bool": "bool",
    "complex64": "complex64", "cfloat": "complex64", "complex128": "complex128",
}

Lookup = Callable[[str], object]  # name -> value, or UNKNOWN


class ConstDict(dict):
    """A dict literal of constants (``cfgs = {"A": [64, "M", ...]}``), hashable as folded
    values are."""

    def __hash__(self):
        return hash(tuple(self.items()))


class Parameter(Expr):
    """The symbol of a function parameter, holding what the caller passed: its items at
    constant indices are sizes of their own (``dims[0]``).  Once the parameter has been
    handed to code not followed (which may change a list in place), it is a plain symbol:
    the same size, but its items are no longer known to be the ones read before."""

    __slots__ = ()


@lru_cache(maxsize=4096)
def parameter(name: str) -> Parameter:
    """The symbol of parameter ``name`` (immutable: one object per name)."""
    return Parameter(expr.symbol(name).terms)


def subscript(container, index):
    """``container[index]`` for folded values, or UNKNOWN.  An item of a parameter at a
    constant index (``dims[0]``) is a size of its own, a symbol like the parameter's."""
    if isinstance(container, Expr):
        name = expr.is_symbol(container)
        if isinstance(container, Parameter) and name is not None and isinstance(index, int) and \
                not isinstance(index, bool) and len(name) < 64 and name.count("[") < 3:
            return parameter(f"{name}[{index}]")
        return UNKNOWN
    if isinstance(container, ConstDict):
        return container.get(index, UNKNOWN) if not isinstance(index, (slice, Expr)) else UNKNOWN
    if isinstance(container, (tuple, list, str)):
        if isinstance(index, slice):
            return container[index]
        if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
            return container[index]
    return UNKNOWN


def dotted_name(node: cst.BaseExpression) -> str | None:
    """``torch.nn.Linear`` -> "torch.nn.Linear"; None for anything but names and attributes."""
    parts = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


class Folder:
    """Folds expressions; ``lookup`` gives names their values (scope constants, symbols)."""

    def __init__(self, lookup: Lookup, qualify: Callable[[str], str | None] = lambda n: None,
                 shape_of: Callable[[str], object] | None = None):
        self.lookup = lookup
        self.qualify = qualify  # dotted name as written -> fully qualified name, via imports
        self.shape_of = shape_of  # a name -> the shape of the tensor or array it holds, or UNKNOWN
        self.problems: list[str] = []  # why something folded to UNKNOWN, worth a note

    def _give_up(self, why: str):
        self.problems.append(why)
        return UNKNOWN

    def fold(self, node: cst.BaseExpression, depth: int = 0):
        if depth > MAX_DEPTH:
            return self._give_up("expression too deeply nested to compute")
        try:
            return self._fold(node, depth + 1)
        except (ArithmeticError, ValueError, TypeError, RecursionError, MemoryError):
            return UNKNOWN

    def _fold(self, node, depth):
        if isinstance(node, cst.Integer):
            return _small(int(node.value.replace("_", ""), 0) if not _is_octal_legacy(node.value) else UNKNOWN)
        if isinstance(node, cst.Float):
            return float(node.value.replace("_", ""))
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            value = node.evaluated_value
            return value if isinstance(value, str) else UNKNOWN
        if isinstance(node, cst.Name):
            if node.value.startswith(PLACEHOLDER_PREFIX):
                return self._give_up("expression too deeply nested to compute")
            if node.value in ("True", "False", "None"):
                return {"True": True, "False": False, "None": None}[node.value]
            return self.lookup(node.value)
        if isinstance(node, cst.Attribute):
            if node.attr.value == "shape" and isinstance(node.value, cst.Name) and self.shape_of is not None:
                return self.shape_of(node.value.value)  # data.shape[1]
            name = dotted_name(node) or ""
            if name.startswith("self.") and name.count(".") == 1:
                return self.lookup(name)  # an attribute __init__ set (or a class constant)
            qualified = self.qualify(name)
            if qualified and qualified.startswith("torch.") and qualified[6:] in DTYPES:
                return DType(DTYPES[qualified[6:]])
            return UNKNOWN
        if isinstance(node, (cst.Tuple, cst.List)):
            items = []
            for element in node.elements:
                if isinstance(element, cst.StarredElement):
                    inner = self.fold(element.value, depth)
                    if not isinstance(inner, tuple):
                        return UNKNOWN
                    items.extend(inner)
                else:
                    items.append(self.fold(element.value, depth))
            return tuple(items)
        if isinstance(node, cst.UnaryOperation):
            value = self.fold(node.expression, depth)
            if value is UNKNOWN:
                return UNKNOWN
            op = node.operator
            if isinstance(op, cst.Minus):
                return expr.neg(value) if isinstance(value, Expr) else _number(-_num(value))
            if isinstance(op, cst.Plus):
                return value if isinstance(value, Expr) else _number(+_num(value))
            if isinstance(op, cst.Not):
                return UNKNOWN if isinstance(value, Expr) else (not value)
            return UNKNOWN
        if isinstance(node, cst.BinaryOperation):
            return self._binary(node, depth)
        if isinstance(node, cst.Call):
            return self._call(node, depth)
        if isinstance(node, cst.IfExp):
            test = self.fold(node.test, depth)
            if test is UNKNOWN or isinstance(test, Expr):
                return UNKNOWN
            return self.fold(node.body if test else node.orelse, depth)
        if isinstance(node, cst.Subscript) and len(node.slice) == 1:
            container = self.fold(node.value, depth)
            if container is UNKNOWN:
                return UNKNOWN
            part = node.slice[0].slice
            if isinstance(part, cst.Index):
                return subscript(container, self.fold(part.value, depth))
            bounds = [self.fold(b, depth) if b is not None else None for b in (part.lower, part.upper, part.step)]
            if not all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
                return UNKNOWN
            return subscript(container, slice(*bounds))
        if isinstance(node, cst.BooleanOperation):
            left = self.fold(node.left, depth)
            if left is UNKNOWN or isinstance(left, Expr):
                return UNKNOWN
            if isinstance(node.operator, cst.And):
                return self.fold(node.right, depth) if left else left
            return left if left else self.fold(node.right, depth)
        if isinstance(node, cst.Dict):
            result = ConstDict()
            for element in node.elements:
                if not isinstance(element, cst.DictElement):
                    return UNKNOWN
                key = self.fold(element.key, depth)
                if key is UNKNOWN or isinstance(key, Expr):
                    return UNKNOWN
                result[key] = self.fold(element.value, depth)
            return result
        if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
            left = self.fold(node.left, depth)
            right = self.fold(node.comparisons[0].comparator, depth)
            return compare_values(_CST_COMPARISONS.get(type(node.comparisons[0].operator), ""), left, right)
        return UNKNOWN

    def _binary(self, node: cst.BinaryOperation, depth: int):
        left = self.fold(node.left, depth)
        if left is UNKNOWN:
            return UNKNOWN
        right = self.fold(node.right, depth)
        if right is UNKNOWN:
            return UNKNOWN
        try:
            return combine(_CST_OPERATORS.get(type(node.operator), ""), left, right)
        except TooLarge as exc:
            return self._give_up(str(exc))

    def _call(self, node: cst.Call, depth: int):
        func = node.func
        if isinstance(func, cst.Attribute) and func.attr.value == "size" and isinstance(func.value, cst.Name) \
                and self.shape_of is not None and len(node.args) <= 1 and not any(a.keyword for a in node.args):
            shape = self.shape_of(func.value.value)  # x.size(1), x.size()
            if not node.args or shape is UNKNOWN:
                return shape
            return subscript(shape, self.fold(node.args[0].value, depth))
        name = self.qualify(dotted_name(node.func) or "") or dotted_name(node.func)
        args = node.args
        if name == "len" and len(args) == 1 and isinstance(args[0].value, cst.Name) and not args[0].keyword and \
                not args[0].star and self.shape_of is not None:
            shape = self.shape_of(args[0].value.value)  # len(X_t): a tensor's first size
            if isinstance(shape, tuple) and shape:
                return shape[0]
        if name == "dict" and args and all(a.keyword is not None and not a.star for a in args):
            # opt = dict(n_classes=10, latent_dim=100): a dict of constants
            return ConstDict({a.keyword.value: self.fold(a.value, depth) for a in args})
        if any(a.star or a.keyword is not None for a in args):
            return UNKNOWN
        return call_builtin(name, [self.fold(a.value, depth) for a in args])


def call_builtin(name: str | None, values: list):
    """What the few functions sizes are computed with return: int(), len(), max(), math.prod..."""
    if any(v is UNKNOWN for v in values):
        return UNKNOWN
    try:
        return _call_builtin(name, values)
    except (ArithmeticError, ValueError, TypeError, OverflowError):
        return UNKNOWN


def _call_builtin(name: str | None, values: list):
    if name in ("int", "builtins.int") and len(values) == 1 and isinstance(values[0], (int, float)):
        return _small(int(values[0]))
    if name in ("int", "builtins.int") and len(values) == 1 and isinstance(values[0], Expr):
        return values[0]
    if name in ("float",) and len(values) == 1 and isinstance(values[0], (int, float)):
        return float(values[0])
    if name in ("tuple", "list", "torch.Size") and len(values) == 1 and isinstance(values[0], tuple):
        return values[0]
    if name in ("max", "min") and values and all(isinstance(v, (int, float)) for v in values):
        return (max if name == "max" else min)(values)
    if name in ("math.prod", "numpy.prod") and len(values) == 1 and isinstance(values[0], tuple):
        return expr.product(values[0]) if all(isinstance(v, (int, Expr)) for v in values[0]) else UNKNOWN
    if name in ("len",) and len(values) == 1 and isinstance(values[0], (tuple, str, ConstDict)):
        return len(values[0])
    if name in ("round", "builtins.round") and len(values) == 1 and isinstance(values[0], (int, float)):
        return _small(round(values[0]))  # banker's rounding, as Python does
    if name in ("abs",) and len(values) == 1 and isinstance(values[0], (int, float)):
        return abs(values[0])
    if name in _MATH and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) and \
            1 <= len(values) <= 2:
        import math  # int(math.log2(image_size)) - 1 down-sampling stages

        return _small(getattr(math, name[5:])(*values)) if name in ("math.isqrt", "math.gcd") else \
            float(getattr(math, name[5:])(*values))
    if name in ("math.ceil", "math.floor") and len(values) == 1 and isinstance(values[0], (int, float)):
        import math

        return _small((math.ceil if name == "math.ceil" else math.floor)(values[0]))
    return UNKNOWN


_MATH = {"math.log2", "math.log", "math.log10", "math.sqrt", "math.isqrt", "math.gcd"}


def _is_octal_legacy(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _num(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    raise TypeError("not a number")


def _small(value: int):
    return value if value.bit_length() <= MAX_BITS else UNKNOWN


def _number(value):
    if isinstance(value, int):
        return _small(value)
    if isinstance(value, float):
        return value
    return UNKNOWN


class TooLarge(ArithmeticError):
    """A power too large to compute at once (``10 ** 10 ** 10``)."""


_CST_OPERATORS = {cst.Add: "+", cst.Subtract: "-", cst.Multiply: "*", cst.Divide: "/", cst.FloorDivide: "//",
                  cst.Modulo: "%", cst.Power: "**"}


def combine(op: str, left, right):
    """``left op right`` for folded values (numbers, strings, tuples, symbolic dims); UNKNOWN
    for what is not computed.  Shared by the folder and ``layer_lists``' interpreter."""
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    try:
        if isinstance(left, Expr) or isinstance(right, Expr):
            return _symbolic(op, left, right)
        if op == "+":
            if isinstance(left, tuple) and isinstance(right, tuple):
                return left + right if len(left) + len(right) <= MAX_ITEMS else UNKNOWN
            if isinstance(left, str) and isinstance(right, str):
                return left + right
            return _number(_num(left) + _num(right))
        if op == "-":
            return _number(_num(left) - _num(right))
        if op == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (tuple, str)) and isinstance(count, int) and not isinstance(count, bool):
                    return seq * count if len(seq) * max(count, 0) <= MAX_ITEMS else UNKNOWN
            return _number(_num(left) * _num(right))
        if op == "/":
            return _number(_num(left) / _num(right))
        if op == "//":
            return _number(_num(left) // _num(right))
        if op == "%":
            return UNKNOWN if isinstance(left, str) else _number(_num(left) % _num(right))
        if op == "**":
            base, exponent = _num(left), _num(right)
            if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
                # Estimate the size before computing: 10 ** 10 ** 10 must end at once.
                if max(abs(base), 1).bit_length() * exponent > MAX_BITS:
                    raise TooLarge(f"{base} ** {exponent} is too large to compute")
            elif isinstance(base, (int, float)) and isinstance(exponent, (int, float)):
                if abs(exponent) > 1024:
                    return UNKNOWN
            return _number(base ** exponent)
    except TooLarge:
        raise
    except (ArithmeticError, ValueError, TypeError, OverflowError):
        return UNKNOWN
    return UNKNOWN


_CST_COMPARISONS = {cst.Equal: "==", cst.NotEqual: "!=", cst.LessThan: "<", cst.GreaterThan: ">",
                    cst.LessThanEqual: "<=", cst.GreaterThanEqual: ">=", cst.In: "in", cst.NotIn: "not in",
                    cst.Is: "is", cst.IsNot: "is not"}


def compare_values(op: str, left, right):
    """``left op right`` for folded constants; UNKNOWN for unknown sides, and for symbolic
    ones unless the answer holds for every value of the symbols, whatever their sign
    (``out_ch == out_ch``; ``2 * c == 2 * c + 1`` never holds)."""
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    if isinstance(left, Expr) or isinstance(right, Expr):
        if op not in ("==", "!=") or not all(isinstance(v, (int, Expr)) and not isinstance(v, bool)
                                              for v in (left, right)):
            return UNKNOWN
        same = _identical(left, right)
        return UNKNOWN if same is None else same == (op == "==")
    if op in ("is", "is not"):  # only None's identity is certain (x is None)
        if left is not None and right is not None:
            return UNKNOWN
        return (left is None and right is None) == (op == "is")
    try:
        if op in ("in", "not in"):
            if not isinstance(right, (tuple, str, ConstDict)):
                return UNKNOWN
            return (left in right) == (op == "in")
        table = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
                 ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
        fn = table.get(op)
        return UNKNOWN if fn is None else fn(left, right)
    except TypeError:
        return UNKNOWN


def _identical(left, right):
    """True when two symbolic values are the same polynomial, False when they differ by a
    constant that no integer values of the symbols can make up (the gcd of the other
    coefficients does not divide it); None otherwise.  No sign of a symbol is assumed."""
    diff = expr.sub(left, right)
    if diff is UNKNOWN:
        return None
    if isinstance(diff, int):
        return diff == 0
    return False if expr.never_zero_for_integers(diff) else None


def _symbolic(op: str, left, right):
    """Arithmetic where one side is a symbolic dim; only what stays an integer polynomial."""
    if isinstance(left, bool) or isinstance(right, bool) or isinstance(left, float) or isinstance(right, float):
        return UNKNOWN
    if not isinstance(left, (int, Expr)) or not isinstance(right, (int, Expr)):
        return UNKNOWN
    if op == "+":
        return expr.add(left, right)
    if op == "-":
        return expr.sub(left, right)
    if op == "*":
        return expr.mul(left, right)
    if op == "//" and isinstance(right, int) and right > 0:
        return expr.floordiv(left, right)
    if op == "**" and isinstance(right, int) and 0 <= right <= 8:
        result = 1
        for _ in range(right):
            result = expr.mul(result, left)
        return result
    return UNKNOWN


class AstFolder:
    """The ``Folder``'s semantics over CPython ``ast`` expressions: what the layer-list
    interpreter folds as it runs, without asking libcst to parse each expression."""

    def __init__(self, lookup: Lookup, qualify: Callable[[str], str | None], shape_of=None):
        self.lookup, self.qualify, self.shape_of = lookup, qualify, shape_of

    def fold(self, node, depth: int = 0):
        if depth > MAX_DEPTH:
            return UNKNOWN
        try:
            return self._fold(node, depth + 1)
        except (ArithmeticError, ValueError, TypeError, RecursionError, MemoryError, TooLarge):
            return UNKNOWN

    def _fold(self, node, depth):
        kind = type(node)
        if kind is ast.Constant:
            value = node.value
            if isinstance(value, int) and not isinstance(value, bool):
                return _small(value)
            return value if isinstance(value, (float, str, bool, type(None))) else UNKNOWN
        if kind is ast.Name:
            if node.id.startswith(PLACEHOLDER_PREFIX):
                return UNKNOWN
            return self.lookup(node.id)
        if kind is ast.Attribute:
            if node.attr == "shape" and isinstance(node.value, ast.Name) and self.shape_of is not None:
                return self.shape_of(node.value.id)
            qualified = self.qualify(dotted(node) or "")
            if qualified and qualified.startswith("torch.") and qualified[6:] in DTYPES:
                return DType(DTYPES[qualified[6:]])
            return UNKNOWN
        if kind in (ast.Tuple, ast.List):
            items = []
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    inner = self.fold(element.value, depth)
                    if not isinstance(inner, tuple):
                        return UNKNOWN
                    items.extend(inner)
                else:
                    items.append(self.fold(element, depth))
            return tuple(items)
        if kind is ast.UnaryOp:
            value = self.fold(node.operand, depth)
            if value is UNKNOWN:
                return UNKNOWN
            if isinstance(node.op, ast.USub):
                return expr.neg(value) if isinstance(value, Expr) else _number(-_num(value))
            if isinstance(node.op, ast.UAdd):
                return value if isinstance(value, Expr) else _number(+_num(value))
            if isinstance(node.op, ast.Not):
                return UNKNOWN if isinstance(value, Expr) else (not value)
            return UNKNOWN
        if kind is ast.BinOp:
            left = self.fold(node.left, depth)
            right = self.fold(node.right, depth) if left is not UNKNOWN else UNKNOWN
            return combine(_AST_BINARY.get(type(node.op), ""), left, right)
        if kind is ast.BoolOp:
            result = UNKNOWN
            for i, part in enumerate(node.values):
                result = self.fold(part, depth)
                if result is UNKNOWN or isinstance(result, Expr):
                    return UNKNOWN
                if isinstance(node.op, ast.And) and not result or isinstance(node.op, ast.Or) and result:
                    return result
            return result
        if kind is ast.IfExp:
            test = self.fold(node.test, depth)
            if test is UNKNOWN or isinstance(test, Expr):
                return UNKNOWN
            return self.fold(node.body if test else node.orelse, depth)
        if kind is ast.Compare and len(node.ops) == 1:
            return compare_values(_AST_COMPARISONS.get(type(node.ops[0]), ""), self.fold(node.left, depth),
                                  self.fold(node.comparators[0], depth))
        if kind is ast.Subscript:
            container = self.fold(node.value, depth)
            if container is UNKNOWN:
                return UNKNOWN
            part = node.slice
            if isinstance(part, ast.Slice):
                bounds = [self.fold(b, depth) if b is not None else None for b in (part.lower, part.upper, part.step)]
                if not all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
                    return UNKNOWN
                return subscript(container, slice(*bounds))
            return subscript(container, self.fold(part, depth))
        if kind is ast.Dict:
            result = ConstDict()
            for key_node, value_node in zip(node.keys, node.values):
                key = self.fold(key_node, depth) if key_node is not None else UNKNOWN
                if key is UNKNOWN or isinstance(key, Expr):
                    return UNKNOWN
                result[key] = self.fold(value_node, depth)
            return result
        if kind is ast.Call:
            func = node.func
            if isinstance(func, ast.Name) and func.id == "dict" and not node.args and node.keywords and \
                    all(k.arg is not None for k in node.keywords) and self.qualify("dict") is None:
                return ConstDict({k.arg: self.fold(k.value, depth) for k in node.keywords})
            if any(isinstance(a, ast.Starred) for a in node.args) or node.keywords:
                return UNKNOWN
            if isinstance(func, ast.Attribute) and func.attr == "size" and isinstance(func.value, ast.Name) \
                    and self.shape_of is not None and len(node.args) <= 1:
                shape = self.shape_of(func.value.id)
                if not node.args or shape is UNKNOWN:
                    return shape
                return subscript(shape, self.fold(node.args[0], depth))
            written = dotted(func)
            name = self.qualify(written or "") or written
            return call_builtin(name, [self.fold(a, depth) for a in node.args])
        return UNKNOWN


_AST_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
               ast.Pow: "**"}
_AST_COMPARISONS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.Gt: ">", ast.LtE: "<=", ast.GtE: ">=",
                    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
