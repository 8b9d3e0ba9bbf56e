// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/causecategoriesdialog.h"

#include "data/causecategories.h"
#include "storage/library.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Whyboard {

CauseCategoriesDialog::CauseCategoriesDialog(Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("causeCategoriesDialog"));
    setWindowTitle(tr("Cause Categories"));
    auto *intro = new QLabel(tr("The contributing factors a why card can name, one a line. Every session of "
                                "this library offers them; the overview and the fishbone count and draw them."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("causeCategoryList"));
    m_list->setAccessibleName(tr("Cause categories, one a line"));
    m_list->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("&Restore Defaults"), QDialogButtonBox::ResetRole);
    connect(defaults, &QPushButton::clicked, this, [this] { showList(CauseCategories::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    showList(library->causeCategories());
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 22);
}

void CauseCategoriesDialog::showList(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names.append(CauseCategories::displayName(key));
    m_list->setPlainText(names.join(QLatin1Char('\n')));
}

void CauseCategoriesDialog::accept()
{
    if (!m_library->setCauseCategories(m_list->toPlainText().split(QLatin1Char('\n')))) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The categories could not be saved: %1").arg(m_library->lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace Whyboard
