"""The search page, mounted in hub/urls.py under the translated path "recherche/"."""

from django.urls import path

from . import views

urlpatterns = [path("", views.search_page, name="search")]
