"""The ``seqlint`` command.  Exit codes as ruff: 0 clean, 1 findings, 2 usage error."""

from __future__ import annotations

import os
import sys

import click

from seqlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--show-info", is_flag=True, help="Also print info notes about the analysis.")
@click.option("--no-trace", is_flag=True, help="Do not print the shape trace under errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core, for larger runs).")
@click.version_option(__version__, "--version", prog_name="seqlint")
def cli(paths, output_format, show_info, no_trace, jobs):
    """Check the nn.Sequential models in PATHS (files or folders; default: .) for shape errors."""
    paths = list(paths) or ["."]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise click.UsageError(f"path does not exist: {missing[0]}")

    from seqlint.discovery import iter_files
    from seqlint.runner import check_paths

    reports = check_paths(list(iter_files(paths)), jobs)
    counts: dict[str, int] = {}
    for report in reports:
        for d in report.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
            if d.code == "SEQ003":
                click.echo(f"seqlint: internal error on {d.path}: {d.message}", err=True)

    if output_format == "json":
        from seqlint.report import json_report

        click.echo(json_report.render(reports), nl=False)
    else:
        from seqlint.report import text

        click.echo(text.render(reports, show_info=show_info, trace=not no_trace), nl=False)
        click.echo(text.summary(counts))
    sys.exit(EXIT_FINDINGS if counts.get("error") or counts.get("warning") else EXIT_CLEAN)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
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
