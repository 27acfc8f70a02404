"""Each editorial group can do what its name promises and nothing else (permission matrix)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from wagtail.models import Page

from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from practices.models import ContributionIndexPage, PracticeIndexPage, PracticePage
from submissions.moderation import create_practice_card
from tests.submission_helpers import jpeg_with_exif, stored_submission, user_in

pytestmark = pytest.mark.django_db

GROUPS = ["Éditeurs", "Modérateurs", "Contributeurs", "Traducteurs", None]
PAGES = ["orientation", "guide", "practice", "practice_en", "contribution"]
ACTIONS = ["see_draft", "edit", "publish", "delete"]
ALL = set(ACTIONS)
EDIT_ONLY = {"see_draft", "edit", "delete"}  # Wagtail lets whoever edits delete drafts

# (group, page) -> allowed actions; anything absent is refused.
ALLOWED = {
    ("Éditeurs", "orientation"): ALL,
    ("Éditeurs", "guide"): ALL,
    ("Éditeurs", "practice"): ALL,
    ("Éditeurs", "practice_en"): ALL,
    ("Éditeurs", "contribution"): EDIT_ONLY,  # moved to the practices index to be published
    # Approving in the workflow publishes as the moderator (Wagtail 8), editing stays refused.
    ("Modérateurs", "practice"): {"see_draft", "publish"},
    ("Modérateurs", "contribution"): {"see_draft", "publish"},
    ("Contributeurs", "contribution"): EDIT_ONLY,  # their own draft
    ("Traducteurs", "practice_en"): ALL,
}


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()


@pytest.fixture
def users(django_user_model):
    made = {name: user_in(django_user_model, name) for name in GROUPS if name}
    made[None] = AnonymousUser()
    return made


def _draft(parent, model, **fields):
    page = model(live=False, **fields)
    parent.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def drafts(users):
    fr = {"locale__language_code": "fr"}
    orientation = _draft(
        OrientationIndexPage.objects.get(**fr),
        OrientationPage,
        title="Orientation brouillon",
        number=1,
        short_title="Brouillon",
        summary="s",
    )
    guide = _draft(
        GuideIndexPage.objects.get(**fr), GuidePage, title="Guide brouillon", summary="s"
    )
    card = {"summary": "s", "structure_name": "s", "commune": "Tulle"}
    practice = _draft(
        PracticeIndexPage.objects.get(**fr), PracticePage, title="Fiche brouillon", **card
    )
    practice_en = practice.copy_for_translation(
        PracticeIndexPage.objects.get(locale__language_code="en").locale
    )
    practice_en.title = "Draft card"
    practice_en.save()
    practice_en.save_revision()
    contribution = _draft(
        ContributionIndexPage.objects.get(),
        PracticePage,
        title="Contribution brouillon",
        owner=users["Contributeurs"],
        **card,
    )
    return {
        "orientation": orientation,
        "guide": guide,
        "practice": practice,
        "practice_en": Page.objects.get(pk=practice_en.pk).specific,
        "contribution": contribution,
    }


def _login(client, user):
    if user.is_authenticated:
        client.force_login(user)


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g or "anonyme")
def test_page_actions_match_each_group_name(client, users, drafts, group):
    user = users[group]
    _login(client, user)
    for key, page in drafts.items():
        allowed = ALLOWED.get((group, key), set())
        perms = page.permissions_for_user(user)
        assert perms.can_edit() == ("edit" in allowed), (key, "edit")
        assert perms.can_publish() == ("publish" in allowed), (key, "publish")
        assert perms.can_delete() == ("delete" in allowed), (key, "delete")
        # Wagtail shows a draft to whoever may edit or publish it.
        assert (perms.can_edit() or perms.can_publish()) == ("see_draft" in allowed), key
        edit_view = client.get(f"/admin/pages/{page.pk}/edit/")
        if "edit" in allowed:
            assert edit_view.status_code == 200, key
            assert page.title in edit_view.content.decode()
        elif "see_draft" in allowed:
            # A reviewer opens the draft from the workflow (view_draft renders the public
            # template, which this branch does not have); the editor stays closed.
            assert edit_view.status_code == 302, key
        else:
            draft_view = client.get(f"/admin/pages/{page.pk}/view_draft/")
            for response in (edit_view, draft_view):
                assert response.status_code in (302, 403, 404), key
                assert page.title not in response.content.decode(), key
                if response.status_code == 302:
                    assert response["Location"].startswith(("/admin/login/", "/admin/")), key
        # A draft is never served on the public site, whoever asks.
        assert client.get(page.url or f"/fr/{page.slug}/").status_code == 404


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g or "anonyme")
def test_only_moderators_see_submissions_and_their_files(client, users, group, settings):
    submission = stored_submission(
        title="Proposition confidentielle",
        submitter_name="Nom Secret",
        submitter_email="secret@example.org",
    )
    from submissions.forms import check_upload

    checked = check_upload(jpeg_with_exif())
    from django.core.files.base import ContentFile

    stored = submission.files.create(
        original_name="photo.jpg", kind="image", content_type=checked.content_type,
        size=len(checked.content), file=ContentFile(checked.content, name="p.jpg"),
    )  # fmt: skip
    _login(client, users[group])
    moderator = group == "Modérateurs"
    urls = [
        "/admin/submissions/",
        f"/admin/submissions/inspect/{submission.pk}/",
        f"/admin/submissions/reject/{submission.pk}/",
    ]
    for url in urls:
        response = client.get(url)
        if moderator:
            assert response.status_code == 200, url
            assert "Proposition confidentielle" in response.content.decode()
        else:
            assert response.status_code in (302, 403, 404), url
            assert (
                b"Nom Secret" not in response.content and b"confidentielle" not in response.content
            )
    download = client.get(f"/admin/submissions/file/{stored.pk}/")
    if moderator:
        assert download.status_code == 200
        assert download["Content-Disposition"].startswith("attachment")
        assert b"".join(download.streaming_content) == checked.content
    else:
        assert download.status_code in (302, 403, 404)
        assert not getattr(download, "streaming", False)
    card = client.post(f"/admin/submissions/create-card/{submission.pk}/")
    submission.refresh_from_db()
    assert (submission.page_id is not None) == moderator
    if not moderator:
        assert card.status_code in (302, 403, 404)
    # Nobody opens another person's status link: an unknown token is a 404.
    other = client.get("/fr/proposer-une-pratique/suivi/" + "A" * 43 + "/")
    assert other.status_code == 404
    assert b"confidentielle" not in other.content


def test_only_moderators_approve_in_the_workflow(users, django_user_model, settings):
    submission = stored_submission(title="À relire")
    card = create_practice_card(submission, users["Modérateurs"])
    task = card.current_workflow_task
    for group in GROUPS:
        actions = {name for name, _label, _modal in task.get_actions(card, users[group])}
        assert ("approve" in actions) == (group == "Modérateurs"), group


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g or "anonyme")
def test_only_editors_manage_the_vocabularies(users, group):
    user = users[group]
    for model in ("theme", "territorytype", "audience"):
        for action in ("add", "change", "delete"):
            assert user.has_perm(f"hub.{action}_{model}") == (group == "Éditeurs")
