"""Members' pages of Kartlegging, under /kartlegging/ (the public /kartlegging/ page itself is a
Wagtail page). Every view here checks surveys.access itself."""

from django.urls import include, path

app_name = "surveys"

urlpatterns = [
    path("skole/<str:orgnr>/analyse/", include("surveys.analysis_urls")),
]
