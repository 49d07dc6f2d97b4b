"""Members' pages of Kartlegging, under /kartlegging/ (the public /kartlegging/ page itself is a
Wagtail page). Every view here checks surveys.access itself."""

from django.urls import include, path

app_name = "surveys"

urlpatterns = [
    # The analysis and the school's team: surveys/school_urls.py.
    path("skole/<str:orgnr>/", include("surveys.school_urls")),
]
