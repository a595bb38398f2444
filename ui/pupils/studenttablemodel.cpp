#include "studenttablemodel.h"

#include "domain/schoolorder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

StudentTableModel::StudentTableModel(QObject *parent) : AccountListModel<Student>(parent)
{
    // Widths that fill a 1200 px window without a horizontal scroll bar.
    setColumns({
        nameColumn(tr("Pupil"), 210),
        ColumnSpec(
            tr("Class"), [](const Student &s) { return s.className; }, 90)
            // School order (6e … Terminale, post-bac): the stage leads the class's key.
            .sortByKey([](const Student &s) {
                return QChar(u'a' + schoolStage(s.level, s.className)) + u' ' + s.className;
            }),
        ColumnSpec(
            tr("MEF"), [](const Student &s) { return s.mef.label; }, 200)
            .toolTip([](const Student &s) {
                return s.mef.code.isEmpty() ? s.mef.label : s.mef.label + u" ("_s + s.mef.code + u')';
            })
            .sortByKey([](const Student &s) { return s.mef.label; }),
        loginColumn(140),
        stateColumn(170),
        originColumn(110),
        notifiedColumn(120),
        lastLoginColumn(100),
        passwordStateColumn(170),
    });
}

QStringList StudentTableModel::classNames() const
{
    QHash<QString, QString> levelOf; // a class's level, from its first pupil
    for (int row = 0; row < rowCount(); ++row) {
        const Student &s = student(row);
        if (!s.className.isEmpty() && !levelOf.contains(s.className))
            levelOf.insert(s.className, s.level);
    }
    QStringList list = levelOf.keys();
    const ClassOrder order;
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        return order.compare(a, b, levelOf.value(a), levelOf.value(b)) < 0;
    });
    return list;
}

QStringList StudentTableModel::mefLabels() const
{
    return distinct([](const Student &s) { return s.mef.label; });
}

} // namespace educonnect::ui
