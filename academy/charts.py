"""Bar charts drawn on the server as accessible inline SVG (matplotlib, no JavaScript).

matplotlib writes its styling as ``style`` attributes and a ``<style>`` element, which the
site's Content-Security-Policy (no 'unsafe-inline' styles) would block. ``accessible_svg``
turns them into SVG presentation attributes, which CSP does not govern, gives every id a
per-chart prefix (several charts share one page) and adds ``role="img"``, ``<title>`` and
``<desc>``. Rendered charts are cached under a hash of their data, so a chart is drawn again
only when its numbers or words change.
"""

import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import matplotlib as mpl
from defusedxml.ElementTree import fromstring as defused_fromstring
from django.core.cache import cache
from django.utils.safestring import mark_safe
from matplotlib.figure import Figure

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)

# Colours with at least 4.5:1 contrast against white (bars and text alike).
BAR_COLOUR = "#0b4f6c"
TEXT_COLOUR = "#1b1f23"
GRID_COLOUR = "#c5ced6"
CACHE_TIMEOUT = 60 * 60 * 24 * 7
CACHE_VERSION = "1"

RC_PARAMS = {
    "svg.fonttype": "none",  # real <text>, so the labels stay text, not glyph outlines
    "svg.hashsalt": "fallwerk",  # stable ids: the same data gives the same SVG
    "font.family": "DejaVu Sans",
    "font.size": 11,
    "text.color": TEXT_COLOUR,
    "axes.labelcolor": TEXT_COLOUR,
    "axes.edgecolor": TEXT_COLOUR,
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
}

URL_REF = re.compile(r"url\(#([^)]+)\)")


@dataclass
class Chart:
    """One chart: what it shows (title, description) and its numbers."""

    slug: str
    title: str
    description: str
    labels: list
    values: list
    category_label: str
    value_label: str
    horizontal: bool = False

    @property
    def rows(self):
        return list(zip(self.labels, self.values, strict=True))

    def svg(self):
        """The chart as inline SVG markup, from the cache when its data has not changed."""
        payload = json.dumps(
            [CACHE_VERSION, self.slug, self.title, self.description, self.labels, self.values,
             self.value_label, self.horizontal],
            default=str,
        )  # fmt: skip
        key = f"chart:{self.slug}:{hashlib.sha256(payload.encode()).hexdigest()}"
        markup = cache.get(key)
        if markup is None:
            markup = accessible_svg(
                draw(self), prefix=f"chart-{self.slug}", title=self.title, desc=self.description
            )
            cache.set(key, markup, CACHE_TIMEOUT)
        return mark_safe(markup)  # noqa: S308 - built from our own numbers; text is escaped


def draw(chart):
    """The raw SVG document matplotlib writes for ``chart``."""
    with mpl.rc_context(RC_PARAMS):
        height = max(2.6, 0.45 * len(chart.labels) + 1.2) if chart.horizontal else 3.4
        figure = Figure(figsize=(7.2, height), layout="constrained")
        axes = figure.subplots()
        positions = range(len(chart.labels))
        if chart.horizontal:
            bars = axes.barh(positions, chart.values, color=BAR_COLOUR)
            axes.set_yticks(positions, chart.labels)
            axes.invert_yaxis()
            axes.set_xlabel(chart.value_label)
            axes.xaxis.grid(True, color=GRID_COLOUR)
        else:
            bars = axes.bar(positions, chart.values, color=BAR_COLOUR)
            axes.set_xticks(positions, chart.labels)
            axes.set_ylabel(chart.value_label)
            axes.yaxis.grid(True, color=GRID_COLOUR)
        axes.set_axisbelow(True)
        axes.bar_label(bars, padding=3, color=TEXT_COLOUR)
        axes.margins(x=0.08 if chart.horizontal else 0.02, y=0.12)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        axes.locator_params(axis="x" if chart.horizontal else "y", integer=True)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def accessible_svg(document, *, prefix, title, desc):
    """Inline-ready SVG: presentation attributes instead of styles, prefixed ids, a11y."""
    root = defused_fromstring(document)
    for parent in root.iter():
        for child in list(parent):
            if child.tag in (f"{{{SVG_NS}}}metadata", f"{{{SVG_NS}}}style"):
                parent.remove(child)

    referenced = set()
    for element in root.iter():
        href = element.attrib.pop(f"{{{XLINK_NS}}}href", None)
        if href is not None:
            element.set("href", href)
        for name, value in element.attrib.items():
            referenced.update(URL_REF.findall(value))
            if name == "href" and value.startswith("#"):
                referenced.add(value[1:])

    def rename(value):
        return URL_REF.sub(lambda match: f"url(#{prefix}-{match.group(1)})", value)

    for element in root.iter():
        style = element.attrib.pop("style", None)
        if style:
            for declaration in style.split(";"):
                name, _sep, value = declaration.partition(":")
                if name.strip() and value.strip():
                    element.set(name.strip(), value.strip())
        element_id = element.attrib.pop("id", None)
        if element_id in referenced:
            element.set("id", f"{prefix}-{element_id}")
        for name, value in list(element.attrib.items()):
            if name == "href" and value.startswith("#"):
                element.set(name, f"#{prefix}-{value[1:]}")
            elif "url(#" in value:
                element.set(name, rename(value))

    # What matplotlib's <style> said for every element, inherited from the root instead.
    root.set("stroke-linejoin", "round")
    root.set("stroke-linecap", "butt")
    for attribute in ("width", "height"):
        root.attrib.pop(attribute, None)
    root.set("class", "chart__svg")
    root.set("role", "img")
    root.set("aria-labelledby", f"{prefix}-title {prefix}-desc")
    title_element = ET.Element(f"{{{SVG_NS}}}title", id=f"{prefix}-title")
    title_element.text = title
    desc_element = ET.Element(f"{{{SVG_NS}}}desc", id=f"{prefix}-desc")
    desc_element.text = desc
    root.insert(0, desc_element)
    root.insert(0, title_element)
    return ET.tostring(root, encoding="unicode")
