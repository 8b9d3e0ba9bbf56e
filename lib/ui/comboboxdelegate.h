// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QFont>
#include <QStyledItemDelegate>

namespace Whyboard {

// Edits an enum column with a combo box of (label, value) choices.
class ComboBoxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, int>>;
    explicit ComboBoxDelegate(Choices choices, QObject *parent = nullptr);

    // One choice per value, named by `name` (a Labels function or a lambda around one).
    template<typename Enum, typename Name>
    static Choices choicesOf(const QList<Enum> &values, Name name)
    {
        Choices choices;
        for (Enum value : values)
            choices.append({name(value), int(value)});
        return choices;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Wide enough for the widest choice in its combo box, so the editor never clips it.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QList<QPair<QString, int>> m_choices;
    // The editor's width for the widest choice, per font: a table of thousands of rows asks
    // for every row's size, and the choices do not change.
    mutable QFont m_measuredFont;
    mutable int m_editorWidth = -1;
};

} // namespace Whyboard
