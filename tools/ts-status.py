#!/usr/bin/env python3
"""Status, listing and filling of Qt Linguist .ts files (Python 3 standard library only).

  tools/ts-status.py [FILE.ts ...]
      per file: finished, unfinished and obsolete (type="obsolete" or "vanished") messages;
      default: translations/*.ts next to this script's repository. Exit 1 when any file has
      unfinished or obsolete messages (--check) so scripts can gate on it.

  tools/ts-status.py list FILE.ts [--all] [--context NAME] [--limit N]
      the unfinished messages as JSON lines: context, source, comment (disambiguation, when set),
      extracomment (a //: note for translators, when set), numerus (true for %n plurals),
      numerusforms (how many forms the language needs), locations, translation / numerusforms
      (what is there now). --all lists finished messages too.

  tools/ts-status.py pseudo IN.ts OUT.ts [--marker "[xx]"]
      a pseudo-translation: every message becomes "[xx]" + its source (to check with lrelease and
      `burnrate --screenshot` that every visible text is translated).

  tools/ts-status.py apply FILE.ts TRANSLATIONS.jsonl [--keep-unfinished] [--dry-run]
      reads JSON lines {"context", "source", ["comment"], "translation"} or
      {"context", "source", ["comment"], "numerusforms": [...]} and writes them into FILE.ts,
      marking each message finished. Refuses (and reports) a line whose message does not
      exist, whose placeholders (%1, %2, %n, %L1) differ from the source's, whose number of
      plural forms is wrong, or whose &-accelerator is dropped; the others are applied.
      Exit 1 when any line was refused.

The file is written back in lupdate's own layout, so `update_translations` makes no spurious diff.
"""

import argparse
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (qtbase/src/corelib/kernel/qtranslator_p.h / lupdate's numerus rules).
NUMERUS_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pt": 2, "ja": 1, "zh": 1, "ko": 1,
                 "ru": 3, "pl": 3, "cs": 3, "uk": 3}

PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def language_of(root):
    lang = root.get("language") or ""
    return lang.split("_")[0].lower()


def forms_for(root):
    return NUMERUS_FORMS.get(language_of(root), 2)


def state(msg):
    tr = msg.find("translation")
    t = tr.get("type") if tr is not None else None
    if t in ("obsolete", "vanished"):
        return "obsolete"
    if t == "unfinished" or tr is None:
        return "unfinished"
    return "finished"


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def key_of(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


# --- writing in lupdate's layout --------------------------------------------------------------

def esc(text, attr=False):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("'", "&apos;")
    # lupdate writes a no-break space as a character reference: so does this, and a rewrite makes no diff.
    return text.replace("\u00a0", "&#xa0;")


def write_element(out, el, depth):
    pad = "    " * depth
    attrs = "".join(' %s="%s"' % (k, esc(v, True)) for k, v in el.attrib.items())
    children = list(el)
    if children:
        out.append("%s<%s%s>\n" % (pad, el.tag, attrs))
        for c in children:
            write_element(out, c, depth + 1)
        out.append("%s</%s>\n" % (pad, el.tag))
    elif el.tag == "location":
        out.append("%s<%s%s/>\n" % (pad, el.tag, attrs))
    else:
        out.append("%s<%s%s>%s</%s>\n" % (pad, el.tag, attrs, esc(el.text or ""), el.tag))


def write_ts(path, root):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    attrs = "".join(' %s="%s"' % (k, esc(v, True)) for k, v in root.attrib.items())
    out.append("<TS%s>\n" % attrs)
    for child in root:
        if child.tag == "context":
            out.append("<context>\n")
            for c in child:
                write_element(out, c, 1)
            out.append("</context>\n")
        else:
            write_element(out, child, 0)
    out.append("</TS>\n")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    os.replace(tmp, path)


# --- commands ---------------------------------------------------------------------------------

def default_files():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return sorted(glob.glob(os.path.join(repo, "translations", "*.ts")))


def cmd_status(files, check):
    bad = False
    print("%-40s %9s %11s %9s %6s" % ("file", "finished", "unfinished", "obsolete", "total"))
    for path in files:
        root = ET.parse(path).getroot()
        counts = {"finished": 0, "unfinished": 0, "obsolete": 0}
        for _, msg in messages(root):
            counts[state(msg)] += 1
        total = sum(counts.values())
        print("%-40s %9d %11d %9d %6d" % (os.path.relpath(path), counts["finished"], counts["unfinished"],
                                            counts["obsolete"], total))
        bad = bad or counts["unfinished"] > 0 or counts["obsolete"] > 0
    return 1 if (check and bad) else 0


def cmd_list(path, show_all, context, limit):
    root = ET.parse(path).getroot()
    n = 0
    for ctx, msg in messages(root):
        st = state(msg)
        if st == "obsolete" or (st == "finished" and not show_all):
            continue
        if context and ctx != context:
            continue
        rec = {"context": ctx, "source": msg.findtext("source") or ""}
        if msg.find("comment") is not None:
            rec["comment"] = msg.findtext("comment") or ""
        if msg.find("extracomment") is not None:
            rec["extracomment"] = msg.findtext("extracomment") or ""
        numerus = msg.get("numerus") == "yes"
        rec["numerus"] = numerus
        if numerus:
            rec["forms"] = forms_for(root)
        rec["locations"] = ["%s:%s" % (l.get("filename"), l.get("line")) for l in msg.findall("location")]
        tr = msg.find("translation")
        if numerus:
            rec["numerusforms"] = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        else:
            rec["translation"] = (tr.text or "") if tr is not None else ""
        rec["state"] = st
        print(json.dumps(rec, ensure_ascii=False))
        n += 1
        if limit and n >= limit:
            break
    return 0


def placeholders(text):
    return sorted(set(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text)))


def has_accel(text):
    return re.search(r"&(?!&)[^\s&;]", text.replace("&&", "")) is not None


def check_translation(source, texts, numerus, forms):
    problems = []
    if numerus and len(texts) != forms:
        problems.append("needs %d plural forms, got %d" % (forms, len(texts)))
    want = placeholders(source)
    for t in texts:
        if not t.strip():
            problems.append("empty translation")
            continue
        got = placeholders(t)
        # A singular form may spell the number out ("ein Eintrag"): %n may be left out of it.
        w = [p for p in want if not (numerus and p == "%n" and len(texts) > 1 and t is texts[0])]
        g = [p for p in got if not (numerus and p == "%n" and len(texts) > 1 and t is texts[0])]
        if w != g:
            problems.append("placeholders %s differ from the source's %s in %r" % (got, want, t))
        if has_accel(source) and not has_accel(t):
            problems.append("the &-accelerator of %r is missing in %r" % (source, t))
    return problems


def cmd_apply(path, jsonl, keep_unfinished, dry_run):
    tree = ET.parse(path)
    root = tree.getroot()
    forms = forms_for(root)
    index = {}
    for ctx, msg in messages(root):
        index[key_of(ctx, msg)] = msg
    applied = refused = 0
    with open(jsonl, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print("%s:%d: not JSON: %s" % (jsonl, lineno, e), file=sys.stderr)
                refused += 1
                continue
            key = (rec.get("context", ""), rec.get("source", ""), rec.get("comment", ""))
            msg = index.get(key)
            if msg is None:
                print("%s:%d: no message %r in context %r%s" % (jsonl, lineno, key[1], key[0],
                      " (comment %r)" % key[2] if key[2] else ""), file=sys.stderr)
                refused += 1
                continue
            numerus = msg.get("numerus") == "yes"
            if numerus:
                texts = rec.get("numerusforms")
                if not isinstance(texts, list):
                    print("%s:%d: %r is a plural message: give \"numerusforms\"" % (jsonl, lineno, key[1]),
                          file=sys.stderr)
                    refused += 1
                    continue
            else:
                t = rec.get("translation")
                if not isinstance(t, str):
                    print("%s:%d: %r: give \"translation\"" % (jsonl, lineno, key[1]), file=sys.stderr)
                    refused += 1
                    continue
                texts = [t]
            problems = check_translation(key[1], texts, numerus, forms)
            if problems:
                for p in problems:
                    print("%s:%d: %s: %s" % (jsonl, lineno, key[1], p), file=sys.stderr)
                refused += 1
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for c in list(tr):
                tr.remove(c)
            if numerus:
                tr.text = None
                for t in texts:
                    ET.SubElement(tr, "numerusform").text = t
            else:
                tr.text = texts[0]
            if keep_unfinished:
                tr.set("type", "unfinished")
            elif "type" in tr.attrib:
                del tr.attrib["type"]
            applied += 1
    if not dry_run:
        write_ts(path, root)
    print("%s: %d applied, %d refused%s" % (os.path.relpath(path), applied, refused,
                                            " (dry run, not written)" if dry_run else ""))
    return 1 if refused else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "list":
        p = argparse.ArgumentParser(prog="ts-status.py list")
        p.add_argument("file")
        p.add_argument("--all", action="store_true", help="also the finished messages")
        p.add_argument("--context", help="only this context")
        p.add_argument("--limit", type=int, default=0)
        a = p.parse_args(argv[2:])
        return cmd_list(a.file, a.all, a.context, a.limit)
    if len(argv) > 1 and argv[1] == "apply":
        p = argparse.ArgumentParser(prog="ts-status.py apply")
        p.add_argument("file")
        p.add_argument("jsonl")
        p.add_argument("--keep-unfinished", action="store_true", help="write the text but leave it unfinished")
        p.add_argument("--dry-run", action="store_true", help="check only, do not write")
        a = p.parse_args(argv[2:])
        return cmd_apply(a.file, a.jsonl, a.keep_unfinished, a.dry_run)
    if len(argv) > 1 and argv[1] == "pseudo":
        # tools/ts-status.py pseudo IN.ts OUT.ts: every message "[xx] source" (plural forms too), for checking
        # with a screenshot that every visible text goes through tr(). OUT.ts is for lrelease, not for committing.
        p = argparse.ArgumentParser(prog="ts-status.py pseudo")
        p.add_argument("file")
        p.add_argument("out")
        p.add_argument("--marker", default="[xx]")
        a = p.parse_args(argv[2:])
        root = ET.parse(a.file).getroot()
        for _, msg in messages(root):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            for c in list(tr):
                tr.remove(c)
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                tr.text = None
                for _ in range(forms_for(root)):
                    ET.SubElement(tr, "numerusform").text = a.marker + src
            else:
                tr.text = a.marker + src
        write_ts(a.out, root)
        return 0
    if len(argv) > 1 and argv[1] == "rewrite":
        # Internal: parse and write back unchanged (checks that the layout round-trips).
        for path in argv[2:]:
            write_ts(path, ET.parse(path).getroot())
        return 0
    p = argparse.ArgumentParser(prog="ts-status.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*")
    p.add_argument("--check", action="store_true", help="exit 1 when anything is unfinished or obsolete")
    a = p.parse_args(argv[1:])
    return cmd_status(a.files or default_files(), a.check)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
