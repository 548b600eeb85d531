"""How every ``gigai`` command talks to a beginner: bilingual errors without tracebacks, safe printing.

Shared by ``gigai.cli.main`` and the sub-command modules (``gigai.trainer.gateway.cli``, ``gigai.video.cli``, ...), so
each package owns its own commands without importing the top-level CLI.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from gigai.lang import pick, say

state = {"debug": False}


def err(text: str, style: str = "bold red") -> None:
    """Print to stderr through rich (markup off: '[GIGAI-E012]' is text, not a style tag)."""
    try:
        from rich.console import Console
        from rich.text import Text

        Console(stderr=True, soft_wrap=True).print(Text(text, style=style))
    except ImportError:  # pragma: no cover - rich is a core dependency
        print(text, file=sys.stderr)


def guard(fn):
    """Turn exceptions into beginner-friendly messages and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from gigai.errors import GigaiError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except GigaiError as exc:
            err(str(exc))
            if debug():
                print_traceback()
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err("Dihentikan. / Stopped.", style="yellow")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the whole point: no raw traceback for beginners
            import click

            if isinstance(exc, click.ClickException):
                raise
            name = type(exc).__name__
            if fn.__name__ == "doctor":  # never send people from the doctor back to the doctor
                err(
                    f"Terjadi kesalahan tak terduga ({name}). Kirim ke trainer hasil: gigai --debug doctor\n"
                    f"Unexpected error ({name}). Send the trainer the output of: gigai --debug doctor"
                )
            else:
                err(
                    f"Terjadi kesalahan tak terduga ({name}). Jalankan: gigai doctor\n"
                    f"Unexpected error ({name}). Run: gigai doctor  (details: gigai --debug ...)"
                )
            if debug():
                print_traceback()
            raise typer.Exit(1) from None

    return wrapper


def debug() -> bool:
    return state["debug"] or os.environ.get("GIGAI_DEBUG", "") in ("1", "true", "yes")


def print_traceback() -> None:
    import traceback

    traceback.print_exc(file=sys.stderr)


def version_callback(value: bool) -> None:
    if value:
        from importlib import metadata

        try:
            version = metadata.version("gigai")
        except metadata.PackageNotFoundError:
            version = "?"
        typer.echo(f"gigai {version}")
        raise typer.Exit()


def echo_safe(text: str) -> None:
    """Print text that may hold emoji on a console that cannot show them (old Windows code pages)."""
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(enc)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(enc, errors="replace").decode(enc, errors="replace")
    typer.echo(text)


def can_show_emoji() -> bool:
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "✅⚠️❌ℹ️·".encode(enc)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def show(result: Any) -> None:
    """Print what a library function returned, whatever its shape."""
    if result is None:
        return
    if isinstance(result, Path):
        typer.echo(f"{say('Selesai', 'Done')}: {result}")
    elif isinstance(result, (dict, list)):
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(str(result))


HELP_TEXT = "Tampilkan bantuan ini / show this help."

one_language = pick  # CLI help is written once as "Indonesian / English"; the reader sees one side


def _localise(cmd: Any, ctx: Any) -> Any:
    """Show ``cmd`` (and every command under it) in one language, ``--help`` line included."""
    if getattr(cmd, "_gigai_one_language", False):
        return cmd
    cmd._gigai_one_language = True
    option = cmd.get_help_option(ctx)
    if option is not None:
        option.help = one_language(HELP_TEXT)
    cmd.help = one_language(cmd.help)
    cmd.short_help = one_language(cmd.short_help)
    for param in getattr(cmd, "params", ()):
        if getattr(param, "help", None):
            param.help = one_language(param.help)
    for sub in (getattr(cmd, "commands", None) or {}).values():
        _localise(sub, ctx)
    return cmd


class LocalGroup(TyperGroup):
    """The root command group: every help under it reads in one language (click's own line included)."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = one_language(HELP_TEXT)
        return option

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise(self, ctx)
        for name in self.list_commands(ctx):
            sub = self.get_command(ctx, name)
            if sub is not None:
                _localise(sub, ctx)
        super().format_help(ctx, formatter)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd = super().get_command(ctx, cmd_name)
        return _localise(cmd, ctx) if cmd is not None else None


class OldPackSpelling(TyperGroup):
    """``gigai pack DIR [--list]`` (the old spelling) still works for one release and names the new one."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            verb = "list" if "--list" in args else "build"
            typer.echo(
                say(f"Perintah ini sekarang bernama: gigai pack {verb} {args[0]}",
                    f"This command is now called: gigai pack {verb} {args[0]}"), err=True,
            )
            return verb, self.commands[verb], [a for a in args if a != "--list"]
        return super().resolve_command(ctx, args)
