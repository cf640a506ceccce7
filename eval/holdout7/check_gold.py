#!/usr/bin/env python3
"""Check holdout7/gold.json against the pages beside it (standard library only).

usage: check_gold.py [--oracle OUT.json]

Checks: every page has a gold entry and every gold entry a page; ids are consistent (stories, duplicateOf,
files named in quotes/timeline/unique/conflicts belong to the story); title, author, outlet and the
publication-date text are on the page; every body paragraph and boilerplate line is in the visible text
of the page it names, and every quote, timeline phrase, unique-fact keyword and conflict value in that
page's gold body (folded as analysis_score.py folds); boilerplate never occurs inside the gold body; a copy's body is inside its
original's; unique keywords are absent from the story's other pages; the versions of a conflict are
told apart by analysis_score.py's own 0.6 token containment. Prints OK or the problems.

--oracle OUT.json also writes a "perfect" crosscheck/analysis@1 JSON built from the gold, so that
`analysis_score.py gold.json OUT.json` can show the gold is in the shape the scorer reads (every area
should score 1.000 except summary_faithful, which the gold does not describe).
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = ' … '   # a quote split by its attribution: parts in this order
PAGE_RE = re.compile(r'^\d\d_[0-9a-f]{6}\.(html|txt)$')
DATE_RE = re.compile(r'^\d{4}(-\d\d(-\d\d)?)?$')


def fold(s):  # as analysis_score.py
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()


def toks(s):
    return re.findall(r'\w+', fold(s))


def contained(needle, hay, need=0.9):  # as analysis_score.py
    n = toks(needle)
    if not n:
        return False
    h = set(toks(hay))
    return sum(1 for t in n if t in h) / len(n) >= need


INLINE = r'a|em|strong|span|i|b|small|time|abbr|cite|q|sup|sub'


def visible(raw, ext):
    if ext == 'txt':
        return raw
    t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', raw)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    t = re.sub(r'(?i)</?(%s)\b[^>]*>' % INLINE, '', t)
    t = re.sub(r'<[^>]+>', '\n', t)
    return html.unescape(t)


def main():
    problems = []
    def bad(msg):
        problems.append(msg)

    gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
    arts, stories = gold['articles'], gold['stories']
    files = sorted(f for f in os.listdir(HERE) if PAGE_RE.match(f))
    for f in files:
        if f not in arts: bad(f'{f}: page has no gold entry')
    for f in arts:
        if f not in files: bad(f'{f}: gold entry has no page')
    nums = [f[:2] for f in files]
    if len(set(nums)) != len(nums): bad('page numbers are not unique')

    raw, vis = {}, {}
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        ext = f.rsplit('.', 1)[1]
        raw[f] = fold(html.unescape(text) if ext == 'html' else text)
        vis[f] = fold(visible(text, ext))

    def on_page(f, s):
        return fold(s) in vis.get(f, '')

    gbody = {f: fold(' '.join(g.get('body') or [])) for f, g in arts.items()}

    def in_body(f, s):  # quotes, dates, facts and conflicts must be in the article text, not in its furniture
        return fold(s) in gbody.get(f, '')

    # --- per-page fields
    for f, g in arts.items():
        if f not in vis: continue
        for key in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
            if key not in g: bad(f'{f}: missing field {key}')
        if g['story'] is not None and g['story'] not in stories: bad(f'{f}: unknown story {g["story"]}')
        for key in ('title', 'author', 'outlet', 'publishedText'):
            if g.get(key) and fold(g[key]) not in raw[f]: bad(f'{f}: {key} {g[key]!r} not on the page')
        if g.get('published') and not DATE_RE.match(g['published']): bad(f'{f}: published {g["published"]!r} is not YYYY[-MM[-DD]]')
        for p in g['body']:
            if not on_page(f, p): bad(f'{f}: body paragraph not on page: {p[:60]!r}')
        body = fold(' '.join(g['body']))
        for b in g['boilerplate']:
            if not on_page(f, b): bad(f'{f}: boilerplate not on page: {b!r}')
            if fold(b) in body: bad(f'{f}: boilerplate {b!r} occurs inside the gold body')
        d = g.get('duplicateOf')
        if d:
            if d not in arts: bad(f'{f}: duplicateOf {d} is not a gold page')
            elif arts[d].get('duplicateOf'): bad(f'{f}: duplicateOf points at another copy')
            elif arts[d]['story'] != g['story']: bad(f'{f}: copy and original in different stories')
            else:
                ob = fold(' '.join(arts[d]['body']))
                for p in g['body']:
                    if fold(p) not in ob: bad(f'{f}: copy paragraph not in the original: {p[:60]!r}')
            if arts.get(d, {}).get('outlet') and fold(arts[d]['outlet']) == fold(g.get('outlet')):
                bad(f'{f}: a copy should carry the reprinting outlet, not the original one')

    # --- stories
    for sid, s in stories.items():
        members = [f for f, g in arts.items() if g['story'] == sid]
        originals = [f for f in members if not arts[f].get('duplicateOf')]
        if len(originals) < 4: bad(f'{sid}: only {len(originals)} non-copy pages')
        outlets = [fold(arts[f]['outlet']) for f in originals]
        if len(set(outlets)) != len(outlets): bad(f'{sid}: two pages from the same outlet')
        for key in ('primarySource', 'entities', 'quotes', 'timeline', 'unique', 'conflicts'):
            if key not in s: bad(f'{sid}: missing {key}')
        story_text = ' '.join(vis[f] for f in members if f in vis)
        if fold(s['primarySource']) not in story_text: bad(f'{sid}: primary source not named in the story pages')
        ent_names = {}
        for e in s['entities']:
            if e.get('type') not in ('person', 'organization', 'location', 'other'): bad(f'{sid}: entity {e["name"]} has no valid type')
            for n in [e['name']] + e.get('aliases', []):
                if fold(n) in ent_names: bad(f'{sid}: name {n!r} used by two entities')
                ent_names[fold(n)] = e['name']
                if fold(n) not in story_text: bad(f'{sid}: entity name/alias {n!r} not in any story page')
        if fold(s['primarySource']) not in {fold(e['name']) for e in s['entities']}:
            bad(f'{sid}: primary source is not one of the story entities')

        def in_story(f, what):
            if f not in members: bad(f'{sid}: {what} names {f}, which is not in the story'); return False
            return True

        for q in s['quotes'] + s.get('unscoredQuotes', []):
            if q in s['quotes'] and fold(q['speaker']) not in {fold(e['name']) for e in s['entities']}:
                bad(f'{sid}: quote speaker {q["speaker"]!r} is not an entity name')
            for f, t in q['variants'].items():
                if not in_story(f, 'a quote'): continue
                pos = 0
                for part in t.split(SPLIT):
                    i = gbody[f].find(fold(part), pos)
                    if i < 0: bad(f'{sid}: quote part not in {f}: {part!r}'); break
                    pos = i + len(fold(part))
        for t in s['timeline']:
            if not DATE_RE.match(t['date']): bad(f'{sid}: timeline date {t["date"]!r}')
            for f, x in t.get('sources', {}).items():
                if in_story(f, 'a timeline item') and not in_body(f, x): bad(f'{sid}: timeline phrase {x!r} not in {f}')
        for u in s['unique']:
            f = u['file']
            if not in_story(f, 'a unique fact'): continue
            if arts[f].get('duplicateOf'):
                bad(f'{sid}: unique fact on a copy: {f}')
            for k in u['keywords']:
                if not in_body(f, k): bad(f'{sid}: unique keyword {k!r} not in {f}')
                for o in members:
                    if o != f and in_body(o, k): bad(f'{sid}: unique keyword {k!r} of {f} also in {o}')
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2: bad(f'{sid}: conflict {c["about"]!r} has fewer than two versions')
            seen = set()
            for v in vs:
                for f in v['files']:
                    if f in seen: bad(f'{sid}: conflict {c["about"]!r}: {f} in two versions')
                    seen.add(f)
                    if in_story(f, 'a conflict') and not in_body(f, v.get('texts', {}).get(f, v['value'])):
                        bad(f'{sid}: conflict value {v.get("texts", {}).get(f, v["value"])!r} not in {f}')
            for i, a in enumerate(vs):
                for b in vs[i + 1:]:
                    if contained(a['value'], b['value'], 0.6) or contained(b['value'], a['value'], 0.6):
                        bad(f'{sid}: conflict {c["about"]!r}: versions {a["value"]!r} and {b["value"]!r} are not told apart at 0.6')

    if '--oracle' in sys.argv:
        write_oracle(gold, sys.argv[sys.argv.index('--oracle') + 1])
    if problems:
        print('\n'.join(problems))
        print(f'{len(problems)} problem(s)')
        sys.exit(1)
    print('OK')


def write_oracle(gold, path):
    aid = lambda f: f.rsplit('.', 1)[0]
    arts = [dict(id=aid(f), source=f, title=g['title'], author=g['author'], outlet=g['outlet'], published=g['published'],
                 language='en', body=g['body'], duplicateOf=aid(g['duplicateOf']) if g.get('duplicateOf') else None)
            for f, g in gold['articles'].items()]
    stories = []
    for sid, s in gold['stories'].items():
        members = [aid(f) for f, g in gold['articles'].items() if g['story'] == sid]
        stories.append(dict(
            id=sid, title=s.get('title', sid), articles=members,
            primarySources=[dict(name=s['primarySource'], articles=members)],
            entities=[dict(name=e['name'], type=e['type'], aliases=e.get('aliases', []), articles=members) for e in s['entities']],
            quotes=[dict(speaker=q['speaker'], variants=[dict(article=aid(f), text=t.replace(SPLIT, ' '))
                                                          for f, t in q['variants'].items()]) for q in s['quotes']],
            timeline=[dict(date=t['date'], text=t['text'], articles=[aid(f) for f in t.get('sources', {})]) for t in s['timeline']],
            claims=[dict(text=u['text'], status='unique', articles=[aid(u['file'])]) for u in s['unique']],
            conflicts=[dict(about=c['about'], versions=[dict(text=v['value'], articles=[aid(f) for f in v['files']])
                                                        for v in c['versions']]) for c in s['conflicts']],
            summary=[]))
    for f, g in gold['articles'].items():
        if g['story'] is None:
            stories.append(dict(id='solo-' + aid(f), title=g['title'], articles=[aid(f)], primarySources=[], entities=[],
                                quotes=[], timeline=[], claims=[], conflicts=[], summary=[]))
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump({'schema': 'crosscheck/analysis@1', 'articles': arts, 'stories': stories}, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
