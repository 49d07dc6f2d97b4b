"""The news index at /nyheter/, where programme staff (Ansatt) and editors publish news."""

from django.db import migrations

from portal.tree import add_index_page


def forwards(apps, schema_editor):
    index = add_index_page(
        apps,
        model="news.NewsIndexPage",
        title="Nyheter",
        slug="nyheter",
        intro="Nyheter og kunngjøringer fra Kultur for læring.",
    )
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")
    staff = Group.objects.filter(name="Ansatt").first()
    page = Page.objects.filter(pk=index.pk).first() if index else None
    if staff is None or page is None:
        return
    for codename in ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=staff, page=page, permission=permission)


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial"), ("portal", "0003_roles"), ("networks", "0003_network_index_and_access")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
