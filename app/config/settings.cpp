#include "settings.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

struct KeySpec
{
    QString name;
    QVariant defaultValue;
};

const KeySpec &spec(Settings::Key key)
{
    static const QHash<Settings::Key, KeySpec> table{
        {Settings::Key::ServerUrl, {u"server/url"_s, QString()}},
        {Settings::Key::Login, {u"server/login"_s, QString()}},
        {Settings::Key::CaFile, {u"server/caFile"_s, QString()}},
        {Settings::Key::Language, {u"ui/language"_s, u"fr"_s}},
        {Settings::Key::WindowGeometry, {u"ui/windowGeometry"_s, QByteArray()}},
        {Settings::Key::WindowState, {u"ui/windowState"_s, QByteArray()}},
        {Settings::Key::LastUai, {u"session/lastUai"_s, QString()}},
        {Settings::Key::LastManagesGuardians, {u"session/managesGuardians"_s, false}},
        {Settings::Key::LetterLayout, {u"letters/layout"_s, u"official"_s}},
        {Settings::Key::LetterQrCode, {u"letters/qrCode"_s, false}},
        {Settings::Key::LetterSheets, {u"letters/distributionSheets"_s, false}},
        {Settings::Key::LetterPerClass, {u"letters/perClass"_s, u"none"_s}},
        {Settings::Key::PrinterName, {u"printer/name"_s, QString()}},
        {Settings::Key::PrinterDuplex, {u"printer/duplex"_s, false}},
        {Settings::Key::IdleLockMinutes, {u"ui/idleLockMinutes"_s, 10}},
    };
    return *table.constFind(key);
}

} // namespace

Settings::Settings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat)
{
    if (m_settings.value(u"meta/version"_s, 0).toInt() < kVersion)
        m_settings.setValue(u"meta/version"_s, kVersion);
}

QVariant Settings::value(Key key) const
{
    const KeySpec &s = spec(key);
    return m_settings.value(s.name, s.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(spec(key).name, value);
}

} // namespace educonnect
