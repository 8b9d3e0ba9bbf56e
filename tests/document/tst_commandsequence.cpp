// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"
#include "documentmirror.h"
#include "randomeditor.h"
#include "samplesessions.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {

void verifySame(const Session &actual, const Session &expected, const QString &when)
{
    const QString difference = Test::sessionDifference(actual, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(when + QStringLiteral(": ") + difference));
}

} // namespace

class TestCommandSequence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandCommandsUndoAndRedoWhole_data();
    void thousandCommandsUndoAndRedoWhole();
};

void TestCommandSequence::thousandCommandsUndoAndRedoWhole_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 42") << quint32(42);
    QTest::newRow("seed 20261121") << quint32(20261121);
}

void TestCommandSequence::thousandCommandsUndoAndRedoWhole()
{
    QFETCH(quint32, seed);
    const Session original = Test::randomSession(seed, 25, 15, 8);
    QCOMPARE(Test::chainDefect(original), QString());
    SessionDocument document(original);
    QUndoStack *stack = document.undoStack();
    Test::RandomEditor editor(&document, seed);
    // Rebuilt from the change signals only: proves every change announced itself.
    const Test::DocumentMirror mirror(&document);

    int pushed = 0;
    int attempts = 0;
    while (pushed < 1000 && ++attempts < 100'000) {
        QUndoCommand *command = editor.next();
        if (!command)
            continue;
        const Session before = document.session();
        const int countBefore = stack->count();
        QVERIFY(document.push(command));
        ++pushed;
        const QString step = QStringLiteral("step %1 (%2)").arg(pushed).arg(stack->undoText());
        const QString defect = Test::chainDefect(document.session());
        QVERIFY2(defect.isEmpty(), qPrintable(step + QStringLiteral(": ") + defect));
        // A step that stands alone (not merged into the one before) undoes to exactly before it.
        if (stack->count() == countBefore + 1) {
            const Session after = document.session();
            stack->undo();
            verifySame(document.session(), before, step + QStringLiteral(" undone"));
            stack->redo();
            verifySame(document.session(), after, step + QStringLiteral(" redone"));
            if (QTest::currentTestFailed())
                return;
        }
    }
    QCOMPARE(pushed, 1000);
    QVERIFY2(editor.skipped() > 0, "the sequence should meet refused links too");
    QVERIFY(stack->count() > 100);
    QVERIFY2(stack->count() < pushed, "typing and drags should have merged into fewer steps");

    const Session edited = document.session();
    QVERIFY(edited != original);
    verifySame(mirror.copy(), edited, QStringLiteral("signal mirror after the sequence"));
    while (stack->canUndo())
        stack->undo();
    verifySame(document.session(), original, QStringLiteral("undone to the start"));
    verifySame(mirror.copy(), original, QStringLiteral("signal mirror undone to the start"));
    while (stack->canRedo())
        stack->redo();
    verifySame(document.session(), edited, QStringLiteral("redone to the end"));
    verifySame(mirror.copy(), edited, QStringLiteral("signal mirror redone to the end"));
}

QTEST_GUILESS_MAIN(TestCommandSequence)
#include "tst_commandsequence.moc"
