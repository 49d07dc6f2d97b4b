"""The event index at /arrangementer/ under the home page."""

from django.db import migrations
from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def next_child_path(parent, children):
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = 1 if last is None else int(last[-STEPLEN:], 36) + 1
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("portal.HomePage")
    EventIndexPage = apps.get_model("events.EventIndexPage")

    home = HomePage.objects.filter(depth=2).order_by("path").first()
    if home is None or EventIndexPage.objects.exists():
        return
    index_type, _ = ContentType.objects.get_or_create(app_label="events", model="eventindexpage")
    now = timezone.now()
    EventIndexPage.objects.create(
        title="Arrangementer",
        draft_title="Arrangementer",
        slug="arrangementer",
        content_type=index_type,
        path=next_child_path(home, Page.objects.filter(depth=home.depth + 1, path__startswith=home.path)),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}arrangementer/",
        locale_id=home.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
        intro=(
            "Seminarer, konferanser, webinarer og nettverkssamlinger for lærere og skoleledere i "
            "Kultur for læring. Meld deg på her, og legg arrangementene til i kalenderen din."
        ),
    )
    home.numchild += 1
    home.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("portal", "0003_roles"),
        ("networks", "0003_network_index_and_access"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
