#pragma once

#include "domain/accountfilter.h"
#include "domain/accountkind.h"
#include "exports/accountlist.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QRadioButton;

namespace educonnect {
class ApiClient;
class ListPasswordFetch;
class Store;
} // namespace educonnect

namespace educonnect::ui {

// « Lister les comptes », for pupils or parents: which accounts (the ticked ones, or those the
// criteria show), PDF or CSV or the classes' distribution sheets (no password: offline too), and the provisional passwords only if the user asks (fetched from
// the server on demand: off when offline, with the reason). Then a file name (default
// « Educonnect-ListeEleves-AAAAMMJJHHMMSS »), the passwords' progress with Cancel, and the file.
// The list is the core workflow's (accountList, ListPasswordFetch), shared with the command line.
class AccountListDialog : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        Store *store = nullptr;
        QString uai;
        AccountKind kind = AccountKind::Student;
        AccountFilter filter;  // the criteria shown
        QSet<QString> checked; // the ticked accounts
        int shownCount = 0;
        ApiClient *client = nullptr; // null when the server cannot be asked
        QString whyNoServer;         // then, why (shown in the passwords' tooltip)
    };

    explicit AccountListDialog(Source source, QWidget *parent = nullptr);
    ~AccountListDialog() override;

    // The choices, for tests that drive the dialog.
    QRadioButton *checkedScope() const { return m_checkedScope; }
    QRadioButton *pdfFormat() const { return m_pdf; }
    QRadioButton *sheetsFormat() const { return m_sheets; }
    QCheckBox *passwordsBox() const { return m_passwords; }

protected:
    // Closing (Escape, the title bar) while the passwords are being fetched cancels the fetch:
    // nothing is written, nothing is kept.
    void done(int result) override;

signals:
    // The file is written: where, and how many accounts it lists.
    void written(const QString &path, int accounts);

private:
    void save();
    void write();
    // The classes' distribution sheets of the list's accounts, as one PDF.
    void writeSheets();
    void finish(const QString &error);
    void setBusy(bool busy);

    Source m_source;
    QRadioButton *m_checkedScope;
    QRadioButton *m_shownScope;
    QRadioButton *m_csv;
    QRadioButton *m_pdf;
    QRadioButton *m_sheets = nullptr;
    QCheckBox *m_passwords;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    AccountList m_list;
    QString m_path;
    QPointer<ListPasswordFetch> m_fetch;
};

} // namespace educonnect::ui
