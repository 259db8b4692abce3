"""What column headers say, in the languages electview is used in: a role per header, from words, not from one file.

A header is matched after folding (case, accents kept, ``_``/``-``/CamelCase split into words). Each
entry matches at the start of a word, so "valid" never matches "invalid" and "действительных" never
matches "недействительных"; an entry ending in ``$`` must also end the word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from functools import lru_cache

# Protocol figures: counts about ballots and voters that are never candidates. Most specific first.
PROTOCOL: tuple[tuple[str, tuple[str, ...]], ...] = (
    # "Of which …": a part of another figure, counted in it already.
    ("subset", ("w tym", "of which", "в том числе", "в т.ч", "у тому числі", "davon", "dont$", "waarvan", "z toho", "de los cuales", "dos quais", "di cui")),
    ("invalid", (
        "invalid", "недействительн", "недійсн", "жарамсыз", "nieważn", "niewazn", "ungültig", "ungultig", "nul$", "nuls$",
        "nulos$", "nulo$", "ongeldig", "informal", "rejected", "spoilt", "spoiled", "neplatn", "void$", "anulad", "nuli$",
    )),
    ("blank", ("blank", "blanc$", "blancs$", "blanco", "blancos", "branco", "brancos", "leer$", "пуст", "порожн")),
    ("valid", (
        "valid", "действительн", "дійсн", "жарамды", "ważn", "wazn", "gültig", "gultig", "exprimé", "exprime", "formal$",
        "formal votes", "geldig", "válid", "platn", "validi", "votos emitidos validos",
    )),
    ("registered", (
        "registered", "зарегистрирован", "electorate", "electors", "eligible", "entitled", "on the roll", "inscrit", "wahlberechtigt",
        "uprawnion", "включенных в список", "внесенных в список", "число избирателей", "количество избирателей",
        "виборців", "сайлаушы", "kiesgerechtig", "opgeroepen", "censo", "electores", "eleitores", "elettori", "voliči",
        "volici", "vol seznam", "zapsan", "uprawnieni",
    )),
    ("ballots", (
        "ballots cast", "total ballots", "votes cast", "turnout$", "votant", "wählende", "wahlende", "проголосовал",
        "votantes", "opkomst", "kart wyjętych", "odevz", "явк", "kiezers$", "opkomst", "comparecencia",
    )),
    ("abstentions", ("abstention", "abstención", "abstencion", "неявк", "absten")),
    ("majority", ("majority", "majorité", "majorite", "margin", "mehrheit", "przewag", "большинств", "перевес", "meerderheid", "mayoría")),
    ("units", ("liczba obwodów", "obwodów", "polling stations", "polling districts", "number of precincts", "precincts reporting", "komisji", "участков$", "n cand", "number of candidates")),
    ("issued", ("выданн", "wydano", "issued", "délivr", "ausgegeben", "vyd", "видан", "berilgen", "берілген", "uitgereikt")),
    ("received", ("полученн", "otrzymał", "otrzymal", "received", "reçu", "ontvangen")),
    ("unused", ("погашенн", "nie wykorzystano", "unused", "cancel", "annul", "niewykorzystan", "погашен")),
    ("lost", ("утраченн", "не учтенн", "lost$", "missing ballots")),
    ("count", (
        "число ", "количество", "кількість", "саны", "liczba", "number of", "anzahl", "nombre de", "aantal", "número de",
        "numero de", "počet", "pocet", "бюллетен", "бюлетен", "ballot", "envelop", "koper", "obálk", "obalk", "pakiet",
        "kart do głosowania", "kart ", "karty", "urn",
    )),
)
PROTOCOL_KINDS = tuple(kind for kind, _ in PROTOCOL)
# Figures shown as the contest's non-candidate counts (the rest are protocol lines kept out of the table).
OTHER_COUNT_KINDS = {"invalid": "invalid", "blank": "blank"}

# A column that says, row by row, whether the candidate was elected: the whole header is one of these
# (folded) and every cell a yes/no mark. "Historic elected" (held the seat before) is not one.
ELECTED = frozenset({
    "elected", "is elected", "elected?", "winner", "won", "zvolen", "zvolena", "gewählt", "élu", "elu", "élu(e)",
    "избран", "избрана", "избран(а)", "обраний", "wybrany", "wybrana", "сайланды", "eletto", "elegido", "electo", "gekozen",
})
ELECTED_YES = frozenset({"y", "yes", "true", "1", "x", "*", "✓", "✔", "elected", "ano", "ja", "oui", "да", "так", "tak", "иә", "sí", "si"})
ELECTED_NO = frozenset({"n", "no", "false", "0", "-", "—", "nie", "nein", "non", "нет", "ні", "ne", "жоқ", "not elected"})

SHARE = (
    "%", "percent", "pct$", "share", "процент", "доля$", "pourcentage", "anteil", "prozent", "procent", "porcentaje",
    "percentagem", "percentuale", "пайыз", "відсот", "odsetek", "podíl", "podil", "aandeel",
)
IGNORE = (
    "swing", "change$", "residence", "résidence", "occupation", "profession", "beruf", "zawód", "povolán", "povolani",
    "address", "adres", "gender", "sex$", "sexe", "geschlecht", "płeć", "pohlav", "пол$", "стать$", "age$", "âge", "alter$",
    "вік$", "возраст", "wiek$", "věk", "vek$", "birth", "year$", "année", "jahr$", "год$", "rok$", "position$", "rank$",
    "elected", "zvolen", "gewählt", "élu", "избран", "sitting", "former", "incumbent", "deposit", "turncoat", "recontest",
    "education", "prof", "type$", "typ$", "declaration", "result$", "résultat", "first party", "second party", "winner",
    "member", "enop", "contested", "terms", "last ", "same ", "kolo$", "round$", "tour$", "oprava", "correction", "chyba",
    "error", "check", "kontrol", "url$", "link$", "href", "level$", "уровень", "title", "titul", "education",
    "status", "flag", "note", "remark", "comment", "bemerkung", "uwagi", "примечан", "timestamp", "date$", "time$",
    "updated", "reporting time", "rodzaj", "kind$", "art$", "vrsta", "tipo$",
)
CODE = (
    "id$", "ids$", "code", "kod$", "kód", "nr$", "no$", "num$", "number$", "número$", "numer$", "номер", "№", "n°", "teryt", "ons ",
    "gss", "fips", "geoid", "lp$", "lp.", "#", "ab$", "abbr", "oktmo", "okato", "код$", "insee", "siren",
)
AREA = (
    "region", "регион", "región", "район", "область", "субъект", "tik$", "uik$", "oik$", "тик$", "уик$", "оик$", "okw$", "gmina", "powiat",
    "województw", "wojewodztw", "county", "precinct", "ward$", "district", "division", "constituency", "riding",
    "circonscription", "département", "departement", "commune", "canton", "gebiet", "wahlkreis", "land$", "bundesland",
    "gemeinde", "kreis", "okres", "obec", "okrsek", "kraj$", "municipal", "municipio", "provincia", "province", "state$",
    "state name", "parish", "country", "territory", "place", "area", "locality", "town", "city", "village",
    "polling", "station", "booth", "округ", "okręg", "okreg", "obwód", "obwod", "виборчий округ", "участ", "облыс", "аймақ", "өңір", "аудан", "учаск", "дільниц", "oblast",
    "gemeente", "provincie", "stembureau", "regio", "kieskring", "comunidad", "mesa", "circunscripción", "bureau",
    "sub region", "zone", "unit$", "seat$", "electorate name", "wojew", "comuna", "freguesia", "concelho", "distrito",
    "stimmbezirk", "wahlbezirk", "lieu", "kommune", "rajon",
)
# Area words that mark one contest per value in a long table (a seat is its own race).
CONSTITUENCY = (
    "constituency", "division", "riding", "circonscription", "wahlkreis", "округ", "okręg", "okreg", "seat$",
    "electoral district", "kieskring", "circunscripción", "circunscricao", "collegio", "viiskond", "district name",
    "assembly constituency", "parliamentary constituency", "electorate name",
)
CONTEST = (
    "contest", "race$", "office", "election$", "выборы", "должность", "сайлау", "verkiezing", "elección", "eleccion",
    "cargo", "élection", "scrutin", "wahl$", "ballot name", "post$", "seat name",
)
FIRST_NAME = (
    "first name", "firstname", "given", "prénom", "prenom", "vorname", "имя$", "imię", "imie", "jmeno", "jméno", "voornaam",
    "forename", "christian name", "імя", "ім'я", "аты$",
)
SURNAME = (
    "surname", "last name", "lastname", "family name", "nachname", "фамилия", "прізвище", "nazwisko", "prijmeni", "příjmení",
    "achternaam", "apellido", "nom$", "тегі",
)
NAME = (
    "candidate", "candidat", "name$", "naam$", "nombre$", "nome$", "кандидат", "фио", "ф.и.о", "үміткер", "kandidat",
    "kandydat", "kandidaat", "bewerber", "candidato", "candidata", "choice", "option", "selection", "nm$", "head of list",
    "tête de liste", "tete de liste", "liste", "list$", "lijst", "спис", "libellé", "libelle", "nazwa", "název", "nazev",
    "bezeichnung", "denominación", "party name", "partia", "party$",
)
PARTY = (
    "party", "parti$", "partei", "partij", "partido", "partia", "партия", "партій", "партиясы", "affiliation", "nominated",
    "выдвин", "ұсынған", "nuance", "étiquette", "etiquette", "strana", "fraktion", "grouping", "agrupación", "coalition",
    "alliance",
)
PARTY_SHORT = ("abbreviation", "abbrev", "party ab", "short", "kurz", "skrót", "skrot", "abrégé", "abrege", "zkratka", "acronym", "sigla")
PARTY_LONG = ("étendu", "etendu", "full name", "long name", "langname", "pełna")
VOTES = (
    "votes", "vote$", "votos", "voto$", "voix", "stimmen", "stemmen", "голоса$", "голосов$", "голос$", "голосів$", "дауыс", "głosów$", "głosy$", "glosow$", "hlasy", "hlasů",
    "suffrages", "count$", "total$", "totals$", "tally", "ψήφοι", "votes obtained", "obtained",
)
TOTAL = ("total", "totaal", "всего", "итого", "gesamt", "insgesamt", "łącznie", "celkem", "barlyǵy", "барлығы", "razem", "suma$", "sum$")
MODES = (
    "ordinary", "absent", "provisional", "pre poll", "prepoll", "postal", "early", "election day", "absentee", "advance",
    "mail", "in person", "досрочн", "briefwahl", "urnenwahl", "correspondance", "correo", "por correo", "poczt", "one stop",
    "e day", "eday", "walk in", "drop box", "remote", "дистанционн",
)
PREVIOUS = ("vorperiode", "previous", "prior", "last election", "précédent", "poprzedni", "предыдущ", "minulé", "vorige", "anterior")
HEAD_OF_LIST = ("head of list", "tête de liste", "tete de liste", "spitzenkandidat", "lider", "leader", "lijsttrekker")
NUMBER = ("n°", "no$", "nr$", "number", "numéro", "numero", "номер", "№", "číslo", "cislo", "ballot position", "ballotposition", "ckand", "kand$")


# Headers repeat across a file's columns and files, so their readings are cached; but a cache
# keyed by text from files must not keep a hostile file's 200 KB "headers" for ever (the fuzzer's
# memory grew by gigabytes): longer text is worked out each time, never kept.
CACHED_TEXT_CHARS = 256
CACHED_ENTRIES = 8192


def _cached_when_short(function):
    cached = lru_cache(maxsize=CACHED_ENTRIES)(function)

    @functools.wraps(function)
    def reading(text: str, *args):
        return cached(text, *args) if len(text) <= CACHED_TEXT_CHARS else function(text, *args)

    reading.cache_info = cached.cache_info
    reading.cache_clear = cached.cache_clear
    return reading


@_cached_when_short
def fold(text: str) -> str:
    """Header text as words: CamelCase split, ``_``/``-``/``.``/``/`` as spaces, case-folded, NFC."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", "").strip())
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)  # "DivisionNm" → "Division Nm"
    text = re.sub(r"[_\-\s]+", " ", text)
    return text.casefold().strip()


@lru_cache(maxsize=None)
def _pattern(entries: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for entry in entries:
        whole = entry.endswith("$")
        word = re.escape(entry.rstrip("$"))
        parts.append(rf"(?<!\w){word}" + (r"(?!\w)" if whole else ""))
    return re.compile("|".join(parts))


@_cached_when_short
def says(header: str, entries: tuple[str, ...]) -> bool:
    """Whether the folded header holds one of ``entries`` at the start of a word."""
    return bool(_pattern(entries).search(fold(header)))


@_cached_when_short
def protocol_kind(header: str) -> str | None:
    """The protocol figure a header names (registered, valid, invalid, …), or None."""
    folded = fold(header)
    for kind, entries in PROTOCOL:
        if _pattern(entries).search(folded):
            return kind
    return None
