"""Admin views that wrap Wagtail's own to keep private titles private."""

from functools import cache

from django.apps import apps
from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from portal.visibility import visible_ids


def _instance(item):
    """Bulk actions list objects, or dicts with the object under "item"."""
    return item.get("item") if isinstance(item, dict) else item


@cache
def _visible_only(action_class):
    """A subclass of a Wagtail bulk action that leaves out what the user may not see.

    Wagtail's bulk action pages list the objects the user may act on *and*, by title, the ones
    they may not («Du har ikke tillatelse til …») – for any id in the URL, drafts and
    members-only pages included. Objects the user may not see are dropped from every list."""

    class VisibleOnly(action_class):
        def get_actionable_objects(self):
            objects, extra = super().get_actionable_objects()
            lists = {key: value for key, value in extra.items() if isinstance(value, list)}
            named = [_instance(item) for item in [*objects, *(i for value in lists.values() for i in value)]]
            seen = visible_ids(self.request.user, self.model, [obj.pk for obj in named if obj is not None])

            def keep(items):
                return [item for item in items if getattr(_instance(item), "pk", None) in seen]

            return keep(objects), {**extra, **{key: keep(value) for key, value in lists.items()}}

    VisibleOnly.__name__ = VisibleOnly.__qualname__ = action_class.__name__
    return VisibleOnly


@never_cache
@require_admin_access
def bulk_action(request, app_label, model_name, action):
    """Stands in for Wagtail's bulk action dispatcher (same URL, placed before the admin's)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    return _visible_only(action_class)(request, model).dispatch(request)


_page_chosen_multiple = ChosenMultipleView.as_view()


@never_cache
@require_admin_access
def page_chosen_multiple(request):
    """Wagtail's page chooser's "chosen" step answers with the title and URL of any page id it is
    given: it gets only the ids of pages the user may see (not other people's drafts, not
    members-only pages of other networks)."""
    ids = {int(pk) for pk in request.GET.getlist("id") if pk.isdigit()}
    request.GET = request.GET.copy()
    request.GET.setlist("id", [str(pk) for pk in sorted(visible_ids(request.user, Page, ids))])
    return _page_chosen_multiple(request)


class PageTypesUsageWithoutHiddenPages(PageTypesUsageReportView):
    """The page types report names the last edited page of each type, whoever may see it: the
    name is left out when the user may not see that page."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = [item.last_edited_page.pk for item in page_types if item.last_edited_page]
        seen = visible_ids(self.request.user, Page, shown)
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in seen:
                item.last_edited_page = None
        return page_types


page_types_usage = never_cache(require_admin_access(PageTypesUsageWithoutHiddenPages.as_view()))
page_types_usage_results = never_cache(
    require_admin_access(PageTypesUsageWithoutHiddenPages.as_view(results_only=True))
)
