"""The one sanitiser for everything a participant writes (reflections, documentation).

Participant text is cleaned with bleach against a small allow-list: paragraphs, line
breaks, emphasis, lists and links to http/https/mailto addresses. Everything else is
stripped: a disallowed tag disappears but its text stays, except for elements whose
content is code or embedded material (``<script>``, ``<style>``, ``<iframe>`` …), which
are removed together with their content. Comments are removed, links get
``rel="nofollow noopener"``.

``sanitise_html`` cleans HTML, ``sanitise_text_as_html`` turns plain text (a textarea)
into paragraphs first. Both return a ``SafeString`` that templates render directly.
``SanitisedHTMLField`` stores only sanitised HTML, whichever way a model is saved.
"""

import re
import threading

from bleach import html5lib_shim
from bleach.sanitizer import BleachSanitizerFilter, Cleaner
from django.core import exceptions
from django.db import models
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

ALLOWED_TAGS = frozenset({"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"

# Elements removed together with everything inside them. Their content is code,
# styling or embedded documents, never text a reader should see.
DROPPED_WITH_CONTENT = frozenset(
    {
        "applet",
        "embed",
        "frame",
        "frameset",
        "iframe",
        "math",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "script",
        "style",
        "svg",
        "template",
        "title",
    }
)

_ABSOLUTE_LINK = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _allow_attribute(tag, name, value):
    """Only ``href`` on links, and only absolute http(s) or mailto addresses.

    bleach additionally checks the protocol after normalising the value; this check
    also refuses relative and protocol-relative (``//host``) addresses.
    """
    return tag == "a" and name == "href" and bool(_ABSOLUTE_LINK.match(value.strip()))


class _DropElementsWithContent(html5lib_shim.Filter):
    """Removes the elements in ``DROPPED_WITH_CONTENT`` and their whole subtree.

    Runs on the tree walker's balanced token stream, before bleach's sanitiser.
    """

    def __iter__(self):
        depth = 0
        for token in super().__iter__():
            kind = token["type"]
            if depth:
                if kind == "StartTag":
                    depth += 1
                elif kind == "EndTag":
                    depth -= 1
                continue
            if kind in ("StartTag", "EmptyTag") and token["name"] in DROPPED_WITH_CONTENT:
                if kind == "StartTag":
                    depth = 1
                continue
            yield token


class _LinkRel(html5lib_shim.Filter):
    """Sets ``rel="nofollow noopener"`` on every link that kept its address."""

    def __iter__(self):
        for token in super().__iter__():
            if (
                token["type"] in ("StartTag", "EmptyTag")
                and token["name"] == "a"
                and (None, "href") in token["data"]
            ):
                token["data"][(None, "rel")] = LINK_REL
            yield token


_EtreeWalker = html5lib_shim.getTreeWalker("etree")


class _LinearTreeWalker(_EtreeWalker):
    """html5lib's etree walker with the parent's position remembered.

    The stock walker finds a parent's position again with ``list.index()`` each time
    it climbs back up, which is quadratic in the number of siblings: 1 MB of short
    paragraphs took longer than ten seconds. Here ``parents`` holds
    ``(element, position)`` pairs instead of bare elements; the tokens are the same.
    """

    def getFirstChild(self, node):
        if isinstance(node, tuple):
            element, key, parents, flag = node
        else:
            element, key, parents, flag = node, None, [], None
        if flag in ("text", "tail"):
            return None
        if element.text:
            return element, key, parents, "text"
        if len(element):
            parents.append((element, key))
            return element[0], 0, parents, None
        return None

    def getNextSibling(self, node):
        if not isinstance(node, tuple):
            return None
        element, key, parents, flag = node
        if flag == "text":
            if len(element):
                parents.append((element, key))
                return element[0], 0, parents, None
            return None
        if element.tail and flag != "tail":
            return element, key, parents, "tail"
        parent = parents[-1][0]
        if key < len(parent) - 1:
            return parent[key + 1], key + 1, parents, None
        return None

    def getParentNode(self, node):
        if not isinstance(node, tuple):
            return None
        element, key, parents, flag = node
        if flag == "text":
            return (element, key, parents, None) if parents else element
        parent, parent_key = parents.pop()
        return (parent, parent_key, parents, None) if parents else parent


class _ParticipantCleaner(Cleaner):
    """bleach's ``Cleaner`` with a pass that drops script/style/… with their content.

    bleach's tokenizer turns a disallowed tag into text before the tree is built, so
    ``strip=True`` alone would keep the inside of ``<script>`` as text. Here the parser
    builds real elements for ``DROPPED_WITH_CONTENT`` (so their content is parsed as raw
    text, like a browser does) and ``_DropElementsWithContent`` removes them before the
    sanitiser filter; ``_LinearTreeWalker`` keeps large inputs fast. The sanitiser itself
    still only allows ``ALLOWED_TAGS``, so anything that slipped past the drop pass would
    be stripped as usual.
    """

    def __init__(self):
        super().__init__(
            tags=ALLOWED_TAGS,
            attributes=_allow_attribute,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[_LinkRel],
        )
        self.parser = html5lib_shim.BleachHTMLParser(
            tags=ALLOWED_TAGS | DROPPED_WITH_CONTENT,
            strip=True,
            consume_entities=False,
            namespaceHTMLElements=False,
        )
        self.walker = _LinearTreeWalker

    def clean(self, text):
        if not isinstance(text, str):
            raise TypeError(f"argument cannot be of {type(text).__name__!r} type")
        if not text:
            return ""
        dom = self.parser.parseFragment(text)
        filtered = BleachSanitizerFilter(
            source=_DropElementsWithContent(self.walker(dom)),
            allowed_tags=self.tags,
            attributes=self.attributes,
            strip_disallowed_tags=self.strip,
            strip_html_comments=self.strip_comments,
            css_sanitizer=self.css_sanitizer,
            allowed_protocols=self.protocols,
        )
        for filter_class in self.filters:
            filtered = filter_class(source=filtered)
        return self.serializer.render(filtered)


# bleach's cleaner keeps parser state and is not thread-safe: one per thread.
_local = threading.local()


def _clean(value):
    cleaner = getattr(_local, "cleaner", None)
    if cleaner is None:
        cleaner = _local.cleaner = _ParticipantCleaner()
    return cleaner.clean(str(value)).strip()


def sanitise_html(value: str) -> SafeString:
    """Participant HTML reduced to the allow-list, safe to render as is."""
    if value is None:
        return mark_safe("")
    return mark_safe(_clean(value))  # noqa: S308 - output of the sanitiser


def sanitise_text_as_html(value: str) -> SafeString:
    """Plain text (e.g. from a textarea) as sanitised HTML paragraphs.

    The text is escaped; blank-line separated blocks become ``<p>``, single line
    breaks ``<br>``.
    """
    if value is None:
        return mark_safe("")
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = (block.strip() for block in _BLANK_LINE.split(text))
    html = "".join(
        "<p>{}</p>".format("<br>".join(escape(line) for line in block.split("\n")))
        for block in paragraphs
        if block
    )
    return sanitise_html(html)


class SanitisedHTMLField(models.TextField):
    """A text field that only ever stores sanitised participant HTML.

    Values are sanitised on every save (``pre_save``, so ``save()``, ``create()`` and
    ``bulk_create()`` are covered) and in ``clean()``/``to_python()``. Values read from
    the database are sanitised again and come back as ``SafeString``, so rows written
    around the ORM (``QuerySet.update()``, ``bulk_update()``, raw SQL, fixtures) are
    never rendered unsanitised. Plain textarea input should be converted with
    ``sanitise_text_as_html`` before it is assigned.

    ``max_chars`` limits the length of the sanitised HTML (checked in ``validate()``);
    ``clean()`` also checks the raw input first so oversized input is refused before it
    is parsed.
    """

    description = _("Bereinigtes HTML")
    default_error_messages = {
        "max_chars": _("Der Text ist zu lang (höchstens %(limit)s Zeichen)."),
    }

    def __init__(self, *args, max_chars=None, **kwargs):
        if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 1):
            raise ValueError("max_chars must be a positive integer or None.")
        self.max_chars = max_chars
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.max_chars is not None:
            kwargs["max_chars"] = self.max_chars
        return name, path, args, kwargs

    def to_python(self, value):
        if value is None:
            return value
        return sanitise_html(value)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return sanitise_html(value)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value is None:
            return None
        cleaned = _clean(value)
        setattr(model_instance, self.attname, mark_safe(cleaned))  # noqa: S308
        return cleaned

    def clean(self, value, model_instance):
        if value is not None:
            self._check_length(str(value))
        return super().clean(value, model_instance)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if value is not None:
            self._check_length(value)

    def _check_length(self, value):
        if self.max_chars is not None and len(value) > self.max_chars:
            raise exceptions.ValidationError(
                self.error_messages["max_chars"],
                code="max_chars",
                params={"limit": self.max_chars, "show_value": len(value)},
            )
