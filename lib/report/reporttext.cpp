#include "report/reporttext.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Whyboard {

QString ReportText::utcOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString ReportText::date(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString ReportText::timeOfDay(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString ReportText::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date(time), timeOfDay(time), utcOffset(time));
}

QString ReportText::duration(std::optional<qint64> milliseconds)
{
    return milliseconds ? IncidentMetrics::formatDuration(*milliseconds) : Labels::notSet();
}

QString ReportText::money(std::optional<double> amount, const QString &currency)
{
    if (!amount)
        return {};
    // The ISO code before the figure in every locale, as finance writes it ("USD 9,750"),
    // held together by a no-break space in narrow columns; whole units from 100 up, since
    // the cost is an estimate.
    const QString figure = QLocale().toString(*amount, 'f', *amount >= 100 ? 0 : 2);
    return currency.isEmpty() ? figure : currency + QChar::Nbsp + figure;
}

} // namespace Whyboard
