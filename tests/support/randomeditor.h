// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QDateTime>
#include <QPointF>
#include <QRandomGenerator>
#include <QStringList>

class QUndoCommand;

namespace Whyboard::Test {

// Makes random but valid gestures on a document, as a user clicking around would: links the
// document refuses are skipped, like the board skips them after showing the reason. The same
// seed on the same session gives the same gestures, so a run can be replayed elsewhere.
class RandomEditor
{
public:
    RandomEditor(SessionDocument *document, quint32 seed)
        : m_document(document)
        , m_random(seed)
    {
    }

    int skipped() const { return m_skipped; }

    // Where the editor stands, so that another process can go on from there: it makes an editor
    // with the same seed on a document with the same session and calls resume() with these.
    quint64 draws() const { return m_draws; }
    QString lastMoved() const { return m_lastMoved; }
    void resume(quint64 draws, const QString &lastMoved);

    // A command for one random gesture, or nullptr when the gesture was refused or impossible.
    QUndoCommand *next();

private:
    int draw(int bound);
    QUndoCommand *sessionFieldEdit();
    QUndoCommand *skip();
    QString text();
    QPointF point();
    QDateTime time();
    QString pick(const QStringList &from);
    QStringList someOf(const QStringList &from);
    QStringList cardIds() const;
    QStringList whyIds() const;
    QStringList eventIds() const;

    SessionDocument *m_document;
    QRandomGenerator m_random;
    QString m_lastMoved;
    int m_editRun = EditCardCommand::newEditRun();
    int m_skipped = 0;
    quint64 m_draws = 0;
};

} // namespace Whyboard::Test
