// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/csvmappingfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>

namespace Whyboard {

namespace {

void fillColumns(QComboBox *combo, const QStringList &columns, int chosen, bool allowNone)
{
    combo->clear();
    if (allowNone)
        combo->addItem(CsvMappingFields::tr("(none)"), -1);
    for (qsizetype i = 0; i < columns.size(); ++i)
        combo->addItem(columns.at(i), int(i));
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

CsvMappingFields::CsvMappingFields(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *firstRow = new QHBoxLayout;
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_header = new QCheckBox(tr("First row names the columns"), this);
    firstRow->addWidget(m_delimiter);
    firstRow->addWidget(m_header);
    firstRow->addStretch(1);
    form->addRow(tr("Separated by:"), firstRow);
    auto *columns = new QHBoxLayout;
    m_time = new QComboBox(this);
    m_text = new QComboBox(this);
    m_author = new QComboBox(this);
    m_kind = new QComboBox(this);
    const auto labelled = [this, columns](const QString &label, QComboBox *combo) {
        auto *row = new QFormLayout;
        row->addRow(label, combo);
        columns->addLayout(row);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this] { takeUserChoice(false); });
    };
    labelled(tr("Time:"), m_time);
    labelled(tr("Text:"), m_text);
    labelled(tr("Author:"), m_author);
    labelled(tr("Kind:"), m_kind);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->addItem(tr("as the file shows"), int(CsvColumnMapping::DateOrder::Guess));
    m_dateOrder->addItem(tr("day first (06/04 is 6 April)"), int(CsvColumnMapping::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("month first (04/06 is 6 April)"), int(CsvColumnMapping::DateOrder::MonthFirst));
    labelled(tr("Dates:"), m_dateOrder);
    columns->addStretch(1);
    form->addRow(tr("Columns:"), columns);
    connect(m_delimiter, QOverload<int>::of(&QComboBox::activated), this, [this] { takeUserChoice(true); });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (!m_showing)
            takeUserChoice(true);
    });
}

void CsvMappingFields::show(const QStringList &columns, const CsvColumnMapping &mapping)
{
    m_showing = true;
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(mapping.delimiter))));
    m_header->setChecked(mapping.header != CsvColumnMapping::Header::None);
    fillColumns(m_time, columns, mapping.timeColumn, false);
    fillColumns(m_text, columns, mapping.textColumn, false);
    fillColumns(m_author, columns, mapping.authorColumn, true);
    fillColumns(m_kind, columns, mapping.kindColumn, true);
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(mapping.dateOrder))));
    m_showing = false;
}

void CsvMappingFields::reset()
{
    m_mapping = CsvColumnMapping();
}

void CsvMappingFields::takeUserChoice(bool splitChanged)
{
    CsvColumnMapping mapping;
    const QString delimiter = m_delimiter->currentData().toString();
    mapping.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    mapping.header = m_header->isChecked() ? CsvColumnMapping::Header::FirstRow : CsvColumnMapping::Header::None;
    mapping.timeColumn = m_time->currentData().toInt();
    mapping.textColumn = m_text->currentData().toInt();
    mapping.authorColumn = m_author->currentData().toInt();
    mapping.kindColumn = m_kind->currentData().toInt();
    mapping.dateOrder = CsvColumnMapping::DateOrder(m_dateOrder->currentData().toInt());
    // Columns chosen for another split of the rows mean nothing: a new delimiter or header
    // guesses the columns anew (a column of -1 is one the guess fills).
    mapping.guessColumns = splitChanged;
    if (splitChanged)
        mapping.timeColumn = mapping.textColumn = mapping.authorColumn = mapping.kindColumn = -1;
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    Q_EMIT mappingChanged();
}

} // namespace Whyboard
