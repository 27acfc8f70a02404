"""A result page's rows: the pages of a list of ids, read from one page type's table.

The ORM spends most of the time of a ten-result read outside the database (measured at 10,000
cards, `bench/search_bench.py`: 5.9 ms for ten cards, of which 0.5 ms in SQLite): compiling the
same statement again for every search (~2.2 ms), and building each page through its model's
constructor (~0.2 ms a page: modelcluster's looks up every field of the model to sort out
child-relation arguments a loaded row never has).

Here the statement is compiled by the ORM once per page type, number of ids and database
connection, and run with the new ids; each row goes through the ORM's own value converters,
then becomes an instance the way `Model.from_db` makes one, minus the constructor: the loaded
values set on a bare instance, its state "from the database". That shortcut is taken only for
models where it changes nothing: no `pre_init`/`post_init` receiver, no constructor of the
project's own, every loaded field a plain column (no descriptor that converts on assignment,
like a StreamField's). Other models go through `from_db`. The result is the ORM's: deferred
fields (the body blocks) load on access, as with `.defer()`."""

import inspect
import threading
import weakref
from dataclasses import dataclass

from django.db import connections
from django.db.models import Model
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init

# The constructors of the page models' bases that do nothing for a row loaded from the database
# (Django's, modelcluster's child-relation arguments, Wagtail's defaults of a new page).
_KNOWN_CONSTRUCTORS = frozenset(
    {"builtins", "django.db.models.base", "modelcluster.models", "wagtail.models.pages"}
)


@dataclass(frozen=True)
class Compiled:
    sql: str
    fields: list[str]  # attnames, in the order of the row's columns
    converters: dict  # column position → (converter functions, expression)
    shortcut: bool


_compiled = weakref.WeakKeyDictionary()  # database connection → {(model, count): Compiled}
_lock = threading.Lock()


def _plain_construction(model) -> bool:
    if pre_init.has_listeners(model) or post_init.has_listeners(model):
        return False
    for klass in model.__mro__:
        if "__init__" in vars(klass) and klass.__module__ not in _KNOWN_CONSTRUCTORS:
            return False
    return True


def _compile(model, count: int, defer: tuple[str, ...], alias: str) -> Compiled:
    queryset = model.objects.using(alias).filter(pk__in=range(count)).defer(*defer).order_by()
    compiler = queryset.query.get_compiler(alias)
    sql, _params = compiler.as_sql()
    start, stop = compiler.klass_info["select_fields"][0], compiler.klass_info["select_fields"][-1]
    if compiler.klass_info.get("related_klass_infos") or start != 0:
        raise ValueError(f"{model.__name__}: rows with related models are not read here")
    columns = [column for column, _sql, _alias in compiler.select]
    fields = [column.target.attname for column in columns[start : stop + 1]]
    plain = all(
        type(inspect.getattr_static(model, name, None))
        in (DeferredAttribute, ForeignKeyDeferredAttribute)
        for name in fields
    )
    return Compiled(
        sql=sql,
        fields=fields,
        converters=compiler.get_converters(columns),
        shortcut=plain and _plain_construction(model),
    )


def compiled(model, count: int, defer: tuple[str, ...], alias: str = "default") -> Compiled:
    connection = connections[alias]
    with _lock:
        kept = _compiled.setdefault(connection, {})
    key = (model, count, defer)
    found = kept.get(key)
    if found is None:
        found = kept[key] = _compile(model, count, defer, alias)
    return found


def read(model, ids: list[int], defer: tuple[str, ...] = (), alias: str = "default") -> list:
    """The instances of `model` with these primary keys (deferring `defer`), in no set order."""
    if not ids:
        return []
    ids = list(dict.fromkeys(ids))
    statement = compiled(model, len(ids), defer, alias)
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(statement.sql, ids)
        rows = cursor.fetchall()
    converters = statement.converters
    fields = statement.fields
    pages = []
    for row in rows:
        if converters:
            row = list(row)
            for position, (functions, expression) in converters.items():
                value = row[position]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[position] = value
        if statement.shortcut:
            page = Model.__new__(model)
            page.__dict__.update(zip(fields, row, strict=True))
            state = page._state = ModelState()
            state.adding = False
            state.db = alias
        else:
            page = model.from_db(alias, fields, row)
        pages.append(page)
    return pages
