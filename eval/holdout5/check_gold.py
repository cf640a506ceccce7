#!/usr/bin/env python3
"""Consistency check for eval/holdout5/gold.json against the pages beside it (standard library only).

usage: python3 check_gold.py            (from any directory; it looks beside itself)

Checks that
  - the folder's page files are exactly the gold's files, and the gold has the shape analysis_score.py reads;
  - every title, author, outlet, body paragraph, boilerplate string, quote variant and unique keyword
    appears in its page (tags removed, entities decoded, compared after the scorer's own folding);
  - no boilerplate string appears in the page's gold body (that is what the scorer counts as a leak);
  - unique keywords appear in no other original page of the story (copies excluded);
  - dates (published, timeline) are well formed and in the past, and each page's date is findable in it;
  - each copy points at an original (itself not a copy) in the same story;
  - conflict version wording is in every page it names, and versions do not match each other's wording
    at the scorer's 0.6 threshold;
  - quote speakers are gold entities (or an anonymous description starting with "a "/"an "),
    entity names or aliases occur in the story's pages, and the primary source is named in the story.
Prints one line per problem and exits 1 if there are any; prints "OK ..." otherwise.
"""
import datetime
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OWN = {"gold.json", "check_gold.py", "README.md"}
problems = []


def bad(msg):
    problems.append(msg)


def fold(s):  # identical to analysis_score.py
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()


def toks(s):
    return re.findall(r'\w+', fold(s))


def contained(needle, hay, need):
    n = toks(needle)
    if not n:
        return False
    h = set(toks(hay))
    return sum(1 for t in n if t in h) / len(n) >= need


INLINE = r'a|em|strong|b|i|u|span|abbr|time|small|sup|sub|mark|cite|q|font'


def visible_text(raw, name):
    if not name.endswith(('.html', '.htm')):
        return raw
    t = re.sub(r'<!--.*?-->', ' ', raw, flags=re.S)
    t = re.sub(r'<(script|style)\b.*?</\1\s*>', ' ', t, flags=re.S | re.I)
    t = re.sub(r'</?(?:%s)\b[^>]*>' % INLINE, '', t, flags=re.I)  # inline tags: no break
    t = re.sub(r'<[^>]+>', '\n', t)                                   # block tags: break
    return html.unescape(t)


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def date_forms(d):
    m = MONTHS[d.month - 1]
    return [d.isoformat(), f'{d.day} {m} {d.year}', f'{m} {d.day}, {d.year}', f'{d.day} {m[:3]} {d.year}',
            f'{m[:3]} {d.day}, {d.year}', f'{d.day:02d}.{d.month:02d}.{d.year}', f'{d.day:02d}/{d.month:02d}/{d.year}']


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', s):
        return None
    parts = [int(x) for x in s.split('-')] + [1, 1]
    try:
        return datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
A, S = gold.get('articles', {}), gold.get('stories', {})
today = datetime.date.today()

# ---- files and shape
on_disk = {f for f in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, f)) and f not in OWN}
for f in sorted(on_disk - set(A)):
    bad(f'{f}: file in folder but not in gold')
for f in sorted(set(A) - on_disk):
    bad(f'{f}: in gold but no such file')
for f, g in A.items():
    for k in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
        if k not in g:
            bad(f'{f}: gold article lacks key {k!r}')
    if g.get('story') is not None and g['story'] not in S:
        bad(f'{f}: story {g["story"]!r} not in gold stories')
for sid, s in S.items():
    for k in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
        if k not in s:
            bad(f'{sid}: gold story lacks key {k!r}')

raw = {f: open(os.path.join(HERE, f), encoding='utf-8').read() for f in A if f in on_disk}
text = {f: fold(visible_text(r, f)) for f, r in raw.items()}
rawf = {f: fold(html.unescape(r)) for f, r in raw.items()}


def in_page(f, s):
    return f in text and fold(s) in text[f]


# ---- articles
for f, g in A.items():
    if f not in text:
        continue
    for k in ('title', 'author', 'outlet'):
        if g.get(k) and not in_page(f, g[k]):
            bad(f'{f}: {k} not in page: {g[k]!r}')
    if not g.get('title') or not g.get('outlet'):
        bad(f'{f}: title and outlet are required')
    d = parse_date(g.get('published'))
    if d is None or len(g['published']) != 10:
        bad(f'{f}: published not YYYY-MM-DD: {g.get("published")!r}')
    else:
        if d >= today:
            bad(f'{f}: published date not in the past')
        if not any(fold(x) in rawf[f] for x in date_forms(d)):
            bad(f'{f}: published date {g["published"]} not findable in page')
    body = fold(' '.join(g['body']))
    if not g['body']:
        bad(f'{f}: empty body')
    for p in g['body']:
        if not in_page(f, p):
            bad(f'{f}: body paragraph not in page: {p[:70]!r}')
    for b in g['boilerplate']:
        if not toks(b):
            bad(f'{f}: boilerplate without words: {b!r}')
        if not in_page(f, b):
            bad(f'{f}: boilerplate not in page: {b!r}')
        if fold(b) in body:
            bad(f'{f}: boilerplate string occurs in the gold body: {b!r}')
    dup = g.get('duplicateOf')
    if dup is not None:
        o = A.get(dup)
        if o is None:
            bad(f'{f}: duplicateOf {dup!r} is not a gold file')
        elif o.get('duplicateOf') is not None:
            bad(f'{f}: duplicateOf {dup!r} is itself a copy')
        elif o.get('story') != g.get('story') or g.get('story') is None:
            bad(f'{f}: copy and original {dup!r} are not in the same story')

# ---- stories
for sid, s in S.items():
    files = [f for f, g in A.items() if g.get('story') == sid]
    originals = [f for f in files if A[f].get('duplicateOf') is None]
    if not files:
        bad(f'{sid}: no articles')
    story_text = ' '.join(text.get(f, '') for f in files)
    if fold(s['primarySource']) not in story_text:
        bad(f'{sid}: primary source {s["primarySource"]!r} not named in any page of the story')
    ent_names = {}
    for e in s['entities']:
        names = [e['name']] + e.get('aliases', [])
        if e.get('type') not in ('person', 'organization', 'location', 'other'):
            bad(f'{sid}: entity {e["name"]!r} has bad type {e.get("type")!r}')
        if not any(fold(n) in story_text for n in names):
            bad(f'{sid}: entity {e["name"]!r} (or an alias) not found in the story pages')
        ent_names[fold(e['name'])] = e
    for q in s['quotes']:
        spk = q['speaker']
        if fold(spk) not in ent_names and not re.match(r'an? ', spk):
            bad(f'{sid}: quote speaker {spk!r} is not a gold entity nor an anonymous description')
        if not q['variants']:
            bad(f'{sid}: quote of {spk!r} without variants')
        for f, t in q['variants'].items():
            if f not in originals:
                bad(f'{sid}: quote variant file {f!r} is not an original page of the story')
                continue
            for part in re.split(r'\s*…\s*', t):
                if part and not in_page(f, part):
                    bad(f'{sid}: quote variant part not in {f}: {part!r}')
    for t in s['timeline']:
        d = parse_date(t['date'])
        if d is None:
            bad(f'{sid}: timeline date malformed: {t["date"]!r}')
        elif d >= today:
            bad(f'{sid}: timeline date not in the past: {t["date"]!r}')
        for f in t.get('files', []):
            if f not in files:
                bad(f'{sid}: timeline file {f!r} not in story')
    for u in s['unique']:
        f = u['file']
        if f not in originals:
            bad(f'{sid}: unique file {f!r} is not an original page of the story')
            continue
        if not u['keywords']:
            bad(f'{sid}: unique for {f} without keywords')
        for k in u['keywords']:
            if not in_page(f, k):
                bad(f'{sid}: unique keyword {k!r} not in {f}')
            for o in originals:
                if o != f and in_page(o, k):
                    bad(f'{sid}: unique keyword {k!r} of {f} also in {o}')
    for c in s['conflicts']:
        vs = c['versions']
        if len(vs) < 2:
            bad(f'{sid}: conflict {c["about"]!r} has fewer than two versions')
        for v in vs:
            for f in v.get('files', []):
                if f not in files:
                    bad(f'{sid}: conflict file {f!r} not in story')
                elif not in_page(f, v['value']):
                    bad(f'{sid}: conflict value {v["value"]!r} not in {f}')
        for i, v in enumerate(vs):  # a value must not be in, nor match at 0.6, the sentence giving another version
            for j, w in enumerate(vs):
                if i == j:
                    continue
                for f in w.get('files', []):
                    if f in text and fold(v['value']) in text[f]:
                        bad(f'{sid}: conflict value {v["value"]!r} also in {f}, which holds another version')
                    for p in A.get(f, {}).get('body', []):
                        for sent in re.split(r'(?<=[.!?"\u201d])\s+', p):
                            if fold(w['value']) in fold(sent) and contained(v['value'], sent, 0.6):
                                bad(f'{sid}: conflict value {v["value"]!r} matches the sentence of version '
                                    f'{w["value"]!r} in {f} at 0.6: {sent[:60]!r}')

if problems:
    print('\n'.join(problems))
    print(f'{len(problems)} problem(s)')
    sys.exit(1)
n_copies = sum(1 for g in A.values() if g.get('duplicateOf'))
n_solo = sum(1 for g in A.values() if g.get('story') is None)
print(f'OK: {len(A)} pages, {len(S)} stories, {n_copies} copies, {n_solo} standalone')
