"""Non-page URLs under /arrangementer/: the calendar feed, the cancellation link and
the confirmation link.
(Wagtail's page URLs cannot hold the dot of ".ics" or the colons of a signed token.)"""

from django.urls import path

from events import views

urlpatterns = [
    path("kalender.ics", views.calendar_feed, name="events_calendar"),
    path("avmelding/<str:token>/", views.cancel, name="events_cancel"),
    path("bekreft/<str:token>/", views.confirm, name="events_confirm"),
]
