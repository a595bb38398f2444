#pragma once

#include "domain/establishment.h"
#include "domain/statistics.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace educonnect::ui {

// Accueil: who is signed in, the establishment (the choice, for users who manage several, and its
// details), a summary of its accounts from the cache, and shortcuts to the usual tasks.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    void setUser(const QString &name);
    // The establishments the user may choose from (signed in: the account's; offline: those
    // cached here), and the one shown.
    void setEstablishments(const QList<Establishment> &choices, const QString &current);
    // The details and the summary of the establishment shown, from the cache. `total`: its
    // accounts by state (activationStatistics' establishment row); parents' figures only when
    // `parentsKnown`.
    void setEstablishment(const std::optional<Establishment> &establishment, const StatisticsRow &total,
                          bool parentsKnown, const QDateTime &lastSync);
    // Shortcuts that need the server, off with the reason in their tooltip.
    void setServerActionsEnabled(bool enabled, const QString &whyNot);

signals:
    void establishmentChosen(const QString &uai);
    void classLettersRequested();
    void openStudentsRequested();
    void openGuardiansRequested();
    void openStatisticsRequested();
    void reprintRequested();

private:
    QLabel *m_welcome;
    QComboBox *m_establishments;
    QLabel *m_chooseLabel;
    QLabel *m_name;
    QLabel *m_uai;
    QLabel *m_type;
    QLabel *m_pupilUrl;
    QLabel *m_guardianUrl;
    QLabel *m_lastSync;
    QTableWidget *m_summary;
    QLabel *m_parentsSummary;
    QPushButton *m_classLetters;
    QPushButton *m_reprint;
    QPushButton *m_guardians;
};

} // namespace educonnect::ui
