// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datedelegate.h"
#include "ui/datetimelineedit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Whyboard;

// The due-date column of the action items: typed like text, a calendar that opens on today.
class TestDateDelegates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void calendarOpensOnToday();
    void typingADateSetsIt();
    void emptyingClearsIt();
    void columnFitsTheEditor();

private:
    DateTimeLineEdit *openEditor();

    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

void TestDateDelegates::init()
{
    m_model = new QStandardItemModel(2, 2);
    m_model->setData(m_model->index(0, 1), QVariant(), Qt::EditRole); // no due date yet
    m_model->setData(m_model->index(1, 1), QDate(2017, 5, 1), Qt::EditRole);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(1, new DateDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->resize(600, 300);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
}

void TestDateDelegates::cleanup()
{
    delete m_view;
    delete m_model;
}

DateTimeLineEdit *TestDateDelegates::openEditor()
{
    m_view->setCurrentIndex(m_model->index(0, 1));
    QTest::keyClick(m_view, Qt::Key_F2);
    return m_view->viewport()->findChild<DateTimeLineEdit *>();
}

void TestDateDelegates::calendarOpensOnToday()
{
    DateTimeLineEdit *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->calendarStartDate(), QDate::currentDate());
    // The real popup shows this month with today selected, not January 2000.
    QDate shown;
    QTimer::singleShot(0, this, [&shown] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *menu = qobject_cast<QMenu *>(top); menu && menu->isVisible()) {
                if (auto *calendar = menu->findChild<QCalendarWidget *>()) {
                    shown = calendar->selectedDate();
                    QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
                }
                menu->close();
            }
        }
    });
    editor->showCalendar();
    QCOMPARE(shown, QDate::currentDate());
}

void TestDateDelegates::typingADateSetsIt()
{
    DateTimeLineEdit *editor = openEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("tomorrow"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_model->index(0, 1).data(Qt::EditRole).toDate(), QDate::currentDate().addDays(1));
    m_view->setCurrentIndex(m_model->index(1, 1));
    QTest::keyClick(m_view, Qt::Key_F2);
    editor = m_view->viewport()->findChild<DateTimeLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("2017-06-15"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_model->index(1, 1).data(Qt::EditRole).toDate(), QDate(2017, 6, 15));
}

void TestDateDelegates::emptyingClearsIt()
{
    m_view->setCurrentIndex(m_model->index(1, 1));
    QTest::keyClick(m_view, Qt::Key_F2);
    auto *editor = m_view->viewport()->findChild<DateTimeLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Backspace); // the text is selected
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_model->index(1, 1).data(Qt::EditRole).isValid());
}

void TestDateDelegates::columnFitsTheEditor()
{
    const int width = m_view->horizontalHeader()->sectionSize(1);
    QVERIFY2(width >= DateTimeLineEdit::preferredWidth(m_view->fontMetrics(), DateTimeLineEdit::Mode::Date), qPrintable(QString::number(width)));
}

QTEST_MAIN(TestDateDelegates)
#include "tst_datedelegates.moc"
