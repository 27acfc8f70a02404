"""The starting list of synonym groups (migration search/0002 copies it into the database, where
editors keep it: search.models.SynonymGroup), applied by query expansion on every backend.

One group per line, members separated by commas: a query naming any member looks for all of them
(a member may be a phrase). French and English members live together: a French page is found by
its French words, an English page by its English ones.
"""

SYNONYMS = [
    "personnes âgées, seniors, aînés, retraités, older people, elderly",
    "e-administration, démarches en ligne, démarches administratives, administration en ligne, "
    "online administration, e-government",
    "médiateur, médiatrice, médiateur numérique, conseiller numérique",
    "bibliothèque, médiathèque, library",
    "jeunes, adolescents, ados, young people, teenagers",
    "demandeurs d’emploi, chômeurs, job seekers",
    "smartphone, téléphone portable, mobile phone",
    "CAF, caisse d’allocations familiales",
    "illectronisme, exclusion numérique, fracture numérique, digital divide",
    "rural, ruralité, rural areas, countryside",
    "handicap, handicapés, disabled people, disability",
]
