#!/usr/bin/python3
"""LibreOffice as the outside judge of Concord's tracked changes and comments.

Run with Debian's /usr/bin/python3 (it has the python3-uno bridge). Every run starts its own
headless soffice with a private profile (-env:UserInstallation) so parallel runs never collide.

  review.py fixtures OUTDIR            write the small review fixtures (two authors, comments)
  review.py accept-all IN.docx OUT     accept every tracked change in LibreOffice, write the text (a paragraph a line)
  review.py reject-all IN.docx OUT     reject every tracked change, write the text
  review.py accept-docx IN.docx OUT    accept every tracked change and save as Word again

This LibreOffice (7.4, headless, driven over UNO) cannot load a .docx that has comments (the
load returns nothing or the process dies), so the UNO commands work on a copy without them;
`soffice --convert-to` does read comments, and the tests use it to see them.
"""
import json
import os
import shutil
import subprocess
import sys
import re
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """One soffice process with a private profile, connected over a named pipe."""

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix='concord-lo-')
        pipe = 'concord' + os.path.basename(self.dir).replace('-', '')
        self.proc = subprocess.Popen(
            ['soffice', '--headless', '--norestore',
             f'-env:UserInstallation=file://{self.dir}/profile', f'--accept=pipe,name={pipe};urp;'],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(240):
            try:
                self.ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError('soffice exited before it accepted a connection')
                time.sleep(0.25)
        else:
            raise RuntimeError('soffice did not accept a connection within 60 s')
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext('com.sun.star.frame.Desktop', self.ctx)
        return self

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def load(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (prop('Hidden', True),))

    def dispatch(self, doc, command):
        helper = self.smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', self.ctx)
        helper.executeDispatch(doc.getCurrentController().getFrame(), command, '', 0, ())


def save_docx(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop('FilterName', 'MS Word 2007 XML'),))


def paragraphs(doc):
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService('com.sun.star.text.Paragraph'):
            # A Word list's number is no text of the paragraph; print it as it shows, before it.
            label = el.getPropertyValue('ListLabelString') if el.getPropertySetInfo().hasPropertyByName('ListLabelString') else ''
            out.append(f'{label} {el.getString()}' if label else el.getString())
    # Footnotes after the text, in the order of their marks, each as its mark and its words.
    notes = doc.getFootnotes()
    for i in range(notes.getCount()):
        note = notes.getByIndex(i)
        out.append(f'{note.getLabel() or note.getAnchor().getString()} {note.getString().lstrip()}')
    return out


# The fixtures are written as flat ODF (tracked changes and comments as LibreOffice itself stores
# them), then LibreOffice converts them to Word: the .docx markup is LibreOffice's own. (Adding
# comments through the UNO API crashes this headless LibreOffice 7.4, loading them does not.)
ODF_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text>
"""
ODF_TAIL = "</office:text></office:body></office:document>\n"


def info(author, date):
    return f'<office:change-info><dc:creator>{author}</dc:creator><dc:date>{date}</dc:date></office:change-info>'


def region(cid, kind, author, date, deleted=''):
    return f'<text:changed-region text:id="{cid}"><text:{kind}>{info(author, date)}{deleted}</text:{kind}></text:changed-region>'


def inserted(cid, text):
    return f'<text:change-start text:change-id="{cid}"/>{text}<text:change-end text:change-id="{cid}"/>'


def comment(name, author, initials, date, text, anchored):
    return (f'<office:annotation office:name="{name}"><dc:creator>{author}</dc:creator><dc:date>{date}</dc:date>'
            f'<meta:creator-initials>{initials}</meta:creator-initials><text:p>{text}</text:p></office:annotation>'
            f'{anchored}<office:annotation-end office:name="{name}"/>')


ANA, BEN = 'Ana Ortiz', 'Ben Ngata'


def two_authors():
    """Two delegations mark up one draft: a replacement, an insertion, deletions (one of a whole
    paragraph), a number changed, and comments by both on the same words and elsewhere."""
    changes = ''.join([
        region('a1', 'deletion', ANA, '2026-03-02T09:00:00', '<text:p>strengthen</text:p>'),
        region('a2', 'insertion', ANA, '2026-03-02T09:00:00'),
        region('a3', 'insertion', ANA, '2026-03-02T09:05:00'),
        region('a4', 'deletion', ANA, '2026-03-02T09:07:00', '<text:p><text:s/>without delay</text:p>'),
        region('b1', 'deletion', BEN, '2026-03-02T11:00:00', '<text:p>Recalling the Charter of the United Nations and our shared commitment to peace,</text:p><text:p/>'),
        region('b2', 'deletion', BEN, '2026-03-02T11:02:00', '<text:p>2027</text:p>'),
        region('b3', 'insertion', BEN, '2026-03-02T11:02:00'),
    ])
    body = [
        '<text:p>Joint Statement of the Ministers of Foreign Affairs</text:p>',
        '<text:p>We, the Ministers, meeting in Geneva on 3 March 2026,</text:p>',
        '<text:p><text:change text:change-id="b1"/>Commit to <text:change text:change-id="a1"/>' + inserted('a2', 'deepen')
        + ' cooperation on ' + comment('c1', ANA, 'AO', '2026-03-02T09:30:00', 'Can we say &quot;maritime safety&quot;?', 'maritime security')
        + ' and the protection of ocean resources' + inserted('a3', '<text:s/>and marine biodiversity') + '.</text:p>',
        '<text:p>Agree to meet again in <text:change text:change-id="b2"/>' + inserted('b3', '2028') + ' to '
        + comment('c2', BEN, 'BN', '2026-03-02T11:05:00', 'Which body reviews?', 'review progress') + '.</text:p>',
        '<text:p>Call upon all States to ratify the Convention<text:change text:change-id="a4"/>.</text:p>',
    ]
    return ODF_HEAD + '<text:tracked-changes text:track-changes="true">' + changes + '</text:tracked-changes>\n' + '\n'.join(body) + '\n' + ODF_TAIL


def formatting():
    """A formatting change (bold) and an inserted paragraph, by one author."""
    changes = ''.join([
        region('f1', 'format-change', ANA, '2026-03-04T10:00:00'),
        region('f2', 'insertion', ANA, '2026-03-04T10:01:00'),
    ])
    body = [
        '<text:p>Joint Statement of the Ministers of Foreign Affairs</text:p>',
        '<text:p>Commit to strengthen cooperation on <text:change-start text:change-id="f1"/><text:span text:style-name="B">maritime security</text:span><text:change-end text:change-id="f1"/>.</text:p>',
        '<text:p><text:change-start text:change-id="f2"/>Welcome the offer of Chile to host the next meeting.</text:p>',
        '<text:p><text:change-end text:change-id="f2"/>Call upon all States to ratify the Convention.</text:p>',
    ]
    return ODF_HEAD + '<text:tracked-changes text:track-changes="true">' + changes + '</text:tracked-changes>\n' + '\n'.join(body) + '\n' + ODF_TAIL


FIXTURES = {'review-two-authors': two_authors, 'review-formatting': formatting}


def make_fixtures(out):
    work = tempfile.mkdtemp(prefix='concord-lo-fodt-')
    try:
        sources = []
        for name, build in FIXTURES.items():
            path = os.path.join(work, name + '.fodt')
            with open(path, 'w', encoding='utf-8') as fh:
                fh.write(build())
            sources.append(path)
        subprocess.run(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{work}/profile',
                        '--convert-to', 'docx:MS Word 2007 XML', '--outdir', os.path.abspath(out), *sources],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(work, ignore_errors=True)


COMMENT_MARKUP = re.compile(rb'<w:commentRangeStart[^>]*/>|<w:commentRangeEnd[^>]*/>|<w:r>(?:<w:rPr>(?:(?!</w:r>).)*</w:rPr>)?<w:commentReference[^>]*/></w:r>|<w:commentReference[^>]*/>', re.S)


def without_comments(source, target):
    """A copy of a .docx with its comments taken out (parts, relationships and anchors)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            name = item.filename
            if name.startswith('word/comments') or name.startswith('word/people'):
                continue
            data = zin.read(name)
            if name == 'word/document.xml':
                data = COMMENT_MARKUP.sub(b'', data)
            elif name == 'word/_rels/document.xml.rels':
                data = re.sub(rb'<Relationship [^>]*Target="(?:comments|commentsExtended|commentsIds|commentsExtensible|people)\.xml"[^>]*/>', b'', data)
            elif name == '[Content_Types].xml':
                data = re.sub(rb'<Override [^>]*PartName="/word/(?:comments|commentsExtended|commentsIds|commentsExtensible|people)\.xml"[^>]*/>', b'', data)
            zout.writestr(item, data)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command = argv[1]
    if command == 'fixtures':
        os.makedirs(argv[2], exist_ok=True)
        make_fixtures(argv[2])
        return 0
    if command not in ('accept-all', 'reject-all', 'accept-docx') or len(argv) < 4:
        print(__doc__)
        return 2
    with Office() as office:
        plain = os.path.join(office.dir, 'input.docx')
        without_comments(argv[2], plain)
        doc = office.load(plain)
        if doc is None:
            raise RuntimeError(f'LibreOffice could not open {argv[2]}')
        office.dispatch(doc, '.uno:RejectAllTrackedChanges' if command == 'reject-all' else '.uno:AcceptAllTrackedChanges')
        if command == 'accept-docx':
            save_docx(doc, argv[3])
        else:
            with open(argv[3], 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(paragraphs(doc)) + '\n')
        doc.close(True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
