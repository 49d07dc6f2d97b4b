"""Server-rendered SVG bar charts: no JavaScript, no chart library, nothing from a CDN.

Every chart stands beside a table with the same figures. Colour never carries meaning alone: each
bar is named in text at its left, each series also has its own fill pattern, and each value is
written at the end of its bar. A suppressed or missing figure gets no bar and only a dash and
words – the chart is drawn from Figures after suppression, so a hidden value never reaches it. The
accessible name and description say what the chart shows, not the figures (the table does).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH = 320
LABEL_WIDTH = 80
VALUE_WIDTH = 38
BAR_HEIGHT = 15
BAR_GAP = 4
GROUP_HEADER = 20
GROUP_GAP = 8
AXIS_HEIGHT = 22
INK = "#1b1b1b"
GRID = "#c9d3db"
# Series styles: a fill and an outline, plus a pattern for all but the first (solid) series.
STROKES = ["#0b4a6f", "#7a3e00", "#3b2a73", "#14532d"]


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | None  # None: suppressed or no data; `note` says which
    series: int = 0
    note: str = ""


@dataclass(frozen=True)
class BarGroup:
    label: str
    bars: list[Bar]


def _patterns(chart_id: str) -> SafeString:
    # 0 solid, 1 diagonal hatching, 2 dots, 3 horizontal lines.
    return format_html(
        "<defs>"
        '<pattern id="{id}-p1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="{s1}"/></pattern>'
        '<pattern id="{id}-p2" width="5" height="5" patternUnits="userSpaceOnUse">'
        '<rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.4" fill="{s2}"/></pattern>'
        '<pattern id="{id}-p3" width="5" height="5" patternUnits="userSpaceOnUse">'
        '<rect width="5" height="5" fill="#fff"/><rect width="5" height="2" fill="{s3}"/></pattern>'
        "</defs>",
        id=chart_id,
        s1=STROKES[1],
        s2=STROKES[2],
        s3=STROKES[3],
    )


def _fill(chart_id: str, series: int) -> str:
    series %= len(STROKES)
    return STROKES[0] if series == 0 else f"url(#{chart_id}-p{series})"


def format_mean(value: Decimal) -> str:
    return number_format(value, 2)


def bar_chart(
    groups: list[BarGroup],
    *,
    chart_id: str,
    title: str,
    description: str,
    low: int = 1,
    high: int = 5,
) -> SafeString:
    """Horizontal bars grouped under a heading each (a round, an area …), on a fixed scale."""
    # Plain strings with every text escaped: a school page draws 25 charts of some 400 elements.
    chart_id = escape(chart_id)
    plot_left = LABEL_WIDTH
    plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    parts: list[str] = []
    y = 4
    for group in groups:
        parts.append(
            f'<text x="0" y="{y + 12}" font-size="13" font-weight="700" fill="{INK}">{escape(group.label)}</text>'
        )
        y += GROUP_HEADER
        for bar in group.bars:
            text_y = y + BAR_HEIGHT - 3
            parts.append(f'<text x="8" y="{text_y}" font-size="12" fill="{INK}">{escape(bar.label)}</text>')
            if bar.value is None:
                note = escape(bar.note or _("ingen tall"))
                parts.append(f'<text x="{plot_left + 4}" y="{text_y}" font-size="12" fill="{INK}">– {note}</text>')
            else:
                share = (float(bar.value) - low) / (high - low)
                width = max(2.0, min(1.0, max(0.0, share)) * plot_width)
                series = bar.series % len(STROKES)
                parts.append(
                    f'<rect x="{plot_left}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                    f'fill="{_fill(chart_id, series)}" stroke="{STROKES[series]}" stroke-width="1"/>'
                    f'<text x="{plot_left + width + 4:.1f}" y="{text_y}" font-size="12" fill="{INK}">'
                    f"{escape(format_mean(bar.value))}</text>"
                )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP

    # The scale: a line and a number per whole step, drawn behind the bars.
    grid = []
    for step in range(low, high + 1):
        x = plot_left + (step - low) / (high - low) * plot_width
        grid.append(
            f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{y}" stroke="{GRID}" stroke-width="1"/>'
            f'<text x="{x:.1f}" y="{y + 14}" font-size="12" text-anchor="middle" fill="{INK}">{step}</text>'
        )
    height = y + AXIS_HEIGHT
    return mark_safe(  # noqa: S308 – every text above and below is escaped
        f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg" '
        'preserveAspectRatio="xMinYMin meet">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
        f"{_patterns(chart_id)}{''.join(grid)}{''.join(parts)}</svg>"
    )
