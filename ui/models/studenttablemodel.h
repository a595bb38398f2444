#pragma once

#include "domain/student.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QIcon>
#include <QSet>

#include <vector>

namespace educonnect::ui {

// The pupils of one establishment, as the Élèves table shows them. Check state lives here as a
// set of account ids, so it survives sorting, filtering and a refresh from the cache.
class StudentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SelectColumn, NameColumn, ClassColumn, MefColumn, LoginColumn, StateColumn, OriginColumn,
                  NotifiedColumn, LastLoginColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit StudentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Full reload (model reset).
    void setStudents(const QList<Student> &students);
    // Applies a refreshed list with fine-grained signals: changed rows, removals, insertions.
    void updateStudents(const QList<Student> &students);

    const Student &student(int row) const { return m_rows[size_t(row)].student; }
    const QString &searchKey(int row) const { return m_rows[size_t(row)].searchKey; }
    // Collation-aware comparison of two rows on a column (French, numeric): for the sort proxy.
    bool lessThan(int leftRow, int rightRow, int column) const;

    QSet<QString> checkedIds() const { return m_checked; }
    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(int row) const { return m_checked.contains(student(row).id); }
    void setChecked(const QList<int> &rows, bool checked);
    void clearChecked();

    // Distinct values for the criteria lists, collated.
    QStringList classNames() const;
    QStringList mefLabels() const;

signals:
    void checkedChanged(int count);

private:
    struct Row
    {
        Student student;
        QString searchKey;
        QCollatorSortKey nameKey;
        QCollatorSortKey classKey;
    };
    Row makeRow(const Student &student) const;
    template <typename Field>
    QStringList distinct(Field field) const;

    std::vector<Row> m_rows;
    QSet<QString> m_checked;
    QIcon m_stateIcons[4];
};

} // namespace educonnect::ui
