"""The event index at /arrangementer/ under the home page."""

from django.db import migrations

from portal.tree import add_index_page


def forwards(apps, schema_editor):
    add_index_page(
        apps,
        model="events.EventIndexPage",
        title="Arrangementer",
        slug="arrangementer",
        intro=(
            "Seminarer, konferanser, webinarer og nettverkssamlinger for lærere og skoleledere i "
            "Kultur for læring. Meld deg på her, og legg arrangementene til i kalenderen din."
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("portal", "0003_roles"),
        ("networks", "0003_network_index_and_access"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
