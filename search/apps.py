from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Søk")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from portal import page_cache
        from search.expansion import forget_synonyms
        from search.models import Synonym

        # A changed synonym changes what searches find: cached results and the synonyms each
        # process holds (search/expansion.py) are keyed by the content generation.
        for signal in (post_save, post_delete):
            signal.connect(page_cache.invalidate, sender=Synonym, dispatch_uid=f"synonym.{id(signal)}")
            signal.connect(forget_synonyms, sender=Synonym, dispatch_uid=f"synonym.forget.{id(signal)}")
