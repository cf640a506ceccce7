#!/usr/bin/env python3
"""Check holdout18/gold.json against the pages in this folder. Standard library only; no engine involved.

usage:  python3 check_gold.py [--gold FILE] [--oracle OUT.json] [--verbose] [--selftest]

  --gold FILE     check FILE instead of gold.json beside this script (to show that a broken gold is caught)
  --oracle OUT    also write a crosscheck/analysis@1 answer built from the gold alone; the reference scorer
                  (shared/eval/analysis_score.py) should give it the perfect value in every area
  --verbose       print the counts per story as well
  --selftest      break the gold in 50 deliberate ways (in memory) and confirm that every break is reported

The last line printed starts with OK or FAILED; the exit status is 0 or 1.

fold / toks / contained below behave exactly as in shared/eval/analysis_score.py, so "contained at 0.6" here
means what it means to the scorer. The rest is eval/holdout17/check_gold.py (this project's own code) with its
checks unchanged; the deliberate breaks are written for this set (a flooded seed bank, a tax-refund error that
paid households twice, a lift that fell eleven floors in a tower block, runaway freight wagons that derailed in
a town, and a wartime bomb that emptied a city district for a Sunday)."""
import copy
import html
import json
import os
import re
import sys
import unicodedata
from datetime import date, timedelta
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = date(2026, 11, 22)          # the day the set was written; no page may be dated later
INPUTS = ('.html', '.htm', '.txt')
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']
QUOTE_MARKS = '"\'«»\u201c\u201d\u2018\u2019'


# ============================================================ the scorer's text rules (same behaviour)
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


# ============================================================ reading a page
class VisibleText(HTMLParser):
    """Text a reader would see. Block-level tags start a new line; <head>, <script>, <style> are skipped."""
    SKIP = {'head', 'script', 'style', 'noscript', 'template', 'svg'}
    BLOCK = {'address', 'article', 'aside', 'blockquote', 'body', 'br', 'button', 'center', 'dd', 'div', 'dl', 'dt',
             'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
             'img', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skipping:
            self.out.append(data)


class Page:
    def __init__(self, path):
        self.name = os.path.basename(path)
        self.raw = open(path, encoding='utf-8').read()
        if self.name.lower().endswith(('.html', '.htm')):
            reader = VisibleText()
            reader.feed(self.raw)
            reader.close()
            self.visible = ''.join(reader.out)
        else:
            self.visible = self.raw
        self.everything = html.unescape(self.raw)      # metadata, JSON-LD and attributes included
        self.fv = fold(self.visible)
        self.fe = fold(self.everything)


# ============================================================ small helpers
def printed_as_written(name, text):
    """a whole-word occurrence; case, spacing and curly apostrophes ignored, accents NOT ignored"""
    def norm(s):
        return re.sub(r'\s+', ' ', s.replace('\u2019', "'").replace('\u2018', "'")).lower()
    return re.search(r'(?<!\w)' + re.escape(norm(name)) + r'(?!\w)', norm(text)) is not None


def date_shown(iso, text):
    """is the date printed in one of the usual ways (ISO, 14.02.2026, 20/04/2026, 14 February 2026,
    10 Jun 2026, February 17, 2026, Aug. 24, 2026, Sun Oct 11, 2026)?"""
    d = date.fromisoformat(iso)
    t = fold(text)
    m = MONTHS[d.month - 1]
    mon = r'(?:%s|%s\.?)' % (m, m[:3])
    day = r'0?%d(?:st|nd|rd|th)?' % d.day
    forms = [re.escape(iso),
             r'(?<!\d)0?%d[./]0?%d[./]%d(?!\d)' % (d.day, d.month, d.year),
             r'(?<![\w])%s\s+%s,?\s+%d(?!\d)' % (day, mon, d.year),
             r'(?<![\w])%s\s+%s,?\s+%d(?!\d)' % (mon, day, d.year)]
    return any(re.search(f, t) for f in forms)


def sentences_with(value, body_paragraphs):
    """the sentences of a body that print `value` (folded)"""
    fv = fold(value)
    found = []
    for para in body_paragraphs:
        for sent in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d\u2019]))\s+(?=["\u201c\u2018A-Z0-9])', para):
            if fv in fold(sent):
                found.append(sent)
    return found


def quote_part_marked(part, paragraphs):
    """the part is printed in some paragraph as a whole quoted span: a quotation mark opens right before its
    first word, and right after its last word (past any . , ; : ! ?) a quotation mark closes it"""
    words = toks(part)
    if not words:
        return False
    for para in paragraphs:
        f = fold(para)
        for m in re.finditer(r'(?<!\w)' + re.escape(words[0]) + r'(?!\w)', f):
            spans = [t for t in re.finditer(r'\w+', f[m.start():])][:len(words)]
            if [t.group() for t in spans] != words:
                continue
            inner = re.sub(r"(?<=\w)'(?=\w)", '', f[m.start():m.start() + spans[-1].end()])   # keep it's, company's
            if any(c in QUOTE_MARKS for c in inner):
                continue                                      # the span crosses a closing or opening mark
            before = f[:m.start()].rstrip()
            after = f[m.start() + spans[-1].end():].lstrip('.,;:!? ')
            if before and before[-1] in QUOTE_MARKS and after and after[0] in QUOTE_MARKS:
                return True
    return False


def words_in_order(variant, body):
    """every part of the variant (parts joined by ' … ') is an unbroken run of the body's words, in order"""
    hay = toks(body)
    at = 0
    for part in variant.split(' … '):
        need = toks(part)
        if not need:
            return False
        hit = next((i for i in range(at, len(hay) - len(need) + 1) if hay[i:i + len(need)] == need), None)
        if hit is None:
            return False
        at = hit + len(need)
    return True


# ============================================================ the checks
class GoldCheck:
    def __init__(self, gold):
        self.gold = gold
        self.problems = []
        self.arts = gold['articles']
        self.stories = gold['stories']
        self.pages = {}
        self.body = {f: ' '.join(a.get('body') or []) for f, a in self.arts.items()}

    def bad(self, msg):
        self.problems.append(msg)

    def members(self, sid):
        return sorted(f for f, a in self.arts.items() if a.get('story') == sid)

    def originals(self, sid):
        return [f for f in self.members(sid) if not self.arts[f].get('duplicateOf')]

    # -------------------------------------------------------- files
    def files(self):
        disk = sorted(f for f in os.listdir(HERE) if f.lower().endswith(INPUTS))
        for f in disk:
            if f not in self.arts:
                self.bad(f'{f}: on disk but not in the gold')
            if not re.fullmatch(r'\d\d_[0-9a-f]{6}\.(html|txt)', f):
                self.bad(f'{f}: not named NN_xxxxxx.html/.txt')
        for f in self.arts:
            if f not in disk:
                self.bad(f'{f}: in the gold but not on disk')
            else:
                self.pages[f] = Page(os.path.join(HERE, f))
        numbers = [f[:2] for f in disk]
        if len(numbers) != len(set(numbers)):
            self.bad('two pages share a number')

    # -------------------------------------------------------- one article
    def article(self, f, a):
        pg = self.pages[f]
        for key in ('story', 'duplicateOf', 'title', 'author', 'outlet', 'published', 'body', 'boilerplate'):
            if key not in a:
                self.bad(f'{f}: no "{key}" field')
        if a['story'] is not None and a['story'] not in self.stories:
            self.bad(f'{f}: story {a["story"]!r} is not among the stories')
        if len(a['body']) < 4:
            self.bad(f'{f}: fewer than four body paragraphs')
        at = -1
        for i, para in enumerate(a['body']):
            where = pg.fv.find(fold(para))
            if where < 0:
                self.bad(f'{f}: body paragraph {i + 1} is not printed on the page: {para[:60]!r}')
            elif where <= at:
                self.bad(f'{f}: body paragraph {i + 1} is printed before paragraph {i}')
            else:
                at = where
        if len(a['body']) != len({fold(p) for p in a['body']}):
            self.bad(f'{f}: a body paragraph is listed twice')
        fb = fold(self.body[f])
        if len(a['boilerplate']) < 4:
            self.bad(f'{f}: fewer than four boilerplate strings')
        for b in a['boilerplate']:
            if not toks(b):
                self.bad(f'{f}: boilerplate with no words: {b!r}')
            elif fold(b) not in pg.fv:
                self.bad(f'{f}: boilerplate not visible on the page: {b[:60]!r}')
            elif fold(b) in fb:
                self.bad(f'{f}: boilerplate inside the gold body: {b[:60]!r}')
        if not a.get('title') or not a.get('outlet'):
            self.bad(f'{f}: title and outlet must be given')
        if a.get('title') and fold(a['title']) not in pg.fv:
            self.bad(f'{f}: title is not visible on the page: {a["title"]!r}')
        for key in ('outlet', 'author'):
            if a.get(key) and fold(a[key]) not in pg.fe:
                self.bad(f'{f}: {key} {a[key]!r} is not on the page (text or metadata)')
        if a.get('author') and fold(a['author']) in fb:
            self.bad(f'{f}: the author\'s name is inside the gold body')
        pub = a.get('published') or ''
        if not re.fullmatch(r'2026-\d\d-\d\d', pub):
            self.bad(f'{f}: published {pub!r} is not a 2026 YYYY-MM-DD date')
            return
        if date.fromisoformat(pub) > NOW:
            self.bad(f'{f}: published {pub} is after {NOW}')
        if not date_shown(pub, pg.everything):
            self.bad(f'{f}: published {pub} is not printed on the page in any form')

    # -------------------------------------------------------- copies and distractors
    def copies_and_distractors(self):
        copies = [f for f, a in self.arts.items() if a.get('duplicateOf')]
        full = trimmed = 0
        for f in copies:
            o = self.arts[f]['duplicateOf']
            if o not in self.arts:
                self.bad(f'{f}: duplicateOf {o!r} is not an article')
                continue
            if self.arts[o].get('duplicateOf'):
                self.bad(f'{f}: its original {o} is itself a copy')
            if self.arts[f]['story'] is None or self.arts[f]['story'] != self.arts[o]['story']:
                self.bad(f'{f}: not in the same story as its original {o}')
            if self.arts[f]['outlet'] == self.arts[o]['outlet']:
                self.bad(f'{f}: a copy should carry another outlet than its original')
            if fold(self.arts[f]['title']) == fold(self.arts[o]['title']):
                self.bad(f'{f}: a copy should be re-headlined')
            orig = [fold(p) for p in self.arts[o]['body']]
            mine = [fold(p) for p in self.arts[f]['body']]
            if mine != orig[:len(mine)]:
                self.bad(f'{f}: its paragraphs are not the opening paragraphs of {o}')
            if len(mine) == len(orig):
                full += 1
            else:
                trimmed += 1
            days = (date.fromisoformat(self.arts[f]['published']) - date.fromisoformat(self.arts[o]['published'])).days
            if not 0 <= days <= 2:
                self.bad(f'{f}: published {days} days after its original')
        if (len(copies), full, trimmed) != (2, 1, 1):
            self.bad(f'expected one full and one trimmed copy, found {full} full and {trimmed} trimmed')

        solos = [f for f, a in self.arts.items() if a['story'] is None]
        if len(solos) != 2:
            self.bad(f'expected 2 distractors, found {len(solos)}')
        for f in solos:
            if self.arts[f].get('duplicateOf'):
                self.bad(f'{f}: a distractor cannot be a copy')
            best = max((sum(printed_as_written(e['name'], self.body[f]) for e in s['entities']), sid)
                       for sid, s in self.stories.items())
            shared, sid = best
            if shared < 3:
                self.bad(f'{f}: shares only {shared} entity names with the nearest story ({sid})')
                continue
            when = date.fromisoformat(self.arts[f]['published'])
            gaps = [abs((date.fromisoformat(self.arts[g]['published']) - when).days) for g in self.members(sid)]
            if min(gaps) > 7:
                self.bad(f'{f}: dated {min(gaps)} days from its story {sid} (should be near it)')
            if not any(self.arts[g]['outlet'] == self.arts[f]['outlet'] for g in self.members(sid)):
                self.bad(f'{f}: shares no outlet with {sid}')

    # -------------------------------------------------------- one story
    def story(self, sid, s):
        members, originals = self.members(sid), self.originals(sid)
        if len(originals) < 4:
            self.bad(f'{sid}: {len(originals)} original pages (at least 4 expected)')
        days = sorted(date.fromisoformat(self.arts[f]['published']) for f in members)
        if days and (days[-1] - days[0]).days > 5:
            self.bad(f'{sid}: pages spread over {(days[-1] - days[0]).days} days')
        if len({self.arts[f]['outlet'] for f in members}) != len(members):
            self.bad(f'{sid}: two pages of the story come from one outlet')
        text = '\n'.join(self.body[f] for f in members)

        # entities
        owner = {}
        for e in s['entities']:
            if e.get('type') not in ('person', 'organization', 'location', 'other'):
                self.bad(f'{sid}: entity {e["name"]!r} has type {e.get("type")!r}')
            names = [e['name']] + list(e.get('aliases', []))
            if len(names) != len(set(n.lower() for n in names)):
                self.bad(f'{sid}: a name of {e["name"]!r} is listed twice')
            for n in names:
                if not printed_as_written(n, text):
                    self.bad(f'{sid}: entity name {n!r} is not printed (as written) in the story')
                if fold(n) in owner and owner[fold(n)] is not e:
                    self.bad(f'{sid}: {n!r} belongs to two entities')
                owner[fold(n)] = e

        # primary source
        ps = owner.get(fold(s['primarySource']))
        if ps is None or fold(ps['name']) != fold(s['primarySource']):
            self.bad(f'{sid}: primary source {s["primarySource"]!r} is not the canonical name of an entity')
        else:
            naming = [f for f in originals
                      if any(printed_as_written(n, self.body[f]) for n in [ps['name']] + ps.get('aliases', []))]
            if len(naming) < 3:
                self.bad(f'{sid}: primary source named in {len(naming)} original bodies (3 needed)')

        # quotes
        for q in s['quotes']:
            e = owner.get(fold(q['speaker']))
            if e is None or fold(e['name']) != fold(q['speaker']):
                self.bad(f'{sid}: quote speaker {q["speaker"]!r} is not the canonical name of an entity')
            if not q['variants']:
                self.bad(f'{sid}: a quote of {q["speaker"]!r} has no variant')
            for f, v in q['variants'].items():
                if f not in originals:
                    self.bad(f'{sid}: quote variant on {f}, which is not an original page of the story')
                    continue
                if not words_in_order(v, self.body[f]):
                    self.bad(f'{sid}: quote variant not in the body of {f} as printed: {v[:50]!r}')
                for part in v.split(' … '):
                    if not quote_part_marked(part, self.arts[f]['body']):
                        self.bad(f'{sid}: in {f}, {part[:40]!r} is not a whole span between quotation marks')

        # anonymous remarks, documented but not scored: still quoted words of an original page
        for q in s.get('unscoredQuotes', []):
            for f, v in q['variants'].items():
                if f not in originals or not words_in_order(v, self.body[f]) or \
                        not all(quote_part_marked(part, self.arts[f]['body']) for part in v.split(' … ')):
                    self.bad(f'{sid}: unscored quote of {q["speaker"]!r} is not quoted as given in {f}')
            if owner.get(fold(q['speaker'])):
                self.bad(f'{sid}: unscored quote speaker {q["speaker"]!r} is an entity; score it instead')

        # timeline
        seen = set()
        for t in s['timeline']:
            d = t['date']
            if d in seen:
                self.bad(f'{sid}: timeline date {d} listed twice')
            seen.add(d)
            if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', d):
                self.bad(f'{sid}: timeline date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD')
                continue
            if not t.get('evidence'):
                self.bad(f'{sid}: timeline {d} has no evidence')
            for ev in t.get('evidence', []):
                f, phrase = ev['file'], ev['phrase']
                if f not in members:
                    self.bad(f'{sid}: timeline {d} cites {f}, outside the story')
                    continue
                if fold(phrase) not in fold(self.body[f]):
                    self.bad(f'{sid}: timeline {d}: {phrase!r} is not in the body of {f}')
                fp = fold(phrase)
                wd = [w for w in WEEKDAYS if re.search(r'\b' + w, fp)]
                if wd:
                    if len(d) != 10 or WEEKDAYS[date.fromisoformat(d).weekday()] != wd[0]:
                        self.bad(f'{sid}: timeline {d}: the evidence says {wd[0]}')
                    pub = date.fromisoformat(self.arts[f]['published'])
                    if len(d) == 10 and not pub - timedelta(days=7) <= date.fromisoformat(d) <= pub + timedelta(days=6):
                        self.bad(f'{sid}: timeline {d}: a weekday in {f} cannot reach that far from {pub}')
                mo = [i + 1 for i, m in enumerate(MONTHS) if re.search(r'\b' + m + r'\b', fp)]
                if mo and (len(d) < 7 or int(d[5:7]) != mo[0]):
                    self.bad(f'{sid}: timeline {d}: the evidence names month {mo[0]}')
                yr = re.findall(r'\b(1[0-9]{3}|20[0-9]{2})\b', fp)
                if yr and d[:4] != yr[0]:
                    self.bad(f'{sid}: timeline {d}: the evidence names the year {yr[0]}')

        # unique facts
        for u in s['unique']:
            f = u['file']
            if f not in originals:
                self.bad(f'{sid}: unique fact on {f}, which is not an original page of the story')
                continue
            if not u['keywords']:
                self.bad(f'{sid}: a unique fact of {f} has no keyword')
            for k in u['keywords']:
                if fold(k) not in fold(self.body[f]):
                    self.bad(f'{sid}: unique keyword {k!r} is not in the body of {f}')
                also = [g for g in members if g != f and fold(k) in fold(self.body[g])]
                if also:
                    self.bad(f'{sid}: unique keyword {k!r} of {f} is also printed by {also}')
            if not any(all(fold(k) in fold(p) for k in u['keywords']) for p in self.arts[f]['body']):
                self.bad(f'{sid}: the keywords of a unique fact of {f} are not in one paragraph')

        # conflicts
        for c in s['conflicts']:
            vs = c['versions']
            if len(vs) < 2:
                self.bad(f'{sid}: conflict {c["about"]!r} has fewer than two versions')
            listed = [f for v in vs for f in v['files']]
            if len(listed) != len(set(listed)):
                self.bad(f'{sid}: conflict {c["about"]!r} lists a file under two versions')
            for i, v in enumerate(vs):
                if not v['files']:
                    self.bad(f'{sid}: {c["about"]!r}: version {v["value"]!r} has no file')
                for f in v['files']:
                    if f not in originals:
                        self.bad(f'{sid}: {c["about"]!r}: {f} is not an original page of the story')
                    elif fold(v['value']) not in fold(self.body[f]):
                        self.bad(f'{sid}: {c["about"]!r}: {v["value"]!r} is not printed in the body of {f}')
                for j, w in enumerate(vs):
                    if i == j:
                        continue
                    if contained(v['value'], w['value'], 0.6):
                        self.bad(f'{sid}: {v["value"]!r} is contained (0.6) in the other version {w["value"]!r}')
                    for f in w['files']:
                        if f not in self.arts:
                            continue
                        if fold(v['value']) in fold(self.body[f]):
                            self.bad(f'{sid}: {v["value"]!r} is also printed by {f}, which gives {w["value"]!r}')
                        for sent in sentences_with(w['value'], self.arts[f]['body']):
                            if contained(v['value'], sent, 0.6):
                                self.bad(f'{sid}: {v["value"]!r} is contained (0.6) in the sentence of {f} '
                                         f'that gives {w["value"]!r}')

        # summary (documentation; the scorer computes faithfulness from the output alone)
        for x in s.get('summary', []):
            if not any(f in members and contained(x['text'], self.body[f], 0.8) for f in x['files']):
                self.bad(f'{sid}: summary sentence not supported by its files: {x["text"][:50]!r}')

        return dict(pages=len(members), paragraphs=sum(len(self.arts[f]['body']) for f in members),
                    entities=len(s['entities']), quotes=len(s['quotes']),
                    variants=sum(len(q['variants']) for q in s['quotes']), timeline=len(s['timeline']),
                    unique=len(s['unique']), conflicts=len(s['conflicts']))

    # -------------------------------------------------------- all
    def run(self):
        self.files()
        for f, a in self.arts.items():
            if f in self.pages:
                self.article(f, a)
        self.copies_and_distractors()
        per = {sid: self.story(sid, s) for sid, s in self.stories.items()}
        months = [sorted({self.arts[f]['published'][:7] for f in self.members(sid)}) for sid in self.stories]
        flat = [m for ms in months for m in ms]
        if len(flat) != len(set(flat)):
            self.bad('two stories share a publication month')
        for sid, n in per.items():
            if not 4 <= n['unique'] <= 7:
                self.bad(f'{sid}: {n["unique"]} unique facts (about 5 expected)')
            if not 4 <= n['conflicts'] <= 7:
                self.bad(f'{sid}: {n["conflicts"]} conflicts (about 5 expected)')
        return per


# ============================================================ a perfect answer built from the gold
def oracle(gold, path):
    arts = gold['articles']
    ids = {f: 'a%02d' % i for i, f in enumerate(sorted(arts), 1)}
    out = {'schema': 'crosscheck/analysis@1', 'articles': [], 'stories': []}
    for f in sorted(arts):
        a = arts[f]
        out['articles'].append({'id': ids[f], 'source': f, 'title': a['title'], 'author': a['author'],
                                'outlet': a['outlet'], 'published': a['published'], 'language': 'en',
                                'body': a['body'], 'duplicateOf': ids.get(a['duplicateOf'])})
    for sid, s in gold['stories'].items():
        mem = [ids[f] for f in sorted(arts) if arts[f]['story'] == sid]
        claims = []
        for u in s['unique']:
            para = next(p for p in arts[u['file']]['body'] if fold(u['keywords'][0]) in fold(p))
            claims.append({'text': para, 'status': 'unique', 'articles': [ids[u['file']]]})
        out['stories'].append({
            'id': sid, 'title': s.get('title', sid), 'articles': mem,
            'primarySources': [{'name': s['primarySource'], 'articles': mem}],
            'entities': [dict(name=e['name'], type=e['type'], aliases=e.get('aliases', []), articles=mem)
                         for e in s['entities']],
            'quotes': [{'speaker': q['speaker'], 'variants': [{'article': ids[f], 'text': t}
                                                               for f, t in q['variants'].items()]} for q in s['quotes']],
            'timeline': [{'date': t['date'], 'text': t['text'],
                          'articles': sorted({ids[e['file']] for e in t['evidence']})} for t in s['timeline']],
            'claims': claims,
            'conflicts': [{'about': c['about'], 'versions': [{'text': v['value'], 'articles': [ids[f] for f in v['files']]}
                                                             for v in c['versions']]} for c in s['conflicts']],
            'summary': [{'text': x['text'], 'articles': [ids[f] for f in x['files']]} for x in s.get('summary', [])]})
    for f in sorted(arts):
        if arts[f]['story'] is None:
            out['stories'].append({'id': 'solo-' + f, 'title': arts[f]['title'], 'articles': [ids[f]],
                                   'primarySources': [], 'entities': [], 'quotes': [], 'timeline': [],
                                   'claims': [], 'conflicts': [],
                                   'summary': [{'text': arts[f]['body'][0], 'articles': [ids[f]]}]})
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)


# ============================================================ deliberately broken golds must fail
def breakages(gold):
    """(what, function that breaks a deep copy of the gold in place)"""
    arts = gold['articles']
    by_outlet = {}
    for f, a in sorted(arts.items()):
        if a['story'] and not a.get('duplicateOf'):
            by_outlet.setdefault((a['outlet'], a['story']), f)
    copies = sorted(f for f, a in arts.items() if a.get('duplicateOf'))
    full = next(f for f in copies if len(arts[f]['body']) == len(arts[arts[f]['duplicateOf']]['body']))
    trimmed = next(f for f in copies if f != full)
    solo = sorted(f for f, a in arts.items() if a['story'] is None)[0]
    solos = sorted(f for f, a in arts.items() if a['story'] is None)

    def conflict(g, sid, about):
        return next(c for c in g['stories'][sid]['conflicts'] if c['about'] == about)

    def quote(g, sid, speaker, n=0):
        return [q for q in g['stories'][sid]['quotes'] if q['speaker'] == speaker][n]

    def unique(g, sid, keyword):
        return next(u for u in g['stories'][sid]['unique'] if u['keywords'] == [keyword])

    def timeline(g, sid, day):
        return next(t for t in g['stories'][sid]['timeline'] if t['date'] == day)

    def entity(g, sid, name):
        return next(e for e in g['stories'][sid]['entities'] if e['name'] == name)

    def value_file_to_other_side(g):
        c = conflict(g, 'lift', 'people in the car')
        c['versions'][1]['files'].append(c['versions'][0]['files'].pop())

    def swap_values(g):
        c = conflict(g, 'freight', 'time of the derailment')
        c['versions'][0]['value'], c['versions'][1]['value'] = c['versions'][1]['value'], c['versions'][0]['value']

    def shared_keyword(g):
        unique(g, 'bomb', 'docks')['keywords'] = ['Meerholt']

    def keyword_in_full_copy(g):
        u = unique(g, 'freight', 'gas main')
        u['file'], u['keywords'] = by_outlet[('Kvernes Press Agency', 'freight')], ['broken arm']

    def keyword_in_trimmed_copy(g):
        unique(g, 'bomb', 'Sandvoort')['keywords'] = ['180 flats']

    def unique_on_copy(g):
        unique(g, 'bomb', 'Sandvoort')['file'] = trimmed

    def unique_not_on_its_page(g):
        unique(g, 'seedbank', 'Saltmarsh Genebank')['file'] = by_outlet[('Radio Quellany', 'seedbank')]

    def edited_paragraph(g):
        f = by_outlet[('Stairwell', 'lift')]
        g['articles'][f]['body'][2] = g['articles'][f]['body'][2].replace('runs until 2027', 'runs until 2028')

    def paragraphs_out_of_order(g):
        b = g['articles'][by_outlet[('Anvel FM', 'lift')]]['body']
        b[0], b[1] = b[1], b[0]

    def boilerplate_in_body(g):
        f = by_outlet[('The Tally', 'tax')]
        g['articles'][f]['body'].append(g['articles'][f]['boilerplate'][-1])

    def title_only_in_head(g):
        f = by_outlet[('Yselmark Today', 'bomb')]
        g['articles'][f]['title'] = g['articles'][f]['title'] + ' - Yselmark Today'

    def future_date(g):
        g['articles'][by_outlet[('Railhead', 'freight')]]['published'] = '2026-11-25'

    def date_not_printed(g):
        g['articles'][by_outlet[('Stairwell', 'lift')]]['published'] = '2026-06-12'

    def alias_not_printed(g):
        entity(g, 'freight', 'Sigbj\u00f8rn Brenneske')['aliases'].append('Sigbjarn Brenneske')

    def keywords_in_two_paragraphs(g):
        unique(g, 'freight', 'catch points')['keywords'] = ['catch points', 'interim report']   # both on Railhead

    def alias_two_entities(g):
        entity(g, 'lift', 'Lisserne Homes')['aliases'].append('Lisserne')

    def bad_entity_type(g):
        g['stories']['bomb']['entities'][0]['type'] = 'city'

    def primary_not_entity(g):
        g['stories']['freight']['primarySource'] = 'Kvernes Newswire'

    def primary_is_alias(g):
        g['stories']['seedbank']['primarySource'] = 'Trouvenant'

    def quote_reordered(g):
        q = quote(g, 'bomb', 'Jorrit Terhalle', 0)
        f = by_outlet[('Meerholt Dagblad', 'bomb')]
        a, b = q['variants'][f].split(' \u2026 ')
        q['variants'][f] = b + ' \u2026 ' + a

    def quote_without_its_cut(g):
        q = quote(g, 'freight', 'Sigbj\u00f8rn Brenneske', 0)
        f = by_outlet[('Kvernes Press Agency', 'freight')]
        q['variants'][f] = q['variants'][f].replace(' \u2026 ', ' ')

    def quote_on_copy(g):
        quote(g, 'freight', 'Ragna Tollefsen')['variants'][full] = ('If this had happened at eight in the morning, '
                                                                    'we would be counting the dead')

    def quote_with_attribution(g):
        q = quote(g, 'lift', '\u00c9lodie Brassart', 0)
        f = by_outlet[('Anvel FM', 'lift')]
        q['variants'][f] = q['variants'][f].split(' \u2026 ')[0] + ' said Elodie Brassart'

    def quote_speaker_not_entity(g):
        quote(g, 'tax', 'Caius Brennard')['speaker'] = 'the opposition\'s finance spokesman'

    def quote_variant_edited(g):
        q = quote(g, 'seedbank', 'Loveday Carbery', 0)
        f = by_outlet[('The Ebbesley Heron', 'seedbank')]
        q['variants'][f] = q['variants'][f].replace('so quietly', 'so calmly')

    def wrong_weekday(g):
        timeline(g, 'tax', '2026-10-23')['date'] = '2026-10-22'      # "by Friday"; the 22nd is a Thursday

    def weekday_too_far(g):
        timeline(g, 'lift', '2026-06-12')['date'] = '2026-06-19'     # a Friday, nine days after the Wednesday page

    def wrong_evidence(g):
        timeline(g, 'bomb', '2026-03-18')['evidence'][0]['phrase'] = 'reopens on wednesday'

    def wrong_month(g):
        timeline(g, 'freight', '2026-12')['date'] = '2026-11'

    def wrong_year(g):
        timeline(g, 'seedbank', '1989')['date'] = '1990'

    def contained_values(g):
        c = conflict(g, 'bomb', 'people evacuated')     # "residents" sits inside the other value "about 4,000 residents"
        c['versions'][1]['value'] = 'residents'

    def value_in_other_sentence(g):
        c = conflict(g, 'lift', 'the tower\'s second lift')   # "the" and "lift" sit in TamarqueOne's "still in use" sentence
        c['versions'][1]['value'] = 'the second lift'

    def value_printed_by_other_side(g):
        c = conflict(g, 'freight', 'the line')
        c['versions'][1]['value'] = 'Ormsdal line'

    def value_not_printed_by_file(g):
        conflict(g, 'bomb', 'time of the all-clear')['versions'][0]['files'].append(
            by_outlet[('Yselmark National', 'bomb')])

    def conflict_file_is_copy(g):
        conflict(g, 'bomb', 'weight of the bomb')['versions'][0]['files'].append(trimmed)

    def copy_wrong_story(g):
        g['articles'][trimmed]['story'] = 'lift'

    def copy_same_outlet(g):
        g['articles'][full]['outlet'] = g['articles'][g['articles'][full]['duplicateOf']]['outlet']

    def copy_too_late(g):
        g['articles'][trimmed]['published'] = '2026-03-16'          # three days after its original

    def copy_not_opening(g):
        del g['articles'][trimmed]['body'][0]

    def missing_page(g):
        del g['articles'][solo]

    def wrong_author(g):
        g['articles'][by_outlet[('Railhead', 'freight')]]['author'] = 'Morwenna Pallister'

    def wrong_outlet(g):
        g['articles'][by_outlet[('Jorvesk 1', 'freight')]]['outlet'] = 'Jorvesk One'

    def paragraph_twice(g):
        b = g['articles'][by_outlet[('Vinterby Avis', 'freight')]]['body']
        b.append(b[0])

    def too_few_paragraphs(g):
        g['articles'][solo]['body'] = g['articles'][solo]['body'][:3]

    def distractor_far(g):
        g['articles'][solo]['published'] = '2026-08-20'

    def distractor_other_outlet(g):
        g['articles'][solos[1]]['outlet'] = 'Quellnet Daily'

    def timeline_date_twice(g):
        t = g['stories']['freight']['timeline']
        t.append(dict(t[0]))

    def unscored_speaker_is_entity(g):
        g['stories']['bomb']['unscoredQuotes'][0]['speaker'] = 'Femke Oudeland'

    def too_few_conflicts(g):
        g['stories']['tax']['conflicts'] = g['stories']['tax']['conflicts'][:3]

    def summary_unsupported(g):
        g['stories']['lift']['summary'][0]['text'] = ('A goods hoist collapsed in a shopping centre car park, '
                                                      'trapping twelve shoppers overnight.')

    return [('a value file moved to the other version', value_file_to_other_side),
            ('two versions swapped', swap_values),
            ('a unique keyword printed by other pages', shared_keyword),
            ('a unique keyword on the fully reprinted wire', keyword_in_full_copy),
            ('a unique keyword printed by the trimmed copy', keyword_in_trimmed_copy),
            ('a unique fact given to a copy', unique_on_copy),
            ('a unique fact given to a page that does not print it', unique_not_on_its_page),
            ('a body paragraph edited', edited_paragraph),
            ('body paragraphs out of order', paragraphs_out_of_order),
            ('boilerplate inside the body', boilerplate_in_body),
            ('a title that is only in <title>, not on the page', title_only_in_head),
            ('a publication date in the future', future_date),
            ('a publication date not printed', date_not_printed),
            ('an alias not printed', alias_not_printed),
            ('a unique fact whose keywords sit in two paragraphs', keywords_in_two_paragraphs),
            ('an alias given to two entities', alias_two_entities),
            ('an entity with an invalid type', bad_entity_type),
            ('a primary source that is no entity', primary_not_entity),
            ('a primary source given by its short form', primary_is_alias),
            ('a split quote with its parts swapped', quote_reordered),
            ('a split quote joined without its cut', quote_without_its_cut),
            ('a quote variant on a copy', quote_on_copy),
            ('a quote variant that runs into its attribution', quote_with_attribution),
            ('a quote speaker that is no entity', quote_speaker_not_entity),
            ('a quote variant whose wording the page does not print', quote_variant_edited),
            ('a timeline date on the wrong weekday', wrong_weekday),
            ('a weekday resolved more than a week away', weekday_too_far),
            ('timeline evidence not in the body', wrong_evidence),
            ('a timeline month that the evidence does not name', wrong_month),
            ('a timeline year that the evidence does not name', wrong_year),
            ('a value contained in the other version', contained_values),
            ('a value contained in a sentence of the other version', value_in_other_sentence),
            ('a value printed by a file of the other version', value_printed_by_other_side),
            ('a conflict file that does not print its value', value_not_printed_by_file),
            ('a conflict file that is a copy', conflict_file_is_copy),
            ('a copy in another story', copy_wrong_story),
            ('a copy under its original\'s outlet', copy_same_outlet),
            ('a copy dated three days after its original', copy_too_late),
            ('a trimmed copy that does not start with its original\'s first paragraph', copy_not_opening),
            ('a page missing from the gold', missing_page),
            ('a wrong author', wrong_author),
            ('an outlet that the page does not print', wrong_outlet),
            ('a body paragraph listed twice', paragraph_twice),
            ('a page left with three body paragraphs', too_few_paragraphs),
            ('a distractor dated far from its story', distractor_far),
            ('a distractor that shares no outlet with its story', distractor_other_outlet),
            ('a timeline date listed twice', timeline_date_twice),
            ('an anonymous remark given to an entity', unscored_speaker_is_entity),
            ('a story with only three conflicts', too_few_conflicts),
            ('a summary sentence no body supports', summary_unsupported)]


def selftest(gold):
    base = GoldCheck(copy.deepcopy(gold))
    base.run()
    if base.problems:
        print('selftest: the unbroken gold already fails; fix it first')
        return False
    caught = 0
    tests = breakages(gold)
    for what, brk in tests:
        g = copy.deepcopy(gold)
        brk(g)
        chk = GoldCheck(g)
        try:
            chk.run()
            n = len(chk.problems)
        except (KeyError, TypeError, ValueError, IndexError, StopIteration) as exc:
            n = 1
            chk.problems = [f'unreadable: {type(exc).__name__}']
        caught += n > 0
        print(f'  {"caught" if n else "MISSED"}: {what}' + (f'  ({chk.problems[0][:90]})' if n else ''))
    print(f'selftest: {caught} of {len(tests)} deliberate breaks caught')
    return caught == len(tests)


def main(argv):
    path = argv[argv.index('--gold') + 1] if '--gold' in argv else os.path.join(HERE, 'gold.json')
    try:
        gold = json.load(open(path, encoding='utf-8'))
        check = GoldCheck(gold)
        per = check.run()
    except (OSError, ValueError, KeyError, TypeError, AttributeError, StopIteration, IndexError) as exc:
        print(f'PROBLEM: the gold cannot be read or walked: {type(exc).__name__}: {exc}')
        print('FAILED')
        return 1
    if '--oracle' in argv:
        oracle(gold, argv[argv.index('--oracle') + 1])
    if '--selftest' in argv and not selftest(gold):
        check.problems.append('selftest: a deliberate break was not caught')
    for p in check.problems:
        print('PROBLEM:', p)
    arts = gold['articles']
    total = {k: sum(n[k] for n in per.values()) for k in next(iter(per.values()))}
    if '--verbose' in argv:
        for sid, n in per.items():
            print(f'  {sid}: ' + ', '.join(f'{k} {v}' for k, v in n.items()))
    line = (f"{len(arts)} pages ({sum(f.endswith('.html') for f in arts)} html, {sum(f.endswith('.txt') for f in arts)} txt), "
            f"{len(per)} stories, {sum(1 for a in arts.values() if a.get('duplicateOf'))} copies, "
            f"{sum(1 for a in arts.values() if a['story'] is None)} distractors; "
            f"{sum(len(a['body']) for a in arts.values())} body paragraphs, "
            f"{sum(len(a['boilerplate']) for a in arts.values())} boilerplate strings; "
            f"{total['entities']} entities, {total['quotes']} quotes / {total['variants']} variants, "
            f"{total['timeline']} timeline items, {total['unique']} unique facts, {total['conflicts']} conflicts")
    print(('FAILED (%d problems): ' % len(check.problems) if check.problems else 'OK: ') + line)
    return 1 if check.problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
