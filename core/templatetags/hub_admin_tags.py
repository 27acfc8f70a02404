"""Admin listings' table body written in Python (core.admin_cells): the rows of Wagtail's
tables/table.html without a template loop, an attributes include and a component tag per cell."""

from django import template
from django.utils.safestring import mark_safe

from core.admin_cells import attrs_html, same_url_settings

register = template.Library()


@register.simple_tag(takes_context=True)
def table_rows(context, table):
    rows = []
    with same_url_settings():
        for row in table.rows:
            with context.push(row=row):
                cells = "".join(cell.render_html(context) for cell in row.values())
            rows.append(f"<tr{attrs_html(row.attrs)}>{cells}</tr>")
    return mark_safe("".join(rows))  # noqa: S308 - attributes escaped, cells are safe HTML
