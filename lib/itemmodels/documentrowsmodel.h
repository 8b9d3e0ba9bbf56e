// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Whyboard {

class SessionDocument;

// A table over one of a document's row-shaped lists (timeline, action items, participants).
// It follows the document's row signals with the matching begin/end calls, forgets a document
// that is destroyed, and lets subclasses add their own connections in followDocument().
class DocumentRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    SessionDocument *document() const;
    void setDocument(SessionDocument *document);

protected:
    // The document signals that announce changes to this model's rows.
    struct RowSignals
    {
        void (SessionDocument::*aboutToBeInserted)(int row);
        void (SessionDocument::*inserted)(int row, const QString &id);
        void (SessionDocument::*aboutToBeRemoved)(int row, const QString &id);
        void (SessionDocument::*removed)(int row, const QString &id);
        void (SessionDocument::*changed)(int row, const QString &id);
    };

    DocumentRowsModel(const RowSignals &rowSignals, QObject *parent);

    // Called inside the model reset of setDocument(), after the row signals are connected:
    // clear per-document state and connect to more signals through keep().
    virtual void followDocument(SessionDocument *document) { Q_UNUSED(document); }
    void keep(const QMetaObject::Connection &connection) { m_connections << connection; }

private:
    RowSignals m_rowSignals;
    QPointer<SessionDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
