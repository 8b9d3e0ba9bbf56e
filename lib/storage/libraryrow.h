// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// Every value read from a library row passes here, checked once for its SQLite type, its
// range and its limit, so nothing above the storage layer sees a value Whyboard never writes
// (a card kind of 7, text in a number column, an infinite position). The first bad value is
// kept, with the table, the row and the column it is in; readers then stop.
class LibraryRow
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::Library)

public:
    // row names the row for the message, as its key columns say it: "session_id 3, id 'c7'".
    LibraryRow(const QSqlQuery &query, const QString &table, QString *error);
    void setRow(const QString &row) { m_row = row; }

    bool failed() const { return !m_error->isEmpty(); }
    // Records a fault with the row as a whole (too many rows, ...).
    void fail(const QString &column, const QString &reason);

    QString text(int column, const char *name);
    // For listing only: a title or summary over the limit still lists (the session itself is
    // refused when loaded), up to a bound that keeps the list small.
    QString listedText(int column, const char *name);
    qint64 integer(int column, const char *name, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(int column, const char *name, qint64 min, qint64 max);
    std::optional<double> optionalReal(int column, const char *name, double min, double max);
    bool flag(int column, const char *name);
    double coordinate(int column, const char *name);
    // Two columns: epoch milliseconds (NULL for "not known") and the offset in seconds.
    QDateTime time(int msColumn, const char *msName, const char *offsetName);
    QDate day(int column, const char *name); // a Julian day, NULL for none
    QStringList ids(int column, const char *name); // a JSON array of strings, '' for none

    template<typename Enum>
    Enum value(int column, const char *name, Enum fallback)
    {
        const qint64 stored = integer(column, name, 0, 0xffff);
        if (failed())
            return fallback;
        const Enum result = Enum(int(stored));
        if (!isKnown(result)) {
            refuse(name, tr("holds %1, which is not a value this version of Whyboard knows").arg(stored));
            return fallback;
        }
        return result;
    }
    ParticipantRoles roles(int column, const char *name);

private:
    void refuse(const char *column, const QString &reason);
    QString rawText(int column, const char *name, qsizetype maxLength);
    QString typeName(int column) const;

    const QSqlQuery &m_query;
    QString m_table;
    QString m_row;
    QString *m_error;
};

} // namespace Whyboard
