"""Drafts every rep's plan and guide with `candor plan` and reads the Word files back with
python-docx, counting what a careful manager (or HR) would call a contradiction or a slip.

Usage: python3 scripts/check-plan-documents.py [--root REPO] [--verbose] EXPORT.csv [MORE.csv ...]
  --root: the checkout whose `npm run candor` is used (default: this one), so an older version
  can be measured the same way.
  Several files are read together, as `candor plan` reads them (a deals export and an activities
  export, say). When the files hold meetings, talk about meetings is the data's, not a slip, and
  meetings-talk is not counted.

Counted, per rep:
  expectation-twice   a metric's expectation differs between the Expectations list and the facts table
  baseline-differs    an action item's baseline is not the facts table's actual for that metric
  target-not-better   an action's target equals its baseline or is worse than it ("from 7 days to 7 days")
  cents               an amount or a count written to the cent or beyond ("2,535.55", "1267.07")
  rate-without-%      a rate in the facts table written without %
  targets-talk        the guide talks about a quota or targets the data does not hold (the export has none)
  meetings-talk       the guide talks about meetings or calls the data does not hold (the export has none)
  raw-code            an internal key or code in a document or in the CLI's output
  number-for-emotion  an answer to tears, anger, home troubles or "I should leave" carries a number
  not-a-gap           a talking point presents as short what is within the 20% gap threshold
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree

try:
    import docx
except ImportError:  # python-docx missing: read the few parts used here with the standard library
    docx = None

LOWER_IS_BETTER = ('cycle', 'complaint', 'lost')
EMOTIONS = ('Tears', 'Anger', 'Things are hard at home', 'Maybe I should just leave')
RAW = re.compile(
    r'\b[a-z]+[A-Z][A-Za-z]+\b|facts-refreshed|\b(?:mixed|skill|effort) \(|\b(?:opportunity-to-win|meeting-to-opportunity|deal-size|cycle-length|insufficient-data|on-track)\b'
)
CENTS = re.compile(r'(?<![\d.])\d{1,3}(?:,\d{3})+\.\d{2}\b|(?<![\d.,])\d{4,}\.\d+')
NUMBER = re.compile(r'-?[\d,]*\.?\d+')


def candor(root, *args):
    return subprocess.run(['npm', 'run', '--silent', 'candor', '--', *args], cwd=root, capture_output=True, text=True)


W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def plain_text(el):
    return ''.join(t.text or '' for t in el.iter(W + 't'))


def read_plain(path):
    """As python-docx reads it: the body's paragraphs and tables, a cell's paragraphs joined by newlines."""
    with zipfile.ZipFile(path) as z:
        body = ElementTree.fromstring(z.read('word/document.xml')).find(W + 'body')
    paras = [plain_text(p) for p in body.findall(W + 'p') if plain_text(p).strip()]
    tables = [
        [['\n'.join(plain_text(p) for p in c.findall(W + 'p')) for c in r.findall(W + 'tc')] for r in t.findall(W + 'tr')]
        for t in body.findall(W + 'tbl')
    ]
    return paras, tables


def read(path):
    if docx is None:
        return read_plain(path)
    d = docx.Document(path)
    paras = [p.text for p in d.paragraphs if p.text.strip()]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    return paras, tables


def table_with(tables, first_header):
    for t in tables:
        if t and t[0] and t[0][0] == first_header:
            return t[1:]
    return []


def number(text):
    m = NUMBER.search(text.replace('−', '-'))
    return float(m.group().replace(',', '')) if m else None


def base_label(label):
    return re.sub(r' \(against the team median\)$', '', label)


def check_plan(paras, tables):
    problems = []
    facts = {base_label(r[0]): r for r in table_with(tables, 'Metric') if len(r) >= 4}
    # The Expectations list sits between its heading and the next one.
    if 'Expectations' in paras:
        for line in paras[paras.index('Expectations') + 1:]:
            if line in ('Performance facts', 'Focus areas', 'Action items'):
                break
            m = re.match(r'^(.+?): (.+?)(?: \((.*)\))?$', line)
            if m and m.group(1) in facts and facts[m.group(1)][1] != m.group(2):
                problems.append(('expectation-twice', f'{m.group(1)}: {m.group(2)} vs {facts[m.group(1)][1]}'))
    for row in table_with(tables, '#'):
        if len(row) < 5:
            continue
        action, measure, baseline, target = row[1], row[2], row[3], row[4]
        if measure in facts and facts[measure][2] != baseline:
            problems.append(('baseline-differs', f'{measure}: {baseline} vs facts {facts[measure][2]}'))
        b, t = number(baseline), number(target)
        lower = any(w in measure.lower() for w in LOWER_IS_BETTER)
        if b is not None and t is not None and (t == b or (t > b if lower else t < b)):
            problems.append(('target-not-better', action))
        if re.search(r'from (.+?) to \1\b', action):
            problems.append(('target-not-better', action))
    for label, row in facts.items():
        if ('rate' in label.lower() or '→' in label) and any(v and v != 'not available' and '%' not in v for v in row[1:3]):
            problems.append(('rate-without-%', f'{label}: {row[1]} / {row[2]}'))
    return problems


def check_guide(paras, tables):
    problems = []
    talk = paras + [c for t in tables for r in t for c in r]
    for line in talk:
        if re.search(r'quota|against the targets', line, re.I):
            problems.append(('targets-talk', line[:90]))
        if re.search(r'meetings (?:held|booked)|booking more meetings|\bcalls\b', line, re.I):
            problems.append(('meetings-talk', line[:90]))
    for row in table_with(tables, 'If you hear'):
        if row[0] in EMOTIONS and re.search(r'\d', row[1]):
            problems.append(('number-for-emotion', row[0]))
    if 'Talking points' in paras:
        for line in paras[paras.index('Talking points') + 1:]:
            if line == 'Questions to ask':
                break
            m = re.search(r'\((\d+)% below\)', line)
            if m and int(m.group(1)) < 20:
                problems.append(('not-a-gap', line[:90]))
    return problems


def check_text(texts):
    problems = []
    for text in texts:
        for m in CENTS.finditer(text):
            problems.append(('cents', m.group()))
        for m in RAW.finditer(text):
            problems.append(('raw-code', m.group()))
    return problems


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    verbose = '--verbose' in argv
    argv = [a for a in argv if a != '--verbose']
    if argv[:1] == ['--root']:
        root, argv = argv[1], argv[2:]
    exports = [os.path.abspath(a) for a in argv]
    diagnosis = json.loads(candor(root, 'diagnose', *exports, '--json').stdout)
    has_meetings = diagnosis.get('effortSignal') == 'meetingsHeld'
    reps = sorted(r['rep'] for r in diagnosis['reps'])
    totals, affected = {}, 0
    for rep in reps:
        with tempfile.TemporaryDirectory() as out:
            run = candor(root, 'plan', *exports, '--rep', rep, '--out', out + '/', '--guide', out + '/', '--date', '2026-12-07')
            if run.returncode != 0:
                problems = [('crash', (run.stderr.strip().splitlines() or [''])[0][:120])]
            else:
                files = sorted(os.listdir(out))
                plan = read(os.path.join(out, next(f for f in files if f.endswith('Action Plan.docx'))))
                guide = read(os.path.join(out, next(f for f in files if f.endswith('Conversation Guide.docx'))))
                texts = [*plan[0], *guide[0], *(c for t in plan[1] + guide[1] for r in t for c in r), run.stdout]
                problems = check_plan(*plan) + check_guide(*guide) + check_text(texts)
                if has_meetings:
                    problems = [p for p in problems if p[0] != 'meetings-talk']
        if problems:
            affected += 1
        for kind, what in problems:
            totals[kind] = totals.get(kind, 0) + 1
            if verbose:
                print(f'{rep}: {kind}: {what}')
    print(json.dumps({'reps': len(reps), 'repsWithProblems': affected, 'problems': sum(totals.values()), 'byKind': totals}, indent=2))


if __name__ == '__main__':
    main(sys.argv[1:])
