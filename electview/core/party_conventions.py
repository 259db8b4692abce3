"""The colours parties are known by: Democrats blue and Republicans red, Labour red and Conservatives blue.

Readers take a party's colour as part of its name; the colour-blind-safe palette in
:mod:`electview.core.palette` is for every party not listed here. Each entry lists the names
and abbreviations sources use for the party (compared as :func:`palette.party_key` does:
case and spacing aside). A name two countries use for different parties ("Liberal": red in
Canada, blue in Australia) is left out rather than guessed.
"""

from __future__ import annotations

# (colour, names and abbreviations); colours as the parties' own branding, darkened where the
# brand colour is too pale to see as a swatch on white (SNP yellow, Libertarian gold).
_CONVENTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # United States
    ("#1A5FB4", ("dem", "democratic", "democrat", "democratic party", "democratic-farmer-labor", "dfl")),
    ("#D01C1F", ("rep", "republican", "republican party", "gop")),
    ("#E0B000", ("lbr", "libertarian", "libertarian party")),
    ("#2E8B3A", ("grn", "green", "green party", "greens", "the greens", "green party of canada", "green party of england and wales",
                 "scottish greens", "scottish green party", "the greens – the green alternative")),
    # United Kingdom
    ("#E4003B", ("lab", "labour", "labour party", "the labour party", "labour co-operative", "lab co-op", "labour and co-operative")),
    ("#0087DC", ("con", "conservative", "conservatives", "conservative party", "conservative and unionist party",
                 "the conservative party", "conservative party of canada")),
    ("#FAA61A", ("ld", "lib dem", "lib dems", "libdem", "liberal democrat", "liberal democrats", "liberal democratic party")),
    ("#E8C500", ("snp", "scottish national party")),
    ("#005B54", ("pc", "plaid cymru", "plaid cymru - the party of wales")),
    ("#12B6CF", ("reform", "reform uk", "ruk", "brexit party", "the brexit party")),
    ("#D46A4C", ("dup", "democratic unionist party")),
    ("#326760", ("sf", "sinn féin", "sinn fein")),
    # Canada
    ("#F37021", ("ndp", "new democratic party", "npd", "nouveau parti démocratique", "ndp-new democratic party")),
    ("#33B2CC", ("bq", "bloc québécois", "bloc quebecois")),
    # Australia
    ("#DE3533", ("alp", "australian labor party", "labor")),
    # Germany
    ("#E3000F", ("spd", "sozialdemokratische partei deutschlands")),
    ("#1F1F1F", ("cdu", "christlich demokratische union deutschlands")),
    ("#0080C8", ("csu", "christlich-soziale union in bayern e.v.", "christlich-soziale union in bayern")),
    ("#FFCC00", ("fdp", "freie demokratische partei")),
    ("#009EE0", ("afd", "alternative für deutschland")),
    ("#BE3075", ("die linke", "linke")),
    ("#46962B", ("grüne", "bündnis 90/die grünen", "grune")),
    # India
    ("#FF9933", ("bjp", "bharatiya janata party")),
    ("#00BFFF", ("inc", "indian national congress", "congress")),
    # Russia
    ("#C8102E", ("кпрф", "kprf", "коммунистическая партия российской федерации", "communist party of the russian federation")),
    ("#2457A6", ("единая россия", "united russia")),
)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


CONVENTIONAL: dict[str, str] = {_key(name): colour for colour, names in _CONVENTIONS for name in names}


def conventional_colour(party: str) -> str:
    """The colour ``party`` is known by ("#RRGGBB"), or "" when it has none here."""
    return CONVENTIONAL.get(_key(party), "")
