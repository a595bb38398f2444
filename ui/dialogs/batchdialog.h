#pragma once

#include "domain/credentials.h"
#include "letters/pupilletter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BatchDialog;
}

namespace educonnect::ui {

// The letters of one notification run, held in memory: save as PDF, print, again if a printer or
// disk failed. Closing before anything was saved or printed asks first, since the provisional
// passwords would be gone.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    BatchDialog(LetterContext context, QList<PupilLetter> letters, const CredentialBatch &batch,
                const QString &problem, QWidget *parent = nullptr);
    ~BatchDialog() override;

    void setSuggestedFileName(const QString &path) { m_suggestedPath = path; }
    bool wasDelivered() const { return m_delivered; }

    void savePdf();
    void print();

protected:
    void done(int result) override;

private:
    std::unique_ptr<Ui::BatchDialog> m_ui;
    LetterContext m_context;
    QList<PupilLetter> m_letters;
    QString m_suggestedPath;
    bool m_delivered = false;
};

} // namespace educonnect::ui
