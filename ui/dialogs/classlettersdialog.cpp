#include "classlettersdialog.h"

#include "domain/schoolorder.h"
#include "domain/staterules.h"
#include "workflows/selection.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

ClassLettersDialog::ClassLettersDialog(Source source, QWidget *parent) : QDialog(parent), m_source(std::move(source))
{
    setWindowTitle(tr("A class's letters"));

    // Type-ahead: « 3e » offers every 3e class, anywhere in the name, case aside.
    QStringList classNames;
    for (const Student &s : m_source.pupils)
        classNames << s.className;
    m_class = new QComboBox(this);
    m_class->setObjectName(u"classCombo"_s);
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_class->addItems(distinctClassesInSchoolOrder(classNames));
    m_class->setCurrentIndex(-1);
    m_class->lineEdit()->setPlaceholderText(tr("Type a class, e.g. 3e A"));
    m_class->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_class->completer()->setFilterMode(Qt::MatchContains);
    m_class->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_class, &QComboBox::currentTextChanged, this, &ClassLettersDialog::update);

    m_pupils = new QRadioButton(tr("P&upils"), this);
    m_pupils->setObjectName(u"pupilsRadio"_s);
    m_pupils->setChecked(true);
    m_parents = new QRadioButton(tr("P&arents (filed under their youngest child's class)"), this);
    m_parents->setObjectName(u"parentsRadio"_s);
    m_parents->setEnabled(m_source.guardiansAllowed);
    if (!m_source.guardiansAllowed)
        m_parents->setToolTip(tr("This account may not manage parents' accounts."));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_pupils);
    kinds->addButton(m_parents);
    connect(kinds, &QButtonGroup::buttonToggled, this, &ClassLettersDialog::update);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_pupils);
    kindRow->addWidget(m_parents);
    kindRow->addStretch(1);

    // Those who have no letter yet, unless the user says otherwise.
    auto *stateRow = new QHBoxLayout;
    for (AccountState state : kAllAccountStates) {
        auto *check = new QCheckBox(accountStateLabel(state), this);
        check->setObjectName(u"stateCheck_"_s + accountStateApiName(state));
        check->setChecked(state == AccountState::NotNotified);
        connect(check, &QCheckBox::toggled, this, &ClassLettersDialog::update);
        stateRow->addWidget(check);
        m_stateChecks << check;
    }
    stateRow->addStretch(1);
    m_reset = new QCheckBox(tr("New &provisional passwords (the current ones stop working)"), this);
    m_reset->setObjectName(u"resetCheck"_s);
    connect(m_reset, &QCheckBox::toggled, this, &ClassLettersDialog::update);

    m_printer = new QComboBox(this);
    m_printer->setObjectName(u"printerCombo"_s);
    m_printer->addItems(m_source.printers);
    m_printer->setCurrentIndex(std::max(0, int(m_source.printers.indexOf(m_source.printer))));
    m_printer->setEnabled(!m_source.printers.isEmpty());
    if (m_source.printers.isEmpty())
        m_printer->addItem(tr("No printer installed: the letters open in their window"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"classLettersSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"printButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_source.printers.isEmpty() ? tr("&Notify") : tr("&Print"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Class:"), m_class);
    form->addRow(tr("Accounts:"), kindRow);
    form->addRow(tr("States:"), stateRow);
    form->addRow(QString(), m_reset);
    form->addRow(tr("P&rinter:"), m_printer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_class->setFocus();
    update();
}

AccountKind ClassLettersDialog::kind() const
{
    return m_parents->isChecked() ? AccountKind::Guardian : AccountKind::Student;
}

QString ClassLettersDialog::className() const
{
    return resolveClass(m_class->currentText().trimmed(), m_source.pupils).value_or(QString());
}

QSet<AccountState> ClassLettersDialog::states() const
{
    QSet<AccountState> states;
    for (size_t i = 0; i < kAllAccountStates.size(); ++i)
        if (m_stateChecks.at(int(i))->isChecked())
            states.insert(kAllAccountStates[i]);
    return states;
}

bool ClassLettersDialog::reset() const
{
    return m_reset->isChecked();
}

QString ClassLettersDialog::printer() const
{
    return m_source.printers.isEmpty() ? QString() : m_printer->currentText();
}

QList<Student> ClassLettersDialog::chosenPupils() const
{
    const QString klass = className();
    const QSet<AccountState> chosen = states();
    if (klass.isEmpty() || chosen.isEmpty() || kind() != AccountKind::Student)
        return {};
    return studentsOfClass(klass, m_source.pupils, chosen);
}

QList<Guardian> ClassLettersDialog::chosenGuardians() const
{
    const QString klass = className();
    const QSet<AccountState> chosen = states();
    if (klass.isEmpty() || chosen.isEmpty() || kind() != AccountKind::Guardian)
        return {};
    return guardiansFiledUnder(klass, m_source.guardians, m_source.pupils, chosen);
}

void ClassLettersDialog::update()
{
    const QString klass = className();
    QList<AccountState> selectedStates;
    if (kind() == AccountKind::Student) {
        for (const Student &s : chosenPupils())
            selectedStates << s.state;
    } else {
        for (const Guardian &g : chosenGuardians())
            selectedStates << g.state;
    }
    QStringList lines;
    if (m_class->currentText().trimmed().isEmpty())
        lines << tr("Type the class whose letters to print.");
    else if (klass.isEmpty())
        lines << tr("No class \"%1\" in this establishment.").arg(m_class->currentText().trimmed());
    else if (selectedStates.isEmpty())
        lines << tr("No account of %1 is in the states ticked: nothing to print.").arg(klass);
    else {
        lines << (kind() == AccountKind::Student
                      ? tr("%n pupil(s) of %1 get a letter.", nullptr, int(selectedStates.size())).arg(klass)
                      : tr("%n parent account(s) filed under %1 get a letter.", nullptr, int(selectedStates.size()))
                            .arg(klass));
        // What each state gets, and the warnings, as in the notification dialog.
        const NotifyPlan plan(selectedStates, reset());
        lines += plan.descriptions();
        lines += plan.warnings();
    }
    m_summary->setText(lines.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedStates.isEmpty());
}

} // namespace educonnect::ui
