#!/usr/bin/env python3
"""Re-check holdout10/gold.json against the pages beside it (standard library only).

usage:  python3 check_gold.py [--gold FILE] [--oracle OUT.json]

Prints one line per problem and then a last line starting with OK or FAILED (exit status 0 or 1).
--gold FILE   check another gold file (used to confirm that a broken gold is caught).
--oracle OUT  also write a crosscheck/analysis@1 JSON built from the gold alone; the reference scorer
              (shared/eval/analysis_score.py) must give it 1.000 in every area.
The text rules `fold`, `toks` and `contained` are the scorer's own, so "contained" means what it means there."""
import html
import json
import os
import re
import sys
import unicodedata
from datetime import date
from html.parser import HTMLParser

FOLDER = os.path.dirname(os.path.abspath(__file__))
TODAY = date(2026, 11, 21)
PAGE_EXTENSIONS = ('.html', '.htm', '.txt')


# ---------------------------------------------------------------- the scorer's text rules
def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()


def toks(s):
    return re.findall(r'\w+', fold(s))


def contained(needle, hay, need=0.9):
    n = toks(needle)
    if not n:
        return False
    h = set(toks(hay))
    return sum(1 for t in n if t in h) / len(n) >= need


# ---------------------------------------------------------------- reading pages
BLOCK_TAGS = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'nav', 'main',
              'article', 'section', 'aside', 'figure', 'figcaption', 'br', 'tr', 'td', 'th', 'table', 'body', 'html',
              'blockquote', 'button', 'form', 'img', 'hr', 'dl', 'dt', 'dd'}
HIDDEN_TAGS = {'head', 'script', 'style', 'noscript', 'template'}


class TextOfPage(HTMLParser):
    """What a reader sees: text outside head/script/style; block elements separate, inline ones join."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def page_text(path):
    raw = open(path, encoding='utf-8').read()
    if not path.lower().endswith(('.html', '.htm')):
        return raw
    reader = TextOfPage()
    reader.feed(raw)
    reader.close()
    return ''.join(reader.parts)


def page_everything(path):
    """the whole file with entities decoded: metadata (meta tags, JSON-LD, attributes) counts here"""
    return html.unescape(open(path, encoding='utf-8').read())


# ---------------------------------------------------------------- helpers
def as_written(name, text):
    """name printed as a whole word or phrase; case and curly apostrophes ignored, accents NOT ignored"""
    def norm(s):
        return re.sub(r'\s+', ' ', s.replace('\u2019', "'").replace('\u2018', "'")).lower()
    return re.search(r'(?<!\w)' + re.escape(norm(name)) + r'(?!\w)', norm(text)) is not None


def runs_in_order(variant, body):
    """each part of a quote variant (parts joined by ' … ') is a contiguous token run of the body, parts in order"""
    hay = toks(body)
    start = 0
    for part in variant.split(' … '):
        need = toks(part)
        if not need:
            return False
        found = None
        for i in range(start, len(hay) - len(need) + 1):
            if hay[i:i + len(need)] == need:
                found = i
                break
        if found is None:
            return False
        start = found + len(need)
    return True


MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
               'november', 'december']


def date_printed(iso, text):
    d = date.fromisoformat(iso)
    t = fold(text)
    full, short = MONTH_NAMES[d.month - 1], MONTH_NAMES[d.month - 1][:3]
    mon = r'(?:%s|%s\.?)' % (full, short)
    day = r'0?%d(?:st|nd|rd|th)?' % d.day
    patterns = [
        re.escape(iso),
        r'(?<!\d)0?%d[./-]0?%d[./-]%d(?!\d)' % (d.day, d.month, d.year),           # 19.08.2026, 09/02/2026
        r'(?<!\w)%s\s+%s,?\s+%d(?!\d)' % (day, mon, d.year),                         # 19 August 2026
        r'(?<!\w)%s\s+%s,?\s+%d(?!\d)' % (mon, day, d.year),                         # February 9th, 2026
    ]
    return any(re.search(p, t) for p in patterns)


# ---------------------------------------------------------------- the checks
def check(gold):
    problems = []
    say = problems.append
    arts, stories = gold['articles'], gold['stories']

    on_disk = sorted(f for f in os.listdir(FOLDER) if f.lower().endswith(PAGE_EXTENSIONS))
    for f in on_disk:
        if f not in arts:
            say(f'{f}: page on disk but not in the gold')
    for f in arts:
        if f not in on_disk:
            say(f'{f}: in the gold but not on disk')

    seen, full = {}, {}
    bodies = {f: ' '.join(a.get('body') or []) for f, a in arts.items()}
    for f, a in arts.items():
        if f not in on_disk:
            continue
        for key in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
            if key not in a:
                say(f'{f}: gold has no "{key}"')
        p = os.path.join(FOLDER, f)
        seen[f] = fold(page_text(p))
        full[f] = fold(page_everything(p))
        fb = fold(bodies[f])
        if a['story'] is not None and a['story'] not in stories:
            say(f'{f}: story "{a["story"]}" has no entry in stories')
        if len(a['body']) < 3:
            say(f'{f}: fewer than three body paragraphs')
        for i, para in enumerate(a['body']):
            if fold(para) not in seen[f]:
                say(f'{f}: body paragraph {i + 1} is not printed on the page: {para[:70]!r}')
        for b in a['boilerplate']:
            if not toks(b):
                say(f'{f}: boilerplate string without words: {b!r}')
            elif fold(b) not in seen[f]:
                say(f'{f}: boilerplate not printed on the page: {b[:70]!r}')
            elif fold(b) in fb:
                say(f'{f}: boilerplate found inside the gold body: {b[:70]!r}')
        if len(a['boilerplate']) < 3:
            say(f'{f}: fewer than three boilerplate strings')
        for key in ('title', 'outlet', 'author'):
            if a.get(key) and fold(a[key]) not in full[f]:
                say(f'{f}: {key} {a[key]!r} is not on the page')
        if not a.get('title') or not a.get('outlet'):
            say(f'{f}: title and outlet are required')
        pub = a.get('published') or ''
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', pub):
            say(f'{f}: published {pub!r} is not YYYY-MM-DD')
        else:
            if date.fromisoformat(pub) > TODAY:
                say(f'{f}: published {pub} is in the future')
            if not pub.startswith('2026-'):
                say(f'{f}: published {pub} is not in 2026')
            if not date_printed(pub, page_everything(p)):
                say(f'{f}: published date {pub} is not printed on the page in any recognised form')

    copies = {f for f, a in arts.items() if a.get('duplicateOf')}
    for f in copies:
        o = arts[f]['duplicateOf']
        if o not in arts:
            say(f'{f}: duplicateOf {o} is not a gold article')
            continue
        if arts[o].get('duplicateOf'):
            say(f'{f}: its original {o} is itself a copy')
        if arts[f]['story'] is None or arts[f]['story'] != arts[o]['story']:
            say(f'{f}: copy and original {o} are not in the same story')
        ob = fold(bodies.get(o, ''))
        for para in arts[f]['body']:
            if fold(para) not in ob:
                say(f'{f}: copy paragraph missing from the original {o}: {para[:60]!r}')
    if len(copies) != 2:
        say(f'expected 2 copies, found {len(copies)}')
    solos = [f for f, a in arts.items() if a['story'] is None]
    if len(solos) != 2:
        say(f'expected 2 distractors, found {len(solos)}')

    for sid, s in stories.items():
        members = [f for f, a in arts.items() if a['story'] == sid]
        originals = [f for f in members if f not in copies]
        if len(originals) < 4:
            say(f'{sid}: only {len(originals)} original pages')
        story_text = '\n'.join(bodies.get(f, '') for f in members)

        # entities: every name and alias printed as written; no name shared by two entities
        owner = {}
        for e in s['entities']:
            for n in [e['name']] + e.get('aliases', []):
                if not as_written(n, story_text):
                    say(f'{sid}: entity name/alias {n!r} is not printed in any body of the story')
                k = fold(n)
                if k in owner and owner[k] is not e:
                    say(f'{sid}: {n!r} names two different entities (the scorer would see a fragment)')
                owner[k] = e
            spellings = [n.lower() for n in [e['name']] + e.get('aliases', [])]
            if len(spellings) != len(set(spellings)):   # accented and plain spellings are kept on purpose
                say(f'{sid}: a name of {e["name"]!r} is listed twice')
            if e.get('type') not in ('person', 'organization', 'location', 'other'):
                say(f'{sid}: entity {e["name"]!r} has type {e.get("type")!r}')

        # primary source: an entity, named in at least three original bodies
        ps = owner.get(fold(s['primarySource']))
        if ps is None or fold(ps['name']) != fold(s['primarySource']):
            say(f'{sid}: primary source {s["primarySource"]!r} is not an entity name')
        else:
            names = [ps['name']] + ps.get('aliases', [])
            naming = [f for f in originals if any(as_written(n, bodies[f]) for n in names)]
            if len(naming) < 3:
                say(f'{sid}: primary source named in {len(naming)} original bodies, fewer than 3')

        # quotes
        for q in s['quotes']:
            if fold(q['speaker']) not in owner:
                say(f'{sid}: quote speaker {q["speaker"]!r} is not an entity')
            elif fold(owner[fold(q['speaker'])]['name']) != fold(q['speaker']):
                say(f'{sid}: quote speaker {q["speaker"]!r} should be the canonical name')
            if not q['variants']:
                say(f'{sid}: quote of {q["speaker"]} without variants')
            for f, text in q['variants'].items():
                if f not in originals:
                    say(f'{sid}: quote variant on {f}, which is not an original page of the story')
                elif not runs_in_order(text, bodies[f]):
                    say(f'{sid}: quote variant not found, in order, in the body of {f}: {text[:60]!r}')

        # timeline
        dates = [t['date'] for t in s['timeline']]
        if len(dates) != len(set(dates)):
            say(f'{sid}: a timeline date is listed twice')
        for t in s['timeline']:
            if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', t['date']):
                say(f'{sid}: timeline date {t["date"]!r} is not YYYY, YYYY-MM or YYYY-MM-DD')
            if not t.get('evidence'):
                say(f'{sid}: timeline {t["date"]} has no evidence')
            for ev in t.get('evidence', []):
                if ev['file'] not in members:
                    say(f'{sid}: timeline evidence from {ev["file"]}, which is outside the story')
                elif fold(ev['phrase']) not in fold(bodies[ev['file']]):
                    say(f'{sid}: timeline evidence {ev["phrase"]!r} not in the body of {ev["file"]}')

        # unique facts: keywords in that original's body, in no other page of the story (copies included)
        for u in s['unique']:
            f = u['file']
            if f not in originals:
                say(f'{sid}: unique fact on {f}, which is not an original page of the story')
                continue
            for k in u['keywords']:
                if fold(k) not in fold(bodies[f]):
                    say(f'{sid}: unique keyword {k!r} not in the body of {f}')
                others = [g for g in members if g != f and fold(k) in fold(bodies[g])]
                if others:
                    say(f'{sid}: unique keyword {k!r} of {f} is also in {others}')
            if not any(all(fold(k) in fold(p) for k in u['keywords'][:1]) for p in arts[f]['body']):
                say(f'{sid}: no paragraph of {f} holds the first keyword of a unique fact')
        if len(s['unique']) != 5:
            say(f'{sid}: {len(s["unique"])} unique facts (5 expected)')

        # conflicts
        if len(s['conflicts']) != 5:
            say(f'{sid}: {len(s["conflicts"])} conflicts (5 expected)')
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2:
                say(f'{sid}: conflict {c["about"]!r} has fewer than two versions')
            listed = [f for v in vs for f in v['files']]
            if len(listed) != len(set(listed)):
                say(f'{sid}: conflict {c["about"]!r} puts one file under two versions')
            for i, v in enumerate(vs):
                if not v['files']:
                    say(f'{sid}: conflict {c["about"]!r}, version {v["value"]!r} has no file')
                for f in v['files']:
                    if f not in originals:
                        say(f'{sid}: conflict {c["about"]!r} lists {f}, not an original page of the story')
                    elif fold(v['value']) not in fold(bodies[f]):
                        say(f'{sid}: conflict value {v["value"]!r} is not printed in the body of {f}')
                for j, w in enumerate(vs):
                    if i == j:
                        continue
                    if contained(v['value'], w['value'], 0.6):
                        say(f'{sid}: value {v["value"]!r} is contained in {w["value"]!r} by the scorer rule (0.6)')
                    for f in w['files']:
                        if f in bodies and fold(v['value']) in fold(bodies[f]):
                            say(f'{sid}: value {v["value"]!r} is also printed by {f}, listed under {w["value"]!r}')

        # summary (documentation; each sentence must be faithful to a cited page by the scorer's rule)
        for sent in s.get('summary', []):
            if not any(f in members and contained(sent['text'], bodies[f], 0.8) for f in sent['files']):
                say(f'{sid}: summary sentence not supported by its files: {sent["text"][:60]!r}')

    # distractors: at least three entity names of one story printed in the body
    for f in solos:
        text = bodies.get(f, '')
        best = max((sum(as_written(e['name'], text) for e in s['entities']), sid) for sid, s in stories.items())
        if best[0] < 3:
            say(f'{f}: distractor shares only {best[0]} entity names with the closest story ({best[1]})')

    counts = dict(pages=len(arts), html=sum(f.endswith('.html') for f in arts), txt=sum(f.endswith('.txt') for f in arts),
                  stories=len(stories), copies=len(copies), distractors=len(solos),
                  paragraphs=sum(len(a['body']) for a in arts.values()),
                  boilerplate=sum(len(a['boilerplate']) for a in arts.values()),
                  entities=sum(len(s['entities']) for s in stories.values()),
                  quotes=sum(len(s['quotes']) for s in stories.values()),
                  variants=sum(len(q['variants']) for s in stories.values() for q in s['quotes']),
                  timeline=sum(len(s['timeline']) for s in stories.values()),
                  unique=sum(len(s['unique']) for s in stories.values()),
                  conflicts=sum(len(s['conflicts']) for s in stories.values()))
    return problems, counts


# ---------------------------------------------------------------- a perfect analysis from the gold
def write_oracle(gold, out_path):
    arts, stories = gold['articles'], gold['stories']
    aid = {f: 'art-%02d' % n for n, f in enumerate(sorted(arts), 1)}
    articles = []
    for f in sorted(arts):
        a = arts[f]
        articles.append({'id': aid[f], 'source': f, 'title': a['title'], 'author': a['author'], 'outlet': a['outlet'],
                         'published': a['published'], 'language': 'en', 'body': a['body'],
                         'duplicateOf': aid[a['duplicateOf']] if a.get('duplicateOf') else None})
    out_stories = []
    for sid, s in stories.items():
        members = sorted(f for f, a in arts.items() if a['story'] == sid)
        ids = [aid[f] for f in members]

        def paragraph_with(f, keyword):
            return next(p for p in arts[f]['body'] if fold(keyword) in fold(p))

        out_stories.append({
            'id': 'story-' + sid, 'title': s.get('title', sid), 'articles': ids,
            'primarySources': [{'name': s['primarySource'], 'articles': ids}],
            'entities': [{'name': e['name'], 'type': e['type'], 'aliases': e.get('aliases', []), 'articles': ids}
                         for e in s['entities']],
            'quotes': [{'speaker': q['speaker'], 'variants': [{'article': aid[f], 'text': t} for f, t in q['variants'].items()]}
                       for q in s['quotes']],
            'timeline': [{'date': t['date'], 'text': t.get('text', ''), 'articles': sorted({aid[e['file']] for e in t['evidence']})}
                         for t in s['timeline']],
            'claims': [{'text': paragraph_with(u['file'], u['keywords'][0]), 'status': 'unique', 'articles': [aid[u['file']]]}
                       for u in s['unique']],
            'conflicts': [{'about': c['about'], 'versions': [{'text': v['value'], 'articles': [aid[f] for f in v['files']]}
                                                             for v in c['versions']]} for c in s['conflicts']],
            'summary': [{'text': x['text'], 'articles': [aid[f] for f in x['files']]} for x in s.get('summary', [])],
        })
    for f in sorted(arts):
        if arts[f]['story'] is None:
            out_stories.append({'id': 'story-single-' + aid[f], 'title': arts[f]['title'], 'articles': [aid[f]],
                                'primarySources': [], 'entities': [], 'quotes': [], 'timeline': [], 'claims': [],
                                'conflicts': [], 'summary': [{'text': arts[f]['body'][0], 'articles': [aid[f]]}]})
    with open(out_path, 'w', encoding='utf-8') as fh:
        json.dump({'schema': 'crosscheck/analysis@1', 'articles': articles, 'stories': out_stories}, fh,
                  ensure_ascii=False, indent=1)


def main(argv):
    gold_path = argv[argv.index('--gold') + 1] if '--gold' in argv else os.path.join(FOLDER, 'gold.json')
    gold = json.load(open(gold_path, encoding='utf-8'))
    try:
        problems, n = check(gold)
    except (KeyError, TypeError, ValueError, AttributeError, StopIteration) as exc:   # a gold too broken to read
        print(f'PROBLEM: the gold could not be checked: {type(exc).__name__}: {exc}')
        print('FAILED (gold unreadable)')
        return 1
    if '--oracle' in argv:
        write_oracle(gold, argv[argv.index('--oracle') + 1])
    for p in problems:
        print('PROBLEM:', p)
    summary = (f"{n['pages']} pages ({n['html']} html, {n['txt']} txt), {n['stories']} stories, {n['copies']} copies, "
               f"{n['distractors']} distractors, {n['paragraphs']} body paragraphs, {n['boilerplate']} boilerplate strings, "
               f"{n['entities']} entities, {n['quotes']} quotes / {n['variants']} variants, {n['timeline']} timeline items, "
               f"{n['unique']} unique facts, {n['conflicts']} conflicts")
    print(('FAILED (%d problems) - ' % len(problems) if problems else 'OK - ') + summary)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
