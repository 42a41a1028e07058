"""YAML that remembers where every value came from, and guesses nothing.

* Every mapping and list we build records the 1-based line of each key and
  value, so a validation error can point at ``path:line``.
* Scalars stay text: ``0171…`` keeps its leading zero, ``1.10`` stays "1.10",
  ``2023-02-30`` reaches the validator (which says it is impossible) instead
  of crashing the parser, and ``no`` is not a boolean.  Only ``~``/``null``/an
  empty value mean "nothing".  The schema converts text to numbers, dates and
  booleans, accepting Bangla digits.
* Every string is Unicode NFC.
* A key given twice in one mapping is an error, not a silent overwrite.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import yaml

from .messages import tr

NULL_TAG = "tag:yaml.org,2002:null"


class LineDict(dict):
    """A mapping that knows its own line and the line of each key's value."""

    line: int = 1
    key_lines: dict[str, int]
    value_lines: dict[str, int]


class LineList(list):
    line: int = 1
    item_lines: list[int]


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int):
        self.key, self.line, self.first = key, line, first


class _Loader(yaml.SafeLoader):
    pass


# libyaml's parser, when PyYAML was built with it, is about ten times faster;
# its error messages are terser, so a file that fails is parsed again with
# the pure-Python loader to explain the problem.
class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


# Keep only the null resolver: everything else stays a string.
_RESOLVERS = {
    first: [(tag, rx) for tag, rx in resolvers if tag == NULL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {k: v for k, v in _RESOLVERS.items() if v}


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _construct_scalar(loader: _Loader, node: yaml.ScalarNode) -> Any:
    return _nfc(loader.construct_scalar(node))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines, result.value_lines = {}, {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        # keys are always their literal text ('null: x' is the key "null")
        key = _nfc(key_node.value if isinstance(key_node, yaml.ScalarNode) else str(loader.construct_object(key_node, deep=True)))
        line = key_node.start_mark.line + 1
        if key in result:
            raise _DuplicateKey(key, line, result.key_lines[key])
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
        # a block value starts on the next line; point at the key for those
        result.value_lines[key] = (
            value_node.start_mark.line + 1 if isinstance(value_node, yaml.ScalarNode) else line
        )
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


for _cls in (_Loader, _FastLoader):
    _cls.add_constructor("tag:yaml.org,2002:str", _construct_scalar)
    _cls.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
    _cls.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
    _cls.add_constructor("tag:yaml.org,2002:null", lambda loader, node: None)
    # explicit tags such as !!int are rare in records; read their text like any other
    for _tag in ("int", "float", "bool", "timestamp", "binary", "set", "omap", "pairs"):
        _cls.add_constructor(f"tag:yaml.org,2002:{_tag}", _construct_scalar)


class YamlSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def parse(text: str, first_line: int = 1) -> Any:
    """Parse YAML text; raises YamlSyntaxError(line, message) on bad input.
    ``first_line`` shifts line numbers (front matter starts on line 2)."""
    shift = first_line - 1
    try:
        data = yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader
    except (yaml.YAMLError, _DuplicateKey):
        data = _explain(text, shift)
    if shift:
        _shift_lines(data, shift)
    return data


def _explain(text: str, shift: int) -> Any:
    """Parse again with the pure-Python loader, whose messages we explain."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader
    except _DuplicateKey as exc:
        raise YamlSyntaxError(
            exc.line + shift,
            tr("'{key}' is given twice in the same block (first on line {first}): keep one", key=exc.key, first=exc.first + shift),
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + shift
        raise YamlSyntaxError(line, _syntax_error(exc)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors carry no mark in rare cases
        raise YamlSyntaxError(1 + shift, tr("YAML syntax error: {problem}", problem=str(exc))) from None
    except RecursionError:  # the pure-Python parser recurses per level; limits.yaml_shape refuses such texts first
        raise YamlSyntaxError(1 + shift, tr("YAML syntax error: lists and mappings are nested too deep to read")) from None


def _syntax_error(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's words for the problem (English), and what to do about it."""
    problem = exc.problem or ""
    what = exc.problem or tr("cannot read this YAML")
    if "mapping values are not allowed" in problem:
        return tr("YAML syntax error: {problem} (a ':' inside a value: put the whole value in quotes)", problem=what)
    if "found character '\\t'" in problem or "\\t" in problem:
        return tr("YAML syntax error: {problem} (tabs are not allowed for indentation: use spaces)", problem=what)
    if "expected <block end>" in problem or "could not find expected ':'" in problem:
        return tr("YAML syntax error: {problem} (check the indentation of this line and the one before it)", problem=what)
    if "found undefined alias" in problem:
        return tr("YAML syntax error: {problem} (a value starting with '*' must be quoted)", problem=what)
    if "cannot start any token" in problem:
        return tr("YAML syntax error: {problem} (a value starting with this character must be in quotes, e.g. unit: \"%\")", problem=what)
    return tr("YAML syntax error: {problem}", problem=what)


def _shift_lines(data: Any, shift: int) -> None:
    if isinstance(data, LineDict):
        data.line += shift
        data.key_lines = {k: v + shift for k, v in data.key_lines.items()}
        data.value_lines = {k: v + shift for k, v in data.value_lines.items()}
        for value in data.values():
            _shift_lines(value, shift)
    elif isinstance(data, LineList):
        data.line += shift
        data.item_lines = [v + shift for v in data.item_lines]
        for value in data:
            _shift_lines(value, shift)


def line_of(data: Any, loc: tuple, key_line: bool = False) -> int:
    """The line of the value at ``loc`` (a path of keys and indexes) inside
    ``data``.  Where the path leaves the data (a missing field), the line of
    the deepest mapping or list reached."""
    line = getattr(data, "line", 1)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            line = node.key_lines[part] if key_line else node.value_lines[part]
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line
