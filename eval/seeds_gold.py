#!/usr/bin/env python3
"""Materialise the seeds' gold (eval/seeds/gold-spec.json, written by line number) into the gold shape
that ../shared/eval/analysis_score.py reads. usage: seeds_gold.py SEEDS_DIR > gold.json"""
import copy, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = json.load(open(os.path.join(here, 'seeds', 'gold-spec.json'), encoding='utf-8'))
seeds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'shared', 'seeds')

def take(lines, entry):
    if isinstance(entry, int):
        return lines[entry - 1].strip()
    line = lines[entry['line'] - 1]
    if 'from' in entry:
        return line[line.index(entry['from']):].strip()
    return line[:line.index(entry['until'])].strip()

# A quoted passage: between straight double quotes, or between curly ones.
QUOTED = re.compile('"([^"]+)"|\u201c([^\u201d]+)\u201d')

def quoted(lines, entry):
    found = QUOTED.findall(lines[entry['line'] - 1])
    return next(p for p in found[entry['quote'] - 1] if p).strip()

files = {name: open(os.path.join(seeds, name), encoding='utf-8').read().split('\n') for name in spec['files']}
articles = {}
for name, f in spec['files'].items():
    lines = files[name]
    articles[name] = {
        'story': f['story'], 'duplicateOf': None, 'title': take(lines, f['title']),
        'author': f['author'], 'outlet': f['outlet'], 'published': f['published'],
        'body': [take(lines, e) for e in f['body']],
        'boilerplate': [take(lines, e) for e in f['boilerplate']],
    }
stories = copy.deepcopy(spec['stories'])
for story in stories.values():
    for q in story['quotes']:
        q['variants'] = {name: quoted(files[name], ref) for name, ref in q['variants'].items()}
json.dump({'articles': articles, 'stories': stories}, sys.stdout, ensure_ascii=False, indent=1)
