"""A school's own pages under /kartlegging/skole/<orgnr>/: its analyses and its team. Included by
surveys/urls.py (namespace «surveys»), so no app_name here. Every view checks surveys.access."""

from django.urls import path

from surveys import analysis_views, team_views

urlpatterns = [
    path("analyse/", analysis_views.analysis_list, name="analysis_list"),
    path("analyse/ny/", analysis_views.analysis_start, name="analysis_start"),
    path("analyse/<int:pk>/", analysis_views.analysis_detail, name="analysis_detail"),
    path("analyse/<int:pk>/steg/<int:step>/", analysis_views.analysis_step, name="analysis_step"),
    path("laerere/", team_views.team, name="team"),
]
