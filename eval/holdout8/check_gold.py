#!/usr/bin/env python3
"""Check holdout8/gold.json against the pages beside it, and optionally write a perfect "oracle" analysis.

usage: check_gold.py [--oracle PATH]
  Prints every problem found and finally OK (exit 0) or FAILED (exit 1).
  --oracle PATH writes a crosscheck/analysis@1 JSON built from the gold alone; scored with
  ../../shared/eval/analysis_score.py it must give 1.000 on every area (summary sentences are copied
  from body paragraphs, so summary_faithful is 1.000 too).
Standard library only. Token rules (fold, toks, contained) are the ones analysis_score.py uses."""
import html, json, os, re, sys, unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'gold.json')

# --- the scorer's text rules, verbatim in behaviour
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

# --- page text as a reader sees it
def page_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?is)<head\b.*?</head>', ' ', raw)
        raw = re.sub(r'<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
        # a tag boundary inside a sentence ("<strong>Update,</strong> The") leaves a space before punctuation
        raw = re.sub(r'\s+([,.;:!?\u201d\u2019\u00bb)])', r'\1', raw)
    return raw

def page_raw(path):
    return open(path, encoding='utf-8').read()

def in_order(needle, hay, max_gap=12):
    """All tokens of needle occur in hay in order, with at most max_gap other tokens between two of them
    (a quote split by "she said", or quoted words with punctuation dropped)."""
    n, h = toks(needle), toks(hay)
    if not n: return False
    for start in (i for i, t in enumerate(h) if t == n[0]):
        pos, ok = start, True
        for t in n[1:]:
            nxt = next((j for j in range(pos + 1, min(len(h), pos + 2 + max_gap)) if h[j] == t), None)
            if nxt is None: ok = False; break
            pos = nxt
        if ok: return True
    return False

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def date_forms(iso):
    d = date.fromisoformat(iso)
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    suf = 'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
    return {iso, f'{d.day:02d}.{d.month:02d}.{d.year}', f'{d.day}.{d.month}.{d.year}', f'{d.day} {m} {d.year}',
            f'{m} {d.day}, {d.year}', f'{mon}. {d.day}, {d.year}', f'{m} {d.day}{suf}, {d.year}', f'{d.day} {mon} {d.year}',
            f'{m[:3]} {d.day}, {d.year}'}

def main():
    gold = json.load(open(GOLD, encoding='utf-8'))
    G, S = gold['articles'], gold['stories']
    errs = []
    def err(msg): errs.append(msg)

    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(('.html', '.htm', '.txt')))
    for f in on_disk:
        if f not in G: err(f'{f}: page on disk but not in gold')
    text, bodytext = {}, {}
    for f, g in G.items():
        p = os.path.join(HERE, f)
        if not os.path.exists(p): err(f'{f}: in gold but missing on disk'); continue
        text[f] = fold(page_text(p))
        bodytext[f] = ' '.join(g['body'])
        for k in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
            if k not in g: err(f'{f}: missing key {k}')
        if g['story'] is not None and g['story'] not in S: err(f'{f}: unknown story {g["story"]}')
        if not g['body']: err(f'{f}: empty body')
        for i, para in enumerate(g['body']):
            if fold(para) not in text[f]: err(f'{f}: body paragraph {i} not on the page: {para[:70]!r}')
        fb = fold(bodytext[f])
        for b in g['boilerplate']:
            if not toks(b): err(f'{f}: boilerplate without tokens {b!r}'); continue
            if fold(b) not in text[f] and fold(b) not in fold(page_raw(p)): err(f'{f}: boilerplate not on the page: {b!r}')
            if fold(b) in fb: err(f'{f}: boilerplate string is inside the gold body: {b!r}')
        for k in ('title', 'outlet', 'author'):
            if g.get(k) and fold(g[k]) not in fold(html.unescape(page_raw(p))): err(f'{f}: {k} {g[k]!r} not on the page')
        if not g.get('published') or not re.fullmatch(r'2026-\d\d-\d\d', g['published']):
            err(f'{f}: published must be a 2026 YYYY-MM-DD date')
        else:
            raw = fold(html.unescape(page_raw(p)))
            if not any(fold(x) in raw for x in date_forms(g['published'])):
                err(f'{f}: no rendering of {g["published"]} found on the page')
        if g.get('duplicateOf'):
            o = g['duplicateOf']
            if o not in G: err(f'{f}: duplicateOf unknown file {o}')
            else:
                if G[o]['story'] != g['story']: err(f'{f}: copy and original in different stories')
                if G[o].get('duplicateOf'): err(f'{f}: original {o} is itself a copy')
                ob = fold(' '.join(G[o]['body']))
                for para in g['body']:
                    if fold(para) not in ob: err(f'{f}: copy paragraph not in the original: {para[:60]!r}')
        if g['story'] is None and g.get('duplicateOf'): err(f'{f}: a distractor cannot be a copy')

    copies = {f for f, g in G.items() if g.get('duplicateOf')}
    for sid, s in S.items():
        files = [f for f, g in G.items() if g['story'] == sid]
        originals = [f for f in files if f not in copies]
        if len(originals) < 4: err(f'{sid}: fewer than four original pages')
        stext = ' '.join(text.get(f, '') for f in files)
        sbody = {f: fold(bodytext.get(f, '')) for f in files}
        for k in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
            if k not in s: err(f'{sid}: missing key {k}')
        # entities: every name and alias printed somewhere in the story's pages
        names = set()
        for e in s['entities']:
            for n in [e['name']] + e.get('aliases', []):
                if fold(n) in names: err(f'{sid}: entity name/alias {n!r} used twice')
                names.add(fold(n))
                if not re.search(r'(?<!\w)' + re.escape(fold(n)) + r'(?!\w)', stext): err(f'{sid}: entity {n!r} not on any page')
        ps = s['primarySource']
        if fold(ps) not in {fold(e['name']) for e in s['entities']}: err(f'{sid}: primary source {ps!r} is not an entity name')
        cite = [f for f in originals if fold(ps) in sbody[f]]
        if len(cite) < 3: err(f'{sid}: primary source {ps!r} named in only {len(cite)} original bodies')
        # quotes
        for q in s['quotes']:
            if not (q.get('speaker') or '').strip(): err(f'{sid}: quote without a speaker')
            for f, v in q['variants'].items():
                if f not in files: err(f'{sid}: quote variant for a file outside the story: {f}')
                elif f in copies: err(f'{sid}: quote variant on a copy {f}')
                elif not in_order(v, bodytext[f]): err(f'{sid}: quote variant not in {f} body: {v[:60]!r}')
        # timeline
        for t in s['timeline']:
            if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', t['date']): err(f'{sid}: bad timeline date {t["date"]}')
            ev = t.get('evidence')
            if ev and fold(ev['phrase']) not in sbody.get(ev['file'], ''): err(f'{sid}: timeline evidence {ev["phrase"]!r} not in {ev["file"]}')
        if len({t['date'] for t in s['timeline']}) != len(s['timeline']): err(f'{sid}: duplicate timeline date')
        # unique facts: keyword in its page's body, in no other page of the story
        for u in s['unique']:
            f = u['file']
            if f not in files or f in copies: err(f'{sid}: unique fact on {f}, which is not an original page of the story'); continue
            for k in u['keywords']:
                if fold(k) not in sbody[f]: err(f'{sid}: unique keyword {k!r} not in {f}')
                others = [o for o in files if o != f and fold(k) in sbody[o]]
                if others: err(f'{sid}: unique keyword {k!r} of {f} also in {others}')
        # conflicts: each value printed by one of its files, absent from the other versions' files,
        # and no value counts as "contained" (scorer rule, 0.6) in another version's value
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2: err(f'{sid}: conflict {c.get("about")} has fewer than two versions')
            for i, v in enumerate(vs):
                vf = v.get('files', [])
                if not any(fold(v['value']) in sbody.get(f, '') for f in vf):
                    err(f'{sid}: conflict value {v["value"]!r} not printed by any of {vf}')
                for j, w in enumerate(vs):
                    if i == j: continue
                    for f in w.get('files', []):
                        if fold(v['value']) in sbody.get(f, ''): err(f'{sid}: value {v["value"]!r} also printed by {f} (other version)')
                    if contained(v['value'], w['value'], 0.6):
                        err(f'{sid}: conflict values not distinguishable: {v["value"]!r} is contained in {w["value"]!r}')
                if set(vf) & {f for j, w in enumerate(vs) if j != i for f in w.get('files', [])}:
                    err(f'{sid}: a file is listed under two versions of {c.get("about")}')

    for f, g in G.items():
        if g['story'] is None:
            # a distractor must share names with some story but be another event: no quote/unique of a story points at it
            shared = [sid for sid, s in S.items() if any(fold(e['name']) in text.get(f, '') for e in s['entities'])]
            if not shared: err(f'{f}: distractor shares no entity with any story')

    if '--oracle' in sys.argv:
        write_oracle(gold, sys.argv[sys.argv.index('--oracle') + 1])
    for e in errs: print('ERROR', e)
    print('FAILED' if errs else 'OK', f'({len(G)} pages, {len(S)} stories)')
    return 1 if errs else 0

def write_oracle(gold, path):
    G, S = gold['articles'], gold['stories']
    arts = [{'id': f, 'source': f, 'title': g['title'], 'author': g['author'], 'outlet': g['outlet'],
             'published': g['published'], 'language': 'en', 'body': g['body'], 'duplicateOf': g['duplicateOf']}
            for f, g in G.items()]
    stories = []
    for sid, s in S.items():
        files = [f for f, g in G.items() if g['story'] == sid]
        para_with = lambda f, k: next((p for p in G[f]['body'] if fold(k) in fold(p)), k)
        stories.append({
            'id': sid, 'title': s.get('title', sid), 'articles': files,
            'primarySources': [{'name': s['primarySource'], 'articles': files}],
            'entities': [{'name': e['name'], 'type': e.get('type', 'other'), 'aliases': e.get('aliases', []), 'articles': files}
                         for e in s['entities']],
            'quotes': [{'speaker': q['speaker'], 'variants': [{'article': f, 'text': t} for f, t in q['variants'].items()]}
                       for q in s['quotes']],
            'timeline': [{'date': t['date'], 'text': t.get('text', ''), 'articles': [t['evidence']['file']] if t.get('evidence') else []}
                         for t in s['timeline']],
            'claims': [{'text': para_with(u['file'], u['keywords'][0]), 'status': 'unique', 'articles': [u['file']]} for u in s['unique']],
            'conflicts': [{'about': c.get('about', ''), 'versions': [{'text': v['value'], 'articles': v.get('files', [])} for v in c['versions']]}
                          for c in s['conflicts']],
            'summary': [{'text': G[f]['body'][0], 'articles': [f]} for f in files if not G[f].get('duplicateOf')][:3]})
    for f, g in G.items():
        if g['story'] is None:
            stories.append({'id': 'solo:' + f, 'title': g['title'], 'articles': [f], 'primarySources': [], 'entities': [],
                            'quotes': [], 'timeline': [], 'claims': [], 'conflicts': [],
                            'summary': [{'text': g['body'][0], 'articles': [f]}]})
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump({'schema': 'crosscheck/analysis@1', 'articles': arts, 'stories': stories}, fh, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    sys.exit(main())
