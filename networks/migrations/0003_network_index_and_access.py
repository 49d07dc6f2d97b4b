"""Make room for networks:

- the network index at /nettverk/ under the home page;
- a shared "Felles" collection: group leaders and staff upload and choose there instead of
  in the root collection, whose permissions would also reach every network's private collection;
- the editors' approval workflow moves from the whole site to the resources, so that leaders
  publish in their own network directly while lesson plans still go to the editors.
"""

from django.db import migrations
from portal.tree import add_index_page, next_child_path


def forwards(apps, schema_editor):
    add_index_page(
        apps,
        model="networks.NetworkIndexPage",
        title="Nettverk",
        slug="nettverk",
        intro=(
            "Lærere og skoleledere møtes i nettverk på tvers av skoler og kommuner. "
            "Her finner du nettverkene, hva de arbeider med og når de møtes."
        ),
    )
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    root = Collection.objects.get(depth=1)
    shared = Collection.objects.filter(depth=2, name="Felles").first()
    if shared is None:
        shared = Collection.objects.create(
            name="Felles",
            path=next_child_path(root, Collection.objects.filter(depth=2)),
            depth=2,
            numchild=0,
        )
        root.numchild += 1
        root.save(update_fields=["numchild"])
    GroupCollectionPermission.objects.filter(collection=root, group__name__in=["Gruppeleder", "Ansatt"]).update(
        collection=shared
    )

    resource_index = Page.objects.filter(url_path="/home/ressurser/").first()
    root_page = Page.objects.get(depth=1)
    assigned = WorkflowPage.objects.filter(page=root_page).first()
    if assigned is not None and resource_index is not None:
        WorkflowPage.objects.get_or_create(page=resource_index, defaults={"workflow": assigned.workflow})
        assigned.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0002_seed_municipalities"),
        ("portal", "0003_roles"),
        ("resources", "0003_create_resource_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
