#include "headerbar.h"

#include "domain/clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

HeaderBar::HeaderBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"headerBar"_s);
    setAttribute(Qt::WA_StyledBackground); // the style sheet's background on a plain QWidget
    setStyleSheet(u"#headerBar { background: #000091; } #headerBar QLabel { color: white; }"_s);
    // Names come from the server: shown as typed, never as markup.
    m_establishment = new QLabel(this);
    m_establishment->setObjectName(u"establishmentLabel"_s);
    m_establishment->setTextFormat(Qt::PlainText);
    QFont bold = m_establishment->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_establishment->setFont(bold);
    m_user = new QLabel(this);
    m_user->setObjectName(u"userLabel"_s);
    m_user->setTextFormat(Qt::PlainText);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_establishment);
    layout->addStretch(1);
    layout->addWidget(m_user);
    layout->addSpacing(16);
    layout->addWidget(m_connection);
    layout->addSpacing(16);
    layout->addWidget(m_lastSync);
}

void HeaderBar::setState(const State &state)
{
    const auto &e = state.establishment;
    m_establishment->setText(e ? u"%1  %2"_s.arg(e->uai, e->name) : tr("No establishment yet"));
    const QString role = state.role == UserRole::Head        ? tr("head of establishment")
                         : state.role == UserRole::Delegated ? tr("delegated staff")
                                                             : QString();
    m_user->setText(role.isEmpty() || state.userName.isEmpty() ? state.userName
                                                               : tr("%1 (%2)").arg(state.userName, role));
    const QLocale locale;
    const QString since = state.since.date() == Clock::today() ? locale.toString(state.since.time(), QLocale::ShortFormat)
                                                               : locale.toString(state.since, QLocale::ShortFormat);
    m_connection->setText(state.online ? tr("● Online since %1").arg(since) : tr("● Offline since %1").arg(since));
    m_connection->setAccessibleName(state.online ? tr("Online") : tr("Offline"));
    m_lastSync->setText(state.lastSync.isValid()
                            ? tr("Last sync: %1").arg(locale.toString(state.lastSync.toLocalTime(), QLocale::ShortFormat))
                            : tr("Never synchronized"));
}

} // namespace educonnect::ui
