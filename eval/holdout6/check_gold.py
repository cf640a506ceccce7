#!/usr/bin/env python3
"""Check that eval/holdout6/gold.json is consistent with the pages beside it (standard library only).

usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder); prints OK or the problems found.

What it checks, using the same folding and token containment as ../../shared/eval/analysis_score.py:
  * every page has a gold entry and every gold entry a page; required fields and types are present;
  * every body paragraph and every boilerplate line occurs in its page's visible text, no boilerplate line
    occurs in the joined gold body (the scorer tests leaks by substring), body paragraphs are distinct;
  * title, author, outlet and published date are printed in the page (the date in one of several formats);
  * story sizes (3 to 5 pages), exactly the distractors have story null, copies point at an original of the
    same story whose body contains every paragraph of the copy, and copies carry a different headline;
  * entity names and aliases occur in the story's pages and no alias belongs to two entities of a story;
  * the primary source is printed in every page of its story;
  * quote speakers are entities of the story, quote variants come from original (non-copy) pages of the
    story and their words occur in order inside one body paragraph (a gap is allowed for "she said");
  * timeline dates have a scorer format; each evidence phrase occurs in its page and, resolved against that
    page's own published date, gives the item's date;
  * unique facts come from an original page of the story, every keyword occurs in that page's body and in
    no other page of the story (copies included);
  * each conflict has at least two versions; each version's sentence occurs in its page's body and contains
    its value at the scorer's threshold (0.6), and no version's value reaches 0.6 in another version's sentence.
"""
import datetime as dt, json, os, re, sys, unicodedata
from html.parser import HTMLParser

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

BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'nav', 'section',
         'article', 'aside', 'figure', 'figcaption', 'main', 'br', 'tr', 'td', 'table', 'form', 'button', 'title', 'time', 'span'}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'): self.skip += 1
        if tag in BLOCK: self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip = max(0, self.skip - 1)
        if tag in BLOCK: self.out.append('\n')
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def visible(path, raw):
    if path.endswith(('.html', '.htm')):
        v = Visible(); v.feed(raw); v.close()
        return ''.join(v.out)
    return raw

MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']
DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return [iso, f'{d:%d/%m/%Y}', f'{d:%d.%m.%Y}', f'{d.day} {m} {d.year}', f'{d:%d} {m[:3]} {d.year}',
            f'{m} {d.day}, {d.year}', f'{m[:3]} {d.day}, {d.year}']

def resolve(phrase, pub):
    """Resolve a dated phrase against the page's publication date, as a reader would."""
    f = fold(phrase)
    mon = r'(' + '|'.join(MONTHS) + r')'
    m = re.search(r'\b(\d{1,2}) ' + mon + r'(?: (\d{4}))?\b', f) or None
    if m:
        return dt.date(int(m.group(3) or pub.year), MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    m = re.search(r'\b' + mon + r' (\d{1,2})(?:, (\d{4}))?\b', f)
    if m:
        return dt.date(int(m.group(3) or pub.year), MONTHS.index(m.group(1)) + 1, int(m.group(2))).isoformat()
    m = re.search(r'\b' + mon + r' (\d{4})\b', f)
    if m:
        return f'{int(m.group(2)):04d}-{MONTHS.index(m.group(1)) + 1:02d}'
    m = re.search(r'\b(' + '|'.join(DAYS) + r')\b', f)
    if m:
        back = (pub.weekday() - DAYS.index(m.group(1))) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if re.search(r'\byesterday\b', f): return (pub - dt.timedelta(days=1)).isoformat()
    if re.search(r'\btoday\b', f): return pub.isoformat()
    if re.search(r'\bthis month\b', f): return f'{pub:%Y-%m}'
    if re.search(r'\blast month\b', f):
        p = pub.replace(day=1) - dt.timedelta(days=1)
        return f'{p:%Y-%m}'
    m = re.search(r'\b' + mon + r'\b', f)
    if m:
        mo = MONTHS.index(m.group(1)) + 1
        return f'{pub.year if mo <= pub.month else pub.year - 1:04d}-{mo:02d}'
    return None

def in_order(quote, para, max_gap=12):
    """The quote's words appear in order in the paragraph, allowing short gaps (attributions like 'she said')."""
    q, p = toks(quote), toks(para)
    if not q: return False
    for start in (i for i, t in enumerate(p) if t == q[0]):
        j, ok = start, True
        for t in q[1:]:
            nxt = next((k for k in range(j + 1, min(len(p), j + 2 + max_gap)) if p[k] == t), None)
            if nxt is None: ok = False; break
            j = nxt
        if ok: return True
    return False

def has_words(phrase, text):
    return re.search(r'(?<!\w)' + re.escape(fold(phrase)) + r'(?!\w)', fold(text)) is not None

def main():
    here = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    gold = json.load(open(os.path.join(here, 'gold.json'), encoding='utf-8'))
    errs = []
    E = errs.append
    G, S = gold['articles'], gold['stories']
    pages = sorted(f for f in os.listdir(here) if re.match(r'^\d\d_[0-9a-f]{6}\.(html|txt)$', f))
    others = sorted(f for f in os.listdir(here) if f not in pages and f not in ('gold.json', 'check_gold.py', 'README.md')
                    and not f.startswith('.') and f != '__pycache__')
    if others: E(f'unexpected files in the folder: {others}')
    if sorted(G) != pages: E(f'gold articles {sorted(G)} != pages {pages}')
    raw, vis = {}, {}
    for f in pages:
        raw[f] = open(os.path.join(here, f), encoding='utf-8').read()
        vis[f] = visible(f, raw[f])
    nums = [f[:2] for f in pages]
    if len(set(nums)) != len(nums): E('duplicate file numbers')

    # ---- articles
    for f, g in G.items():
        if f not in raw: continue
        for k, t in (('story', (str, type(None))), ('duplicateOf', (str, type(None))), ('title', str),
                     ('author', (str, type(None))), ('outlet', str), ('published', str), ('body', list), ('boilerplate', list)):
            if not isinstance(g.get(k), t): E(f'{f}: field {k} missing or of the wrong type')
        fv, fr = fold(vis[f]), fold(raw[f])
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['published']): E(f'{f}: published is not YYYY-MM-DD')
        if len(g['body']) < 3: E(f'{f}: fewer than 3 body paragraphs')
        if len(set(map(fold, g['body']))) != len(g['body']): E(f'{f}: repeated body paragraph')
        for p in g['body']:
            if fold(p) not in fv: E(f'{f}: body paragraph not in page: {p[:60]}')
        joined = fold(' '.join(g['body']))
        if len(g['boilerplate']) < 3: E(f'{f}: fewer than 3 boilerplate lines')
        for b in g['boilerplate']:
            if not toks(b): E(f'{f}: boilerplate line without words: {b!r}')
            if fold(b) not in fv: E(f'{f}: boilerplate line not in page: {b[:60]}')
            if fold(b) in joined: E(f'{f}: boilerplate line occurs in the gold body: {b[:60]}')
            if any(fold(b) == fold(p) for p in g['body']): E(f'{f}: line is both body and boilerplate')
        if fold(g['title']) not in fv: E(f'{f}: title not printed in page')
        if any(fold(g['title']) == fold(p) for p in g['body']): E(f'{f}: title listed as a body paragraph')
        if g['author'] and fold(g['author']) not in fr: E(f'{f}: author not in page')
        if fold(g['outlet']) not in fr: E(f'{f}: outlet not in page')
        if g['published'] and not any(fold(x) in fr for x in date_forms(g['published'])):
            E(f'{f}: published date not printed in any known form')

    # ---- stories, distractors, copies
    members = {}
    for f, g in G.items():
        if g['story'] is not None:
            if g['story'] not in S: E(f'{f}: story {g["story"]} has no gold story')
            members.setdefault(g['story'], []).append(f)
    for sid in S:
        n = len(members.get(sid, []))
        if not 3 <= n <= 5: E(f'story {sid}: {n} pages (want 3 to 5)')
    solo = [f for f, g in G.items() if g['story'] is None]
    if len(solo) != 2: E(f'{len(solo)} distractors (want 2)')
    for f in solo:
        if G[f]['duplicateOf']: E(f'{f}: distractor marked as a copy')
    dups = {f: g['duplicateOf'] for f, g in G.items() if g['duplicateOf']}
    if len(dups) != 2: E(f'{len(dups)} copies (want 2)')
    for f, o in dups.items():
        if o not in G: E(f'{f}: duplicateOf {o} is not a page'); continue
        if G[o]['duplicateOf']: E(f'{f}: duplicateOf points at another copy')
        if G[o]['story'] != G[f]['story']: E(f'{f}: copy and original in different stories')
        if fold(G[o]['title']) == fold(G[f]['title']): E(f'{f}: copy keeps the original headline')
        if G[o]['outlet'] == G[f]['outlet']: E(f'{f}: copy from the same outlet as its original')
        ob = [fold(p) for p in G[o]['body']]
        for p in G[f]['body']:
            if fold(p) not in ob: E(f'{f}: copy paragraph not in original: {p[:50]}')
    originals = {sid: [f for f in fs if f not in dups] for sid, fs in members.items()}
    for sid, fs in members.items():
        outs = [G[f]['outlet'] for f in fs]
        if len(set(outs)) != len(outs): E(f'story {sid}: two pages from the same outlet')
        days = sorted(dt.date.fromisoformat(G[f]['published']) for f in fs)
        if (days[-1] - days[0]).days < 2: E(f'story {sid}: pages span less than two days')

    for sid, s in S.items():
        fs = members.get(sid, [])
        orig = originals.get(sid, [])
        story_text = ' \n '.join(vis[f] for f in fs)
        for k in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
            if k not in s: E(f'story {sid}: missing {k}')
        # primary source
        for f in fs:
            if not has_words(s['primarySource'], ' '.join(G[f]['body'])):
                E(f'story {sid}: primary source {s["primarySource"]!r} not cited in the body of {f}')
        # entities
        owner = {}
        for e in s['entities']:
            for n in [e['name']] + e.get('aliases', []):
                if not has_words(n, story_text): E(f'story {sid}: entity name {n!r} not in its pages')
                if fold(n) in owner and owner[fold(n)] != e['name']: E(f'story {sid}: alias {n!r} in two entities')
                owner[fold(n)] = e['name']
        names = {fold(e['name']) for e in s['entities']}
        # quotes
        for q in s['quotes']:
            if fold(q['speaker']) not in names: E(f'story {sid}: quote speaker {q["speaker"]!r} is not an entity')
            if not q['variants']: E(f'story {sid}: quote without variants')
            for f, text in q['variants'].items():
                if f not in orig: E(f'story {sid}: quote variant from {f}, not an original page of the story'); continue
                if not any(in_order(text, p) for p in G[f]['body']):
                    E(f'story {sid}: quote not found in order in a body paragraph of {f}: {text[:50]}')
        # timeline
        for t in s['timeline']:
            if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', t['date']): E(f'story {sid}: bad timeline date {t["date"]}')
            if not t.get('evidence'): E(f'story {sid}: timeline item {t["date"]} without evidence')
            for f, ph in (t.get('evidence') or {}).items():
                if f not in fs: E(f'story {sid}: timeline evidence from {f}, not in the story'); continue
                if fold(ph) not in fold(' '.join(G[f]['body'])): E(f'story {sid}: evidence {ph!r} not in body of {f}')
                r = resolve(ph, dt.date.fromisoformat(G[f]['published']))
                if r != t['date']: E(f'story {sid}: {ph!r} in {f} resolves to {r}, gold says {t["date"]}')
        # unique facts
        for u in s['unique']:
            f = u['file']
            if f not in orig: E(f'story {sid}: unique fact from {f}, not an original page of the story'); continue
            if not u['keywords']: E(f'story {sid}: unique fact without keywords')
            for k in u['keywords']:
                if fold(k) not in fold(' '.join(G[f]['body'])): E(f'story {sid}: keyword {k!r} not in body of {f}')
                for o in fs:
                    if o != f and fold(k) in fold(raw[o] + ' ' + vis[o]): E(f'story {sid}: keyword {k!r} also in {o}')
        # conflicts
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2: E(f'story {sid}: conflict {c.get("about")!r} has fewer than 2 versions')
            for i, v in enumerate(vs):
                sents = v.get('sentences') or {}
                if not sents: E(f'story {sid}: conflict {c.get("about")!r} version {v["value"]!r} without sentences')
                if sorted(v.get('files', [])) != sorted(sents): E(f'story {sid}: conflict version files != sentence files')
                for f, sent in sents.items():
                    if f not in orig: E(f'story {sid}: conflict version from {f}, not an original page'); continue
                    if fold(sent) not in fold(' '.join(G[f]['body'])): E(f'story {sid}: conflict sentence not in body of {f}: {sent[:50]}')
                    if not contained(v['value'], sent, 0.6): E(f'story {sid}: value {v["value"]!r} not contained in its sentence in {f}')
                for j, w in enumerate(vs):
                    if i == j: continue
                    for f, sent in (w.get('sentences') or {}).items():
                        if contained(v['value'], sent, 0.6):
                            E(f'story {sid}: value {v["value"]!r} also matches the other version\'s sentence in {f}')
            allf = [f for v in vs for f in v.get('sentences', {})]
            if len(set(allf)) != len(allf): E(f'story {sid}: conflict {c.get("about")!r} puts one page in two versions')

    if errs:
        print('\n'.join(errs))
        print(f'{len(errs)} problem(s)')
        sys.exit(1)
    nq = sum(len(s['quotes']) for s in S.values())
    print(f'OK: {len(G)} pages, {len(S)} stories, {len(solo)} distractors, {len(dups)} copies, {nq} quotes, '
          f'{sum(len(q["variants"]) for s in S.values() for q in s["quotes"])} quote variants, '
          f'{sum(len(s["timeline"]) for s in S.values())} timeline items, {sum(len(s["unique"]) for s in S.values())} unique facts, '
          f'{sum(len(s["conflicts"]) for s in S.values())} conflicts')

if __name__ == '__main__':
    main()
