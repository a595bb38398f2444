#pragma once

#include "remote/apiclient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QStackedWidget;
class QWidget;

namespace educonnect::ui {

class IdleWatcher;
class LockScreen;

// The lock of a shared machine (Paramétrage's idle delay). After the delay without input, the
// window's content and every dialog of the window hide behind a lock screen. Whoever signed in
// (even if the session expired since) opens it with their password and a one-time code, checked
// by a sign-in of its own that leaves the window's session alone; when the server cannot be
// reached, the password alone, against a salted PBKDF2 digest kept in memory only. Nobody signed
// in: one click. It does not lock while the window says it may not (a run being sent) or a dialog
// waits for an answer in exec(): then one delay later.
class WindowLock : public QObject
{
    Q_OBJECT
public:
    // `window`: whose dialogs hide; `stack` shows `content`, or the lock screen it adds.
    WindowLock(QWidget *window, QStackedWidget *stack, QWidget *content);
    ~WindowLock() override;

    IdleWatcher *idleWatcher() const { return m_idle; }
    LockScreen *lockScreen() const { return m_screen; }
    bool isLocked() const { return m_locked; }
    // Asked at each idle period: false puts the lock off by one delay.
    void setMayLock(std::function<bool()> mayLock) { m_mayLock = std::move(mayLock); }

    // Who the lock asks for, from a sign-in (the password only as its salted digest).
    void rememberUser(const ServerConfig &config, const QString &login, const QString &name, const QString &password);
    // Signed out: nothing of anyone's to keep any more.
    void forgetUser();

    void lock();
    void unlock();
    // The user chose « Se déconnecter et déverrouiller » and the window signed out: what the lock
    // hid was theirs, so it closes instead of coming back.
    void closeHiddenAndUnlock();

signals:
    void lockedChanged(bool locked);
    // « Se déconnecter et déverrouiller »: the window ends the session and drops its letters, then
    // calls closeHiddenAndUnlock().
    void signOutRequested();
    void message(const QString &text);

private:
    void tryUnlock(const QString &password, const QString &otp);

    QWidget *m_window;
    QStackedWidget *m_stack;
    QWidget *m_content;
    IdleWatcher *m_idle;
    LockScreen *m_screen;
    std::function<bool()> m_mayLock;
    bool m_locked = false;
    int m_attempt = 0; // a check's answer counts only for the attempt it was made for
    QList<QPointer<QWidget>> m_hidden;
    std::optional<ServerConfig> m_config;
    QString m_login;
    QString m_name;
    QByteArray m_salt;
    QByteArray m_digest;
};

} // namespace educonnect::ui
