#pragma once

#include <QSet>
#include <QToolButton>

class QMenu;

namespace educonnect::ui {

// A criteria button with a menu of checkable values (Classe(s), État(s) de compte, MEF).
// Nothing checked means "all". The menu stays open while the user ticks several values.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    // French agrees « sélectionnés » with the label's gender: « Classe(s) : 3 sélectionnées ».
    enum class Gender { Masculine, Feminine };

    explicit MultiSelectButton(const QString &label, Gender gender = Gender::Masculine, QWidget *parent = nullptr);

    // Values shown in the menu; `values` (same length, optional) is what selection() reports.
    void setItems(const QStringList &texts, const QStringList &values = {});
    QSet<QString> selection() const;
    void setSelection(const QSet<QString> &values);

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QString m_label;
    Gender m_gender;
    QStringList m_texts; // as shown, one per menu entry (the entries' own texts escape `&`)
    QMenu *m_menu;
};

} // namespace educonnect::ui
