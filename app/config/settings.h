#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace educonnect {

// Typed settings with one table of keys and defaults, stored as an INI file in the data folder.
// Never holds a password, an OTP or a token.
class Settings
{
public:
    enum class Key {
        ServerUrl, Login, CaFile, Language, WindowGeometry, WindowState, LastUai,
        // What the last user to sign in here may manage: offline, the window shows no more.
        LastManagesGuardians,
        // Letters: the last choices, and the last printer (a secretariat prints on the same one).
        LetterLayout, LetterQrCode, LetterSheets, LetterPerClass, PrinterName, PrinterDuplex,
        // Minutes without keyboard or mouse before the window locks; 0: never.
        IdleLockMinutes
    };

    explicit Settings(const QString &iniPath);

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    void setValue(Key key, const QVariant &value);
    void sync() { m_settings.sync(); }

    static constexpr int kVersion = 1;

private:
    QSettings m_settings;
};

} // namespace educonnect
