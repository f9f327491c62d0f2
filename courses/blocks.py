import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from academy.models import InstrumentPage
from casestudies.blocks import CaseStudyEmbedBlock

VIDEO_PATTERNS = [
    (re.compile(r"(?:youtube\.com/watch\?v=|youtu\.be/|youtube(?:-nocookie)?\.com/embed/)([\w-]{11})"),
     "https://www.youtube-nocookie.com/embed/{}"),
    (re.compile(r"vimeo\.com/(?:video/)?(\d+)"), "https://player.vimeo.com/video/{}"),
]  # fmt: skip


def video_embed_url(url):
    for pattern, embed in VIDEO_PATTERNS:
        if match := pattern.search(url or ""):
            return embed.format(match.group(1))
    return None


class VideoValue(blocks.StructValue):
    def embed_url(self):
        return video_embed_url(self["url"])


class VideoBlock(blocks.StructBlock):
    """A YouTube (no-cookie) or Vimeo video with a transcript for those who cannot watch."""

    url = blocks.URLBlock(label=_("Adresse des Videos"), help_text=_("YouTube oder Vimeo"))
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transkript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video_block.html"
        value_class = VideoValue

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value["url"]):
            raise StructBlockValidationError(
                {"url": ValidationError(_("Bitte eine Adresse von YouTube oder Vimeo angeben."))}
            )
        return value


class ReflectionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Reflexionsfrage"))
    required = blocks.BooleanBlock(
        label=_("Pflicht für den Abschluss der Lektion"), required=False, default=True
    )

    class Meta:
        icon = "openquote"
        label = _("Reflexionsfrage")
        template = "courses/blocks/reflection_block.html"
        preview_value = {
            "question": "Welche Stellen sind in Ihrem letzten Fall beteiligt gewesen?",
            "required": True,
        }


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwort"), max_length=300)
    correct = blocks.BooleanBlock(label=_("richtig"), required=False)


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Frage"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Antworten"), min_num=2)
    explanation = blocks.TextBlock(label=_("Erklärung der richtigen Antwort"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            raise StructBlockValidationError(
                {"choices": ValidationError(_("Genau eine Antwort muss richtig sein."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    pass_mark = blocks.IntegerBlock(
        label=_("Bestehensgrenze in Prozent"), min_value=1, max_value=100, default=80
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "courses/blocks/quiz_block.html"
        preview_value = {
            "title": "Phasen des Case Managements",
            "pass_mark": 80,
            "questions": [
                {
                    "text": "Womit beginnt der Case-Management-Prozess?",
                    "choices": [
                        {"text": "Mit der Klärung (Intake)", "correct": True},
                        {"text": "Mit dem Monitoring", "correct": False},
                    ],
                    "explanation": "Zuerst wird geklärt, ob Case Management angezeigt ist.",
                }
            ],
        }


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    description = blocks.CharBlock(label=_("Beschreibung"), required=False, max_length=300)

    class Meta:
        icon = "download"
        label = _("Download")
        template = "courses/blocks/download_block.html"


class InstrumentValue(blocks.StructValue):
    def published_instrument(self):
        """The instrument, if visitors may see it: live and without view restrictions."""
        page = self.get("instrument")
        if page is None:
            return None
        return InstrumentPage.objects.published().filter(pk=page.pk).first()


class InstrumentBlock(blocks.StructBlock):
    """A Werkzeugkoffer instrument as a card with a link; drafts are never shown."""

    instrument = blocks.PageChooserBlock(label=_("Instrument"), page_type="academy.InstrumentPage")
    note = blocks.TextBlock(
        label=_("Hinweis"),
        required=False,
        max_length=600,
        help_text=_("Wofür die Teilnehmenden das Instrument in dieser Lektion nutzen."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Instrument aus dem Werkzeugkoffer")
        template = "courses/blocks/instrument_block.html"
        value_class = InstrumentValue

    def clean(self, value):
        value = super().clean(value)
        instrument = value.get("instrument")
        if instrument is not None and not instrument.live:
            raise StructBlockValidationError(
                {
                    "instrument": ValidationError(
                        _(
                            "Das Instrument „%(title)s“ ist nicht veröffentlicht. Bitte wählen "
                            "Sie ein veröffentlichtes Instrument."
                        )
                        % {"title": instrument.title}
                    )
                }
            )
        return value


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="blocks/paragraph_block.html",
    )
    video = VideoBlock()
    case_study = CaseStudyEmbedBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()
    download = DownloadBlock()
    instrument = InstrumentBlock()
