#include "document/commands/addactioncommand.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/addparticipantcommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editactioncommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/editparticipantcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/commands/removelinkcommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/commands/splitcardcommand.h"
#include "document/sessiondocument.h"
#include "documentmirror.h"
#include "samplesessions.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {

// Makes random but valid gestures on a document, as a user clicking around would: links the
// document refuses are skipped, like the board skips them after showing the reason.
class RandomEditor
{
public:
    RandomEditor(SessionDocument *document, quint32 seed)
        : m_document(document)
        , m_random(seed)
    {
    }

    int skipped() const { return m_skipped; }

    // A command for one random gesture, or nullptr when the gesture was refused or impossible.
    QUndoCommand *next()
    {
        const Session &s = m_document->session();
        switch (m_random.bounded(20)) {
        case 0:
        case 1: {
            Card card;
            card.text = text();
            card.position = point();
            return new AddCardCommand(m_document, card, pick(cardIds()));
        }
        case 2: {
            const QStringList whys = whyIds();
            if (whys.size() < 4)
                return nullptr;
            QStringList ids{pick(whys)};
            if (m_random.bounded(3) == 0)
                ids.append(pick(whys));
            return new RemoveCardsCommand(m_document, ids);
        }
        case 3: {
            // Often the same card again: each drag is still its own step.
            QHash<QString, QPointF> positions{{m_random.bounded(2) ? m_lastMoved : pick(cardIds()), point()}};
            if (!s.card(positions.begin().key()))
                return nullptr;
            m_lastMoved = positions.begin().key();
            return new MoveCardsCommand(m_document, positions);
        }
        case 4: {
            Card card = *s.card(pick(cardIds()));
            switch (m_random.bounded(3)) {
            case 0:
                card.text += QChar(u'a' + m_random.bounded(26));
                // Typing merges within one editing run; a new run now and then.
                if (m_random.bounded(4) == 0)
                    m_editRun = EditCardCommand::newEditRun();
                return new EditCardCommand(m_document, card, m_editRun);
            case 1:
                card.evidence = text();
                break;
            default:
                card.verified = !card.verified;
            }
            return new EditCardCommand(m_document, card);
        }
        case 5: {
            const QString cause = pick(cardIds());
            const QString effect = pick(cardIds());
            if (!m_document->linkRefusal(cause, effect).isEmpty())
                return skip();
            return new AddLinkCommand(m_document, cause, effect);
        }
        case 6: {
            if (s.links.isEmpty())
                return nullptr;
            const CausalLink link = s.links.at(m_random.bounded(int(s.links.size())));
            if (!m_document->unlinkRefusal(link.causeId, link.effectId).isEmpty())
                return skip();
            return new RemoveLinkCommand(m_document, link.causeId, link.effectId);
        }
        case 7: {
            if (s.links.isEmpty())
                return nullptr;
            const CausalLink link = s.links.at(m_random.bounded(int(s.links.size())));
            return new SetLinkVerdictCommand(m_document, link.causeId, link.effectId,
                                             static_cast<ReadBackVerdict>(m_random.bounded(3)));
        }
        case 8:
            return new AddEventCommand(m_document, {QString(), time(), static_cast<EventKind>(m_random.bounded(6)),
                                                    text(), someOf(whyIds())});
        case 9: {
            if (s.timeline.isEmpty())
                return nullptr;
            return new RemoveEventsCommand(m_document, someOf(eventIds()) << pick(eventIds()));
        }
        case 10: {
            if (s.timeline.isEmpty())
                return nullptr;
            TimelineEvent event = s.timeline.at(m_random.bounded(int(s.timeline.size())));
            if (m_random.bounded(2))
                event.text += QStringLiteral("ж");
            else
                event.at = time();
            return new EditEventCommand(m_document, event);
        }
        case 11: {
            ActionItem action;
            action.text = text();
            action.cardIds = someOf(whyIds());
            action.eventIds = someOf(eventIds());
            return new AddActionCommand(m_document, action);
        }
        case 12: {
            if (s.actions.isEmpty())
                return nullptr;
            return new RemoveActionsCommand(m_document, {s.actions.at(m_random.bounded(int(s.actions.size()))).id});
        }
        case 13: {
            if (s.actions.isEmpty())
                return nullptr;
            ActionItem action = s.actions.at(m_random.bounded(int(s.actions.size())));
            if (m_random.bounded(2))
                action.owner += QStringLiteral("o");
            else
                action.status = static_cast<ActionStatus>(m_random.bounded(3));
            return new EditActionCommand(m_document, action);
        }
        case 14:
            return new AddParticipantCommand(m_document, {QString(), text(), ParticipantRoles::fromInt(m_random.bounded(32))});
        case 15: {
            if (s.participants.isEmpty())
                return nullptr;
            const Participant participant = s.participants.at(m_random.bounded(int(s.participants.size())));
            if (m_random.bounded(2))
                return new RemoveParticipantCommand(m_document, participant.id);
            Participant edited = participant;
            edited.name += QStringLiteral("n");
            return new EditParticipantCommand(m_document, edited);
        }
        case 16:
            return sessionFieldEdit();
        case 17: {
            const DismissedFinding finding{m_random.bounded(2) ? QStringLiteral("shallow") : QStringLiteral("compound"),
                                           pick(cardIds()), text()};
            if (m_document->indexOfDismissedFinding(finding.checkId, finding.itemId) >= 0)
                return nullptr;
            return new DismissFindingCommand(m_document, finding);
        }
        case 18: {
            if (s.dismissedFindings.isEmpty())
                return nullptr;
            const DismissedFinding finding = s.dismissedFindings.at(m_random.bounded(int(s.dismissedFindings.size())));
            return new RestoreFindingCommand(m_document, finding.checkId, finding.itemId);
        }
        default: {
            const QStringList whys = whyIds();
            if (whys.isEmpty())
                return nullptr;
            return new SplitCardCommand(m_document, pick(whys), text(), text());
        }
        }
    }

private:
    QUndoCommand *sessionFieldEdit()
    {
        const auto field = static_cast<SessionField>(m_random.bounded(12));
        QVariant value;
        switch (field) {
        case SessionField::Severity:
            value = m_random.bounded(5);
            break;
        case SessionField::Status:
            value = m_random.bounded(3);
            break;
        case SessionField::StartedAt:
        case SessionField::DetectedAt:
        case SessionField::ResolvedAt:
            value = m_random.bounded(5) ? QVariant(time()) : QVariant();
            break;
        case SessionField::UsersAffected:
            value = m_random.bounded(3) ? QVariant(qlonglong(m_random.bounded(100000))) : QVariant();
            break;
        case SessionField::CostPerMinute:
            value = m_random.bounded(3) ? QVariant(m_random.bounded(10000) / 8.0) : QVariant();
            break;
        default:
            // Typing one character at a time into a text field.
            value = QString(m_document->sessionField(field).toString() + QChar(u'a' + m_random.bounded(26)));
        }
        return new EditSessionFieldCommand(m_document, field, value);
    }

    QUndoCommand *skip()
    {
        ++m_skipped;
        return nullptr;
    }

    QString text()
    {
        static const QStringList words{"disk", "full", "🔥", "ошибка", "超时", "שגיאה", "retry\nloop"};
        return words.at(m_random.bounded(int(words.size()))) + QString::number(m_random.bounded(100));
    }
    QPointF point()
    {
        const double x = m_random.bounded(2000) - 1000;
        return QPointF(x, m_random.bounded(2000) / 4.0);
    }
    QDateTime time()
    {
        const qint64 msecs = 1'760'000'000'000LL + m_random.bounded(86'400'000);
        return zonedTimeFromParts(msecs, (m_random.bounded(27) - 12) * 3600);
    }
    QString pick(const QStringList &from) { return from.isEmpty() ? QString() : from.at(m_random.bounded(int(from.size()))); }
    QStringList someOf(const QStringList &from)
    {
        QStringList result;
        for (const QString &id : from) {
            if (m_random.bounded(6) == 0)
                result.append(id);
        }
        return result;
    }
    QStringList cardIds() const
    {
        QStringList ids;
        for (const Card &card : m_document->session().cards)
            ids.append(card.id);
        return ids;
    }
    QStringList whyIds() const
    {
        QStringList ids;
        for (const Card &card : m_document->session().cards) {
            if (card.kind == CardKind::Why)
                ids.append(card.id);
        }
        return ids;
    }
    QStringList eventIds() const
    {
        QStringList ids;
        for (const TimelineEvent &event : m_document->session().timeline)
            ids.append(event.id);
        return ids;
    }

    SessionDocument *m_document;
    QRandomGenerator m_random;
    QString m_lastMoved;
    int m_editRun = EditCardCommand::newEditRun();
    int m_skipped = 0;
};

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
    RandomEditor editor(&document, seed);
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
