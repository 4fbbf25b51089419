"""`profile-generator new DIR` (or `python -m generator new DIR`): a new profile folder, ready
for articles, that publishes itself on GitHub Pages."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .distribution import ToolRequirement, requirements_txt, tool_requirement
from .errors import ProfileError
from .resources import NEW
from .writer import write_if_changed

# Files copied as they are: (file in templates/new/, where it goes in the new folder).
COPIED = (("about.md", "docs/about.md"), ("profile.css", "docs/stylesheets/profile.css"),
          ("pages.yml", ".github/workflows/pages.yml"), ("gitignore", ".gitignore"))


def scaffold(directory: Path, subject: str = "", tool: ToolRequirement | None = None) -> list[Path]:
    """Write mkdocs.yml, an empty seeds/, docs/about.md, the stylesheet, requirements.txt (this
    tool, pinned, and its tested dependencies), the Pages workflow and a .gitignore; never
    overwrite a file that is there."""
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
        **{directory / dest: (NEW / name).read_text(encoding="utf-8") for name, dest in COPIED},
        directory / "requirements.txt": requirements_txt(tool or tool_requirement()),
    }
    written = []
    for path, content in files.items():
        if not path.exists():
            write_if_changed(path, content)
            written.append(path)
    (directory / "seeds").mkdir(parents=True, exist_ok=True)
    written.append(directory / "seeds")
    return written
