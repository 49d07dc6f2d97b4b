"""The 22 municipalities of Hedmark (municipality numbers before the 2020 county merger),
each with its regional council."""

from django.db import migrations

MUNICIPALITIES = [
    ("Alvdal", "alvdal", "0438", "nord-osterdal"),
    ("Eidskog", "eidskog", "0420", "glamdalen"),
    ("Elverum", "elverum", "0427", "sor-osterdal"),
    ("Engerdal", "engerdal", "0434", "sor-osterdal"),
    ("Folldal", "folldal", "0439", "nord-osterdal"),
    ("Grue", "grue", "0423", "glamdalen"),
    ("Hamar", "hamar", "0403", "hamarregionen"),
    ("Kongsvinger", "kongsvinger", "0402", "glamdalen"),
    ("Løten", "loten", "0415", "hamarregionen"),
    ("Nord-Odal", "nord-odal", "0418", "glamdalen"),
    ("Os", "os", "0441", "nord-osterdal"),
    ("Rendalen", "rendalen", "0432", "nord-osterdal"),
    ("Ringsaker", "ringsaker", "0412", "hamarregionen"),
    ("Stange", "stange", "0417", "hamarregionen"),
    ("Stor-Elvdal", "stor-elvdal", "0430", "sor-osterdal"),
    ("Sør-Odal", "sor-odal", "0419", "glamdalen"),
    ("Tolga", "tolga", "0436", "nord-osterdal"),
    ("Trysil", "trysil", "0428", "sor-osterdal"),
    ("Tynset", "tynset", "0437", "nord-osterdal"),
    ("Våler", "valer", "0426", "glamdalen"),
    ("Åmot", "amot", "0429", "sor-osterdal"),
    ("Åsnes", "asnes", "0425", "glamdalen"),
]


def seed(apps, schema_editor):
    Municipality = apps.get_model("networks.Municipality")
    for name, slug, number, region in MUNICIPALITIES:
        Municipality.objects.update_or_create(slug=slug, defaults={"name": name, "number": number, "region": region})


def unseed(apps, schema_editor):
    apps.get_model("networks.Municipality").objects.filter(slug__in=[m[1] for m in MUNICIPALITIES]).delete()


class Migration(migrations.Migration):
    dependencies = [("networks", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
