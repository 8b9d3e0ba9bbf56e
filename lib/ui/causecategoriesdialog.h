// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Whyboard {

class Library;

// The library's list of cause categories, one a line, in the order the inspector and the
// fishbone offer them. OK stores it for every session of the library; Cancel changes nothing.
class CauseCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    CauseCategoriesDialog(Library *library, QWidget *parent = nullptr);

    QPlainTextEdit *listEdit() const { return m_list; }
    void accept() override;

private:
    void showList(const QStringList &keys);

    Library *m_library;
    QPlainTextEdit *m_list;
};

} // namespace Whyboard
