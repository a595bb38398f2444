#include "accountdetaildialog.h"

#include "cache/store.h"
#include "domain/credentials.h"
#include "remote/apiclient.h"
#include "widgets/accounttexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
const QString kMasked = u"******"_s; // as the lists show a password

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString listedName(const QString &lastName, const QString &firstName)
{
    return (lastName.toUpper() + u' ' + firstName).trimmed();
}

} // namespace

AccountDetailDialog::AccountDetailDialog(Source source, AccountKind kind, const QString &accountId, QWidget *parent)
    : QDialog(parent), m_source(std::move(source))
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"detailTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *fields = new QWidget(this);
    m_form = new QFormLayout(fields);

    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(u"passwordLabel"_s);
    m_passwordLabel->setTextFormat(Qt::PlainText);
    // Read, not copied: a clipboard (and Windows' clipboard history) would keep it.
    m_passwordLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_passwordLabel->font().pointSizeF() * 1.2);
    m_passwordLabel->setFont(mono);
    m_reveal = new QPushButton(tr("Show"), this);
    m_reveal->setObjectName(u"revealButton"_s);
    m_passwordNote = plainLabel(QString(), this);
    m_passwordNote->setObjectName(u"passwordNote"_s);
    auto *passwordRow = new QWidget(this);
    auto *passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_passwordLabel);
    passwordLayout->addWidget(m_reveal);
    passwordLayout->addStretch(1);

    // « Renvoyer le mail d'activation »: the address, correctable, and the button.
    m_activationRow = new QWidget(this);
    m_activationEmail = new QLineEdit(m_activationRow);
    m_activationEmail->setObjectName(u"activationEmailEdit"_s);
    m_activationEmail->setMaxLength(254);
    m_resend = new QPushButton(tr("Resend the activation e-mail"), m_activationRow);
    m_resend->setObjectName(u"resendActivationButton"_s);
    auto *activationLayout = new QHBoxLayout(m_activationRow);
    activationLayout->setContentsMargins(0, 0, 0, 0);
    activationLayout->addWidget(m_activationEmail, 1);
    activationLayout->addWidget(m_resend);
    m_activationNote = plainLabel(QString(), this);
    m_activationNote->setObjectName(u"activationNote"_s);

    m_linkedLabel = new QLabel(this);
    m_linked = new QListWidget(this);
    m_linked->setObjectName(u"linkedAccounts"_s);
    m_linked->setMaximumHeight(120);
    m_linkedLabel->setBuddy(m_linked);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_notify = buttons->addButton(tr("(Re)notify…"), QDialogButtonBox::ActionRole);
    m_notify->setObjectName(u"detailNotifyButton"_s);
    m_reset = buttons->addButton(tr("Reset the password…"), QDialogButtonBox::ActionRole);
    m_reset->setObjectName(u"detailResetButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(fields);
    layout->addWidget(m_passwordNote);
    layout->addWidget(m_activationRow);
    layout->addWidget(m_activationNote);
    layout->addWidget(m_linkedLabel);
    layout->addWidget(m_linked);
    layout->addWidget(buttons);
    // The password row sits in the form, after the other fields.
    m_form->addRow(tr("Password:"), passwordRow);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reveal, &QPushButton::clicked, this, &AccountDetailDialog::toggleReveal);
    connect(m_resend, &QPushButton::clicked, this, &AccountDetailDialog::resendActivationEmail);
    connect(m_linked, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        if (!id.isEmpty())
            showAccount(AccountKind(item->data(kKindRole).toInt()), id);
    });
    connect(m_notify, &QPushButton::clicked, this, [this] {
        emit notifyRequested(m_kind, m_id);
        accept();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        emit resetRequested(m_kind, m_id);
        accept();
    });
    resize(520, sizeHint().height());
    showAccount(kind, accountId);
}

AccountDetailDialog::~AccountDetailDialog()
{
    forgetPassword();
}

bool AccountDetailDialog::showAccount(AccountKind kind, const QString &accountId)
{
    forgetPassword();
    auto pupils = m_source.store->students(m_source.uai);
    auto guardians = m_source.store->guardians(m_source.uai);
    if (!pupils || !guardians)
        return false;
    const Student *pupil = nullptr;
    const Guardian *guardian = nullptr;
    for (const Student &s : pupils.value())
        pupil = s.id == accountId ? &s : pupil;
    for (const Guardian &g : guardians.value())
        guardian = g.id == accountId ? &g : guardian;
    if ((kind == AccountKind::Student && !pupil) || (kind == AccountKind::Guardian && !guardian))
        return false;

    m_kind = kind;
    m_id = accountId;
    ++m_request;
    while (m_form->rowCount() > 1)
        m_form->removeRow(0);
    m_linked->clear();
    int row = 0;
    auto add = [&](const QString &label, const QString &value) {
        m_form->insertRow(row++, label, plainLabel(value.isEmpty() ? tr("—") : value, this));
    };
    const QLocale locale;
    auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, u"d MMMM yyyy"_s) : QString(); };
    auto dateTime = [&](const QDateTime &d) {
        return d.isValid() ? locale.toString(d.toLocalTime(), QLocale::ShortFormat) : QString();
    };

    AccountState state = AccountState::NotNotified;
    if (kind == AccountKind::Student) {
        setWindowTitle(tr("Pupil's account"));
        m_title->setText(listedName(pupil->lastName, pupil->firstName));
        add(tr("Identifier:"), pupil->login);
        add(tr("Class:"), pupil->className);
        add(tr("MEF:"), pupil->mef.label);
        add(tr("Birth date:"), date(pupil->birthDate));
        state = pupil->state;
        add(tr("State:"), accountStateLabel(state));
        add(tr("Origin:"), accountOriginLabel(pupil->origin));
        add(tr("E-mail:"), pupil->email);
        add(tr("Notified on:"), date(pupil->notifiedAt));
        add(tr("Last sign-in:"), dateTime(pupil->lastLoginAt));
        m_linkedLabel->setText(tr("Parents (Enter or double-click opens one):"));
        // Parents' accounts only for a user who may manage them (not a delegated staff member).
        for (const QString &id : m_source.guardiansAllowed ? pupil->guardianIds : QStringList()) {
            for (const Guardian &g : guardians.value()) {
                if (g.id != id)
                    continue;
                auto *item = new QListWidgetItem(listedName(g.lastName, g.firstName) + u" — "_s
                                                     + accountStateLabel(g.state),
                                                 m_linked);
                item->setData(kKindRole, int(AccountKind::Guardian));
                item->setData(kIdRole, g.id);
            }
        }
    } else {
        setWindowTitle(tr("Parent's account"));
        m_title->setText(listedName(guardian->lastName, guardian->firstName));
        add(tr("Identifier:"), guardian->login);
        state = guardian->state;
        add(tr("State:"), accountStateLabel(state));
        add(tr("Origin:"), accountOriginLabel(guardian->origin));
        add(tr("E-mail:"), guardian->email);
        add(tr("Mobile:"), guardian->mobile);
        add(tr("Notified on:"), date(guardian->notifiedAt));
        add(tr("Last sign-in:"), dateTime(guardian->lastLoginAt));
        m_linkedLabel->setText(tr("Children (Enter or double-click opens one):"));
        for (const GuardianChild &c : guardian->children) {
            auto *item = new QListWidgetItem(AccountTexts::childName(c) + u" ("_s
                                                 + (c.isElsewhere() ? c.establishmentName : c.className) + u')',
                                             m_linked);
            item->setData(kKindRole, int(AccountKind::Student));
            item->setData(kIdRole, c.id); // a child elsewhere has no account here
        }
    }
    m_linkedLabel->setVisible(m_linked->count() > 0);
    m_linked->setVisible(m_linked->count() > 0);

    // A password can be provisional only once the account was notified; whether it still is, only
    // the server knows.
    m_mayHavePassword = state != AccountState::NotNotified;
    m_passwordLabel->setText(m_mayHavePassword ? kMasked : tr("none yet (never notified)"));
    m_reveal->setText(tr("Show"));
    m_reveal->setVisible(m_mayHavePassword);
    m_reveal->setEnabled(m_source.client != nullptr);
    m_reveal->setToolTip(m_source.client ? tr("Asks the server for the provisional password, if it still is one.")
                                         : m_source.whyNoServer);
    m_passwordNote->clear();
    m_passwordNote->hide();
    // Waiting for the confirmation link: it can be sent again (the state table's last line).
    const bool pending = state == AccountState::ActivationPending;
    m_activationRow->setVisible(pending);
    m_activationEmail->setText(kind == AccountKind::Student ? pupil->email : guardian->email);
    m_activationEmail->setPlaceholderText(tr("E-mail address the link goes to"));
    m_resend->setEnabled(m_source.client != nullptr);
    m_resend->setToolTip(m_source.client ? tr("Sends the confirmation link again; correct the address first if "
                                              "needed (the server keeps the new one).")
                                         : m_source.whyNoServer);
    m_activationNote->clear();
    m_activationNote->hide();
    m_notify->setEnabled(m_source.client != nullptr);
    m_notify->setToolTip(m_source.client ? QString() : m_source.whyNoServer);
    // A never-notified account has no password to reset (the state table): notify it instead.
    m_reset->setVisible(m_mayHavePassword);
    m_reset->setEnabled(m_source.client != nullptr);
    m_reset->setToolTip(m_source.client ? tr("A new provisional password: the old one stops working at once.")
                                        : m_source.whyNoServer);
    return true;
}

QString AccountDetailDialog::passwordText() const
{
    return m_passwordLabel->text();
}

void AccountDetailDialog::toggleReveal()
{
    if (!m_password.isEmpty()) {
        forgetPassword();
        return;
    }
    if (!m_source.client)
        return;
    m_reveal->setEnabled(false);
    m_passwordNote->setText(tr("Asking the server…"));
    m_passwordNote->show();
    const int request = ++m_request;
    m_source.client->fetchProvisionalPassword(
        m_source.uai, m_id,
        [this, request, guard = QPointer<AccountDetailDialog>(this)](Result<QString> password) {
            if (!guard || request != m_request) {
                if (password)
                    wipeSecret(password.value());
                return;
            }
            m_reveal->setEnabled(true);
            if (!password) {
                m_passwordNote->setText(password.error().message);
                return;
            }
            m_password = password.value();
            wipeSecret(password.value());
            m_passwordLabel->setText(m_password);
            m_reveal->setText(tr("Hide"));
            m_passwordNote->setText(tr("Provisional: to change at the first sign-in. It is not kept on this computer."));
        },
        this);
}

void AccountDetailDialog::resendActivationEmail()
{
    if (!m_source.client)
        return;
    const QString address = m_activationEmail->text().trimmed();
    m_resend->setEnabled(false);
    m_activationNote->setStyleSheet(QString());
    m_activationNote->setText(tr("Sending…"));
    m_activationNote->show();
    const int request = ++m_request;
    m_source.client->resendActivationEmail(
        m_kind, m_source.uai, m_id, address,
        [this, request, guard = QPointer<AccountDetailDialog>(this)](Result<QString> to) {
            if (!guard || request != m_request)
                return;
            m_resend->setEnabled(true);
            if (!to) {
                m_activationNote->setStyleSheet(u"color: #b00020;"_s);
                m_activationNote->setText(tr("Not sent: %1").arg(to.error().message));
                return;
            }
            m_activationNote->setText(tr("The confirmation link was sent to %1.").arg(to.value()));
            emit activationEmailSent(m_kind, m_id);
        },
        this);
}

void AccountDetailDialog::forgetPassword()
{
    wipeSecret(m_password);
    if (m_passwordLabel) {
        QString shown = m_passwordLabel->text();
        m_passwordLabel->setText(m_mayHavePassword ? kMasked : m_passwordLabel->text());
        wipeSecret(shown);
    }
    if (m_reveal)
        m_reveal->setText(tr("Show"));
    if (m_passwordNote)
        m_passwordNote->hide();
}

void AccountDetailDialog::done(int result)
{
    forgetPassword();
    if (m_source.client)
        m_source.client->abort(this);
    QDialog::done(result);
}

} // namespace educonnect::ui
