#include "criteriabar.h"

#include "domain/clock.h"
#include "domain/staterules.h"
#include "widgets/flowlayout.h"
#include "widgets/multiselectbutton.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

constexpr std::array kOrigins{AccountOrigin::School, AccountOrigin::Guardian, AccountOrigin::FranceConnect,
                              AccountOrigin::Aten,   AccountOrigin::Ent,      AccountOrigin::Unknown};
// « Suivi »: accounts to chase (DESIGN.md section 2: a letter is valid three months).
const QString kLate15 = u"late15"_s;
const QString kLate30 = u"late30"_s;
const QString kExpiring = u"expiring"_s;
const QString kWithEmail = u"with"_s;
const QString kWithoutEmail = u"without"_s;

} // namespace

CriteriaBar::CriteriaBar(const QString &searchLabel, const QList<Criterion> &criteria, QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(searchLabel);
    m_search->setPlaceholderText(searchLabel);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(searchLabel) + 60);
    m_search->setMaximumWidth(std::max(420, m_search->minimumWidth()));
    m_search->installEventFilter(this);
    m_resetButton = new QPushButton(tr("Reset criteria"), this);
    m_resetButton->setObjectName(u"resetCriteriaButton"_s);
    m_resetButton->setEnabled(false);
    m_filterActive = new QLabel(tr("● Filter active"), this);
    m_filterActive->setObjectName(u"filterActiveLabel"_s);
    m_filterActive->setStyleSheet(u"color: #b35c00; font-weight: bold;"_s);
    m_filterActive->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_resetButton);
    searchRow->addWidget(m_filterActive);
    searchRow->addStretch(1);

    auto *buttonRows = new FlowLayout;
    buttonRows->setContentsMargins(0, 0, 0, 0);
    for (Criterion criterion : criteria) {
        if (m_buttons.contains(criterion))
            continue;
        MultiSelectButton *button = makeButton(criterion);
        m_buttons.insert(criterion, button);
        buttonRows->addWidget(button);
        connect(button, &MultiSelectButton::selectionChanged, this, &CriteriaBar::applyNow);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(buttonRows);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(u"searchTimer"_s);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CriteriaBar::applyNow);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CriteriaBar::applyNow);
    connect(m_resetButton, &QPushButton::clicked, this, &CriteriaBar::reset);
}

MultiSelectButton *CriteriaBar::makeButton(Criterion criterion)
{
    MultiSelectButton *button = nullptr;
    switch (criterion) {
    case Criterion::Mef:
        button = new MultiSelectButton(tr("MEF"), MultiSelectButton::Gender::Masculine, this);
        button->setObjectName(u"mefFilter"_s);
        break;
    case Criterion::Classes:
        button = new MultiSelectButton(tr("Class(es)"), MultiSelectButton::Gender::Feminine, this);
        button->setObjectName(u"classFilter"_s);
        break;
    case Criterion::States: {
        button = new MultiSelectButton(tr("Account state(s)"), MultiSelectButton::Gender::Masculine, this);
        button->setObjectName(u"stateFilter"_s);
        QStringList labels;
        QStringList keys;
        for (AccountState state : kAllAccountStates) {
            labels << accountStateLabel(state);
            keys << accountStateApiName(state);
        }
        button->setItems(labels, keys);
        break;
    }
    case Criterion::Origins: {
        button = new MultiSelectButton(tr("Origin"), MultiSelectButton::Gender::Feminine, this);
        button->setObjectName(u"originFilter"_s);
        QStringList labels;
        QStringList keys;
        for (AccountOrigin origin : kOrigins) {
            labels << accountOriginLabel(origin);
            keys << accountOriginApiName(origin);
        }
        button->setItems(labels, keys);
        break;
    }
    case Criterion::Email:
        button = new MultiSelectButton(tr("E-mail address"), MultiSelectButton::Gender::Feminine, this);
        button->setObjectName(u"emailFilter"_s);
        button->setItems({tr("with an address"), tr("without an address")}, {kWithEmail, kWithoutEmail});
        break;
    case Criterion::FollowUp:
        button = new MultiSelectButton(tr("Follow-up"), MultiSelectButton::Gender::Masculine, this);
        button->setObjectName(u"followUpFilter"_s);
        button->setItems({tr("notified over 15 days ago, not activated"),
                          tr("notified over 30 days ago, not activated"),
                          tr("letter expired or expiring within %n day(s)", nullptr, kLetterExpirySoonDays)},
                         {kLate15, kLate30, kExpiring});
        break;
    }
    return button;
}

void CriteriaBar::setChoices(Criterion criterion, const QStringList &values)
{
    if (criterion != Criterion::Mef && criterion != Criterion::Classes)
        return; // states, origins and e-mail come with their fixed values
    if (MultiSelectButton *button = m_buttons.value(criterion))
        button->setItems(values); // emits selectionChanged if a ticked value went away
}

AccountFilter CriteriaBar::filterFromWidgets() const
{
    AccountFilter filter;
    filter.setText(m_search->text());
    if (const MultiSelectButton *b = m_buttons.value(Criterion::Mef))
        filter.setMefLabels(b->selection());
    if (const MultiSelectButton *b = m_buttons.value(Criterion::Classes))
        filter.setClasses(b->selection());
    if (const MultiSelectButton *b = m_buttons.value(Criterion::States)) {
        QSet<AccountState> states;
        for (const QString &key : b->selection()) {
            if (const auto state = accountStateFromApiName(key))
                states.insert(*state);
        }
        filter.setStates(states);
    }
    if (const MultiSelectButton *b = m_buttons.value(Criterion::Origins)) {
        QSet<AccountOrigin> origins;
        for (const QString &key : b->selection()) {
            if (const auto origin = accountOriginFromApiName(key))
                origins.insert(*origin);
        }
        filter.setOrigins(origins);
    }
    if (const MultiSelectButton *b = m_buttons.value(Criterion::FollowUp)) {
        const QSet<QString> chosen = b->selection();
        const QDate today = Clock::today();
        // Both delays ticked: the shorter one, which takes in the other.
        filter.setNotActivatedAfter(chosen.contains(kLate15) ? 15 : chosen.contains(kLate30) ? 30 : 0, today);
        filter.setLetterExpiringWithin(chosen.contains(kExpiring) ? kLetterExpirySoonDays : -1, today);
    }
    if (const MultiSelectButton *b = m_buttons.value(Criterion::Email)) {
        // Both ticked is the same as none: any.
        const QSet<QString> chosen = b->selection();
        filter.setEmail(chosen == QSet<QString>{kWithEmail}      ? AccountFilter::Email::With
                        : chosen == QSet<QString>{kWithoutEmail} ? AccountFilter::Email::Without
                                                                 : AccountFilter::Email::Any);
    }
    return filter;
}

void CriteriaBar::applyNow()
{
    m_searchTimer->stop();
    const bool changed = m_filter.set(filterFromWidgets());
    m_filterActive->setVisible(m_filter.isActive());
    m_resetButton->setEnabled(m_filter.isActive() || !m_search->text().isEmpty());
    if (changed)
        emit filterChanged(m_filter);
}

void CriteriaBar::reset()
{
    showOnly(Criterion::Classes, {});
}

void CriteriaBar::showOnly(Criterion criterion, const QSet<QString> &values)
{
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
            const QSignalBlocker blockButton(it.value());
            it.value()->setSelection(it.key() == criterion ? values : QSet<QString>());
        }
    }
    applyNow();
}

bool CriteriaBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_search->clear();
        applyNow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace educonnect::ui
