import pytest


@pytest.fixture
def event_index(home):
    from events.factories import event_index

    return event_index()


@pytest.fixture
def send_emails(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (the emails) that a test's transaction would otherwise never commit."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture(autouse=True)
def _empty_cache():
    """The rate limits count in the cache: every test starts, and leaves, with none counted."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
