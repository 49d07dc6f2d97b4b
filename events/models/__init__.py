from .choices import EventKind, Role
from .pages import EventFormField, EventIndexPage, EventPage
from .registrations import Registration
from .snippets import Speaker

__all__ = ["EventFormField", "EventIndexPage", "EventKind", "EventPage", "Registration", "Role", "Speaker"]
