import unicodedata

import pytest

from protishruti.yamlsource import YamlSyntaxError, line_of, parse


def test_scalars_stay_text():
    d = parse("phone: 01711000000\nid: 1.10\nwhen: 2023-02-30\nflag: no\nempty:\nnull: ~\n")
    assert d == {"phone": "01711000000", "id": "1.10", "when": "2023-02-30", "flag": "no", "empty": None, "null": None}


def test_lines_of_values_items_and_missing_fields():
    d = parse("a: 1\nlist:\n  - x: 1\n    y:\n      z: 2\n  - x: 3\nflow: [১, ২, -]\n")
    assert line_of(d, ("a",)) == 1
    assert line_of(d, ("list", 1, "x")) == 6
    assert line_of(d, ("list", 0, "y", "z")) == 5
    assert line_of(d, ("list", 0, "missing")) == 3  # the item that lacks it
    assert line_of(d, ("flow", 2)) == 7
    assert line_of(d, ("list",), key_line=True) == 2


def test_strings_are_nfc():
    decomposed = "য\u09bc"  # য + nukta
    precomposed = "\u09df"  # য় (a composition exclusion: NFC decomposes it)
    d = parse(f"a: {precomposed}\nb: {decomposed}\n")
    assert d["a"] == d["b"] == unicodedata.normalize("NFC", precomposed)


def test_duplicate_key_is_an_error():
    with pytest.raises(YamlSyntaxError) as exc:
        parse("a: 1\nb: 2\na: 3\n")
    assert exc.value.line == 3 and "first on line 1" in exc.value.message


@pytest.mark.parametrize(
    "text,line,hint",
    [
        ("title: সভা: প্রথম\n", 1, "put the whole value in quotes"),
        ("a: 1\n\tb: 2\n", 2, "tabs are not allowed"),
        ("a:\n  - x\n b: 1\n", 3, "indentation"),
    ],
)
def test_syntax_errors_have_lines_and_hints(text, line, hint):
    with pytest.raises(YamlSyntaxError) as exc:
        parse(text)
    assert exc.value.line == line and hint in exc.value.message


def test_front_matter_line_shift():
    d = parse("title: x\nupdated: y\n", first_line=2)
    assert line_of(d, ("updated",)) == 3


def test_fast_and_pure_python_loaders_agree_on_values_and_lines():
    import yaml

    from protishruti import yamlsource

    from .conftest import CONTENT

    def lines(node):
        if isinstance(node, yamlsource.LineDict):
            return [node.line, node.key_lines, node.value_lines] + [lines(v) for v in node.values()]
        if isinstance(node, yamlsource.LineList):
            return [node.line, node.item_lines] + [lines(v) for v in node]
        return None

    files = sorted(CONTENT.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yaml.load(text, Loader=yamlsource._FastLoader)
        slow = yaml.load(text, Loader=yamlsource._Loader)
        assert fast == slow and lines(fast) == lines(slow), path
