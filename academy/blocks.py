from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Rechtskreisübergreifend arbeiten", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "info-circle"
        label = _("Hinweiskasten")
        template = "blocks/callout_block.html"
        preview_value = {
            "title": "Gut zu wissen",
            "text": "<p>Alle Fallstudien sind anonymisiert und geprüft.</p>",
        }


class LinkStructValue(blocks.StructValue):
    def url(self):
        if page := self.get("page"):
            return page.url
        return self.get("external_url")


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Linktext"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Seite"), required=False)
    external_url = blocks.URLBlock(label=_("Externe Adresse"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise ValidationError(_("Bitte entweder eine Seite oder eine externe Adresse angeben."))
        return value


class TeaserBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Kurzbeschreibung"), max_length=400)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "doc-full"
        label = _("Teaser")
        template = "blocks/teaser_block.html"
        preview_value = {
            "title": "Kurse",
            "text": "Vom Informationstag bis zur Zertifizierung nach DGCC.",
            "link": {"label": "Zum Kursangebot", "external_url": "https://example.org/kurse/"},
        }


class ContentStreamBlock(blocks.StreamBlock):
    """Body of standard pages: text, headings, hints, images."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Absatz"),
        icon="pilcrow",
        features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
    )
    callout = CalloutBlock()
    image = ImageBlock(label=_("Bild"), template="blocks/image_block.html")


class HomeStreamBlock(ContentStreamBlock):
    """Body of the home page: everything a standard page has, plus teasers."""

    teaser = TeaserBlock()


class ItemListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    intro = blocks.TextBlock(label=_("Einleitung"), required=False, max_length=600)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Punkt"), max_length=400), label=_("Punkte"), min_num=1
    )


class ChecklistBlock(ItemListBlock):
    """Points to tick off, e.g. before a transition between Rechtskreise."""

    class Meta:
        icon = "tasks"
        label = _("Checkliste")
        template = "blocks/checklist_block.html"
        preview_value = {
            "title": "Vor dem Wechsel ins SGB II",
            "items": [
                "Bescheid über die Anerkennung liegt vor.",
                "Antrag beim Jobcenter gestellt.",
            ],
        }


class GuideQuestionsBlock(ItemListBlock):
    """Questions in the order an interview or a conference goes through them."""

    class Meta:
        icon = "help"
        label = _("Leitfragen")
        template = "blocks/guide_questions_block.html"
        preview_value = {
            "title": "Anliegen klären",
            "items": ["Was führt Sie heute zu uns?", "Wer unterstützt Sie bereits?"],
        }


class InstrumentStreamBlock(ContentStreamBlock):
    """Body of a Werkzeugkoffer instrument: text plus checklists and guiding questions."""

    checklist = ChecklistBlock()
    questions = GuideQuestionsBlock()
