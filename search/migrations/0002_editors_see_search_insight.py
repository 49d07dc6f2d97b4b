from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="portal_search", model="zeroresultdailyhits")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_search_insight", defaults={"name": "Kan se søkestatistikk"}
    )
    for group in Group.objects.filter(name="Redaktør"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_initial"), ("portal", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
