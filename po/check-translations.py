#!/usr/bin/env python3
# check-translations.py: fail unless every translatable string has Swedish.
#
# Extracts the strings of every file in POTFILES.in with xgettext (the keywords
# of meson's glib preset; GtkBuilder, desktop, metainfo, MIME and GSettings files
# through the ITS rules xgettext ships with), then compares them with a .po file:
# every string must be present, translated (all plural forms) and not fuzzy.
# A file in POTFILES.in that does not exist is an error, and so is a file with
# translatable strings that POTFILES.in does not list, and a .po file that does
# not pass `msgfmt --check`.
#
# Copyright 2026 The Prisjury developers
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import subprocess
import sys
import tempfile

# The same keywords and flags as meson's i18n.gettext (preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# What marks a file as having translatable strings, by file name ending.
MARKERS = [
    ('.c', re.compile(r'(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|g_dpgettext2)\s*\(')),
    ('.h', re.compile(r'(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|g_dpgettext2)\s*\(')),
    ('.ui', re.compile(r'translatable\s*=\s*"yes"')),
    ('.desktop.in', re.compile(r'.')),
    ('.metainfo.xml.in', re.compile(r'.')),
    ('.mime.xml.in', re.compile(r'.')),
    ('.gschema.xml', re.compile(r'<(summary|description)')),
]

ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\', 'a': '\a', 'b': '\b',
           'f': '\f', 'v': '\v'}


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.flags = set()
        self.obsolete = False
        self.line = 0

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    def label(self):
        text = self.msgid
        if self.msgctxt is not None:
            text = '%s|%s' % (self.msgctxt, text)
        return repr(text)


def unquote(text, path, lineno):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError('%s:%d: expected a quoted string' % (path, lineno))
    body = text[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            nxt = body[i + 1]
            out.append(ESCAPES.get(nxt, nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse_po(path):
    """Return the entries of a PO file, header included (msgid "")."""
    entries = []
    entry = Entry()
    field = None

    def finish():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()
        field = None

    with open(path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            stripped = line.strip()
            if not stripped:
                finish()
                continue
            is_obsolete = stripped.startswith('#~')
            if is_obsolete:
                # Obsolete entry: kept by msgmerge, never used.
                if entry.msgid is not None and not entry.obsolete:
                    finish()
                entry.obsolete = True
                stripped = stripped[2:].strip()
                if not stripped or stripped.startswith('|'):
                    continue
            elif stripped.startswith('#'):
                if entry.msgid is not None:
                    finish()
                if stripped.startswith('#,'):
                    entry.flags.update(flag.strip() for flag in stripped[2:].split(','))
                continue

            if stripped.startswith('"'):
                if field is None:
                    raise ValueError('%s:%d: a string continues nothing' % (path, lineno))
                value = unquote(stripped, path, lineno)
                if isinstance(field, int):
                    entry.msgstr[field] += value
                else:
                    setattr(entry, field, getattr(entry, field) + value)
                continue

            keyword, _, rest = stripped.partition(' ')
            if keyword in ('msgctxt', 'msgid') and entry.msgid is not None and field != 'msgctxt':
                finish()
                entry.obsolete = is_obsolete
            if keyword == 'msgctxt':
                entry.line = entry.line or lineno
                entry.msgctxt = unquote(rest, path, lineno)
                field = 'msgctxt'
            elif keyword == 'msgid':
                entry.line = entry.line or lineno
                entry.msgid = unquote(rest, path, lineno)
                field = 'msgid'
            elif keyword == 'msgid_plural':
                entry.msgid_plural = unquote(rest, path, lineno)
                field = 'msgid_plural'
            elif keyword == 'msgstr':
                entry.msgstr[0] = unquote(rest, path, lineno)
                field = 0
            elif keyword.startswith('msgstr[') and keyword.endswith(']'):
                index = int(keyword[len('msgstr['):-1])
                entry.msgstr[index] = unquote(rest, path, lineno)
                field = index
            else:
                raise ValueError('%s:%d: cannot parse: %s' % (path, lineno, line))
    finish()
    return entries


def read_potfiles(path):
    files = []
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.strip()
            if line and not line.startswith('#'):
                files.append(line)
    return files


def unlisted_sources(srcdir, dirs, listed):
    """Files under DIRS that have translatable strings but are not listed."""
    found = []
    for top in dirs:
        for root, subdirs, names in os.walk(os.path.join(srcdir, top)):
            subdirs.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, srcdir).replace(os.sep, '/')
                if rel in listed:
                    continue
                for ending, marker in MARKERS:
                    if name.endswith(ending):
                        with open(path, encoding='utf-8', errors='replace') as f:
                            if marker.search(f.read()):
                                found.append(rel)
                        break
    return found


def nplurals(header_entry):
    for line in header_entry.msgstr.get(0, '').splitlines():
        name, _, value = line.partition(':')
        if name.strip().lower() == 'plural-forms':
            for part in value.split(';'):
                key, _, number = part.strip().partition('=')
                if key.strip() == 'nplurals':
                    return int(number)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--srcdir', required=True, help='top source directory')
    parser.add_argument('--po', required=True, help='the .po file to check')
    parser.add_argument('--potfiles', help='POTFILES.in (default: SRCDIR/po/POTFILES.in)')
    parser.add_argument('--scan', action='append',
                        help='a directory (relative to SRCDIR) whose files with translatable '
                             'strings must all be listed; may be repeated '
                             '(default: src, ui, data)')
    parser.add_argument('--xgettext', default='xgettext')
    parser.add_argument('--msgfmt', default='msgfmt')
    args = parser.parse_args()

    srcdir = os.path.abspath(args.srcdir)
    potfiles = args.potfiles or os.path.join(srcdir, 'po', 'POTFILES.in')
    problems = []

    # 1. The list of source files must be current.
    sources = read_potfiles(potfiles)
    missing = [name for name in sources if not os.path.isfile(os.path.join(srcdir, name))]
    for name in missing:
        problems.append('%s lists %s, which does not exist' % (potfiles, name))
    present = [name for name in sources if name not in missing]
    for name in unlisted_sources(srcdir, args.scan or ['src', 'ui', 'data'], set(sources)):
        problems.append('%s has translatable strings but %s does not list it'
                        % (name, potfiles))

    # 2. The translation must compile, with format strings that match.
    check = subprocess.run([args.msgfmt, '--check', '--output-file=' + os.devnull, args.po],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
    if check.returncode != 0:
        problems.append('msgfmt --check %s failed:\n%s' % (args.po, check.stdout.rstrip()))

    # 3. Every extracted string must have its translation.
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'messages.pot')
        cmd = [args.xgettext] + XGETTEXT_ARGS + ['--directory=' + srcdir,
                                                 '--output=' + pot] + present
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                universal_newlines=True)
        warnings = [line for line in result.stdout.splitlines() if 'warning:' in line]
        if warnings:
            # A string xgettext cannot read whole (a macro inside it, say) is
            # extracted wrong, and so never translated at run time.
            problems.append('xgettext warns:\n  %s' % '\n  '.join(warnings))
        if result.returncode != 0:
            problems.append('xgettext failed:\n%s' % result.stdout.rstrip())
            template = []
        elif not os.path.exists(pot):
            template = []  # xgettext writes nothing when no file has a string
        else:
            template = [e for e in parse_po(pot) if e.msgid != '']

    translations = {}
    header = None
    for e in parse_po(args.po):
        if e.obsolete:
            continue
        if e.msgid == '' and e.msgctxt is None:
            header = e
            continue
        translations[e.key] = e

    forms = nplurals(header) if header else None
    if header is None:
        problems.append('%s has no header entry' % args.po)
    elif forms is None:
        problems.append('%s has no Plural-Forms in its header' % args.po)

    untranslated = []
    for t in template:
        e = translations.get(t.key)
        if e is None:
            untranslated.append('missing:      %s' % t.label())
        elif 'fuzzy' in e.flags:
            untranslated.append('fuzzy:        %s (%s:%d)' % (t.label(), args.po, e.line))
        elif t.msgid_plural is not None and e.msgid_plural is None:
            untranslated.append('not plural:   %s (%s:%d)' % (t.label(), args.po, e.line))
        else:
            expected = range(forms or 1) if t.msgid_plural is not None else [0]
            if any(not e.msgstr.get(i) for i in expected):
                untranslated.append('untranslated: %s (%s:%d)' % (t.label(), args.po, e.line))
    if untranslated:
        problems.append('%d of %d strings lack a translation in %s:\n  %s'
                        % (len(untranslated), len(template), args.po,
                           '\n  '.join(untranslated)))

    if problems:
        for problem in problems:
            print('FAIL: ' + problem, file=sys.stderr)
        return 1
    print('%s: all %d strings from %d files translated'
          % (args.po, len(template), len(present)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
