"""The one pagination helper every listing and search uses."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator

# A page number longer than this is nonsense; Paginator would parse it anyway.
MAX_PAGE_PARAM_LENGTH = 9


@dataclass
class Pagination:
    page: Page
    page_range: list
    # The query the page links keep (None: the request's). Set where a page is rendered
    # without its request (the cached search body).
    params: object = None

    @property
    def items(self):
        return self.page.object_list


def paginate(items, *, page_param: str | None, per_page: int) -> Pagination:
    """Return the requested page; junk (`abc`, `-1`, `999999`) gives the first or last page."""
    if page_param and len(page_param) > MAX_PAGE_PARAM_LENGTH:
        page_param = None
    paginator = Paginator(items, per_page)
    page = paginator.get_page(page_param)
    page_range = list(paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))
    return Pagination(page=page, page_range=page_range)
