"""The page listings' cells written in Python (issue 20): the same markup as Wagtail's cell
templates, without a template render per cell, per button and per icon.

Wagtail renders each of a listing's 50 rows through about ten nested templates (title, its
"…" menu and each of its buttons, indicators, icons, status, date): two thirds of the time of the
cards listing at 10,000 cards. The columns below give the same HTML, read the same hooks
(`register_page_listing_buttons`, `register_page_listing_more_buttons`,
`construct_page_listing_buttons`) and fall back to the button's own template for any button
whose class renders itself otherwise; the "…" menu's items of Wagtail's own hook are written
from the row's permission tester (`write_more_items`) unless a hook reads Wagtail's buttons.
`fast_columns(columns)` swaps Wagtail's page columns for these in a view's column list. The
texts are Wagtail's own strings (its msgids and translations, with the project's corrections in
locale_overrides), as in its templates.
"""

import copy
import threading
from contextlib import contextmanager
from functools import lru_cache

from django.contrib.admin.utils import quote
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat, timezone
from django.utils.formats import get_format
from django.utils.functional import Promise
from django.utils.html import avoid_wrapping, escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timesince import timesince
from django.utils.translation import get_language

# Wagtail's own messages, translated by Wagtail's catalogues: under another name than
# `gettext` so that `make messages` does not copy them into the project's.
from django.utils.translation import gettext as wagtail_text
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import (
    BulkActionsColumn,
    NavigateToChildrenColumn,
    PageStatusColumn,
    PageTitleColumn,
    PageTypeColumn,
    ParentPageColumn,
)
from wagtail.admin.widgets.button import (
    BaseButton,
    BaseDropdownMenuButton,
    Button,
    ButtonWithDropdownFromHook,
    ListingButton,
)
from wagtail.models import PageViewRestriction

BUTTON_TEMPLATE = "wagtailadmin/shared/button.html"
DROPDOWN_TEMPLATES = {
    "wagtailadmin/shared/button_with_dropdown.html",
    "wagtailadmin/pages/listing/_button_with_dropdown.html",
}


@lru_cache(maxsize=256)
def icon(name, classname="icon"):
    """wagtailadmin/shared/icon.html (no title, not wrapped)."""
    return format_html(
        '<svg class="icon icon-{} {}" aria-hidden="true"><use href="#icon-{}"></use></svg>',
        name,
        classname,
        name,
    )


def attrs_html(attrs) -> str:
    """wagtailadmin/shared/attrs.html: ` name="value"` each, a True value bare, False left out."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def flat_attrs(attrs) -> str:
    """Django's `flatatt` (sorted name="value" pairs, then the True ones bare)."""
    pairs = sorted((k, v) for k, v in attrs.items() if not isinstance(v, bool) and v is not None)
    bare = sorted(k for k, v in attrs.items() if v is True)
    return "".join(f' {escape(k)}="{escape(v)}"' for k, v in pairs) + "".join(
        f" {escape(k)}" for k in bare
    )


def td(column, content):
    if column.classname:
        return format_html('<td class="{}">{}</td>', column.classname, content)
    return format_html("<td>{}</td>", content)


# --- Buttons -------------------------------------------------------------------------------------


def _renders_as(button, templates, context_method) -> bool:
    """Whether the button renders with one of Wagtail's templates and context, unchanged."""
    cls = type(button)
    return (
        cls.render_html is Component.render_html
        and cls.get_context_data is context_method
        and button.template_name in templates
    )


def render_button(button, context) -> str:
    if _renders_as(button, {BUTTON_TEMPLATE}, BaseButton.get_context_data):
        content = f"{icon(button.icon_name)} " if button.icon_name else ""
        content += escape(button.label)
        if type(button).base_attrs_string is BaseButton.base_attrs_string:
            attrs = flat_attrs(button.attrs)
        else:
            attrs = button.base_attrs_string
        classname = escape(button.classname)
        if button.url:
            return mark_safe(  # noqa: S308 - every value escaped
                f'<a href="{escape(button.url)}" class="{classname}" {attrs}>{content}</a>'
            )
        return mark_safe(f'<button class="{classname}" {attrs}>{content}</button>')  # noqa: S308
    if _renders_as(button, DROPDOWN_TEMPLATES, BaseDropdownMenuButton.get_context_data):
        return render_dropdown(button, context)
    return button.render_html(context)


def render_dropdown(button, context) -> str:
    """wagtailadmin/shared/button_with_dropdown.html through the `dropdown` tag's template."""
    label = button.label
    toggle = " ".join(
        part for part in ("w-dropdown__toggle", "" if label else "w-dropdown__toggle--icon",
                          button.classname.strip()) if part
    )  # fmt: skip
    aria = format_html(' aria-label="{}"', button.aria_label) if button.aria_label else ""
    written = _written(button)
    if written is not None:
        children = mark_safe("".join(html for _key, html in written))  # noqa: S308 - written escaped
    else:  # Wagtail's buttons (a hook looked at them, or they were not written here)
        children = mark_safe(
            "".join(render_button(child, context) for child in sorted(button.dropdown_buttons))
        )  # noqa: S308
    return format_html(
        '<div data-controller="w-dropdown" class="w-dropdown" {}>'
        '<button type="button" class="{}" data-w-dropdown-target="toggle"{}>{}{}</button>'
        '<div data-w-dropdown-target="content" class="w-dropdown__content" hidden>{}</div>'
        "</div>",
        button.base_attrs_string,
        toggle,
        aria,
        label,
        icon(button.icon_name or "arrow-down", "w-dropdown__toggle-icon"),
        children,
    )


# Wagtail's "…" menu items reverse their URL (with `?next=`) for each row: about ten reversals
# per row. The same URLs, from one reversal per URL name and one encoding of `next`.

SENTINEL = 987654321


@lru_cache(maxsize=256)
def _url_around_id(name, urlconf, prefix, language) -> tuple[str, str] | None:
    url = reverse(name, args=[SENTINEL])
    if url.count(str(SENTINEL)) != 1:
        return None
    before, after = url.split(str(SENTINEL))
    return before, after


_rendering = threading.local()


@contextmanager
def same_url_settings():
    """While a listing's rows are written: the URL configuration, script prefix and language
    read once, not three context-local reads per URL (about 600 per listing)."""
    _rendering.key = (get_urlconf(), get_script_prefix(), get_language())
    try:
        yield
    finally:
        _rendering.key = None


def page_url(name, pk) -> str:
    """`reverse(name, args=[pk])` for a URL taking one id."""
    key = getattr(_rendering, "key", None) or (get_urlconf(), get_script_prefix(), get_language())
    around = _url_around_id(name, *key)
    if around is None:
        return reverse(name, args=[pk])
    return f"{around[0]}{pk}{around[1]}"


@lru_cache(maxsize=64)
def _next_query(next_url) -> str:
    return urlencode({"next": next_url})


def _with_next(url, next_url) -> str:
    """Wagtail's menu item URL: `?next=` when there is somewhere to go back to."""
    return f"{url}?{_next_query(next_url)}" if next_url else url


def _delete_url(pk, next_url) -> str:
    """PageListingDeleteButton's URL: no way back to the deleted page's explorer or editor."""
    url = page_url("wagtailadmin_pages:delete", pk)
    back_to_itself = next_url in {
        page_url("wagtailadmin_explore", pk),
        page_url("wagtailadmin_pages:edit", pk),
    }
    return url if back_to_itself else _with_next(url, next_url)


def _sort_url(pk) -> str:
    """PageListingSortMenuOrderButton's URL: the page's children in their menu order."""
    return page_url("wagtailadmin_explore", pk) + "?ordering=ord"


def _quick_url(item) -> str | None:
    """The URL Wagtail's item would compute, or None for an item this does not know."""
    kind, pk, next_url = type(item), item.page.id, item.next_url
    if kind.url is PageMenuItem.url:
        if not item.url_name:
            return None
        return _with_next(page_url(item.url_name, pk), next_url)
    if kind.__module__ != "wagtail.admin.wagtail_hooks":
        return None
    if kind.__name__ == "PageListingDeleteButton":
        return _delete_url(pk, next_url)
    if kind.__name__ == "PageListingSortMenuOrderButton":
        return _sort_url(pk)
    return None


def _quick_menu_urls(original):
    """Wagtail's `register_page_listing_more_buttons` hook, its items' URLs computed as above
    (items of other classes keep their own)."""

    def items(page, user, next_url=None):
        for item in original(page=page, user=user, next_url=next_url):
            if isinstance(item, PageMenuItem) and "url" not in item.__dict__:
                url = _quick_url(item)
                if url is not None:
                    item.url = url
            yield item

    items.quick = True
    items.wrapped = original
    return items


def use_quick_menu_urls() -> None:
    registered = hooks._hooks.get("register_page_listing_more_buttons", [])
    for i, (fn, order) in enumerate(registered):
        if (
            fn.__module__ == "wagtail.admin.wagtail_hooks"
            and fn.__name__ == "page_listing_more_buttons"
            and not getattr(fn, "quick", False)
        ):
            registered[i] = (_quick_menu_urls(fn), order)


# --- The "…" menu of each row -----------------------------------------------------------------
# Wagtail's `register_page_listing_more_buttons` hook (wagtail.admin.wagtail_hooks) makes ten menu
# items per row, each asking the permission tester, then a button per item shown, sorted by
# (priority, label) with labels translated at each comparison, then a render per button. Its
# items are written here from the row's permission tester, in the markup `render_button` gives
# a Button made from each (tests/test_admin_search.py compares the cells with Wagtail's); the
# items of any other hook are Wagtail's objects, rendered and sorted among them.

MORE_HOOK = "register_page_listing_more_buttons"
WRITTEN_ITEMS = "_hub_written_items"
NOREFERRER = {"rel": "noreferrer"}


@lru_cache(maxsize=128)
def _item_content(icon_name, msgid, language) -> tuple[str, str]:
    """(the label as Wagtail translates it, the link's content: icon and escaped label)."""
    label = wagtail_text(msgid)
    return label, f"{icon(icon_name)} {escape(label)}"


def _item(priority, msgid, icon_name, url, attrs=None) -> tuple[tuple, str]:
    label, content = _item_content(icon_name, msgid, get_language())
    extra = flat_attrs(attrs) if attrs else ""
    html = f'<a href="{escape(url)}" class="" {extra}>{content}</a>'
    return (priority, label), html


# Wagtail's items shown on a permission of the tester: (priority, label, icon, permission, URL
# name, whether the URL takes `?next=`).
WAGTAIL_ITEMS = (
    (2, "Edit", "edit", "can_edit", "wagtailadmin_pages:edit", True),
    (8, "Add child page", "circle-plus", "can_add_subpage", "wagtailadmin_pages:add_subpage", True),
    (10, "Move", "arrow-right-full", "can_move", "wagtailadmin_pages:move", False),
    (20, "Copy", "copy", "can_copy", "wagtailadmin_pages:copy", True),
    (40, "Unpublish", "download", "can_unpublish", "wagtailadmin_pages:unpublish", True),
    (50, "History", "history", "can_view_revisions", "wagtailadmin_pages:history", False),
)


def _wagtail_more_items(page, user, next_url) -> list[tuple[tuple, str]]:
    """The items of Wagtail's `page_listing_more_buttons` shown to `user`, each as ((priority,
    label), html): its classes' `is_shown` and `url`, from one tester (in no order)."""
    perms = page.permissions_for_user(user)
    pk = page.id
    items = [
        _item(priority, msgid, icon_name, _with_next(page_url(name, pk), with_next and next_url))
        for priority, msgid, icon_name, permission, name, with_next in WAGTAIL_ITEMS
        if getattr(perms, permission)()
    ]
    if page.has_unpublished_changes and page.is_previewable():
        url = page_url("wagtailadmin_pages:view_draft", pk)
        items.append(_item(4, "View draft", "draft", url, NOREFERRER))
    live_url = page.url if page.live else None
    if live_url:
        items.append(_item(6, "View live", "doc-empty", live_url, NOREFERRER))
    if perms.can_delete():
        items.append(_item(30, "Delete", "bin", _delete_url(pk, next_url)))
    if perms.can_reorder_children():
        items.append(_item(60, "Sort menu order", "list-ul", _sort_url(pk)))
    return items


def _is_wagtails_more_hook(fn) -> bool:
    from wagtail.admin.wagtail_hooks import page_listing_more_buttons

    return page_listing_more_buttons in (fn, getattr(fn, "wrapped", None))


def write_more_items(button, context) -> bool:
    """Whether `button` is Wagtail's "…" menu of the page listing, its items written (kept on
    it for `render_dropdown`); False for any other button, left as it is."""
    if type(button) is not ButtonWithDropdownFromHook or button.hook_name != MORE_HOOK:
        return False
    if not _renders_as(button, DROPDOWN_TEMPLATES, BaseDropdownMenuButton.get_context_data):
        return False
    page, user, next_url = button.page, button.user, button.next_url
    items = []
    for hook in hooks.get_hooks(MORE_HOOK):
        if _is_wagtails_more_hook(hook):
            items.extend(_wagtail_more_items(page, user, next_url))
            continue
        for item in hook(page=page, user=user, next_url=next_url):
            if isinstance(item, MenuItem):
                if not item.is_shown(user):
                    continue
                item = Button.from_menu_item(item)
            elif not item.show:
                continue
            items.append(((item.priority, str(item.label)), render_button(item, context)))
    items.sort(key=lambda item: item[0])
    button.__dict__[WRITTEN_ITEMS] = items
    return True


def _written(button) -> list | None:
    """The menu's items written by `write_more_items`, unless a hook has since read Wagtail's
    own (`dropdown_buttons`), which then stand."""
    if "dropdown_buttons" in button.__dict__:
        return None
    return button.__dict__.get(WRITTEN_ITEMS)


def shown(button) -> bool:
    """The button's `show`: for a menu written here, whether it has any item (Wagtail's would
    make its items again)."""
    written = _written(button)
    return button.show if written is None else bool(written)


def listing_buttons(page, user, next_url, context) -> list:
    """The `page_listing_buttons` tag's buttons (wagtailadmin_tags), in its order."""
    buttons = []
    for hook in hooks.get_hooks("register_page_listing_buttons"):
        for button in hook(page=page, next_url=next_url, user=user):
            if isinstance(button, MenuItem):
                if button.is_shown(user):
                    buttons.append(ListingButton.from_menu_item(button))
            elif write_more_items(button, context):
                if shown(button):
                    buttons.append(button)
            elif button.show:
                buttons.append(button)
    buttons.sort()
    for hook in hooks.get_hooks("construct_page_listing_buttons"):
        hook(buttons, page=page, user=user, context=context)
    return buttons


# --- Columns -------------------------------------------------------------------------------------


def _is_public(page, request) -> bool:
    """The `test_page_is_public` tag, sharing its per-request cache."""
    if not hasattr(request, "all_page_view_restriction_paths"):
        request.all_page_view_restriction_paths = PageViewRestriction.objects.select_related(
            "page"
        ).values_list("page__path", flat=True)
    return not any(page.path.startswith(path) for path in request.all_page_view_restriction_paths)


class FastPageTitleColumn(PageTitleColumn):
    """_page_title_cell.html and _page_title_explore.html; a header that names an empty
    listing (Wagtail's says "1-0 of 0")."""

    header_template_name = "hub/admin/page_title_column_header.html"

    def get_header_context_data(self, parent_context):
        context = super().get_header_context_data(parent_context)
        context["is_searching"] = parent_context.get("is_searching")
        context["is_filtering"] = parent_context.get("is_filtering")
        return context

    def render_cell_html(self, instance, parent_context):
        page = instance
        request = parent_context["request"]
        user = request.user
        parts = []
        if page.is_site_root() and any(
            user.has_perm(f"wagtailcore.{action}_site") for action in ("add", "change", "delete")
        ):
            parts.append(
                format_html(
                    '<a href="{}" title="{}">{}</a>',
                    reverse("wagtailsites:index"),
                    wagtail_text("Sites menu"),
                    icon("site", "initial"),
                )
            )
        folder = icon("folder", "initial") if not page.is_site_root() and not page.is_leaf() else ""
        title = format_html(
            '<span id="page_{}_title">{}{}</span>', page.pk, folder, page.get_admin_display_title()
        )
        if page.permissions_for_user(user).can_edit():
            title = format_html(
                '<a href="{}" title="{}">{}</a>',
                page_url("wagtailadmin_pages:edit", page.id),
                wagtail_text("Edit this page"),
                title,
            )
        parts.append(title)
        if parent_context.get("show_locale_labels"):
            parts.append(
                format_html(
                    '<span class="w-status w-status--label">{}</span>',
                    page.locale.get_display_name(),
                )
            )
        if not _is_public(page, request):
            parts.append(
                format_html(
                    '<span class="indicator privacy-indicator" title="{}">{}</span>',
                    wagtail_text("This page is protected from public view"),
                    icon("no-view", "initial"),
                )
            )
        if page.locked:
            mine = page.locked_by_id == user.pk
            parts.append(
                format_html(
                    '<span class="indicator{}" title="{}">{}</span>',
                    "" if mine else " indicator--is-dimmed",
                    wagtail_text("This page is locked, by you, to further editing")
                    if mine
                    else wagtail_text("This page is locked to further editing"),
                    icon("lock", "initial"),
                )
            )
        next_url = parent_context.get("actions_next_url") or request.path
        buttons = listing_buttons(page, user, next_url, parent_context)
        items = format_html_join(
            "", "<li>{}</li>", ((render_button(b, parent_context),) for b in buttons if shown(b))
        )
        parent = getattr(page, "annotated_parent_page", None)
        below = ""
        if parent:
            below = format_html(
                '<div><a href="{}">{}{}</a></div>',
                reverse("wagtailadmin_explore", args=[parent.id]),
                icon("arrow-right", "default"),
                parent.get_admin_display_title(),
            )
        return format_html(
            '<td{} data-listing-page-title><div class="title-wrapper">{}</div>'
            '<ul class="actions">{}</ul>{}</td>',
            format_html(' class="{}"', self.classname) if self.classname else "",
            mark_safe(" ".join(parts)),  # noqa: S308 - each part escaped above
            items,
            below,
        )


class FastParentPageColumn(ParentPageColumn):
    """_parent_page_cell.html."""

    def render_cell_html(self, instance, parent_context):
        parent = self.get_value(instance)
        if not parent:
            return td(self, "")
        return td(
            self,
            format_html(
                '<a href="{}">{}</a>',
                reverse("wagtailadmin_explore", args=[parent.id]),
                parent.specific_deferred.get_admin_display_title(),
            ),
        )


def _timesince_simple(value) -> str:
    """Wagtail's `timesince_simple` filter (its first unit), computing only that unit."""
    period = timesince(value, depth=1)
    if period == avoid_wrapping(wagtail_text("0 minutes")):
        return wagtail_text("just now")
    return wagtail_text("%(time_period)s ago") % {"time_period": period}


class FastDateColumn(DateColumn):
    """tables/date_cell.html with shared/human_readable_date.html."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if not value:
            return td(self, "")
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        tooltip = get_format("DATETIME_FORMAT") or "N j, Y, P"
        return td(
            self,
            format_html(
                '<button type="button" class="w-human-readable-date" data-controller="w-tooltip" '
                'data-w-tooltip-content-value="{}" data-w-tooltip-placement-value="top">'
                '<time class="w-human-readable-date__date" datetime="{}">{}</time></button>',
                dateformat.format(local, tooltip),
                local.isoformat(),  # the "c" format
                capfirst(_timesince_simple(value)),
            ),
        )


class FastPageStatusColumn(PageStatusColumn):
    """_page_status_cell.html with shared/page_status_tag.html."""

    def render_cell_html(self, instance, parent_context):
        page = instance
        hidden = format_html(
            '<span class="w-sr-only">{}</span>', wagtail_text("Current page status:")
        )
        url = page.get_url(request=parent_context.get("request")) if page.live else None
        if url is not None:
            tag = format_html(
                '<a href="{}" class="w-status w-status--primary" title="{}" target="_blank" '
                'rel="noreferrer">{} {}</a>',
                url,
                wagtail_text("Visit the live page"),
                hidden,
                page.status_string,
            )
        else:
            tag = format_html(
                '<span class="{}">{}{}</span>',
                "w-status w-status--primary" if page.live else "w-status",
                hidden,
                page.status_string,
            )
        return td(self, tag)


class FastBulkActionsColumn(BulkActionsColumn):
    """bulk_actions/listing_checkbox_cell.html."""

    def render_cell_html(self, instance, parent_context):
        status = ""
        if self.obj_type == "page":
            status = ' data-page-status="{}"'.format("live" if instance.live else "draft")
        pk = escape(quote(instance.pk))
        return mark_safe(  # noqa: S308 - every value escaped
            f'<td class="bulk-action-checkbox-cell"><input type="checkbox"{status} '
            f'data-object-id="{pk}" data-bulk-action-checkbox class="bulk-action-checkbox" '
            f'aria-label="{escape(wagtail_text("Select"))}" '
            f'aria-describedby="{escape(self.get_aria_describedby(instance))}" /></td>'
        )


class FastNavigateToChildrenColumn(NavigateToChildrenColumn):
    """pages/listing/_navigation_explore.html (the explorer's "→" or "+" of each row)."""

    def render_cell_html(self, instance, parent_context):
        page = instance
        navigable = page.is_navigable()
        if navigable:
            url, text, name = (
                page_url("wagtailadmin_explore", page.id),
                "Explore child pages of '%(title)s'",
                "arrow-right",
            )
        elif page.permissions_for_user(parent_context["request"].user).can_add_subpage():
            url, text, name = (
                page_url("wagtailadmin_pages:add_subpage", page.id),
                "Add a child page to '%(title)s'",
                "plus-inverse",
            )
        else:
            return mark_safe('<td class="no-children"></td>')  # noqa: S308 - a constant
        label = escape(wagtail_text(text) % {"title": page.get_admin_display_title()})
        return mark_safe(  # noqa: S308 - every value escaped
            f'<td class="{"children" if navigable else "no-children"}">'
            f'<a href="{escape(url)}" title="{label}" aria-label="{label}">'
            f"{icon(name, 'default')}</a></td>"
        )


def _plain_cell_html(column, instance, parent_context):
    """tables/cell.html, for a plain column of a text (the explorer's page type); any other
    value (a number, a date: the template localizes them) by the template."""
    if type(column).get_cell_context_data is not Column.get_cell_context_data:
        return Column.render_cell_html(column, instance, parent_context)
    value = column.get_value(instance)
    if value is None:
        return td(column, "")
    if not isinstance(value, str | Promise):
        return Column.render_cell_html(column, instance, parent_context)
    return td(column, value if str(value).strip() else column.empty_value_display)


class FastColumn(Column):
    render_cell_html = _plain_cell_html


class FastPageTypeColumn(PageTypeColumn):
    render_cell_html = _plain_cell_html


FAST = {
    BulkActionsColumn: FastBulkActionsColumn,
    PageTitleColumn: FastPageTitleColumn,
    ParentPageColumn: FastParentPageColumn,
    DateColumn: FastDateColumn,
    PageStatusColumn: FastPageStatusColumn,
    NavigateToChildrenColumn: FastNavigateToChildrenColumn,
    Column: FastColumn,
    PageTypeColumn: FastPageTypeColumn,
}


def fast_columns(columns) -> list:
    """The columns, Wagtail's own page columns replaced by their Python twins (same settings)."""
    swapped = []
    for column in columns:
        fast = FAST.get(type(column))
        if fast is not None:
            column = copy.copy(column)
            column.__class__ = fast
            column.header = column.Header(column)  # the copy's header (it held the original)
            column.__dict__.pop("header_template", None)
        swapped.append(column)
    return swapped


class RememberedTester:
    """`page.permissions_for_user` answering from one tester per page and user: Wagtail asks
    for a new one about nine times per listed row (each button, the title)."""

    def __init__(self, page, user):
        self.method = type(page).permissions_for_user
        self.page = page
        self.user = user
        self.tester = self.method(page, user)

    def __call__(self, user):
        if user is self.user:
            return self.tester
        return self.method(self.page, user)


def remember_permissions(pages, user) -> None:
    for page in pages:
        if hasattr(page, "permissions_for_user") and not isinstance(
            page.__dict__.get("permissions_for_user"), RememberedTester
        ):
            page.permissions_for_user = RememberedTester(page, user)


class RememberedUrlParts:
    """`page.get_url_parts(request)` computed once per page and request: the status cell, the
    "View live" button's test and its link each ask, a URL reversal each time."""

    def __init__(self, page):
        self.method = type(page).get_url_parts
        self.page = page
        self.known = []  # (request, parts): requests are not hashable by value

    def __call__(self, request=None):
        for known, parts in self.known:
            if known is request:
                return parts
        parts = self.method(self.page, request)
        self.known.append((request, parts))
        return parts


def remember_url_parts(pages) -> None:
    for page in pages:
        if not isinstance(page.__dict__.get("get_url_parts"), RememberedUrlParts):
            page.get_url_parts = RememberedUrlParts(page)
