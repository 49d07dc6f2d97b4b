"""Keep `SearchDocument` rows beside the search index: one per indexed resource.

The database backends call `sync_documents` after they write index entries, so a
resource's row changes exactly when its entry does (publishing, editing, `update_index`).
"""

from collections import defaultdict

from resources.filters import FACETS
from resources.models import ResourcePage

FACET_COLUMNS = {facet.param: facet.index_field for facet in FACETS}


def padded(keys: list[str]) -> str:
    return f" {' '.join(keys)} " if keys else ""


def facet_columns(facet_keys: str) -> dict[str, str]:
    """ "type:x fag:a fag:b …" → {"resource_type": " x ", "subject_slugs": " a b ", …}."""
    by_param: dict[str, list[str]] = defaultdict(list)
    for token in facet_keys.split():
        param, _sep, key = token.partition(":")
        by_param[param].append(key)
    return {column: padded(by_param[param]) for param, column in FACET_COLUMNS.items()}


def sync_documents(model, objs) -> None:
    """Rewrite the rows of the resources among `objs`, just indexed as `model`."""
    from modelsearch.conf import get_app_config
    from modelsearch.utils import get_content_type_pk

    from search.models import SearchDocument

    pages = {str(obj.pk): obj for obj in objs if isinstance(obj, ResourcePage)}
    if not pages:
        return
    index_entries = get_app_config().get_model("IndexEntry")._default_manager
    entries = index_entries.filter(content_type_id=get_content_type_pk(model), object_id__in=pages)
    rows = [
        SearchDocument(entry_id=entry_id, page_id=pages[object_id].pk, **facet_columns(pages[object_id].facet_keys))
        for entry_id, object_id in entries.values_list("id", "object_id")
    ]
    # A page's entry id changes only when the index is rebuilt: drop its old row, then upsert by
    # entry id, so two saves of the same page at once both end with its current row.
    SearchDocument.objects.filter(page_id__in=[page.pk for page in pages.values()]).delete()
    SearchDocument.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["entry_id"], update_fields=["page", *FACET_COLUMNS.values()]
    )
