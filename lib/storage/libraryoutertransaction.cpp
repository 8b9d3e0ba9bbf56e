// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryoutertransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

namespace Whyboard {

namespace {

// Kept on the connection's driver, which every handle of the connection shares.
constexpr char openProperty[] = "whyboardOuterTransaction";

void mark(const QSqlDatabase &database, bool open)
{
    if (QSqlDriver *driver = database.driver())
        driver->setProperty(openProperty, open);
}

} // namespace

LibraryOuterTransaction::LibraryOuterTransaction(QSqlDatabase database)
    : m_database(database)
{
    m_open = !isOpenOn(m_database) && m_database.transaction();
    if (m_open)
        mark(m_database, true);
    else
        m_error = m_database.lastError().text();
}

LibraryOuterTransaction::~LibraryOuterTransaction()
{
    if (!m_open)
        return;
    mark(m_database, false);
    m_database.rollback();
}

bool LibraryOuterTransaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    mark(m_database, false);
    if (m_database.commit())
        return true;
    m_error = m_database.lastError().text();
    m_database.rollback();
    return false;
}

bool LibraryOuterTransaction::isOpenOn(const QSqlDatabase &database)
{
    const QSqlDriver *driver = database.driver();
    return driver && driver->property(openProperty).toBool();
}

} // namespace Whyboard
