#pragma once

#include "config/settings.h"
#include "domain/credentials.h"
#include "letters/letterrenderer.h"
#include "letters/letter.h"
#include "workflows/letterset.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPrinter;

namespace Ui {
class BatchDialog;
}

namespace educonnect {
class LetterJob;
}

namespace educonnect::ui {

// The letters of one notification run (or a reprint), held in memory: choose the layout, preview,
// save as PDF, print; again and again if a printer or a disk failed. Saving and printing run on a
// worker thread with progress and Cancel. Closing before anything was saved or printed asks first,
// since the provisional passwords would be gone.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class PerClass { None, SeparatorPages, Split };

    BatchDialog(LetterSet letters, const CredentialBatch &batch, const QString &problem, Settings *settings,
                QWidget *parent = nullptr);
    ~BatchDialog() override;

    void setSuggestedFileName(const QString &path) { m_suggestedPath = path; }
    bool wasDelivered() const { return m_delivered; }
    bool isBusy() const;
    // Closes without asking and wipes the letters (sign-out): a job in progress is cancelled.
    void discard();

    RenderOptions renderOptions() const;
    PerClass perClass() const;
    void setRenderOptions(const RenderOptions &options, PerClass perClass);

    void savePdf();
    void print();
    // Prints on this printer without asking (« Courriers d'une classe… »): the same job, progress
    // and report as print(); on failure the letters stay here for another try.
    void printOn(const QString &printerName);
    void preview();

signals:
    void jobFinished(bool ok);

protected:
    void done(int result) override;

private:
    LetterRenderer renderer() const;
    void printWith(const std::shared_ptr<QPrinter> &printer);
    void runJob(const std::function<Result<int>(const LetterRenderer::Progress &)> &work,
                const std::function<QString(int)> &success, const QString &failurePrefix);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);
    void rememberOptions();

    std::unique_ptr<Ui::BatchDialog> m_ui;
    AccountKind m_kind;
    LetterContext m_context;
    QList<Letter> m_letters;
    LetterTemplate m_texts;
    Settings *m_settings;
    QString m_suggestedPath;
    QPointer<LetterJob> m_job;
    bool m_delivered = false;
};

} // namespace educonnect::ui
