#pragma once

#include "domain/establishment.h"
#include "workflows/session.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;

namespace educonnect::ui {

// The band on top of every tab, like the web screens': the establishment (UAI and name), the user
// and their role, online or offline and since when, and the last sync.
class HeaderBar : public QWidget
{
    Q_OBJECT
public:
    struct State
    {
        std::optional<Establishment> establishment;
        QString userName; // empty: nobody signed in
        UserRole role = UserRole::None;
        bool online = false;
        QDateTime since; // of `online`'s value: the last change, or the window's start
        QDateTime lastSync;
    };

    explicit HeaderBar(QWidget *parent = nullptr);

    void setState(const State &state);

private:
    QLabel *m_establishment;
    QLabel *m_user;
    QLabel *m_connection;
    QLabel *m_lastSync;
};

} // namespace educonnect::ui
