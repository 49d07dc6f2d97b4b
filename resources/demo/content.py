"""All the demo content in one place, and what the home page features."""

from resources.demo.lessons_1_4 import LESSONS as LESSONS_1_4
from resources.demo.lessons_5_7 import LESSONS as LESSONS_5_7
from resources.demo.lessons_8_10 import LESSONS as LESSONS_8_10
from resources.demo.materials import MATERIALS
from resources.demo.research import RESEARCH

LESSONS = [*LESSONS_1_4, *LESSONS_5_7, *LESSONS_8_10]

HOME_INTRO = (
    "Kultur for læring er et felles forbedringsarbeid for grunnskolene i Hedmark. Her finner lærere og "
    "skoleledere undervisningsopplegg, læremidler og forskning om undervisning og elevenes læring – laget av og "
    "for skolene i programmet."
)

# (slug, the editor's own blurb: may be empty to use the page's summary)
FEATURED = [
    ("brok-med-pizzamodeller", "Konkreter før symboler: et opplegg fra matematikknettverket i Sør-Østerdal."),
    ("lesestrategier-for-under-og-etter-lesing", "Tre enkle strategier som gjør elevene til aktive lesere."),
    ("klasseledelse-struktur-og-relasjoner", "Hva forskningen sier om arbeidsro, rutiner og relasjoner."),
    ("klassemote-om-trivsel", "Fra elevundersøkelse til handling – sammen med elevene."),
    ("fotosyntesen-i-praksis", ""),
    ("relasjonen-mellom-laerer-og-elev", ""),
]


def all_items() -> list:
    """Lessons first, then materials, then research – the order the builder creates them in."""
    return [*LESSONS, *MATERIALS, *RESEARCH]
