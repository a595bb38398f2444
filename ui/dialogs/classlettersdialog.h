#pragma once

#include "domain/accountkind.h"
#include "domain/guardian.h"
#include "domain/student.h"

#include <QDialog>
#include <QSet>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace educonnect::ui {

// « Courriers d'une classe… » (Accueil): a class (type-ahead), pupils or parents, which states,
// a printer; accepting notifies those accounts and sends their letters to that printer, with no
// other step. The same selection rules as `letters --class` (workflows/selection.h).
class ClassLettersDialog : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        QList<Student> pupils;
        QList<Guardian> guardians;
        bool guardiansAllowed = false;
        QStringList printers;  // the printers installed; none: the letters open in the letters window
        QString printer;       // the one offered first
    };

    explicit ClassLettersDialog(Source source, QWidget *parent = nullptr);

    AccountKind kind() const;
    // The class as the server spells it; empty while the text names none.
    QString className() const;
    QSet<AccountState> states() const;
    bool reset() const;
    QString printer() const; // empty: no printer, open the letters instead
    QList<Student> chosenPupils() const;
    QList<Guardian> chosenGuardians() const;

private:
    void update();

    Source m_source;
    QComboBox *m_class;
    QRadioButton *m_pupils;
    QRadioButton *m_parents;
    QList<QCheckBox *> m_stateChecks; // by kAllAccountStates
    QCheckBox *m_reset;
    QComboBox *m_printer;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace educonnect::ui
