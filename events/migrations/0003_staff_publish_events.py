"""Programme staff (Ansatt) announce events: add, edit and publish under /arrangementer/,
with no approval step, and manage speakers."""

from django.db import migrations

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")
    EventIndexPage = apps.get_model("events.EventIndexPage")
    index = EventIndexPage.objects.order_by("path").first()
    speaker_permissions = Permission.objects.filter(content_type__app_label="events", content_type__model="speaker")
    for name in ["Ansatt", "Redaktør"]:
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        group.permissions.add(*speaker_permissions)
        if index is not None and name == "Ansatt":
            page = Page.objects.get(pk=index.pk)
            for codename in PAGE_PERMISSIONS:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


class Migration(migrations.Migration):
    dependencies = [("events", "0002_event_index")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
