#pragma once

#include <QString>

#include <QTest>

namespace Whyboard::Test {

// A database of its own on the test server named by WHYBOARD_TEST_PG_URI (started by
// packaging/test-postgres.sh), created empty and dropped again when this goes.
class ScratchPostgres
{
public:
    // Why there is no test server ("WHYBOARD_TEST_PG_URI is not set ..."), or empty.
    static QString missingReason();

    ScratchPostgres();
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    // postgresql://…/<the database>; empty when it could not be created (error() says why).
    QString uri() const { return m_uri; }
    QString error() const { return m_error; }
    // How many tables the database's schema holds (-1 when it cannot be asked).
    int tableCount() const;

private:
    QString m_name;
    QString m_uri;
    QString m_error;
};

} // namespace Whyboard::Test

// Skips the test function, with the reason printed, when there is no test server.
#define WHYBOARD_SKIP_WITHOUT_POSTGRES()                                                                   \
    do {                                                                                                   \
        const QString reason = Whyboard::Test::ScratchPostgres::missingReason();                          \
        if (!reason.isEmpty())                                                                             \
            QSKIP(qPrintable(reason));                                                                     \
    } while (false)
