"""The tool's own files (page templates, the files `new` writes, vendored assets), found through
the installed package `generator.templates`, never by a path next to the source tree: the
wheel carries them as package data, an editable install maps the package to `templates/`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def templates_dir() -> Path:
    """The folder of the templates package, as a real folder (Jinja and MkDocs read files)."""
    folder = Path(str(resources.files("generator.templates")))
    if not (folder / "_macros.j2").is_file():
        raise RuntimeError(f"profile-generator is installed without its templates ({folder}); reinstall it")
    return folder


TEMPLATES = templates_dir()
NEW = TEMPLATES / "new"
ASSETS = TEMPLATES / "assets"
