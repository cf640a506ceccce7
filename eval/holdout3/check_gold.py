#!/usr/bin/env python3
"""Validate eval/holdout3/gold.json against the pages beside it (standard library only).

usage: python3 eval/holdout3/check_gold.py [GOLD.json]     exit status 0 when every check passes

Checks, per article: the file exists and every page in the folder is in gold; title, author, every
body[] paragraph and every boilerplate[] string occurs in the page (after dropping <script>/<style>,
stripping tags and decoding entities; whitespace is collapsed); no boilerplate string occurs inside
the body (the scorer's test: folded substring of the joined body); published is a well-formed date
in the past; duplicateOf names an original of the same story.
Per story: every quote variant occurs in its file (a variant split by the speaker's attribution is
written 'first part … second part', each part must occur); quote, unique and conflict files belong to
the story; unique keywords occur in their file and in no other original page of the story; every
conflict version's words occur in the story; timeline dates are well formed and in the past.
"""
import datetime, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'gold.json')
DIR = os.path.dirname(os.path.abspath(GOLD))
TODAY = datetime.date.today()
PAGE_EXT = ('.html', '.htm', '.txt', '.gz')
SPLIT = ' … '

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def read_page(name):
    path = os.path.join(DIR, name)
    if name.endswith('.gz'):
        import gzip
        raw = gzip.open(path, 'rt', encoding='utf-8').read()
        name = name[:-3]
    else:
        raw = open(path, encoding='utf-8').read()
    if name.endswith(('.html', '.htm')):
        vis = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        vis = re.sub(r'(?s)<!--.*?-->', ' ', vis)
        glued = ws(html.unescape(re.sub(r'<[^>]+>', '', vis)))
        spaced = ws(html.unescape(re.sub(r'<[^>]+>', ' ', vis)))
        return [glued, spaced]
    return [ws(raw)]


def occurs(needle, texts):
    n = ws(needle)
    return any(n in t for t in texts)


def check_date(s, where, allow_partial):
    pats = [r'\d{4}-\d{2}-\d{2}'] + ([r'\d{4}-\d{2}', r'\d{4}'] if allow_partial else [])
    if not any(re.fullmatch(p, s or '') for p in pats):
        err(f'{where}: malformed date {s!r}')
        return
    parts = [int(x) for x in s.split('-')] + [1, 1]
    try:
        d = datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        err(f'{where}: impossible date {s!r}')
        return
    if d >= TODAY:
        err(f'{where}: date {s} is not in the past')


gold = json.load(open(GOLD, encoding='utf-8'))
A, S = gold['articles'], gold['stories']

# files: gold <-> folder
pages = sorted(f for f in os.listdir(DIR) if f.endswith(PAGE_EXT))
for f in pages:
    if f not in A:
        err(f'{f}: page in the folder but not in gold')
text = {}
for f in A:
    if not os.path.exists(os.path.join(DIR, f)):
        err(f'{f}: named in gold but missing')
    else:
        text[f] = read_page(f)

# articles
for f, g in A.items():
    if f not in text:
        continue
    t = text[f]
    for key in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
        if key not in g:
            err(f'{f}: missing key {key}')
    if g.get('story') is not None and g['story'] not in S:
        err(f'{f}: story {g["story"]!r} not in stories')
    for key in ('title', 'author'):
        if g.get(key) and not occurs(g[key], t):
            err(f'{f}: {key} not in page: {g[key]!r}')
    if g.get('published'):
        check_date(g['published'], f + ' published', False)
    if not g.get('body'):
        err(f'{f}: empty body')
    for i, p in enumerate(g.get('body', [])):
        if not occurs(p, t):
            err(f'{f}: body[{i}] not in page: {p[:70]!r}…')
    body = fold(' '.join(g.get('body', [])))
    for b in g.get('boilerplate', []):
        if not occurs(b, t):
            err(f'{f}: boilerplate not in page: {b!r}')
        if fold(b) and fold(b) in body:
            err(f'{f}: boilerplate string occurs inside the body: {b!r}')
    d = g.get('duplicateOf')
    if d:
        if d not in A:
            err(f'{f}: duplicateOf {d!r} not in gold')
        elif A[d].get('duplicateOf'):
            err(f'{f}: duplicateOf {d!r} is itself a copy')
        elif A[d].get('story') != g.get('story'):
            err(f'{f}: copy and original {d} are in different stories')

# stories
for sid, s in S.items():
    files = [f for f, g in A.items() if g.get('story') == sid]
    originals = [f for f in files if not A[f].get('duplicateOf')]
    if not files:
        err(f'{sid}: no articles')
    for key in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
        if key not in s:
            err(f'{sid}: missing key {key}')
    if s.get('primarySource') and not any(fold(s['primarySource']) in fold(' '.join(text.get(f, [''])[-1:])) for f in files):
        err(f'{sid}: primary source {s["primarySource"]!r} not named in any page of the story')
    for e in s.get('entities', []):
        if not e.get('name') or not isinstance(e.get('aliases', []), list):
            err(f'{sid}: bad entity {e!r}')
        elif not any(fold(n) in fold(' '.join(text[f])) for f in files if f in text for n in [e['name']] + e.get('aliases', [])):
            err(f'{sid}: entity {e["name"]!r} (or an alias) not in any page of the story')
    for q in s.get('quotes', []):
        if not q.get('speaker'):
            err(f'{sid}: quote without speaker {q!r}')
        for f, v in q.get('variants', {}).items():
            if f not in files:
                err(f'{sid}: quote variant file {f} not in the story')
                continue
            for part in v.split(SPLIT):
                part = part.strip().rstrip(',')
                if not occurs(part, text.get(f, [])):
                    err(f'{sid}: quote not in {f}: {part[:70]!r}')
    for t in s.get('timeline', []):
        check_date(str(t.get('date')), f'{sid} timeline', True)
    for u in s.get('unique', []):
        f = u.get('file')
        if f not in originals:
            err(f'{sid}: unique file {f} is not an original page of the story')
            continue
        if not u.get('keywords'):
            err(f'{sid}: unique without keywords in {f}')
        for k in u.get('keywords', []):
            if fold(k) not in fold(' '.join(text[f])):
                err(f'{sid}: unique keyword {k!r} not in {f}')
            for o in originals:
                if o != f and fold(k) in fold(' '.join(text[o])):
                    err(f'{sid}: unique keyword {k!r} of {f} also in {o}')
    story_text = fold(' '.join(' '.join(text.get(f, [])) for f in files))
    story_tokens = set(re.findall(r'\w+', story_text))
    for c in s.get('conflicts', []):
        vs = c.get('versions', [])
        if len(vs) < 2:
            err(f'{sid}: conflict with fewer than two versions')
        for v in vs:
            missing = [w for w in re.findall(r'\w+', fold(v.get('value', ''))) if w not in story_tokens]
            if missing:
                err(f'{sid}: conflict value {v.get("value")!r}: words {missing} not in the story')
            for f in v.get('files', []):
                if f not in files:
                    err(f'{sid}: conflict file {f} not in the story')
                elif not all(w in set(re.findall(r'\w+', fold(' '.join(text[f])))) for w in re.findall(r'\w+', fold(v.get('value', '')))):
                    err(f'{sid}: conflict value {v.get("value")!r} not in {f}')

n_art = len(A)
n_orig = sum(1 for g in A.values() if not g.get('duplicateOf'))
print(f'{n_art} pages ({n_orig} originals, {n_art - n_orig} copies), {len(S)} stories, '
      f'{sum(len(s["quotes"]) for s in S.values())} quotes, {sum(len(s["entities"]) for s in S.values())} entities')
if errors:
    for e in errors:
        print('FAIL', e)
    print(f'{len(errors)} problem(s)')
    sys.exit(1)
print('OK: gold is consistent with the pages')
