"""The JSON search API, mounted at /api/search/ (outside the language prefixes: `lang` param)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.api_search, name="search_api"),
    path("autocomplete/", views.api_autocomplete, name="search_autocomplete"),
]
