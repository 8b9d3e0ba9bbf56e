// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/causecategorytable.h"

#include "storage/librarylistener.h"

#include "data/boundedvalues.h"
#include "data/causecategories.h"
#include "storage/libraryoutertransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Whyboard {

QStringList CauseCategoryTable::read(QSqlDatabase database)
{
    QSqlQuery query(database);
    QStringList names;
    if (query.exec(QStringLiteral("SELECT name FROM cause_categories ORDER BY position LIMIT %1").arg(maxCategories))) {
        while (query.next()) {
            if (query.value(0).metaType().id() == QMetaType::QString)
                names.append(BoundedValues::text(query.value(0).toString()));
        }
    }
    names = CauseCategories::normalized(names);
    return names.isEmpty() ? CauseCategories::defaults() : names;
}

QString CauseCategoryTable::write(QSqlDatabase database, const QStringList &categories)
{
    QStringList names = CauseCategories::normalized(categories);
    if (names.size() > maxCategories)
        return tr("at most %1 categories are allowed").arg(maxCategories);
    for (QString &name : names)
        name = BoundedValues::text(name);
    if (names == CauseCategories::defaults())
        names.clear(); // the defaults follow the program's list
    // Within a LibraryOuterTransaction the list joins it.
    const bool ownTransaction = !LibraryOuterTransaction::isOpenOn(database);
    if (ownTransaction && !database.transaction())
        return database.lastError().text();
    QSqlQuery query(database);
    bool ok = query.exec(QStringLiteral("DELETE FROM cause_categories"));
    ok = ok && query.prepare(QStringLiteral("INSERT INTO cause_categories (position, name) VALUES (?, ?)"));
    for (int i = 0; ok && i < names.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(names.at(i));
        ok = query.exec();
    }
    ok = ok && LibraryListener::notify(database, {QStringLiteral("categories")});
    if (ok && (!ownTransaction || database.commit()))
        return {};
    const QString error = query.lastError().isValid() ? query.lastError().text() : database.lastError().text();
    if (ownTransaction)
        database.rollback();
    return error;
}

} // namespace Whyboard
