"""Configuration: ``[tool.seqlint]`` in ``pyproject.toml``, and the command line over it.

Each checked file gets the settings of the closest ``pyproject.toml`` with a
``[tool.seqlint]`` table above it (``--config PATH`` makes one file apply to all), with the
command-line flags on top.  Rule selection follows ruff: ``select`` replaces the enabled set,
``extend-select`` adds to it, ``ignore`` removes from it; selectors are codes, code prefixes
(``SEQ1`` is every SEQ1xx), kebab-case names or ``ALL``, and the more specific selector wins
(``select = ["SEQ1"]`` with ``ignore = ["SEQ104"]`` keeps SEQ101 and drops SEQ104).

Patterns (``exclude``, ``extend-exclude``, the keys of ``per-file-ignores``) are
gitignore-style, matched by ``pathspec`` against the path relative to the directory of the
file that sets them (the current directory for the command line and ``--config``).
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from dataclasses import dataclass, field

import pathspec

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from seqlint import checks

# The torch release whose semantics seqlint implements (the catalogue's), the default target.
NEWEST_TORCH = (2, 13)
OLDEST_TORCH = (1, 0)

# Skipped below any folder that is walked, unless ``exclude`` replaces them.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "build", "dist",
                   "node_modules", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
                   ".eggs", "*.egg-info", ".ipynb_checkpoints")

KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "exclude", "extend-exclude",
        "respect-gitignore", "force-exclude", "torch-version")

_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


class ConfigError(Exception):
    """A configuration problem: one message, naming the file and key (or the flag)."""


# --- rule selectors ---------------------------------------------------------------------


@dataclass(frozen=True)
class Selector:
    text: str
    codes: frozenset
    specificity: int  # ALL < SEQ < SEQ1 < SEQ10 < SEQ101 (a name counts as its code)


def _codes() -> list[str]:
    return sorted(checks.BY_CODE)


def parse_selector(text: str, where: str) -> Selector:
    """A rule code, a prefix of codes, a kebab-case name, or ALL."""
    if not isinstance(text, str):
        raise ConfigError(f"{where}: expected rule codes or names as strings, got {text!r}")
    text = text.strip()
    if text == "ALL":
        return Selector(text, frozenset(checks.BY_CODE), 0)
    if text in checks.BY_NAME:
        return Selector(text, frozenset({checks.BY_NAME[text].code}), 99)
    matched = frozenset(c for c in checks.BY_CODE if c.startswith(text)) if text.startswith("SEQ") else frozenset()
    if not matched:
        close = difflib.get_close_matches(text, _codes() + sorted(checks.BY_NAME), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ConfigError(f"{where}: unknown rule code or name {text!r}{hint}")
    full = len(text) == len(next(iter(matched)))
    return Selector(text, matched, 99 if full else len(text) - 2)


def parse_selectors(values, where: str) -> tuple[Selector, ...]:
    if isinstance(values, str) or not isinstance(values, list):
        raise ConfigError(f"{where}: expected a list of rule codes or names, got {_kind(values)}")
    return tuple(parse_selector(v, where) for v in values)


def split_flag(values) -> list[str]:
    """``--select A,B --select C`` -> ``[A, B, C]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@dataclass(frozen=True)
class RuleSelection:
    select: tuple[Selector, ...] | None = None
    extend_select: tuple[Selector, ...] = ()
    ignore: tuple[Selector, ...] = ()


def resolve_rules(selections) -> frozenset:
    """The enabled codes after layering ``selections`` (defaults first), as ruff does."""
    enabled = set(checks.BY_CODE)
    carried_ignores: tuple = ()
    for selection in selections:
        updates: dict[str, bool] = {}
        ignores = selection.ignore + carried_ignores
        carried_ignores = ()
        chosen = (selection.select or ()) + selection.extend_select
        for level in sorted({s.specificity for s in chosen + ignores}):
            for selector in chosen:
                if selector.specificity == level:
                    updates.update(dict.fromkeys(selector.codes, True))
            for selector in ignores:
                if selector.specificity == level:
                    updates.update(dict.fromkeys(selector.codes, False))
        if selection.select is not None:
            enabled = {code for code, on in updates.items() if on}
            if not selection.select and not selection.extend_select and selection.ignore:
                carried_ignores = selection.ignore
        else:
            for code, on in updates.items():
                (enabled.add if on else enabled.discard)(code)
    return frozenset(enabled)


# --- patterns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PatternSet:
    """Gitignore-style patterns relative to ``base`` (an absolute folder)."""

    base: str
    patterns: tuple[str, ...]
    spec: pathspec.GitIgnoreSpec = field(compare=False, repr=False)

    @staticmethod
    def of(base: str, patterns, where: str) -> "PatternSet":
        try:
            spec = pathspec.GitIgnoreSpec.from_lines(patterns)
        except Exception as exc:  # noqa: BLE001 - pathspec raises several kinds
            raise ConfigError(f"{where}: invalid pattern: {exc}") from None
        return PatternSet(base, tuple(patterns), spec)

    def _relative(self, path: str) -> str | None:
        rel = os.path.relpath(path, self.base).replace(os.sep, "/")
        if rel == ".":
            return None
        if rel.startswith("../") or rel == "..":
            rel = rel.rsplit("/", 1)[-1]  # outside the base: only its name can match
        return rel

    def verdict(self, path: str, is_dir: bool) -> bool | None:
        """Whether this very file or folder is matched (not merely something above it: the
        question a walk asks, pruning matched folders as it goes); None: no pattern says.
        The last pattern that matches decides, so ``!keep.py`` re-includes."""
        rel = self._relative(path)
        if rel is None:
            return None
        if is_dir:
            rel += "/"
        verdict = None
        for pattern in self.spec.patterns:
            if pattern.include is not None and _matches_itself(pattern, rel):
                verdict = pattern.include
        return verdict

    def matches_entry(self, path: str, is_dir: bool) -> bool:
        return bool(self.verdict(path, is_dir))

    def matches_path(self, path: str) -> bool:
        """Whether the file (or a folder above it, below the base) is matched."""
        rel = self._relative(path)
        return rel is not None and self.spec.match_file(rel)


def _matches_itself(pattern, rel: str) -> bool:
    """A pathspec pattern matches ``rel`` itself, not only as something inside a matched
    folder: pathspec marks the folder part of a match with the group ``ps_d``."""
    match = pattern.regex.match(rel)
    if match is None:
        return False
    try:
        end = match.end("ps_d")
    except IndexError:  # a pattern without the group
        return True
    return end in (-1, len(rel))


def _kind(value) -> str:
    return {str: "a string", bool: "a boolean", int: "a number", float: "a number",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _patterns(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of patterns (strings), got {_kind(value)}")
    return tuple(value)


def parse_torch_version(value, where: str) -> tuple[int, ...]:
    newest = ".".join(map(str, NEWEST_TORCH))
    if not isinstance(value, str):
        raise ConfigError(f'{where}: expected a string such as "{newest}", got {_kind(value)} ({value!r})')
    match = _VERSION.fullmatch(value.strip())
    if match is None:
        raise ConfigError(f'{where}: expected a torch release such as "{newest}" (MAJOR.MINOR), '
                          f"got {value!r}")
    version = tuple(int(part) for part in match.groups() if part is not None)
    if version[:2] < OLDEST_TORCH:
        raise ConfigError(f"{where}: torch {value} is older than 1.0, which seqlint does not model")
    if version[:2] > NEWEST_TORCH:
        raise ConfigError(f"{where}: seqlint knows torch up to {newest}, not {value} "
                          f"(leave the key out to target {newest})")
    return version


# --- one configuration file -------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    """The ``[tool.seqlint]`` table of one file, checked."""

    path: str | None  # the pyproject.toml (None: no file)
    root: str  # the folder its patterns are relative to
    selection: RuleSelection = RuleSelection()
    per_file_ignores: tuple[tuple[PatternSet, frozenset], ...] = ()
    exclude: PatternSet | None = None
    extend_exclude: PatternSet | None = None
    respect_gitignore: bool | None = None
    force_exclude: bool | None = None
    torch_version: tuple[int, ...] | None = None


def parse_table(table: dict, path: str | None, root: str, label: str) -> Config:
    """Check every key and value of a ``[tool.seqlint]`` table; ``label`` names it in messages."""
    if not isinstance(table, dict):
        raise ConfigError(f"{label}: `tool.seqlint` must be a table, got {_kind(table)}")
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else f" (known keys: {', '.join(KEYS)})"
            raise ConfigError(f"{label}: unknown key `tool.seqlint.{key}`{hint}")

    def where(key):
        return f"{label}: `tool.seqlint.{key}`"

    def flag(key):
        value = table.get(key)
        if value is not None and not isinstance(value, bool):
            raise ConfigError(f"{where(key)}: expected true or false, got {_kind(value)}")
        return value

    selection = RuleSelection(
        select=parse_selectors(table["select"], where("select")) if "select" in table else None,
        extend_select=parse_selectors(table.get("extend-select", []), where("extend-select")),
        ignore=parse_selectors(table.get("ignore", []), where("ignore")),
    )
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where('per-file-ignores')}: expected a table of pattern = [codes], "
                          f"got {_kind(per_file)}")
    per_file_ignores = tuple(
        (PatternSet.of(root, [pattern], where(f'per-file-ignores."{pattern}"')),
         frozenset().union(*(s.codes for s in parse_selectors(codes, where(f'per-file-ignores."{pattern}"')))))
        for pattern, codes in per_file.items())
    exclude = (PatternSet.of(root, _patterns(table["exclude"], where("exclude")), where("exclude"))
               if "exclude" in table else None)
    extend_exclude = (PatternSet.of(root, _patterns(table["extend-exclude"], where("extend-exclude")),
                                    where("extend-exclude"))
                      if "extend-exclude" in table else None)
    torch_version = (parse_torch_version(table["torch-version"], where("torch-version"))
                     if "torch-version" in table else None)
    return Config(path, root, selection, per_file_ignores, exclude, extend_exclude,
                  flag("respect-gitignore"), flag("force-exclude"), torch_version)


def read_toml(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def load(path: str, root: str | None = None, required: bool = False) -> Config | None:
    """The ``[tool.seqlint]`` table of ``path``; None when it has none (unless ``required``)."""
    document = read_toml(path)
    table = document.get("tool", {}).get("seqlint") if isinstance(document.get("tool"), dict) else None
    if table is None:
        if required:
            raise ConfigError(f"{path}: no [tool.seqlint] table")
        return None
    return parse_table(table, path, root or os.path.dirname(os.path.abspath(path)), path)


# --- the command line on top ------------------------------------------------------------


@dataclass(frozen=True)
class Overrides:
    """What the command line says; None: not given."""

    selection: RuleSelection = RuleSelection()
    exclude: PatternSet | None = None
    extend_exclude: PatternSet | None = None
    respect_gitignore: bool | None = None
    force_exclude: bool | None = None
    config: str | None = None
    torch_version: tuple[int, ...] | None = None

    @staticmethod
    def from_flags(*, select=(), extend_select=(), ignore=(), exclude=(), extend_exclude=(),
                   respect_gitignore=None, force_exclude=False, config=None, cwd=None,
                   torch_version=None) -> "Overrides":
        cwd = os.path.abspath(cwd or os.getcwd())
        select, extend_select, ignore = split_flag(select), split_flag(extend_select), split_flag(ignore)
        exclude, extend_exclude = split_flag(exclude), split_flag(extend_exclude)
        return Overrides(
            selection=RuleSelection(
                select=tuple(parse_selector(s, "--select") for s in select) if select else None,
                extend_select=tuple(parse_selector(s, "--extend-select") for s in extend_select),
                ignore=tuple(parse_selector(s, "--ignore") for s in ignore)),
            exclude=PatternSet.of(cwd, exclude, "--exclude") if exclude else None,
            extend_exclude=PatternSet.of(cwd, extend_exclude, "--extend-exclude") if extend_exclude else None,
            respect_gitignore=respect_gitignore,
            force_exclude=force_exclude or None,
            config=config,
            torch_version=(parse_torch_version(torch_version, "--torch-version")
                           if torch_version is not None else None),
        )


@dataclass(frozen=True)
class Settings:
    """What applies to one file: the closest configuration with the command line on top."""

    rules: frozenset
    per_file_ignores: tuple[tuple[PatternSet, frozenset], ...]
    exclude: tuple[PatternSet, ...]
    respect_gitignore: bool
    force_exclude: bool
    torch_version: tuple[int, ...]
    config_path: str | None

    def enabled(self, code: str, path: str) -> bool:
        """Whether ``code`` is reported in the file at ``path``."""
        if code not in self.rules:
            return False
        if self.per_file_ignores:
            absolute = os.path.abspath(path)
            for patterns, codes in self.per_file_ignores:
                if code in codes and patterns.matches_path(absolute):
                    return False
        return True

    def excluded_entry(self, path: str, is_dir: bool) -> bool:
        return any(p.matches_entry(path, is_dir) for p in self.exclude)

    def excluded_path(self, path: str) -> bool:
        return any(p.matches_path(path) for p in self.exclude)


def _settings(config: Config | None, overrides: Overrides, cwd: str) -> Settings:
    config = config or Config(None, cwd)
    default = PatternSet.of(config.root, DEFAULT_EXCLUDE, "default exclude")
    exclude = overrides.exclude or config.exclude or default
    patterns = tuple(p for p in (exclude, config.extend_exclude, overrides.extend_exclude) if p is not None)
    rules = resolve_rules([config.selection, overrides.selection])
    return Settings(
        rules=rules,
        per_file_ignores=config.per_file_ignores,
        exclude=patterns,
        respect_gitignore=next(v for v in (overrides.respect_gitignore, config.respect_gitignore, True)
                               if v is not None),
        force_exclude=bool(overrides.force_exclude or config.force_exclude),
        torch_version=overrides.torch_version or config.torch_version or NEWEST_TORCH,
        config_path=config.path,
    )


class Resolver:
    """Finds, for any folder, the settings that apply there (cached per folder and file)."""

    def __init__(self, overrides: Overrides | None = None, cwd: str | None = None):
        self.overrides = overrides or Overrides()
        self.cwd = os.path.abspath(cwd or os.getcwd())
        self._configs: dict[str, Config | None] = {}  # folder -> closest config
        self._settings: dict[str | None, Settings] = {}
        self._forced: Config | None = None
        if self.overrides.config is not None:
            path = self.overrides.config
            if not os.path.isfile(path):
                raise ConfigError(f"--config: no such file: {path}")
            # As ruff: a file named on the command line applies to every file, and its
            # patterns are relative to the current directory.
            self._forced = load(path, root=self.cwd, required=True)

    def config_for(self, folder: str) -> Config | None:
        if self._forced is not None:
            return self._forced
        folder = os.path.abspath(folder)
        seen = []
        config = None
        current = folder
        while True:
            if current in self._configs:
                config = self._configs[current]
                break
            seen.append(current)
            candidate = os.path.join(current, "pyproject.toml")
            if os.path.isfile(candidate):
                config = load(candidate)
                if config is not None:
                    break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        for item in seen:
            self._configs[item] = config
        return config

    def settings_for(self, folder: str) -> Settings:
        config = self.config_for(folder)
        key = config.path if config is not None else None
        if key not in self._settings:
            self._settings[key] = _settings(config, self.overrides, self.cwd)
        return self._settings[key]
