from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from academy.enums import CMPhase

CASE_TEXT_FEATURES = ["bold", "italic", "ol", "ul"]
SYSTEM_FINDING_KINDS = [
    ("schnittstelle", _("Schnittstelle")),
    ("luecke", _("Lücke im Hilfesystem")),
    ("optimierung", _("Optimierungsbedarf")),
]


class PhaseSectionValue(blocks.StructValue):
    def phase_label(self):
        return CMPhase(self["phase"]).label


class SystemFindingValue(blocks.StructValue):
    def kind_label(self):
        return dict(SYSTEM_FINDING_KINDS)[self["kind"]]


class PhaseSectionBlock(blocks.StructBlock):
    phase = blocks.ChoiceBlock(label=_("Phase"), choices=CMPhase.choices)
    text = blocks.RichTextBlock(label=_("Text"), features=CASE_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = _("Abschnitt einer Phase")
        template = "casestudies/blocks/phase_section_block.html"
        value_class = PhaseSectionValue
        preview_value = {
            "phase": CMPhase.KLAERUNG,
            "text": "<p>Die Klientin meldet sich Anfang 2019 beim Integrationszentrum.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if not strip_tags(value["text"].source).strip():
            raise StructBlockValidationError(
                {"text": ValidationError(_("Dieser Abschnitt ist leer."))}
            )
        return value


class CaseStudyBodyBlock(blocks.StreamBlock):
    """One section per CM phase, each phase at most once."""

    section = PhaseSectionBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for child in value:
            phase = child.value["phase"]
            if phase in seen:
                raise blocks.StreamBlockValidationError(
                    non_block_errors=[
                        ValidationError(
                            _("Die Phase „%(phase)s“ kommt mehrfach vor.")
                            % {"phase": CMPhase(phase).label}
                        )
                    ]
                )
            seen.add(phase)
        return value


class SystemFindingBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Art"), choices=SYSTEM_FINDING_KINDS)
    text = blocks.RichTextBlock(label=_("Befund"), features=CASE_TEXT_FEATURES)

    class Meta:
        icon = "site"
        label = _("Befund auf Systemebene")
        template = "casestudies/blocks/system_finding_block.html"
        value_class = SystemFindingValue
        preview_value = {
            "kind": "schnittstelle",
            "text": "<p>Jobcenter und Ausländerbehörde stimmen Termine nicht ab.</p>",
        }


class SystemLevelBlock(blocks.StreamBlock):
    finding = SystemFindingBlock()


class DiscussionBlock(blocks.StreamBlock):
    question = blocks.CharBlock(label=_("Diskussionsfrage"), max_length=300, icon="help")


class CaseStudyEmbedValue(blocks.StructValue):
    def published_case(self):
        """The case study, if participants may see it: live and without view restrictions."""
        from wagtail.models import PageViewRestriction

        page = self.get("case_study")
        if page is None or not page.live:
            return None
        steplen = page.steplen
        own_and_ancestors = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
        if PageViewRestriction.objects.filter(page__path__in=own_and_ancestors).exists():
            return None
        return page


class CaseStudyEmbedBlock(blocks.StructBlock):
    """A case study embedded in a lesson; drafts and private cases are never shown."""

    case_study = blocks.PageChooserBlock(
        label=_("Fallstudie"), page_type="casestudies.CaseStudyPage"
    )
    task = blocks.TextBlock(
        label=_("Arbeitsauftrag"),
        required=False,
        help_text=_("Was die Teilnehmenden mit dem Fall tun sollen."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Fallstudie einbetten")
        template = "casestudies/blocks/case_study_embed_block.html"
        value_class = CaseStudyEmbedValue
