"""Relevance over the demo content: does the resource a teacher wants come first?

Mean reciprocal rank over the queries below (first relevant hit in the top 10);
it must reach 0.85 on every database the suite runs on. The figure is printed.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.http import QueryDict

from search.selectors import site_search

# query → slugs of resources a teacher would be glad to see first
JUDGEMENTS = {
    "lesestrategier": {
        "lesestrategier-for-under-og-etter-lesing",
        "leseforstaelse-og-lesestrategier",
        "plakat-lesestrategier",
    },
    "leseforståelse": {
        "leseforstaelse-og-lesestrategier",
        "lesestrategier-for-under-og-etter-lesing",
        "lesegrupper-med-gjensidig-undervisning",
    },
    "lesing hjemme": {"foreldrebrev-lesing-hjemme", "lesekveld-for-elever-og-foresatte"},
    "gjensidig undervisning": {"lesegrupper-med-gjensidig-undervisning", "leseforstaelse-og-lesestrategier"},
    "klasseledelse": {"klasseledelse-struktur-og-relasjoner"},
    "klasseledelsen": {"klasseledelse-struktur-og-relasjoner"},
    "relasjon lærer elev": {"relasjonen-mellom-laerer-og-elev"},
    "relasjonen mellom lærer og elev": {"relasjonen-mellom-laerer-og-elev"},
    "laerer elev relasjon": {"relasjonen-mellom-laerer-og-elev"},
    "vurdering for læring": {"vurdering-for-laering", "plakat-vurdering-for-laering"},
    "tilbakemeldinger": {"tilbakemeldinger-som-fremmer-laering"},
    "tilbakemelding": {"tilbakemeldinger-som-fremmer-laering"},
    "tilpasset opplæring": {"tilpasset-opplaering-og-differensiering"},
    "differensiering": {"tilpasset-opplaering-og-differensiering"},
    "mestringsforventning": {"mestringsforventning"},
    "forventning om mestring": {"mestringsforventning", "elevsamtalen-jeg-setter-meg-et-mal"},
    "skole hjem samarbeid": {"samarbeid-mellom-skole-og-hjem"},
    "foreldresamarbeid": {
        "samarbeid-mellom-skole-og-hjem",
        "lesekveld-for-elever-og-foresatte",
        "foreldrebrev-lesing-hjemme",
    },
    "profesjonelle læringsfellesskap": {"profesjonelle-laeringsfellesskap"},
    "pedagogisk ledelse": {"pedagogisk-ledelse"},
    "kartleggingsresultater": {"bruk-av-kartleggingsresultater", "vi-tolker-klassens-elevundersokelse"},
    "elevundersøkelsen": {"vi-tolker-klassens-elevundersokelse", "bruk-av-kartleggingsresultater"},
    "brøk": {"brok-med-pizzamodeller", "brokstriper-til-utklipp"},
    "brøker": {"brok-med-pizzamodeller", "brokstriper-til-utklipp"},
    "brøkstriper": {"brokstriper-til-utklipp"},
    "prosentregning": {"prosentregning-med-rabatter-og-mva"},
    "prosent": {"prosentregning-med-rabatter-og-mva"},
    "lineære funksjoner": {"lineaere-funksjoner-mobilabonnement"},
    "tallinje": {"tallinja-og-tieroverganger"},
    "søylediagram": {"soylediagram-av-klassens-data"},
    "fotosyntese": {"fotosyntesen-i-praksis"},
    "vannets kretsløp": {"vannets-kretslop-i-en-pose"},
    "kjemiske reaksjoner": {"kjemiske-reaksjoner-pa-kjokkenet"},
    "planter vokse": {"hva-trenger-en-plante-for-a-vokse", "datasett-karseforsok"},
    "kildekritikk": {"kildekritikk-sjekk-for-du-deler"},
    "debattinnlegg": {"debattinnlegg-argumenterende-tekst", "skriveramme-argumenterende-tekst"},
    "argumenterende tekst": {"skriveramme-argumenterende-tekst", "debattinnlegg-argumenterende-tekst"},
    "fagtekst": {"fagtekst-om-et-dyr"},
    "trivsel": {"klassemote-om-trivsel", "sosial-og-emosjonell-laering"},
    "klassemøte": {"klassemote-om-trivsel"},
    "vennskap friminutt": {"vennskapsbenken-god-lek-i-friminuttet"},
    "fravær": {"tilhorighet-og-oppmote-kontaktlaerertimen"},
    "elevråd demokrati": {"elevradsvalg-demokrati-i-praksis"},
    "samisk": {"samenes-nasjonaldag-og-samisk-kultur"},
    "etiske dilemmaer": {"etiske-dilemmaer-hva-er-rettferdig", "samtalekort-etiske-dilemmaer"},
    "metakognisjon": {"metakognisjon-og-selvregulert-laering"},
    "læringsstrategier": {"laeringsstrategier-for-provesituasjoner", "metakognisjon-og-selvregulert-laering"},
    "ordforråd": {"ordforrad-og-begrepsundervisning", "weather-and-seasons"},
    "begrepsundervisning": {"ordforrad-og-begrepsundervisning"},
    "høyfrekvente ord": {"hoyfrekvente-ord-1-2-trinn"},
    "matpakke": {"sunn-matpakke", "oppskriftshefte-sunne-matpakker"},
    "friluftsliv": {"planlegg-en-dagstur-friluftsliv"},
    "rytme": {"rytme-og-puls-med-kroppsperkusjon"},
    "komponere låt": {"komponer-en-lat-i-grupper"},
    "symmetri": {"monster-og-symmetri-med-perler"},
    "exit ticket": {"exit-ticket-maler", "exit-tickets-what-did-i-learn-today"},
    "climate change": {"climate-change-reading-a-news-article"},
    "målestokk kart": {"kart-og-malestokk-i-naermiljoet", "kartlesing-tegnforklaring-og-malestokk"},
    "høytider": {"hoytider-i-klassen-var"},
    "budsjett regneark": {"regneark-budsjett-for-klassetur"},
}
MRR_TARGET = 0.85
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def ranked_slugs(query: str) -> list[str]:
    outcome = site_search(params=QueryDict(f"q={query}"))
    return [hit.slug for hit in [*outcome.promoted, *outcome.results]][:10]


def reciprocal_rank(query: str, wanted: set[str]) -> float:
    for rank, slug in enumerate(ranked_slugs(query), start=1):
        if slug in wanted:
            return 1 / rank
    return 0.0


def test_the_judgements_name_real_demo_pages(demo, django_db_blocker):
    from resources.models import ResourcePage

    with django_db_blocker.unblock():
        slugs = set(ResourcePage.objects.values_list("slug", flat=True))
    assert len(JUDGEMENTS) >= 40
    assert set().union(*JUDGEMENTS.values()) <= slugs


def test_mean_reciprocal_rank(demo, django_db_blocker, settings):
    from django.db import connection

    settings.PORTAL_PAGE_SIZE = 10
    with django_db_blocker.unblock():
        ranks = {query: reciprocal_rank(query, wanted) for query, wanted in JUDGEMENTS.items()}
    mrr = sum(ranks.values()) / len(ranks)
    misses = {q: round(r, 2) for q, r in ranks.items() if r < 1}
    print(f"\nMRR on {connection.vendor}: {mrr:.3f} over {len(ranks)} queries; below rank 1: {misses}")
    assert mrr >= MRR_TARGET, misses
