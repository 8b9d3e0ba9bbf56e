// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Whyboard {

class Library;
class SessionDocument;

// A why card's contributing-factor category (from the library's list, or a name typed for
// this card) and its tags (services, teams; comma-separated). Each change is one undo step
// of the card, pushed through SessionDocument::setCardCategory / setCardTags.
class CauseCategoryFields : public QWidget
{
    Q_OBJECT

public:
    explicit CauseCategoryFields(QWidget *parent = nullptr);

    // The library gives the list; null leaves the defaults.
    void setLibrary(Library *library);
    // Shows the card's values; an empty id or a null document empties the fields.
    void showCard(SessionDocument *document, const QString &cardId);

    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *tagsEdit() const { return m_tags; }

private:
    void fillCategories();
    void refresh();
    void categoryChosen();
    void tagsEdited();

    QPointer<Library> m_library;
    QPointer<SessionDocument> m_document;
    QString m_cardId;
    QComboBox *m_category;
    QLineEdit *m_tags;
    bool m_updating = false;
};

} // namespace Whyboard
