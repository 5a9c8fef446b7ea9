"""The ``seqlint`` command.  Exit codes as ruff: 0 clean, 1 findings, 2 usage error."""

from __future__ import annotations

import os
import sys
from dataclasses import replace

import click

from seqlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

FORMATS = ("full", "concise", "json", "sarif", "github", "text")  # text: full, as before


class ConfigUsageError(click.ClickException):
    exit_code = EXIT_USAGE

    def show(self, file=None):
        click.echo(f"seqlint: error: {self.format_message()}", err=True)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="full",
              show_default=True, help="Output format (text is the old name of full).")
@click.option("--show-info", is_flag=True, help="Also print info notes about the analysis.")
@click.option("--no-trace", is_flag=True, help="Do not print the shape trace under errors.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in full and concise output (auto: on a terminal, unless NO_COLOR is set).")
@click.option("--select", multiple=True, metavar="RULES",
              help="Rules to check (codes, prefixes such as SEQ1, names, ALL; comma-separated).")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Rules to check in addition.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to check.")
@click.option("--exclude", multiple=True, metavar="PATTERNS",
              help="Gitignore-style patterns of files and folders to skip (replaces the defaults).")
@click.option("--extend-exclude", multiple=True, metavar="PATTERNS", help="Patterns to skip in addition.")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None,
              help="Skip what .gitignore ignores (default: on).")
@click.option("--force-exclude", is_flag=True, help="Apply the exclusions to paths named on the command line too.")
@click.option("--config", "config_path", type=click.Path(), default=None, metavar="PATH",
              help="A pyproject.toml whose [tool.seqlint] applies to every file (no discovery).")
@click.option("--add-noqa", is_flag=True, help="Write a `# noqa: CODE` for every current finding.")
@click.option("--fix", is_flag=True, help="Rewrite the size arguments that have one right value, in place.")
@click.option("--diff", is_flag=True, help="Print the fixes --fix would make as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True,
              help="Also make the unsafe fixes: a first layer changed to take the data it is given.")
@click.option("--exit-non-zero-on-fix", is_flag=True,
              help="With --fix: exit 1 when something was fixed, even if nothing remains.")
@click.option("--stdin-filename", type=click.Path(), default=None, metavar="PATH",
              help="The name of the source read from standard input (for output, config and per-file-ignores).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core, for larger runs).")
@click.option("--torch-version", default=None, metavar="VERSION",
              help="The torch release the code must run on, e.g. 2.3 (overrides `torch-version`; "
                   "default: the newest seqlint knows).")
@click.option("--no-progress", is_flag=True, help="No progress bar (shown on a terminal for long runs).")
@click.version_option(__version__, "--version", prog_name="seqlint")
def cli(paths, output_format, show_info, no_trace, statistics, color, select, extend_select, ignore,
        exclude, extend_exclude, respect_gitignore, force_exclude, config_path, add_noqa, fix, diff,
        unsafe_fixes, exit_non_zero_on_fix, stdin_filename, jobs,
        torch_version, no_progress):
    """Check the nn.Sequential models in PATHS (files or folders; default: .; - for standard
    input) for shape errors.

    `seqlint rule CODE|NAME` (or `seqlint rule --all`) prints a rule's page; check a path
    named rule as ./rule.
    """
    from seqlint.config import ConfigError, Overrides, Resolver

    paths = list(paths)
    use_stdin = paths == ["-"] or (stdin_filename is not None and not paths)
    if "-" in paths and not use_stdin:
        raise click.UsageError("- (standard input) cannot be combined with other paths")
    if stdin_filename is not None and not use_stdin:
        raise click.UsageError("--stdin-filename names standard input: pass - as the only path")
    if use_stdin and add_noqa:
        raise click.UsageError("--add-noqa writes files; it cannot be used with standard input")
    if add_noqa and (fix or diff):
        raise click.UsageError("--add-noqa cannot be combined with --fix or --diff")
    paths = paths or ["."]
    if not use_stdin:
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            raise click.UsageError(f"path does not exist: {missing[0]}")
    if output_format == "text":
        output_format = "full"

    try:
        overrides = Overrides.from_flags(
            select=select, extend_select=extend_select, ignore=ignore, exclude=exclude,
            extend_exclude=extend_exclude, respect_gitignore=respect_gitignore,
            force_exclude=force_exclude, config=config_path, torch_version=torch_version)
        resolver = Resolver(overrides)
        if use_stdin:
            checked, texts = _check_stdin(resolver, stdin_filename)
        else:
            from seqlint.discovery import iter_files
            from seqlint.progress import for_run
            from seqlint.runner import check_files

            files = list(iter_files(paths, resolver))
            targets = [resolver.settings_for(os.path.dirname(os.path.abspath(f))).torch_version for f in files]
            bar = for_run(output_format, sys.stderr, len(files), disabled=no_progress)
            try:
                checked, texts = check_files(files, jobs, targets, bar), {}
            finally:
                if bar is not None:
                    bar.close()
        reports = []

        def settings_of(path: str):
            lookup = stdin_filename if use_stdin and stdin_filename else path
            return lookup, resolver.settings_for(os.path.dirname(os.path.abspath(lookup)))

        def enabled(path: str, diagnostics: list) -> list:
            lookup, settings = settings_of(path)
            return [d for d in diagnostics if settings.enabled(d.code, lookup)]

        def recheck(path: str, text: str) -> list:
            """What the run reports on ``text`` as the file ``path`` (for --fix's passes)."""
            from seqlint.runner import check_text

            return enabled(path, check_text(text, path, settings_of(path)[1].torch_version).report.diagnostics)

        for item in checked:
            path = item.report.path
            reports.append(replace(item.report, diagnostics=enabled(path, item.report.diagnostics)))
            for line in item.invalid_noqa:
                click.echo(f"seqlint: warning: {path}:{line}: `# noqa:` names no rule code, so it "
                           f"suppresses nothing (write `# noqa: SEQ101, SEQ104`)", err=True)
    except ConfigError as exc:
        raise ConfigUsageError(str(exc)) from None

    fixed = 0
    if fix or diff:
        from seqlint import fixes

        outcome = fixes.fix_reports(reports, texts, recheck, write=fix and not diff, unsafe=unsafe_fixes)
        if diff or (fix and use_stdin):
            # Like ruff: the diff, or the fixed source of standard input, is the output.
            name = reports[0].path if reports else None
            click.echo(outcome.diff if diff else outcome.texts.get(name, texts.get(name, "")), nl=False)
            click.echo(outcome.summary(would=diff), err=True)
            if diff:
                sys.exit(EXIT_FINDINGS if outcome.fixed else EXIT_CLEAN)
            remaining = [d for r in outcome.reports for d in r.diagnostics if d.severity != "info"]
            sys.exit(EXIT_FINDINGS if remaining or (exit_non_zero_on_fix and outcome.fixed) else EXIT_CLEAN)
        reports, fixed = outcome.reports, outcome.fixed
        if outcome.hint():
            click.echo(outcome.hint(), err=True)
        for message in outcome.failures:
            click.echo(f"seqlint: error: {message}", err=True)

    counts: dict[str, int] = {}
    for report in reports:
        for d in report.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
            if d.code == "SEQ003":
                click.echo(f"seqlint: internal error on {d.path}: {d.message}", err=True)
    shown = [d for r in reports for d in r.diagnostics if show_info or d.severity != "info"]

    if add_noqa:
        sys.exit(_add_noqa(reports, shown))

    trace = not no_trace
    if statistics:
        from seqlint.report import statistics as stats

        click.echo(stats.render_json(shown) if output_format == "json" else stats.render_text(shown), nl=False)
    elif output_format == "json":
        from seqlint.report import json_report

        click.echo(json_report.render(reports), nl=False)
    elif output_format == "sarif":
        from seqlint.report import sarif

        click.echo(sarif.render(shown, trace=trace), nl=False)
    elif output_format == "github":
        from seqlint.report import github

        click.echo(github.render(shown, trace=trace), nl=False)
    else:
        from seqlint.report import concise, full
        from seqlint.report.style import Style, colour_wanted
        from seqlint.report.summary import summary

        coloured = colour_wanted(color, _is_terminal(sys.stdout))
        style = Style(coloured)
        if output_format == "concise":
            text = concise.render(shown, style)
        else:
            text = full.render(shown, _line_reader(texts), trace=trace, style=style)
        click.echo(text, nl=False, color=coloured)
        click.echo(summary(counts, fixed) if fix else summary(counts))
    if fix and fixed and output_format in ("json", "sarif", "github"):
        click.echo(f"Fixed {fixed} error{'s' if fixed != 1 else ''}.", err=True)
    findings = counts.get("error") or counts.get("warning")
    sys.exit(EXIT_FINDINGS if findings or (exit_non_zero_on_fix and fixed) else EXIT_CLEAN)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _check_stdin(resolver, stdin_filename):
    from seqlint import checks
    from seqlint.checks import Span
    from seqlint.discovery import GitIgnore, excluded_explicitly
    from seqlint.extract import source
    from seqlint.pipeline import FileReport
    from seqlint.runner import Checked, check_text

    name = stdin_filename or "-"
    stream = sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    if stdin_filename is not None and excluded_explicitly(stdin_filename, resolver, GitIgnore()):
        return [], {}
    try:
        text = source.decode(data)
    except source.UnreadableError as exc:
        return [Checked(FileReport(name, [checks.UnreadableFile(name, Span.whole_file(), (str(exc),))]))], {}
    target = resolver.settings_for(os.path.dirname(os.path.abspath(name))).torch_version
    return [check_text(text, name, target)], {name: text}


def _line_reader(texts: dict):
    """``(path, line) -> str | None`` for the full format, reading each file once."""
    from seqlint.extract import source
    from seqlint.suppress import split_lines

    cache: dict[str, list[str] | None] = {path: split_lines(text) for path, text in texts.items()}

    def line_of(path: str, line: int):
        if path not in cache:
            try:
                cache[path] = split_lines(source.read(path))
            except source.UnreadableError:
                cache[path] = None
        lines = cache[path]
        return lines[line - 1] if lines is not None and 1 <= line <= len(lines) else None

    return line_of


def _add_noqa(reports, shown) -> int:
    from seqlint.suppress import add_noqa_to_file

    wanted = {id(d) for d in shown}
    written, failed = 0, []
    for report in reports:
        diagnostics = [d for d in report.diagnostics if id(d) in wanted]
        if not diagnostics:
            continue
        try:
            count, left = add_noqa_to_file(report.path, diagnostics)
        except OSError as exc:
            click.echo(f"seqlint: error: cannot write {report.path}: {exc.strerror or exc}", err=True)
            failed.extend(diagnostics)
            continue
        written += count
        failed.extend(left)
    for d in failed:
        click.echo(f"seqlint: warning: {d.path}:{d.span.line}:{d.span.column}: cannot add a "
                   f"suppression for {d.code} (the file or line cannot hold one)", err=True)
    click.echo(f"Added {written} noqa directive{'s' if written != 1 else ''}.", err=True)
    return EXIT_FINDINGS if failed else EXIT_CLEAN


@click.command(name="rule", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("rule_name", required=False, metavar="CODE|NAME")
@click.option("--all", "show_all", is_flag=True, help="Print every rule's page.")
def rule_cli(rule_name, show_all):
    """Print a rule's page: what it checks, why it is a bug, an example and its fix.

    CODE|NAME is a code (SEQ101) or a kebab-case name (feature-mismatch).
    """
    from seqlint import rule_docs

    if show_all == (rule_name is not None):
        raise click.UsageError("give one rule (a code such as SEQ101, or a name) or --all")
    if show_all:
        click.echo(rule_docs.render_all(), nl=False)
        return
    found = rule_docs.find(rule_name)
    if found is None:
        close = rule_docs.close_match(rule_name)
        hint = f" (did you mean {close}?)" if close else ""
        raise click.UsageError(f"unknown rule: {rule_name}{hint}; `seqlint rule --all` lists them all")
    click.echo(rule_docs.render(found), nl=False)


@click.command(name="lsp", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--stdio", is_flag=True, hidden=True,
              help="Accepted for clients that pass it; standard input and output is the only transport.")
def lsp_cli(stdio):
    """Run the language server over standard input and output (needs seqlint[lsp]).

    Diagnostics as you type, quick fixes and `# noqa` actions, each layer's output shape as
    an inlay hint, and a layer's input and output shapes on hover.
    """
    try:
        from seqlint.lsp.server import serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol"):
            raise
        click.echo("seqlint: error: the language server needs pygls: install seqlint[lsp]", err=True)
        sys.exit(EXIT_USAGE)
    serve()


# Subcommands beside `seqlint PATH...`: a first argument that names one runs it (a path of
# that name is checked when written as ./rule).
SUBCOMMANDS = {"rule": rule_cli, "lsp": lsp_cli}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else list(argv)
    command, prog_name = cli, None
    if args and args[0] in SUBCOMMANDS:
        command, prog_name, args = SUBCOMMANDS[args[0]], f"seqlint {args[0]}", args[1:]
    elif argv is None:
        args = None  # click reads sys.argv itself (and expands wildcards on Windows), as before
    try:
        command.main(args=args, prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        # One line, ruff-style: usage errors exit 2.
        click.echo(f"seqlint: error: {exc.format_message()}", err=True)
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.exit(130)
