"""Generated input for the YAML loader and every ingest reader: the only allowed outcomes are a
result or a reported problem, never an exception. Bounded in examples so CI stays fast."""

import string

import yaml

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocpkb.ingest.extract import extract
from ocpkb.ingest.lexicon import Lexicon
from ocpkb.ingest.read import Source, decode, read_html, read_markdown, read_pdf, read_text
from ocpkb.yamlfile import YamlFile, YamlLoader, load_yaml_bytes, load_yaml_text

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAML_ALPHABET = string.ascii_letters + string.digits + " \t\n:-[]{}#&*!|>'\"%@`,?.~<=\\" + "浪潮液冷"


def yaml_like():
    line = st.text(alphabet=YAML_ALPHABET, max_size=40)
    return st.lists(line, max_size=30).map("\n".join)


@FUZZ
@given(st.binary(max_size=2000))
def test_loader_survives_any_bytes(raw):
    assert isinstance(load_yaml_bytes(raw, "fuzz.yml"), YamlFile)


@FUZZ
@given(yaml_like())
def test_loader_survives_yaml_like_text(text):
    loaded = load_yaml_text(text, "fuzz.yml")
    for problem in loaded.problems:
        assert problem.file == "fuzz.yml" and problem.message


@FUZZ
@given(st.binary(max_size=2000))
def test_decoding_survives_any_bytes(raw):
    text, encoding = decode(raw)
    assert text is None or isinstance(text, str)


@FUZZ
@given(st.text(max_size=3000))
def test_text_and_markdown_readers_and_extraction_survive_any_text(text):
    for reader in (read_text, read_markdown, read_html):
        source = reader(text, "fuzz")
        assert isinstance(source, Source)
        extract(source, Lexicon())


@FUZZ
@given(st.text(alphabet="<>/=\"' abcdivpnavarticle-", max_size=500))
def test_html_reader_survives_broken_markup(markup):
    assert isinstance(read_html(markup, "fuzz.html"), Source)


@FUZZ
@given(st.binary(max_size=3000))
def test_pdf_reader_survives_any_bytes(raw):
    result = read_pdf(b"%PDF-1.4\n" + raw, "fuzz.pdf")
    assert isinstance(result, Source) or result.reason


SCALAR_WORDS = ["yes", "No", "ON", "off", "true", "False", "null", "~", "NULL", "<<", "=", ".inf", "-.Inf", ".nan",
                "0x1F", "0o17", "0b101", "1_000", "1e3", "6.8e-3", "190:20:30", "09:00", "10:00", "2023-08-10",
                "2023-08-10 14:30:00", "2023-8-1", "2023", "+12", "-0", "1.", ".5"]


@FUZZ
@given(st.one_of(st.sampled_from(SCALAR_WORDS),
                 st.text(alphabet=string.ascii_letters[:8] + "0123456789.:-+_eExobOnNyYtT~ ", min_size=1, max_size=12)))
def test_plain_values_get_the_types_pyyaml_gives_them(value):
    """The loader's own resolver (faster) must read every plain value as PyYAML's SafeLoader does."""
    text = f"key: {value}\n"
    try:
        expected = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return
    assert yaml.compose(text, Loader=YamlLoader).value[0][1].tag == expected.value[0][1].tag
