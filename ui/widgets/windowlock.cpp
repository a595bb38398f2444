#include "windowlock.h"

#include "dialogs/uiseams.h"
#include "widgets/idlewatcher.h"
#include "widgets/lockscreen.h"

#include <QDialog>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

QByteArray passwordDigest(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 20000, 32);
}

} // namespace

WindowLock::WindowLock(QWidget *window, QStackedWidget *stack, QWidget *content)
    : QObject(window), m_window(window), m_stack(stack), m_content(content), m_idle(new IdleWatcher(this)),
      m_screen(new LockScreen(stack))
{
    m_stack->addWidget(m_screen);
    connect(m_idle, &IdleWatcher::idle, this, &WindowLock::lock);
    connect(m_screen, &LockScreen::unlockRequested, this, &WindowLock::tryUnlock);
    connect(m_screen, &LockScreen::signOutRequested, this, [this]() {
        ++m_attempt; // an answer still on its way opens nothing
        emit signOutRequested();
    });
}

WindowLock::~WindowLock() = default;

void WindowLock::rememberUser(const ServerConfig &config, const QString &login, const QString &name,
                              const QString &password)
{
    m_config = config;
    m_login = login;
    m_name = name;
    m_salt = QByteArray(16, Qt::Uninitialized); // drawn afresh at each sign-in
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 4);
    m_digest = passwordDigest(password, m_salt);
}

void WindowLock::forgetUser()
{
    m_config.reset();
    m_login.clear();
    m_name.clear();
    m_salt.clear();
    m_digest.clear();
}

void WindowLock::lock()
{
    if (m_locked)
        return;
    if ((m_mayLock && !m_mayLock()) || isWaitingForAnAnswer())
        return m_idle->restart();
    m_locked = true;
    // Dialogs opened from the window (letters, lists, an account's detail) hide with it, and
    // come back as they were; a job running in the letters window goes on.
    m_hidden.clear();
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible()) {
            m_hidden << dialog;
            dialog->hide();
        }
    }
    m_screen->prepare(m_name.isEmpty() ? m_login : m_name, m_config.has_value(), int(m_idle->delayMs() / 60000));
    m_stack->setCurrentWidget(m_screen);
    emit lockedChanged(true);
}

void WindowLock::tryUnlock(const QString &password, const QString &otp)
{
    if (!m_locked)
        return;
    if (!m_config)
        return unlock(); // nobody signed in since the start or the last sign-out: nothing to keep
    const int attempt = ++m_attempt;
    m_screen->setChecking(true);
    // A client of its own: a wrong code must not end the session the window works with.
    auto *checker = new ApiClient(*m_config, this);
    checker->signIn(m_login, password, otp, [this, checker, attempt, password](Result<json::SessionUser> user) {
        if (user)
            checker->signOut([checker](const Result<void> &) { checker->deleteLater(); });
        else
            checker->deleteLater();
        if (attempt != m_attempt || !m_locked)
            return; // signed out meanwhile, or another attempt
        m_screen->setChecking(false);
        if (user)
            return unlock();
        const QString code = user.error().code;
        if ((code == u"network"_s || code == u"timeout"_s) && !m_digest.isEmpty()
            && passwordDigest(password, m_salt) == m_digest) {
            unlock();
            return emit message(tr("Unlocked with your password alone: the server could not be reached to check "
                                   "the one-time code."));
        }
        m_screen->showError(user.error().message);
    });
}

void WindowLock::unlock()
{
    m_locked = false;
    ++m_attempt;
    m_stack->setCurrentWidget(m_content);
    emit lockedChanged(false);
    for (const QPointer<QWidget> &dialog : std::exchange(m_hidden, {}))
        if (dialog)
            dialog->show();
    m_idle->restart();
}

void WindowLock::closeHiddenAndUnlock()
{
    for (const QPointer<QWidget> &dialog : std::exchange(m_hidden, {}))
        if (dialog)
            dialog->close();
    unlock();
}

} // namespace educonnect::ui
