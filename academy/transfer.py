"""Export and import of the Werkzeugkoffer between Fallwerk installations.

An archive is a ZIP file::

    manifest.json            format, version, source installation, created_at, counts
    pages/<key>.json         one record per page: key, id, type, section, parent, content
    documents.json           source id -> title, file, sha1 of the documents the pages use
    images.json              source id -> title, file, sha1 of the images the pages use
    terms.json               model label -> source id -> slug and name of taxonomy terms
    files/documents/<id>/…   the document files
    files/images/<id>/…      the image files

The key of a page is its ``translation_key``; the content is Wagtail's own serialisation
(``serializable_data()``, as revisions store it) without tree, state and personal fields.
Ids inside the content — foreign keys, StreamField choosers, links and embeds in rich
text — are those of the exporting installation; the importer maps them to its own objects.

An import creates drafts under the chosen parent per section and never touches existing
pages: a page whose key is already there (under the chosen parent) is skipped, so a second
import of the same archive changes nothing. Everything is checked before anything is
written; the writes run in one transaction and files written to storage are deleted again
when it fails.
"""

import hashlib
import json
import re
import stat
import tempfile
import threading
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from html import unescape
from pathlib import PurePosixPath

from bleach import html5lib_shim
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.images import get_image_dimensions
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.images.utils import get_allowed_image_extensions
from wagtail.log_actions import log
from wagtail.models import COMMENTS_RELATION_NAME, Page

from .models import TaxonomyTerm
from .sanitise import DROPPED_WITH_CONTENT

FORMAT = "fallwerk-werkzeugkoffer"
VERSION = 1
MANIFEST = "manifest.json"
MAX_FILE_SIZE = 20 * 1024 * 1024
MAX_JSON_SIZE = 10 * 1024 * 1024
MAX_ARCHIVE_SIZE = 200 * 1024 * 1024
MAX_MEMBERS = 5000
CHUNK = 1024 * 1024

# Of Wagtail's own page fields only these travel; tree, state and people stay behind.
PAGE_FIELDS = {"title", "slug", "seo_title", "search_description", "show_in_menus"}


@dataclass(frozen=True)
class Section:
    """A part of the Werkzeugkoffer: pages of one type under one section page."""

    name: str
    label: str
    parent_model: str
    page_model: str
    nested_models: tuple = ()

    @property
    def models(self):
        return (self.page_model, *self.nested_models)

    def available(self):
        try:
            for label in (self.parent_model, *self.models):
                apps.get_model(label)
        except LookupError:
            return False
        return True

    def parent_class(self):
        return apps.get_model(self.parent_model)


SECTIONS = [
    Section(
        "werkzeugkoffer",
        gettext_lazy("Instrumente"),
        "academy.toolkitpage",
        "academy.instrumentpage",
    ),
    Section(
        "fallstudien",
        gettext_lazy("Fallstudien"),
        "casestudies.casestudyindexpage",
        "casestudies.casestudypage",
    ),
    Section(
        "kurse",
        gettext_lazy("Module und Lektionen"),
        "courses.coursecatalogpage",
        "courses.modulepage",
        ("courses.lessonpage",),
    ),
]


def available_sections():
    return [section for section in SECTIONS if section.available()]


class TransferError(Exception):
    """An archive that cannot be imported; the message tells the person why, in German."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class _Unresolved(Exception):
    """A required reference that has no target: the enclosing item is left out."""


def _label(model):
    return model._meta.label_lower


def _size(number):
    return f"{number / (1024 * 1024):.0f} MB"


# --- references inside page content -----------------------------------------------------------


_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_EMBED = re.compile(r"<embed\b([^>]*?)/?>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
_ID_ATTRIBUTE = re.compile(r'\bid="[^"]*"')
_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)
_SCRIPT_TEXT = re.compile(r"^(?:javascript|vbscript):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}
_WALKER = html5lib_shim.getTreeWalker("etree")
_local = threading.local()


def _parse(value):
    # The parser keeps state between calls and is not thread-safe: one per thread.
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = html5lib_shim.BleachHTMLParser(
            tags=None, strip=False, consume_entities=False, namespaceHTMLElements=False
        )
    return parser.parseFragment(value)


def _script_url(value):
    """Browsers ignore control characters and spaces in a URL's scheme; so does this."""
    return bool(_SCRIPT_URL.match(_INVISIBLE.sub("", value)))


def contains_script(value):
    """True if a text carries script: script-like elements, on* handlers, script URLs.

    Parsed like a browser parses HTML (bleach's html5lib parser, entities decoded), so
    ``<scr<script>ipt>`` or ``jav&#x61;script:`` do not slip through. Wagtail's own
    ``<embed embedtype="…">`` of rich text is allowed.
    """
    if not isinstance(value, str):
        return False
    if _SCRIPT_TEXT.match(_INVISIBLE.sub("", value)) and not re.search(r"\s", value.strip()):
        return True  # a URL on its own, e.g. in a URL block
    if "<" not in value:
        return False
    for token in _WALKER(_parse(value)):
        if token["type"] not in ("StartTag", "EmptyTag"):
            continue
        attributes = {name: unescape(item) for (_ns, name), item in token["data"].items()}
        if token["name"] in DROPPED_WITH_CONTENT and not (
            token["name"] == "embed" and "embedtype" in attributes and "src" not in attributes
        ):
            return True
        for name, item in attributes.items():
            name = name.lower()
            if name.startswith("on") or (name in _URL_ATTRIBUTES and _script_url(item)):
                return True
            if name == "style" and re.search(r"expression\s*\(|javascript:", item, re.I):
                return True
    return False


class ReferenceMapper:
    """Walks page content and maps every id in it with ``ref(model, id, required)``.

    The export collects the ids (and keeps them), the import replaces them by its own.
    Every string is checked for script on the way.
    """

    def __init__(self, where=""):
        self.where = where

    def ref(self, model, value, required):
        raise NotImplementedError

    def text(self, value):
        if contains_script(value):
            raise TransferError(
                _(
                    "Das Archiv enthält Skript im HTML (%(where)s). Aus Sicherheitsgründen "
                    "wird es nicht eingelesen."
                )
                % {"where": self.where}
            )
        return value

    def any(self, value):
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.any(item) for item in value]
        if isinstance(value, dict):
            return {key: self.any(item) for key, item in value.items()}
        return value

    # model fields

    def content(self, model, data, *, top=True):
        data = dict(data)
        for model_field in model._meta.concrete_fields:
            name = model_field.name
            if name not in data:
                continue
            if isinstance(model_field, ParentalKey) or (
                model_field.remote_field and model_field.remote_field.parent_link
            ):
                data[name] = None
            elif model_field.is_relation:
                data[name] = self._foreign_key(model_field, data[name], top)
            elif isinstance(model_field, StreamField):
                data[name] = self.stream_field(model_field, data[name])
            elif isinstance(model_field, RichTextField):
                data[name] = self.rich_text(data[name])
            else:
                data[name] = self.any(data[name])
        for m2m in model._meta.get_fields():
            if isinstance(m2m, ParentalManyToManyField) and m2m.name in data:
                data[m2m.name] = [
                    new
                    for new in (
                        self.ref(m2m.related_model, pk, False) for pk in data[m2m.name] or []
                    )
                    if new is not None
                ]
        for relation in get_all_child_relations(model):
            name = relation.get_accessor_name()
            if name not in data:
                continue
            children = []
            for child in data[name] or []:
                try:
                    child = self.content(relation.related_model, child, top=False)
                except _Unresolved:
                    continue
                child["pk"] = None
                children.append(child)
            data[name] = children
        return data

    def _foreign_key(self, model_field, value, top):
        if value is None:
            return None
        new = self.ref(model_field.related_model, value, False)
        if new is None and not model_field.null and not top:
            raise _Unresolved
        return new

    def stream_field(self, model_field, raw):
        if raw in (None, ""):
            return raw
        try:
            data = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            raise TransferError(
                _("Ein Inhaltsfeld im Archiv ist kein gültiges JSON (%(where)s).")
                % {"where": self.where}
            ) from None
        return json.dumps(self.stream(model_field.stream_block, data), cls=DjangoJSONEncoder)

    # StreamField values in their stored (JSON) form

    def stream(self, block, raw):
        if not isinstance(raw, list):
            raise self.malformed_block()
        result = []
        for item in raw:
            if not isinstance(item, dict) or item.get("type") not in block.child_blocks:
                raise self.malformed_block()
            try:
                value = self.block(block.child_blocks[item["type"]], item.get("value"))
            except _Unresolved:
                continue
            result.append({**item, "value": value})
        return result

    def block(self, block, value):
        if isinstance(block, ImageBlock) and not isinstance(value, dict):
            return self._chooser(get_image_model(), value, block.required)
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value)
        if isinstance(block, blocks.ListBlock):
            return self._list(block, value)
        if isinstance(block, blocks.StructBlock):
            if not isinstance(value, dict):
                raise self.malformed_block()
            return {
                name: self.block(block.child_blocks[name], item)
                if name in block.child_blocks
                else self.any(item)
                for name, item in value.items()
            }
        if isinstance(block, blocks.ChooserBlock):
            model = block.target_model
            if isinstance(model, str):
                model = apps.get_model(model)
            return self._chooser(model, value, block.required)
        if isinstance(block, blocks.RichTextBlock):
            return self.rich_text(value)
        return self.any(value)

    def _list(self, block, value):
        if not isinstance(value, list):
            raise self.malformed_block()
        result = []
        for item in value:
            try:
                if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                    result.append({**item, "value": self.block(block.child_block, item["value"])})
                else:
                    result.append(self.block(block.child_block, item))
            except _Unresolved:
                continue
        return result

    def _chooser(self, model, value, required):
        if value is None or value == "":
            return value
        new = self.ref(model, value, required)
        if new is None and required:
            raise _Unresolved
        return new

    def malformed_block(self):
        return TransferError(
            _("Ein Inhaltsblock im Archiv hat eine unbekannte Form (%(where)s).")
            % {"where": self.where}
        )

    # rich text in Wagtail's database format

    def rich_text(self, html):
        if not html:
            return html
        self.text(html)

        def link(match):
            attributes = dict(_ATTRIBUTE.findall(match[1]))
            model = {"page": Page, "document": get_document_model()}.get(attributes.get("linktype"))
            if model is None:
                return match[0]
            new = self.ref(model, attributes.get("id"), False)
            if new is None:
                return match[2]
            opening = _ID_ATTRIBUTE.sub(f'id="{new}"', match[1])
            return f"<a{opening}>{match[2]}</a>"

        def embed(match):
            attributes = dict(_ATTRIBUTE.findall(match[1]))
            if attributes.get("embedtype") != "image":
                return match[0]
            new = self.ref(get_image_model(), attributes.get("id"), False)
            if new is None:
                return ""
            opening = _ID_ATTRIBUTE.sub(f'id="{new}"', match[1])
            return f"<embed{opening}/>"

        return _EMBED.sub(embed, _LINK.sub(link, html))


# --- export ------------------------------------------------------------------------------------


@dataclass
class ExportSummary:
    pages: int = 0
    documents: int = 0
    images: int = 0


class _Collector(ReferenceMapper):
    """Keeps every id and notes the documents, images and terms the pages use."""

    def __init__(self):
        super().__init__()
        self.documents, self.images = set(), set()
        self.terms = {}

    def ref(self, model, value, required):
        try:
            pk = int(value)
        except (TypeError, ValueError):
            return None
        if issubclass(model, Page):
            return pk
        if model is get_document_model():
            self.documents.add(pk)
            return pk
        if model is get_image_model():
            self.images.add(pk)
            return pk
        if issubclass(model, TaxonomyTerm):
            self.terms.setdefault(model, set()).add(pk)
            return pk
        return None  # people and everything else never leave the installation


def exported_pages():
    """The live pages of every section, parents before children."""
    pages = []
    for section in available_sections():
        top = apps.get_model(section.page_model).objects.live().public().order_by("path")
        top = list(top)
        pages += [(section, page) for page in top]
        paths = {page.path for page in top}
        for label in section.nested_models:
            for page in apps.get_model(label).objects.live().order_by("path"):
                if page.path[: -page.steplen] in paths:
                    pages.append((section, page))
    return pages


def page_record(section, page, keys, collector, order=0):
    data = page.serializable_data()
    own = {f.name for f in Page._meta.concrete_fields}
    content = {
        name: value
        for name, value in data.items()
        if name in PAGE_FIELDS or (name not in own and name not in ("pk", COMMENTS_RELATION_NAME))
    }
    collector.where = page.title
    content = collector.content(type(page), content)
    content.pop("page_ptr", None)
    parent_path = page.path[: -page.steplen]
    return {
        "key": str(page.translation_key),
        "id": page.pk,
        "type": _label(type(page)),
        "section": section.name,
        "parent": keys.get(parent_path),
        "order": order,
        "content": content,
    }


def export_werkzeugkoffer(fileobj):
    """Write the Werkzeugkoffer as a ZIP archive into the binary file object."""
    pages = exported_pages()
    keys = {page.path: str(page.translation_key) for _section, page in pages}
    collector = _Collector()
    summary = ExportSummary(pages=len(pages))
    with zipfile.ZipFile(fileobj, "w", zipfile.ZIP_DEFLATED) as archive:
        for order, (section, page) in enumerate(pages):
            record = page_record(section, page, keys, collector, order)
            _write_json(archive, f"pages/{record['key']}.json", record)
        documents = {}
        for document in get_document_model().objects.filter(pk__in=collector.documents):
            documents[str(document.pk)] = {
                "title": document.title,
                **_write_file(archive, "documents", document),
            }
        images = {}
        for image in get_image_model().objects.filter(pk__in=collector.images):
            images[str(image.pk)] = {
                "title": image.title,
                "focal_point": [
                    image.focal_point_x,
                    image.focal_point_y,
                    image.focal_point_width,
                    image.focal_point_height,
                ],
                **_write_file(archive, "images", image),
            }
        terms = {
            _label(model): {
                str(term.pk): {"slug": term.slug, "name": term.name}
                for term in model.objects.filter(pk__in=pks)
            }
            for model, pks in collector.terms.items()
        }
        _write_json(archive, "documents.json", documents)
        _write_json(archive, "images.json", images)
        _write_json(archive, "terms.json", terms)
        summary.documents, summary.images = len(documents), len(images)
        _write_json(
            archive,
            MANIFEST,
            {
                "format": FORMAT,
                "version": VERSION,
                "source": {
                    "name": settings.WAGTAIL_SITE_NAME,
                    "url": settings.WAGTAILADMIN_BASE_URL,
                },
                "created_at": timezone.now().isoformat(),
                "counts": {
                    "pages": summary.pages,
                    "documents": summary.documents,
                    "images": summary.images,
                },
            },
        )
    return summary


def _write_json(archive, name, data):
    archive.writestr(name, json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))


def _write_file(archive, kind, obj):
    name = get_valid_filename(PurePosixPath(obj.file.name).name) or "datei"
    member = f"files/{kind}/{obj.pk}/{name}"
    digest = hashlib.sha1(usedforsecurity=False)
    size = 0
    with obj.file.open("rb") as source, archive.open(member, "w", force_zip64=True) as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            target.write(chunk)
    return {"file": member, "sha1": digest.hexdigest(), "size": size}


# --- reading an archive ------------------------------------------------------------------------


def _malformed(detail):
    return TransferError(
        _("Die Datei ist kein gültiges Werkzeugkoffer-Archiv: %(detail)s") % {"detail": detail}
    )


def _damaged():
    return _malformed(_("das ZIP-Archiv ist beschädigt."))


@dataclass
class Archive:
    """A checked archive: every record, table and member is known to be well-formed."""

    zip: zipfile.ZipFile
    manifest: dict
    pages: list
    documents: dict
    images: dict
    terms: dict

    def read_file(self, member, limit=MAX_FILE_SIZE):
        return _read_member(self.zip, member, limit)

    def close(self):
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _read_member(archive, member, limit):
    """The member as a temporary file and its SHA-1, read in chunks and never past ``limit``.

    The size in the ZIP header is checked before; this counts what really comes out.
    """
    target = tempfile.SpooledTemporaryFile(max_size=CHUNK)  # noqa: SIM115 - returned
    digest = hashlib.sha1(usedforsecurity=False)
    size = 0
    try:
        with archive.open(member) as source:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_large(member, limit)
                digest.update(chunk)
                target.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
        target.close()
        raise _damaged() from None
    except BaseException:
        target.close()
        raise
    target.seek(0)
    return target, digest.hexdigest()


def _too_large(member, limit):
    return TransferError(
        _(
            "Die Datei „%(name)s“ im Archiv ist größer als erlaubt (höchstens %(limit)s). "
            "Das Archiv wurde nicht eingelesen."
        )
        % {"name": member, "limit": _size(limit)}
    )


def _check_member_name(info):
    name = info.filename
    parts = name.rstrip("/").split("/")
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or "\x00" in name
        or re.match(r"^[A-Za-z]:", name)
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise TransferError(
            _(
                "Das Archiv enthält einen Pfad außerhalb seines Ordners („%(name)s“). "
                "Aus Sicherheitsgründen wird es nicht eingelesen."
            )
            % {"name": name}
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise TransferError(
            _(
                "Das Archiv enthält einen symbolischen Link („%(name)s“). Aus "
                "Sicherheitsgründen wird es nicht eingelesen."
            )
            % {"name": name}
        )
    known = (
        name in (MANIFEST, "documents.json", "images.json", "terms.json")
        or (len(parts) == 2 and parts[0] == "pages" and name.endswith(".json"))
        or parts[0] == "files"
    )
    if not known:
        raise _malformed(_("unerwartete Datei „%(name)s“.") % {"name": name})


def open_archive(fileobj):
    """Open and check an uploaded archive; raises TransferError with the reason."""
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise TransferError(
            _("Die Datei ist kein ZIP-Archiv. Bitte laden Sie ein exportiertes Archiv hoch.")
        ) from None
    try:
        return _check_archive(archive)
    except BaseException:
        archive.close()
        raise


def _check_archive(archive):
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _malformed(_("es enthält zu viele Dateien."))
    names = set()
    for info in infos:
        _check_member_name(info)
        if info.filename in names:
            raise _malformed(_("„%(name)s“ kommt doppelt vor.") % {"name": info.filename})
        names.add(info.filename)
        limit = MAX_FILE_SIZE if info.filename.startswith("files/") else MAX_JSON_SIZE
        if info.file_size > limit:
            raise _too_large(info.filename, limit)
    if sum(info.file_size for info in infos) > MAX_ARCHIVE_SIZE:
        raise _malformed(_("es ist entpackt größer als %(limit)s.") % {"limit": "200 MB"})
    if MANIFEST not in names:
        raise _malformed(_("die Datei „manifest.json“ fehlt."))

    def load(name, default=None):
        if name not in names:
            return default
        target, _digest = _read_member(archive, name, MAX_JSON_SIZE)
        with target:
            try:
                return json.loads(target.read().decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise _malformed(_("„%(name)s“ ist kein gültiges JSON.") % {"name": name}) from None

    manifest = load(MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _malformed(_("die Angabe zum Format in „manifest.json“ fehlt oder ist falsch."))
    if manifest.get("version") != VERSION:
        raise TransferError(
            _(
                "Das Archiv hat das Format in Version %(version)s; diese Installation kann nur "
                "Version %(supported)s einlesen. Bitte exportieren Sie es mit einer passenden "
                "Fallwerk-Version neu."
            )
            % {"version": manifest.get("version"), "supported": VERSION}
        )
    documents = _table(load("documents.json", {}), "documents.json", names)
    images = _table(load("images.json", {}), "images.json", names)
    terms = load("terms.json", {})
    if not isinstance(terms, dict) or not all(
        isinstance(rows, dict)
        and all(
            isinstance(row, dict)
            and isinstance(row.get("slug"), str)
            and isinstance(row.get("name"), str)
            for row in rows.values()
        )
        for rows in terms.values()
    ):
        raise _malformed(_("„terms.json“ hat eine unbekannte Form."))
    for label in terms:
        if not _term_model(label):
            raise _malformed(_("unbekanntes Verzeichnis „%(label)s“.") % {"label": label})
    pages = [load(name) for name in sorted(names) if name.startswith("pages/")]
    pages = _check_pages(pages)
    checker = _Collector()
    for row in [*documents.values(), *images.values()]:
        checker.where = row["file"]
        checker.any(row["title"])
    for rows in terms.values():
        for row in rows.values():
            checker.where = row["name"]
            checker.any(row)
    return Archive(archive, manifest, pages, documents, images, terms)


def _table(rows, name, members):
    if not isinstance(rows, dict):
        raise _malformed(_("„%(name)s“ hat eine unbekannte Form.") % {"name": name})
    for pk, row in rows.items():
        if not (
            pk.isdigit()
            and isinstance(row, dict)
            and isinstance(row.get("title"), str)
            and isinstance(row.get("sha1"), str)
            and row.get("file") in members
            and row["file"].startswith("files/")
        ):
            raise _malformed(
                _(
                    "ein Eintrag in „%(name)s“ ist unvollständig oder verweist auf eine "
                    "fehlende Datei."
                )
                % {"name": name}
            )
    return {int(pk): row for pk, row in rows.items()}


def _term_model(label):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    return model if issubclass(model, TaxonomyTerm) else None


def _check_pages(records):
    types = {model: section for section in available_sections() for model in section.models}
    by_key, ids = {}, set()
    for record in records:
        if not (
            isinstance(record, dict)
            and isinstance(record.get("content"), dict)
            and isinstance(record["content"].get("title"), str)
            and isinstance(record["content"].get("slug"), str)
            and isinstance(record.get("id"), int)
        ):
            raise _malformed(_("ein Seiteneintrag ist unvollständig."))
        try:
            record["key"] = str(uuid.UUID(str(record.get("key"))))
        except ValueError:
            raise _malformed(_("ein Seiteneintrag hat keinen gültigen Schlüssel.")) from None
        section = types.get(record.get("type"))
        if section is None:
            raise TransferError(
                _(
                    "Das Archiv enthält den unbekannten Seitentyp „%(type)s“ (Seite "
                    "„%(title)s“). Diese Installation kann ihn nicht einlesen."
                )
                % {"type": record.get("type"), "title": record["content"]["title"]}
            )
        if record.get("section") != section.name:
            raise _malformed(
                _("die Seite „%(title)s“ ist dem falschen Bereich zugeordnet.")
                % {"title": record["content"]["title"]}
            )
        if record["key"] in by_key or record["id"] in ids:
            raise _malformed(
                _("die Seite „%(title)s“ kommt doppelt vor.")
                % {"title": record["content"]["title"]}
            )
        by_key[record["key"]] = record
        ids.add(record["id"])
    for record in records:
        parent = by_key.get(record.get("parent")) if record.get("parent") else None
        section = types[record["type"]]
        allowed = (
            record["type"] == section.page_model
            if parent is None
            else record["type"] in section.nested_models and parent["type"] == section.page_model
        )
        if not allowed or (record.get("parent") and parent is None):
            raise _malformed(
                _("die Seite „%(title)s“ steht an einer Stelle, an die sie nicht gehört.")
                % {"title": record["content"]["title"]}
            )
        record["_model"] = apps.get_model(record["type"])
        record["_section"] = section
        record["_depth"] = 0 if parent is None else 1
        checker = _Collector()
        checker.where = record["content"]["title"]
        checker.content(record["_model"], record["content"])
    return sorted(
        records,
        key=lambda record: (record["_depth"], record.get("order") or 0, record["key"]),
    )


# --- import ------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    documents_created: int = 0
    images_created: int = 0
    terms_created: int = 0

    @property
    def changed(self):
        return bool(
            self.created or self.documents_created or self.images_created or self.terms_created
        )


def imported_key(key, parent):
    """The key of a page imported under ``parent`` when its own key is taken elsewhere."""
    return str(uuid.uuid5(uuid.UUID(key), str(parent.translation_key)))


def default_parents(root=None):
    """The section pages below ``root`` (default: the default site's root page)."""
    from wagtail.models import Site

    if root is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        root = site.root_page if site else None
    parents = {}
    for section in available_sections():
        pages = section.parent_class().objects.order_by("path")
        if root is not None:
            pages = pages.descendant_of(root, inclusive=True)
        parents[section.name] = pages.first()
    return parents


def import_werkzeugkoffer(archive, parents, *, user=None):
    """Create the archive's pages as drafts under ``parents`` (section name -> page).

    Either everything is imported or nothing: a TransferError (or any other error) rolls
    the transaction back and deletes the files already written to storage.
    """
    for section in available_sections():
        parent = parents.get(section.name)
        if parent is not None and not isinstance(parent.specific, section.parent_class()):
            raise TransferError(
                _("Bitte wählen Sie für „%(section)s“ eine Seite vom Typ „%(type)s“.")
                % {
                    "section": section.label,
                    "type": section.parent_class()._meta.verbose_name,
                }
            )
    for record in archive.pages:
        if parents.get(record["_section"].name) is None:
            raise TransferError(
                _("Für „%(section)s“ ist keine Zielseite gewählt.")
                % {"section": record["_section"].label}
            )
    importer = _Importer(archive, parents, user)
    try:
        with transaction.atomic():
            importer.run()
    except ValidationError as error:
        importer.delete_files()
        raise TransferError(
            _("Die Seite „%(title)s“ im Archiv ist ungültig: %(errors)s")
            % {"title": importer.current, "errors": " ".join(error.messages)}
        ) from None
    except DatabaseError:
        importer.delete_files()
        raise TransferError(
            _("Die Seite „%(title)s“ konnte nicht angelegt werden. Es wurde nichts eingelesen.")
            % {"title": importer.current}
        ) from None
    except BaseException:
        importer.delete_files()
        raise
    return importer.result


class _Importer(ReferenceMapper):
    def __init__(self, archive, parents, user):
        super().__init__()
        self.archive = archive
        self.parents = {name: page.specific for name, page in parents.items() if page}
        self.user = user
        self.result = ImportResult()
        self.pages = {}  # source id -> local page id
        self.documents, self.images, self.terms = {}, {}, {}
        self.stored = []  # (storage, name) written so far
        self.current = ""

    def run(self):
        self.match_existing()
        created = []
        for record in self.archive.pages:
            if record["id"] in self.pages:
                continue
            self.current = record["content"]["title"]
            created.append((record, self.create(record)))
        # Now every page of the archive has a local id: map all references for real.
        for record, page in created:
            self.current = record["content"]["title"]
            self.where = self.current
            content = self.content(record["_model"], record["content"])
            content["pk"] = page.pk
            draft = page.with_content_json(content)
            draft.slug = page.slug
            draft.save()
            draft.save_revision(user=self.user)
            log(instance=draft, action="wagtail.create", user=self.user)
            self.result.created.append(draft)

    def match_existing(self):
        for record in self.archive.pages:
            parent = self.parents[record["_section"].name]
            keys = [record["key"], imported_key(record["key"], parent)]
            page = (
                Page.objects.descendant_of(parent)
                .filter(translation_key__in=keys)
                .order_by("path")
                .first()
            )
            if page is not None:
                self.pages[record["id"]] = page.pk
                self.result.skipped.append(page)

    def create(self, record):
        if record["parent"]:
            parent_id = self.pages[
                next(r["id"] for r in self.archive.pages if r["key"] == record["parent"])
            ]
            parent = Page.objects.get(pk=parent_id)
        else:
            parent = self.parents[record["_section"].name]
        self.where = record["content"]["title"]
        content = self.content(record["_model"], record["content"])
        content["pk"] = None
        page = record["_model"].from_serializable_data(content)
        key = record["key"]
        if Page.objects.filter(translation_key=key).exists():
            key = imported_key(key, self.parents[record["_section"].name])
        page.translation_key = key
        page.slug = find_available_slug(parent, page.slug)
        page.live = False
        page.has_unpublished_changes = True
        page.owner = self.user
        parent.add_child(instance=page)
        self.pages[record["id"]] = page.pk
        return page

    # mapping of ids: source -> this installation

    def ref(self, model, value, required):
        try:
            pk = int(value)
        except (TypeError, ValueError):
            return None
        if issubclass(model, Page):
            return self.pages.get(pk)
        if model is get_document_model():
            return self.document(pk)
        if model is get_image_model():
            return self.image(pk)
        if issubclass(model, TaxonomyTerm):
            return self.term(model, pk)
        return None

    def document(self, pk):
        if pk not in self.documents:
            row = self.archive.documents.get(pk)
            self.documents[pk] = row and self._file(get_document_model(), row, "documents")
        return self.documents[pk]

    def image(self, pk):
        if pk not in self.images:
            row = self.archive.images.get(pk)
            self.images[pk] = row and self._file(get_image_model(), row, "images")
        return self.images[pk]

    def _file(self, model, row, kind):
        existing = model.objects.filter(file_hash=row["sha1"]).order_by("pk").first()
        if existing is not None:
            return existing.pk
        name = PurePosixPath(row["file"]).name
        extension = PurePosixPath(name).suffix.lower().lstrip(".")
        allowed = (
            settings.WAGTAILDOCS_EXTENSIONS
            if kind == "documents"
            else get_allowed_image_extensions()
        )
        if extension not in allowed:
            raise TransferError(
                _("Die Datei „%(name)s“ hat einen nicht erlaubten Dateityp (erlaubt: %(allowed)s).")
                % {"name": row["file"], "allowed": ", ".join(allowed)}
            )
        content, digest = self.archive.read_file(row["file"])
        with content:
            if digest != row["sha1"]:
                raise _malformed(
                    _("die Datei „%(name)s“ stimmt nicht mit ihrer Prüfsumme überein.")
                    % {"name": row["file"]}
                )
            obj = model(title=row["title"][:255], file=File(content, name=name))
            if kind == "images":
                if get_image_dimensions(content) == (None, None):
                    raise TransferError(
                        _("Die Datei „%(name)s“ ist kein lesbares Bild.") % {"name": row["file"]}
                    )
                content.seek(0)
                focal = row.get("focal_point") or [None] * 4
                if len(focal) == 4 and all(isinstance(v, int | type(None)) for v in focal):
                    (
                        obj.focal_point_x,
                        obj.focal_point_y,
                        obj.focal_point_width,
                        obj.focal_point_height,
                    ) = focal
            obj.file_hash = row["sha1"]
            obj.file_size = content.seek(0, 2)
            content.seek(0)
            try:
                obj.save()
            finally:
                if obj.file._committed:
                    self.stored.append((obj.file.storage, obj.file.name))
        if kind == "documents":
            self.result.documents_created += 1
        else:
            self.result.images_created += 1
        return obj.pk

    def term(self, model, pk):
        if (model, pk) not in self.terms:
            row = self.archive.terms.get(_label(model), {}).get(str(pk))
            term = None
            if row is not None:
                term = (
                    model.objects.filter(slug=row["slug"]).first()
                    or model.objects.filter(name=row["name"]).first()
                )
                if term is None:
                    term = model.objects.create(slug=row["slug"][:100], name=row["name"][:100])
                    self.result.terms_created += 1
            self.terms[model, pk] = term and term.pk
        return self.terms[model, pk]

    def delete_files(self):
        for storage, name in self.stored:
            storage.delete(name)
        self.stored = []


__all__ = [
    "FORMAT",
    "SECTIONS",
    "VERSION",
    "Archive",
    "ExportSummary",
    "ImportResult",
    "TransferError",
    "available_sections",
    "contains_script",
    "default_parents",
    "export_werkzeugkoffer",
    "import_werkzeugkoffer",
    "open_archive",
]
