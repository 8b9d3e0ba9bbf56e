// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/mergeid.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <initializer_list>

namespace Whyboard {

class SessionDocument;

// What the commands that replace one list item by id (event, action, participant) share:
// the old and the new item, undo by putting the old one back, and merging consecutive edits
// of one text field of one item, so that typing is one undo step. A subclass says how to
// apply an item and names the command.
template<typename Item>
class EditItemCommand : public QUndoCommand
{
public:
    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return int(m_mergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Qt only offers commands with the same id(), i.e. of the same subclass.
        const auto *next = static_cast<const EditItemCommand *>(other);
        if (m_typingField < 0 || next->m_document != m_document || next->m_new.id != m_new.id
            || next->m_typingField != m_typingField)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

protected:
    // items/row: where the item stands now; textFields: the fields whose edits merge.
    EditItemCommand(SessionDocument *document, const QList<Item> &items, int row, const Item &newItem,
                    std::initializer_list<QString Item::*> textFields, MergeId mergeId, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_document(document)
        , m_old(row >= 0 ? items.at(row) : newItem)
        , m_new(newItem)
        , m_mergeId(mergeId)
    {
        Q_ASSERT(row >= 0);
        m_typingField = onlyChangedTextField(textFields);
        setObsolete(m_old == m_new);
    }

    virtual void apply(const Item &item) = 0;

    SessionDocument *document() const { return m_document; }
    // The index in textFields of the one field this edit changes, or -1.
    int typingField() const { return m_typingField; }

private:
    int onlyChangedTextField(std::initializer_list<QString Item::*> textFields) const
    {
        int index = 0;
        for (QString Item::*field : textFields) {
            if (m_old.*field != m_new.*field) {
                Item onlyThat = m_old;
                onlyThat.*field = m_new.*field;
                return onlyThat == m_new ? index : -1;
            }
            ++index;
        }
        return -1;
    }

    SessionDocument *m_document;
    Item m_old;
    Item m_new;
    MergeId m_mergeId;
    int m_typingField = -1;
};

} // namespace Whyboard
