#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace educonnect {

// A fixed table of an enum's wire names (API values, settings, command-line words), so each
// mapping is written once and read both ways.
template <typename Enum, std::size_t N>
class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, const char16_t *>, N> entries) : m_entries(entries) {}

    QString name(Enum value) const
    {
        for (const auto &[e, n] : m_entries) {
            if (e == value)
                return QString::fromUtf16(n);
        }
        return {};
    }

    std::optional<Enum> fromName(QStringView name) const
    {
        for (const auto &[e, n] : m_entries) {
            if (name == QStringView(n))
                return e;
        }
        return std::nullopt;
    }

private:
    std::array<std::pair<Enum, const char16_t *>, N> m_entries;
};

} // namespace educonnect
