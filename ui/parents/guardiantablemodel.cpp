#include "guardiantablemodel.h"

#include "domain/schoolorder.h"
#include "widgets/accounttexts.h"

using namespace Qt::StringLiterals;

namespace educonnect::ui {

GuardianTableModel::GuardianTableModel(QObject *parent) : AccountListModel<Guardian>(parent)
{
    // Widths that fill a 1200 px window without a horizontal scroll bar.
    setColumns({
        nameColumn(tr("Parent"), 190),
        ColumnSpec(tr("Attached pupil(s)"), &AccountTexts::children, 220)
            .toolTip(&GuardianTableModel::childrenToolTip)
            .sortByKey(&AccountTexts::children),
        loginColumn(130),
        stateColumn(160),
        originColumn(110),
        emailColumn(110),
        notifiedColumn(120),
        lastLoginColumn(100),
        passwordStateColumn(170),
    });
}

QString GuardianTableModel::childrenToolTip(const Guardian &guardian)
{
    QStringList lines;
    for (const GuardianChild &child : guardian.children) {
        if (child.isElsewhere())
            lines << tr("%1, in another establishment: %2 (%3)")
                         .arg(AccountTexts::childName(child), child.establishmentName, child.uai);
        else
            lines << tr("%1, class %2").arg(AccountTexts::childName(child), child.className);
    }
    return lines.join(u'\n');
}

QStringList GuardianTableModel::classNames() const
{
    QStringList classes;
    for (int row = 0; row < rowCount(); ++row)
        classes += guardian(row).childClasses();
    return distinctClassesInSchoolOrder(classes);
}

} // namespace educonnect::ui
