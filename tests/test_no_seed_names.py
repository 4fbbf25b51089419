"""Nothing about the people of the seed corpus is written into code or templates."""

from __future__ import annotations

import re
from pathlib import Path

from generator.people import recognise  # noqa: F401  (the module must import cleanly)

ROOT = Path(__file__).resolve().parent.parent


def _seed_names() -> set[str]:
    """Capitalised words that recur in the seed articles and are not ordinary words."""
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    words = re.findall(r"\b[A-Z][a-z]{3,}\b", text)
    lower = set(re.findall(r"\b[a-z]{4,}\b", text.lower())) & set(re.findall(r"\b[a-z]{4,}\b", text))
    return {w for w in set(words) if w.lower() not in lower and words.count(w) >= 2}


def test_seed_names_are_found() -> None:
    names = _seed_names()
    assert {"Baldwin", "Basinger", "Hilaria"} <= names


def test_no_seed_name_in_generator_or_templates() -> None:
    names = _seed_names() - {"Oscar", "Christmases", "Instagram", "Mag"}
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    offenders = []
    for folder in ("generator", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".j2", ".md", ".css", ".yml", ".html", ".js"):
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if pattern.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
