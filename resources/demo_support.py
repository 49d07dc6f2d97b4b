"""Plain creators for the resource pages, used by the demo content (resources/demo/) and by the
test factories. Runtime code: no factory_boy here (see portal/demo_support.py)."""

from portal.demo_support import home_page
from resources.models import ResourceIndexPage

# What the admin saves for an optional ImageBlock left empty; a bare None breaks
# a stream that mixes steps with and without images.
NO_IMAGE = {"image": None, "alt_text": None, "decorative": None}

M2M_FIELDS = ("subjects", "grades", "survey_areas", "pillars", "related_resources")


def resource_index(*, create: bool = False) -> ResourceIndexPage | None:
    """The resource index under the home page (the migrations make it); with `create`, one is
    added if it is missing."""
    index = ResourceIndexPage.objects.child_of(home_page()).first()
    if index is None and create:
        index = ResourceIndexPage(title="Ressurser", intro="Undervisningsopplegg, læremidler og forskning.")
        home_page().add_child(instance=index)
    return index


def create_resource_page(model, *, parent, publish: bool = False, tags=(), **fields):
    """A lesson plan, learning material or research summary added under `parent` (a resource
    index); the taxonomy in M2M_FIELDS (given as lists) and `tags` are set once it is in the tree.

    Pass `publish=True` to go through a revision as an editor would.
    """
    relations = {name: fields.pop(name) for name in M2M_FIELDS if name in fields}
    page = model(**fields)
    parent.add_child(instance=page)
    for name, values in relations.items():
        getattr(page, name).set(values)
    if tags:
        page.tags.add(*tags)
    page.save()
    if publish:
        page.save_revision().publish()
    return page
