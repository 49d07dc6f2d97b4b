"""Replace Wagtail's welcome page with the portal's home page and point the default site at it."""

from django.db import migrations
from django.utils import timezone


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("portal.HomePage")

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    Site.objects.all().delete()

    home_type, _ = ContentType.objects.get_or_create(app_label="portal", model="homepage")
    now = timezone.now()
    home = HomePage.objects.create(
        title="Kultur for læring",
        draft_title="Kultur for læring",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        live=True,
        first_published_at=now,
        last_published_at=now,
        intro=(
            "Kultur for læring er et felles forbedringsarbeid for grunnskolene i Hedmark. "
            "Her finner lærere undervisningsopplegg, læremidler og forskning om undervisning og elevenes læring."
        ),
        featured=[],
    )
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                        site_name="Kultur for læring")


def remove_homepage(apps, schema_editor):
    apps.get_model("portal.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
