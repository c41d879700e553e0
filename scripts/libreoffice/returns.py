#!/usr/bin/python3
"""LibreOffice makes the returns of a draft, the way delegations do: each author opens the base
.docx in Writer with Track Changes on and edits it (replacements, insertions, deletions, new
paragraphs), and saves it as Word. Run with Debian's /usr/bin/python3 (python3-uno).

  returns.py SPEC.json OUTDIR

SPEC: {"base": ["paragraph", ...], "returns": [{"author": "Name", "file": "x.docx",
       "replace": [["find", "replacement"], ...], "delete": [paragraph index, ...],
       "insert_after": [[paragraph index, "text"], ...]}]}. Writes OUTDIR/base.docx and each file.
"""
import json
import os
import sys

from review import Office, prop, save_docx

from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def set_author(office, name):
    """The name LibreOffice records on tracked changes: the user's profile name."""
    provider = office.smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', office.ctx)
    access = provider.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess',
                                                  (prop('nodepath', '/org.openoffice.UserProfile/Data'),))
    first, _, last = name.partition(' ')
    access.setPropertyValue('givenname', first)
    access.setPropertyValue('sn', last)
    access.commitChanges()


def paragraph_elements(doc):
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService('com.sun.star.text.Paragraph'):
            out.append(el)
    return out


def write_base(office, base, path):
    doc = office.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, (prop('Hidden', True),))
    text = doc.getText()
    cursor = text.createTextCursor()
    for k, para in enumerate(base):
        if k > 0:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, para, False)
    save_docx(doc, path)
    doc.close(True)


def write_return(office, base_path, spec, path):
    set_author(office, spec['author'])
    doc = office.load(base_path)
    doc.setPropertyValue('RecordChanges', True)
    text = doc.getText()
    paras = paragraph_elements(doc)
    # New paragraphs first, from the last place up, so the indices of the base still hold.
    for index, new in sorted(spec.get('insert_after', []), key=lambda x: -x[0]):
        cursor = text.createTextCursorByRange(paras[index].getEnd())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, new, False)
    for index in sorted(spec.get('delete', []), reverse=True):
        # The paragraph's text and the break before it: the paragraph goes, its neighbours stay.
        cursor = text.createTextCursorByRange(paras[index - 1].getEnd())
        cursor.gotoRange(paras[index].getEnd(), True)
        cursor.setString('')
    for find, replacement in spec.get('replace', []):
        descriptor = doc.createReplaceDescriptor()
        descriptor.setSearchString(find)
        descriptor.setReplaceString(replacement)
        descriptor.SearchCaseSensitive = True
        if doc.replaceAll(descriptor) == 0:
            raise RuntimeError(f'{spec["author"]}: "{find}" is not in the base')
    save_docx(doc, path)
    doc.close(True)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    with open(argv[1], encoding='utf-8') as fh:
        spec = json.load(fh)
    out = os.path.abspath(argv[2])
    os.makedirs(out, exist_ok=True)
    base_path = os.path.join(out, 'base.docx')
    with Office() as office:
        write_base(office, spec['base'], base_path)
        for ret in spec['returns']:
            write_return(office, base_path, ret, os.path.join(out, ret['file']))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
