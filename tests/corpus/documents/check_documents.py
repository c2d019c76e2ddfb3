#!/usr/bin/env python3
"""Checks the fixtures of tests/corpus/documents/ against manifest.json.

For every file: it is listed once, is under 100 KB, opens with its own library (python-docx,
openpyxl, python-pptx, odfpy, email/mailbox, pyzipper; pdftotext where installed), and the hiding
the manifest claims is really there (w:vanish, sheet state, 3 Tr, display:none, tag characters,
...), with the manifest's `hidden` string in that hidden place. Clean files are checked for the
absence of those tricks. Exits 1 on any failure.

    python3 check_documents.py                # structure and hiding
    python3 check_documents.py --determinism  # also regenerate into a temp dir and compare bytes
"""

import argparse
import base64
import csv
import email
import email.policy
import gzip
import html.parser
import io
import json
import mailbox
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
MAX_SIZE = 100 * 1024
EXPECTS = {"covert", "suspicious", "notice", "clean", "unchecked"}

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}

# invisible / deceptive characters that must not occur in clean fixtures
INVISIBLE = re.compile("[\u200b-\u200e\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")


class Fail(Exception):
    pass


def ensure(cond, msg):
    if not cond:
        raise Fail(msg)


def untag(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def unzw(s):
    bits = "".join("1" if c == "\u200c" else "0" for c in s if c in "\u200b\u200c")
    ensure(len(bits) % 8 == 0 and bits, f"zero-width bit count {len(bits)} is not a positive multiple of 8")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode("utf-8")


def zip_text(path, member):
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


# --------------------------------------------------------------------------- DOCX

def docx_open(path):
    import docx
    return docx.Document(str(path))


def docx_hidden_run(e, attr_check, xml_marker):
    d = docx_open(FILES / e["file"])
    n = int(re.search(r"paragraph (\d+)", e["where"]).group(1))
    p = d.paragraphs[n - 1]
    runs = [r for r in p.runs if r.text == e["hidden"]]
    ensure(runs, f"paragraph {n} has no run with the hidden text")
    ensure(attr_check(runs[0]), "the run carrying the hidden text lacks the hiding property")
    ensure(xml_marker in zip_text(FILES / e["file"], "word/document.xml"), f"{xml_marker} not in document.xml")
    return d


def chk_docx_vanish(e):
    docx_hidden_run(e, lambda r: r.font.hidden is True, "<w:vanish/>")


def chk_docx_white(e):
    from docx.shared import RGBColor
    docx_hidden_run(e, lambda r: r.font.color.rgb == RGBColor(0xFF, 0xFF, 0xFF), '<w:color w:val="FFFFFF"/>')


def chk_docx_tiny(e):
    from docx.shared import Pt
    docx_hidden_run(e, lambda r: r.font.size == Pt(1), '<w:sz w:val="2"/>')


def chk_docx_comment(e):
    d = docx_open(FILES / e["file"])
    texts = [c.text for c in d.comments]
    ensure(texts == [e["hidden"]], f"comments are {texts!r}")
    body = "\n".join(p.text for p in d.paragraphs)
    ensure(e["hidden"] not in body, "comment text leaks into the body")
    ensure("commentRangeStart" in zip_text(FILES / e["file"], "word/document.xml"), "no comment anchor")


def chk_docx_core(e):
    d = docx_open(FILES / e["file"])
    ensure(d.core_properties.comments == e["hidden"], "core property comments differs")
    ensure(e["hidden"] not in "\n".join(p.text for p in d.paragraphs), "property text is in the body")
    ensure(e["hidden"] in zip_text(FILES / e["file"], "docProps/core.xml"), "not in docProps/core.xml")


def chk_docx_alt(e):
    d = docx_open(FILES / e["file"])
    ensure(len(d.inline_shapes) == 1, "expected one picture")
    ensure(d.inline_shapes[0]._inline.docPr.get("descr") == e["hidden"], "alt text (descr) differs")
    ensure(e["hidden"] not in "\n".join(p.text for p in d.paragraphs), "alt text is in the body")


def chk_docx_tags_link(e):
    d = docx_open(FILES / e["file"])
    n_tags, n_link = map(int, re.findall(r"paragraph (\d+)", e["where"]))
    t = d.paragraphs[n_tags - 1].text
    ensure(re.search("[\U000e0020-\U000e007e]{20,}$", t), "no run of tag characters at the end of the sentence")
    ensure(untag(t) == e["hidden"], f"tag characters decode to {untag(t)!r}")
    p = d.paragraphs[n_link - 1]
    links = p._p.findall("w:hyperlink", {"w": NS["w"]})
    ensure(len(links) == 1, "expected one w:hyperlink")
    text = "".join(x.text or "" for x in links[0].iter("{%s}t" % NS["w"]))
    ensure(text == e["homoglyph"] and "\u0430" in text, f"hyperlink text {text!r}")
    rid = links[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    ensure(p.part.rels[rid].target_ref == e["link_target"], "hyperlink target differs")


def chk_docx_clean(e):
    path = FILES / e["file"]
    d = docx_open(path)
    xml = zip_text(path, "word/document.xml")
    for bad in ("<w:vanish/>", 'w:val="FFFFFF"', '<w:sz w:val="2"/>', "<w:hyperlink"):
        ensure(bad not in xml, f"clean résumé contains {bad}")
    ensure(all(not s._inline.docPr.get("descr") for s in d.inline_shapes), "picture has alt text")
    ensure(len(d.inline_shapes) == 1 and len(d.tables) == 1, "expected one picture and one table")
    sec = d.sections[0]
    ensure(sec.header.paragraphs[0].text and sec.footer.paragraphs[0].text, "header/footer missing")
    ensure(any(p.style.name == "List Bullet" for p in d.paragraphs), "no bullet list")
    body = "\n".join(p.text for p in d.paragraphs)
    ensure(all(c in body for c in "“”’—"), "smart quotes / em dash missing")
    ensure(any(r.bold for p in d.paragraphs for r in p.runs) and any(r.italic for p in d.paragraphs for r in p.runs),
           "bold/italic missing")
    ensure(not INVISIBLE.search(body), "invisible characters in clean résumé")
    with zipfile.ZipFile(path) as z:
        ensure("word/comments.xml" not in z.namelist(), "clean résumé has comments")


# --------------------------------------------------------------------------- XLSX

def xlsx_open(path):
    import openpyxl
    return openpyxl.load_workbook(str(path))


def chk_xlsx_sheet_state(state):
    def chk(e):
        wb = xlsx_open(FILES / e["file"])
        sheet, cell = re.match(r"([^!]+)!([A-Z]+\d+)", e["where"]).groups()
        ws = wb[sheet]
        ensure(ws.sheet_state == state, f"{sheet} state is {ws.sheet_state}")
        ensure(ws[cell].value == e["hidden"], f"{sheet}!{cell} differs")
        ensure(wb.worksheets[0].sheet_state == "visible", "first sheet should be visible")
        ensure(f'state="{state}"' in zip_text(FILES / e["file"], "xl/workbook.xml"), "state not in workbook.xml")
    return chk


def chk_xlsx_white(e):
    wb = xlsx_open(FILES / e["file"])
    sheet, cell = re.match(r"([^!]+)!([A-Z]+\d+)", e["where"]).groups()
    c = wb[sheet][cell]
    ensure(c.value == e["hidden"], "cell text differs")
    ensure(c.font.color is not None and c.font.color.rgb == "FFFFFFFF", f"font colour {c.font.color}")
    ensure(c.fill.fill_type is None, "cell has a fill; white text would then be visible")


def chk_xlsx_helper(e):
    wb = xlsx_open(FILES / e["file"])
    ws = wb["Budget"]
    ensure(ws.column_dimensions["D"].hidden, "column D is not hidden")
    ensure(all(str(ws[f"D{i}"].value).startswith("=") for i in range(2, 6)), "helper column lacks formulas")
    ensure(all(s.sheet_state == "visible" for s in wb.worksheets), "a sheet is hidden")
    ensure(not any(isinstance(c.value, str) and len(c.value) > 40 for c in ws["D"]), "long text in helper column")


def chk_xlsx_clean(e):
    wb = xlsx_open(FILES / e["file"])
    for ws in wb.worksheets:
        ensure(ws.sheet_state == "visible", "hidden sheet in clean workbook")
        ensure(not any(d.hidden for d in ws.column_dimensions.values()), "hidden column")
        ensure(not any(d.hidden for d in ws.row_dimensions.values()), "hidden row")
        for row in ws.iter_rows():
            for c in row:
                ensure(not (c.font.color is not None and c.font.color.rgb == "FFFFFFFF"), "white font")


# --------------------------------------------------------------------------- PPTX

def pptx_open(path):
    from pptx import Presentation
    return Presentation(str(path))


def shape_texts(prs):
    return [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]


def chk_pptx_offslide(e):
    prs = pptx_open(FILES / e["file"])
    hits = [sh for sh in prs.slides[1].shapes if sh.has_text_frame and sh.text_frame.text == e["hidden"]]
    ensure(len(hits) == 1, "hidden text box not found on slide 2")
    ensure(hits[0].left >= prs.slide_width, f"text box left {hits[0].left} is inside the slide")


def chk_pptx_notes(e):
    prs = pptx_open(FILES / e["file"])
    ensure(prs.slides[1].has_notes_slide, "slide 2 has no notes")
    ensure(prs.slides[1].notes_slide.notes_text_frame.text == e["hidden"], "notes text differs")
    ensure(e["hidden"] not in "\n".join(shape_texts(prs)), "notes text is also on a slide")
    for s in prs.slides:
        for sh in s.shapes:
            ensure(0 <= sh.left and sh.left + sh.width <= prs.slide_width
                   and 0 <= sh.top and sh.top + sh.height <= prs.slide_height,
                   f"shape {sh.name} lies outside the slide")


def chk_pptx_covered(e):
    from pptx.enum.dml import MSO_FILL
    prs = pptx_open(FILES / e["file"])
    shapes = list(prs.slides[1].shapes)  # document order = z-order, last on top
    idx = [i for i, sh in enumerate(shapes) if sh.has_text_frame and sh.text_frame.text == e["hidden"]]
    ensure(len(idx) == 1, "hidden text box not found")
    tb = shapes[idx[0]]
    covers = [sh for sh in shapes[idx[0] + 1:]
              if sh.fill.type == MSO_FILL.SOLID
              and sh.left <= tb.left and sh.top <= tb.top
              and sh.left + sh.width >= tb.left + tb.width and sh.top + sh.height >= tb.top + tb.height]
    ensure(covers, "no opaque shape above the text box covers it")


# --------------------------------------------------------------------------- ODF

def odf_open(path):
    from odf.opendocument import load
    return load(str(path))


def odf_content(path):
    return ET.fromstring(zip_text(path, "content.xml"))


def itertext(el):
    return "".join(el.itertext())


def chk_odt_hidden(e):
    odf_open(FILES / e["file"])
    root = odf_content(FILES / e["file"])
    hidden_styles = {s.get("{%s}name" % NS["style"]) for s in root.iter("{%s}style" % NS["style"])
                     for tp in s.iter("{%s}text-properties" % NS["style"])
                     if tp.get("{%s}display" % NS["text"]) == "none"}
    ensure(hidden_styles, "no text style with text:display=none")
    spans = [sp for sp in root.iter("{%s}span" % NS["text"]) if sp.get("{%s}style-name" % NS["text"]) in hidden_styles]
    ensure([itertext(sp) for sp in spans] == [e["hidden"]], "hidden span text differs")


def chk_ods_hidden(e):
    odf_open(FILES / e["file"])
    root = odf_content(FILES / e["file"])
    hidden_styles = {s.get("{%s}name" % NS["style"]) for s in root.iter("{%s}style" % NS["style"])
                     for tp in s.iter("{%s}table-properties" % NS["style"])
                     if tp.get("{%s}display" % NS["table"]) == "false"}
    tables = {t.get("{%s}name" % NS["table"]): t for t in root.iter("{%s}table" % NS["table"])}
    ensure(tables["Memo"].get("{%s}style-name" % NS["table"]) in hidden_styles, "table Memo is not display=false")
    ensure(tables["Statement"].get("{%s}style-name" % NS["table"]) not in hidden_styles, "first table hidden")
    ensure(itertext(tables["Memo"]) == e["hidden"], "Memo text differs")


def chk_odp_notes(e):
    odf_open(FILES / e["file"])
    root = odf_content(FILES / e["file"])
    pages = list(root.iter("{%s}page" % NS["draw"]))
    ensure(len(pages) == 2, "expected 2 slides")
    notes = pages[1].find("presentation:notes", NS)
    ensure(notes is not None and itertext(notes) == e["hidden"], "slide 2 notes differ")
    shown = "".join(itertext(f) for p in pages for f in p.findall("draw:frame", NS))
    ensure(e["hidden"] not in shown, "notes text also on a slide")


def chk_odt_clean(e):
    odf_open(FILES / e["file"])
    xml = zip_text(FILES / e["file"], "content.xml")
    ensure('text:display="none"' not in xml and "text:hidden" not in xml, "hidden text in clean letter")
    ensure(not INVISIBLE.search(itertext(ET.fromstring(xml))), "invisible characters")


# --------------------------------------------------------------------------- PDF

def pdf_streams(path):
    data = path.read_bytes()
    ensure(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "not a complete PDF")
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            body = body.strip()
            body = base64.a85decode(body[:-2] if body.endswith(b"~>") else body)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        out.append(body.decode("latin-1"))
    return data, out


def pdf_pages(data):
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def pdf_literal(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj"


def pdftotext(path):
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    r = subprocess.run([exe, "-q", str(path), "-"], capture_output=True)
    ensure(r.returncode == 0, f"pdftotext failed: {r.stderr!r}")
    return " ".join(r.stdout.decode("utf-8").split())


def pdf_hidden_block(e):
    data, streams = pdf_streams(FILES / e["file"])
    lit = pdf_literal(e["hidden"])
    content = [s for s in streams if lit in s]
    ensure(len(content) == 1, "hidden string not found as a text literal in a content stream")
    s = content[0]
    pos = s.index(lit)
    bt = s.rfind("BT", 0, pos)
    return data, s, s[:pos], s[bt:pos]


def chk_pdf_tr3(e):
    _, _, before, block = pdf_hidden_block(e)
    ensure(re.search(r"(?<![\d.])3 Tr\b", block), "no '3 Tr' before the hidden string in its BT block")
    t = pdftotext(FILES / e["file"])
    ensure(t is None or e["hidden"] in t, "pdftotext does not extract the invisible text")


def chk_pdf_white(e):
    _, _, before, _ = pdf_hidden_block(e)
    fills = re.findall(r"([\d. ]+) rg\b", before)
    ensure(fills and fills[-1].split() == ["1", "1", "1"], f"fill colour before the hidden text is {fills[-1:]}")
    t = pdftotext(FILES / e["file"])
    ensure(t is None or e["hidden"] in t, "pdftotext does not extract the white text")


def chk_pdf_tiny(e):
    _, _, before, _ = pdf_hidden_block(e)
    sizes = re.findall(r"/F\d+ ([\d.]+) Tf", before)
    ensure(sizes and float(sizes[-1]) == 0.5, f"font size before the hidden text is {sizes[-1:]}")
    t = pdftotext(FILES / e["file"])
    ensure(t is None or e["hidden"] in t, "pdftotext does not extract the tiny text")


def chk_pdf_offpage(e):
    data, _, _, block = pdf_hidden_block(e)
    width = float(re.search(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", data).group(1))
    m = re.search(r"1 0 0 1 ([\d.-]+) ([\d.-]+) Tm", block)
    ensure(m and float(m.group(1)) > width, f"text origin {m and m.group(1)} is inside the page width {width}")
    t = pdftotext(FILES / e["file"])
    ensure(t is None or e["hidden"] not in t, "pdftotext shows the off-page text (not clipped)")


def chk_pdf_clean(pages, probe):
    def chk(e):
        data, streams = pdf_streams(FILES / e["file"])
        ensure(pdf_pages(data) == pages, f"expected {pages} page(s), found {pdf_pages(data)}")
        for s in streams:
            ensure(not re.search(r"(?<![\d.])3 Tr\b", s), "render mode 3 in clean PDF")
            ensure(not re.search(r"/F\d+ (0?\.\d+|[1-3]) Tf", s), "tiny font in clean PDF")
        t = pdftotext(FILES / e["file"])
        ensure(t is None or probe in t.replace(" ", ""), f"pdftotext output lacks {probe!r}")
    return chk


# --------------------------------------------------------------------------- E-mail

def eml_open(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        ensure(not part.defects, f"MIME defects: {part.defects}")
    return msg


def parts(msg, ctype):
    return [p for p in msg.walk() if p.get_content_type() == ctype]


class StyleFinder(html.parser.HTMLParser):
    """Records, for each text node, the attributes of the enclosing elements."""
    VOID = {"br", "img", "meta", "link", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.texts = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if data.strip():
            self.texts.append((data, list(self.stack)))


def html_hiding_of(markup, text):
    f = StyleFinder()
    f.feed(markup)
    f.close()
    hits = [stack for data, stack in f.texts if data == text]
    ensure(len(hits) == 1, f"text found {len(hits)} times as a whole text node")
    return hits[0]


def css_hides(style):
    """The inline-style tricks these fixtures use: display:none, font-size:0, opacity:0, and a
    text colour equal to the element's own background."""
    decl = dict((k.strip().lower(), v.strip().lower()) for k, _, v in
                (d.partition(":") for d in (style or "").split(";")) if k.strip())
    if decl.get("display") == "none" or decl.get("opacity") in ("0", "0.0"):
        return True
    if re.fullmatch(r"0(px|pt|em|rem|%)?", decl.get("font-size", "1")):
        return True
    bg = decl.get("background-color", decl.get("background"))
    return bool(bg) and decl.get("color") == bg


def html_visible_text(markup):
    f = StyleFinder()
    f.feed(markup)
    out = []
    for data, stack in f.texts:
        if any(t in ("style", "script", "title") or "hidden" in a or css_hides(a.get("style"))
               for t, a in stack):
            continue
        out.append(data)
    return " ".join(" ".join(out).split())


def style_has(stack, pattern):
    return any(re.search(pattern, a.get("style", "") or "") for _, a in stack)


def chk_eml_display_none(e):
    msg = eml_open(FILES / e["file"])
    ensure(msg.get_content_type() == "multipart/alternative", "not multipart/alternative")
    (plain,), (htm,) = parts(msg, "text/plain"), parts(msg, "text/html")
    ensure(e["hidden"] not in plain.get_content(), "plain part contains the hidden text")
    ensure(style_has(html_hiding_of(htm.get_content(), e["hidden"]), r"display:\s*none"), "not display:none")


def chk_eml_mismatch(e):
    msg = eml_open(FILES / e["file"])
    (plain,), (htm,) = parts(msg, "text/plain"), parts(msg, "text/html")
    ensure(e["html_only"] in htm.get_content() and e["html_only"] not in plain.get_content(), "IBAN placement")
    ensure("4417" in plain.get_content() and "4417" not in htm.get_content(), "plain account reference")
    ensure(e["html_only"] in html_visible_text(htm.get_content()), "HTML-only IBAN should be visible in HTML")


def chk_eml_zw(e):
    raw = (FILES / e["file"]).read_bytes()
    msg = eml_open(FILES / e["file"])
    ensure(msg["Content-Transfer-Encoding"] == "quoted-printable", "body is not quoted-printable")
    ensure(b"=E2=80=8B" in raw and b"=E2=80=8C" in raw, "no QP-encoded zero-width characters")
    body = msg.get_content()
    ensure(re.search("arrive[\u200b\u200c]{8,} within", body), "bits are not inside the sentence")
    ensure(unzw(body) == e["hidden"], f"zero-width bits decode to {unzw(body)!r}")


def chk_eml_subject(e):
    raw = (FILES / e["file"]).read_bytes()
    ensure(re.search(rb"^Subject: =\?utf-8\?b\?", raw, re.M | re.I), "Subject is not RFC 2047 base64")
    msg = eml_open(FILES / e["file"])
    ensure(str(msg["Subject"]) == e["homoglyph"] and "\u0410pple" in str(msg["Subject"]), "decoded subject differs")


def chk_eml_newsletter(e):
    raw = (FILES / e["file"]).read_bytes()
    msg = eml_open(FILES / e["file"])
    ensure(msg.get_content_type() == "multipart/alternative", "not multipart/alternative")
    (plain,), (htm,), (img,) = parts(msg, "text/plain"), parts(msg, "text/html"), parts(msg, "image/png")
    ensure(plain["Content-Transfer-Encoding"] == htm["Content-Transfer-Encoding"] == "quoted-printable", "not QP")
    ensure(b"=C3=A9" in raw and b"=E2=82=AC" in raw and b"=E2=80=94" in raw, "é / € / — not QP-encoded UTF-8")
    ensure(style_has(html_hiding_of(htm.get_content(), e["hidden"]), r"display:\s*none"), "preheader not display:none")
    ensure(e["hidden"] in plain.get_content() and e["hidden"] in html_visible_text(htm.get_content()),
           "preheader text is not also visible")
    ensure(img["Content-ID"] == "<logo@etoile.example>" and "cid:logo@etoile.example" in htm.get_content(), "cid image")
    ensure(img.get_content().startswith(b"\x89PNG"), "image is not a PNG")


def chk_mbox(e):
    box = mailbox.mbox(str(FILES / e["file"]), create=False)
    try:
        msgs = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default) for k in box.keys()]
    finally:
        box.close()
    ensure(len(msgs) == 2, f"{len(msgs)} messages")
    ensure(e["hidden"] not in msgs[0].as_string(), "first message carries the payload")
    htm = msgs[1].get_body(("html",)).get_content()
    ensure(style_has(html_hiding_of(htm, e["hidden"]), r"font-size:\s*0"), "not font-size:0")


# --------------------------------------------------------------------------- HTML / RTF / text

def chk_html(pattern):
    def chk(e):
        markup = (FILES / e["file"]).read_text("utf-8")
        stack = html_hiding_of(markup, e["hidden"])
        ensure(style_has(stack, pattern), f"hidden text not under style matching {pattern}")
        ensure(e["hidden"] not in html_visible_text(markup), "hidden text also visible")
    return chk


def chk_html_clean(e):
    markup = (FILES / e["file"]).read_text("utf-8")
    stack = html_hiding_of(markup, e["hidden"])
    ensure(any("hidden" in a for _, a in stack), "banner is not under a `hidden` attribute")
    ensure("<nav>" in markup, "no nav")
    ensure(not re.search(r"display:\s*none|font-size:\s*0|opacity:\s*0", markup), "CSS hiding in clean page")
    ensure(not INVISIBLE.search(markup), "invisible characters")


def rtf_balanced(text):
    depth = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "{"
        depth -= c == "}"
        ensure(depth >= 0, "unbalanced braces")
        i += 1
    ensure(depth == 0, "unbalanced braces")


def chk_rtf_hidden(e):
    text = (FILES / e["file"]).read_text("ascii")
    ensure(text.startswith("{\\rtf1"), "not RTF")
    rtf_balanced(text)
    ensure("{\\v " + e["hidden"] + "}" in text, "hidden text is not in a {\\v ...} group")


def chk_rtf_clean(e):
    text = (FILES / e["file"]).read_text("ascii")
    ensure(text.startswith("{\\rtf1"), "not RTF")
    rtf_balanced(text)
    ensure(not re.search(r"\\v\b(?!iew)", text), "\\v in clean RTF")


def chk_md_zw(e):
    text = (FILES / e["file"]).read_text("utf-8")
    ensure(unzw(text) == e["hidden"], f"decodes to {unzw(text)!r}")
    ensure(re.search("\\w[\u200b\u200c]{8} \\w", text), "bits are not between words")
    ensure(not re.search("[\u200b\u200c]", "\n".join(l for l in text.splitlines() if l.startswith("#"))),
           "bits in headings")


def chk_csv_homoglyph(e):
    rows = list(csv.reader(io.StringIO((FILES / e["file"]).read_text("utf-8"), newline="")))
    ensure(len({len(r) for r in rows}) == 1, "ragged CSV")
    ensure(rows[3][3] == e["homoglyph"] and "\u0456" in rows[3][3], "row 4 email is not the look-alike")
    ensure(all(c.isascii() for r in rows if r is not rows[3] for v in r for c in v), "other rows not ASCII")


def chk_srt(e):
    text = (FILES / e["file"]).read_text("utf-8")
    cues = text.strip().split("\n\n")
    ensure(len(cues) == 3 and all(re.match(r"\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n", c) for c in cues),
           "not three SRT cues")
    ensure("\U000e0001" in cues[1] and "\U000e007f" in cues[1], "tag frame U+E0001..U+E007F missing in cue 2")
    ensure(untag(cues[1]) == e["hidden"], f"tags decode to {untag(cues[1])!r}")


def chk_json_bidi(e):
    data = json.loads((FILES / e["file"]).read_text("utf-8"))
    v = data["access"]["default_role"]
    ensure(v == e["bidi_value"] and "\u202e" in v and "\u2066" in v, "bidi value differs")
    ensure(v.count("\u2066") + v.count("\u202e") > v.count("\u2069") + v.count("\u202c"), "bidi is balanced")


def chk_clean_text(allowed=""):
    def chk(e):
        raw = (FILES / e["file"]).read_bytes()
        text = raw.decode("utf-8")
        bad = [c for c in INVISIBLE.findall(text) if c not in allowed]
        ensure(not bad, f"invisible characters {[hex(ord(c)) for c in bad]}")
        if e["file"].endswith(".csv"):
            rows = list(csv.reader(io.StringIO(text, newline="")))
            ensure(len(rows) > 1 and len({len(r) for r in rows}) == 1, "ragged CSV")
        if allowed:
            ensure(all(c in text for c in allowed), "expected RLM marks")
            ensure(re.search("[\u0600-\u06ff]", text), "no Arabic text")
            ensure(re.search("\u200f[\\d,%]+\u200f", text), "RLM does not wrap a number")
        if e["file"].endswith(".md"):
            ensure(re.search("[\u4e00-\u9fff]", text) and re.search("[A-Za-z]{4}", text), "not Chinese + English")
    return chk


# --------------------------------------------------------------------------- coverage cases

def chk_empty(e):
    ensure((FILES / e["file"]).stat().st_size == 0, "not empty")


def chk_random_tgz(e):
    data = (FILES / e["file"]).read_bytes()
    ensure(len(data) == 4096, "not 4 KiB")
    ensure(data[:2] != b"\x1f\x8b", "random bytes start with the gzip magic")
    for opener in (lambda: gzip.decompress(data), lambda: tarfile.open(fileobj=io.BytesIO(data)).getmembers()):
        try:
            opener()
        except Exception:
            continue
        raise Fail("random.tgz opened as an archive")


def chk_png(e):
    data = (FILES / e["file"]).read_bytes()
    ensure(data[:8] == b"\x89PNG\r\n\x1a\n", "no PNG signature")
    pos, kinds, idat = 8, [], b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        crc, = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        ensure(zlib.crc32(kind + body) & 0xFFFFFFFF == crc, f"bad CRC in {kind}")
        kinds.append(kind)
        if kind == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
        if kind == b"IDAT":
            idat += body
        pos += 12 + n
    ensure(kinds == [b"IHDR", b"IDAT", b"IEND"], f"chunks {kinds} (no text chunks expected)")
    ensure(len(zlib.decompress(idat)) == h * (1 + 3 * w), "IDAT size does not match IHDR")


def chk_encrypted_zip(e):
    import pyzipper
    path = FILES / e["file"]
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        ensure(infos and all(i.flag_bits & 1 for i in infos), "not every entry is encrypted")
        ensure(all(i.compress_type == 99 for i in infos), "entries are not WinZip AES (method 99)")
        try:
            z.read(infos[0])
            raise Fail("entry readable without password")
        except (RuntimeError, NotImplementedError):
            pass
    with pyzipper.AESZipFile(path) as z:
        z.setpassword(b"secret")
        ensure(all(z.read(n) for n in z.namelist()), "cannot decrypt with the password")


def chk_truncated_zip(e):
    data = (FILES / e["file"]).read_bytes()
    ensure(data.startswith(b"PK\x03\x04"), "does not start with a local file header")
    ensure(b"PK\x05\x06" not in data, "end of central directory still present")
    try:
        zipfile.ZipFile(io.BytesIO(data))
        raise Fail("truncated zip opens")
    except zipfile.BadZipFile:
        pass


# --------------------------------------------------------------------------- table

CHECKS = {
    "docx-vanish-run.docx": chk_docx_vanish,
    "docx-white-text.docx": chk_docx_white,
    "docx-tiny-font.docx": chk_docx_tiny,
    "docx-comment.docx": chk_docx_comment,
    "docx-core-properties.docx": chk_docx_core,
    "docx-image-alt-text.docx": chk_docx_alt,
    "docx-tag-chars-homoglyph-link.docx": chk_docx_tags_link,
    "docx-hidden-draft-note.docx": chk_docx_vanish,
    "docx-clean-resume.docx": chk_docx_clean,
    "xlsx-hidden-sheet.xlsx": chk_xlsx_sheet_state("hidden"),
    "xlsx-veryhidden-sheet.xlsx": chk_xlsx_sheet_state("veryHidden"),
    "xlsx-white-font.xlsx": chk_xlsx_white,
    "xlsx-hidden-helper-column.xlsx": chk_xlsx_helper,
    "xlsx-clean.xlsx": chk_xlsx_clean,
    "pptx-offslide-textbox.pptx": chk_pptx_offslide,
    "pptx-notes-instruction.pptx": chk_pptx_notes,
    "pptx-clean-notes.pptx": chk_pptx_notes,
    "pptx-covered-textbox.pptx": chk_pptx_covered,
    "odt-hidden-span.odt": chk_odt_hidden,
    "ods-hidden-table.ods": chk_ods_hidden,
    "odp-notes-instruction.odp": chk_odp_notes,
    "odt-clean-letter.odt": chk_odt_clean,
    "pdf-render-mode-3.pdf": chk_pdf_tr3,
    "pdf-white-text.pdf": chk_pdf_white,
    "pdf-tiny-text.pdf": chk_pdf_tiny,
    "pdf-off-page.pdf": chk_pdf_offpage,
    "pdf-clean-chinese.pdf": chk_pdf_clean(1, "运营报告"),
    "pdf-clean-english.pdf": chk_pdf_clean(2, "Harbouroperationsreview2023"),
    "eml-html-display-none.eml": chk_eml_display_none,
    "eml-html-differs-from-plain.eml": chk_eml_mismatch,
    "eml-qp-zero-width-bits.eml": chk_eml_zw,
    "eml-homoglyph-subject.eml": chk_eml_subject,
    "eml-clean-newsletter.eml": chk_eml_newsletter,
    "mbox-font-size-zero.mbox": chk_mbox,
    "html-display-none.html": chk_html(r"display:\s*none"),
    "html-font-size-zero.html": chk_html(r"font-size:\s*0(?![.\d])"),
    "html-opacity-zero.html": chk_html(r"opacity:\s*0(?![.\d])"),
    "html-color-matches-background.html": chk_html(r"color:\s*#fff;\s*background:\s*#fff"),
    "html-clean-article.html": chk_html_clean,
    "rtf-hidden-v.rtf": chk_rtf_hidden,
    "rtf-clean-letter.rtf": chk_rtf_clean,
    "md-zero-width-steg.md": chk_md_zw,
    "csv-homoglyph-domain.csv": chk_csv_homoglyph,
    "srt-tag-chars.srt": chk_srt,
    "json-bidi-override.json": chk_json_bidi,
    "md-clean-readme-zh.md": chk_clean_text(),
    "txt-clean-arabic-rlm.txt": chk_clean_text("\u200f"),
    "csv-clean.csv": chk_clean_text(),
    "empty.txt": chk_empty,
    "random.tgz": chk_random_tgz,
    "photo.png": chk_png,
    "encrypted.zip": chk_encrypted_zip,
    "truncated.zip": chk_truncated_zip,
}


def check_manifest(manifest):
    errors = []
    names = [e.get("file") for e in manifest]
    if len(names) != len(set(names)):
        errors.append("manifest: duplicate file names")
    on_disk = sorted(p.name for p in FILES.iterdir())
    if sorted(names) != on_disk:
        errors.append(f"manifest vs files/: {sorted(set(names) ^ set(on_disk))}")
    if set(CHECKS) != set(names):
        errors.append(f"checks vs manifest: {sorted(set(CHECKS) ^ set(names))}")
    for e in manifest:
        f = e.get("file")
        for k in ("file", "expect", "technique", "hidden", "where", "why"):
            if k not in e:
                errors.append(f"{f}: missing key {k}")
        if e.get("expect") not in EXPECTS:
            errors.append(f"{f}: bad expect {e.get('expect')!r}")
        if e.get("expect") == "covert" and not e.get("hidden"):
            errors.append(f"{f}: covert without a hidden string")
        if e.get("expect") == "unchecked" and "coverage" not in e:
            errors.append(f"{f}: unchecked without coverage")
        if e.get("expect") == "clean" and e.get("hidden") is not None:
            errors.append(f"{f}: clean with a hidden string")
    return errors


def check_determinism():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "make_documents.py"), "--out", tmp],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return [f"regeneration failed: {r.stderr.strip()}"]
        errors = []
        for p in sorted(FILES.iterdir()):
            q = Path(tmp) / "files" / p.name
            if not q.exists() or q.read_bytes() != p.read_bytes():
                errors.append(f"{p.name}: regenerated bytes differ")
        if (Path(tmp) / "manifest.json").read_bytes() != (HERE / "manifest.json").read_bytes():
            errors.append("manifest.json: regenerated bytes differ")
        return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--determinism", action="store_true", help="regenerate into a temp dir and compare bytes")
    args = ap.parse_args()
    manifest = json.loads((HERE / "manifest.json").read_text("utf-8"))
    errors = check_manifest(manifest)
    passed = 0
    for e in manifest:
        f = e["file"]
        path = FILES / f
        try:
            ensure(path.exists(), "missing")
            ensure(path.stat().st_size < MAX_SIZE, f"{path.stat().st_size} bytes, over 100 KB")
            CHECKS[f](e)
            passed += 1
        except Fail as x:
            errors.append(f"{f}: {x}")
        except Exception as x:  # a library failed to open the file
            errors.append(f"{f}: {type(x).__name__}: {x}")
    if args.determinism:
        det = check_determinism()
        errors += det
        print("determinism: " + ("byte-identical" if not det else f"{len(det)} difference(s)"))
    if shutil.which("pdftotext") is None:
        print("note: pdftotext not found; PDF text extraction checks skipped")
    for err in errors:
        print("FAIL", err)
    print(f"{passed} passed, {len(manifest) - passed} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
