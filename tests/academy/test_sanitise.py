"""The shared sanitiser for participant text and the field that stores only its output."""

from types import SimpleNamespace

import pytest
from bleach import html5lib_shim
from django.core.exceptions import ValidationError
from django.utils.safestring import SafeString

from academy.sanitise import (
    SanitisedHTMLField,
    _LinearTreeWalker,
    sanitise_html,
    sanitise_text_as_html,
)

REL = 'rel="nofollow noopener"'


# --- dangerous content -------------------------------------------------------------


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert(1)</script>",
        "<SCRIPT type='text/javascript'>alert(1)</SCRIPT>",
        "<script><p>alert(1)</p></script>",
        "<style>body { display: none }</style>",
        "<iframe src='https://evil.example'>alert(1)</iframe>",
        "<noscript><p>alert(1)</p></noscript>",
        "<object data='x.swf'>alert(1)</object>",
        "<svg><script>alert(1)</script></svg>",
        "<template><b>alert(1)</b></template>",
    ],
)
def test_code_elements_are_removed_with_their_content(dirty):
    assert sanitise_html(f"<p>vorher</p>{dirty}<p>nachher</p>") == "<p>vorher</p><p>nachher</p>"


def test_unterminated_script_swallows_the_rest_like_a_browser():
    assert sanitise_html("<p>vorher</p><script>alert(1)<p>nachher</p>") == "<p>vorher</p>"


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<p onclick="alert(1)">Text</p>', "<p>Text</p>"),
        ('<img src="x" onerror="alert(1)">Text', "Text"),
        ('<b onmouseover="alert(1)">fett</b>', "<b>fett</b>"),
        ('<a href="https://example.org" onclick="alert(1)">Link</a>', None),
    ],
)
def test_event_handlers_are_removed(dirty, clean):
    result = sanitise_html(dirty)
    assert "on" not in result.replace("noopener", "")
    assert "alert" not in result
    if clean is not None:
        assert result == clean


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#09;script:alert(1)",
        "jav&#x61;script:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/relativ",
        "ftp://example.org/",
    ],
)
def test_links_keep_only_http_https_and_mailto_addresses(href):
    assert sanitise_html(f'<a href="{href}">Link</a>') == "<a>Link</a>"


@pytest.mark.parametrize(
    "href",
    ["https://example.org/pfad?a=1&amp;b=2", "http://example.org", "mailto:team@example.org"],
)
def test_allowed_links_keep_their_address_and_get_rel(href):
    assert sanitise_html(f'<a href="{href}">Link</a>') == f'<a href="{href}" {REL}>Link</a>'


def test_other_link_attributes_are_dropped_and_rel_is_replaced():
    dirty = '<a href="https://example.org" target="_blank" rel="opener" title="t" id="x">L</a>'
    assert sanitise_html(dirty) == f'<a href="https://example.org" {REL}>L</a>'


def test_style_and_other_attributes_are_removed():
    dirty = '<p style="color:red" class="x" id="y">Text <em style="x">kursiv</em></p>'
    assert sanitise_html(dirty) == "<p>Text <em>kursiv</em></p>"


def test_disallowed_tags_are_stripped_but_their_text_is_kept():
    dirty = "<div><h1>Titel</h1><span>Text</span> <table><tr><td>Zelle</td></tr></table></div>"
    result = sanitise_html(dirty)
    assert "<" not in result
    for text in ("Titel", "Text", "Zelle"):
        assert text in result


def test_comments_are_removed():
    assert sanitise_html("<p>a<!-- geheim --></p><!--[if IE]><script>x</script><![endif]-->") == (
        "<p>a</p>"
    )


def test_text_that_looks_like_markup_is_escaped():
    assert sanitise_html("1 < 2 & 3 > 2") == "1 &lt; 2 &amp; 3 &gt; 2"
    assert sanitise_html("<scr<script>ipt>alert(1)</script>") == "ipt&gt;alert(1)"


# --- allowed content ---------------------------------------------------------------


def test_allowed_markup_is_kept():
    html = (
        "<p>Ein <strong>starker</strong>, <b>fetter</b>, <em>betonter</em> und "
        "<i>kursiver</i> Satz.<br>Neue Zeile.</p>"
        "<ul><li>eins</li><li>zwei</li></ul><ol><li>erstens</li></ol>"
    )
    assert sanitise_html(html) == html


def test_malformed_and_nested_markup_is_repaired():
    assert sanitise_html("<b><i>x</b></i>") == "<b><i>x</i></b>"
    assert sanitise_html("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>"
    assert sanitise_html("<p>offen") == "<p>offen</p>"
    assert sanitise_html("</p></b>Text") == "<p></p>Text"
    assert sanitise_html("<ul><li><ol><li><em>tief</em></li></ol></li></ul>") == (
        "<ul><li><ol><li><em>tief</em></li></ol></li></ul>"
    )


def test_entities_are_kept_and_bare_ampersands_escaped():
    assert sanitise_html("&amp; &lt;b&gt; &auml; &#228; &#xE4;") == (
        "&amp; &lt;b&gt; &auml; &#228; &#xE4;"
    )
    assert sanitise_html("Müller & Söhne") == "Müller &amp; Söhne"


@pytest.mark.parametrize(
    "text",
    [
        "Grüße aus Köln – Straße, Ärger, Öl, Übung",
        "مرحبا بكم في دورة إدارة الحالات",
        "Ayşe Yılmaz, Łódź, Ελληνικά, 日本語, 🙂",
    ],
)
def test_unicode_is_kept(text):
    assert sanitise_html(f"<p>{text}</p>") == f"<p>{text}</p>"


def test_result_is_safe_string_and_sanitising_is_idempotent():
    dirty = '<p onclick="x">a & b <a href="https://example.org">L</a><script>s</script></p>'
    once = sanitise_html(dirty)
    assert isinstance(once, SafeString)
    assert sanitise_html(once) == once


@pytest.mark.parametrize("value", ["", None, "   \n "])
def test_empty_values(value):
    assert sanitise_html(value) == ""
    assert sanitise_text_as_html(value) == ""


# --- plain text --------------------------------------------------------------------


def test_plain_text_becomes_paragraphs_and_line_breaks():
    text = "Erster Absatz,\r\nzweite Zeile.\r\n\r\n  \r\nZweiter Absatz.\n\n\n"
    assert sanitise_text_as_html(text) == (
        "<p>Erster Absatz,<br>zweite Zeile.</p><p>Zweiter Absatz.</p>"
    )


def test_plain_text_is_escaped_not_interpreted():
    result = sanitise_text_as_html('<script>alert(1)</script> & <a href="x">L</a>')
    assert isinstance(result, SafeString)
    assert result == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a href=&quot;x&quot;&gt;L&lt;/a&gt;</p>"
    )


def test_plain_text_keeps_unicode():
    assert sanitise_text_as_html("Grüße\nمرحبا") == "<p>Grüße<br>مرحبا</p>"


# --- large input -------------------------------------------------------------------


def test_one_megabyte_of_html_is_handled():
    block = (
        "<p>Frau Yılmaz &amp; ich haben <strong>Ziele</strong> vereinbart. <script>x()</script>"
        '<a href="https://example.org" onclick="x()">Quelle</a></p>\n'
    )
    dirty = block * (1_000_000 // len(block) + 1)
    result = sanitise_html(dirty)
    assert "script" not in result
    assert "onclick" not in result
    assert result.count("<strong>Ziele</strong>") == dirty.count("<strong>Ziele</strong>")


def test_one_megabyte_of_plain_text_is_handled():
    text = "Ein Absatz mit <Zeichen> & Umlauten: äöü.\nZweite Zeile.\n\n" * 20_000
    assert len(text) > 1_000_000
    result = sanitise_text_as_html(text)
    assert result.count("<p>") == 20_000
    assert "<Zeichen>" not in result


@pytest.mark.parametrize(
    "html",
    [
        "",
        "Text",
        "<p>a</p>b<p>c<b>d</b>e</p>f",
        "<ul><li>a<ol><li>b</li></ol>c</li><li>d</li></ul>tail",
        "<p>" + "<br>x" * 50 + "</p>" + "<p>y</p>" * 50,
        "<b><i><em>tief</em> t1</i> t2</b> t3<br><br>",
    ],
)
def test_linear_tree_walker_yields_the_same_tokens_as_html5lib(html):
    parser = html5lib_shim.BleachHTMLParser(
        tags=None, strip=False, consume_entities=False, namespaceHTMLElements=False
    )
    stock = html5lib_shim.getTreeWalker("etree")
    dom = parser.parseFragment(html)
    assert list(_LinearTreeWalker(dom)) == list(stock(dom))


# --- field -------------------------------------------------------------------------


def make_field(**kwargs):
    field = SanitisedHTMLField(**kwargs)
    field.set_attributes_from_name("reflection")
    return field


@pytest.mark.parametrize("add", [True, False])
def test_field_pre_save_stores_only_sanitised_html(add):
    field = make_field()
    instance = SimpleNamespace(reflection='<p onclick="x">Gut<script>alert(1)</script></p>')
    stored = field.pre_save(instance, add)
    assert stored == "<p>Gut</p>"
    assert type(stored) is str
    assert instance.reflection == "<p>Gut</p>"
    assert isinstance(instance.reflection, SafeString)


def test_field_pre_save_keeps_none():
    field = make_field(null=True)
    assert field.pre_save(SimpleNamespace(reflection=None), True) is None


def test_field_clean_and_to_python_sanitise():
    field = make_field()
    cleaned = field.clean('<a href="javascript:alert(1)">L</a> <em>ok</em>', None)
    assert cleaned == "<a>L</a> <em>ok</em>"
    assert isinstance(cleaned, SafeString)
    assert field.to_python("<style>x</style>t") == "t"
    assert field.to_python(None) is None


def test_field_values_from_the_database_are_sanitised_again():
    field = make_field()
    value = field.from_db_value("<p>ok</p><script>alert(1)</script>", None, None)
    assert value == "<p>ok</p>"
    assert isinstance(value, SafeString)
    assert field.from_db_value(None, None, None) is None


def test_field_blank_after_sanitising_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        make_field().clean("<script>nur Code</script>", None)
    assert excinfo.value.code == "blank"


def test_field_length_limit_message_is_german():
    field = make_field(max_chars=10)
    assert field.clean("<i>ok</i>", None) == "<i>ok</i>"
    with pytest.raises(ValidationError) as excinfo:
        field.clean("Dieser Text ist eindeutig zu lang.", None)
    assert excinfo.value.code == "max_chars"
    assert excinfo.value.messages == ["Der Text ist zu lang (höchstens 10 Zeichen)."]


def test_field_length_limit_is_checked_in_validate():
    field = make_field(max_chars=10)
    field.validate("a" * 10, None)
    with pytest.raises(ValidationError) as excinfo:
        field.validate("a" * 11, None)
    assert excinfo.value.messages == ["Der Text ist zu lang (höchstens 10 Zeichen)."]


def test_field_refuses_oversized_input_before_sanitising():
    field = make_field(max_chars=100)
    with pytest.raises(ValidationError) as excinfo:
        field.clean("<b>" * 100_000, None)
    assert excinfo.value.code == "max_chars"


def test_field_deconstructs_for_migrations():
    field = make_field(max_chars=5000, blank=True)
    name, path, args, kwargs = field.deconstruct()
    assert name == "reflection"
    assert path == "academy.sanitise.SanitisedHTMLField"
    assert args == []
    assert kwargs == {"max_chars": 5000, "blank": True}
    rebuilt = SanitisedHTMLField(*args, **kwargs)
    assert rebuilt.max_chars == 5000
    assert rebuilt.blank is True
    assert "max_chars" not in make_field().deconstruct()[3]


@pytest.mark.parametrize("max_chars", [0, -1, "10"])
def test_field_refuses_invalid_limits(max_chars):
    with pytest.raises(ValueError, match="max_chars"):
        SanitisedHTMLField(max_chars=max_chars)
