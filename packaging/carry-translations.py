#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gives a string that moved to another class the translation it had, then drops what is gone.

lupdate files a moved tr() string under its new context as unfinished and keeps the old one as
obsolete ("vanished"). This fills each unfinished message from a finished or obsolete message
with the same source text (and comment), then removes the obsolete ones.
"""
import sys
import xml.etree.ElementTree as ET

GONE = ("vanished", "obsolete")


def key(message):
    return (message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") == "yes")


def carry(path):
    tree = ET.parse(path)
    known = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in (None, *GONE):
            if (translation.text or len(translation)) and key(message) not in known:
                known[key(message)] = translation
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or key(message) not in known:
            continue
        source = known[key(message)]
        translation.text = source.text
        for child in list(translation):
            translation.remove(child)
        for child in source:
            translation.append(child)
        del translation.attrib["type"]
        carried += 1
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: {carried} moved strings kept their translation")


for path in sys.argv[1:]:
    carry(path)
