#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace Whyboard {

// Edits an enum column with a combo box of (label, value) choices.
class ComboBoxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ComboBoxDelegate(QList<QPair<QString, int>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, int>> m_choices;
};

} // namespace Whyboard
