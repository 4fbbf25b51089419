"""`python -m generator new DIR`: a new profile folder, ready for articles."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .errors import ProfileError
from .render import TEMPLATES
from .writer import write_if_changed

NEW = TEMPLATES / "new"


def scaffold(directory: Path, subject: str = "") -> list[Path]:
    """Write mkdocs.yml, an empty seeds/, docs/about.md and the stylesheet; never overwrite."""
    config = directory / "mkdocs.yml"
    if config.exists():
        raise ProfileError(f"{config} exists already; not overwriting it")
    env = Environment(loader=FileSystemLoader(str(NEW)), undefined=StrictUndefined,
                      keep_trailing_newline=True, autoescape=False)
    # JSON strings are valid YAML scalars: any subject is quoted safely.
    site_name = json.dumps(f"Profile: {subject}" if subject else "Fact-checked profile", ensure_ascii=False)
    files = {
        config: env.get_template("mkdocs.yml.j2").render(
            site_name=site_name, subject=json.dumps(subject, ensure_ascii=False) if subject else ""),
        directory / "docs" / "about.md": (NEW / "about.md").read_text(encoding="utf-8"),
        directory / "docs" / "stylesheets" / "profile.css": (NEW / "profile.css").read_text(encoding="utf-8"),
    }
    written = []
    for path, content in files.items():
        if not path.exists():
            write_if_changed(path, content)
            written.append(path)
    (directory / "seeds").mkdir(parents=True, exist_ok=True)
    written.append(directory / "seeds")
    return written
