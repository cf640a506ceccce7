#!/usr/bin/env python3
"""Check holdout9/gold.json against the pages in this folder; optionally write a perfect ("oracle") analysis.

usage: python3 check_gold.py [--oracle OUT.json]
Prints one line per problem, then OK or FAILED (exit status 0 or 1). With --oracle it also writes a
crosscheck/analysis@1 JSON built from the gold alone, which ../../../shared/eval/analysis_score.py must
score 1.000 on every area (articles_missing=0, entity_fragmented=0.000). Standard library only; the text
rules (fold, toks, contained) behave exactly like the scorer's."""
import html, json, os, re, sys, unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
INPUT_EXT = ('.html', '.htm', '.txt')

def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def toks(s):
    return re.findall(r'\w+', fold(s))

def contained(needle, hay, need=0.9):
    n = toks(needle)
    if not n: return False
    h = set(toks(hay))
    return sum(1 for t in n if t in h) / len(n) >= need

INLINE = r'a|em|strong|b|i|span|time|font|small|abbr|cite|q|sup|sub'

def visible_text(path):
    raw = open(path, encoding='utf-8').read()
    if not path.endswith(('.html', '.htm')):
        return raw
    raw = re.sub(r'(?is)<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>', '\n', raw)
    raw = re.sub(r'(?is)</?(?:%s)\b[^>]*>' % INLINE, '', raw)   # inline markup joins its text
    raw = re.sub(r'<[^>]+>', '\n', raw)                           # block markup separates
    return html.unescape(raw)

def everything(path):
    """visible text plus markup, attributes and scripts (metadata may live only there)"""
    return html.unescape(open(path, encoding='utf-8').read())

def words_in_order(needle, hay, max_gap=12):
    """needle's tokens appear in hay in order, at most max_gap tokens apart (a quote split by 'she said')"""
    n, h = toks(needle), toks(hay)
    if not n: return False
    for i, t in enumerate(h):
        if t != n[0]: continue
        pos, ok = i, True
        for w in n[1:]:
            nxt = next((j for j in range(pos + 1, min(len(h), pos + 2 + max_gap)) if h[j] == w), None)
            if nxt is None: ok = False; break
            pos = nxt
        if ok: return True
    return False

def printed(name, text):
    """name printed as written (case-insensitive, accents NOT folded, typographic apostrophes unified)"""
    norm = lambda s: re.sub(r'\s+', ' ', s.replace('\u2019', "'")).lower()
    return re.search(r'(?<!\w)' + re.escape(norm(name)) + r'(?!\w)', norm(text)) is not None

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

def date_forms(iso):
    d = date.fromisoformat(iso)
    M, m3, D, d3 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], DAYS[d.weekday()], DAYS[d.weekday()][:3]
    th = 'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
    y, dd, mm = d.year, d.day, d.month
    return [iso, f'{dd:02d}.{mm:02d}.{y}', f'{dd:02d}/{mm:02d}/{y}', f'{dd} {M} {y}', f'{dd:02d} {m3} {y}', f'{dd} {m3} {y}',
            f'{M} {dd}, {y}', f'{m3}. {dd}, {y}', f'{m3} {dd}, {y}', f'{M} {dd}{th}, {y}', f'{d3} {dd} {m3} {y}', f'{D} {dd} {M} {y}']

def main():
    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    A, S = gold['articles'], gold['stories']
    errs = []
    err = errs.append
    disk = sorted(f for f in os.listdir(HERE) if f.lower().endswith(INPUT_EXT))
    for f in disk:
        if f not in A: err(f'{f}: input page not in gold')
    vis, allt, body = {}, {}, {}
    for f, a in A.items():
        p = os.path.join(HERE, f)
        if not os.path.exists(p): err(f'{f}: in gold, not on disk'); continue
        for k in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
            if k not in a: err(f'{f}: key {k} missing')
        vis[f], allt[f] = fold(visible_text(p)), fold(everything(p))
        body[f] = fold(' '.join(a['body']))
        if a['story'] is not None and a['story'] not in S: err(f'{f}: story {a["story"]} not in stories')
        if not a['body']: err(f'{f}: no body')
        for i, para in enumerate(a['body']):
            if fold(para) not in vis[f]: err(f'{f}: body paragraph {i} not printed: {para[:60]!r}')
        for b in a['boilerplate']:
            if not toks(b): err(f'{f}: empty boilerplate {b!r}')
            elif fold(b) not in vis[f]: err(f'{f}: boilerplate not printed: {b!r}')
            elif fold(b) in body[f]: err(f'{f}: boilerplate inside the body: {b!r}')
        for k in ('title', 'outlet', 'author'):
            if a.get(k) and fold(a[k]) not in allt[f]: err(f'{f}: {k} {a[k]!r} not on the page')
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', a.get('published') or ''): err(f'{f}: published not YYYY-MM-DD')
        else:
            if date.fromisoformat(a['published']) > date(2026, 11, 21): err(f'{f}: published in the future')
            if not any(fold(x) in allt[f] for x in date_forms(a['published'])): err(f'{f}: date {a["published"]} not printed in any form')
        o = a.get('duplicateOf')
        if o:
            if o not in A: err(f'{f}: duplicateOf {o} unknown')
            elif A[o].get('duplicateOf'): err(f'{f}: original {o} is itself a copy')
            elif A[o]['story'] != a['story'] or a['story'] is None: err(f'{f}: copy not in its original\'s story')
            else:
                ob = fold(' '.join(A[o]['body']))
                for para in a['body']:
                    if fold(para) not in ob: err(f'{f}: copy paragraph not in original {o}: {para[:60]!r}')
    copies = {f for f, a in A.items() if a.get('duplicateOf')}
    if len(copies) != 2: err(f'expected 2 copies, found {len(copies)}')

    for sid, s in S.items():
        files = [f for f, a in A.items() if a['story'] == sid]
        orig = [f for f in files if f not in copies]
        if len(orig) < 4: err(f'{sid}: only {len(orig)} original pages')
        sraw = ' '.join(' '.join(A[f]['body']) for f in files)
        # entities
        seen = set()
        for e in s['entities']:
            for n in [e['name']] + e.get('aliases', []):
                key = n.replace('\u2019', "'").lower()   # accent-folded spellings are distinct aliases on purpose
                if key in seen: err(f'{sid}: name/alias {n!r} listed twice')
                seen.add(key)
                if not printed(n, sraw): err(f'{sid}: entity name/alias {n!r} not printed in any body of the story')
        names = {fold(e['name']): e for e in s['entities']}
        ps = s['primarySource']
        if fold(ps) not in names: err(f'{sid}: primary source {ps!r} is not an entity')
        else:
            forms = [ps] + names[fold(ps)].get('aliases', [])
            cited = [f for f in orig if any(printed(n, ' '.join(A[f]['body'])) for n in forms)]
            if len(cited) < 3: err(f'{sid}: primary source named in {len(cited)} original bodies (<3)')
        # quotes
        for q in s['quotes']:
            if fold(q['speaker']) not in names: err(f'{sid}: quote speaker {q["speaker"]!r} is not an entity')
            for f, v in q['variants'].items():
                if f not in orig: err(f'{sid}: quote variant on {f}, not an original page of the story')
                elif not words_in_order(v, body[f]): err(f'{sid}: quote variant not in {f} body: {v[:50]!r}')
        # timeline
        dates = [t['date'] for t in s['timeline']]
        if len(set(dates)) != len(dates): err(f'{sid}: repeated timeline date')
        for t in s['timeline']:
            if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', t['date']): err(f'{sid}: bad timeline date {t["date"]}')
            if not t.get('evidence'): err(f'{sid}: timeline {t["date"]} without evidence')
            for ev in t.get('evidence', []):
                if ev['file'] not in files: err(f'{sid}: timeline evidence on {ev["file"]}, outside the story')
                elif fold(ev['phrase']) not in body[ev['file']]: err(f'{sid}: timeline evidence {ev["phrase"]!r} not in {ev["file"]}')
        # unique facts
        if len(s['unique']) != 5: err(f'{sid}: {len(s["unique"])} unique facts, expected 5')
        for u in s['unique']:
            f = u['file']
            if f not in orig: err(f'{sid}: unique fact on {f}, not an original page of the story'); continue
            for k in u['keywords']:
                if fold(k) not in body[f]: err(f'{sid}: unique keyword {k!r} not in {f} body')
                also = [g for g in files if g != f and fold(k) in body[g]]
                if also: err(f'{sid}: unique keyword {k!r} of {f} also in {also}')
        # conflicts
        if len(s['conflicts']) != 5: err(f'{sid}: {len(s["conflicts"])} conflicts, expected 5')
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2: err(f'{sid}: conflict {c["about"]!r} has one version')
            allf = [f for v in vs for f in v['files']]
            if len(allf) != len(set(allf)): err(f'{sid}: conflict {c["about"]!r}: a file under two versions')
            for i, v in enumerate(vs):
                if not v['files']: err(f'{sid}: conflict {c["about"]!r}: version without files')
                for f in v['files']:
                    if f not in orig: err(f'{sid}: conflict file {f} is not an original page of the story')
                    elif fold(v['value']) not in body[f]: err(f'{sid}: conflict value {v["value"]!r} not printed by {f}')
                for j, w in enumerate(vs):
                    if i == j: continue
                    for f in w['files']:
                        if f in body and fold(v['value']) in body[f]: err(f'{sid}: value {v["value"]!r} also printed by {f}, which holds another version')
                    if contained(v['value'], w['value'], 0.6): err(f'{sid}: {v["value"]!r} counts as contained in {w["value"]!r} (scorer rule, 0.6)')
    # distractors
    for f, a in A.items():
        if a['story'] is None:
            near = [sid for sid, s in S.items() if sum(printed(e['name'], ' '.join(a['body'])) for e in s['entities']) >= 3]
            if not near: err(f'{f}: distractor shares fewer than three entities with every story')
    if sum(1 for a in A.values() if a['story'] is None) != 2: err('expected 2 distractors')

    if '--oracle' in sys.argv:
        oracle(gold, sys.argv[sys.argv.index('--oracle') + 1])
    for e in errs: print('ERROR:', e)
    print(('FAILED' if errs else 'OK') + f' - {len(A)} pages, {len(S)} stories, {len(copies)} copies, '
          f'{sum(1 for a in A.values() if a["story"] is None)} distractors, {sum(len(a["body"]) for a in A.values())} body paragraphs, '
          f'{sum(len(s["conflicts"]) for s in S.values())} conflicts')
    return 1 if errs else 0

def oracle(gold, out):
    A, S = gold['articles'], gold['stories']
    ids = {f: 'a%02d' % i for i, f in enumerate(sorted(A), 1)}
    arts = [{'id': ids[f], 'source': f, 'title': a['title'], 'author': a['author'], 'outlet': a['outlet'],
             'published': a['published'], 'language': 'en', 'body': a['body'],
             'duplicateOf': ids[a['duplicateOf']] if a.get('duplicateOf') else None} for f, a in sorted(A.items())]
    stories = []
    for sid, s in S.items():
        files = sorted(f for f, a in A.items() if a['story'] == sid)
        every = [ids[f] for f in files]
        def para(f, k):
            return next(p for p in A[f]['body'] if fold(k) in fold(p))
        stories.append({
            'id': sid, 'title': s.get('title', sid), 'articles': every,
            'primarySources': [{'name': s['primarySource'], 'articles': every}],
            'entities': [{'name': e['name'], 'type': e.get('type', 'other'), 'aliases': e.get('aliases', []), 'articles': every} for e in s['entities']],
            'quotes': [{'speaker': q['speaker'], 'variants': [{'article': ids[f], 'text': t} for f, t in q['variants'].items()]} for q in s['quotes']],
            'timeline': [{'date': t['date'], 'text': t.get('text', ''), 'articles': sorted({ids[e['file']] for e in t.get('evidence', [])})} for t in s['timeline']],
            'claims': [{'text': para(u['file'], u['keywords'][0]), 'status': 'unique', 'articles': [ids[u['file']]]} for u in s['unique']],
            'conflicts': [{'about': c['about'], 'versions': [{'text': v['value'], 'articles': [ids[f] for f in v['files']]} for v in c['versions']]} for c in s['conflicts']],
            'summary': [{'text': A[f]['body'][0], 'articles': [ids[f]]} for f in files if not A[f].get('duplicateOf')]})
    for f, a in sorted(A.items()):
        if a['story'] is None:
            stories.append({'id': 'single-' + ids[f], 'title': a['title'], 'articles': [ids[f]], 'primarySources': [], 'entities': [],
                            'quotes': [], 'timeline': [], 'claims': [], 'conflicts': [], 'summary': [{'text': a['body'][0], 'articles': [ids[f]]}]})
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump({'schema': 'crosscheck/analysis@1', 'articles': arts, 'stories': stories}, fh, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    sys.exit(main())
