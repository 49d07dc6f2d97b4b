import pytest

from portal.text import norwegian_slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Matematikk 5.–7. trinn, Sør-Østerdal", "matematikk-5-7-trinn-sor-osterdal"),
        ("Lærere på Åsnes", "laerere-pa-asnes"),
        ("Brøk/desimaltall", "brok-desimaltall"),
        ("  ", ""),
    ],
)
def test_norwegian_slug(text, slug):
    assert norwegian_slug(text) == slug
