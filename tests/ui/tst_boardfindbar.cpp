// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Find on Board… in the real window, by keys: Ctrl+F, typing, Enter and F3 forward,
// Shift+Enter and Shift+F3 back, "2 of 3", no match, Esc back to the board; and Ctrl+A.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "samplesessions.h"
#include "ui/boardfindbar.h"
#include "ui/centralarea.h"
#include "ui/mainwindow.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using Whyboard::Test::press;

class TestBoardFindBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool open(MainWindow &window)
    {
        const QString path = Test::makeLibrary(m_dir.filePath(QStringLiteral("find-%1.whyboard").arg(++m_libraries)),
                                               {Test::richSampleSession()});
        if (path.isEmpty() || !Test::openWindow(window, path))
            return false;
        window.boardView()->setFocus();
        return QApplication::focusWidget() == window.boardView();
    }
    static BoardFindBar *bar(const MainWindow &window) { return window.findChild<BoardFindBar *>(); }
    static QStringList selected(const MainWindow &window) { return window.boardScene()->selectedCardIds(); }
    int m_libraries = 0;

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(m_dir.filePath(QStringLiteral("settings"))); }

    void findGoesThroughTheMatchesByKeys()
    {
        MainWindow window;
        QVERIFY(open(window));
        const qreal zoom = window.boardView()->zoom();
        QVERIFY(bar(window) && bar(window)->isHidden());
        press(Qt::CTRL | Qt::Key_F);
        QVERIFY(bar(window)->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar(window)->field());

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("PAGE"));
        QCOMPARE(bar(window)->resultText(), QStringLiteral("1 of 3"));
        QCOMPARE(selected(window), QStringList{QStringLiteral("c1")});
        press(Qt::Key_Return);
        QCOMPARE(bar(window)->resultText(), QStringLiteral("2 of 3"));
        QCOMPARE(selected(window), QStringList{QStringLiteral("c3")});
        press(Qt::Key_F3);
        QCOMPARE(bar(window)->resultText(), QStringLiteral("3 of 3"));
        QCOMPARE(selected(window), QStringList{QStringLiteral("c6")});
        press(Qt::Key_Enter);
        QCOMPARE(bar(window)->resultText(), QStringLiteral("1 of 3")); // round again
        press(Qt::SHIFT | Qt::Key_Return);
        QCOMPARE(bar(window)->resultText(), QStringLiteral("3 of 3"));
        press(Qt::SHIFT | Qt::Key_F3);
        QCOMPARE(bar(window)->resultText(), QStringLiteral("2 of 3"));
        QCOMPARE(selected(window), QStringList{QStringLiteral("c3")});
        QCOMPARE(window.boardView()->zoom(), zoom);

        // Esc: the bar goes, the board has the keys and the match stays selected.
        press(Qt::Key_Escape);
        QVERIFY(bar(window)->isHidden());
        QCOMPARE(QApplication::focusWidget(), window.boardView());
        QCOMPARE(selected(window), QStringList{QStringLiteral("c3")});
        // F3 from the board goes on and brings the bar back.
        press(Qt::Key_F3);
        QVERIFY(bar(window)->isVisible());
        QCOMPARE(selected(window), QStringList{QStringLiteral("c6")});
    }

    void noMatchSaysSo()
    {
        MainWindow window;
        QVERIFY(open(window));
        press(Qt::CTRL | Qt::Key_F);
        const QColor plainBase = bar(window)->field()->palette().color(QPalette::Base);
        QTest::keyClicks(bar(window)->field(), QStringLiteral("kubernetes"));
        QCOMPARE(bar(window)->resultText(), QStringLiteral("No match"));
        QVERIFY(bar(window)->field()->palette().color(QPalette::Base) != plainBase);
        press(Qt::Key_Return); // nothing to go to, nothing happens
        QCOMPARE(bar(window)->resultText(), QStringLiteral("No match"));
        press(Qt::CTRL | Qt::Key_A); // typing replaces the search
        QTest::keyClicks(bar(window)->field(), QStringLiteral("push"));
        QCOMPARE(bar(window)->resultText(), QStringLiteral("1 of 1")); // c4's evidence, "Push log"
        QCOMPARE(bar(window)->field()->palette().color(QPalette::Base), plainBase);
    }

    void ctrlAIsTheFieldsInTheFieldAndEveryCardOnTheBoard()
    {
        MainWindow window;
        QVERIFY(open(window));
        window.boardScene()->selectCards({QStringLiteral("c2")});
        press(Qt::CTRL | Qt::Key_F);
        QTest::keyClicks(bar(window)->field(), QStringLiteral("rota"));
        press(Qt::CTRL | Qt::Key_A);
        QCOMPARE(bar(window)->field()->selectedText(), QStringLiteral("rota"));
        QCOMPARE(selected(window), QStringList{QStringLiteral("c6")});
        press(Qt::Key_Escape);
        press(Qt::CTRL | Qt::Key_A);
        QCOMPARE(selected(window).size(), 6);
    }

    void findFromAnotherPageBringsTheBoardBack()
    {
        MainWindow window;
        QVERIFY(open(window));
        press(Qt::CTRL | Qt::Key_3); // the follow-ups
        QVERIFY(window.centralArea()->currentPage());
        press(Qt::CTRL | Qt::Key_F);
        QVERIFY(!window.centralArea()->currentPage());
        QVERIFY(bar(window)->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar(window)->field());
        press(Qt::CTRL | Qt::Key_3);
        QVERIFY(bar(window)->isHidden()); // nothing of the board to find on another page
    }
};

QTEST_MAIN(TestBoardFindBar)
#include "tst_boardfindbar.moc"
