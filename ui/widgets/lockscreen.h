#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace educonnect::ui {

// What the window shows once locked (Paramétrage's idle delay): who it waits for, their password
// and a one-time code, and a way out for someone else (sign out). The checking is the window's.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    // `who`: the user whose session (or letters) the lock keeps; empty: nobody's, one click
    // unlocks. `minutes`: the idle delay that locked it (0: unknown).
    void prepare(const QString &who, bool needsCredentials, int minutes);
    // While the server checks: the buttons wait.
    void setChecking(bool checking);
    void showError(const QString &message);

signals:
    // Empty password and code when none are needed.
    void unlockRequested(const QString &password, const QString &otp);
    void signOutRequested();

private:
    void submit();

    bool m_needsCredentials = false;
    QFormLayout *m_form;
    QLabel *m_label;
    QLineEdit *m_password;
    QLineEdit *m_otp;
    QLabel *m_message;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};

} // namespace educonnect::ui
