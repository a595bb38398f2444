#include "letterjob.h"

#include <QElapsedTimer>
#include <QThread>

namespace educonnect {

LetterJob::LetterJob(Work work, QObject *parent) : QObject(parent), m_work(std::move(work)) {}

LetterJob::~LetterJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LetterJob::start()
{
    if (m_thread)
        return;
    m_cancelled = false;
    m_thread = QThread::create([this]() {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const LetterRenderer::Progress progress = [this, &sinceReport](int done) {
            if (sinceReport.elapsed() >= 50) { // a few updates per second are enough for a progress bar
                sinceReport.restart();
                QMetaObject::invokeMethod(this, [this, done]() { emit this->progress(done); }, Qt::QueuedConnection);
            }
            return !m_cancelled.load();
        };
        Result<int> result = m_work(progress);
        QMetaObject::invokeMethod(
            this,
            [this, result]() {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace educonnect
