"""Admin for events: speakers as snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import Speaker


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["name", "title"]
    search_fields = ["name", "title"]


register_snippet(SpeakerViewSet)
