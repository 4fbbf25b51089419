"""Exports for other tools: the timeline in TimelineJS3's JSON format."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping

from .ingest.dates import describe
from .model import Source, TimelineEvent
from .svg import KIND_LABELS, event_label


def timelinejs(subject: str, events: tuple[TimelineEvent, ...], sources: Mapping[str, Source]) -> str:
    """TimelineJS3 data: one slide per event, start_date {year, month, day} to the precision the
    articles give, the statement as text (HTML-escaped: TimelineJS reads it as HTML), the
    kind of event as its group, and the articles that state it."""
    slides = []
    for n, e in enumerate(events, start=1):
        parts = e.date.split("-")
        start = dict(zip(("year", "month", "day"), parts, strict=False))
        cited = sorted({sources[c.source].title or sources[c.source].path for c in e.citations})
        text = f"<p>{html.escape(e.text)}</p><p>Sources: {html.escape('; '.join(cited))} ({html.escape(e.status)})</p>"
        slides.append({
            "unique_id": f"ev-{n}", "start_date": {k: str(int(v)) for k, v in start.items()},
            "display_date": describe(e.date),
            "text": {"headline": html.escape(f"{event_label(e)}, {describe(e.date)}"), "text": text},
            "group": KIND_LABELS.get(e.kind, "Other events"), "autolink": False,
        })
    data = {"title": {"text": {"headline": html.escape(subject), "text": "Dated events reported by the articles."}},
            "events": slides}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
