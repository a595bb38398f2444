#include "lockscreen.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"lockScreen"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"lockLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // carries the user's name, from the server
    QFont big = m_label->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_label->setFont(big);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_otp = new QLineEdit(this);
    m_otp->setObjectName(u"unlockOtp"_s);
    m_otp->setMaxLength(6);
    m_otp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_message = new QLabel(this);
    m_message->setObjectName(u"unlockMessage"_s);
    m_message->setTextFormat(Qt::PlainText); // server errors
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_signOut = new QPushButton(tr("Sign &out and unlock"), this);
    m_signOut->setObjectName(u"lockSignOutButton"_s);
    m_signOut->setToolTip(tr("For someone else at this computer: the session ends and letters not yet printed are "
                             "dropped (print them again with \"Print a batch again…\")."));
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_otp, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("One-time &code:"), m_otp);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    auto *box = new QWidget(this);
    box->setFixedWidth(480); // a word-wrapped text needs a width to know its height
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_label);
    boxLayout->addLayout(m_form);
    boxLayout->addWidget(m_message);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void LockScreen::prepare(const QString &who, bool needsCredentials, int minutes)
{
    m_needsCredentials = needsCredentials;
    const QString locked = minutes > 0 ? tr("Locked after %n minute(s) without use.", nullptr, minutes)
                                       : tr("Locked after a while without use.");
    m_label->setText(locked + u' '
                     + (needsCredentials ? tr("%1, enter your password and a one-time code to go on.").arg(who)
                                         : tr("Nobody is signed in: unlock to go on.")));
    m_form->setRowVisible(m_password, needsCredentials);
    m_form->setRowVisible(m_otp, needsCredentials);
    m_signOut->setVisible(needsCredentials);
    m_password->clear();
    m_otp->clear();
    m_message->clear();
    setChecking(false);
    (needsCredentials ? static_cast<QWidget *>(m_password) : static_cast<QWidget *>(m_unlock))->setFocus();
}

void LockScreen::setChecking(bool checking)
{
    m_unlock->setEnabled(!checking);
    m_signOut->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_otp->setEnabled(!checking);
    if (checking)
        m_message->setText(tr("Checking…"));
}

void LockScreen::showError(const QString &message)
{
    m_message->setText(message);
    m_password->setFocus();
}

void LockScreen::submit()
{
    if (!m_unlock->isEnabled())
        return;
    if (!m_needsCredentials)
        return emit unlockRequested({}, {});
    const QString password = m_password->text();
    const QString otp = m_otp->text().trimmed();
    // Never left in a field, whatever the answer.
    m_password->clear();
    m_otp->clear();
    if (password.isEmpty() || otp.isEmpty())
        return showError(tr("Enter your password and a one-time code."));
    emit unlockRequested(password, otp);
}

} // namespace educonnect::ui
