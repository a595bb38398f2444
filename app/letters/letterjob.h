#pragma once

#include "letters/letterrenderer.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QThread;

namespace educonnect {

// Runs letter work (rendering a PDF, printing) on a worker thread, so the window stays responsive;
// reports progress and can be cancelled. Results arrive on the thread that started the job.
class LetterJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Result<int>(const LetterRenderer::Progress &progress)>;

    explicit LetterJob(Work work, QObject *parent = nullptr);
    ~LetterJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int done);
    void finished(const educonnect::Result<int> &result);

private:
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace educonnect
