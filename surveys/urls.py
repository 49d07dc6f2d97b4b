"""Members' pages of Kartlegging, under /kartlegging/ (the public /kartlegging/ page itself is a
Wagtail page). Every view here checks surveys.access itself."""

from django.urls import include, path

from surveys import views

app_name = "surveys"

urlpatterns = [
    path("skole/", views.my_schools, name="my_schools"),
    path("skole/<str:orgnr>/", views.school, name="school"),
    # The analysis and the school's team: surveys/school_urls.py.
    path("skole/<str:orgnr>/", include("surveys.school_urls")),
    path("oversikt/", views.overview, name="overview"),
]
