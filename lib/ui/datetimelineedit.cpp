// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datetimelineedit.h"

#include "ui/statusstyle.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace Whyboard {

DateTimeLineEdit::DateTimeLineEdit(Mode mode, QWidget *parent)
    : QLineEdit(parent)
    , m_mode(mode)
{
    setPlaceholderText(mode == Mode::DateTime ? tr("not known: type 14:05, +20m or a date")
                                              : tr("none: type a date, +3d or tomorrow"));
    const QIcon icon = QIcon::fromTheme(QStringLiteral("view-calendar"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
    QAction *calendar = addAction(icon, QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Pick the date on a calendar"));
    connect(calendar, &QAction::triggered, this, &DateTimeLineEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (result().isValid())
            markValidity();
    });
    setToolTip(placeholderText());
}

void DateTimeLineEdit::setContext(const TimeInput::Context &context)
{
    m_context = context;
}

QString DateTimeLineEdit::displayFormat() const
{
    return TimeInput::editFormat(m_context.locale, m_mode == Mode::DateTime);
}

namespace {
QString formatFor(const QString &format, const QDateTime &value)
{
    // Seconds from a chat log are kept and shown; typed times rarely have them.
    return value.time().second() != 0 ? format + QStringLiteral(":ss") : format;
}
} // namespace

void DateTimeLineEdit::setDateTime(const QDateTime &value)
{
    m_value = value;
    m_shownText = value.isValid() ? m_context.locale.toString(value, formatFor(displayFormat(), value)) : QString();
    setText(m_shownText);
    m_committedText = m_shownText;
    markValidity();
}

void DateTimeLineEdit::setDate(const QDate &value)
{
    setDateTime(value.isValid() ? QDateTime(value, QTime(0, 0), Qt::UTC) : QDateTime());
}

TimeInput::Result DateTimeLineEdit::result() const
{
    if (text() == m_shownText) { // untouched: the value as given, seconds and all
        TimeInput::Result unchanged;
        unchanged.empty = !m_value.isValid();
        unchanged.at = m_value;
        return unchanged;
    }
    if (m_mode == Mode::DateTime)
        return TimeInput::parseDateTime(text(), m_context);
    TimeInput::Result result;
    const QDate today = m_context.date.isValid() ? m_context.date : QDate::currentDate();
    if (text().trimmed().isEmpty())
        result.empty = true;
    else if (const std::optional<QDate> date = TimeInput::parseDate(text(), today, m_context.locale, &result.error))
        result.at = QDateTime(*date, QTime(0, 0), Qt::UTC);
    return result;
}

QDate DateTimeLineEdit::date() const
{
    return result().at.date();
}

void DateTimeLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commit();
        QLineEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Escape && text() != m_committedText) {
        setText(m_committedText);
        markValidity();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && event->modifiers() == Qt::NoModifier
        && stepSection(event->key() == Qt::Key_Up ? 1 : -1)) {
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        smartPaste();
        event->accept();
        return;
    }
    const QString typed = event->text();
    if (typed.size() == 1 && typed.at(0).isDigit() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        && overwriteDigit(typed)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateTimeLineEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QLineEdit::focusOutEvent(event);
}

void DateTimeLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    // Pasting from the menu follows the same rule as Ctrl+V.
    if (auto *paste = menu->findChild<QAction *>(QStringLiteral("edit-paste"))) {
        disconnect(paste, &QAction::triggered, nullptr, nullptr);
        connect(paste, &QAction::triggered, this, &DateTimeLineEdit::smartPaste);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool DateTimeLineEdit::overwriteDigit(const QString &digit)
{
    if (hasSelectedText() || isReadOnly())
        return false;
    const QString current = text();
    int position = cursorPosition();
    while (position < current.size() && !current.at(position).isDigit() && !current.at(position).isLetter())
        ++position; // step over a separator
    if (position >= current.size() || !current.at(position).isDigit())
        return false;
    setSelection(position, 1);
    insert(digit); // keeps the line edit's undo and emits textEdited
    return true;
}

bool DateTimeLineEdit::stepSection(int direction)
{
    const TimeInput::Result current = result();
    if (current.empty || !current.at.isValid() || isReadOnly())
        return false;
    const QString format = formatFor(displayFormat(), current.at);
    if (m_context.locale.toString(current.at, format) != text() || format.size() != text().size())
        return false;
    const int position = cursorPosition();
    int at = qBound(0, position, int(format.size()) - 1);
    if (!QStringLiteral("dMyHms").contains(format.at(at)) && at > 0)
        --at; // the cursor just after a section
    QDateTime stepped = current.at;
    switch (format.at(at).unicode()) {
    case 'd': stepped = stepped.addDays(direction); break;
    case 'M': stepped = stepped.addMonths(direction); break;
    case 'y': stepped = stepped.addYears(direction); break;
    case 'H': stepped = stepped.addSecs(3600 * direction); break;
    case 'm': stepped = stepped.addSecs(60 * direction); break;
    case 's': stepped = stepped.addSecs(direction); break;
    default: return false;
    }
    selectAll();
    insert(m_context.locale.toString(stepped, format));
    setCursorPosition(position);
    return true;
}

void DateTimeLineEdit::smartPaste()
{
    if (isReadOnly())
        return;
    const QString pasted = QApplication::clipboard()->text().simplified();
    TimeInput::Result alone;
    if (m_mode == Mode::DateTime) {
        alone = TimeInput::parseDateTime(pasted, m_context);
    } else if (const std::optional<QDate> date = TimeInput::parseDate(pasted, QDate::currentDate(), m_context.locale)) {
        alone.at = QDateTime(*date, QTime(0, 0), Qt::UTC);
    }
    // A whole date or time replaces the field; a fragment goes where the cursor is.
    if (!alone.empty && alone.at.isValid())
        selectAll();
    insert(pasted);
}

void DateTimeLineEdit::commit()
{
    const TimeInput::Result read = result();
    if (!read.isValid()) {
        markValidity();
        return;
    }
    if (text() == m_committedText)
        return;
    // Show what was understood in the field's own form ("14:05" becomes the full date).
    const QString understood = read.empty ? QString()
                                          : m_context.locale.toString(read.at, formatFor(displayFormat(), read.at));
    m_value = read.at;
    m_shownText = understood;
    setText(understood);
    m_committedText = understood;
    Q_EMIT committed();
}

void DateTimeLineEdit::markValidity()
{
    const TimeInput::Result read = result();
    setProperty("unreadable", !read.isValid());
    if (read.isValid())
        StatusStyle::clear(this);
    else
        StatusStyle::apply(this, StatusColours::Status::Error, StatusStyle::Kind::Field);
    setToolTip(read.isValid() ? placeholderText() : read.error);
}

int DateTimeLineEdit::preferredWidth(const QFontMetrics &metrics, Mode mode, const QLocale &locale)
{
    const QDateTime widest(QDate(2000, 12, 28), QTime(23, 58, 58), Qt::UTC);
    const QString format = TimeInput::editFormat(locale, mode == Mode::DateTime);
    const QString sample = locale.toString(widest, mode == Mode::DateTime ? formatFor(format, widest) : format);
    // Text, the calendar button (about a line high) and the frame's padding.
    return metrics.horizontalAdvance(sample) + metrics.height() + 28;
}

QDate DateTimeLineEdit::calendarStartDate() const
{
    const TimeInput::Result current = result();
    if (current.at.isValid())
        return current.at.date();
    return m_context.date.isValid() ? m_context.date : QDate::currentDate();
}

void DateTimeLineEdit::showCalendar()
{
    if (isReadOnly())
        return;
    const TimeInput::Result current = result();
    const QDate shown = calendarStartDate();
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setSelectedDate(shown);
    calendar->setCurrentPage(shown.year(), shown.month());
    auto *holder = new QWidgetAction(&popup);
    holder->setDefaultWidget(calendar);
    popup.addAction(holder);
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup, current](const QDate &picked) {
        popup.close();
        QDateTime value;
        if (current.at.isValid()) {
            value = current.at;
            value.setDate(picked);
        } else {
            const QTime time = m_context.relativeTo.isValid() ? m_context.relativeTo.time() : QTime(QTime::currentTime().hour(), 0);
            value = QDateTime(picked, m_mode == Mode::Date ? QTime(0, 0) : time, Qt::OffsetFromUTC,
                              m_mode == Mode::Date ? 0 : m_context.utcOffsetSeconds);
        }
        selectAll();
        insert(m_context.locale.toString(value, formatFor(displayFormat(), value)));
        commit();
    });
    connect(calendar, &QCalendarWidget::activated, calendar, &QCalendarWidget::clicked);
    popup.exec(mapToGlobal(QPoint(width() - popup.sizeHint().width(), height())));
}

} // namespace Whyboard
