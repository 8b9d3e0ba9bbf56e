#pragma once

#include <QString>

namespace Whyboard::Test {

// A database of its own on the test server (WHYBOARD_TEST_PG_URI), dropped when this goes
// away: uri() is its postgresql:// address, empty with error() set when it could not be made.
class ScratchPostgres
{
public:
    explicit ScratchPostgres(const QString &serverUri = qEnvironmentVariable("WHYBOARD_TEST_PG_URI"));
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    QString uri() const { return m_uri; }
    QString error() const { return m_error; }
    // Why tests on a server cannot run here; empty when WHYBOARD_TEST_PG_URI is set.
    static QString missingServer();

private:
    QString m_connection;
    QString m_name;
    QString m_uri;
    QString m_error;
};

} // namespace Whyboard::Test
