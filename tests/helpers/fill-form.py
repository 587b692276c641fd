"""Fills a Candor self-assessment form the way a rep would in Word, using python-docx.

Usage: python3 fill-form.py IN.docx OUT.docx ANSWERS.json
ANSWERS.json: {"answers": {"<Ref>": "<text typed in the last cell>"}, "deleteRow": "<Ref>" | null}
Each table row whose first cell reads <Ref> gets the answer typed into its last cell; the row
named by deleteRow is removed from its table (a form changed out of shape).
"""
import json
import sys

import docx

source, target, answers_path = sys.argv[1:4]
with open(answers_path, encoding='utf-8') as f:
    spec = json.load(f)
answers = spec.get('answers', {})
delete_row = spec.get('deleteRow')

document = docx.Document(source)
filled = set()
for table in document.tables:
    for row in list(table.rows):
        ref = row.cells[0].text.strip()
        if ref == delete_row:
            row._tr.getparent().remove(row._tr)
            continue
        if ref in answers:
            row.cells[-1].text = answers[ref]
            filled.add(ref)
missing = sorted(set(answers) - filled)
if missing:
    sys.exit('no row for: ' + ', '.join(missing))
document.save(target)
