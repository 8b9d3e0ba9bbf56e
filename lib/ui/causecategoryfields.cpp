// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/causecategoryfields.h"

#include "data/causecategories.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Whyboard {

CauseCategoryFields::CauseCategoryFields(QWidget *parent)
    : QWidget(parent)
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
{
    m_category->setObjectName(QStringLiteral("causeCategory"));
    m_category->setAccessibleName(tr("Cause category"));
    m_category->setToolTip(tr("The contributing factor this cause names; type a new name for one of your own"));
    // Editable: a team names its own factors; Enter or leaving the field sets it.
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_tags->setObjectName(QStringLiteral("causeTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Services, teams (comma-separated)"));
    m_tags->setClearButtonEnabled(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("Ca&tegory"), m_category);
    layout->addRow(tr("Ta&gs"), m_tags);

    connect(m_category, QOverload<int>::of(&QComboBox::activated), this, &CauseCategoryFields::categoryChosen);
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this, &CauseCategoryFields::categoryChosen);
    connect(m_tags, &QLineEdit::editingFinished, this, &CauseCategoryFields::tagsEdited);
    fillCategories();
}

void CauseCategoryFields::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (library)
        connect(library, &Library::causeCategoriesChanged, this, &CauseCategoryFields::refresh);
    refresh();
}

void CauseCategoryFields::showCard(SessionDocument *document, const QString &cardId)
{
    m_document = document;
    m_cardId = cardId;
    refresh();
}

void CauseCategoryFields::fillCategories()
{
    const Card *card = m_document ? m_document->session().card(m_cardId) : nullptr;
    QStringList keys = m_library ? m_library->causeCategories() : CauseCategories::defaults();
    if (card && !card->category.isEmpty() && !keys.contains(card->category))
        keys.append(card->category); // one of this card's own stays choosable
    m_category->clear();
    m_category->addItem(tr("(none)"), QString());
    for (const QString &key : std::as_const(keys))
        m_category->addItem(CauseCategories::displayName(key), key);
}

void CauseCategoryFields::refresh()
{
    m_updating = true;
    fillCategories();
    const Card *card = m_document ? m_document->session().card(m_cardId) : nullptr;
    const bool writable = card && !m_document->isReadOnly();
    m_category->setEnabled(writable);
    m_tags->setEnabled(writable);
    m_category->setCurrentIndex(card ? std::max(0, m_category->findData(card->category)) : 0);
    const QString tags = card ? card->tags.join(QStringLiteral(", ")) : QString();
    // Not while the user is typing there (an edit of another field may refresh meanwhile).
    if (m_tags->text() != tags && !m_tags->isModified())
        m_tags->setText(tags);
    m_updating = false;
}

void CauseCategoryFields::categoryChosen()
{
    if (m_updating || !m_document)
        return;
    const Card *card = m_document->session().card(m_cardId);
    if (!card)
        return;
    // What the field shows: a chosen entry's key, or a typed name (a default's name in any
    // language gives its key).
    const QString shown = m_category->currentText().trimmed();
    const int index = m_category->findText(shown, Qt::MatchFixedString);
    const QString key = index >= 0 ? m_category->itemData(index).toString() : CauseCategories::keyFor(shown);
    if (key != card->category)
        m_document->setCardCategory(m_cardId, key);
    refresh();
}

void CauseCategoryFields::tagsEdited()
{
    if (m_updating || !m_document)
        return;
    const Card *card = m_document->session().card(m_cardId);
    if (!card)
        return;
    m_tags->setModified(false);
    const QStringList tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList cleaned;
    for (const QString &tag : tags)
        cleaned.append(tag.simplified());
    if (cleaned.join(QLatin1Char(',')) != card->tags.join(QLatin1Char(',')))
        m_document->setCardTags(m_cardId, cleaned);
    refresh();
}

} // namespace Whyboard
