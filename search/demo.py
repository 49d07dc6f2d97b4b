"""Demo content for search: a handful of editors' suggested searches («Foreslåtte søk»),
each one a term the demo resources answer. Called by `manage.py load_demo`."""

from search.models import SuggestedSearch

DEMO_SUGGESTED_SEARCHES = [
    "lesestrategier",
    "brøk",
    "klasseledelse",
    "vurdering for læring",
    "læringsmiljø",
    "motivasjon",
]


def build_search_demo() -> dict[str, int]:
    """Adds the demo's suggested searches that are missing; never changes existing ones."""
    created = 0
    last = max(SuggestedSearch.objects.exclude(sort_order=None).values_list("sort_order", flat=True), default=0)
    for term in DEMO_SUGGESTED_SEARCHES:
        if SuggestedSearch.objects.filter(term__iexact=term).exists():
            continue
        last += 1
        SuggestedSearch.objects.create(term=term, sort_order=last)
        created += 1
    return {"suggested_searches_created": created, "suggested_searches_skipped": len(DEMO_SUGGESTED_SEARCHES) - created}
