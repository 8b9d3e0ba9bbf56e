// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace Whyboard {

class SessionDocument;

// "Hide names" for the whole window: while on, participants' names read "Person A", … in
// every panel's lists and tables, the window title, the window's own status messages, the
// board and the read-back. A display filter only: the session and the library keep the names,
// and an editor opened on a field starts from the real text.
class NameMask : public QObject
{
    Q_OBJECT

public:
    explicit NameMask(QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    void setDocument(SessionDocument *document);

    // The text as shown: names replaced while the mask is on.
    QString apply(const QString &text) const;

    // Lists and tables under root show their texts through the mask (those that paint with
    // the standard delegate; columns with their own editors show no names).
    void coverViews(QWidget *root);

Q_SIGNALS:
    void changed();

private:
    void refreshNames();

    bool m_on = false;
    QPointer<SessionDocument> m_document;
    QStringList m_names;
    QList<QPointer<QAbstractItemView>> m_views;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
