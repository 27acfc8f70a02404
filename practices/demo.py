"""Pages of the practices app built by `manage.py setup_site`: the index page (fr, en)."""

from hub.pages import ensure_child, ensure_translation


def load(command):
    from home.models import HomePage
    from practices.models import PracticeIndexPage

    home = HomePage.objects.get(locale__language_code="fr")
    index, _ = ensure_child(
        home,
        PracticeIndexPage,
        "bonnes-pratiques",
        title="Bonnes pratiques",
        show_in_menus=True,
        intro="<p>Des actions concrètes menées par des bibliothèques et leurs partenaires, "
        "décrites pour être reproduites : contexte, étapes, moyens, résultats, conseils.</p>",
    )
    ensure_translation(
        index,
        "en",
        title="Good practices",
        slug="good-practices",
        intro="<p>Concrete actions led by libraries and their partners, described so that "
        "others can reproduce them: context, steps, means, results, tips.</p>",
    )
    from practices.roles import assign_page_permissions, ensure_contributions_section

    ensure_contributions_section()
    assign_page_permissions()
    return index
