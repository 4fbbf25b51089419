"""Nothing about the people of the seed corpus is written into code or templates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.people import recognise  # noqa: F401  (the module must import cleanly)

ROOT = Path(__file__).resolve().parent.parent


CORPORA = (ROOT / "seeds", ROOT.parent / "shared" / "eval" / "corpus_A", ROOT / "tests" / "cases" / "corpus_b" / "seeds")
# Capitalised words of those corpora that are no one's name: an award, a holiday, a platform,
# a magazine's shortened name, an outlet's ("National Post"), a state or province (the list of
# regions in lang/en.py names places, not people).
NOT_NAMES = {"Inside", "Staff", "Welcome", "Oscar", "Christmases", "Instagram", "Facebook", "Mag", "Post", "Blast", "Daily", "Mail", "Variety", "Tonight",
             "Press", "Page", "Magazine", "Weekly", "National", "York", "Angeles", "Road", "Organization", "Advertisement",
             "Policy", "Entertainment", "California", "Montana", "North", "Nova", "Scotia", "Gazette", "Independent", "Hollywood", "Thanksgiving", "January", "February", "March", "April", "June", "July", "August", "September", "October",
             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _seed_names(folders: tuple[Path, ...] = (ROOT / "seeds",)) -> set[str]:
    """Capitalised words that recur in the articles of `folders` and are not ordinary words."""
    text = " ".join(p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*"))
                    if p.suffix in (".txt", ".md", ".html"))
    text = re.sub(r"<[^>]*>|\S+://\S+|\S+\.(?:html|htm|txt|md)\b", " ", text)  # markup, addresses, file names
    words = re.findall(r"\b[A-Z][a-z]{3,}\b", text)
    lower = set(re.findall(r"\b[a-z]{4,}\b", text.lower())) & set(re.findall(r"\b[a-z]{4,}\b", text))
    return {w for w in set(words) if w.lower() not in lower and words.count(w) >= 2}


def test_seed_names_are_found() -> None:
    names = _seed_names()
    assert {"Baldwin", "Basinger", "Hilaria"} <= names


def test_corpus_a_names_are_found() -> None:
    if not CORPORA[1].is_dir():
        pytest.skip(f"{CORPORA[1]} is not here (it comes with ../shared)")
    assert {"Clarkson", "Blackstock"} <= _seed_names((CORPORA[1],))


# The people of our other gold corpora (tests/cases/corpus_c to corpus_l), by name: their articles hold
# too many ordinary capitalised words (outlets, offices, clubs) for _seed_names to tell names apart.
OUR_PEOPLE = {
    "Dashwood", "Ellsworth", "Corbin", "Maren", "Clementine", "Ossian", "Sunniva", "Bergqvist", "Lucan", "Benedetti",
    "Rufus", "Whitcombe", "Solberg", "Renata", "Lily", "Theo", "Owen", "Ashby", "Erik", "Ashdown", "Greaves",
    "Callum", "Tamsin", "Rocco", "Otis", "Wren", "Kezia", "Bellweather", "Vellacourt", "Orzolan", "Saskia", "Benedek",
    "Odile", "Caspian", "Linnea", "Ysolde", "Albarracín", "Kettleby", "Miklós", "Paprikás",
    "Halloran", "Marchetti", "Noor", "Margo", "Anselm", "Dunleavy", "Sabine", "Okonkwo", "Cressida", "Aurelio",
    "Oriane", "Falk", "Brannock", "Teodor", "Lumafold", "Corvane", "Emil", "Marisol", "Quint", "Eberle", "Threlkeld",
    "Ferrante", "Isabel", "Izzy", "Rory", "Tilly", "Finn", "Oyelaran", "Pask", "Gideon", "Aldo", "Frankie", "Shona",
    "Castellano", "Meredith", "Mateo", "Whitlock", "Pratt", "Bellmore", "Lakeshore", "Ellery", "Nico",
    "Furlong", "Lisle", "Harriet", "Declan", "Maeve", "Órla", "Orla", "Tideline", "Kinsale", "Penhallow",
    "Venkat", "Venkataraman", "Anirudh", "Fitzmaurice", "Sunup", "Meera", "Hartigan", "Kavi", "Niamh", "Strathairn",
    "Tremlett", "Kerala", "Woollahra",
    "Itzel", "Montalvo", "Larrañaga", "Larranaga", "Ximena", "Íñigo", "Josu", "Garrido", "Lucía", "Coconut",
    "Quinceañera", "Quintana", "Ferraz",
    "Adaora", "Ezenwa", "Kunle", "Balogun", "Olukunle", "Nkechi", "Ngozi", "Dayo", "Zara", "Tobi", "Seun", "Obinna",
    "Udeh", "Chantelle", "Mensah", "Amara", "Okada", "Thameside",
    "Maëlle", "Maelle", "Gauthier", "Nandakumar", "Élodie", "Arjun", "Grive", "Kochi", "Laroche", "Inès", "Beaubien",
    "Braise", "Étienne", "Ferreira", "Vachon", "Ferland", "Ashgrove", "Brisebois", "Kavya", "Lakshmi", "Normand",
    "NorthStar",
    "Tolliver", "Lindqvist", "Whitfield", "Marisa", "Oyler", "Ruckert", "Kessling", "Monona",
}


def test_our_corpora_hold_their_people() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for x in "cdefghijklmnop"
                    for p in sorted((ROOT / "tests" / "cases" / f"corpus_{x}" / "seeds").glob("*")))
    assert {name for name in OUR_PEOPLE if name not in text} == set()


def test_no_seed_name_in_generator_or_templates() -> None:
    """No name from the seeds, from ../shared/eval/corpus_A or from our own corpora b to g."""
    names = (_seed_names(tuple(f for f in CORPORA if f.is_dir())) - NOT_NAMES) | OUR_PEOPLE
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    offenders = []
    for folder in ("generator", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".j2", ".md", ".css", ".yml", ".html", ".js"):
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if pattern.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
