#include "settingspage.h"

#include "letters/letter.h"
#include "letters/letterrenderer.h"
#include "remote/apiclient.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

constexpr int kMaxIdleLockMinutes = 480;

// An address in a sentence: long ones are cut, the whole one is in the tooltip.
QString shortUrl(const QString &url)
{
    constexpr int kShown = 60;
    return url.size() > kShown ? url.left(kShown - 1) + u'…' : url;
}

} // namespace

SettingsPage::SettingsPage(Settings *settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    auto *content = new QWidget(this);
    auto *columns = new QVBoxLayout(content);
    columns->addWidget(buildAddresses());
    columns->addWidget(buildPreferences());
    columns->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    loadPreferences();
    showDraft();
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::buildAddresses()
{
    auto *box = new QGroupBox(tr("Activation addresses"), this);
    box->setObjectName(u"activationAddresses"_s);
    auto *intro =
        new QLabel(tr("Kept by the server for the whole establishment. An address is printed on the "
                      "letters (and in their QR code) only once the server has verified that it "
                      "answers."),
                   box);
    intro->setWordWrap(true);
    buildUrlRow(m_pupil, u"pupilUrl"_s, tr("Print this address on the pupils' letters"));
    buildUrlRow(m_guardian, u"guardianUrl"_s,
                tr("Print this address on the parents' letters, besides %1")
                    .arg(QString::fromUtf16(kGuardianActivationUrl)));
    m_pupil.edit->setAccessibleName(tr("Pupils' activation address"));
    m_guardian.edit->setAccessibleName(tr("Parents' extra address"));

    m_save = new QPushButton(tr("Save the addresses"), box);
    m_save->setObjectName(u"saveAddresses"_s);
    m_message = new QLabel(box);
    m_message->setObjectName(u"addressesMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    int line = 0;
    for (const auto &[r, label] : {std::pair{&m_pupil, tr("Pupils' address:")},
                                   std::pair{&m_guardian, tr("Parents' extra address:")}}) {
        auto *name = new QLabel(label, box);
        name->setBuddy(r->edit);
        grid->addWidget(name, line, 0);
        grid->addWidget(r->edit, line, 1);
        grid->addWidget(r->verify, line, 2);
        grid->addWidget(r->status, ++line, 1, 1, 2);
        grid->addWidget(r->enabled, ++line, 1, 1, 2);
        ++line;
    }
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    return box;
}

void SettingsPage::buildUrlRow(UrlRow &row, const QString &name, const QString &checkText)
{
    row.edit = new QLineEdit(this);
    row.edit->setObjectName(name);
    row.edit->setMaxLength(kMaxNotificationUrlLength);
    row.edit->setPlaceholderText(u"https://"_s);
    row.edit->setClearButtonEnabled(true);
    row.verify = new QPushButton(tr("Verify"), this);
    row.verify->setObjectName(name + u"Verify"_s);
    row.status = new QLabel(this);
    row.status->setObjectName(name + u"Status"_s);
    row.status->setTextFormat(Qt::PlainText);
    row.status->setWordWrap(true);
    row.enabled = new QCheckBox(checkText, this);
    row.enabled->setObjectName(name + u"Enabled"_s);

    const NotificationUrlsDraft::Which which = row.which;
    connect(row.edit, &QLineEdit::textChanged, this, [this, which](const QString &text) {
        if (m_showing)
            return;
        m_draft.setUrl(which, text);
        m_message->clear();
        showDraft();
    });
    connect(row.edit, &QLineEdit::returnPressed, this, [this, which]() { verify(this->row(which)); });
    connect(row.verify, &QPushButton::clicked, this, [this, which]() { verify(this->row(which)); });
    connect(row.enabled, &QCheckBox::toggled, this, [this, which](bool on) {
        if (m_showing)
            return;
        m_draft.setEnabled(which, on);
        m_message->clear();
        showDraft(); // a refused tick goes back off
    });
}

SettingsPage::UrlRow &SettingsPage::row(NotificationUrlsDraft::Which which)
{
    return which == NotificationUrlsDraft::Which::Pupil ? m_pupil : m_guardian;
}

QWidget *SettingsPage::buildPreferences()
{
    auto *box = new QGroupBox(tr("Preferences on this computer"), this);
    box->setObjectName(u"localPreferences"_s);

    m_layout = new QComboBox(box);
    m_layout->setObjectName(u"preferenceLayout"_s);
    m_layout->addItem(tr("Official: A4, one letter per page"), letterLayoutName(LetterLayout::Official));
    m_layout->addItem(tr("Two per page (A5), with cut marks"), letterLayoutName(LetterLayout::TwoUp));
    m_layout->addItem(tr("Four per page (A6), with cut marks"), letterLayoutName(LetterLayout::FourUp));
    m_qrCode = new QCheckBox(tr("Add a QR code of the sign-in address (never of the password)"), box);
    m_qrCode->setObjectName(u"preferenceQrCode"_s);
    m_sheets = new QCheckBox(tr("Add each class's distribution sheet"), box);
    m_sheets->setObjectName(u"preferenceSheets"_s);

    m_printer = new QComboBox(box);
    m_printer->setObjectName(u"preferencePrinter"_s);
    m_duplex = new QCheckBox(tr("Print on both sides of the paper"), box);
    m_duplex->setObjectName(u"preferenceDuplex"_s);

    m_idleLock = new QSpinBox(box);
    m_idleLock->setObjectName(u"preferenceIdleLock"_s);
    m_idleLock->setRange(0, kMaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setKeyboardTracking(false); // "15" typed is 15, not 1 then 15
    m_idleLock->setToolTip(
        tr("The window locks after this long without keyboard or mouse: provisional passwords "
           "on screen stay hidden from passers-by. 0: never."));

    m_language = new QComboBox(box);
    m_language->setObjectName(u"preferenceLanguage"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(new QLabel(tr("Applies at the next start."), box), 1);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(new QLabel(tr("Saved at once, for this computer only."), box));
    form->addRow(tr("Letter layout:"), m_layout);
    form->addRow(QString(), m_qrCode);
    form->addRow(QString(), m_sheets);
    form->addRow(tr("Printer proposed:"), m_printer);
    form->addRow(QString(), m_duplex);
    form->addRow(tr("Lock the window after:"), m_idleLock);
    form->addRow(tr("Language:"), languageRow);
    return box;
}

void SettingsPage::loadPreferences()
{
    m_showing = true;
    auto select = [](QComboBox *box, const QString &value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(m_layout, m_settings->string(Settings::Key::LetterLayout));
    m_qrCode->setChecked(m_settings->value(Settings::Key::LetterQrCode).toBool());
    m_sheets->setChecked(m_settings->value(Settings::Key::LetterSheets).toBool());

    m_duplex->setChecked(m_settings->value(Settings::Key::PrinterDuplex).toBool());
    m_idleLock->setValue(
        std::clamp(m_settings->value(Settings::Key::IdleLockMinutes).toInt(), 0, kMaxIdleLockMinutes));
    select(m_language, m_settings->string(Settings::Key::Language));
    m_showing = false;

    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this]() { setPreference(Settings::Key::LetterLayout, m_layout->currentData()); });
    connect(m_qrCode, &QCheckBox::toggled, this,
            [this](bool on) { setPreference(Settings::Key::LetterQrCode, on); });
    connect(m_sheets, &QCheckBox::toggled, this,
            [this](bool on) { setPreference(Settings::Key::LetterSheets, on); });
    connect(m_printer, &QComboBox::currentIndexChanged, this,
            [this]() { setPreference(Settings::Key::PrinterName, m_printer->currentData()); });
    connect(m_duplex, &QCheckBox::toggled, this,
            [this](bool on) { setPreference(Settings::Key::PrinterDuplex, on); });
    connect(m_idleLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        setPreference(Settings::Key::IdleLockMinutes, minutes);
        emit idleLockMinutesChanged(minutes);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this]() { setPreference(Settings::Key::Language, m_language->currentData()); });
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // Asked of the system each time the tab shows (printers come and go), and not before: on a
    // network with many printers the question takes a while, which the window's start need not.
    refreshPrinters();
    QWidget::showEvent(event);
}

void SettingsPage::refreshPrinters()
{
    m_showing = true;
    m_printer->clear();
    m_printer->addItem(tr("The system's default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    const QString printer = m_settings->string(Settings::Key::PrinterName);
    if (!printer.isEmpty() && m_printer->findData(printer) < 0)
        m_printer->addItem(tr("%1 (not available now)").arg(printer), printer); // kept, not forgotten
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(printer)));
    m_showing = false;
}

void SettingsPage::setPreference(Settings::Key key, const QVariant &value)
{
    if (m_showing)
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
}

void SettingsPage::setEstablishment(const Establishment &establishment)
{
    if (establishment.uai.compare(m_establishmentUai, Qt::CaseInsensitive) != 0) {
        m_draft = NotificationUrlsDraft();
        m_draft.reset(establishment.notification);
        m_message->clear();
        for (UrlRow *r : {&m_pupil, &m_guardian})
            r->failedUrl.clear();
    } else {
        m_draft.setSaved(establishment.notification);
    }
    m_establishmentUai = establishment.uai;
    showDraft();
}

void SettingsPage::setServer(ApiClient *client, const QString &uai, const QString &whyNot)
{
    // Answers about another server, user or establishment are not this page's any more.
    if (m_client && (m_client != client || uai != m_uai))
        m_client->abort(this);
    m_client = client;
    m_uai = uai;
    m_whyNot = whyNot;
    updateControls();
}

void SettingsPage::verify(UrlRow &row)
{
    const QString url = row.edit->text().trimmed();
    if (!m_client || row.checking || url.isEmpty())
        return;
    row.checking = true;
    row.status->setText(tr("Verifying…"));
    updateControls();
    const NotificationUrlsDraft::Which which = row.which;
    m_client->verifyUrl(
        m_uai, url,
        [this, guard = QPointer<SettingsPage>(this), which, url](Result<UrlCheck> check) {
            if (!guard)
                return;
            UrlRow &r = this->row(which);
            r.checking = false;
            r.failedUrl.clear();
            if (!check) {
                if (check.error().code != u"cancelled"_s) {
                    r.failedUrl = url;
                    r.failedText = tr("Not verified: %1").arg(check.error().message);
                }
            } else if (m_draft.applyCheck(which, check.value()) && !check.value().reachable) {
                r.failedUrl = url;
                r.failedText = tr("✗ Not reachable (%1): %2")
                                   .arg(json::urlCheckReasonText(check.value()), shortUrl(url));
            }
            // An answer about a text changed meanwhile was not applied: it is about another address.
            showDraft();
        },
        this);
}

void SettingsPage::save()
{
    if (!m_client || m_saving || !m_draft.isModified())
        return;
    m_saving = true;
    setMessage(tr("Saving…"), false);
    updateControls();
    m_client->saveNotificationSettings(
        m_uai, m_draft.settings(),
        [this, guard = QPointer<SettingsPage>(this)](Result<Establishment> saved) {
            if (!guard)
                return;
            m_saving = false;
            if (!saved) {
                const bool cancelled = saved.error().code == u"cancelled"_s;
                setMessage(cancelled ? QString()
                                     : tr("The addresses were not saved: %1").arg(saved.error().message),
                           !cancelled);
                updateControls();
                return;
            }
            m_establishmentUai = saved.value().uai;
            m_draft.reset(saved.value().notification);
            showDraft();
            setMessage(tr("Saved. The next letters use these addresses."), false);
            emit establishmentSaved(saved.value());
        },
        this);
}

void SettingsPage::showDraft()
{
    m_showing = true;
    for (UrlRow *r : {&m_pupil, &m_guardian}) {
        const QString text = m_draft.url(r->which);
        if (r->edit->text() != text)
            r->edit->setText(text);
        r->enabled->setChecked(m_draft.isEnabled(r->which));
        const QString url = text.trimmed();
        if (r->checking)
            r->status->setText(tr("Verifying…"));
        else if (url.isEmpty())
            r->status->setText(r->which == NotificationUrlsDraft::Which::Pupil
                                   ? tr("No address: the pupils' letters carry none.")
                                   : tr("No extra address."));
        else if (m_draft.isVerified(r->which))
            r->status->setText(tr("✓ Verified by the server: %1").arg(shortUrl(url)));
        else if (r->failedUrl == url)
            r->status->setText(r->failedText);
        else
            r->status->setText(tr("Not verified yet: « Verify » before printing it on letters."));
        r->status->setToolTip(plainToolTip(url));
    }
    m_showing = false;
    updateControls();
}

void SettingsPage::updateControls()
{
    const bool online = !m_client.isNull();
    const QString offlineTip =
        plainToolTip(m_whyNot.isEmpty() ? tr("Sign in to change the addresses: they are "
                                             "kept by the server.")
                                        : m_whyNot);
    for (UrlRow *r : {&m_pupil, &m_guardian}) {
        const bool hasText = !r->edit->text().trimmed().isEmpty();
        r->edit->setReadOnly(!online || m_saving);
        r->edit->setToolTip(online ? QString() : offlineTip);
        r->verify->setEnabled(online && hasText && !r->checking && !m_saving);
        r->verify->setToolTip(
            !online ? offlineTip
                    : tr("Ask the server whether it reaches this address (it must answer before "
                         "the address can be printed on letters)."));
        const bool mayTick = m_draft.isVerified(r->which) || m_draft.isEnabled(r->which);
        r->enabled->setEnabled(online && mayTick && !m_saving);
        r->enabled->setToolTip(!online ? offlineTip
                               : mayTick
                                   ? QString()
                                   : tr("Verify this address first: only an address the server has reached "
                                        "can be printed on letters."));
    }
    m_save->setEnabled(online && !m_saving && m_draft.isModified());
    m_save->setToolTip(!online                ? offlineTip
                       : m_draft.isModified() ? tr("Send these addresses to the server.")
                                              : tr("Nothing to save: the addresses are as on the server."));
}

void SettingsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);
}

} // namespace educonnect::ui
