#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Whyboard {

class SessionDocument;

// The status bar's live figures: time to detect, time to resolve, duration, estimated cost.
// Unknown figures read "unknown"; inconsistent times show a warning with the reason.
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

private:
    void refresh();

    QPointer<SessionDocument> m_document;
    QLabel *m_detect = nullptr;
    QLabel *m_resolve = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_problems = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace Whyboard
