"""Editors keep the lists of municipalities and schools."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("networks")
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
            content_type__app_label="networks",
            content_type__model__in=["municipality", "school"],
            codename__regex=r"^(add|change|delete|view)_",
        )
    )


class Migration(migrations.Migration):
    dependencies = [("networks", "0003_network_index_and_access"), ("portal", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
