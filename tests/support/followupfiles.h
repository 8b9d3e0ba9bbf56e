// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading back what the follow-ups exports write, by the rules of their formats and
// independently of the writers: iCalendar (RFC 5545: unfolding, TEXT unescaping) and CSV
// (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Whyboard::Test {

// Content lines with folding undone; empty when a line does not end in CRLF.
inline QStringList unfoldICalendar(const QByteArray &bytes)
{
    if (!bytes.endsWith("\r\n"))
        return {};
    QByteArray unfolded;
    const QList<QByteArray> physical = bytes.left(bytes.size() - 2).split('\n');
    for (const QByteArray &raw : physical) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        else if (&raw != &physical.constLast())
            return {}; // a bare LF
        if (line.startsWith(' ') || line.startsWith('\t'))
            unfolded += line.mid(1);
        else
            unfolded += (unfolded.isEmpty() ? QByteArray() : QByteArray("\n")) + line;
    }
    return QString::fromUtf8(unfolded).split(QLatin1Char('\n'));
}

inline QString unescapeICalendarText(const QString &value)
{
    QString result;
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('\\') || i + 1 == value.size()) {
            result += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        result += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
    }
    return result;
}

// Each VTODO as "NAME;PARAMS" -> raw value.
inline QList<QMap<QString, QString>> iCalendarTodos(const QStringList &lines)
{
    QList<QMap<QString, QString>> todos;
    bool inTodo = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VTODO")) {
            todos.append(QMap<QString, QString>());
            inTodo = true;
        } else if (line == QLatin1String("END:VTODO")) {
            inTodo = false;
        } else if (inTodo) {
            const int colon = line.indexOf(QLatin1Char(':'));
            todos.last().insert(line.left(colon), line.mid(colon + 1));
        }
    }
    return todos;
}

inline QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace Whyboard::Test
