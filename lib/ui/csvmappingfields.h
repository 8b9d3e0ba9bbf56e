// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/csvcolumnmapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace Whyboard {

// The import preview's CSV columns: the delimiter, whether the first row names the columns,
// and which column holds the time, the text, the author and the kind. Shows the mapping a
// read used (guessed or remembered); a change by the user is the user's choice from then on.
class CsvMappingFields : public QWidget
{
    Q_OBJECT

public:
    explicit CsvMappingFields(QWidget *parent = nullptr);

    // The columns found and the mapping the read used.
    void show(const QStringList &columns, const CsvColumnMapping &mapping);
    // The user's mapping, or the default (guess everything) when the user changed nothing.
    CsvColumnMapping mapping() const { return m_mapping; }
    void reset();

Q_SIGNALS:
    void mappingChanged();

private:
    // splitChanged: the delimiter or the header changed, so the columns are guessed anew.
    void takeUserChoice(bool splitChanged);

    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_text = nullptr;
    QComboBox *m_author = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_dateOrder = nullptr; // for 06/04/2017: day or month first
    CsvColumnMapping m_mapping;
    bool m_showing = false; // filling the fields from a read is not the user's choice
};

} // namespace Whyboard
