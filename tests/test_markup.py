from protishruti.markup import render, render_inline, slugify


def test_slugify_keeps_bangla_letters_and_vowel_signs():
    assert slugify("সেবার তালিকা") == "সেবার-তালিকা"
    assert slugify("অভিযোগ প্রতিকার ব্যবস্থা (জিআরএস)") == "অভিযোগ-প্রতিকার-ব্যবস্থা-জিআরএস"
    assert slugify("Fees & Time") == "fees-time"


def test_heading_anchor_in_rendered_markdown():
    assert '<h2 id="কখন-অভিযোগ-করবেন">' in render("## কখন অভিযোগ করবেন")


def test_sanitiser_removes_scripts_handlers_and_javascript_links():
    html = str(render('<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="x()">ক</a> <img src=x onerror=alert(1)>'))
    assert "<script" not in html and "onclick" not in html and "onerror" not in html and "javascript:" not in html
    assert ">ক</a>" in html


def test_safe_links_survive():
    html = str(render("[ওয়েবসাইট](https://www.mopa.gov.bd) <mailto:cp3@mopa.gov.bd>"))
    assert 'href="https://www.mopa.gov.bd"' in html and "mailto:cp3@mopa.gov.bd" in html


def test_inline_drops_single_paragraph():
    assert str(render_inline("**বাস্তবায়িত**")) == "<strong>বাস্তবায়িত</strong>"
    assert str(render_inline("")) == ""


def test_a_documents_words_keep_their_lines_and_prose_does_not():
    from protishruti.markup import render_document

    text = "১) পর্যটন সুবিধা সৃষ্টি;\n২) দক্ষ জনবল তৈরি।"
    assert str(render_document(text)) == "<p>১) পর্যটন সুবিধা সৃষ্টি;<br>\n২) দক্ষ জনবল তৈরি।</p>"
    assert "<br" not in str(render(text))
    assert "<script" not in str(render_document("<script>alert(1)</script>\nলেখা"))


def test_a_documents_words_are_shown_exactly_not_as_markdown():
    from protishruti.markup import render_document, render_document_inline

    assert str(render_document("1. এক\n3. তিন")) == "<p>1. এক<br>\n3. তিন</p>"  # not renumbered
    assert str(render_document_inline("ফরম *ক* ও # খ")) == "ফরম *ক* ও # খ"
    assert str(render_document_inline("- ঐ -")) == "- ঐ -"  # a ditto mark, not a list
    assert str(render_document_inline("<b>x</b>")) == "&lt;b&gt;x&lt;/b&gt;"
    assert str(render_document_inline("দেখুন https://a.gov.bd/x?y=1&z=2।")) == (
        'দেখুন <a href="https://a.gov.bd/x?y=1&amp;z=2" rel="noopener noreferrer">https://a.gov.bd/x?y=1&amp;z=2</a>।'
    )
