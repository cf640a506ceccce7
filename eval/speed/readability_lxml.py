#!/usr/bin/python3
"""Peer driver for eval/extraction_speed.sh: readability-lxml (Debian python3-readability) over a folder of pages.
usage: /usr/bin/python3 readability_lxml.py HTML_DIR OUT.jsonl
One process, pages in sorted path order: read each .html.gz (or .html), decompress, Document(html).summary(),
turn the summary into plain text, write {"source", "text"} per page (plus "error" when readability fails).
A page that fails is counted, not fatal. Prints "pages=N failed=M" on standard error at the end."""
import gzip, json, os, sys

import lxml.html
from readability import Document

BLOCKS = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
          'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dd', 'dt'}


def text_of(summary_html):
    """Plain text of readability's summary: block elements on their own lines, inline text kept together."""
    if not summary_html or not summary_html.strip():
        return ''
    root = lxml.html.fromstring(summary_html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.tail = '\n' + (el.tail or '')
    lines = (' '.join(line.split()) for line in root.text_content().split('\n'))
    return '\n'.join(line for line in lines if line)


def main(folder, out_path):
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(('.html.gz', '.html')))
    failed = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        for path in paths:
            record = {'source': path}
            try:
                with (gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb')) as f:
                    html = f.read().decode('utf-8', errors='replace')
                doc = Document(html)
                record['title'] = doc.short_title()
                record['text'] = text_of(doc.summary(html_partial=True))
            except Exception as e:  # a page the peer fails on is counted, not fatal
                failed += 1
                record['text'] = ''
                record['error'] = f'{type(e).__name__}: {e}'[:300]
            out.write(json.dumps(record, ensure_ascii=False) + '\n')
    print(f'pages={len(paths)} failed={failed}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
