// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/metricsstatus.h"

#include "analysis/incidentmetrics.h"
#include "document/sessiondocument.h"
#include "ui/statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>

namespace Whyboard {

namespace {
QString valueOf(const QLabel *label)
{
    return label->property("value").toString();
}

QString nameOf(const QLabel *label)
{
    return label->property("name").toString();
}

void showText(QLabel *label, bool compact)
{
    const QString value = valueOf(label).toHtmlEscaped();
    label->setText(compact ? QStringLiteral("<b>%1</b>").arg(value)
                           : QStringLiteral("%1 <b>%2</b>").arg(nameOf(label).toHtmlEscaped(), value));
}

void showFigure(QLabel *label, const QString &name, const QString &value, bool compact)
{
    label->setProperty("name", name);
    label->setProperty("value", value);
    showText(label, compact);
}

// The width a figure's text takes, the value in bold, as the label lays it out.
int figureWidth(const QLabel *label, bool compact)
{
    QFont bold = label->font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(valueOf(label));
    if (!compact)
        width += label->fontMetrics().horizontalAdvance(nameOf(label) + QLatin1Char(' '));
    return width + 2 * (label->margin() + label->frameWidth()) + 2;
}
} // namespace

MetricsStatus::MetricsStatus(QWidget *parent)
    : QWidget(parent)
    , m_detect(new QLabel(this))
    , m_resolve(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_problems(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    m_problems->setObjectName(QStringLiteral("metricsProblems"));
    QFont bold = m_problems->font();
    bold.setBold(true);
    m_problems->setFont(bold);
    StatusStyle::apply(m_problems, StatusColours::Status::Error, StatusStyle::Kind::Text);
    for (QLabel *label : {m_problems, m_detect, m_resolve, m_duration, m_cost})
        layout->addWidget(label);
    m_detect->setToolTip(tr("Time to detect: from the start of the incident to its detection"));
    m_resolve->setToolTip(tr("Time to resolve: from the start of the incident to its resolution"));
    m_duration->setToolTip(tr("How long the incident lasted"));
    m_cost->setToolTip(tr("Estimated cost: cost per minute × duration"));
    setDocument(nullptr);
}

void MetricsStatus::setDocument(SessionDocument *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection = connect(document, &SessionDocument::sessionFieldChanged, this, &MetricsStatus::refresh);
    refresh();
}

QString MetricsStatus::timeToDetectText() const { return valueOf(m_detect); }
QString MetricsStatus::timeToResolveText() const { return valueOf(m_resolve); }
QString MetricsStatus::durationText() const { return valueOf(m_duration); }
QString MetricsStatus::costText() const { return valueOf(m_cost); }
QString MetricsStatus::problemsText() const { return m_problems->isHidden() ? QString() : m_problems->toolTip(); }

void MetricsStatus::refresh()
{
    setVisible(m_document != nullptr);
    if (!m_document)
        return;
    const Session &session = m_document->session();
    const IncidentMetrics metrics = IncidentMetrics::compute(session);
    const auto duration = [](const std::optional<qint64> &msecs) {
        return msecs ? IncidentMetrics::formatDuration(*msecs) : tr("unknown");
    };
    showFigure(m_detect, tr("To detect:"), duration(metrics.timeToDetect), m_compact);
    showFigure(m_resolve, tr("To resolve:"), duration(metrics.timeToResolve), m_compact);
    showFigure(m_duration, tr("Duration:"), duration(metrics.duration), m_compact);
    QString cost = tr("unknown");
    if (metrics.estimatedCost) {
        cost = IncidentMetrics::formatCost(*metrics.estimatedCost, metrics.currency);
    }
    showFigure(m_cost, tr("Cost:"), cost, m_compact);
    // A new draft has no times yet: that shows as "unknown", not as an alarm. Only times that
    // contradict each other (resolved before started, ...) raise the warning.
    m_problems->setText(metrics.inconsistencies.isEmpty() ? QString() : tr("⚠ Check the times"));
    m_problems->setToolTip(metrics.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!metrics.inconsistencies.isEmpty());
    updateGeometry();
    if (isVisible())
        setCompact(width() < widthFor(false));
}

int MetricsStatus::widthFor(bool compact) const
{
    int width = 0;
    int shown = 0;
    for (const QLabel *label : {m_detect, m_resolve, m_duration, m_cost}) {
        width += figureWidth(label, compact);
        ++shown;
    }
    if (!m_problems->isHidden()) {
        width += m_problems->sizeHint().width();
        ++shown;
    }
    return width + (shown - 1) * layout()->spacing();
}

QSize MetricsStatus::sizeHint() const
{
    return QSize(widthFor(false), QWidget::sizeHint().height());
}

QSize MetricsStatus::minimumSizeHint() const
{
    return QSize(widthFor(true), QWidget::minimumSizeHint().height());
}

void MetricsStatus::resizeEvent(QResizeEvent *event)
{
    setCompact(event->size().width() < widthFor(false));
    QWidget::resizeEvent(event);
}

void MetricsStatus::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (QLabel *label : {m_detect, m_resolve, m_duration, m_cost})
        showText(label, compact);
}

} // namespace Whyboard
