// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/namemask.h"

#include "analysis/chainchecks.h"
#include "document/sessiondocument.h"
#include "ui/namemaskdelegate.h"
#include "ui/searchsnippetdelegate.h"

#include <QAbstractItemView>
#include <QHeaderView>

namespace Whyboard {

NameMask::NameMask(QObject *parent)
    : QObject(parent)
{
}

void NameMask::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    refreshNames();
}

void NameMask::setDocument(SessionDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        // A participant added or renamed is hidden at once.
        m_connections << connect(document, &SessionDocument::stepFinished, this, &NameMask::refreshNames);
    }
    refreshNames();
}

void NameMask::refreshNames()
{
    const QStringList names = m_on && m_document ? ChainChecks::namesIn(m_document->session()) : QStringList();
    if (names == m_names && !m_names.isEmpty())
        return;
    m_names = names;
    for (const QPointer<QAbstractItemView> &view : std::as_const(m_views)) {
        if (view)
            view->viewport()->update();
    }
    Q_EMIT changed();
}

QString NameMask::apply(const QString &text) const
{
    if (!m_on || m_names.isEmpty() || text.isEmpty())
        return text;
    return ChainChecks::hideNames(text, m_names);
}

void NameMask::coverViews(QWidget *root)
{
    if (!root)
        return;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view) || m_views.contains(view))
            continue;
        for (int column = 0; view->model() && column < view->model()->columnCount(); ++column) {
            if (auto *snippets = qobject_cast<SearchSnippetDelegate *>(view->itemDelegateForColumn(column)))
                snippets->setNameMask(this);
        }
        // Only the standard delegate: a panel's own delegates keep their painting.
        QAbstractItemDelegate *current = view->itemDelegate();
        if (current && current->metaObject() != &QStyledItemDelegate::staticMetaObject)
            continue;
        view->setItemDelegate(new NameMaskDelegate(this, view));
        m_views.append(view);
    }
}

} // namespace Whyboard
