// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "itemmodels/sessionfiltermodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "ui/sessionspanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

class TestSessionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchBoxNarrowsTheList();
    void severityFilterNarrowsTheList();
    void clickingARowOpensIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    SessionId m_rich = 0;
    SessionId m_chain = 0;
};

void TestSessionsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = Library::open(m_dir->filePath(QStringLiteral("panel.whyboard")), Library::OpenMode::CreateIfMissing);
    QVERIFY(m_library);
    m_rich = m_library->insertSession(Test::richSampleSession());
    Session chain = Test::chainSession(3);
    chain.title = QStringLiteral("Disk full on the build server");
    chain.severity = 4;
    m_chain = m_library->insertSession(chain);
    QVERIFY(m_rich && m_chain);
}

void TestSessionsPanel::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestSessionsPanel::searchBoxNarrowsTheList()
{
    SessionsPanel panel;
    panel.setLibrary(m_library.get());
    panel.show();
    QCOMPARE(panel.view()->model()->rowCount(), 2);
    QTest::keyClicks(panel.searchBox(), QStringLiteral("pager rota")); // card text of the rich session
    QTRY_COMPARE(panel.view()->model()->rowCount(), 1);
    QCOMPARE(panel.view()->model()->index(0, 0).data(SessionListModel::IdRole).toLongLong(), m_rich);
    QTest::keyClick(panel.searchBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(panel.searchBox(), Qt::Key_Backspace);
    QTRY_COMPARE(panel.view()->model()->rowCount(), 2);
}

void TestSessionsPanel::severityFilterNarrowsTheList()
{
    SessionsPanel panel;
    panel.setLibrary(m_library.get());
    auto *severity = panel.findChildren<QComboBox *>().value(0);
    QVERIFY(severity);
    QCOMPARE(severity->itemText(severity->findData(4)), Labels::severityLevel(4));
    QTest::keyClick(severity, Qt::Key_End); // the mildest level, the last choice
    QCOMPARE(severity->currentData().toInt(), 4);
    QCOMPARE(panel.view()->model()->rowCount(), 1);
    QCOMPARE(panel.view()->model()->index(0, 0).data(SessionListModel::IdRole).toLongLong(), m_chain);
}

void TestSessionsPanel::clickingARowOpensIt()
{
    SessionsPanel panel;
    panel.setLibrary(m_library.get());
    panel.setCurrentSession(m_rich);
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SessionsPanel::sessionActivated);
    const QModelIndex chainRow = panel.filterModel()->mapFromSource(
        panel.model()->index(panel.model()->rowOfSession(m_chain), SessionListModel::TitleColumn));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(chainRow).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), m_chain);
}

QTEST_MAIN(TestSessionsPanel)
#include "tst_sessionspanel.moc"
