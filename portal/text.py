from django.utils.text import slugify

NORWEGIAN_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A", "–": "-", "—": "-", "/": "-"}
)


def norwegian_slug(text: str) -> str:
    """URL slugs that keep Norwegian words readable: "5.–7. trinn, Sør-Østerdal" → "5-7-trinn-sor-osterdal"."""
    return slugify(text.translate(NORWEGIAN_LETTERS))
