// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvcolumnguess.h"

#include "analysis/chatlogparser.h"
#include "timelineimport/csvtimeparser.h"

#include <QRegularExpression>

namespace Whyboard {

namespace {

QString normalised(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QStringList wordsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return normalised(name).split(separators, Qt::SkipEmptyParts);
}

// Known names per role; a name matches when it is one of them or holds one as a word.
const QList<QPair<CsvColumnGuess::Role, QStringList>> &roleNames()
{
    using Role = CsvColumnGuess::Role;
    static const QList<QPair<Role, QStringList>> names{
        {Role::Time,
         {QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("date"), QStringLiteral("datetime"),
          QStringLiteral("created"), QStringLiteral("created_at"), QStringLiteral("when"), QStringLiteral("occurred"),
          QStringLiteral("zeit"), QStringLiteral("zeitpunkt"), QStringLiteral("zeitstempel"), QStringLiteral("datum"),
          QStringLiteral("heure"), QStringLiteral("horodatage")}},
        {Role::Text,
         {QStringLiteral("text"), QStringLiteral("message"), QStringLiteral("description"), QStringLiteral("summary"),
          QStringLiteral("details"), QStringLiteral("content"), QStringLiteral("nachricht"),
          QStringLiteral("beschreibung"), QStringLiteral("zusammenfassung"), QStringLiteral("texte"),
          QStringLiteral("résumé")}},
        {Role::Author,
         {QStringLiteral("author"), QStringLiteral("user"), QStringLiteral("owner"), QStringLiteral("agent"),
          QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("who"), QStringLiteral("by"),
          QStringLiteral("created by"), QStringLiteral("created_by"), QStringLiteral("benutzer"),
          QStringLiteral("autor"), QStringLiteral("auteur"), QStringLiteral("utilisateur")}},
        {Role::Kind,
         {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("art"),
          QStringLiteral("typ"), QStringLiteral("ereignis")}},
    };
    return names;
}

// 2: the whole name is a known one; 1: one of its words is; 0: neither.
int nameScore(const QString &name, const QStringList &known)
{
    if (known.contains(normalised(name)))
        return 2;
    const QStringList words = wordsOf(name);
    for (const QString &word : words) {
        if (known.contains(word))
            return 1;
    }
    return 0;
}

int timeShare(const QList<QStringList> &rows, int column)
{
    int times = 0, values = 0;
    for (const QStringList &row : rows) {
        const QString value = row.value(column).trimmed();
        if (value.isEmpty())
            continue;
        ++values;
        times += CsvTimeParser::looksLikeTime(value);
    }
    return values == 0 ? 0 : times * 100 / values;
}

int columnCount(const QStringList &header, const QList<QStringList> &rows)
{
    qsizetype count = header.size();
    for (const QStringList &row : rows)
        count = std::max(count, row.size());
    return int(count);
}

} // namespace

CsvColumnGuess::Role CsvColumnGuess::roleOfName(const QString &name)
{
    for (const auto &[role, known] : roleNames()) {
        if (known.contains(normalised(name)))
            return role;
    }
    // "Event type", "Created by", "Alert message": the last known word says what it is.
    const QStringList words = wordsOf(name);
    for (auto word = words.crbegin(); word != words.crend(); ++word) {
        for (const auto &[role, known] : roleNames()) {
            if (known.contains(*word))
                return role;
        }
    }
    return Role::None;
}

bool CsvColumnGuess::looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &rows)
{
    bool anyTime = false;
    for (const QString &name : firstRow) {
        if (CsvTimeParser::looksLikeTime(name))
            anyTime = true;
    }
    if (anyTime)
        return false;
    for (const QString &name : firstRow) {
        if (roleOfName(name) != Role::None)
            return true;
    }
    // No known name and no time: a header when the rows below have times somewhere.
    for (int column = 0; column < columnCount(firstRow, rows); ++column) {
        if (timeShare(rows, column) >= 50)
            return true;
    }
    return false;
}

CsvColumnMapping CsvColumnGuess::guess(const QStringList &header, const QList<QStringList> &rows, CsvColumnMapping mapping)
{
    const int columns = columnCount(header, rows);
    QList<bool> used(columns, false);
    for (const int column : {mapping.timeColumn, mapping.textColumn, mapping.authorColumn, mapping.kindColumn}) {
        if (column >= 0 && column < columns)
            used[column] = true;
    }
    const auto byName = [&](int *target, Role role) {
        if (*target >= 0 || header.isEmpty())
            return;
        int bestScore = 0;
        for (int column = 0; column < header.size(); ++column) {
            if (used.at(column) || roleOfName(header.at(column)) != role)
                continue;
            const int score = nameScore(header.at(column), roleNames().at(int(role) - 1).second);
            if (score > bestScore) {
                bestScore = score;
                *target = column;
            }
        }
        if (*target >= 0)
            used[*target] = true;
    };
    byName(&mapping.timeColumn, Role::Time);
    byName(&mapping.textColumn, Role::Text);
    byName(&mapping.authorColumn, Role::Author);
    byName(&mapping.kindColumn, Role::Kind);

    if (mapping.timeColumn < 0) { // the column whose values are times
        int bestShare = 49;
        for (int column = 0; column < columns; ++column) {
            const int share = used.at(column) ? 0 : timeShare(rows, column);
            if (share > bestShare) {
                bestShare = share;
                mapping.timeColumn = column;
            }
        }
        if (mapping.timeColumn >= 0)
            used[mapping.timeColumn] = true;
    }
    if (mapping.kindColumn < 0 && header.isEmpty()) { // a column of kind words only
        for (int column = 0; column < columns && mapping.kindColumn < 0; ++column) {
            int kinds = 0, values = 0;
            for (const QStringList &row : rows) {
                const QString value = row.value(column).trimmed();
                values += !value.isEmpty();
                kinds += !value.isEmpty() && kindOfType(value).has_value() && value.size() <= 32;
            }
            if (!used.at(column) && values > 0 && kinds == values) {
                mapping.kindColumn = column;
                used[column] = true;
            }
        }
    }
    if (mapping.textColumn < 0) { // the longest text
        qsizetype bestLength = 0;
        for (int column = 0; column < columns; ++column) {
            if (used.at(column) || timeShare(rows, column) >= 50)
                continue;
            qsizetype length = 0;
            for (const QStringList &row : rows)
                length += row.value(column).trimmed().size();
            if (length > bestLength) {
                bestLength = length;
                mapping.textColumn = column;
            }
        }
        if (mapping.textColumn >= 0)
            used[mapping.textColumn] = true;
    }
    return mapping;
}

std::optional<EventKind> CsvColumnGuess::kindOfType(const QString &value)
{
    const auto stems = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list.append(QString::fromUtf8(word));
        return list;
    };
    // Resolution before detection: "alert resolved" is the end, not the start.
    static const QList<QPair<EventKind, QStringList>> kinds{
        {EventKind::Resolution,
         stems({"resolv", "fix", "closed", "gelöst", "behoben", "geschlossen", "résolu", "corrig", "rétabli", "clos"})},
        {EventKind::Mitigation,
         stems({"mitigat", "rollback", "roll back", "rolled back", "revert", "workaround", "gemildert", "zurückgerollt",
                "umgehung", "atténu", "contourn", "retour arrière"})},
        {EventKind::Escalation, stems({"escalat", "page", "eskal", "escalad"})},
        {EventKind::Detection, stems({"detect", "alert", "ack", "erkannt", "alarm", "bestätig", "détect", "alerte", "acquitt"})},
        {EventKind::Trigger, stems({"trigger", "auslös", "ausgelöst", "déclench"})},
        {EventKind::Note, stems({"note", "comment", "notiz", "anmerkung", "hinweis", "kommentar", "remarque", "commentaire"})},
    };
    if (value.isEmpty())
        return std::nullopt;
    const QString text = value.toCaseFolded();
    for (const auto &[kind, words] : kinds) {
        for (const QString &word : words) {
            if (text.contains(word))
                return kind;
        }
    }
    return std::nullopt;
}

EventKind CsvColumnGuess::kindOf(const QString &typeValue, const QString &text)
{
    if (const std::optional<EventKind> kind = kindOfType(typeValue))
        return *kind;
    return ChatLogParser::suggestKind(text);
}

} // namespace Whyboard
