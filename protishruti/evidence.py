"""Evidence file types: what a citizen can open safely.

Evidence (প্রমাণক) is published on the site's own address, so a file that a
browser would run — SVG, HTML, XHTML, XML with scripts, JavaScript — would run
with the site's authority (stored XSS).  Only the types below are published,
and each is checked **by content as well as by name**: a ``.pdf`` must start
like a PDF, a ``.docx`` must be a Word package, a ``.csv`` must be text that
does not look like HTML.  Everything else is refused with a message saying
what to do (usually: save it as PDF).

Macro-enabled Office files (.docm, .xlsm, …) and archives (.zip) are not on
the list: a citizen cannot tell what is inside them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from .messages import tr


@dataclass(frozen=True)
class Type:
    label: str  # shown beside the link: PDF, PNG, Word …
    mime: str
    download: bool  # a browser should save it rather than show it (Content-Disposition: attachment)


_PDF = Type("PDF", "application/pdf", False)
TYPES: dict[str, Type] = {
    "pdf": _PDF,
    "png": Type("PNG", "image/png", False),
    "jpg": Type("JPEG", "image/jpeg", False),
    "jpeg": Type("JPEG", "image/jpeg", False),
    "gif": Type("GIF", "image/gif", False),
    "webp": Type("WebP", "image/webp", False),
    "doc": Type("Word", "application/msword", True),
    "docx": Type("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
    "xls": Type("Excel", "application/vnd.ms-excel", True),
    "xlsx": Type("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", True),
    "ppt": Type("PowerPoint", "application/vnd.ms-powerpoint", True),
    "pptx": Type("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", True),
    "odt": Type("ODT", "application/vnd.oasis.opendocument.text", True),
    "ods": Type("ODS", "application/vnd.oasis.opendocument.spreadsheet", True),
    "odp": Type("ODP", "application/vnd.oasis.opendocument.presentation", True),
    "csv": Type("CSV", "text/csv", True),
    "txt": Type("TXT", "text/plain", False),
}

# Types a browser runs as a page or script on our address.
ACTIVE = {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "js", "mjs", "css", "swf", "php", "hta"}

ALLOWED = ", ".join(sorted({t.label for t in TYPES.values()}))

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_OOXML_PART = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_ODF_MIME = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
_HTML_START = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml", b"<iframe", b"<object", b"<embed", b"<meta", b"<a ")


def extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""


def type_of(name: str) -> Type | None:
    return TYPES.get(extension(name))


def refusal(name: str, data: bytes) -> str | None:
    """Why the file ``name`` with contents ``data`` cannot be published as
    evidence, or None when it can."""
    ext = extension(name)
    if ext in ACTIVE:
        return tr("'{name}': {type} files can run scripts on this site's address when a browser opens "
                  "them: save it as PDF (or PNG) and link that instead", name=name, type=ext.upper())
    kind = TYPES.get(ext)
    if kind is None:
        if ext:
            return tr("'{name}' is a .{ext} file: evidence may be {allowed} — save it as PDF", name=name, ext=ext, allowed=ALLOWED)
        return tr("'{name}' is a file without an extension: evidence may be {allowed} — save it as PDF", name=name, allowed=ALLOWED)
    if not _matches(ext, data):
        return tr("'{name}' is not really a {type} file (its contents do not match its name): "
                  "open it and save it again as {type}, or give it the right extension", name=name, type=kind.label)
    return None


def _matches(ext: str, data: bytes) -> bool:
    if ext == "pdf":
        return b"%PDF-" in data[:1024]
    if ext == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if ext in ("jpg", "jpeg"):
        return data.startswith(b"\xff\xd8\xff")
    if ext == "gif":
        return data[:6] in (b"GIF87a", b"GIF89a")
    if ext == "webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    if ext in ("doc", "xls", "ppt"):
        return data.startswith(_OLE2)
    if ext in _OOXML_PART:
        names = _zip_names(data)
        return names is not None and "[Content_Types].xml" in names and any(n.startswith(_OOXML_PART[ext]) for n in names)
    if ext in _ODF_MIME:
        # the ODF rule: the first entry is 'mimetype', stored, holding the type
        return data.startswith(_ZIP) and data[30:38] == b"mimetype" and data[38:38 + len(_ODF_MIME[ext])] == _ODF_MIME[ext]
    if ext in ("csv", "txt"):
        return _plain_text(data)
    return False  # pragma: no cover - every type above has a rule


def _zip_names(data: bytes) -> list[str] | None:
    if not data.startswith(_ZIP):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None


def _plain_text(data: bytes) -> bool:
    """Text (no NUL bytes) in UTF-8 or a legacy encoding, that does not start
    like HTML or XML (a browser sniffing it must never see a page)."""
    if b"\x00" in data:
        return False
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return not head.startswith(_HTML_START)
