"""Keep the denormalised `ResourcePage.facet_keys` true when a taxonomy term or tag changes,
and the search index with it: a renamed term is searchable under its new name, and the
search documents (search/documents.py) carry the new slug."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from modelsearch.index import insert_or_update_object
from taggit.models import Tag

from resources.filters import facet_keys_for
from resources.models import Grade, GradeBand, ImprovementPillar, ResourcePage, Subject, SurveyArea

AFFECTED = {
    Subject: lambda term: ResourcePage.objects.filter(subjects=term),
    Grade: lambda term: ResourcePage.objects.filter(grades=term),
    GradeBand: lambda term: ResourcePage.objects.filter(grades__band=term),
    SurveyArea: lambda term: ResourcePage.objects.filter(survey_areas=term),
    ImprovementPillar: lambda term: ResourcePage.objects.filter(pillars=term),
    Tag: lambda tag: ResourcePage.objects.filter(tagged_items__tag=tag),
}


def refresh_facet_keys(pages) -> int:
    count = 0
    for page in pages.distinct().prefetch_related("subjects", "grades", "survey_areas", "pillars", "tags"):
        page.facet_keys = facet_keys_for(page)
        ResourcePage.objects.filter(pk=page.pk).update(facet_keys=page.facet_keys)
        insert_or_update_object(page.specific)
        count += 1
    return count


def _on_term_saved(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return  # a new term is on no resource yet
    refresh_facet_keys(AFFECTED[sender](instance))


for model in AFFECTED:
    receiver(post_save, sender=model, dispatch_uid=f"facet-keys-{model.__name__}")(_on_term_saved)
