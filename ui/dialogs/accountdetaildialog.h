#pragma once

#include "domain/accountkind.h"
#include "domain/guardian.h"
#include "domain/student.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLineEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace educonnect {
class ApiClient;
class Store;
} // namespace educonnect

namespace educonnect::ui {

// One account, pupil or parent, as the cache knows it: identifier, state, origin, e-mail, dates,
// and the linked accounts (a pupil's parents, a parent's children), each of which opens in turn
// (Enter or double-click). The provisional password is fetched from the server only when asked
// (« Afficher »), shown while the dialog is open, never cached, and wiped when it is hidden or
// the dialog closes. « (Re)notifier… » and « Réinitialiser le mot de passe… » (offered once the
// account was notified, as the state table says) hand the account to the window's flows. An
// account « En cours d'activation » can get its confirmation e-mail again, to its address or to a
// corrected one.
class AccountDetailDialog : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        Store *store = nullptr;
        QString uai;
        ApiClient *client = nullptr; // null when the server cannot be asked
        QString whyNoServer;
        bool guardiansAllowed = true; // the user may see parents' accounts
    };

    AccountDetailDialog(Source source, AccountKind kind, const QString &accountId, QWidget *parent = nullptr);
    ~AccountDetailDialog() override;

    AccountKind kind() const { return m_kind; }
    QString accountId() const { return m_id; }
    // The password as shown (masked or clear), for tests.
    QString passwordText() const;
    QPushButton *revealButton() const { return m_reveal; }
    QListWidget *linkedList() const { return m_linked; }
    QLineEdit *activationEmailEdit() const { return m_activationEmail; }
    QPushButton *resendButton() const { return m_resend; }

    // Shows another account (a linked one) in this dialog; false when the cache does not know it.
    bool showAccount(AccountKind kind, const QString &accountId);

signals:
    void notifyRequested(educonnect::AccountKind kind, const QString &accountId);
    void resetRequested(educonnect::AccountKind kind, const QString &accountId);
    // The server sent the confirmation link again (and may have saved a corrected address).
    void activationEmailSent(educonnect::AccountKind kind, const QString &accountId);

protected:
    void done(int result) override;

private:
    void toggleReveal();
    void resendActivationEmail();
    void forgetPassword();

    Source m_source;
    AccountKind m_kind = AccountKind::Student;
    QString m_id;
    bool m_mayHavePassword = false;
    QString m_password; // memory only, while shown
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_passwordLabel;
    QLabel *m_passwordNote;
    QPushButton *m_reveal;
    QLabel *m_linkedLabel;
    QListWidget *m_linked;
    QPushButton *m_notify;
    QPushButton *m_reset;
    QWidget *m_activationRow;
    QLineEdit *m_activationEmail;
    QPushButton *m_resend;
    QLabel *m_activationNote;
    int m_request = 0; // a reply for an earlier account or click is ignored
};

} // namespace educonnect::ui
