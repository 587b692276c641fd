"""Opens .docx files the way another program would and reports what it finds, as JSON.

Usage: python3 docx-check.py FILE.docx...
For each file: package problems (missing parts, XML that is not well-formed, parts without a
content type, relationships pointing at nothing) and what python-docx reads (paragraphs with
their style names, tables as rows of cell text, header and footer text, inline images).
"""
import json
import posixpath
import sys
import zipfile

import docx
from lxml import etree

CT = '{http://schemas.openxmlformats.org/package/2006/content-types}'
REL = '{http://schemas.openxmlformats.org/package/2006/relationships}'


def package_problems(path):
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for required in ('[Content_Types].xml', '_rels/.rels', 'word/document.xml'):
            if required not in names:
                problems.append('missing ' + required)
        parsed = {}
        for name in names:
            if name.endswith('.xml') or name.endswith('.rels'):
                try:
                    parsed[name] = etree.fromstring(z.read(name))
                except etree.XMLSyntaxError as e:
                    problems.append('not well-formed: %s: %s' % (name, e))
        types = parsed.get('[Content_Types].xml')
        if types is not None:
            defaults = {e.get('Extension').lower() for e in types.iter(CT + 'Default')}
            overrides = {e.get('PartName').lstrip('/') for e in types.iter(CT + 'Override')}
            for name in names:
                if name.endswith('/') or name == '[Content_Types].xml':
                    continue
                if name not in overrides and name.rsplit('.', 1)[-1].lower() not in defaults:
                    problems.append('no content type: ' + name)
        for name, root in parsed.items():
            if not name.endswith('.rels'):
                continue
            base = posixpath.dirname(posixpath.dirname(name))
            for rel in root.iter(REL + 'Relationship'):
                if rel.get('TargetMode') == 'External':
                    continue
                target = rel.get('Target')
                resolved = target.lstrip('/') if target.startswith('/') else posixpath.normpath(posixpath.join(base, target))
                if resolved not in names:
                    problems.append('relationship %s -> %s points at nothing' % (name, target))
    return problems


def read(path):
    d = docx.Document(path)
    section = d.sections[0]
    return {
        'paragraphs': [{'style': p.style.name, 'text': p.text} for p in d.paragraphs],
        'tables': [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
        'table_styles': [t.style.name if t.style is not None else None for t in d.tables],
        'header': '\n'.join(p.text for p in section.header.paragraphs),
        'footer': '\n'.join(p.text for p in section.footer.paragraphs),
        'images': len(d.inline_shapes),
    }


out = {}
for path in sys.argv[1:]:
    entry = {'problems': package_problems(path)}
    try:
        entry.update(read(path))
    except Exception as e:  # report, do not crash: the test shows the reason
        entry['problems'].append('python-docx could not open it: %s: %s' % (type(e).__name__, e))
    out[path] = entry
print(json.dumps(out, ensure_ascii=False))
