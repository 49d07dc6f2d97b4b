"""The resource index under the home page, so a fresh install has somewhere to put resources."""

from django.db import migrations
from django.utils import timezone


def create_index(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("portal.HomePage")
    ResourceIndexPage = apps.get_model("resources.ResourceIndexPage")
    home = HomePage.objects.filter(depth=2).order_by("path").first()
    if home is None or ResourceIndexPage.objects.exists():
        return
    index_type, _ = ContentType.objects.get_or_create(app_label="resources", model="resourceindexpage")
    now = timezone.now()
    ResourceIndexPage.objects.create(
        title="Ressurser",
        draft_title="Ressurser",
        slug="ressurser",
        content_type=index_type,
        path=f"{home.path}0001",
        depth=3,
        numchild=0,
        url_path=f"{home.url_path}ressurser/",
        locale_id=home.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
        intro="Undervisningsopplegg, læremidler og forskningsoppsummeringer for grunnskolen.",
    )
    home.numchild += 1
    home.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_seed_taxonomy"), ("portal", "0002_create_homepage")]

    operations = [migrations.RunPython(create_index, migrations.RunPython.noop)]
