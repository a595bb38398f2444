#pragma once

// Internal to cache/: small helpers the Store's implementation files share.

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace educonnect::cache_detail {

using namespace Qt::StringLiterals;

inline Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{u"cache"_s, what + u": "_s + error.text(), 0};
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

inline QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant optionalDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// Rolls back unless committed; keeps every early return safe.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace educonnect::cache_detail
