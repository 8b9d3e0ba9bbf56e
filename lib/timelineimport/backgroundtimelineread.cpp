// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/backgroundtimelineread.h"

#include "timelineimport/timelineimporter.h"

#include <QThread>

namespace Whyboard {

BackgroundTimelineRead::BackgroundTimelineRead(QObject *parent)
    : QObject(parent)
{
}

BackgroundTimelineRead::~BackgroundTimelineRead()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait(); // each read checks its cancel flag as it goes, so this is short
    qDeleteAll(m_threads);
}

void BackgroundTimelineRead::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
}

void BackgroundTimelineRead::start(const QString &path, const TimelineImportOptions &options)
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    // The destructor waits for the thread, so `this` outlives it; queued calls to a deleted
    // object are dropped by Qt, and a result of an older read by the generation check.
    QThread *thread = QThread::create([this, path, options, cancelled, generation] {
        const ImportProgress progress = [this, cancelled, generation](qint64 done, qint64 total) {
            if (!cancelled->load())
                QMetaObject::invokeMethod(this, [this, generation, done, total] {
                    if (m_generation == generation)
                        Q_EMIT progressed(done, total);
                }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        const TimelineImportResult result = TimelineImporter::read(path, options, progress);
        QMetaObject::invokeMethod(this, [this, generation, result] {
            if (m_generation == generation)
                Q_EMIT finished(result);
        }, Qt::QueuedConnection);
    });
    ++m_running;
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        --m_running;
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace Whyboard
