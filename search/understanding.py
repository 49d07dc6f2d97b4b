"""What a query says besides its words: a subject («matte», «gym», «krle»), a grade («6. trinn»,
«3. klasse») or a stage («mellomtrinnet», «ungdomsskolen»), and survey-area language («trives»,
«mobbing», «uro», «fravær»).

Recognised parts raise the resources tagged with them (boosts: "param:key" facet tokens) – they
never filter – and subject and grade are offered as a one-click filter («Vis bare Matematikk,
8.–10. trinn»). Grade and stage words are taken out of the words that must match (few resources
say «trinn» in their text); a subject word is too when other words remain («brøk matte»: brøk
is what must match). Survey-area words stay: «mobbing» is also what a resource is about. The
filler of a question or request («tips», «hvordan lage», «korleis») need not match either.
"""

from dataclasses import dataclass, field

from search.norwegian import stem

# Query words → subject slug (nynorsk forms and nicknames too).
SUBJECTS = {
    "matte": "matematikk",
    "matematikk": "matematikk",
    "mattematikk": "matematikk",
    "regning": "matematikk",
    "norsk": "norsk",
    "norskfaget": "norsk",
    "engelsk": "engelsk",
    "naturfag": "naturfag",
    "naturfaget": "naturfag",
    "nat": "naturfag",
    "samfunnsfag": "samfunnsfag",
    "samfunnsfaget": "samfunnsfag",
    "samf": "samfunnsfag",
    "krle": "krle",
    "rle": "krle",
    "kroppsøving": "kroppsoving",
    "kroppsoving": "kroppsoving",
    "gym": "kroppsoving",
    "gymtimen": "kroppsoving",
    "musikk": "musikk",
    "khå": "kunst-og-handverk",
    "kunst håndverk": "kunst-og-handverk",
    "mat helse": "mat-og-helse",
    "heimkunnskap": "mat-og-helse",
    "fremmedspråk": "fremmedsprak",
    "tysk": "fremmedsprak",
    "fransk": "fremmedsprak",
    "spansk": "fremmedsprak",
    "samisk": "samisk",
    "valgfag": "valgfag",
}
# A word after a number that makes it a grade («6. trinn», «3. klasse», «7. årstrinn»).
GRADE_WORDS = frozenset(
    {"trinn", "trinnet", "klasse", "klassen", "klasser", "årstrinn", "klassetrinn", "steg", "steget"}
)
STAGES = {
    "småtrinnet": ["1-4"],
    "småtrinn": ["1-4"],
    "småskolen": ["1-4"],
    "småskole": ["1-4"],
    "småskulen": ["1-4"],
    "småsteget": ["1-4"],
    "mellomtrinnet": ["5-7"],
    "mellomtrinn": ["5-7"],
    "mellomsteget": ["5-7"],
    "ungdomstrinnet": ["8-10"],
    "ungdomstrinn": ["8-10"],
    "ungdomsskolen": ["8-10"],
    "ungdomsskole": ["8-10"],
    "ungdomsskulen": ["8-10"],
    "ungdomssteget": ["8-10"],
    "ungdomsskoleelever": ["8-10"],
    "barnetrinnet": ["1-4", "5-7"],
    "barneskolen": ["1-4", "5-7"],
    "barneskole": ["1-4", "5-7"],
    "barneskulen": ["1-4", "5-7"],
    "barnesteget": ["1-4", "5-7"],
}
BANDS = {"1-4": range(1, 5), "5-7": range(5, 8), "8-10": range(8, 11)}
# Stems (search.norwegian.stem) of survey-area language → the areas' slugs.
RELATION_TO_PEERS = ["elever-1-4-klassen-og-relasjon-til-medelever", "elever-5-10-klassen-og-relasjon-til-medelever"]
BEHAVIOUR = ["elever-1-4-atferd", "elever-5-10-atferd", "laerere-atferdsproblematikk"]
MOTIVATION = ["kontaktlaerer-motivasjon-og-arbeidsinnsats", "laerere-motivasjon-og-arbeidsinnsats"]
AREA_WORDS = {
    "trivsel": ["elever-1-4-trivsel", "elever-5-10-trivsel"],
    "triv": ["elever-1-4-trivsel", "elever-5-10-trivsel"],
    "mistrivsel": ["elever-1-4-trivsel", "elever-5-10-trivsel"],
    "mobbing": RELATION_TO_PEERS,
    "mobb": RELATION_TO_PEERS,
    "krenk": RELATION_TO_PEERS,
    "ensom": RELATION_TO_PEERS,
    "utestengt": RELATION_TO_PEERS,
    "vennskap": RELATION_TO_PEERS,
    "konflikt": RELATION_TO_PEERS,
    "medelev": RELATION_TO_PEERS,
    "uro": BEHAVIOUR,
    "urol": BEHAVIOUR,
    "bråk": BEHAVIOUR,
    "atferd": BEHAVIOUR,
    "åtferd": BEHAVIOUR,
    "oppførsel": BEHAVIOUR,
    "forstyrr": BEHAVIOUR,
    "arbeidsro": BEHAVIOUR,
    "fravær": ["kontaktlaerer-fravaer"],
    "fråvær": ["kontaktlaerer-fravaer"],
    "skulk": ["kontaktlaerer-fravaer"],
    "motivasjon": MOTIVATION,
    "motiver": MOTIVATION,
    "umotiver": MOTIVATION,
    "innsats": MOTIVATION,
    "arbeidsinnsats": MOTIVATION,
    "mestring": ["elever-5-10-forventning-om-mestring"],
    "mestringsforventning": ["elever-5-10-forventning-om-mestring"],
    "meistring": ["elever-5-10-forventning-om-mestring"],
    "sosial kompetans": ["kontaktlaerer-sosial-kompetanse"],
    "lærer elev relasjon": ["elever-1-4-relasjon-til-laerer", "elever-5-10-relasjon-til-laerer"],
    "relasjon lær": ["elever-1-4-relasjon-til-laerer", "elever-5-10-relasjon-til-laerer"],
    "lærer-elev-relasjon": ["elever-1-4-relasjon-til-laerer", "elever-5-10-relasjon-til-laerer"],
    "skolekultur": ["skoleledere-skolekultur"],
    "læringskultur": ["laerere-laeringskultur-og-relasjon-mellom-elevene", "skoleledere-skolekultur"],
    "pedagogisk ledels": ["skoleledere-pedagogisk-ledelse"],
    "foreldresamarbeid": ["foreldre-informasjon-fra-og-samarbeid-med-skolen"],
    "skole hjem samarbeid": ["foreldre-informasjon-fra-og-samarbeid-med-skolen"],
    "lekser": ["foreldre-stotte-i-skolearbeidet"],
    "leks": ["foreldre-stotte-i-skolearbeidet"],
}
MAX_PHRASE = 3
# Words of a question or a request that a resource need not contain («tips til gode
# gruppeoppgaver», «hvordan lage …»): they match only if nothing else is left.
FILLER = frozenset(
    {
        "tips",
        "ideer",
        "idéer",
        "ide",
        "idé",
        "forslag",
        "eksempel",
        "eksempler",
        "døme",
        "hjelp",
        "lage",
        "lager",
        "laga",
        "lagar",
        "gjøre",
        "gjør",
        "gjere",
        "gjer",
        "få",
        "bruke",
        "bruka",
        "jobbe",
        "jobba",
        "arbeide",
        "arbeida",
        "gode",
        "god",
        "godt",
        "bra",
        "fin",
        "fine",
        "mer",
        "meir",
        "mye",
        "mykje",
        "litt",
        "bedre",
        "betre",
        "best",
        "beste",
        "enkel",
        "enkle",
        "morsom",
        "morsomme",
        "trenger",
        "treng",
        "finnes",
        "fins",
        "opplegg",
        "undervisningsopplegg",
    }
)


@dataclass
class Understanding:
    words: list[str]  # what must match
    optional: list[str] = field(default_factory=list)  # recognised words to match (any) if nothing else is left
    subjects: list[str] = field(default_factory=list)
    grades: list[int] = field(default_factory=list)
    bands: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)

    @property
    def boosts(self) -> list[str]:
        return [
            *(f"fag:{slug}" for slug in self.subjects),
            *(f"trinn:{number}" for number in self.grades),
            *(f"trinnband:{band}" for band in self.bands),
            *(f"kartlegging:{slug}" for slug in self.areas),
        ]

    @property
    def filters(self) -> list[tuple[str, str]]:
        """The one-click filter: subject and grade or stage, as (param, key)."""
        pairs = [("fag", slug) for slug in self.subjects]
        pairs += [("trinn", str(number)) for number in self.grades]
        pairs += [("trinnband", band) for band in self.bands if not self.grades]
        return pairs


def _band_of(number: int) -> str | None:
    return next((band for band, numbers in BANDS.items() if number in numbers), None)


def _number(unit: str) -> int | None:
    """A grade-sized number written with ASCII digits («6»), or None («²», «٣», «99999999»)."""
    return int(unit) if unit.isascii() and unit.isdecimal() and len(unit) <= 2 else None


def _grade_at(units: list[str], i: int) -> tuple[list[int], int]:
    """Grades named at units[i] and how many units they take: «6 trinn», «trinn 6», «5 7 trinn»."""
    unit = _number(units[i])
    after_word = units[i + 1] if i + 1 < len(units) else ""
    after = _number(after_word)
    if unit is not None and 1 <= unit <= 10:
        nxt = units[i + 2] if i + 2 < len(units) else ""
        if after is not None and nxt in GRADE_WORDS and unit < after <= 10:  # «5.–7. trinn»
            return list(range(unit, after + 1)), 3
        if after_word in GRADE_WORDS:
            return [unit], 2
    if units[i] in GRADE_WORDS and after is not None and 1 <= after <= 10:
        return [after], 2
    return [], 0


def _area_match(units: list[str], i: int) -> tuple[list[str], int]:
    for size in range(min(MAX_PHRASE, len(units) - i), 0, -1):
        stems = " ".join(stem(u) for u in units[i : i + size])
        plain = " ".join(units[i : i + size])
        for key in (plain, stems):
            if key in AREA_WORDS:
                return AREA_WORDS[key], size
        if size == 1:
            for prefix, areas in AREA_WORDS.items():
                if " " not in prefix and len(prefix) >= 4 and plain.startswith(prefix):
                    return areas, 1
    return [], 0


def understand(units: list[str]) -> Understanding:
    """The query's units (search/expansion.py) read for subject, grade, stage and survey area."""
    from search.expansion import nynorsk_forms
    from search.norwegian import STOPWORDS

    words: list[str] = []
    subject_words: list[str] = []
    fillers: list[str] = []
    found = Understanding(words=words)
    i = 0
    while i < len(units):
        grades, size = _grade_at(units, i)
        if size:
            found.grades.extend(g for g in grades if g not in found.grades)
            i += size
            continue
        unit = units[i]
        if unit in STAGES:
            found.bands.extend(b for b in STAGES[unit] if b not in found.bands)
            i += 1
            continue
        pair = " ".join(units[i : i + 2])
        if pair in SUBJECTS:
            found.subjects.append(SUBJECTS[pair])
            subject_words.append(pair)
            i += 2
            continue
        if unit in SUBJECTS:
            if SUBJECTS[unit] not in found.subjects:
                found.subjects.append(SUBJECTS[unit])
            subject_words.append(unit)
            i += 1
            continue
        if unit in FILLER or any(form in STOPWORDS for form in nynorsk_forms(unit)):  # «korleis», «kva»
            fillers.append(unit)
            i += 1
            continue
        areas, size = _area_match(units, i)
        if size:
            found.areas.extend(a for a in areas if a not in found.areas)
            words.extend(units[i : i + size])
            i += size
            continue
        words.append(unit)
        i += 1
    if len(found.grades) > 1:  # a range of grades is a stage if it is one
        bands = {_band_of(g) for g in found.grades}
        if len(bands) == 1 and list(BANDS[next(iter(bands))]) == sorted(found.grades):
            found.bands.extend(b for b in bands if b not in found.bands)
            found.grades = []
    found.bands.extend(b for g in found.grades if (b := _band_of(g)) and b not in found.bands)
    found.optional = [] if words else [*subject_words, *fillers]
    return found
