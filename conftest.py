"""Fixtures shared by every app's tests. Pages are built with the factories
(portal/factories.py, resources/factories.py …), which build on the same runtime helpers
the demo content uses (portal/demo_support.py and each app's demo_support.py)."""

import pytest
from wagtail.models import Site


@pytest.fixture
def home(db):
    """The home page the migrations create."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def resource_index(home):
    from resources.models import ResourceIndexPage

    return ResourceIndexPage.objects.child_of(home).get()


@pytest.fixture(autouse=True)
def _fresh_synonyms():
    """Each test reads the synonyms its own database holds (a rolled-back test sends no signal)."""
    from search import expansion

    expansion._synonyms.clear()
    yield
    expansion._synonyms.clear()
