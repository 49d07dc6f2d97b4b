"""Plain creators for networks' people, places and pages, used by the demo (networks/demo.py) and
by the test factories. Runtime code: no factory_boy here (see portal/demo_support.py)."""

from django.contrib.auth import get_user_model

from networks.models import MeetingPage, NetworkIndexPage, NetworkMaterialPage, School
from portal.demo_support import create_page, home_page
from portal.text import norwegian_slug


def network_index() -> NetworkIndexPage:
    return NetworkIndexPage.objects.child_of(home_page()).first()


def create_user(*, username: str, password: str, **fields):
    """A user who can log in with `password`."""
    user = get_user_model()(username=username, **fields)
    user.set_password(password)
    user.save()
    return user


def create_school(*, name: str, municipality) -> School:
    """The school of that name in the municipality, made if it does not exist."""
    return School.objects.get_or_create(name=name, municipality=municipality)[0]


def create_meeting_page(*, parent, title: str, publish: bool = True, **fields) -> MeetingPage:
    """A meeting under `parent` (a network), its slug made from the title unless given."""
    fields.setdefault("slug", norwegian_slug(title))
    return create_page(MeetingPage, parent=parent, publish=publish, title=title, **fields)


def create_network_material_page(*, parent, title: str, publish: bool = True, **fields) -> NetworkMaterialPage:
    """Members-only material under `parent` (a network), its slug made from the title unless given."""
    fields.setdefault("slug", norwegian_slug(title))
    return create_page(NetworkMaterialPage, parent=parent, publish=publish, title=title, **fields)
