"""Editors keep the list of suggested searches («Foreslåtte søk»)."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("portal_search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editor = Group.objects.filter(name="Redaktør").first()
    if editor is None:
        return
    editor.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="portal_search",
            content_type__model="suggestedsearch",
            codename__regex=r"^(add|change|delete|view)_",
        )
    )


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0005_public_search_suggestions"), ("portal", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
