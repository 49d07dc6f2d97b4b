"""Demo news items, dated relative to the day the demo is loaded. Idempotent by slug."""

from datetime import timedelta

from django.utils import timezone

from news.demo_support import create_news_page, news_index
from news.models import NewsPage
from portal.text import norwegian_slug

NEWS = [
    (
        2,
        "Påmeldingen til vårens konferanse er åpen",
        "Årets konferanse handler om læringskultur og elevenes forventning om mestring. "
        "Meld deg på innen fristen – det er begrenset med plasser.",
        [
            "<p>Konferansen samler lærere, skoleledere og skoleeiere fra hele fylket. Programmet har "
            "plenumsforedrag om forskning på læringskultur og parallelle økter der nettverkene deler "
            "erfaringer.</p>",
            "<p>Påmeldingen skjer på arrangementssiden. Du får en bekreftelse på e-post med en lenke "
            "du kan bruke hvis du må melde deg av.</p>",
        ],
    ),
    (
        9,
        "Nye undervisningsopplegg fra matematikknettverket",
        "Lærerne i matematikknettverket i Sør-Østerdal har delt opplegg om brøk på tallinja. "
        "Oppleggene er gjennomgått av redaksjonen og ligger nå under Ressurser.",
        [
            "<p>Oppleggene er prøvd ut i klasserommet mellom samlingene, og elevsvarene er brukt til å "
            "forbedre dem. Alle oppleggene har læringsmål, tidsplan og tips til tilpasning.</p>",
        ],
    ),
    (
        21,
        "Resultatene fra høstens kartlegging er klare",
        "Skolene har nå fått resultatene fra kartleggingen av elever, lærere og foreldre. "
        "Her er råd om hvordan dere kan bruke dem i utviklingsarbeidet.",
        [
            "<p>Begynn med områdene der skolen skiller seg mest fra fylket. Sammenlign med fjorårets "
            "resultater og se etter mønstre på tvers av elev-, lærer- og foreldresvar.</p>",
            "<p>På portalen finner du opplegg og forskningsoppsummeringer merket med hvert kartleggingsområde.</p>",
        ],
    ),
    (
        45,
        "Fire nye nettverk starter opp",
        "Lærere og skoleledere fra hele fylket møtes i nye nettverk for matematikk, lesing, "
        "klasseledelse og skoleledelse.",
        ["<p>Nettverkene møtes fire ganger i året. Materiellet fra samlingene ligger på portalen.</p>"],
    ),
]


def build_news_demo() -> dict:
    index = news_index()
    created = 0
    for days_ago, title, summary, paragraphs in NEWS:
        slug = norwegian_slug(title)
        if index is None or NewsPage.objects.filter(slug=slug).exists():
            continue
        create_news_page(
            parent=index,
            title=title,
            slug=slug,
            date=timezone.localdate() - timedelta(days=days_ago),
            summary=summary,
            body=[{"type": "paragraph", "value": text} for text in paragraphs],
        )
        created += 1
    return {"news_created": created, "news_skipped": len(NEWS) - created}
