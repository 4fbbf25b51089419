"""Pictures the generator draws itself: the timeline and the relationship diagram, as inline SVG.

No script, no `style` attribute, no `<style>` element: geometry is in attributes and every
colour comes from classes styled in docs/stylesheets/profile.css, so the pictures follow
the light and dark palettes and pass a strict Content-Security-Policy. Text from the articles
(names, event wording) passes through `md_escape` and appears only as element content,
never inside an attribute. The output has no blank line, so Markdown keeps it as one HTML block.

Accessibility: the timeline holds links, so it is a labelled group of links (an image may not
hold anything focusable); its axis and years are hidden from screen readers, which read the
list below the picture instead. The relationship diagram is a labelled image that can take
the focus, so that a keyboard can scroll it where it is wider than the screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from markupsafe import Markup

from . import slots
from .escape import md_escape
from .ingest.dates import describe
from .model import PARTNER_KINDS, Person, Relation, TimelineEvent

WIDTH = 760
MARGIN = 48
LANE = 22
CHAR = 6.9  # average width of a label character at the labels' font size, in SVG units
KIND_LABELS = slots.timeline_labels()


def event_label(e: TimelineEvent, words: int = 4) -> str:
    """A short label: the kind of event, or the first words of its statement."""
    if e.kind in KIND_LABELS:
        return KIND_LABELS[e.kind]
    text = re.sub(r"^\[([^\]]+?):?\]\s*", r"\1: ", e.text)  # "[Mia Roe:] “We…" -> "Mia Roe: We…"
    head = re.sub(r"[\"“”‘’]", "", text).split()
    label = " ".join(head[:words])
    return label + ("…" if len(head) > words else "")


def _fraction(iso: str) -> float:
    """'2019-06-15' -> 2019.45...; a year alone sits at its start."""
    parts = [int(p) for p in iso.split("-")]
    year = parts[0] + ((parts[1] - 1) / 12 if len(parts) > 1 else 0.0)
    return year + ((parts[2] - 1) / 365 if len(parts) > 2 else 0.0)


def _step(span: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if span / step <= 12:
            return step
    return 200


def _lanes(spans: Sequence[tuple[float, float]]) -> list[int]:
    """Greedy: each label goes to the lowest lane where it overlaps nothing."""
    ends: list[float] = []
    out = []
    for start, end in spans:
        for lane, last in enumerate(ends):
            if start > last + 8:
                ends[lane] = end
                out.append(lane)
                break
        else:
            ends.append(end)
            out.append(len(ends) - 1)
    return out


def timeline_svg(events: Sequence[TimelineEvent], anchor: str = "ev",
                 page_of: Callable[[int], str] = lambda n: "") -> Markup:
    """A horizontal time axis with one marker per event; each marker links to its entry
    (`#{anchor}-{n}`) in the list the page shows below the picture, or on the page
    `page_of(n)` names (the built page, "timeline-2.html", when the list has pages of its own)."""
    if not events:
        return Markup("")
    first = int(_fraction(events[0].date))
    last = int(max(_fraction(e.date) for e in events)) + 1
    span = max(last - first, 1)

    def x(iso: str) -> float:
        return MARGIN + (_fraction(iso) - first) / span * (WIDTH - 2 * MARGIN)

    labels = [f"{event_label(e)} {describe(e.date)}" for e in events]
    spans = [(x(e.date), x(e.date) + len(label) * CHAR) for e, label in zip(events, labels, strict=True)]
    # A label that would run off the right edge is drawn to the left of its marker.
    spans = [(a, b) if b < WIDTH - 4 else (a - (b - a), a) for a, b in spans]
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    lane_of = dict(zip(order, _lanes([spans[i] for i in order]), strict=True))
    n_lanes = max(lane_of.values()) + 1
    axis = 24 + n_lanes * LANE
    height = axis + 36
    parts = [(f'<svg class="pf-svg pf-timeline" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
              f'role="group" aria-labelledby="{anchor}-svg-title">'),
             (f'<title id="{anchor}-svg-title">Timeline: {len(events)} dated events, {first} to {last - 1}. '
              f'The list below the picture gives each with its sources.</title>'),
             f'<g aria-hidden="true"><line class="pf-axis" x1="{MARGIN}" y1="{axis}" x2="{WIDTH - MARGIN}" y2="{axis}"/>']
    step = _step(span)
    for year in range(first - first % step, last + 1, step):
        if first <= year <= last:
            tx = MARGIN + (year - first) / span * (WIDTH - 2 * MARGIN)
            parts.append(f'<line class="pf-tick" x1="{tx:.1f}" y1="{axis}" x2="{tx:.1f}" y2="{axis + 6}"/>'
                         f'<text class="pf-year" x="{tx:.1f}" y="{axis + 22}" text-anchor="middle">{year}</text>')
    parts.append("</g>")
    for n, (e, label, s) in enumerate(zip(events, labels, spans, strict=True), start=1):
        ex = x(e.date)
        ly = axis - 14 - lane_of[n - 1] * LANE
        left = s[0] < ex - 1
        parts.append(
            f'<a class="pf-event pf-{e.status or "undated"}" href="{page_of(n)}#{anchor}-{n}">'
            f'<title>{md_escape(describe(e.date))}: {md_escape(e.text)}</title>'
            f'<line class="pf-stem" x1="{ex:.1f}" y1="{ly + 4}" x2="{ex:.1f}" y2="{axis}"/>'
            f'<circle class="pf-dot" cx="{ex:.1f}" cy="{axis}" r="5"/>'
            f'<text class="pf-label" x="{ex + (-4 if left else 4):.1f}" y="{ly}"'
            f'{" text-anchor=" + chr(34) + "end" + chr(34) if left else ""}>{md_escape(label)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def generations(names: Sequence[str], relations: Sequence[Relation]) -> dict[str, int]:
    """Row of each person: parents above children, partners on one row (0 is the top)."""
    gen = dict.fromkeys(names, 0)
    for _ in range(len(names) + 1):  # enough rounds to settle any chain; a cycle just stops
        changed = False
        for r in relations:
            if r.kind in ("child", "stepchild", "grandchild"):
                want = gen[r.other] + (2 if r.kind == "grandchild" else 1)
                if gen[r.person] < want:
                    gen[r.person], changed = want, True
            elif r.kind in ("spouse", "former-spouse", "partner", "sibling"):
                top = max(gen[r.person], gen[r.other])
                if gen[r.person] != top or gen[r.other] != top:
                    gen[r.person] = gen[r.other] = top
                    changed = True
        if not changed:
            break
    return gen


def _rows(people: Sequence[Person], relations: Sequence[Relation]) -> list[list[str]]:
    """People in rows by generation, one row each (a grandchild is one row below its parent);
    partners side by side, children under their parents, the children of the same parents
    together. A wide family makes a wide picture, which scrolls sideways."""
    names = list(dict.fromkeys(n for r in relations for n in (r.person, r.other)))
    mentions = {p.name: p.mentions for p in people}
    names.sort(key=lambda n: (-mentions.get(n, 0), n))
    gen = generations(names, relations)
    partners: dict[str, list[str]] = {n: [] for n in names}
    parents: dict[str, list[str]] = {n: [] for n in names}
    for r in relations:
        if r.kind in PARTNER_KINDS:
            partners[r.person].append(r.other)
            partners[r.other].append(r.person)
        elif r.kind in ("child", "stepchild", "grandchild"):
            parents[r.person].append(r.other)
    position: dict[str, float] = {}
    rows: list[list[str]] = []
    for g in range(max(gen.values(), default=-1) + 1):
        members = [n for n in names if gen[n] == g]
        members.sort(key=lambda n: (min((position[p] for p in parents[n] if p in position), default=1e9),
                                    -mentions.get(n, 0), n))
        row: list[str] = []
        for n in members:
            if n in row:
                continue
            # a person between two partners keeps both lines short ("B" in A–B–C)
            mates = [m for m in partners[n] if gen[m] == g and m not in row]
            group = [mates[0], n, *mates[1:]] if len(mates) >= 2 else [n, *mates]
            # a partner's other partner beside them at the end of the group ("Ann–Bob–Cy": his second wife next to
            # him, not across the row, where the line's label would stand between two other people)
            for end in (0, -1):
                while more := [m for m in partners[group[end]] if gen[m] == g and m not in row and m not in group]:
                    group = [*more[:1], *group] if end == 0 else [*group, *more[:1]]
            row.extend(group)
        for i, n in enumerate(row):
            position[n] = float(i)
        rows.append(row)  # one row per generation, never wrapped: brothers and sisters side by side
    return rows


def _box_width(name: str) -> float:
    return max(90.0, len(name) * 7.6 + 20)


def people_svg(people: Sequence[Person], relations: Sequence[Relation]) -> Markup:
    """A family diagram: one box per related person, generations as rows; solid lines for
    spouses, dashed for former spouses, dotted for partners; lines down to children."""
    if not relations:
        return Markup("")
    rows = _rows(people, relations)
    gap, row_h, box_h = 28.0, 96.0, 34.0
    widths = [sum(_box_width(n) for n in row) + gap * (len(row) - 1) for row in rows]
    width = max(max(widths) + 2 * MARGIN, 480)
    centre: dict[str, tuple[float, float]] = {}
    for g, (row, w) in enumerate(zip(rows, widths, strict=True)):
        left = (width - w) / 2
        for n in row:
            centre[n] = (left + _box_width(n) / 2, 30 + g * row_h + box_h / 2)
            left += _box_width(n) + gap
    height = 30 + len(rows) * row_h - (row_h - box_h) + 30
    parts = [(f'<svg class="pf-svg pf-people" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
              f'height="{height:.0f}" role="img" tabindex="0" aria-labelledby="people-svg-title">'),
             (f'<title id="people-svg-title">Relationship diagram: {len(centre)} people, {len(relations)} '
              f'relations. The list below gives each relation with its sources.</title>')]
    parts.extend(_edges(relations, centre, box_h))
    for n, (cx, cy) in centre.items():
        w = _box_width(n)
        parts.append(f'<g class="pf-person"><rect x="{cx - w / 2:.1f}" y="{cy - box_h / 2:.1f}" width="{w:.1f}" '
                     f'height="{box_h:.0f}" rx="6"/><text x="{cx:.1f}" y="{cy + 4:.1f}" '
                     f'text-anchor="middle">{md_escape(n)}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def relation_years(r: Relation) -> str:
    """'1993–2002', 'since 2013', 'until 2009' or ''."""
    if r.start and r.end:
        return f"{r.start}–{r.end}"
    if r.start:
        return f"since {r.start}" if r.kind == "spouse" else r.start
    return f"until {r.end}" if r.end else ""


def _edges(relations: Sequence[Relation], centre: dict[str, tuple[float, float]], box_h: float) -> list[str]:
    """Partner lines with their years, then one line down to each child (from the middle of
    the parents' line when both parents are partners)."""
    out: list[str] = []
    couples: dict[frozenset[str], tuple[float, float]] = {}
    for r in relations:
        if r.kind not in ("spouse", "former-spouse", "partner"):
            continue
        (x1, y1), (x2, y2) = sorted((centre[r.person], centre[r.other]))
        mid = ((x1 + x2) / 2, (y1 + y2) / 2)
        couples[frozenset((r.person, r.other))] = mid
        if y1 == y2:
            out.append(f'<line class="pf-link pf-{r.kind}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>')
        else:
            out.append(f'<path class="pf-link pf-{r.kind}" d="M{x1:.1f} {y1:.1f} C{x1:.1f} {y1 - 40:.1f} '
                       f'{x2:.1f} {y2 - 40:.1f} {x2:.1f} {y2:.1f}"/>')
        label = {"spouse": "married", "former-spouse": "married", "partner": "partners"}[r.kind]
        years = relation_years(r)
        out.append(f'<text class="pf-link-label" x="{mid[0]:.1f}" y="{mid[1] - box_h / 2 - 6:.1f}" '
                   f'text-anchor="middle">{label}{md_escape(" " + years) if years else ""}</text>')
    parents: dict[str, list[str]] = {}
    for r in relations:
        if r.kind in ("child", "stepchild", "grandchild"):
            parents.setdefault(r.person, []).append(r.other)
    lanes: dict[tuple[float, float], float] = {}  # one vertical lane on the left per parent (or couple)
    for child, ps in parents.items():
        cx, cy = centre[child]
        top = cy - box_h / 2
        pair = frozenset(ps[:2]) if len(ps) >= 2 else None
        sources = [(*couples[pair], couples[pair][1] + box_h / 2)] if pair in couples else \
            [(centre[p][0], centre[p][1] + box_h / 2, centre[p][1] + box_h / 2) for p in ps]
        for sx, sy, bottom in sources:
            if top - bottom > 80:  # a row further down: round the rows between, along the left edge
                lane = lanes.setdefault((sx, sy), 8.0 + 9 * len(lanes))
                below = bottom + 8 + (lane - 8) / 9 * 5
                out.append(f'<path class="pf-link pf-child" d="M{sx:.1f} {sy:.1f} V{below:.1f} H{lane:.1f} '
                           f'V{top - 20:.1f} H{cx:.1f} V{top:.1f}"/>')
            else:
                bend = (sy + top) / 2
                out.append(f'<path class="pf-link pf-child" d="M{sx:.1f} {sy:.1f} V{bend:.1f} H{cx:.1f} V{top:.1f}"/>')
    return out
