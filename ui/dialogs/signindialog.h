#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace educonnect::ui {

// Server, login, password, one-time code. The dialog only collects; the main window signs in and
// reports back with showError() or accept().
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QString &url);
    void setLogin(const QString &login);
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void submitted(const QString &server, const QString &login, const QString &password, const QString &otp);

private:
    void submit();
    std::unique_ptr<Ui::SignInDialog> m_ui;
};

} // namespace educonnect::ui
