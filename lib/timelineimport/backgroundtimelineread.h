// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Whyboard {

// Reads an export on a worker thread, so the window never freezes on a 2 GB file: the
// preview starts a read for each change of its options; a newer read cancels the older one,
// whose result is dropped.
class BackgroundTimelineRead : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTimelineRead(QObject *parent = nullptr);
    ~BackgroundTimelineRead() override; // cancels and waits for the running read

    void start(const QString &path, const TimelineImportOptions &options);
    void cancel();
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    // done of total (bytes or entries; total 0 when unknown), for the newest read only.
    void progressed(qint64 done, qint64 total);
    void finished(const Whyboard::TimelineImportResult &result);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    int m_running = 0;
    QList<QThread *> m_threads;
};

} // namespace Whyboard
