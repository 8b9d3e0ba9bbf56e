// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "ui/workspace.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The session life cycle without a window: what the File menu does, through a real library.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    QString makeLibrary(const QString &name, const QList<Session> &sessions)
    {
        const QString path = m_dir.filePath(name);
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        for (const Session &session : sessions)
            library->insertSession(session);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    // The window's import reads what `whyboard --import` reads; a bad file changes nothing.
    void importsASessionFileOrChangesNothing()
    {
        Workspace workspace;
        QVERIFY(workspace.openLibrary(makeLibrary(QStringLiteral("import.whyboard"), {Test::chainSession(2)}),
                                      Library::OpenMode::OpenExisting));
        const SessionId before = workspace.document()->sessionId();
        QSignalSpy changed(&workspace, &Workspace::documentChanged);

        const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QCOMPARE(workspace.importSession(bad), SessionId(0));
        QVERIFY(workspace.lastError().contains(QStringLiteral("broken.json")));
        QCOMPARE(workspace.importSession(m_dir.filePath(QStringLiteral("missing.json"))), SessionId(0));
        QCOMPARE(workspace.library()->sessions().size(), 1);
        QCOMPARE(workspace.document()->sessionId(), before);
        QCOMPARE(changed.count(), 0);

        const SessionId id = workspace.importSession(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"));
        QVERIFY(id != 0);
        QCOMPARE(workspace.library()->sessions().size(), 2);
        QCOMPARE(workspace.document()->sessionId(), id);
        QVERIFY(!workspace.document()->session().cards.isEmpty());
    }

    void opensTheNewestSessionAndAnnouncesIt()
    {
        Session older = Test::chainSession(2);
        older.startedAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
        Session newer = Test::chainSession(3);
        newer.startedAt = older.startedAt.addDays(3);
        const QString path = makeLibrary(QStringLiteral("open.whyboard"), {newer, older});
        Workspace workspace;
        QSignalSpy libraries(&workspace, &Workspace::libraryChanged);
        QSignalSpy documents(&workspace, &Workspace::documentChanged);
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::OpenExisting));
        QCOMPARE(libraries.count(), 1);
        QCOMPARE(libraries.first().first().value<Library *>(), workspace.library());
        QVERIFY(workspace.document());
        QCOMPARE(workspace.document()->session().title, newer.title);
        QCOMPARE(documents.constLast().first().value<SessionDocument *>(), workspace.document());

        // Switching announces null first, so that followers let go of the old document.
        documents.clear();
        QVERIFY(workspace.openSession(2));
        QCOMPARE(documents.count(), 2);
        QCOMPARE(documents.at(0).first().value<SessionDocument *>(), nullptr);
        QCOMPARE(workspace.document()->sessionId(), SessionId(2));
    }

    void failedOpenKeepsTheCurrentLibrary()
    {
        const QString path = makeLibrary(QStringLiteral("kept.whyboard"), {Test::chainSession(1)});
        Workspace workspace;
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::OpenExisting));
        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        QVERIFY(!workspace.openLibrary(m_dir.filePath(QStringLiteral("missing.whyboard")), Library::OpenMode::OpenExisting,
                                       &error, &message));
        QCOMPARE(error, LibraryOpenError::NotFound);
        QVERIFY(!message.isEmpty());
        QCOMPARE(workspace.library()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(workspace.document());
    }

    void newSessionStartsEmptyWithAProblemCard()
    {
        Session dated = Test::richSampleSession();
        const QString path = makeLibrary(QStringLiteral("new.whyboard"), {dated});
        Workspace workspace;
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::OpenExisting));
        const SessionId id = workspace.newSession(QStringLiteral("Fresh"), QStringLiteral("What broke?"));
        QVERIFY(id > 1);
        const Session &session = workspace.document()->session();
        QCOMPARE(session.id, id);
        QCOMPARE(session.title, QStringLiteral("Fresh"));
        QCOMPARE(session.cards.size(), 1);
        QVERIFY(session.problemCard());
        QVERIFY(!session.startedAt.isValid());
        QVERIFY(session.timeline.isEmpty());
        // What the document holds is what the file holds.
        QVERIFY(*workspace.library()->loadSession(id) == session);
        QVERIFY(!workspace.document()->isReadOnly());
    }

    void duplicateTrashRestoreAndEmptyTheTrash()
    {
        const QString path = makeLibrary(QStringLiteral("cycle.whyboard"), {Test::richSampleSession()});
        Workspace workspace;
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::OpenExisting));
        const SessionId original = workspace.document()->sessionId();
        const SessionId copy = workspace.duplicateSession(QStringLiteral("Copy"));
        QVERIFY(copy > original);
        QCOMPARE(workspace.document()->session().cards, Test::richSampleSession().cards);
        QCOMPARE(workspace.document()->session().status, SessionStatus::Draft);

        QVERIFY(workspace.trashSession()); // the copy
        QCOMPARE(workspace.document()->sessionId(), original);
        QCOMPARE(workspace.library()->sessions().size(), 1);
        QCOMPARE(workspace.library()->trashedSessions().size(), 1);

        QVERIFY(workspace.restoreFromTrash(copy));
        QCOMPARE(workspace.document()->sessionId(), copy);
        QVERIFY(!workspace.restoreFromTrash(copy));
        QVERIFY(!workspace.lastError().isEmpty());

        QVERIFY(workspace.trashSession());
        QVERIFY(workspace.emptyTrash());
        QVERIFY(workspace.library()->trashedSessions().isEmpty());
        QVERIFY(workspace.newSession(QStringLiteral("Next"), QString()) > copy);
    }

    void trashingTheLastSessionLeavesNoDocument()
    {
        const QString path = makeLibrary(QStringLiteral("last.whyboard"), {Test::chainSession(1)});
        Workspace workspace;
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::OpenExisting));
        QSignalSpy documents(&workspace, &Workspace::documentChanged);
        QVERIFY(workspace.trashSession());
        QVERIFY(!workspace.document());
        QCOMPARE(documents.constLast().first().value<SessionDocument *>(), nullptr);
    }

    void readOnlyLibraryRefusesTheLifeCycle()
    {
        const QString path = makeLibrary(QStringLiteral("ro.whyboard"), {Test::chainSession(1)});
        Workspace workspace;
        QVERIFY(workspace.openLibrary(path, Library::OpenMode::ReadOnly));
        QVERIFY(workspace.document()->isReadOnly());
        QVERIFY(!workspace.isWritable());
        QCOMPARE(workspace.newSession(QStringLiteral("No"), QString()), SessionId(0));
        QVERIFY(!workspace.trashSession());
        QCOMPARE(workspace.library()->sessions().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
