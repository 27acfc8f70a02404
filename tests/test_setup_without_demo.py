"""`setup_site --no-demo` builds the site structure without any demo content."""

import pytest

from guides.models import GuidePage, OrientationPage
from home.models import HomePage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def test_setup_without_demo_builds_no_content_pages():
    assert not OrientationPage.objects.exists()
    assert not GuidePage.objects.exists()
    assert not PracticePage.objects.exists()
    assert not any(home.featured for home in HomePage.objects.all())
