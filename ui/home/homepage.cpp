#include "homepage.h"

#include "domain/accountstate.h"
#include "exports/statisticsexport.h"
#include "letters/letter.h"
#include "widgets/plaintext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and addresses come from the server
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// The Statistiques tab's figure, in the interface's language, with its sign.
QString percentWithSign(double percent)
{
    return percentText(percent, QLocale()) + u"\u00a0%"_s;
}

} // namespace

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    m_welcome = new QLabel(tr("Welcome"), this);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setTextFormat(Qt::PlainText); // carries the user's name, from the server
    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_welcome->setFont(big);

    // The establishment: the choice, then what the cache knows of it.
    auto *establishmentBox = new QGroupBox(tr("Establishment"), this);
    m_chooseLabel = new QLabel(tr("Choose an &establishment:"), establishmentBox);
    m_establishments = new QComboBox(establishmentBox);
    m_establishments->setObjectName(u"establishmentCombo"_s);
    m_establishments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooseLabel->setBuddy(m_establishments);
    connect(m_establishments, &QComboBox::activated, this, [this](int index) {
        emit establishmentChosen(m_establishments->itemData(index).toString());
    });
    m_name = plainLabel(u"establishmentName"_s, establishmentBox);
    m_uai = plainLabel(u"establishmentUai"_s, establishmentBox);
    m_type = plainLabel(u"establishmentType"_s, establishmentBox);
    m_pupilUrl = plainLabel(u"establishmentPupilUrl"_s, establishmentBox);
    m_guardianUrl = plainLabel(u"establishmentGuardianUrl"_s, establishmentBox);
    m_lastSync = plainLabel(u"establishmentLastSync"_s, establishmentBox);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_chooseLabel);
    chooseRow->addWidget(m_establishments);
    chooseRow->addStretch(1);
    auto *details = new QFormLayout;
    details->addRow(tr("Name:"), m_name);
    details->addRow(tr("UAI:"), m_uai);
    details->addRow(tr("Type:"), m_type);
    details->addRow(tr("Pupils' letters:"), m_pupilUrl);
    details->addRow(tr("Parents' letters:"), m_guardianUrl);
    details->addRow(tr("Data of:"), m_lastSync);
    auto *establishmentLayout = new QVBoxLayout(establishmentBox);
    establishmentLayout->addLayout(chooseRow);
    establishmentLayout->addLayout(details);

    // The accounts by state, from the cache: it works offline.
    auto *summaryBox = new QGroupBox(tr("Accounts"), this);
    m_summary = new QTableWidget(2, int(kAllAccountStates.size()) + 2, summaryBox);
    m_summary->setObjectName(u"summaryTable"_s);
    QStringList columns;
    for (AccountState state : kAllAccountStates)
        columns << accountStateLabel(state);
    columns << tr("Total") << tr("% activated");
    m_summary->setHorizontalHeaderLabels(columns);
    m_summary->setVerticalHeaderLabels({tr("Pupils"), tr("Parents")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_parentsSummary = plainLabel(u"parentsSummaryLabel"_s, summaryBox);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary, 0, Qt::AlignLeft);
    summaryLayout->addWidget(m_parentsSummary);

    // The usual tasks, one click away.
    auto *shortcutsBox = new QGroupBox(tr("Shortcuts"), this);
    auto shortcut = [shortcutsBox](const QString &objectName, const QString &text, const QString &help) {
        auto *button = new QPushButton(text, shortcutsBox);
        button->setObjectName(objectName);
        button->setStatusTip(help);
        return button;
    };
    m_classLetters = shortcut(u"classLettersButton"_s, tr("A class's &letters…"),
                              tr("Choose a class and the accounts: their letters go to the printer."));
    auto *students = shortcut(u"openStudentsButton"_s, tr("&Pupils' accounts"), tr("The list of pupils' accounts."));
    m_guardians = shortcut(u"openGuardiansButton"_s, tr("P&arents' accounts"), tr("The list of parents' accounts."));
    auto *statistics = shortcut(u"openStatisticsButton"_s, tr("S&tatistics"), tr("Activation by class, level or MEF."));
    m_reprint = shortcut(u"reprintButton"_s, tr("Print a &batch again…"),
                         tr("The letters of an earlier notification, while they are valid."));
    QFont strong = m_classLetters->font();
    strong.setBold(true);
    m_classLetters->setFont(strong);
    connect(m_classLetters, &QPushButton::clicked, this, &HomePage::classLettersRequested);
    connect(students, &QPushButton::clicked, this, &HomePage::openStudentsRequested);
    connect(m_guardians, &QPushButton::clicked, this, &HomePage::openGuardiansRequested);
    connect(statistics, &QPushButton::clicked, this, &HomePage::openStatisticsRequested);
    connect(m_reprint, &QPushButton::clicked, this, &HomePage::reprintRequested);
    auto *shortcutsLayout = new QGridLayout(shortcutsBox);
    shortcutsLayout->addWidget(m_classLetters, 0, 0);
    shortcutsLayout->addWidget(m_reprint, 0, 1);
    shortcutsLayout->addWidget(students, 1, 0);
    shortcutsLayout->addWidget(m_guardians, 1, 1);
    shortcutsLayout->addWidget(statistics, 2, 0);
    shortcutsLayout->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(establishmentBox);
    layout->addWidget(summaryBox);
    layout->addWidget(shortcutsBox);
    layout->addStretch(1);
    setEstablishment(std::nullopt, {}, false, {});
}

void HomePage::setUser(const QString &name)
{
    m_welcome->setText(name.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(name));
}

void HomePage::setEstablishments(const QList<Establishment> &choices, const QString &current)
{
    const QSignalBlocker blocker(m_establishments);
    m_establishments->clear();
    for (const Establishment &e : choices)
        m_establishments->addItem(e.name.isEmpty() ? e.uai : u"%1 – %2"_s.arg(e.uai, e.name), e.uai);
    m_establishments->setCurrentIndex(m_establishments->findData(current));
    // One establishment: nothing to choose, but the combo says which.
    m_establishments->setEnabled(choices.size() > 1);
    m_chooseLabel->setEnabled(choices.size() > 1);
    m_establishments->setToolTip(choices.size() > 1 ? QString()
                                                    : tr("There is only one establishment to choose from."));
}

void HomePage::setEstablishment(const std::optional<Establishment> &establishment, const StatisticsRow &total,
                                bool parentsKnown, const QDateTime &lastSync)
{
    const QString none = tr("—");
    m_name->setText(establishment ? establishment->name : tr("No establishment yet: sign in to synchronize one."));
    m_uai->setText(establishment ? establishment->uai : none);
    m_type->setText(establishment && !establishment->type.isEmpty() ? establishment->type : none);
    // What the letters print, by the letters' own rule.
    const QString uai = establishment ? establishment->uai : QString();
    const LetterContext pupils = letterContext(AccountKind::Student, establishment, uai, {});
    const LetterContext parents = letterContext(AccountKind::Guardian, establishment, uai, {});
    m_pupilUrl->setText(!pupils.activationUrl.isEmpty() ? pupils.activationUrl
                                                        : tr("no address (none enabled in Settings)"));
    m_guardianUrl->setText(parents.extraUrl.isEmpty()
                               ? parents.activationUrl
                               : tr("%1 and %2").arg(parents.activationUrl, parents.extraUrl));
    m_lastSync->setText(lastSync.isValid() ? tr("last synchronized on %1")
                                                 .arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat))
                                           : tr("never synchronized"));

    auto fill = [this](int row, const StateCounts &counts) {
        for (int column = 0; column < int(kAllAccountStates.size()); ++column)
            m_summary->setItem(row, column, new QTableWidgetItem(QLocale().toString(counts.counts[size_t(column)])));
        m_summary->setItem(row, int(kAllAccountStates.size()), new QTableWidgetItem(QLocale().toString(counts.total())));
        m_summary->setItem(row, int(kAllAccountStates.size()) + 1,
                           new QTableWidgetItem(percentWithSign(percentOf(counts.activated(), counts.total()))));
        for (int column = 0; column < m_summary->columnCount(); ++column)
            m_summary->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    fill(0, total.pupils);
    fill(1, total.parents);
    m_summary->setRowHidden(1, !parentsKnown);
    m_parentsSummary->setVisible(parentsKnown);
    m_parentsSummary->setText(tr("%1 of the pupils have at least one parent whose account is activated.")
                                  .arg(percentWithSign(total.withActivatedParentPercent())));
    m_guardians->setVisible(parentsKnown);
    m_summary->resizeColumnsToContents();
    m_summary->adjustSize();
}

void HomePage::setServerActionsEnabled(bool enabled, const QString &whyNot)
{
    for (QPushButton *button : {m_classLetters, m_reprint}) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : plainToolTip(whyNot));
    }
}

} // namespace educonnect::ui
