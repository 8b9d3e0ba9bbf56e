// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Whyboard {

class SessionDocument;

// The status bar's live figures: time to detect, time to resolve, duration, estimated cost.
// Unknown figures read "unknown"; inconsistent times show a warning with the reason. Where the
// status bar is too narrow for the names (German and French ones are long), only the values
// show; each figure's tooltip still says what it is.
class MetricsStatus : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsStatus(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);

    QString timeToDetectText() const;
    QString timeToResolveText() const;
    QString durationText() const;
    QString costText() const;
    QString problemsText() const;
    // Values only, without their names.
    bool isCompact() const { return m_compact; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    int widthFor(bool compact) const;
    void setCompact(bool compact);

    QPointer<SessionDocument> m_document;
    QLabel *m_detect = nullptr;
    QLabel *m_resolve = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_problems = nullptr;
    QMetaObject::Connection m_connection;
    bool m_compact = false;
};

} // namespace Whyboard
