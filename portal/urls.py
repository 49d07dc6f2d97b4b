from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import admin_views as portal_admin_views
from portal import health
from portal import views as portal_views
from search import views as search_views

handler500 = "portal.views.server_error"

urlpatterns = [
    # Normally answered by portal.health.HealthCheckMiddleware before any other middleware.
    path("helse/", health.health, name="health"),
    # Wagtail's views with a privacy fix around them, at Wagtail's own paths (so they come first).
    path("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", portal_admin_views.bulk_action),
    path("admin/choose-page/chosen-multiple/", portal_admin_views.page_chosen_multiple),
    path("admin/reports/page-types-usage/", portal_admin_views.page_types_usage),
    path("admin/reports/page-types-usage/results/", portal_admin_views.page_types_usage_results),
    re_path(r"^dokumenter/(?P<document_id>\d+)/(?P<document_filename>.*)$", portal_views.serve_document),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("sok/", search_views.search, name="search"),
    path("logg-inn/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logg-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("mine-nettverk/", include("networks.urls")),
    path("arrangementer/", include("events.urls")),
    path("kartlegging/", include("surveys.urls")),
    path("api/kartlegging/", include("surveys.api")),
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/suggest/", search_views.suggest_api, name="search_suggest"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.PORTAL_SERVE_IMAGES:
    from django.views.static import serve as serve_file

    # Only images are served from media, in development or – without nginx in front, say Docker
    # Compose – when PORTAL_SERVE_IMAGES is on; documents always go through Wagtail's serve view
    # so that their privacy is checked. (django.conf.urls.static.static() does nothing unless DEBUG.)
    urlpatterns += [
        re_path(r"^media/images/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT / "images"}),
    ]

urlpatterns += [path("", include(wagtail_urls))]
