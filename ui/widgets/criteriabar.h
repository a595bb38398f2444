#pragma once

#include "domain/accountfilter.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace educonnect::ui {

class MultiSelectButton;

// The criteria of an accounts list, as one AccountFilter: a name search (applied after 300 ms
// without typing, at once on Return, cleared by Escape), the multi-select buttons the screen asks
// for, a reset button and the « Filtre actif » marker. The buttons wrap onto a second row when the
// window is narrow.
//
//   Élèves:        CriteriaBar(tr("Last or first name"), {Mef, Classes, States, Origins, Email})
//   Responsables:  CriteriaBar(tr("Last or first name (parent or pupil)"), {Classes, States, Email, Origins})
class CriteriaBar : public QWidget
{
    Q_OBJECT
public:
    enum class Criterion { Mef, Classes, States, Origins, Email, FollowUp };

    CriteriaBar(const QString &searchLabel, const QList<Criterion> &criteria, QWidget *parent = nullptr);

    const AccountFilter &filter() const { return m_filter; }
    // The values a data-driven criterion (MEF, Classes) offers, in display order. Ticked values
    // that are still offered stay ticked. The other criteria have fixed values.
    void setChoices(Criterion criterion, const QStringList &values);
    // Clears every criterion (one filter change).
    void reset();
    // Clears every criterion but this one, which gets these values (one filter change): a list
    // opened from the statistics.
    void showOnly(Criterion criterion, const QSet<QString> &values);
    // Applies the search text now instead of after the pause.
    void applyNow();

    bool hasCriterion(Criterion criterion) const { return m_buttons.contains(criterion); }
    MultiSelectButton *button(Criterion criterion) const { return m_buttons.value(criterion); }
    QLineEdit *searchEdit() const { return m_search; }
    // The pause after the last keystroke before the search applies.
    static constexpr int kSearchDelayMs = 300;

signals:
    void filterChanged(const educonnect::AccountFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MultiSelectButton *makeButton(Criterion criterion);
    AccountFilter filterFromWidgets() const;

    QLineEdit *m_search;
    QMap<Criterion, MultiSelectButton *> m_buttons;
    QPushButton *m_resetButton;
    QLabel *m_filterActive;
    QTimer *m_searchTimer;
    AccountFilter m_filter;
};

} // namespace educonnect::ui
