#include "ui/chatlogdialog.h"

#include "analysis/chatlogparser.h"
#include "models/timelinemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Whyboard {

ChatLogDialog::ChatLogDialog(const QDate &defaultDate, int utcOffsetSeconds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Paste Chat Log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paste lines such as <tt>18:42 alice: rolled back</tt> or "
                                    "<tt>[2017-04-06 18:42] bob: paged the on-call</tt>. "
                                    "Each recognised line becomes one timeline event."),
                                 this));

    auto *form = new QFormLayout;
    m_date = new QDateEdit(defaultDate.isValid() ? defaultDate : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_offset = new QComboBox(this);
    for (int quarter = -12 * 4; quarter <= 14 * 4; ++quarter) {
        const int seconds = quarter * 900;
        const int minutes = std::abs(seconds) / 60;
        m_offset->addItem(QStringLiteral("UTC%1%2:%3")
                              .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                              .arg(minutes % 60, 2, 10, QLatin1Char('0')),
                          seconds);
    }
    m_offset->setCurrentIndex(std::max(0, m_offset->findData(utcOffsetSeconds)));
    form->addRow(tr("Date for lines without one:"), m_date);
    form->addRow(tr("Time zone of the log:"), m_offset);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_text = new QPlainTextEdit(splitter);
    m_text->setPlaceholderText(tr("Paste the chat log here"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview = new QTreeWidget(splitter);
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Line"), tr("Time"), tr("Kind"), tr("Event")});
    m_preview->header()->setStretchLastSection(true);
    m_rejected = new QListWidget(splitter);
    m_rejected->setToolTip(tr("Lines that were not recognised: they will not be added"));
    layout->addWidget(splitter, 1);

    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("Add Events"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ChatLogDialog::reparse);
    connect(m_date, &QDateEdit::dateChanged, this, &ChatLogDialog::reparse);
    connect(m_offset, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ChatLogDialog::reparse);
    resize(900, 700);
    reparse();
}

void ChatLogDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ChatLogDialog::reparse()
{
    const ChatLogParseResult result =
        ChatLogParser::parse(m_text->toPlainText(), m_date->date(), m_offset->currentData().toInt());
    m_events.clear();
    m_preview->clear();
    for (const ChatLogLine &line : result.recognised) {
        TimelineEvent event;
        event.at = line.at;
        event.kind = line.suggestedKind;
        event.text = line.author.isEmpty() ? line.text : tr("%1: %2").arg(line.author, line.text);
        m_events << event;
        new QTreeWidgetItem(m_preview, {QString::number(line.lineNumber),
                                        event.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        TimelineModel::kindName(int(event.kind)), event.text});
    }
    m_rejected->clear();
    for (const auto &line : result.unrecognised)
        m_rejected->addItem(tr("Line %1 not recognised: %2").arg(line.first).arg(line.second));
    m_unrecognised = int(result.unrecognised.size());
    m_rejected->setVisible(m_unrecognised > 0);
    m_counts->setText(tr("%n line(s) recognised", nullptr, int(m_events.size())) + QStringLiteral(" · ")
                      + tr("%n line(s) not recognised and not added", nullptr, m_unrecognised));
    m_addButton->setEnabled(!m_events.isEmpty());
    m_addButton->setText(tr("Add %n Event(s)", nullptr, int(m_events.size())));
}

} // namespace Whyboard
