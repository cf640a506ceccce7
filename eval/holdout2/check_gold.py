#!/usr/bin/env python3
"""Consistency check of eval/holdout2/gold.json against the pages beside it (standard library only).
usage: python3 eval/holdout2/check_gold.py [eval/holdout2]
Checks that every gold file exists; every body paragraph, boilerplate string, title and author occurs in its page
(after stripping tags and decoding entities); no boilerplate string is inside a gold body paragraph; every quote
variant occurs in its file's body (split quotes: all their words inside one paragraph); every unique keyword occurs
in its file and in no other original of the same story; entity names, primary sources and conflict values occur in
the story; dates are well formed; duplicates point at an existing file of the same story. Exit status 1 on errors."""
import html, json, os, re, sys, unicodedata

def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def toks(s): return re.findall(r'\w+', fold(s))

def page_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return fold(raw)

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
G, S = gold['articles'], gold['stories']
errors, warnings = [], []
err = errors.append

text = {}
for f in G:
    p = os.path.join(d, f)
    if not os.path.exists(p): err(f'{f}: file missing'); continue
    text[f] = page_text(p)
on_disk = {f for f in os.listdir(d) if f.endswith(('.html', '.htm', '.txt'))}
for f in sorted(on_disk - set(G)): err(f'{f}: page not in gold')

body = {f: ' '.join(fold(p) for p in g['body']) for f, g in G.items()}
for f, g in G.items():
    if f not in text: continue
    t = text[f]
    for k in ('title', 'author'):
        if g.get(k) and fold(g[k]) not in t: err(f'{f}: {k} not in page: {g[k]!r}')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g.get('published') or ''): err(f'{f}: bad published')
    for p in g['body']:
        if fold(p) not in t: err(f'{f}: body paragraph not in page: {p[:60]!r}')
    for b in g['boilerplate']:
        if fold(b) not in t: err(f'{f}: boilerplate not in page: {b!r}')
        if fold(b) in body[f]: err(f'{f}: boilerplate inside gold body: {b!r}')
    n = len(' '.join(g['body']).split())
    if not 250 <= n <= 700: warnings.append(f'{f}: {n} body words')
    if g.get('duplicateOf'):
        o = g['duplicateOf']
        if o not in G: err(f'{f}: duplicateOf unknown file {o}')
        elif G[o]['story'] != g['story']: err(f'{f}: duplicate in another story than {o}')

def in_body(f, s):
    if fold(s).rstrip('.,;') in body[f]: return 'exact'
    ts = toks(s)
    for p in G[f]['body']:
        pt = set(toks(p))
        if all(x in pt for x in ts): return 'split'
    return None

for sid, s in S.items():
    files = [f for f, g in G.items() if g['story'] == sid]
    originals = [f for f in files if not G[f].get('duplicateOf')]
    if not files: err(f'{sid}: no articles'); continue
    alltext = ' '.join(body[f] for f in files)
    if sum(fold(s['primarySource']) in body[f] for f in originals) < 2:
        err(f'{sid}: primary source named in fewer than two articles')
    for e in s['entities']:
        for n in [e['name']] + e.get('aliases', []):
            if fold(n) not in alltext: err(f'{sid}: entity name/alias not in story: {n!r}')
    for q in s['quotes']:
        for f, v in q['variants'].items():
            if f not in files: err(f'{sid}: quote variant in foreign file {f}'); continue
            how = in_body(f, v)
            if how is None: err(f'{sid}: quote not in {f}: {v[:60]!r}')
            elif how == 'split': warnings.append(f'{sid}: split quote (words found in one paragraph) in {f}: {v[:50]!r}')
    for t in s['timeline']:
        if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', t['date']): err(f'{sid}: bad timeline date {t["date"]}')
    for uq in s['unique']:
        f = uq['file']
        if f not in files: err(f'{sid}: unique in foreign file {f}'); continue
        dups = {x for x in files if G[x].get('duplicateOf') == f}
        for k in uq['keywords']:
            if fold(k) not in body[f]: err(f'{sid}: unique keyword not in {f}: {k!r}')
            for o in files:
                if o != f and o not in dups and fold(k) in body[o]:
                    err(f'{sid}: unique keyword {k!r} of {f} also in {o}')
    for c in s['conflicts']:
        if len(c['versions']) < 2: err(f'{sid}: conflict with fewer than two versions')
        vt = [set(toks(v['value'])) for v in c['versions']]
        for i, v in enumerate(c['versions']):
            for fv in v.get('files', []):
                if not all(x in set(toks(body[fv])) for x in toks(v['value'])): warnings.append(f'{sid}: conflict value {v["value"]!r} words not all in {fv}')
            for j, w in enumerate(vt):
                if i != j and w and sum(x in w for x in toks(v['value'])) / len(toks(v['value'])) >= 0.6:
                    err(f'{sid}: conflict values {v["value"]!r} and {c["versions"][j]["value"]!r} are indistinguishable at 0.6 containment')

for w in warnings: print('warn:', w)
for e in errors: print('ERROR:', e)
print(f'{len(G)} articles, {len(S)} stories, '
      f'{sum(len(s["entities"]) for s in S.values())} entities, '
      f'{sum(len(q["variants"]) for s in S.values() for q in s["quotes"])} quote variants, '
      f'{sum(len(s["timeline"]) for s in S.values())} timeline dates, '
      f'{sum(len(s["unique"]) for s in S.values())} unique claims, '
      f'{sum(len(s["conflicts"]) for s in S.values())} conflicts: {"OK" if not errors else str(len(errors)) + " errors"}')
sys.exit(1 if errors else 0)
