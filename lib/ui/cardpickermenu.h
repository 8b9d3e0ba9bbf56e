// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Whyboard {

struct Session;

// "Related cards ▸": one checkable entry per card, checked when already related.
// Emits the new list after each toggle, so one toggle is one edit.
class CardPickerMenu : public QMenu
{
    Q_OBJECT

public:
    CardPickerMenu(const Session &session, const QStringList &relatedCardIds, QWidget *parent = nullptr);

Q_SIGNALS:
    void relatedCardsPicked(const QStringList &cardIds);

private:
    QStringList m_related;
};

} // namespace Whyboard
