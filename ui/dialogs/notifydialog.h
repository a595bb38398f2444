#pragma once

#include "domain/accountkind.h"
#include "domain/guardian.h"
#include "domain/notificationrecord.h"
#include "domain/student.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NotifyDialog;
}

namespace educonnect::ui {

// Confirms a (re)notification of pupil or parent accounts: the channel (printable letters, or
// e-mails: then who has no address, by name, and whether they get paper letters in the same run),
// how many accounts per state, what each will get (DESIGN.md section 2), the reset option and its
// warnings; who it is when there is only one account (a pupil with its class, a parent with the
// pupils it covers).
class NotifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotifyDialog(const QList<Student> &selected, QWidget *parent = nullptr);
    explicit NotifyDialog(const QList<Guardian> &selected, QWidget *parent = nullptr);
    ~NotifyDialog() override;

    AccountKind kind() const { return m_kind; }
    bool reset() const;
    void setReset(bool reset);
    // The channel: letters (default) or e-mails sent by the server.
    NotificationChannel channel() const;
    void setChannel(NotificationChannel channel);
    // By e-mail: whether the accounts without an address get paper letters in the same run.
    bool paperForTheOthers() const;
    void setPaperForTheOthers(bool paper);

    // The line naming the only selected account; empty when there are several.
    static QString describe(const Student &student);
    static QString describe(const Guardian &guardian);

private:
    NotifyDialog(AccountKind kind, const QList<AccountState> &states, const QString &oneAccount,
                 const QStringList &withoutEmail, QWidget *parent);
    template <typename Account> static QStringList withoutEmail(const QList<Account> &accounts);
    template <typename Account>
    static int notifiedTodayIn(const QList<Account> &accounts);
    template <typename Account> static QList<AccountState> statesOf(const QList<Account> &accounts);
    void updatePlan();

    std::unique_ptr<Ui::NotifyDialog> m_ui;
    AccountKind m_kind;
    QList<AccountState> m_states;
    int m_notifiedToday = 0; // accounts already notified today: a reset would kill their letters
    QStringList m_withoutEmail; // names of the accounts without an address
};

} // namespace educonnect::ui
