"""The benchmark's tool itself (not a timed test): synthetic resources are real, indexed,
faceted resources, and the timing run answers for every request."""

import pytest
from django.core.management import call_command

from resources.models import LessonPlanPage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def test_search_benchmark_fills_indexes_and_times_faceted_searches(home, capsys):
    call_command("search_benchmark", resources=25, requests=3, yes=True)
    lessons = LessonPlanPage.objects.filter(slug__startswith="bench-")
    assert lessons.count() == 25
    assert SearchDocument.objects.filter(page_id__in=lessons.values("pk")).count() == 25
    output = capsys.readouterr().out
    assert "25 ressurser, 3 søk med to fasetter: p50" in output


def test_search_benchmark_refuses_to_fill_without_yes(home):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("search_benchmark", resources=5, requests=1)
    assert not LessonPlanPage.objects.filter(slug__startswith="bench-").exists()
