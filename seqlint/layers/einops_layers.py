"""einops layers: ``Rearrange`` and ``Reduce`` of ``einops.layers.torch`` (einops 0.8).

einops has no ``Repeat`` layer (``einops.repeat`` is a function only), and ``EinMix`` has
no rule yet.  The pattern is read as einops reads it, and every check einops (and torch
under it) makes is made at the same moment:

* building the layer: einops prepares a recipe for every input rank the pattern takes
  (``_prepare_recipes_for_all_dims``), so the whole pattern is checked then: exactly one
  ``->``; each side's syntax (``ParsedExpression``: names are identifiers that neither start
  nor end with ``_``, no name twice, brackets balanced and one level deep, at most one
  ``...``, anonymous axes > 0); no ``...`` on the right only, nor inside brackets on the left;
  Rearrange: the same names on both sides and no anonymous axis but ``1``; Reduce: a
  reduction einops knows and no name on the right only; every keyword names an axis of the
  pattern; at most one axis of unknown length in a bracket of the left side;
* the call: the input's rank (the number of left-hand groups, or with ``...`` that minus
  one up to 7 more: einops keeps recipes for 8 ellipsis lengths); each left-hand group's
  size (a group of known lengths must match it, a group with one unknown axis must divide
  it); then torch's reduction: ``mean`` of integers, ``min``/``max`` over an empty axis, and
  ``any``/``all`` (einops' torch layers only implement min, max, sum, mean and prod).

Sizes stay symbolic: ``b c (h p1) (w p2)`` on a symbolic ``(N, C, H, W)`` with ``p1=16``
gives ``h = H // 16``, exact whenever einops runs.  What cannot be decided (a size that may
or may not divide) is never an error; what cannot be computed (a pattern built at run time,
a negative or non-int axis length) leaves the shape unknown.
"""

from __future__ import annotations

from seqlint import checks
from seqlint.layers.base import Example, Layer, ShapeError, as_dim, fmt
from seqlint.shapes import expr
from seqlint.shapes.expr import UNKNOWN, Expr

ELLIPSIS = "\u2026"  # einops replaces "..." by this one character
REDUCTIONS = ("min", "max", "sum", "mean", "prod", "any", "all")  # what einops accepts
TORCH_REDUCTIONS = ("min", "max", "sum", "mean", "prod")  # what its torch layers implement
ELLIPSIS_RANKS = 8  # einops.layers prepares recipes for 0..7 dims under "..."


class PatternError(Exception):
    """einops raises when the layer is built (EinopsError, or ValueError for the arrow)."""


class _Undecided(Exception):
    """Something seqlint does not follow (a literal ``…`` in the pattern): no claim."""


class _Anonymous:
    """An anonymous axis (``2`` in ``(h 2)``): like einops' AnonymousAxis, equal only to itself."""

    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __repr__(self) -> str:
        return f"{self.value}-axis"


def _axis_name_problem(name: str) -> str | None:
    """einops' ParsedExpression.check_axis_name_return_reason: why ``name`` is no axis name."""
    if not name.isidentifier():
        return "not a valid python identifier"
    if name[0] == "_" or name[-1] == "_":
        return "axis name should should not start or end with underscore"
    return None  # keywords and "axis" only warn


class _Side:
    """One side of a pattern, parsed as einops.parsing.ParsedExpression does."""

    def __init__(self, expression: str):
        self.has_ellipsis = False
        self.ellipsis_in_brackets: bool | None = None
        self.identifiers: set = set()
        self.anonymous = False  # non-unitary anonymous axes (2, 3, ...)
        self.composition: list = []  # groups (lists of axes) and ELLIPSIS
        if ELLIPSIS in expression:
            raise _Undecided  # einops half-reads a literal "…"; not followed here
        if "." in expression:
            if "..." not in expression:
                raise PatternError("Expression may contain dots only inside ellipsis (...)")
            if expression.count("...") != 1 or expression.count(".") != 3:
                raise PatternError("Expression may contain dots only inside ellipsis (...); "
                                   "only one ellipsis for tensor ")
            expression = expression.replace("...", ELLIPSIS)
            self.has_ellipsis = True
        self.group: list | None = None
        current = None
        for char in expression:
            if char in "() ":
                if current is not None:
                    self._add(current)
                current = None
                if char == "(":
                    if self.group is not None:
                        raise PatternError("Axis composition is one-level (brackets inside brackets not allowed)")
                    self.group = []
                elif char == ")":
                    if self.group is None:
                        raise PatternError("Brackets are not balanced")
                    self.composition.append(self.group)
                    self.group = None
            elif char.isalnum() or char in ("_", ELLIPSIS):
                current = char if current is None else current + char
            else:
                raise PatternError(f"Unknown character '{char}'")
        if self.group is not None:
            raise PatternError(f'Imbalanced parentheses in expression: "{expression}"')
        if current is not None:
            self._add(current)

    def _add(self, x: str) -> None:
        if x in self.identifiers:
            raise PatternError(f'Indexing expression contains duplicate dimension "{x}"')
        if x == ELLIPSIS:
            self.identifiers.add(ELLIPSIS)
            if self.group is None:
                self.composition.append(ELLIPSIS)
                self.ellipsis_in_brackets = False
            else:
                self.group.append(ELLIPSIS)
                self.ellipsis_in_brackets = True
            return
        is_number = x.isdecimal()
        if is_number and int(x) == 1:  # an axis of length 1: an empty group, or nothing in brackets
            if self.group is None:
                self.composition.append([])
            return
        problem = _axis_name_problem(x)
        if not is_number and problem is not None:
            raise PatternError(f"Invalid axis identifier: {x}\n{problem}")
        axis: object = x
        if is_number:
            if int(x) <= 0:
                raise PatternError(f"Anonymous axis should have positive length, not {int(x)}")
            axis = _Anonymous(int(x))
            self.anonymous = True
        self.identifiers.add(axis)
        if self.group is None:
            self.composition.append([axis])
        else:
            self.group.append(axis)


class Pattern:
    """A pattern read and checked as einops prepares its recipes, for an operation:
    "rearrange", one of REDUCTIONS, or None when the reduction is not known."""

    def __init__(self, pattern: str, operation, axes_names: tuple[str, ...]):
        sides = pattern.split("->")
        if len(sides) != 2:
            raise PatternError(f"a pattern has exactly one '->', got {pattern!r}")
        self.left, self.right = _Side(sides[0]), _Side(sides[1])
        self.axes_names = axes_names
        left, right = self.left, self.right
        if not left.has_ellipsis and right.has_ellipsis:
            raise PatternError(f"Ellipsis found in right side, but not left side of a pattern {pattern}")
        if left.has_ellipsis and left.ellipsis_in_brackets:
            raise PatternError(f"Ellipsis inside parenthesis in the left side is not allowed: {pattern}")
        if operation == "rearrange":
            if left.anonymous or right.anonymous:
                raise PatternError("Non-unitary anonymous axes are not supported in rearrange (exception is length 1)")
            difference = left.identifiers ^ right.identifiers
            if difference:
                raise PatternError(f"Identifiers only on one side of expression (should be on both): "
                                   f"{_names(difference)}")
        elif operation in REDUCTIONS:
            difference = right.identifiers - left.identifiers
            if difference:
                raise PatternError(f"Unexpected identifiers on the right side of reduce {operation}: "
                                   f"{_names(difference)}")
        elif operation is not None:
            raise PatternError(f"Unknown reduction {operation!r}. Expect one of {REDUCTIONS}.")
        self.other_dims = len(left.composition) - 1 if left.has_ellipsis else len(left.composition)
        self.groups(self.other_dims)  # what does not depend on the rank is checked now

    @property
    def ranks(self) -> tuple[int, ...]:
        if self.left.has_ellipsis:
            return tuple(range(self.other_dims, self.other_dims + ELLIPSIS_RANKS))
        return (self.other_dims,)

    def groups(self, ndim: int):
        """(left groups, right groups, axes of unknown length) for an input of ``ndim``
        dims: ``...`` expanded into axes of its own, as _prepare_transformation_recipe does."""
        left, right = self.left, self.right
        ellipsis_axes = [f"{ELLIPSIS}{i}" for i in range(ndim - self.other_dims)] if left.has_ellipsis else []
        left_groups = []
        for group in left.composition:
            if group == ELLIPSIS:
                left_groups.extend([axis] for axis in ellipsis_axes)
            else:
                left_groups.append(group)
        right_groups = []
        for group in right.composition:
            if group == ELLIPSIS:
                right_groups.extend([axis] for axis in ellipsis_axes)
            else:
                right_groups.append([a for axis in group for a in (ellipsis_axes if axis == ELLIPSIS else [axis])])
        axes = [axis for group in left_groups for axis in group]
        axes += [axis for group in right_groups for axis in group if axis not in axes]
        for name in self.axes_names:
            if _axis_name_problem(name) is not None:
                raise PatternError(f"Invalid name for an axis: {name!r}")
            if name not in axes:
                raise PatternError(f"Axis {name} is not used in transform")
        unknown = {a for a in axes if not isinstance(a, _Anonymous) and a not in self.axes_names}
        for group in left_groups:
            missing = [a for a in group if a in unknown]
            if len(missing) > 1:
                raise PatternError(f"Could not infer sizes for {_names(missing)}")
        return left_groups, right_groups, unknown

    def reduced(self, left_groups, right_groups) -> list:
        """The left-hand axes missing on the right: what a Reduce reduces."""
        kept = {axis for group in right_groups for axis in group}
        return [axis for group in left_groups for axis in group if axis not in kept]


def _names(axes) -> str:
    shown = sorted(_axis_text(a) for a in axes)
    return "{" + ", ".join(shown) + "}"


def _axis_text(axis) -> str:
    if isinstance(axis, _Anonymous):
        return str(axis.value)
    return "..." if axis == ELLIPSIS else str(axis)


def _integral(dtype) -> bool:
    return isinstance(dtype, str) and dtype.startswith(("int", "uint", "bool"))


class _EinopsLayer(Layer):
    """What Rearrange and Reduce share: the pattern, its keyword axis lengths, the rank."""

    operation_argument: str | None = None

    def __init__(self, type_name, args):
        super().__init__(type_name, args)
        self.pattern: Pattern | None = None
        self.problem: ShapeError | None = None
        try:
            self.pattern = self._read()
        except PatternError as exc:
            self.problem = self.invalid(self._culprit(str(exc)), str(exc))
        except _Undecided:
            self.pattern = None
        if self.pattern is not None:
            self.ranks = self.pattern.ranks

    def operation(self):
        raise NotImplementedError

    def _read(self) -> Pattern | None:
        pattern = self.arg("pattern")
        if pattern is UNKNOWN or isinstance(pattern, Expr):
            return None
        if not isinstance(pattern, str):
            raise PatternError(f"pattern must be a string, got {pattern!r}")
        operation = self.operation()
        if operation is UNKNOWN or isinstance(operation, Expr):
            operation = None
        elif not isinstance(operation, str):
            raise PatternError(f"Unknown reduction {operation!r}. Expect one of {REDUCTIONS}.")
        return Pattern(pattern, operation, tuple(self.lengths()))

    def _culprit(self, message: str) -> str:
        """The argument an einops error is about, for the diagnostic's position."""
        for name in self.lengths():
            if f"Axis {name} is not used" in message or f"axis: {name!r}" in message:
                return name
        if message.startswith("Unknown reduction") and self.operation_argument:
            return self.operation_argument
        return "pattern"

    def lengths(self) -> dict:
        return self.arg("axes_lengths")

    def validate(self):
        if self.problem is not None:
            raise self.problem

    def rank_text(self):
        if self.pattern is not None and self.pattern.left.has_ellipsis:
            low = self.pattern.other_dims
            return f"a {low}D to {low + ELLIPSIS_RANKS - 1}D"
        return super().rank_text()

    # -- the call --

    def forward(self, x, ctx):
        if self.pattern is None:
            return x.with_shape(None)
        left_groups, right_groups, unknown = self.pattern.groups(x.rank)
        lengths: dict = {}
        for group in left_groups + right_groups:
            for axis in group:
                if isinstance(axis, _Anonymous):
                    lengths[axis] = axis.value
        for name, value in self.lengths().items():
            if not isinstance(value, (int, Expr)) or (isinstance(value, int) and value < 0):
                return x.with_shape(None)  # unknown, a float, a negative length: not followed
            lengths[name] = as_dim(value)
        for i, group in enumerate(left_groups):
            self._match(i, group, x, ctx, lengths, unknown)
        self.check_reduction(x, ctx, lengths, self.pattern.reduced(left_groups, right_groups))
        shape = tuple(expr.product([lengths.get(a, UNKNOWN) for a in group]) for group in right_groups)
        last = right_groups[-1] if right_groups else []
        factors = tuple(lengths.get(a, UNKNOWN) for a in last) if len(last) > 1 else None
        return x.with_shape(shape, factors)

    def _match(self, i, group, x, ctx, lengths, unknown):
        """einops' _reconstruct_from_shape for one left-hand group: its axes' lengths."""
        size = x.shape[i]
        missing = [a for a in group if a in unknown]
        if missing and len(group) == 1:
            lengths[missing[0]] = size
            return
        known = expr.product([lengths[a] for a in group if a not in unknown])
        spelled = "(" + (" ".join(_axis_text(a) for a in group) or "1") + ")"
        if not missing:
            if ctx.same(size, known) is False:
                raise ShapeError(checks.FeatureMismatch, self.type_name, fmt(ctx.resolve(known)),
                                 f"at dimension {i} {spelled}",
                                 f"{fmt(ctx.resolve(size))} (input {ctx.render(x)})")
            return
        total = ctx.resolve(size)
        if known == 0:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"cannot divide dimension {i} {spelled} into chunks of 0 (input {ctx.render(x)})")
        if isinstance(known, int) and isinstance(total, int):
            if total % known:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"Shape mismatch, can't divide axis of length {total} in chunks of {known}: "
                                 f"dimension {i} {spelled} of input {ctx.render(x)}")
        elif isinstance(known, int) and known > 0 and total is not UNKNOWN:
            if expr.compare(expr.mul(expr.floordiv(total, known), known), total) is False:
                raise ShapeError(checks.InvalidInput, self.type_name,
                                 f"dimension {i} {spelled} of size {fmt(total)} is never a multiple of "
                                 f"{known} (input {ctx.render(x)})")
        lengths[missing[0]] = expr.floordiv(size, known) if known is not UNKNOWN else UNKNOWN

    def check_reduction(self, x, ctx, lengths, reduced) -> None:
        """Reduce's torch reduction over ``reduced``; Rearrange has none."""


class Rearrange(_EinopsLayer):
    checks_summary = ("the pattern (syntax, names on both sides, keyword axes); input rank; "
                      "group sizes equal or divisible; keeps a flattened group's factors for a Linear")
    names = ("einops.layers.torch.Rearrange",)
    signature = "pattern, **axes_lengths"

    def operation(self):
        return "rearrange"


class Reduce(_EinopsLayer):
    checks_summary = ("the pattern and the reduction; input rank; group sizes equal or divisible; "
                      "mean of integers, min/max over an empty axis, any/all")
    names = ("einops.layers.torch.Reduce",)
    signature = "pattern, reduction, **axes_lengths"
    operation_argument = "reduction"

    def operation(self):
        return self.arg("reduction")

    def check_reduction(self, x, ctx, lengths, reduced):
        operation = self.operation()
        if not reduced or not isinstance(operation, str):
            return
        if operation not in TORCH_REDUCTIONS:
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"einops' torch layers cannot reduce with {operation!r} (only {', '.join(TORCH_REDUCTIONS)})")
        if operation == "mean" and _integral(x.dtype):
            raise ShapeError(checks.InvalidInput, self.type_name,
                             f"mean of {x.dtype} input {ctx.render(x)}: torch needs a floating-point input")
        if operation in ("min", "max"):
            for axis in reduced:
                if ctx.same(lengths[axis], 0) is True:
                    raise ShapeError(checks.InvalidInput, self.type_name,
                                     f"{operation} over the empty axis {_axis_text(axis)} of input {ctx.render(x)}")


IMPORTS = "import einops\nimport einops.layers.torch as el\nfrom einops.layers.torch import Rearrange, Reduce"

EXAMPLES = [
    # ViT patch embedding
    Example("Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1=16, p2=16), nn.Linear(768, 192)", (2, 3, 64, 64)),
    Example("Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1=16, p2=16), nn.Linear(512, 192)", (2, 3, 64, 64)),
    Example("Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1=16, p2=16)", (2, 3, 60, 64)),
    Example("Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1=16, p2=16), nn.Linear(768, 192)", None,
            error=False),
    Example("Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1=16, p2=16), nn.Linear(700, 192)", None,
            error=True),
    Example("nn.Conv2d(3, 8, 3), Rearrange('b c h w -> b (c h w)'), nn.Linear(8 * 6 * 6, 10)", (2, 3, 8, 8)),
    Example("nn.Conv2d(3, 8, 3), Rearrange('b c h w -> b (c h w)'), nn.Linear(8 * 8 * 8, 10)", (2, 3, 8, 8)),
    Example("Rearrange('b c h w -> b h w c')", (2, 3, 4, 5)),
    Example("Rearrange('b c h w -> b h w c')", (3, 4, 5)),
    Example("Rearrange('b c h w -> b h w c')", (1, 2, 3, 4, 5)),
    Example("Rearrange('b (h w) c -> b c h w', h=4)", (2, 16, 3)),
    Example("Rearrange('b (h w) c -> b c h w', h=4)", (2, 18, 3)),
    Example("Rearrange('b (h w) c -> b c h w', h=4, w=4)", (2, 16, 3)),
    Example("Rearrange('b (h w) c -> b c h w', h=4, w=4)", (2, 12, 3)),
    Example("Rearrange('b c h w -> b (c h w)', c=3)", (2, 3, 4, 5)),
    Example("Rearrange('b c h w -> b (c h w)', c=3)", (2, 4, 4, 5)),
    Example("Rearrange('b (h w) c -> b c h w')", (2, 16, 3)),
    Example("Rearrange('b c h w -> b c (h w)', q=2)", (2, 3, 4, 5)),
    Example("Rearrange('b c -> c')", (2, 3)),
    Example("Rearrange('b c -> b c 2')", (2, 3)),
    Example("Rearrange('b c h -> b c h b')", (2, 3, 4)),
    Example("Rearrange('b c (h) -> b c h')", (2, 3, 4)),
    Example("Rearrange('b ((c h)) -> b c h')", (2, 3)),
    Example("Rearrange('b (c h -> b c h')", (2, 3)),
    Example("Rearrange('b c h) -> b c h')", (2, 3)),
    Example("Rearrange('b c -> b c -> c')", (2, 3)),
    Example("Rearrange('b c')", (2, 3)),
    Example("Rearrange('b _c -> b _c')", (2, 3)),
    Example("Rearrange('b c! -> b c!')", (2, 3)),
    Example("Rearrange('b 1c -> b 1c')", (2, 3)),
    Example("Rearrange('b 0 -> b')", (2, 0)),
    Example("Rearrange('b 1 c -> b c')", (2, 1, 3)),
    Example("Rearrange('b 1 c -> b c')", (2, 2, 3)),
    Example("Rearrange('b c -> b 1 c 1')", (2, 3)),
    Example("Rearrange('b () c -> b c ()')", (2, 1, 3)),
    Example("Rearrange('b (c 1) -> (1 b) c')", (2, 3)),
    Example("Rearrange('b c c -> b c')", (2, 3, 3)),
    Example("Rearrange('b c\th -> b c h')", (2, 3, 4)),
    Example("Rearrange(pattern='b c -> c b')", (2, 3)),
    Example("Rearrange(5)", (2, 3)),
    Example("Rearrange('b 01 c -> b c')", (2, 1, 3)),
    Example("Rearrange('b axis -> axis b')", (2, 3)),
    Example("Rearrange('b for -> (for b)')", (2, 3)),
    Example("Rearrange('b \u00e4 -> \u00e4 b')", (2, 3)),
    Example("Rearrange('b c -> (b c)'), nn.Linear(6, 1)", (2, 3)),
    Example("Rearrange('b c -> b c', _c=3)", (2, 3)),
    Example("Rearrange('b c h w -> b (h w) c')", (2, 3, 4, 5), dtype="int64"),
    Example("Rearrange('b c h w -> b (h w) c')", (0, 3, 4, 5)),
    Example("Rearrange('b (c h) w -> b c h w', c=2)", (2, 0, 5)),
    # ellipsis
    Example("Rearrange('b ... -> b (...)')", (2, 3, 4, 5)),
    Example("Rearrange('b ... -> b (...)')", (2,)),
    Example("Rearrange('b ... -> b (...)'), nn.Linear(60, 10)", (2, 3, 4, 5)),
    Example("Rearrange('... c -> c ...')", (2, 3, 4, 5)),
    Example("Rearrange('... c -> c ...')", ()),
    Example("Rearrange('b ... c -> b c ...')", (1, 2, 3, 4, 5, 6, 7, 8, 9)),
    Example("Rearrange('b ... c -> b c ...')", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
    Example("Rearrange('b (...) -> b ...')", (2, 3)),
    Example("Rearrange('b c -> b c ...')", (2, 3)),
    Example("Rearrange('b ... -> b')", (2, 3)),
    Example("Rearrange('b .. c -> b c')", (2, 3)),
    Example("Rearrange('b ... ... -> b')", (2, 3)),
    Example("Rearrange('b ... (c h) -> b ... c h', h=2)", (2, 3, 4, 6)),
    Example("Rearrange('b ... (c h) -> b ... c h', h=4)", (2, 3, 4, 6)),
    # the import styles
    Example("el.Rearrange('b c h w -> b (c h w)'), nn.Linear(60, 10)", (2, 3, 4, 5)),
    Example("einops.layers.torch.Rearrange('b c h w -> b (c h w)'), nn.Linear(61, 10)", (2, 3, 4, 5)),
    # Reduce
    Example("Reduce('b c h w -> b c', 'mean'), nn.Linear(3, 10)", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c', 'mean'), nn.Linear(4, 10)", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c', 'mean')", (2, 3, 4, 5), dtype="int64"),
    Example("Reduce('b c h w -> b c', 'sum')", (2, 3, 4, 5), dtype="int64"),
    Example("Reduce('b c h w -> b c h w', 'mean')", (2, 3, 4, 5), dtype="int64"),
    Example("Reduce('b c h w -> b c 1 1', 'max')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c () ()', 'min')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c', 'max')", (2, 3, 0, 5)),
    Example("Reduce('b c h w -> c h w', 'max')", (2, 3, 0, 5)),
    Example("Reduce('b c h w -> b c', 'sum')", (2, 3, 0, 5)),
    Example("Reduce('b c h w -> b c', 'prod')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c', 'any')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c h w', 'all')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c', 'median')", (2, 3, 4, 5)),
    Example("Reduce('b c (h h2) (w w2) -> b c h w', 'max', h2=2, w2=2)", (2, 3, 8, 6)),
    Example("Reduce('b c (h h2) (w w2) -> b c h w', 'max', h2=2, w2=2)", (2, 3, 8, 7)),
    Example("Reduce('b c (h 2) (w 2) -> b c h w', 'mean')", (2, 3, 8, 6)),
    Example("Reduce('b c (h 2) (w 2) -> b c h w', 'mean')", (2, 3, 9, 6)),
    Example("Reduce('b c h w -> b c 2', 'mean')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> b c x', 'mean')", (2, 3, 4, 5)),
    Example("Reduce('b c -> b c', 'mean', x=2)", (2, 3)),
    Example("Reduce('b ... -> b', 'mean'), nn.Linear(2, 4)", (5, 3, 4)),
    Example("Reduce('b ... c -> b c', 'mean')", (5, 3)),
    Example("Reduce('(b1 b2) c -> b1 c', 'sum', b1=2)", (6, 3)),
    Example("Reduce('(b1 b2) c -> b1 c', 'sum', b1=0)", (6, 3)),
    Example("Reduce(pattern='b c h w -> b c', reduction='mean')", (2, 3, 4, 5)),
    Example("Reduce('b c h w -> ', 'sum')", (2, 3, 4, 5)),
    Example("Reduce('... -> ', 'max')", ()),
    Example("Reduce('b c -> b c', 'mean')", (2, 3), dtype="float16"),
    Example("Reduce('b c h w -> b c', 'mean')", (2, 3, 4, 5), eval=True),
    Example("Reduce('b c h w -> b c', 'mean'), nn.BatchNorm1d(3)", (1, 3, 4, 5)),
    # no input: symbolic sizes
    Example("Reduce('b c h w -> b c', 'mean'), nn.Linear(3, 10), nn.Linear(5, 2)", None, error=True),
    Example("Rearrange('b (h w) c -> b c h w', h=4), nn.Conv2d(8, 4, 3)", None, error=False),
    Example("nn.Linear(8, 6), Rearrange('b (c h) -> b c h', h=4)", None, error=True),
    Example("nn.Linear(8, 6), Rearrange('b (c h) -> b c h', h=3)", None, error=False),
    Example("nn.Linear(8, 6), Rearrange('b c -> b (c 1)'), nn.Linear(6, 2)", None, error=False),
]
