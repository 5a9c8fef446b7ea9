"""Names imported from other files of the project, read where they are defined.

    from .blocks import ConvBlock          # a module class used as a layer
    from models.common import make_layers  # a helper returning layers
    from .config import HIDDEN             # a module-level constant

A name the checked file imports is resolved as Python would find it, but only inside the
project: absolute imports against the project's roots (the folder above the checked file's
top package -- found by walking up while folders hold ``__init__.py`` --, the checked file's
own folder, and the current folder, as ``sys.path[0]`` would be), relative imports against
the importing file's package.  Re-exports (``from .conv import ConvBlock`` in a package's
``__init__.py``, ``from .layers import *``) are followed up to ``MAX_REEXPORTS`` hops; torch
is never read, nor anything under ``site-packages`` unless the checked file is itself there.

Everything is lazy: a file is read and parsed (CPython's parser; libcst only for the
expressions then needed) the first time a name it defines is needed by a model being built,
and kept per process (``_FILES``, checked against the file's mtime and size) -- slim: its
imports, its small top-level statements, and where each top-level function and class is
(``_slim``); a definition is parsed from the text when first used (``_Definitions``), its
body walked when it runs.  Nothing of the whole-file extraction runs on an imported file.
What stays is kept small on purpose: every object kept is walked by each full collection of
Python's cyclic garbage collector, for the rest of the run.

An imported file gets its own ``Extractor`` (``ForeignExtractor``): an interpreter or a class
reader always works with the extractor of the file its code comes from, and values cross
between files as they do between functions (layers are ``Item``s that know their scope,
hence their file).  Its positions mean nothing in the checked file, so every span it hands
out is the *anchor*: the call in the checked file that led into it (``ConvBlock(8, 32)``,
``*make_layers(cfg)``) -- where a traceback of the checked file points when torch raises.
Imports are followed ``MAX_IMPORT_DEPTH`` files deep (the checked file's import, that file's
own imports...), which also ends any cycle.

The imported files' extractors are shared by the checks of a process, one check at a time
(as the runner's workers and the language server run them); a check's own state (where code
runs, anchors) is per thread (``Context``).
"""

from __future__ import annotations

import ast
import builtins
import gc
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from seqlint.checks import Span
from seqlint.extract import source
from seqlint.extract.models import MAX_CLASS_NESTING, Extractor
from seqlint.extract.scopes import dotted, qualify_name
from seqlint.extract.spec import LayerCall
from seqlint.shapes.expr import UNKNOWN

_BUILTIN_NAMES = frozenset(dir(builtins))
MAX_IMPORT_DEPTH = 3  # files followed from the checked one, each through its own imports
MAX_REEXPORTS = 4  # hops through imports (``__init__.py`` re-exports, star imports) per name
MAX_FILE_SIZE = 2_000_000  # bytes: a bigger file is not read
NEVER = {"torch", "__future__"}  # top-level packages never looked for in the project
FOREIGN_PARTS = {"site-packages", "dist-packages"}

_FILES: dict = {}  # path -> ((mtime_ns, size), Module or None): parsed files, per process
_OWNERS: dict = {}  # id(module Scope) -> the ForeignExtractor it belongs to
_local = threading.local()  # .context: the Context of the check running on this thread


# --- an imported file ------------------------------------------------------------------


class ForeignExtractor(Extractor):
    """The extractor of a file the checked one imports from.  What it parsed (the slim tree,
    definitions read, libcst expressions) stays for the process; what it builds for a check
    is dropped as soon as no code of it runs (``fresh``), so no checked file's objects
    outlive their check here."""

    # Its tree is slim and the calls of its code are not all read: no default is assumed.
    reads_factory_defaults = False

    def __init__(self, reduced: source.Reduced, path: str, definitions: dict, stars: list):
        super().__init__(reduced, path)
        self.running = 0  # frames of it on the stack
        self._true_spans = 0
        self.stars = stars
        # Top-level functions and classes are read from the text when first used.
        self.scopes.functions = _Definitions(self, definitions, self.scopes.functions)
        self.scopes.classes = _Definitions(self, definitions, self.scopes.classes)
        self.fresh()

    def fresh(self) -> None:
        self._specs, self._nested = {}, set()
        self._copies, self.notes, self.errors = [], [], []
        self._envs, self._built_by_code, self._instances = {}, set(), {}
        self._class_values = {}  # names read as classes of the project: resolved for this check

    def cst_of(self, node):
        self._true_spans += 1  # the spans it records are this file's own (for _text)
        try:
            return super().cst_of(node)
        finally:
            self._true_spans -= 1

    def _span(self, node) -> Span:
        anchor = None if self._true_spans else current_anchor()
        return anchor if anchor is not None else super()._span(node)

    def span(self, node, fallback=None) -> Span:
        anchor = current_anchor()
        return anchor if anchor is not None else super().span(node, fallback)

    def _layer(self, node, *args, **kwargs):
        """A layer of this file: its display says where it is written (``nn.Conv2d
        (models/blocks.py:8)``), as its span is the checked file's call."""
        layer = super()._layer(node, *args, **kwargs)
        where = self.spans.get(id(node))
        if where is not None and layer.display and self.shown not in layer.display:
            layer.display = f"{layer.display} ({self.shown}:{where.line})"
        return layer

    @cached_property
    def shown(self) -> str:
        """The file's path as messages show it: relative to the current folder when below it."""
        try:
            relative = os.path.relpath(self.path)
        except ValueError:  # another drive
            return self.path
        return self.path if relative.startswith("..") else relative


class _Definitions(dict):
    """name -> FunctionDef / ClassDef of a file's top level, each parsed from the file's text
    the first time it is asked for (the slim tree holds a bodiless stand-in)."""

    def __init__(self, x: ForeignExtractor, where: dict, stand_ins: dict):
        super().__init__(stand_ins)
        self.x, self.where, self.read = x, where, set()

    def get(self, name, default=None):
        node = dict.get(self, name)
        if node is None:
            return default
        if name not in self.read and name in self.where:  # (not one defined under an ``if``)
            self.read.add(name)
            node = _definition(self.x.reduced.lines, name, *self.where[name]) or node
            dict.__setitem__(self, name, node)
        return node

    def __getitem__(self, name):
        node = self.get(name)
        if node is None:
            raise KeyError(name)
        return node

    def values(self):
        return [self.get(name) for name in self]

    def items(self):
        return [(name, self.get(name)) for name in self]


def _definition(lines: list[str], name: str, kind: type, first: int, last: int):
    """A top-level definition parsed alone from its lines, positions as in the whole file."""
    text = "".join(lines[first - 1:last])
    try:
        with _no_gc():
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if len(tree.body) != 1 or type(tree.body[0]) is not kind or tree.body[0].name != name:
        return None
    ast.increment_lineno(tree, first - 1)
    return tree.body[0]


@dataclass(eq=False)
class Module:
    """A file of the project (``path``), a package (``folder``: its ``__init__.py`` is
    ``path``, or None for a namespace package), or both."""

    path: str | None
    folder: str | None
    x: ForeignExtractor | None


@contextmanager
def _no_gc():
    """Parsing makes thousands of objects at once, kept or soon freed whole: the cyclic
    collector would only promote them (and then walk them in every full collection)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _star_imports(tree: ast.Module) -> list[str]:
    """``from X import *`` at the top level, as qualified names (".layers" for relative)."""
    stars = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and any(a.name == "*" for a in stmt.names):
            stars.append("." * stmt.level + (stmt.module or ""))
    return stars


def _stamp(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _load(path: str) -> ForeignExtractor | None:
    """The extractor of a file, read once per process (again if the file changed)."""
    stamp = _stamp(path)
    cached = _FILES.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if cached is not None and cached[1] is not None:
        _OWNERS.pop(id(cached[1].scopes.module), None)
    x = None
    if stamp is not None and stamp[1] <= MAX_FILE_SIZE:
        try:
            text = source.read(path)
            lines = source.source_lines(text)
            with _no_gc():
                slim = _slim_text(lines)
                if slim is None:  # the text is not laid out as expected: parse it all
                    tree = source.parse_ast(text)
                    slim = _slim(tree)
                    del tree  # freed now, before the collector could see it
        except (source.UnreadableError, source.SourceSyntaxError):
            slim = None
        if slim is not None:
            module, definitions, skipped = slim
            x = ForeignExtractor(source.Reduced(module, lines, skipped), path, definitions, _star_imports(module))
            _OWNERS[id(x.scopes.module)] = x
    _FILES[path] = (stamp, x)
    return x


def _slim(tree: ast.Module):
    """What of a file stays for the process: its imports, its small top-level statements
    (constants), and a bodiless stand-in for each top-level function and class, with where
    its text is (``_Definitions`` reads it when used).  The full tree is dropped."""
    body, definitions, skipped = [], {}, set()
    for stmt in tree.body:
        kind = type(stmt)
        if kind in (ast.FunctionDef, ast.ClassDef):
            first = min([stmt.lineno] + [d.lineno for d in stmt.decorator_list])
            definitions[stmt.name] = (kind, first, stmt.end_lineno or stmt.lineno)
            stand_in = ast.ClassDef(name=stmt.name, bases=[], keywords=[], body=[], decorator_list=[]) \
                if kind is ast.ClassDef else \
                ast.FunctionDef(name=stmt.name, args=_NO_ARGS, body=[], decorator_list=[], returns=None)
            ast.copy_location(stand_in, stmt)
            skipped.add(id(stand_in))
            body.append(stand_in)
        elif kind in (ast.Import, ast.ImportFrom) or _small(stmt):
            body.append(stmt)
        # else: a big statement (a table of pretrained weights): its names stay unknown
    return ast.Module(body=body, type_ignores=[]), definitions, skipped


# A line that starts a top-level statement: anything at column 0 but blanks, comments,
# closing brackets and the clauses that continue a compound statement.
_TOP = re.compile(r"(?![ \t\r\n#)\]}]|(?:else|elif|except|finally)\b)")
_TRIPLE = re.compile(r"\"\"\"|\'\'\'")
_DEFINITION = re.compile(r"(def|class)[ \t]+([A-Za-z_]\w*)")
MAX_STATEMENT_CHARS = 4000  # a top-level statement written longer is not parsed (_small's cut, in text)


def _slim_text(lines: list[str]):
    """``_slim`` without parsing the whole file: top-level statements found by where lines
    start, only the ones that are not definitions parsed (each alone, positions kept).  None
    when the layout is not what that needs (a statement that does not parse alone: a string
    or a bracket spanning lines at column 0), then the whole file is parsed."""
    starts, inside = [], None  # inside: the quotes of a triple-quoted string left open
    for i, line in enumerate(lines):
        if inside is None and _TOP.match(line) and line.strip() and \
                not (i and lines[i - 1].rstrip("\r\n").endswith("\\")):  # not after a backslash
            starts.append(i)
        if "\"\"\"" in line or "\'\'\'" in line:
            for quotes in _TRIPLE.findall(line):
                inside = quotes if inside is None else (None if quotes == inside else inside)
    body, definitions, skipped = [], {}, set()
    i = 0
    while i < len(starts):
        first = starts[i]
        while i < len(starts) and lines[starts[i]].startswith("@"):
            i += 1  # decorators belong to the definition below them
        if i == len(starts):
            return None
        head = starts[i]
        last = (starts[i + 1] if i + 1 < len(starts) else len(lines)) - 1
        i += 1
        match = _DEFINITION.match(lines[head])
        if match is not None:
            kind = ast.FunctionDef if match.group(1) == "def" else ast.ClassDef
            name = match.group(2)
            if name in definitions:
                definitions.pop(name)  # defined twice: neither is read (a binding each remains)
            else:
                definitions[name] = (kind, first + 1, last + 1)
            stand_in = ast.ClassDef(name=name, bases=[], keywords=[], body=[], decorator_list=[]) \
                if kind is ast.ClassDef else \
                ast.FunctionDef(name=name, args=_NO_ARGS, body=[], decorator_list=[], returns=None)
            stand_in.lineno, stand_in.col_offset = head + 1, 0
            stand_in.end_lineno, stand_in.end_col_offset = last + 1, 0
            skipped.add(id(stand_in))
            body.append(stand_in)
            continue
        if first != head or lines[head].startswith("async"):
            continue  # a decorated or async statement that is no def: not kept
        text = "".join(lines[first:last + 1])
        if len(text) > MAX_STATEMENT_CHARS:
            continue  # a big statement (a table of pretrained weights): its names stay unknown
        try:
            parsed = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
        ast.increment_lineno(parsed, first)
        for stmt in parsed.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                return None  # a definition the line scan did not see
            if isinstance(stmt, (ast.Import, ast.ImportFrom)) or _small(stmt):
                body.append(stmt)
    return ast.Module(body=body, type_ignores=[]), definitions, skipped


_NO_ARGS = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                         defaults=[])
MAX_STATEMENT_NODES = 200  # a top-level statement bigger than this is not kept


def _small(stmt: ast.stmt) -> bool:
    count = 0
    for _ in ast.walk(stmt):
        count += 1
        if count > MAX_STATEMENT_NODES:
            return False
    return True


# --- one check: roots, where code runs, anchors ------------------------------------------


@dataclass(eq=False)
class Frame:
    x: Extractor  # whose code runs
    anchor: Span | None  # where it shows in the checked file (None: the frame below's)


@dataclass(eq=False)
class Context:
    main: Extractor
    roots: list[str]
    inside: tuple  # FOREIGN_PARTS the checked file is itself under (then allowed)
    frames: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)  # id(Item) -> (Item, anchor): layers a helper returned
    modules: dict = field(default_factory=dict)  # path -> Module or None, checked this run
    resolved: dict = field(default_factory=dict)  # (importing path, qualified) -> definition
    stars: list | None = None  # the checked file's star imports
    definitions: dict = field(default_factory=dict)  # (id(x), id(scope), written) -> (Definition, x, scope)
    unread: dict = field(default_factory=dict)  # see unread_builds


def _roots(path: str) -> list[str]:
    roots = []
    if path and path != "-":
        folder = os.path.dirname(os.path.abspath(path))
        top = folder
        while os.path.isfile(os.path.join(top, "__init__.py")):
            parent = os.path.dirname(top)
            if parent == top:
                break
            top = parent
        roots += [top, folder]
    try:
        roots.append(os.getcwd())
    except OSError:
        pass
    return list(dict.fromkeys(roots))


def _context(x: Extractor) -> Context | None:
    """The check's context: the checked file's (created for it), or, for an imported file's
    extractor, the one whose frames it runs in."""
    ctx = getattr(_local, "context", None)
    if isinstance(x, ForeignExtractor):
        return ctx if ctx is not None and ctx.frames else None
    if ctx is None or ctx.main is not x:
        path = getattr(x, "path", None)
        if not path:
            return None  # no path given: nothing to resolve against
        absolute = os.path.abspath(path) if path != "-" else ""
        parts = set(absolute.split(os.sep))
        ctx = Context(x, _roots(path), tuple(p for p in FOREIGN_PARTS if p in parts))
        _local.context = ctx
    return ctx


def current_anchor() -> Span | None:
    ctx = getattr(_local, "context", None)
    if ctx is None:
        return None
    for frame in reversed(ctx.frames):
        if frame.anchor is not None:
            return frame.anchor
    return None


@contextmanager
def _entered(caller: Extractor, owner: Extractor, anchor: Span | None):
    """Run ``owner``'s code on behalf of ``caller``'s; False when not allowed (too deep)."""
    ctx = _context(caller)
    if ctx is None:
        yield False
        return
    if isinstance(owner, ForeignExtractor):
        if sum(isinstance(f.x, ForeignExtractor) for f in ctx.frames) >= MAX_IMPORT_DEPTH:
            yield False
            return
        owner.running += 1
    ctx.frames.append(Frame(owner, anchor))
    try:
        yield True
    finally:
        ctx.frames.pop()
        if isinstance(owner, ForeignExtractor):
            owner.running -= 1
            if not owner.running:
                owner.fresh()  # what it built is the caller's now


def owner(x: Extractor, scope) -> Extractor | None:
    """The extractor of the file ``scope`` belongs to, when it is not ``x``'s."""
    root = scope
    while root.parent is not None:
        root = root.parent
    if root is x.scopes.module:
        return None
    found = _OWNERS.get(id(root))
    if found is not None and found.scopes.module is root:
        return found
    ctx = getattr(_local, "context", None)
    if ctx is not None and ctx.main.scopes.module is root:
        return ctx.main
    return None


# --- resolving a name -------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Definition:
    kind: str  # "class", "function", "constant" or "module"
    x: ForeignExtractor | None  # the file's extractor (None for a namespace package)
    name: str = ""
    module: Module | None = None

    @property
    def node(self):
        """The ClassDef or FunctionDef (read from the file's text now, if not yet)."""
        table = self.x.scopes.classes if self.kind == "class" else self.x.scopes.functions
        return table.get(self.name)


def maybe_imported(qualified: str | None) -> bool:
    """Could this qualified name be defined in the project (not torch's)?"""
    return qualified is not None and not qualified.startswith("torch.") and qualified.split(".")[0] not in NEVER


def definition(x: Extractor, written: str | None, scope) -> Definition | None:
    """What a dotted name written in ``x``'s ``scope`` is, when another file defines it."""
    if not written:
        return None
    ctx = _context(x)
    if ctx is None or not getattr(x, "path", None):
        return None
    key = (id(x), id(scope), written)  # asked again and again by the interpreter: once per check
    if key in ctx.definitions:
        return ctx.definitions[key][0]
    found = _definition_of(ctx, x, written, scope)
    ctx.definitions[key] = (found, x, scope)  # x and scope kept: their ids stay theirs
    return found


def _definition_of(ctx: Context, x: Extractor, written: str, scope) -> Definition | None:
    qualified = qualify_name(written, scope)
    head = written.split(".")[0]
    importer = scope
    while importer is not None and head not in importer.imports:
        importer = importer.parent
    if qualified is not None and importer is not None:
        if head in importer.bindings:
            return None  # imported, then bound again (Block = partial(Block, stride=2)): not that
        return _resolve(ctx, x.path, qualified, 0) if maybe_imported(qualified) else None
    # Else a name no scope binds nor imports: one of a star import, if any.
    if head in _BUILTIN_NAMES or head.startswith("_"):
        return None  # range, len...; a private name: never looked for behind a star import
    s = scope
    while s is not None:  # bound here: a local, not an import
        if head in s.bindings or head in s.params or head in s.imports:
            return None
        s = s.parent
    for star in reversed(_stars(ctx, x)):  # from .layers import *: the last one binds last
        found = _resolve(ctx, x.path, f"{star}.{written}" if not star.endswith(".") else star + written, 0)
        if found is not None:
            return found
    return None


def _stars(ctx: Context, x: Extractor) -> list[str]:
    if isinstance(x, ForeignExtractor):
        return x.stars
    if ctx.stars is None:
        ctx.stars = _star_imports(x.scopes.module.node) if isinstance(x.scopes.module.node, ast.Module) else []
    return ctx.stars


def _resolve(ctx: Context, importer: str, qualified: str, hops: int) -> Definition | None:
    key = (importer, qualified)
    if key in ctx.resolved:
        return ctx.resolved[key]
    ctx.resolved[key] = None  # a cycle reads as unresolved
    found = _lookup(ctx, importer, qualified, hops)
    ctx.resolved[key] = found
    return found


def _lookup(ctx: Context, importer: str, qualified: str, hops: int) -> Definition | None:
    level = len(qualified) - len(qualified.lstrip("."))
    names = [n for n in qualified[level:].split(".") if n]
    if level:
        base = _relative_base(ctx, importer, level)
        if base is None:
            return None
        return _find(ctx, base, names, hops) if names else Definition("module", base.x, module=base)
    if not names or names[0] in NEVER:
        return None
    for root in ctx.roots:
        top = _submodule(ctx, root, names[0])
        if top is not None:  # the first root holding it is the one Python imports
            return _find(ctx, top, names[1:], hops) if len(names) > 1 else Definition("module", top.x, module=top)
    return None


def _relative_base(ctx: Context, importer: str, level: int) -> Module | None:
    """The package ``from .`` (level 1), ``from ..`` (2)... means in the file ``importer``."""
    if importer == "-":
        return None  # standard input without a name has no package
    folder = os.path.dirname(os.path.abspath(importer))
    for _ in range(level - 1):
        if not os.path.isfile(os.path.join(folder, "__init__.py")):
            return None  # beyond the top-level package
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    if level > 1 and not os.path.isfile(os.path.join(folder, "__init__.py")):
        return None
    if not _allowed(ctx, folder):
        return None
    return _package(ctx, folder)


def _allowed(ctx: Context, path: str) -> bool:
    """Inside one of the roots, and not in an installed package (unless the checked file is)."""
    parts = set(path.split(os.sep))
    if any(p in parts for p in FOREIGN_PARTS if p not in ctx.inside):
        return False
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in ctx.roots)


def _file(ctx: Context, path: str) -> Module | None:
    if path in ctx.modules:
        return ctx.modules[path]
    found = None
    if _allowed(ctx, path):
        x = _load(path)
        found = Module(path, None, x) if x is not None else None
    ctx.modules[path] = found
    return found


def _package(ctx: Context, folder: str) -> Module | None:
    key = folder + os.sep
    if key in ctx.modules:
        return ctx.modules[key]
    init = os.path.join(folder, "__init__.py")
    found = None
    if os.path.isfile(init):
        module = _file(ctx, init)
        found = Module(init, folder, module.x) if module is not None else None
    elif os.path.isdir(folder) and _allowed(ctx, folder):
        found = Module(None, folder, None)  # a namespace package
    ctx.modules[key] = found
    return found


def _submodule(ctx: Context, folder: str, name: str) -> Module | None:
    """``folder/name/`` (a package) or ``folder/name.py``, as Python's finder orders them."""
    if not name.isidentifier():
        return None
    package = os.path.join(folder, name)
    if os.path.isfile(os.path.join(package, "__init__.py")):
        return _package(ctx, package)
    if os.path.isfile(package + ".py"):
        return _file(ctx, package + ".py")
    if os.path.isdir(package):
        return _package(ctx, package)
    return None


def _find(ctx: Context, module: Module, names: list[str], hops: int) -> Definition | None:
    """``names`` (``["ConvBlock"]``, ``["sub", "make_layers"]``) looked up in ``module``."""
    name, rest = names[0], names[1:]
    x = module.x
    if rest and module.folder is not None:
        # ``from .create_conv2d import create_conv2d``: a dotted path names modules first
        # (the package's own ``create_conv2d`` attribute may be the function of that name).
        sub = _submodule(ctx, module.folder, name)
        if sub is not None:
            return _find(ctx, sub, rest, hops)
    if x is not None:
        top = x.scopes.module
        bound = top.bindings.get(name)
        if bound:
            if rest or len(bound) != 1 or name in top.imports:
                return None  # an attribute of a class, or bound more than once
            if name in x.scopes.classes:
                return Definition("class", x, name, module)
            if name in x.scopes.functions:
                return Definition("function", x, name, module)
            value = bound[0][1]
            if isinstance(value, (ast.Name, ast.Attribute)) and hops < MAX_REEXPORTS:
                # SqueezeExcite = SEModule: an alias of a class or function
                alias = _find(ctx, module, dotted(value).split("."), hops + 1) if dotted(value) else None
                if alias is not None and alias.kind in ("class", "function"):
                    return alias
            return Definition("constant", x, name, module)
        if name in top.imports:
            if hops >= MAX_REEXPORTS:
                return None
            target = top.imports[name] + "".join("." + n for n in rest)
            return _resolve(ctx, module.path, target, hops + 1)
    if module.folder is not None:  # a package: its submodules
        sub = _submodule(ctx, module.folder, name)
        if sub is not None:
            return _find(ctx, sub, rest, hops) if rest else Definition("module", sub.x, module=sub)
    if x is not None and hops < MAX_REEXPORTS and not name.startswith("_"):
        for star in reversed(x.stars):  # the last star import binds last
            target = (star + "." if not star.endswith(".") else star) + ".".join(names)
            found = _resolve(ctx, module.path, target, hops + 1)
            if found is not None:
                return found
    return None


# --- hooks: what the interpreter and the extractor ask ----------------------------------


def function(x: Extractor, written: str | None, scope) -> Definition | None:
    """A helper function of another file of the project, called as ``written``."""
    found = definition(x, written, scope)
    return found if found is not None and found.kind == "function" else None


def call_helper(interp, found: Definition, node: ast.Call):
    """Run an imported helper for the value it returns (``make_layers(cfg)``)."""
    caller = interp.x
    with _entered(caller, found.x, _anchor(caller, node)) as ok:
        if not ok:
            return interp._item(node)
        result = interp._helper(found.node, node, found.x)
        _tag(_context(caller), result, current_anchor(), caller)
    return result


def class_instance(x: Extractor, twin: ast.Call, scope, env):
    """An imported module class called as a layer (``ConvBlock(8, 32)``), built in its file."""
    found = definition(x, dotted(twin.func), scope)
    if found is None or found.kind != "class":
        return None
    return instance_of(x, found.x, found.node, twin, scope, env)


def unread_builds(x: Extractor) -> dict:
    """The check's count of instances built with symbolic sizes whose forward was not read,
    per (extractor, class as called): the check's own, shared by the files it reads."""
    ctx = _context(x)
    return ctx.unread if ctx is not None else x._unread


def instance_of(x: Extractor, owner_x: Extractor, cls: ast.ClassDef, twin: ast.Call, scope, env):
    """A module class of another file, passed as a value (``block=BasicBlock``) and called
    in ``x``'s code as a layer: built in its file."""
    from seqlint.extract.classes import ChainReader

    if owner_x._building > MAX_CLASS_NESTING:
        return None
    with _entered(x, owner_x, _anchor(x, twin)) as ok:
        if not ok:
            return None
        owner_x._building += 1
        try:
            return ChainReader(owner_x, owner_x._specs).instance(cls, twin, scope, env, caller_x=x)
        finally:
            owner_x._building -= 1


def inherited_of(x: Extractor, owner_x: Extractor, cls: ast.ClassDef):
    """``ChainReader.inherited`` for a base class another file defines."""
    from seqlint.extract.classes import ChainReader

    with _entered(x, owner_x, None) as ok:
        return ChainReader(owner_x, owner_x._specs).inherited(cls) if ok else None


def inherited_modules(x: Extractor, owner_x: Extractor, init: ast.FunctionDef, call: ast.Call, scope, env,
                      caller_x: Extractor, constants: dict):
    """The submodules of an instance whose ``__init__`` is a base class's, of another file;
    ``constants``: the class constants of the instance's own class (and its bases)."""
    from seqlint.extract.classes import ChainReader

    with _entered(x, owner_x, _anchor(x, call)) as ok:
        # The instance's class is another file's: its methods are not read here (self.f() unknown).
        return ChainReader(owner_x, owner_x._specs)._instance_modules(init, call, scope, env, caller_x, None,
                                                                     constants) if ok else None


def inherited_forward(x: Extractor, owner_x: Extractor, forward: ast.FunctionDef, modules: dict):
    """A ``forward`` a base class of another file defines, read on the instance's modules."""
    from seqlint.extract.classes import ChainReader

    with _entered(x, owner_x, None) as ok:
        # The instance's class is not that file's: its methods are not inlined into forward.
        return ChainReader(owner_x, owner_x._specs)._forward(forward, modules, needs_module=False, methods={}) \
            if ok else None


def run_base_init(interp, owner_x: Extractor, init: ast.FunctionDef, passed, constants=None) -> dict | None:
    """``super().__init__(...)`` where the base class is another file's: the names' values
    after its ``__init__`` runs (its ``self.f()`` calls not followed: the instance's class is
    not that file's)."""
    from seqlint.extract.classes import ChainReader

    with _entered(interp.x, owner_x, None) as ok:
        return ChainReader(owner_x, owner_x._specs).run_init(init, passed, interp.depth + 1, None, constants) \
            if ok else None


def constant(x: Extractor, name: str, scope):
    """The value of a module-level constant another file defines (``from .config import
    HIDDEN``), or UNKNOWN."""
    found = definition(x, name, scope)
    if found is None or found.kind != "constant":
        return UNKNOWN
    with _entered(x, found.x, None) as ok:
        if not ok:
            return UNKNOWN
        return found.x.lookup(found.name, found.x.scopes.module, before=1 << 62)


def layer_of_value(x: Extractor, other: Extractor, value, anchor) -> LayerCall:
    """A layer built in another file (an ``Item`` of its code), read by that file's extractor."""
    ctx = _context(x)
    tagged = ctx.tags.get(id(value)) if ctx is not None else None
    span = tagged[1] if tagged is not None and tagged[0] is value else None
    if span is None and not isinstance(x, ForeignExtractor) and anchor is not None:
        span = x.span(anchor)
    with _entered(x, other, span) as ok:
        if ok:
            return other._layer_of_value(value, None, other._specs, other._nested)
    # Too deep: an unknown layer, named as written there.
    return LayerCall(None, source.segment(other.reduced, value.node), span or current_anchor() or Span.whole_file())


def _anchor(caller: Extractor, node: ast.AST) -> Span | None:
    """Where a call into another file shows: the call itself in the checked file."""
    return None if isinstance(caller, ForeignExtractor) else caller._span(node)


def _tag(ctx: Context | None, value, anchor: Span | None, caller: Extractor, depth: int = 0) -> None:
    """Remember where the layers another file's helper returned show in the checked file."""
    from seqlint.extract.layer_lists import Item, Repeat

    if ctx is None or anchor is None or depth > 8:
        return
    if isinstance(value, Item):
        if owner(caller, value.scope) is not None:
            ctx.tags.setdefault(id(value), (value, anchor))
    elif isinstance(value, Repeat):
        for item in value.items:
            _tag(ctx, item, anchor, caller, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _tag(ctx, item, anchor, caller, depth + 1)


# --- models of other files the checked file runs ----------------------------------------


def chains(reader) -> list:
    """Module classes and model-building functions of other files that the checked file
    builds and calls on a dummy tensor (``net = Net(); net(torch.randn(1, 3, 32, 32))``,
    ``model = build_model(10); model(x)``): what ``ChainReader`` does for its own."""
    x = reader.x
    scopes = x.scopes
    if _context(x) is None:
        return []
    found = []
    for name, calls in scopes.calls_of.items():
        if name in scopes.classes or name in scopes.functions or name in _BUILTIN_NAMES:
            continue  # the file's own: read by the reader
        for call, scope in calls:
            uses = list(reader._uses_of_instance(call, scope))
            if not uses:
                continue
            definition_ = definition(x, name, scope)
            if definition_ is None or definition_.kind not in ("class", "function"):
                break
            if definition_.kind == "class":
                found.extend(_class_chains(x, definition_, name, call, scope, uses))
            else:
                found.extend(_built_chains(x, name, call, scope, uses))
    return found


def _class_chains(x: Extractor, found: Definition, name: str, call: ast.Call, scope, uses) -> list:
    from seqlint.extract.classes import SEQUENTIAL, ChainReader, _built, _kept, _qualified
    from seqlint.extract.spec import ForwardChain, ForwardStep

    owner_x, cls = found.x, found.node
    if cls is None:
        return []
    methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
    chains_ = []
    with _entered(x, owner_x, _anchor(x, call)) as ok:
        if not ok:
            return []
        owner_reader = ChainReader(owner_x, owner_x._specs)
        if any(_qualified(b, owner_x.scopes.module) == SEQUENTIAL for b in cls.bases):
            model = owner_reader.sequential_instance(methods.get("__init__"), call, scope, None, x)
            if model is None:
                return []
            model.name = name
            steps = [ForwardStep("module", model.span, model=model, inputs=("x",), output="y")]
            return [ForwardChain(name, tensors[0], training, steps, result="y", argument="x", cast=cast)
                    for tensors, training, cast in uses if len(tensors) == 1]
        init, forward = methods.get("__init__"), methods.get("forward")
        if forward is None or len(forward.args.args) < 2:
            return []
        arguments = [a.arg for a in forward.args.args[1:]]
        modules = owner_reader._instance_modules(init, call, scope, None, x, owner_reader.class_methods(cls),
                                                 owner_reader.chain_constants(cls)) if init is not None else {}
        if modules is None:
            return []
        steps, result = owner_reader._forward(forward, modules) or ([], "")
        if not steps and not _built(modules):
            return []
        for tensors, training, cast in uses:
            if len(tensors) > len(arguments):
                continue  # torch raises a TypeError; not a shape question
            more = dict(zip(arguments[1:], tensors[1:]))
            more.update(_kept(modules))
            chains_.append(ForwardChain(name, tensors[0], training, steps, {}, result, arguments[0], more, cast,
                                        _built(modules)))
    return chains_


def _built_chains(x: Extractor, name: str, call: ast.Call, scope, uses) -> list:
    """``model = build(3, 10); model(x)``, ``build`` another file's function returning a model."""
    from seqlint.extract.layer_lists import Building, Interpreter, Item
    from seqlint.extract.spec import ForwardChain, ForwardStep

    value = Interpreter(x, scope, x._env_at(call, scope) or {}).value(call)
    if not isinstance(value, (Item, Building)) or (isinstance(value, Item) and value.node is call):
        return []
    layer = x._layer_of_value(value, None, x._specs, x._nested)
    if layer.model is None or layer.repeated:
        return []
    layer.model.name = f"{name}(...)"
    steps = [ForwardStep("module", layer.model.span, model=layer.model, inputs=("x",), output="y")]
    return [ForwardChain(name, tensors[0], training, steps, result="y", argument="x", cast=cast)
            for tensors, training, cast in uses if len(tensors) == 1]


def absolute(x: Extractor, qualified: str) -> str | None:
    """The absolute name of what a relative import names (``..ops.misc.MLP`` in torchvision's
    own code -> ``torchvision.ops.misc.MLP``), from where its definition is: what a rule for a
    library's layer is keyed by."""
    ctx = _context(x)
    found = _resolve(ctx, x.path, qualified, 0) if ctx is not None and getattr(x, "path", None) else None
    if found is None or found.kind != "class" or found.module is None or not found.module.path:
        return None
    path = found.module.path
    for root in ctx.roots:
        if path.startswith(root.rstrip(os.sep) + os.sep):
            parts = os.path.relpath(path, root)[:-len(".py")].split(os.sep)
            if parts[-1] == "__init__":
                parts.pop()
            if all(p.isidentifier() for p in parts):
                return ".".join(parts + [found.name])
    return None
