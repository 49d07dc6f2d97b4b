from django.urls import path

from networks import views

urlpatterns = [path("", views.my_networks, name="my_networks")]
