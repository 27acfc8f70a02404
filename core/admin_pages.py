"""Admin page listings (flat listings, explorer, page search) with a pluggable fast text search
and a number of queries that does not grow with the page size.

Text matching belongs to a higher layer (the search app): it registers a
`hub_search_admin_pages` hook, `hook(pages, text, limit=None, model=None) -> Ranking`: the
matching pages' (page id, content type id), best first, all of them or the first `limit` (the
pages up to the one shown), and the number of matches per content type (None: "not on this
backend", and Wagtail's own search runs). The pages given are the editor's explorable pages
with the listing's filters (as pages of `model`'s types, when a queryset of the page table
alone); the hook ranks them by relevance, then by latest revision.
"""

from collections import Counter, OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldError
from django.db.models import Exists, OuterRef, Q
from django.forms import CheckboxSelectMultiple
from django.forms.models import ModelChoiceField, ModelChoiceIterator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from django_filters.fields import ModelChoiceIterator as FilterChoiceIterator
from modelsearch.utils import get_descendants_content_types_pks
from wagtail import hooks
from wagtail.admin.views.pages.listing import ExplorableIndexView, IndexView
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText
from wagtail.search.utils import parse_query_string

from core.admin_cells import (
    fast_columns,
    page_url,
    remember_permissions,
    remember_url_parts,
    use_quick_menu_urls,
)
from core.admin_forms import TermCheckboxes

SEARCH_HOOK = "hub_search_admin_pages"
# Hooks giving, on an engine, the query Wagtail's search sends for the admin's text: the first
# that answers (a wagtail.search.query object, or "" for a text with no word to look for).
QUERY_HOOK = "hub_search_admin_query"
# The most listed pages an engine search is restricted to by path (FastPageSearchMixin).
ENGINE_LISTED_PAGES = 10_000


@dataclass
class Ranking:
    """A search hook's answer: `found`, [(page id, content type id)] best first (all of the
    matches, or the first ones asked for), and `counts`, the matches per content type id (all
    of them)."""

    found: list[tuple[int, int]]
    counts: dict[int, int]

    @classmethod
    def of(cls, found: list[tuple[int, int]]) -> "Ranking":
        return cls(found, dict(Counter(ct for _pk, ct in found)))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self) -> int:  # as a queryset's, for the templates
        return self.total

    @property
    def complete(self) -> bool:
        return len(self.found) >= self.total


def engine_query(text: str):
    """The first QUERY_HOOK's query for `text`; the text itself when none answers."""
    for hook in hooks.get_hooks(QUERY_HOOK):
        query = hook(text)
        if query is not None:
            return query
    return text


def ranked(pages, text: str, limit: int | None = None, model=None) -> Ranking | None:
    """The first hook's ranking of `pages` for `text` (the first `limit`, or all); None when
    no hook answers on this backend. `model`: the page model whose types are searched, when
    `pages` are a queryset of a more general one (default: their own)."""
    for hook in hooks.get_hooks(SEARCH_HOOK):
        found = hook(pages, text, limit=limit, model=model or pages.model)
        if found is not None:
            return found if isinstance(found, Ranking) else Ranking.of(list(found))
    return None


class RankedPages:
    """Ranked pages that Wagtail's paginator slices like a queryset: only the shown page's rows
    are loaded, with the listing's annotations and prefetches. `ranking` may hold only the first
    ids (the pages up to the one shown); a slice past them asks `rank_all()` for the rest."""

    def __init__(self, queryset, ranking: Ranking, rank_all=None):
        self.queryset = queryset
        self.ranking = ranking
        self.rank_all = rank_all
        self.model = queryset.model

    def count(self) -> int:
        return self.ranking.total

    def __len__(self) -> int:
        return self.ranking.total

    @property
    def ids(self) -> list[int]:
        if not self.ranking.complete and self.rank_all is not None:
            self.ranking = self.rank_all()
        return [pk for pk, _ct in self.ranking.found]

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        stop = key.stop
        known = self.ranking.found
        if stop is None or stop < 0 or stop > len(known) or (key.start or 0) < 0:
            chosen = self.ids[key]
        else:
            chosen = [pk for pk, _ct in known[key]]
        found = {page.pk: page for page in self.queryset.filter(pk__in=chosen)}
        return [found[pk] for pk in chosen if pk in found]

    def __iter__(self):
        return iter(self[:])


# --- wagtail-localize's row buttons, batched ---------------------------------------------------
# Its "Translate" / "Sync translated pages" buttons run two queries per listed page; the listings
# below annotate the two answers on the rows, and the button hook reads them when present.


def add_translation_state(pages) -> None:
    """Set the two answers on the shown rows, in two queries whatever their number (on the
    rows, not the queryset: the paginator's count would compute them for every page)."""
    from wagtail_localize.models import TranslationSource

    pages = [page for page in pages if isinstance(page, Page)]
    if not pages:
        return
    keys = {page.translation_key for page in pages}
    translated = {}
    for key, locale_id in Page.objects.filter(
        translation_key__in=keys, alias_of__isnull=True
    ).values_list("translation_key", "locale_id"):
        translated.setdefault(key, set()).add(locale_id)
    locales = set(Locale.objects.values_list("pk", flat=True))
    synced = {}
    for key, locale_id, pk in TranslationSource.objects.filter(
        object_id__in=keys, translations__enabled=True
    ).values_list("object_id", "locale_id", "pk"):
        synced[(key, locale_id)] = pk
    for page in pages:
        page._hub_untranslated = bool(locales - translated.get(page.translation_key, set()))
        page._hub_synced_source = synced.get((page.translation_key, page.locale_id))


def _batched_localize_buttons(original):
    def buttons(page, user, view_name=None, next_url=None):
        if not hasattr(page, "_hub_untranslated"):
            yield from original(page, user, view_name=view_name, next_url=next_url)
            return
        from django.urls import reverse
        from django.utils.http import urlencode
        from django.utils.translation import gettext as translated
        from wagtail.admin.widgets import ListingButton

        if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
            return
        if page._hub_untranslated:
            url = page_url("wagtail_localize:submit_page_translation", page.alias_of_id or page.id)
            # wagtail-localize's own strings and translations.
            label = translated("Translate this page")
            yield ListingButton(label, url, priority=60, icon_name="wagtail-localize-language")
        if page._hub_synced_source:
            url = reverse("wagtail_localize:update_translations", args=[page._hub_synced_source])
            if next_url is not None:
                url += "?" + urlencode({"next": next_url})
            label = translated("Sync translated pages")
            yield ListingButton(label, url, priority=60, icon_name="resubmit")

    buttons.batched = True
    return buttons


def use_batched_localize_buttons() -> None:
    """Swap wagtail-localize's listing button hook for the batched one (once; its module is
    imported after ours, so this runs when a listing is first shown)."""
    registered = hooks._hooks.get("register_page_listing_more_buttons", [])
    for i, (fn, order) in enumerate(registered):
        if fn.__module__ == "wagtail_localize.wagtail_hooks" and not getattr(fn, "batched", 0):
            registered[i] = (_batched_localize_buttons(fn), order)


# --- The editor's explorable pages, in a condition that does not repeat itself ------------------
# Wagtail ORs one "descendant of" per page permission and one "ancestor of" per permission: with
# the Éditeurs' three rights on each section in each language, a condition of 54 terms that
# SQLite evaluates on every page of the tree, twice per listing (rows and count), about 100 ms
# each at 10,000 cards. The same set of pages, each section's subtree and each ancestor once.

EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


def explorable_condition(policy, user, within: str | None = None) -> Q | None:
    """The pages of `PagePermissionPolicy.explorable_instances(user)` as a condition on the
    page's own path (None: every page), to filter a listing without a subquery. `within`: the
    path of a page the listing shows only descendants of; when the editor may explore that
    whole subtree, no condition (the explorer of a section at 100,000 children counted them
    through the condition: 80 ms instead of 45 on PostgreSQL)."""
    if not user.is_active:
        return Q(pk__in=[])
    if user.is_superuser:
        return None
    perms = list(policy.get_cached_permissions_for_user(user))
    codenames = policy._get_permission_codenames(EXPLORE_ACTIONS)
    subtrees = []
    for path in sorted({p.page.path for p in perms if p.permission.codename in codenames}):
        if not any(path.startswith(kept) for kept in subtrees):
            subtrees.append(path)
    if within is not None and any(within.startswith(path) for path in subtrees):
        return None
    step = policy.model.steplen
    ancestors = sorted(
        {p.page.path[:end] for p in perms for end in range(step, len(p.page.path), step)}
    )
    condition = Q(path__in=ancestors) if ancestors else Q(pk__in=[])
    for path in subtrees:
        condition |= Q(path__startswith=path)
    top = policy.model.base_page_model.objects.first_common_ancestor_of([p.page for p in perms])
    return condition & Q(path__startswith=top.path)


def explorable(pages, policy, user, within: str | None = None):
    """`pages` (all below the page at path `within`, when given) that the editor may explore."""
    condition = explorable_condition(policy, user, within)
    return pages if condition is None else pages.filter(condition)


class ExplorablePolicy:
    """A page permission policy whose `explorable_instances` is the condition above."""

    def __init__(self, policy):
        self._policy = policy

    def __getattr__(self, name):
        return getattr(self._policy, name)

    def explorable_instances(self, user):
        return explorable(self._policy.model._default_manager.all(), self._policy, user)


class ListedChoiceIterator(ModelChoiceIterator):
    """Django's, its choices read by a plain query: Django reads them through `.iterator()`,
    which on PostgreSQL opens a server-side cursor (DECLARE … WITH HOLD, FETCH, CLOSE), 5 ms or
    more for each of the filter drawer's six lists of a few rows (owners, sites, terms).
    django-filter's "null" choice (`null_label`), when its field has one, comes second as in its
    own iterator."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        null_label = getattr(self.field, "null_label", None)
        if null_label is not None:
            yield (self.field.null_value, null_label)
        for obj in self.queryset.all():
            yield self.choice(obj)

    def __len__(self):
        return super().__len__() + (getattr(self.field, "null_label", None) is not None)


def users_with_pages(form) -> None:
    """Wagtail's "Owner" and "Edited by" filters list the users who own a page or edited one,
    as `pk IN (SELECT DISTINCT …)` over every page (20 ms at 100,000 cards on PostgreSQL, on
    every listing screen): the same users, each looked up by the index of its pages."""
    from wagtail.models import PageLogEntry

    for name, rows, column, condition in (
        ("owner", Page.objects, "owner_id", {}),
        ("edited_by", PageLogEntry.objects, "user_id", {"action": "wagtail.edit"}),
    ):
        field = form.fields.get(name)
        if isinstance(field, ModelChoiceField):
            users = field.queryset.model._default_manager
            field.queryset = users.filter(
                Exists(rows.filter(**{column: OuterRef("pk")}, **condition))
            )


# The iterators whose choices ListedChoiceIterator gives the same: Django's and django-filter's
# (the listings' filters are django-filter fields); a subclass choosing otherwise keeps its own.
PLAIN_ITERATORS = (ModelChoiceIterator, FilterChoiceIterator)


def list_choices(form) -> None:
    """The form's model choice fields read their choices as ListedChoiceIterator does, and
    Wagtail's checkbox filters (owner, edited by, site) are written as the term filters are
    (TermCheckboxes: Django's markup in Python, not the site's DSFR templates)."""
    for field in form.fields.values():
        if isinstance(field, ModelChoiceField) and field.iterator in PLAIN_ITERATORS:
            field.iterator = ListedChoiceIterator
            field.widget.choices = field.choices  # as Django's queryset setter does
        if type(field.widget) is CheckboxSelectMultiple:
            field.widget.__class__ = TermCheckboxes


class FastPageSearchMixin:
    """For Wagtail's page listing views: the search hook's ranking when it answers, the row
    annotations that keep the query count flat, the cells rendered in Python (core.admin_cells)
    with one permission tester per row."""

    @cached_property
    def permission_policy(self):
        policy = super().permission_policy
        return ExplorablePolicy(policy) if hasattr(policy, "explorable_instances") else policy

    def permitted(self, pages, within: str | None = None):
        """The pages the editor may explore (when searching too, unless the setting says not);
        `within`: the path of a page all `pages` are descendants of."""
        if self.is_searching and not getattr(
            settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True
        ):
            return pages
        known = self.__dict__.setdefault("_explorable", {})  # per request: one query each
        if within not in known:
            known[within] = explorable_condition(self.permission_policy, self.request.user, within)
        return pages if known[within] is None else pages.filter(known[within])

    def annotate_queryset(self, pages):
        # Wagtail prefetches `sites_rooted_here` for nothing (`is_site_root` reads the
        # annotation): one query, and a Site queryset built for each row.
        pages = super().annotate_queryset(pages)
        pages._prefetch_related_lookups = tuple(
            lookup for lookup in pages._prefetch_related_lookups if lookup != "sites_rooted_here"
        )
        return pages

    def get_context_data(self, **kwargs):
        use_batched_localize_buttons()
        use_quick_menu_urls()
        if getattr(self, "filters", None) is not None:
            users_with_pages(self.filters.form)
            list_choices(self.filters.form)
        context = super().get_context_data(**kwargs)
        rows = context["object_list"]
        add_translation_state(rows)
        pages = [page for page in rows if isinstance(page, Page)]
        remember_permissions(pages, self.request.user)
        remember_url_parts(pages)
        for page in pages:
            # The sites' root paths, read once per request (Wagtail reads them from the cache
            # once per row for the "View live" button's `page.url`).
            page._wagtail_cached_site_root_paths = page._get_site_root_paths(self.request)
        return context

    def get_table(self, object_list):
        table = super().get_table(object_list)
        table.columns = OrderedDict(
            (column.name, column) for column in fast_columns(table.columns.values())
        )
        if table.template_name == "wagtailadmin/tables/table.html":
            table.template_name = "hub/admin/page_table.html"
        return table

    def search_queryset(self, queryset):
        if not self.is_searching:
            return super().search_queryset(queryset)
        return self.fast_search(queryset)

    def shown_up_to(self, queryset) -> int | None:
        """How many of the ranked pages the page asked for shows at most (None: all of them,
        for an unpaginated view or a page number the paginator turns into the last page)."""
        size = self.get_paginate_by(queryset)
        if not size:
            return None
        try:
            number = int(self.request.GET.get(self.page_kwarg) or 1)
        except ValueError:
            number = 1  # the paginator shows the first page
        if number < 1:
            return None
        return number * size + self.get_paginate_orphans()

    def ranked_pages(self, queryset):
        """The pages the search ranks: the listed ones (`queryset`, the editor's, filtered)."""
        return queryset

    def fast_search(self, queryset):
        """The ranked pages; on a backend the hook does not answer for (an engine), the
        backend's full-text search (Wagtail's admin default, autocomplete, matches only the
        beginning of titles on an engine)."""
        text = self.search_query
        pages = self.ranked_pages(queryset)
        if self.is_explicitly_ordered:
            found = ranked(pages, text, model=self.model)
            if found is not None:
                # in the order the editor chose
                return queryset.filter(pk__in=[pk for pk, _ct in found.found])
        else:
            found = ranked(pages, text, limit=self.shown_up_to(queryset), model=self.model)
            if found is not None:
                return RankedPages(queryset, found, lambda: ranked(pages, text, model=self.model))
        if self.is_filtering:
            # An engine applies only the filters its index holds (not a term's pages, nor a
            # page type's `page_ptr_id`, to which Django turns `id` and Wagtail skips), and
            # Wagtail counts its hits before the database drops the others: it is given the
            # listed pages' paths (unique, a filter field of every page), so its count is theirs.
            # Up to ENGINE_LISTED_PAGES of them (an engine refuses a longer list: 65,536 terms
            # by default); past that, the filters are left to Wagtail, count included.
            listed = list(pages.values_list("path", flat=True)[: ENGINE_LISTED_PAGES + 1])
            if len(listed) <= ENGINE_LISTED_PAGES:
                queryset = queryset.filter(path__in=listed)
        query = engine_query(text)
        if query == "":  # only words the language ignores: nothing to look for
            return queryset.none()
        return queryset.search(
            query, operator="and", order_by_relevance=not self.is_explicitly_ordered
        )


class HubListingIndexView(FastPageSearchMixin, IndexView):
    def get_base_queryset(self):
        """Wagtail's, the permissions as a condition on the rows (not `pk IN` a subquery)."""
        return self.annotate_queryset(self.permitted(self.model.objects.filter(depth__gt=1)))

    def get_paginator(self, queryset, *args, **kwargs):
        """Wagtail's paginator, the listing counted on the page table alone (`narrow_count`)."""
        paginator = super().get_paginator(queryset, *args, **kwargs)
        if not self.is_searching:
            count = self.narrow_count()
            if count is not None:
                paginator.count = count  # a cached property: the count is not run again
        return paginator

    def narrow_count(self) -> int | None:
        """The number of listed pages, counted as pages of the listing's types (`narrow_pages`):
        without the join with the type's own table, which made PostgreSQL hash 100,000 pages
        twice (120 ms → 75 ms at 100,000 cards). None when a filter needs the type's fields."""
        pages = self.narrow_pages()
        return None if pages is None else pages.count()

    def ranked_pages(self, queryset):
        """The search ranks the listed pages as pages of the listing's types (`narrow_pages`):
        the same ids, without joining every match with the type's own table (about 60 ms for
        a word in 88,000 of 100,000 cards on PostgreSQL)."""
        pages = self.narrow_pages()
        return queryset if pages is None else pages

    def narrow_pages(self):
        """The listed pages as a queryset of the page table alone: the pages of the listing's
        types, with the same permissions and filters. None when a filter needs the type's own
        fields, or the type's manager filters its pages otherwise."""
        if self.model is Page or type(self.model._default_manager) is not type(Page.objects):
            return None
        if "_narrow_pages" not in self.__dict__:
            types = get_descendants_content_types_pks(self.model)
            pages = self.permitted(Page.objects.filter(content_type_id__in=types, depth__gt=1))
            try:
                self._narrow_pages = self.filter_queryset(pages)
            except FieldError:
                self._narrow_pages = None
        return self._narrow_pages


class HubExplorableIndexView(FastPageSearchMixin, ExplorableIndexView):
    def get_base_queryset(self):
        """Wagtail's, the permissions as a condition on the rows (not `pk IN` a subquery)."""
        manager = self.model._default_manager
        within = self.parent_page.path
        if not (self.is_searching or self.is_filtering):
            pages = manager.child_of(self.parent_page)
        elif self.is_searching_whole_tree:
            pages, within = manager.all(), None
        else:
            pages = manager.descendant_of(self.parent_page)
        return self.annotate_queryset(self.permitted(pages, within))

    def search_queryset(self, queryset):
        if not self.is_searching:
            return super().search_queryset(queryset)
        for hook in hooks.get_hooks("construct_explorer_page_queryset"):
            queryset = hook(self.parent_page, queryset, self.request)
        return self.fast_search(queryset)


class HubPageSearchView(FastPageSearchMixin, SearchView):
    # Wagtail's page search names no model: its title column's header read « 1-20 sur 34 None ».
    verbose_name = gettext_lazy("page")
    verbose_name_plural = gettext_lazy("pages")

    def get_queryset(self):
        filters, query = parse_query_string(self.search_query or "", operator="and")
        if self.ordering or not isinstance(query, PlainText):
            return super().get_queryset()
        pages = explorable(Page.objects.all(), self.permission_policy, self.request.user)
        live = (filters.get("live") or filters.get("published") or "").lower()
        if live in {"yes", "true"}:
            pages = pages.filter(live=True)
        elif live in {"no", "false"}:
            pages = pages.filter(live=False)
        everywhere = pages
        if self.selected_content_type:
            pages = pages.filter(content_type=self.selected_content_type)
        pages = self.annotate_queryset(pages)
        text = query.query_string
        found = ranked(pages, text, limit=self.shown_up_to(pages))
        if found is None:
            return self.backend_search(pages, everywhere, text)
        # "All" and the page types of the sidebar count the same matches, of every type.
        counts = (
            ranked(everywhere, text, limit=0).counts if self.selected_content_type else found.counts
        )
        self.all_pages = Ranking([], counts)  # read for its count only
        by_number = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        self.content_types = [(ContentType.objects.get_for_id(ct), n) for ct, n in by_number]
        return RankedPages(pages, found, lambda: ranked(pages, text))

    def backend_search(self, pages, everywhere, text):
        """Full text (not autocomplete) on the configured backend, as `fast_search` above."""
        query = engine_query(text)
        if query == "":  # only words the language ignores: nothing to look for
            self.all_pages, self.content_types = everywhere.none(), []
            return pages.none()
        self.all_pages = everywhere.search(query, operator="and")
        pages = pages.search(query, operator="and")
        if pages.supports_facet:
            self.content_types = [
                (ContentType.objects.get_for_id(ct), n)
                for ct, n in self.all_pages.facet("content_type_id").items()
            ]
        return pages


class HubPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the explorer and the page search above."""

    index_view_class = HubExplorableIndexView
    search_view_class = HubPageSearchView
