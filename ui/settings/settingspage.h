#pragma once

#include "config/settings.h"
#include "domain/establishment.h"
#include "workflows/notificationurls.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace educonnect {
class ApiClient;
} // namespace educonnect

namespace educonnect::ui {

// « Paramétrage »: the establishment's activation addresses (the pupils' one, and the parents'
// extra one), kept by the server and printed on letters once the server has verified them; and
// this computer's own preferences (letters, printer, idle lock, language), saved at once.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Settings *settings, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // The establishment as cached: its addresses fill the fields (unsaved edits of the same
    // establishment are kept).
    void setEstablishment(const Establishment &establishment);
    // The server to verify and save with. Null (offline, or a user who may not change the
    // addresses): « Verify » and « Save » are off, with `whyNot` as their tooltip.
    void setServer(ApiClient *client, const QString &uai, const QString &whyNot);

    const NotificationUrlsDraft &draft() const { return m_draft; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // The server saved the addresses: the window stores this in the cache.
    void establishmentSaved(const educonnect::Establishment &establishment);
    // The idle lock delay changed (minutes, 0: never).
    void idleLockMinutesChanged(int minutes);

private:
    struct UrlRow
    {
        NotificationUrlsDraft::Which which;
        QLineEdit *edit = nullptr;
        QPushButton *verify = nullptr;
        QLabel *status = nullptr;
        QCheckBox *enabled = nullptr;
        bool checking = false;  // a verification in flight
        QString failedUrl = {}; // the last address the server could not verify, and what it said
        QString failedText = {};
    };
    QWidget *buildAddresses();
    QWidget *buildPreferences();
    void buildUrlRow(UrlRow &row, const QString &name, const QString &checkText);
    UrlRow &row(NotificationUrlsDraft::Which which);
    void verify(UrlRow &row);
    void save();
    void showDraft();
    void updateControls();
    void setMessage(const QString &text, bool error);
    void loadPreferences();
    // The printers the system knows now, the one chosen before kept even when gone.
    void refreshPrinters();
    void setPreference(Settings::Key key, const QVariant &value);

    Settings *m_settings;
    QPointer<ApiClient> m_client;
    QString m_uai;
    QString m_whyNot;
    QString m_establishmentUai;
    NotificationUrlsDraft m_draft;
    UrlRow m_pupil{NotificationUrlsDraft::Which::Pupil};
    UrlRow m_guardian{NotificationUrlsDraft::Which::Guardian};
    bool m_saving = false;
    bool m_showing = false; // filling the widgets: their signals are not edits

    QPushButton *m_save;
    QLabel *m_message;

    QComboBox *m_layout;
    QCheckBox *m_qrCode;
    QCheckBox *m_sheets;
    QComboBox *m_printer;
    QCheckBox *m_duplex;
    QSpinBox *m_idleLock;
    QComboBox *m_language;
};

} // namespace educonnect::ui
