#!/usr/bin/env python3
"""Consistency check for eval/holdout4/gold.json (Python 3, standard library only).

usage: python3 check_gold.py [FOLDER]   (default: the folder this script is in)

Verifies that the gold file is honest about the pages it describes:
  * the folder's page files are exactly the gold's articles (gold.json, README.md and this script aside);
  * every title, author, outlet, body paragraph and boilerplate string appears in its page
    (after removing tags and decoding entities, compared with analysis_score.py's folding);
  * no boilerplate string appears in its article's body (the scorer's substring test);
  * every quote variant appears in its page (its quoted parts in order, with at most a short
    attribution such as "she said" between parts);
  * every unique keyword appears in its page and in no other page of the story (copies included),
    and unique claims sit in originals, never in copies or pages that have a copy;
  * every conflict version's printed wording appears in each page it names;
  * every entity name and alias appears in some page of its story; quote speakers are story entities
    or anonymous descriptions ("a …");
  * published dates are well formed, real, in the past (2018–2024) and findable in the page;
    timeline dates are well formed and in the past;
  * each copy (duplicateOf) points at an original in the same story that is not itself a copy;
  * each story is told by 3–5 outlets.
Exit status 0 when everything passes; otherwise prints every problem and exits 1."""
import datetime, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
NOT_PAGES = {'gold.json', 'README.md', 'check_gold.py'}
TODAY = datetime.date.today()
problems = []

def bad(msg):
    problems.append(msg)

# --- the scorer's normalisation (copied from ../shared/eval/analysis_score.py)
def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def toks(s):
    return re.findall(r'\w+', fold(s))

# --- page text
def page_texts(path):
    """Folded page texts to search in: for HTML, tags removed (once glued, once spaced) and entities decoded."""
    raw = open(path, encoding='utf-8').read()
    if not path.endswith(('.html', '.htm')):
        return raw, [fold(raw)]
    body = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
    body = re.sub(r'(?s)<!--.*?-->', ' ', body)
    glued = html.unescape(re.sub(r'<[^>]+>', '', body))
    spaced = html.unescape(re.sub(r'<[^>]+>', ' ', body))
    return raw, [fold(glued), fold(spaced)]

def found(needle, texts):
    n = fold(needle)
    return bool(n) and any(n in t for t in texts)

def quote_found(variant, texts, max_gap=16, max_runs=3, min_run=2):
    """The variant's tokens appear in the page in order, as at most max_runs contiguous runs
    separated by at most max_gap tokens (the attribution of a split quote)."""
    v = toks(variant)
    if not v:
        return False
    for t in texts:
        p = re.findall(r'\w+', t)
        for start in (i for i, x in enumerate(p) if x == v[0]):
            i, j, runs, ok = 0, start, 0, True
            while i < len(v):
                if runs:  # look for the next run within the allowed gap
                    k = next((k for k in range(j, min(len(p), j + max_gap + 1)) if p[k] == v[i]), None)
                    if k is None: ok = False; break
                    j = k
                run = 0
                while i < len(v) and j < len(p) and p[j] == v[i]:
                    i += 1; j += 1; run += 1
                runs += 1
                if run < min(min_run, len(v)) or runs > max_runs: ok = False; break
            if ok and i == len(v):
                return True
    return False

MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']

def date_findable(d, raw, texts):
    y, m, dd = d.year, d.month, d.day
    mon, mon3 = MONTHS[m - 1], MONTHS[m - 1][:3]
    low = fold(raw)
    pats = [f'{y:04d}-{m:02d}-{dd:02d}', f'{y:04d}{m:02d}{dd:02d}', f'{dd:02d}.{m:02d}.{y:04d}', f'{dd:02d}/{m:02d}/{y:04d}',
            rf'(?<!\d){dd}(st|nd|rd|th)? ({mon}|{mon3}) {y}(?!\d)', rf'\b({mon}|{mon3}) {dd},? {y}(?!\d)']
    return any(re.search(p, s) for p in pats for s in [low] + texts)

def well_formed(s, full=False):
    m = re.fullmatch(r'(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?', s or '')
    if not m or (full and not m.group(3)):
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None

gold = json.load(open(os.path.join(DIR, 'gold.json'), encoding='utf-8'))
G, ST = gold['articles'], gold['stories']

# --- the folder holds exactly the gold's pages
pages = {f for f in os.listdir(DIR) if os.path.isfile(os.path.join(DIR, f)) and f not in NOT_PAGES and not f.startswith('.')}
for f in sorted(pages - set(G)): bad(f'{f}: file in folder but not in gold')
for f in sorted(set(G) - pages): bad(f'{f}: in gold but no such file')

TXT = {}
for f in sorted(set(G) & pages):
    TXT[f] = page_texts(os.path.join(DIR, f))

# --- articles
for f, g in G.items():
    if f not in TXT: continue
    raw, texts = TXT[f]
    for key in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
        if key not in g: bad(f'{f}: missing key {key}')
    for key in ('title', 'author', 'outlet'):
        if g.get(key) and not found(g[key], texts): bad(f'{f}: {key} not in page: {g[key]!r}')
    if not g.get('title') or not g.get('outlet'): bad(f'{f}: title and outlet are required')
    d = well_formed(g.get('published'), full=True)
    if not d: bad(f'{f}: published not a YYYY-MM-DD date: {g.get("published")!r}')
    else:
        if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2024, 12, 31) and d < TODAY): bad(f'{f}: published {d} not in 2018-2024 or not in the past')
        if not date_findable(d, raw, texts): bad(f'{f}: published date {d} not findable in page')
    if not g['body']: bad(f'{f}: empty body')
    for p in g['body']:
        if not found(p, texts): bad(f'{f}: body paragraph not in page: {p[:70]!r}')
    joined = fold(' '.join(g['body']))
    for b in g['boilerplate']:
        if not toks(b): bad(f'{f}: boilerplate string without words: {b!r}'); continue
        if not found(b, texts): bad(f'{f}: boilerplate not in page: {b!r}')
        if fold(b) in joined: bad(f'{f}: boilerplate string appears in the body: {b!r}')
    if g['story'] is not None and g['story'] not in ST: bad(f'{f}: story {g["story"]!r} not in stories')
    if g.get('duplicateOf'):
        o = G.get(g['duplicateOf'])
        if o is None: bad(f'{f}: duplicateOf {g["duplicateOf"]!r} is not a gold article')
        else:
            if o['story'] != g['story'] or g['story'] is None: bad(f'{f}: copy and original not in the same story')
            if o.get('duplicateOf'): bad(f'{f}: original {g["duplicateOf"]} is itself a copy')
            if o['outlet'] == g['outlet']: bad(f'{f}: a syndicated copy should be in another outlet')
            do = well_formed(o['published'], full=True)
            if d and do and d < do: bad(f'{f}: copy published before its original')

copies = {f for f, g in G.items() if g.get('duplicateOf')}
has_copy = {g['duplicateOf'] for g in G.values() if g.get('duplicateOf')}

# --- stories
for sid, s in ST.items():
    files = [f for f, g in G.items() if g['story'] == sid]
    if not files: bad(f'{sid}: no articles'); continue
    if s.get('files') and sorted(s['files']) != sorted(files): bad(f'{sid}: files list differs from the articles in the story')
    outlets = {G[f]['outlet'] for f in files}
    if not 3 <= len(outlets) <= 5: bad(f'{sid}: told by {len(outlets)} outlets, expected 3-5')
    alltexts = [t for f in files if f in TXT for t in TXT[f][1]]
    for key in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
        if key not in s: bad(f'{sid}: missing key {key}')
    ps = s['primarySource']
    n_ps = sum(1 for f in files if f in TXT and found(ps, TXT[f][1]) or any(found(a, TXT.get(f, ('', []))[1])
               for e in s['entities'] if fold(e['name']) == fold(ps) for a in e.get('aliases', [])))
    if n_ps < 2: bad(f'{sid}: primary source {ps!r} named in fewer than two pages')
    names = set()
    for e in s['entities']:
        if e.get('type') not in ('person', 'organization', 'location', 'other'): bad(f'{sid}: entity {e["name"]}: bad type')
        for a in [e['name']] + e.get('aliases', []):
            names.add(fold(a))
            if not any(re.search(r'(?<!\w)' + re.escape(fold(a)) + r'(?!\w)', t) for t in alltexts):
                bad(f'{sid}: entity name/alias not in any page of the story: {a!r}')
    for q in s['quotes']:
        spk = q['speaker']
        if not (fold(spk) in {fold(e['name']) for e in s['entities']} or fold(spk).startswith(('a ', 'an '))):
            bad(f'{sid}: quote speaker {spk!r} is neither a story entity nor an anonymous description')
        for f, text in q['variants'].items():
            if f not in files: bad(f'{sid}: quote variant for {f}, which is not in the story'); continue
            if not quote_found(text, TXT[f][1]): bad(f'{sid}: quote variant not in {f}: {text[:70]!r}')
    for t in s['timeline']:
        d = well_formed(t['date'])
        if not d or d >= TODAY: bad(f'{sid}: timeline date malformed or not in the past: {t["date"]!r}')
        for f in t.get('files', []):
            if f not in files: bad(f'{sid}: timeline cites {f}, not in the story')
    for u in s['unique']:
        f = u['file']
        if f not in files: bad(f'{sid}: unique claim in {f}, not in the story'); continue
        if f in copies or f in has_copy: bad(f'{sid}: unique claim in {f}, which is a copy or has a copy')
        if not u['keywords']: bad(f'{sid}: unique claim without keywords')
        for k in u['keywords']:
            if not found(k, TXT[f][1]): bad(f'{sid}: unique keyword {k!r} not in {f}')
            for o in files:
                if o != f and found(k, TXT[o][1]): bad(f'{sid}: unique keyword {k!r} of {f} also in {o}')
    for c in s['conflicts']:
        if len(c['versions']) < 2: bad(f'{sid}: conflict {c["about"]!r} has fewer than two versions')
        vals = [fold(v['value']) for v in c['versions']]
        if len(set(vals)) != len(vals): bad(f'{sid}: conflict {c["about"]!r} repeats a value')
        seen = set()
        for v in c['versions']:
            if not v.get('files'): bad(f'{sid}: conflict version without files'); continue
            if not found(v['value'], TXT[v['files'][0]][1]): bad(f'{sid}: conflict value {v["value"]!r} not in {v["files"][0]}')
            for f in v['files']:
                if f not in files: bad(f'{sid}: conflict cites {f}, not in the story'); continue
                if f in seen: bad(f'{sid}: conflict {c["about"]!r} puts {f} in two versions')
                seen.add(f)
                pr = v.get('printed', {}).get(f)
                if pr is None: bad(f'{sid}: conflict {c["about"]!r}: no printed wording for {f}')
                elif not found(pr, TXT[f][1]): bad(f'{sid}: conflict wording {pr!r} not in {f}')

# --- standalones
for f, g in G.items():
    if g['story'] is None and g.get('duplicateOf'): bad(f'{f}: a standalone page cannot be a copy')

if problems:
    print('\n'.join(problems)); print(f'FAILED: {len(problems)} problem(s)'); sys.exit(1)
n_st = len(ST); n_solo = sum(1 for g in G.values() if g['story'] is None)
print(f'OK: {len(G)} pages, {n_st} stories, {len(copies)} copies, {n_solo} standalone; '
      f'{sum(len(s["quotes"]) for s in ST.values())} quotes, {sum(len(s["unique"]) for s in ST.values())} unique claims, '
      f'{sum(len(s["conflicts"]) for s in ST.values())} conflicts, {sum(len(s["timeline"]) for s in ST.values())} timeline dates')
