"""The portal's roles as groups with Wagtail permissions (PRODUCT.md):

- Redaktør: curates everything – every page, all media, the taxonomy, search promotions, redirects.
- Gruppeleder: writes resources but cannot publish them; they go to the editors for approval.
  Only "add" on the index: Wagtail lets owners edit what they created, not others' pages.
- Ansatt: admin access and media; page rights on events and news come with those page types.

Wagtail's English default groups are replaced, and its default workflow becomes
the editors' approval.
"""

from django.db import migrations

MEDIA = ["image", "document"]
TAXONOMY = ["subject", "gradeband", "grade", "respondentgroup", "surveyarea", "improvementpillar"]


def perm(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def create_roles(apps, schema_editor):
    # Django creates permissions only after all migrations; make them now so they get their proper names.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")

    root_page = Page.objects.get(depth=1)
    resource_index = Page.objects.filter(url_path="/home/ressurser/").first()
    root_collection = Collection.objects.get(depth=1)
    access_admin = perm(apps, "wagtailadmin", "admin", "access_admin")

    def page_perms(group, page, codenames):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=perm(apps, "wagtailcore", "page", codename)
            )

    def collection_perms(group, actions):
        for model in MEDIA:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=perm(apps, f"wagtail{model}s", model, f"{action}_{model}"),
                )

    editor, _ = Group.objects.get_or_create(name="Redaktør")
    editor.permissions.add(access_admin)
    page_perms(editor, root_page, ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"])
    collection_perms(editor, ["add", "change", "delete", "choose"])
    for model in TAXONOMY:
        for action in ["add", "change", "delete", "view"]:
            editor.permissions.add(perm(apps, "resources", model, f"{action}_{model}"))
    for action in ["add", "change", "delete", "view"]:
        editor.permissions.add(perm(apps, "taggit", "tag", f"{action}_tag"))
        editor.permissions.add(perm(apps, "wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion"))
        editor.permissions.add(perm(apps, "wagtailredirects", "redirect", f"{action}_redirect"))

    leader, _ = Group.objects.get_or_create(name="Gruppeleder")
    leader.permissions.add(access_admin)
    if resource_index is not None:
        page_perms(leader, resource_index, ["add_page"])
    collection_perms(leader, ["add", "choose"])

    staff, _ = Group.objects.get_or_create(name="Ansatt")
    staff.permissions.add(access_admin)
    collection_perms(staff, ["add", "choose"])

    # Wagtail's default workflow is sent to the editors instead of "Moderators".
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        task.name = "Godkjenning av redaktør"
        task.save(update_fields=["name"])
        task.groups.set([editor])
    Workflow.objects.filter(name="Moderators approval").update(name="Redaksjonell godkjenning")
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_create_homepage"),
        ("resources", "0003_create_resource_index"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
