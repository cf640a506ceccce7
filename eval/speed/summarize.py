#!/usr/bin/python3
"""Table for eval/extraction_speed.sh. usage: summarize.py RUN_DIR
RUN_DIR holds runs.tsv (round, tool, wall s, peak RSS KB, user s, sys s, exit code), TOOL.jsonl (last round's
output), TOOL.f1 (scorer line, optional) and env.txt (key=value lines). Prints the Markdown report."""
import json, os, re, statistics, sys

TOOLS = [('crosscheck', 'crosscheck extract'), ('readability_lxml', 'readability-lxml'), ('readability_js', 'Readability.js + jsdom')]
TARGETS = {'readability_lxml': 5.0, 'readability_js': 30.0}  # crosscheck pages/s at least this many times the peer's
RSS_LIMIT_MB = 300.0


def outcome(path):
    """(pages, pages without an article) from a tool's JSONL: a line with "error" or an empty text counts as failed."""
    pages = failed = 0
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.strip():
                    continue
                pages += 1
                try:
                    d = json.loads(line)
                except ValueError:
                    failed += 1
                    continue
                text = d.get('text')
                if text is None:
                    text = '\n'.join(d.get('body') or [])
                if d.get('error') or not text.strip():
                    failed += 1
    return pages, failed


def main(run):
    env = dict(line.rstrip('\n').split('=', 1) for line in open(os.path.join(run, 'env.txt'), encoding='utf-8') if '=' in line)
    runs = {}
    for line in open(os.path.join(run, 'runs.tsv'), encoding='utf-8'):
        rnd, tool, wall, rss, user, sys_, code = line.split('\t')
        runs.setdefault(tool, []).append((int(rnd), float(wall), int(rss), float(user) + float(sys_), int(code)))
    expected = int(env.get('pages', '0'))
    rows, med = [], {}
    for tool, label in TOOLS:
        r = runs.get(tool, [])
        if not r:
            continue
        pages, failed = outcome(os.path.join(run, tool + '.jsonl'))
        wall = statistics.median(x[1] for x in r)
        cpu = statistics.median(x[3] for x in r)
        rss_mb = max(x[2] for x in r) * 1024 / 1e6
        med[tool] = (wall, cpu, rss_mb)
        f1 = ''
        p = os.path.join(run, tool + '.f1')
        if os.path.exists(p):
            m = re.search(r'f1=([0-9.]+)', open(p, encoding='utf-8').read())
            f1 = m.group(1) if m else ''
        rows.append((tool, label, pages, failed, wall, cpu, rss_mb, f1))

    out = []
    w = out.append
    w(f"# Extraction speed against peers ({env.get('date', '?')})")
    w('')
    w(f"Same run, same {expected} pages (Zyte article-extraction benchmark, `.html.gz`), one process per tool and round, "
      f"{env.get('rounds', '?')} timed round(s), interleaved (tool order rotated each round), after one untimed warm-up round. "
      "Whole-process wall time and peak RSS from `/usr/bin/time -f '%e %M %U %S'`; seconds and CPU are the median "
      "over rounds, peak RSS the largest. Every tool reads and gunzips the pages itself and writes one JSON line per page.")
    w('')
    w('| tool | pages | no article / error | seconds (median) | pages/s | CPU s (user+sys) | peak RSS MB | crosscheck speed-up (wall) | crosscheck speed-up (CPU) | F1 (zyte_score.py) |')
    w('|---|---|---|---|---|---|---|---|---|---|')
    cc = med.get('crosscheck')
    for tool, label, pages, failed, wall, cpu, rss_mb, f1 in rows:
        pps = expected / wall if wall else 0.0
        if tool == 'crosscheck' or not cc:
            ratio = cpu_ratio = '—'
        else:
            ratio = f'{wall / cc[0]:.1f}x'
            cpu_ratio = f'{cpu / cc[1]:.1f}x'
        w(f'| {label} | {pages} | {failed} | {wall:.2f} | {pps:.1f} | {cpu:.2f} | {rss_mb:.0f} | {ratio} | {cpu_ratio} | {f1 or "—"} |')
    w('')
    w('Targets (issue: crosscheck pages/s at least 5x readability-lxml and 30x Readability.js; peak memory under 300 MB):')
    w('')
    all_ok = True
    if cc:
        for tool, target in TARGETS.items():
            if tool in med:
                got = med[tool][0] / cc[0]
                ok = got >= target
                all_ok &= ok
                w(f"- {dict(TOOLS)[tool]}: {got:.1f}x, target {target:.0f}x: **{'met' if ok else 'NOT met'}**")
        ok = cc[2] < RSS_LIMIT_MB
        all_ok &= ok
        w(f"- crosscheck peak RSS: {cc[2]:.0f} MB, target < {RSS_LIMIT_MB:.0f} MB: **{'met' if ok else 'NOT met'}**")
    w('')
    w('Every round (wall s / peak RSS MB / CPU s / exit code):')
    w('')
    w('| round | ' + ' | '.join(label for tool, label in TOOLS if tool in runs) + ' |')
    w('|---|' + '---|' * sum(1 for tool, _ in TOOLS if tool in runs))
    rounds = sorted({x[0] for r in runs.values() for x in r})
    for rnd in rounds:
        cells = []
        for tool, _ in TOOLS:
            if tool not in runs:
                continue
            hit = [x for x in runs[tool] if x[0] == rnd]
            cells.append(f'{hit[0][1]:.2f} / {hit[0][2] * 1024 / 1e6:.0f} / {hit[0][3]:.2f} / {hit[0][4]}' if hit else '—')
        w(f'| {rnd} | ' + ' | '.join(cells) + ' |')
    w('')
    w('Environment: ' + '; '.join(f'{k} {v}' for k, v in env.items() if k not in ('date', 'rounds', 'pages')))
    w('')
    w('"no article / error": pages for which the tool gave no text (crosscheck: an `"error"` line, e.g. no article found; '
      'peers: an exception or `parse()` returning null, caught per page and counted). F1 is that round\'s output scored '
      'by `../shared/eval/zyte_score.py`; the benchmark publishes readability-lxml 0.922 and Readability.js 0.947.')
    print('\n'.join(out))
    return 0 if all_ok else 3


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
