"""Plain creators for events and speakers, used by the demo (events/demo.py) and by the test
factories. Runtime code: no factory_boy here (see portal/demo_support.py)."""

from events.models import EventIndexPage, EventPage, Speaker
from portal.demo_support import create_page, home_page
from portal.text import norwegian_slug

EVENT_MANY_TO_MANY = ("grade_bands", "subjects", "survey_areas")


def event_index() -> EventIndexPage:
    return EventIndexPage.objects.child_of(home_page()).first()


def create_speaker(**fields) -> Speaker:
    return Speaker.objects.create(**fields)


def create_event_page(*, parent=None, title: str, publish: bool = True, **fields) -> EventPage:
    """An event under `parent` (the event index if none), its slug made from the title unless given;
    `grade_bands`, `subjects` and `survey_areas` are given as lists."""
    fields.setdefault("slug", norwegian_slug(title))
    return create_page(
        EventPage,
        parent=parent or event_index(),
        publish=publish,
        many_to_many=EVENT_MANY_TO_MANY,
        title=title,
        **fields,
    )
