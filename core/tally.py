"""What `setup_site` and `load_demo` created and what was already there, per kind, printed as
one table at the end of the command; references that matched nothing are listed under it."""

# Kinds that several apps count into.
SECTIONS = "Sections (fr, en)"


class Tally:
    def __init__(self):
        self.rows: dict[str, list[int]] = {}
        self.unresolved: dict[str, list[str]] = {}

    def add(self, kind: str, created: int = 0, existing: int = 0):
        row = self.rows.setdefault(kind, [0, 0])
        row[0] += created
        row[1] += existing

    def page(self, kind: str, result):
        """Count the `(page, created)` pair that `ensure_child` or `ensure_translation` returns,
        and give back the page."""
        page, created = result
        self.add(kind, created=int(created), existing=int(not created))
        return page

    def missing(self, kind: str, reference: str):
        """A reference (a slug) that matched no existing page: reported, never raised, so one
        app's demo loads whether or not the pages it links to are there."""
        references = self.unresolved.setdefault(kind, [])
        if reference not in references:
            references.append(reference)

    @property
    def created(self) -> int:
        return sum(created for created, _existing in self.rows.values())

    @property
    def existing(self) -> int:
        return sum(existing for _created, existing in self.rows.values())

    def lines(self, style, title: str):
        """The table: one line per kind, then the totals and what could not be linked."""
        width = max([len(title), *map(len, self.rows)]) + 2
        yield style.MIGRATE_HEADING(f"{title:<{width}}{'créés':>8}{'déjà là':>10}")
        for kind, (created, existing) in self.rows.items():
            yield f"{kind:<{width}}{created:>8}{existing:>10}"
        yield style.MIGRATE_HEADING(f"{'Total':<{width}}{self.created:>8}{self.existing:>10}")
        for kind, references in self.unresolved.items():
            yield style.WARNING(f"Introuvables, non liés ({kind}, {len(references)}) : ") + (
                ", ".join(references)
            )
