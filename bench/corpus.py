"""A deterministic corpus of news articles about one fictional family, at any size.

Article i depends only on (seed, i), so a corpus of n + 1 articles is the corpus of n
plus one file: that is how the benchmark adds one article to an already-built corpus.
The family, the outlets, the places and every event are invented.

Each article mixes what real coverage of a family holds: a new event told once (a
premiere, a charity night, a sighting), background facts repeated across the corpus in
several paraphrases, quotes on the record, claims from unnamed sources, figures that
conflict between outlets (the length of the custody fight, the legal fees) or that
change over time (the number of children), and syndicated copies of earlier articles.
Files are .txt (leading date line, or a metadata header), .md with front matter, and .html.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

SUBJECT = "Rowan Halvorsen and Celeste Maravilla"
# The family: architect Rowan Halvorsen (b. 1968), actress Celeste Maravilla (b. 1974).
# Met 1996, married 1998, separated 2010, divorce final 2011, custody fight 2011-2015.
# Children: Juniper (b. 2001), Caspian (b. 2004). Rowan married sculptor Ingrid Solberg
# in 2016 (son Anders, b. 2018); Celeste's partner is cellist Dario Fenwick (daughter Mirela, b. 2020).
ROWAN_BORN, CELESTE_BORN, JUNIPER_BORN, CASPIAN_BORN = 1968, 1974, 2001, 2004
FIRST_YEAR, LAST_YEAR = 2012, 2025

OUTLETS = ("Northgate Herald", "Celebrity Dispatch", "The Morning Lantern", "Riverbend Daily",
           "Stagelight Weekly", "Marquee Report", "Coastline Courier", "Glasshouse Magazine",
           "Pinewood Gazette", "The Velvet Column")
WIRES = ("Continental Lifestyle Wire", "Meridian Newswire", "Harborview Syndicate")
AUTHORS = ("Tamsin Greaves", "Odette Lindqvist", "Marcus Abernathy", "Priya Castellane", "Jonah Whitlock",
           "Beatrix Oyelaran", "Felix Marchbank", "Noor Halloway")
CITIES = ("Portland", "Santa Fe", "Savannah", "Minneapolis", "Asheville", "Boise", "Providence", "Tucson",
          "Halifax", "Charleston", "Burlington", "Duluth")
VENUES = ("the Alder Street Theater", "the Lumen Gallery", "the Cedar Room", "the Brightwater Pavilion",
          "the Old Mill Hall", "the Juniper Court hotel", "the Copperline Club", "the Foundry Arts Center",
          "the Waterside Conservatory", "the Glass Pier ballroom")
EVENTS = ("charity gala", "film premiere", "gallery opening", "benefit concert", "book launch",
          "awards dinner", "fundraising auction", "design exhibition", "theater opening night", "garden party")
CAUSES = ("children's literacy", "river conservation", "family mediation services", "public libraries",
          "arts education", "animal rescue", "affordable housing", "hospice care")
PROJECTS = ("a library", "a concert hall", "a riverside museum", "a school campus", "a train station",
            "a botanical pavilion", "a housing cooperative", "a lighthouse restoration")
FILMS = ("Winter Harbor", "The Glass Orchard", "Small Hours", "Northern Light", "The Quiet Field",
         "Paper Boats", "A House of Rain", "The Long Supper", "Saltwater Letters", "Evening Train")
COLORS = ("emerald", "ivory", "midnight-blue", "crimson", "silver", "black", "rose", "gold")
GARMENTS = ("gown", "pantsuit", "velvet dress", "tailored coat", "silk jumpsuit", "tuxedo jacket")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NUMBER = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True, slots=True)
class Article:
    """One generated article, before it is written in a file format."""

    name: str  # file name without suffix
    title: str
    outlet: str
    url: str
    author: str
    date: str  # YYYY-MM-DD
    paragraphs: tuple[str, ...]


def _children(year: int) -> int:
    """How many children Rowan has in a given year: the count changes over time."""
    return 2 + (year >= 2018)


def _background(rng: random.Random, year: int) -> list[str]:
    """Background facts, each told in one of several wordings, some with a conflicting figure."""
    rowan, celeste = year - ROWAN_BORN, year - CELESTE_BORN
    custody = rng.choice(("four years", "four years", "four years", "five years"))  # a minority disagree
    fees = rng.choice(("$2 million", "$2 million", "$3 million"))
    facts = [
        rng.choice((
            "Halvorsen and Maravilla met in 1996 on the set of the film Winter Harbor, where he had designed the sets.",
            "The pair met in 1996, when Halvorsen was hired to design the sets of Winter Harbor.",
            "Rowan Halvorsen and Celeste Maravilla first met in 1996 while working on Winter Harbor.",
        )),
        rng.choice((
            "They married in 1998 and separated in 2010; the divorce was finalized in 2011.",
            "The couple tied the knot in 1998, split in 2010 and finalized their divorce in 2011.",
            "Halvorsen and Maravilla were married in 1998, and their divorce became final in 2011.",
        )),
        rng.choice((
            f"The custody fight over their children, Juniper and Caspian, lasted {custody} and cost more than {fees} in legal fees.",
            f"Their custody battle went on for {custody}, and the legal fees topped {fees}.",
            f"The former couple spent {custody} in court over custody of Juniper and Caspian.",
        )),
        rng.choice((
            f"Halvorsen, {rowan}, now has {NUMBER[_children(year)]} children.",
            f"The architect, {rowan}, is a father of {NUMBER[_children(year)]} children.",
            f"Today the {rowan}-year-old architect has {NUMBER[_children(year)]} children.",
        )),
        rng.choice((
            f"Maravilla, {celeste}, starred in The Glass Orchard and Small Hours.",
            f"The {celeste}-year-old actress is best known for The Glass Orchard.",
            f"Maravilla, who is {celeste}, won praise for her role in Small Hours.",
        )),
    ]
    if year >= 2016:
        facts.append(rng.choice((
            "Halvorsen married sculptor Ingrid Solberg in 2016.",
            "The architect wed the sculptor Ingrid Solberg in 2016, five years after his divorce.",
        )))
    if year >= 2020:
        facts.append(rng.choice((
            "Maravilla and her partner, cellist Dario Fenwick, welcomed a daughter, Mirela, in 2020.",
            "Maravilla's daughter with Dario Fenwick, Mirela, was born in 2020.",
        )))
    rng.shuffle(facts)
    keep = facts[:rng.randint(4, len(facts))]
    cut = rng.randint(1, len(keep))
    return [" ".join(keep[:cut]), " ".join(keep[cut:])] if cut < len(keep) else [" ".join(keep)]


def _event(rng: random.Random, year: int, month: str) -> tuple[str, str, list[str]]:
    """A new event, told once: (title, lede, detail paragraphs in a random order)."""
    who = rng.choice(("Celeste Maravilla", "Rowan Halvorsen", "Juniper Halvorsen"))
    first = who.split()[0]
    event, venue, city = rng.choice(EVENTS), rng.choice(VENUES), rng.choice(CITIES)
    cause, day = rng.choice(CAUSES), rng.choice(DAYS)
    raised = rng.randint(12, 980) * 1000
    title = f"{who} Shines at {city} {event.title()} for {cause.title()}"
    pronoun = "He" if who == "Rowan Halvorsen" else "She"
    color = rng.choice(COLORS)
    lede = (f"{who} stepped out at a {event} at {venue} in {city} on {day}, "
            f"helping to raise ${raised:,} for {cause}.")
    details = [
        (f"{pronoun} wore {'an' if color[0] in 'aeiou' else 'a'} {color} {rng.choice(GARMENTS)} and spent "
        f"{rng.choice(('most of the evening', 'an hour', 'the dinner', 'the auction'))} talking with "
        f"{rng.choice(('volunteers', 'local students', 'the organizers', 'donors', 'the musicians'))}. "
        f"Guests said the room went quiet for {rng.randint(2, 15)} minutes when {pronoun.lower()} spoke about {cause}."),
        (f"The {event} drew about {rng.randint(80, 900)} guests, organizers said, and ran late into the night. "
        f"A silent auction of {rng.randint(12, 60)} lots included a weekend at a cabin near {rng.choice(CITIES)} "
        f"and a signed script of {rng.choice(FILMS)}."),
        (f"Earlier in {month}, {first} had visited {'an' if cause[0] in 'aeiou' else 'a'} {cause} program in "
        f"{rng.choice(CITIES)}, where {rng.randint(20, 300)} families are helped every "
        f"{rng.choice(('week', 'month', 'season'))}."),
        (f"The evening opened with a performance by a {rng.choice(('string quartet', 'youth choir', 'jazz trio'))} "
        f"from {rng.choice(CITIES)}, and dinner was served in {rng.randint(3, 7)} courses by a chef from "
        f"{rng.choice(CITIES)}. {first} sat at table {rng.randint(1, 40)}, near the stage."),
        (f"Organizers said {rng.randint(2, 30)} percent of the money raised would go to "
        f"{rng.choice(('a new building', 'scholarships', 'staff salaries', 'an emergency fund'))} "
        f"and the rest to programs in {rng.choice(CITIES)} and {rng.choice(CITIES)}."),
        (f"Photographers counted {first} among {rng.randint(3, 25)} well-known guests, who also included "
        f"{rng.choice(('a former senator', 'two novelists', 'a chef', 'a retired tennis player'))} "
        f"and the director of {rng.choice(FILMS)}."),
    ]
    details += [
        (f"{first} arrived {rng.choice(('early', 'shortly after eight', 'just before the speeches', 'late'))}, "
        f"{rng.choice(('alone', 'with friends', 'with a cousin', 'with two colleagues'))}, and posed for photographs "
        f"on the steps of {venue} before going inside. Fans waiting outside in the "
        f"{rng.choice(('rain', 'cold', 'heat', 'wind'))} cheered as {pronoun.lower()} waved to all {rng.randint(20, 400)} of them."),
        (f"The top lot of the night, {rng.choice(('a painting', 'a vintage guitar', 'a dinner for twelve', 'a sailing trip'))} "
        f"donated by a {rng.choice(CITIES)} family, sold for ${rng.randint(5, 90) * 1000:,} after a bidding war "
        f"between {rng.randint(2, 6)} tables. The auctioneer, a radio host from {rng.choice(CITIES)}, kept the room "
         f"laughing for {rng.randint(20, 90)} minutes."),
        (f"Last year the same {event} raised ${rng.randint(10, 600) * 1000:,}, and this year's total beat it "
        f"{rng.choice(('easily', 'by a wide margin', 'within the first hour', 'by the end of dinner'))}, "
        f"according to the {rng.choice(('board chair', 'executive director', 'event planner'))}."),
        (f"Posts from the night were shared {rng.randint(2, 90) * 100:,} times by {day} morning, many of them "
        f"praising {first} for staying until the last guests had gone. "
        f"{rng.choice(('One fan', 'A volunteer', 'A student'))} called it the best night of the year in {city}, "
         f"and {rng.randint(10, 900)} people agreed in the comments."),
    ]
    if who == "Rowan Halvorsen":
        details.append(f"His firm is finishing {rng.choice(PROJECTS)} in {rng.choice(CITIES)}, "
                       f"due to open in {year + rng.randint(1, 3)}.")
    else:
        details.append(f"Maravilla is filming {rng.choice(FILMS)} in {rng.choice(CITIES)} this "
                       f"{rng.choice(('spring', 'summer', 'autumn', 'winter'))}.")
    rng.shuffle(details)
    return title, lede, details


def _quotes(rng: random.Random, year: int) -> list[str]:
    """Quotes on the record and claims from unnamed sources."""
    pool = [
        (f"\"We were terrible at being married and even worse at being divorced,\" Maravilla said in {year}. "
        "\"Now we are good at being a family.\""),
        ("\"I spent years trying to win an argument nobody could win,\" Halvorsen told reporters. "
        "\"Juniper and Caspian paid for it.\""),
        (f"\"{rng.choice(('They text every day', 'They are in a better place', 'They finally talk again'))},\" "
        "a source close to the family said. \"Nobody expected it after the custody fight.\""),
        "An insider claimed the two still spend holidays together with the children.",
        (f"\"Mom and Dad are friends again, and that is the best gift,\" Juniper Halvorsen wrote on "
        f"{rng.choice(('Instagram', 'her blog', 'social media'))}."),
        f"\"My kids are my whole world,\" Halvorsen said at the {rng.choice(EVENTS)}.",
        (f"\"I don't regret the fight, I regret how long it took,\" the actress admitted in an interview "
        f"with {rng.choice(OUTLETS)}."),
    ]
    rng.shuffle(pool)
    return pool[:rng.randint(1, 3)]


def original(seed: int, i: int) -> Article:
    """Article number i, written fresh."""
    rng = random.Random(f"{seed}:{i}")
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    month = rng.randint(1, 12)
    date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    title, lede, details = _event(rng, year, MONTHS[month - 1])
    background = _background(rng, year)
    quotes = _quotes(rng, year)
    size = rng.randint(2200, 4900)
    pars = [lede, background[0], *details[:2], *quotes, *background[1:]]
    for extra in details[2:]:  # more detail about the same event until the article has its size
        if len("\n\n".join(pars)) + len(extra) > size:
            break
        pars.insert(-1, extra)
    outlet = rng.choice(OUTLETS)
    slug = "-".join(title.lower().replace("'", "").split()[:6])
    return Article(name=f"{i:05d}-{slug}", title=title, outlet=outlet,
                   url=f"https://www.{outlet.lower().replace(' ', '')}.example/{year}/{slug}",
                   author=rng.choice(AUTHORS), date=date, paragraphs=tuple(pars))


def article(seed: int, i: int) -> Article:
    """Article number i: about one in eight is a syndicated copy of an earlier article."""
    rng = random.Random(f"{seed}:copy:{i}")
    if i < 4 or rng.random() >= 0.125:
        return original(seed, i)
    first = original(seed, rng.randrange(i))
    wire = rng.choice(WIRES)
    pars = first.paragraphs
    if rng.random() < 0.5:  # some copies are trimmed and say where the article first appeared
        pars = (*pars[:-1], f"This article first appeared in {first.outlet} and is republished with permission.")
    year, month, day = (int(x) for x in first.date.split("-"))
    return Article(name=f"{i:05d}-wire-{first.name[6:]}", title=first.title, outlet=wire,
                   url=f"https://{wire.lower().replace(' ', '')}.example/{first.name[6:]}",
                   author=f"{first.author}, {first.outlet}", date=f"{year}-{month:02d}-{min(day + 2, 28):02d}",
                   paragraphs=pars)


def render_file(a: Article, fmt: int) -> tuple[str, str]:
    """(file name, content) in one of four input formats."""
    body = "\n\n".join(a.paragraphs)
    if fmt == 0:  # .txt with a leading date line sharing the first paragraph
        return f"{a.name}.txt", f" date {a.date} {body}\n"
    if fmt == 1:  # .txt with a metadata header
        head = f"title: {a.title}\noutlet: {a.outlet}\nurl: {a.url}\ndate: {a.date}\nauthor: {a.author}\n---\n"
        return f"{a.name}.txt", head + body + "\n"
    if fmt == 2:  # Markdown with front matter
        head = (f"---\ntitle: \"{a.title}\"\noutlet: {a.outlet}\nurl: {a.url}\ndate: {a.date}\n"
                f"author: {a.author}\n---\n\n")
        return f"{a.name}.md", head + body + "\n"
    e = html.escape
    paras = "\n".join(f"    <p>{e(p, quote=False)}</p>" for p in a.paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a.title)} | {e(a.outlet)}</title>
  <meta property="og:site_name" content="{e(a.outlet)}">
  <meta property="article:published_time" content="{a.date}T09:00:00-05:00">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/celebrity">Celebrity</a></nav>
  <main>
  <article>
    <h1>{e(a.title)}</h1>
    <p class="byline">By {e(a.author)} <time datetime="{a.date}">{a.date}</time></p>
{paras}
  </article>
  <aside class="related"><h2>Related stories</h2><ul><li><a href="/x">More news</a></li></ul></aside>
  </main>
  <footer>Copyright {e(a.outlet)}</footer>
</body>
</html>
"""
    return f"{a.name}.html", page


def file_for(seed: int, i: int) -> tuple[str, str]:
    """Article i as a file: the format is drawn from the seed too."""
    fmt = random.Random(f"{seed}:format:{i}").choice((0, 1, 1, 2, 3))
    return render_file(article(seed, i), fmt)


def write_corpus(seeds: Path, n: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles start..n-1 into `seeds`; the same seed always gives the same bytes."""
    seeds.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(start, n):
        name, content = file_for(seed, i)
        path = seeds / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
