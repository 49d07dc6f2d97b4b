"""Seed the programme's taxonomy so that a fresh install has it.

Survey areas are the table in the programme's first presentation
(also in resources/data/survey_areas.csv); written out here so that this
migration never changes when the data file does.
"""

from django.db import migrations
from django.utils.text import slugify

SUBJECTS = [
    ("Norsk", "NOR01"), ("Matematikk", "MAT01"), ("Engelsk", "ENG01"), ("Naturfag", "NAT01"),
    ("Samfunnsfag", "SAF01"), ("KRLE", "RLE01"), ("Kunst og håndverk", "KHV01"), ("Musikk", "MUS01"),
    ("Mat og helse", "MHE01"), ("Kroppsøving", "KRO01"), ("Fremmedspråk", "FSP01"), ("Samisk", "SAM01"),
    ("Valgfag", ""), ("Tverrfaglig", ""),
]

BANDS = [("1-4", "1.–4. trinn", range(1, 5)), ("5-7", "5.–7. trinn", range(5, 8)), ("8-10", "8.–10. trinn", range(8, 11))]

SURVEY_AREAS = [
    ("Elever 1.–4. trinn", "elever-1-4", [
        ("Trivsel", 1, 6), ("Atferd", 1, 2), ("Relasjon til lærer", 1, 7),
        ("Klassen og relasjon til medelever", 1, 8),
    ]),
    ("Elever 5.–10. trinn", "elever-5-10", [
        ("Trivsel", 2, 10), ("Atferd", 4, 24), ("Relasjon til lærer", 1, 9),
        ("Klassen og relasjon til medelever", 2, 13), ("Undervisning", 5, 21), ("Forventning om mestring", 1, 4),
    ]),
    ("Kontaktlærers vurdering av elevene", "kontaktlaerer", [
        ("Sosial kompetanse", 3, 30), ("Motivasjon og arbeidsinnsats", 1, 4),
        ("Skolefaglige prestasjoner", 1, 6), ("Fravær", 1, 2),
    ]),
    ("Lærere", "laerere", [
        ("Miljø i skolen", 4, 16), ("Undervisningen", 3, 13), ("Motivasjon og arbeidsinnsats", 1, 3),
        ("Atferdsproblematikk", 1, 4), ("Støtte og kontakt med elevene", 1, 11),
        ("Læringskultur og relasjon mellom elevene", 1, 11),
    ]),
    ("Foreldre", "foreldre", [
        ("Støtte i skolearbeidet", 1, 10), ("Informasjon fra og samarbeid med skolen", 1, 24),
        ("Kontakt mellom foreldrene i klassen", 1, 7),
    ]),
    ("Skoleledere", "skoleledere", [("Pedagogisk ledelse", 1, 9), ("Skolekultur", 2, 19)]),
]

PILLARS = [
    ("Overordnede målsettinger og felles retning",
     "Skoleeier, skoleledere og lærere arbeider mot felles mål og har en felles forståelse av retningen."),
    ("Kapasitetsbygging og utvikling av kollektive kulturer",
     "Kompetanse bygges sammen i profesjonelle læringsfellesskap, på tvers av skoler og kommuner."),
    ("Ledelse på alle nivå",
     "Skoleeiere, skoleledere og lærere leder forbedringsarbeidet der de står."),
    ("Bruk av kartleggingsresultater – indre og ytre ansvarlighet",
     "Resultater fra kartlegginger og andre data brukes aktivt til å forbedre praksis."),
    ("Tydelige læringsmål og forskningsinformert pedagogisk praksis",
     "Undervisningen har tydelige mål og bygger på det forskningen vet om læring."),
]


def norwegian_slug(text: str) -> str:
    return slugify(text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
                   .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A"))


def seed(apps, schema_editor):
    Subject = apps.get_model("resources", "Subject")
    GradeBand = apps.get_model("resources", "GradeBand")
    Grade = apps.get_model("resources", "Grade")
    RespondentGroup = apps.get_model("resources", "RespondentGroup")
    SurveyArea = apps.get_model("resources", "SurveyArea")
    ImprovementPillar = apps.get_model("resources", "ImprovementPillar")

    for order, (name, code) in enumerate(SUBJECTS):
        Subject.objects.update_or_create(slug=norwegian_slug(name), defaults={"name": name, "code": code, "sort_order": order})
    for order, (slug, name, numbers) in enumerate(BANDS):
        band, _ = GradeBand.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})
        for number in numbers:
            Grade.objects.update_or_create(
                number=number, defaults={"name": f"{number}. trinn", "slug": str(number), "band": band, "sort_order": number}
            )
    for group_order, (group_name, group_slug, areas) in enumerate(SURVEY_AREAS):
        group, _ = RespondentGroup.objects.update_or_create(
            slug=group_slug, defaults={"name": group_name, "sort_order": group_order}
        )
        for order, (name, factors, questions) in enumerate(areas):
            SurveyArea.objects.update_or_create(
                slug=f"{group_slug}-{norwegian_slug(name)}",
                defaults={"name": name, "respondent_group": group, "factors": factors, "questions": questions,
                          "sort_order": order},
            )
    for order, (name, description) in enumerate(PILLARS):
        ImprovementPillar.objects.update_or_create(
            slug=norwegian_slug(name)[:120], defaults={"name": name, "description": description, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
