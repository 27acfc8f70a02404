"""The editorial roles (groups) of the hub and what each may do, in one place.

Model permissions and the review workflow were first created by the data migration
`practices/migrations/0003_roles_and_workflow.py` (which keeps a frozen copy of these lists);
permissions on pages need the pages, so
`assign_page_permissions()` runs in `manage.py setup_site` (idempotent).
"""

from django.utils.translation import gettext_lazy as _

from core.vocabularies import vocabularies

EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"
CONTRIBUTORS = "Contributeurs"
TRANSLATORS = "Traducteurs"
WORKFLOW_NAME = "Relecture éditoriale"
TASK_NAME = "Relecture par les modérateurs"

# (app_label, codename) model permissions per group.
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        # The terms of every vocabulary.
        *[perm for v in vocabularies() for perm in v.tag_permission_codenames],
        # Editors write the synthesis from the export (migration consultations/0002).
        ("consultations", "view_contribution"),
        # The directory of places: its admin import (places/admin_import.py) and exports.
        *[("places", f"{action}_place") for action in ("view", "add", "change", "delete")],
        # The synonyms of the search (search.models.SynonymGroup).
        *[("search", f"{action}_synonymgroup") for action in ("view", "add", "change", "delete")],
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("submissions", "view_submission"),
        ("submissions", "change_submission"),
        # Migration consultations/0002 grants these two.
        ("consultations", "view_contribution"),
        ("consultations", "change_contribution"),
    ],
    CONTRIBUTORS: [("wagtailadmin", "access_admin")],
    TRANSLATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}

# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    CONTRIBUTORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
}

# Page permissions: group -> [(section, [codenames])]. Sections are named by the specific
# page model (app_label, model) of an index page, in the language given (None: every language).
PAGE_PERMISSIONS = {
    EDITORS: [
        (("guides", "orientationindexpage"), None, ["add_page", "change_page", "publish_page"]),
        (("guides", "guideindexpage"), None, ["add_page", "change_page", "publish_page"]),
        (("practices", "practiceindexpage"), None, ["add_page", "change_page", "publish_page"]),
        # Editors take contributions in hand and move them to the practices index to publish.
        (("practices", "contributionindexpage"), None, ["add_page", "change_page"]),
        (
            ("consultations", "consultationindexpage"),
            None,
            ["add_page", "change_page", "publish_page"],
        ),
    ],
    # Wagtail 8 publishes an approved revision as the approving user, who therefore needs the
    # publish permission; without edit permission they only reach the editor while a review
    # task is theirs.
    MODERATORS: [
        (("practices", "practiceindexpage"), "fr", ["publish_page"]),
        (("practices", "contributionindexpage"), "fr", ["publish_page"]),
    ],
    CONTRIBUTORS: [(("practices", "contributionindexpage"), None, ["add_page"])],
    # The whole translated tree, never the French source.
    TRANSLATORS: [(("home", "homepage"), "en", ["add_page", "change_page", "publish_page"])],
}

LABELS = {
    EDITORS: _("Éditeurs"),
    MODERATORS: _("Modérateurs"),
    CONTRIBUTORS: _("Contributeurs"),
    TRANSLATORS: _("Traducteurs"),
}


def assign_page_permissions(tally):
    """Give each group its model permissions (a vocabulary added since gets its terms'
    permissions here) and its permissions on the sections that exist, attach the review
    workflow to the practices index and the contributions section; count the section rights
    and workflow links in `tally`. Safe to run again."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

    for group_name, grants in MODEL_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        permissions = [
            Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            for app_label, codename in grants
        ]
        group.permissions.add(*[permission for permission in permissions if permission])
    for group_name, grants in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for (app_label, model), language, codenames in grants:
            pages = Page.objects.filter(
                content_type__app_label=app_label, content_type__model=model
            )
            if language:
                pages = pages.filter(locale__language_code=language)
            for page in pages:
                for codename in codenames:
                    permission = Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    )
                    _grant, created = GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
                    tally.add(PAGE_RIGHTS, created=int(created), existing=int(not created))
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    sections = Page.objects.filter(
        content_type__app_label="practices",
        content_type__model__in=["practiceindexpage", "contributionindexpage"],
        locale__language_code="fr",
    )
    for page in sections:
        _link, created = WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
        tally.add(WORKFLOW_SECTIONS, created=int(created), existing=int(not created))


PAGE_RIGHTS = "Droits des groupes sur les sections"
WORKFLOW_SECTIONS = "Sections soumises à la relecture"
