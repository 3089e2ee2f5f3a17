"""The `kg` command line: a thin layer over the library, one module per family of commands.

Results go to stdout, messages to stderr; exit codes are mapped from the library's typed errors
in one place (graph/cli/app.py) and listed in README.md.
"""

from . import graph_commands, import_commands, news_commands, serve_commands, source_commands, view_commands  # noqa: F401  (register the commands)
from .app import EXIT_CODES, app, main

__all__ = ["app", "main", "EXIT_CODES"]
