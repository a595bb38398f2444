#include "signindialog.h"

#include "ui_signindialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

SignInDialog::SignInDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->otpEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,6}"_s), this));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QString &url)
{
    m_ui->serverEdit->setText(url);
}

void SignInDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->otpEdit->clear();
    m_ui->otpEdit->setFocus();
}

void SignInDialog::submit()
{
    const QUrl url = QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
    if (!url.isValid() || url.scheme() != u"https"_s) {
        showError(tr("Enter the server address, starting with https://"));
        return;
    }
    if (m_ui->loginEdit->text().trimmed().isEmpty() || m_ui->passwordEdit->text().isEmpty()
        || m_ui->otpEdit->text().size() != 6) {
        showError(tr("Enter the login, the password and the six-digit code."));
        return;
    }
    setBusy(true);
    m_ui->errorLabel->hide();
    emit submitted(url.toString(), m_ui->loginEdit->text().trimmed(), m_ui->passwordEdit->text(),
                   m_ui->otpEdit->text());
}

} // namespace educonnect::ui
