"""Helpers for data migrations that add pages or collections with historical models,
which lack treebeard's API."""

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def next_child_path(parent, children) -> str:
    """The materialised path of a new last child of `parent`, given its children's queryset."""
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = 1 if last is None else int(last[-STEPLEN:], 36) + 1
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def add_index_page(apps, *, model: str, title: str, slug: str, **fields):
    """A live index page under the home page, unless one of `model` exists already."""
    from django.utils import timezone

    app_label, model_name = model.split(".")
    Model = apps.get_model(app_label, model_name)
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("portal.HomePage")
    home = HomePage.objects.filter(depth=2).order_by("path").first()
    if home is None or Model.objects.exists():
        return None
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    now = timezone.now()
    page = Model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=next_child_path(home, Page.objects.filter(depth=home.depth + 1, path__startswith=home.path)),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}{slug}/",
        locale_id=home.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    home.numchild += 1
    home.save(update_fields=["numchild"])
    return page
