#include "domain/credentials.h"
#include "domain/establishment.h"
#include "domain/notificationrecord.h"
#include "domain/schoolorder.h"
#include "remote/totp.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace educonnect;

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void uaiCheckLetter_data()
    {
        QTest::addColumn<QString>("uai");
        QTest::addColumn<bool>("valid");
        QTest::newRow("design example") << u"0450750W"_s << true;
        QTest::newRow("demo establishment") << u"0459876R"_s << true;
        QTest::newRow("lower-case letter") << u"0450750w"_s << true;
        QTest::newRow("wrong letter") << u"0450750X"_s << false;
        QTest::newRow("letter I is not in the alphabet") << u"0000008I"_s << false;
        QTest::newRow("too short") << u"045075W"_s << false;
        QTest::newRow("too long") << u"04507500W"_s << false;
        QTest::newRow("not digits") << u"04A0750W"_s << false;
        QTest::newRow("empty") << u""_s << false;
    }
    void uaiCheckLetter()
    {
        QFETCH(QString, uai);
        QTEST(isValidUai(uai), "valid");
    }

    // RFC 6238 appendix B (SHA-1), last six digits of each code.
    void totpMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"353130"_s;
    }
    void totpMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(totpCode("12345678901234567890", QDateTime::fromSecsSinceEpoch(time, Qt::UTC)), code);
    }

    void base32Decoding()
    {
        auto decoded = decodeBase32(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), QByteArray("12345678901234567890"));
        QVERIFY(decodeBase32(u"gezd gnbv"_s).ok()); // spaces and lower case accepted
        QVERIFY(!decodeBase32(u"GEZ1"_s).ok());     // 1 is not base32
    }

    void batchKeepsEveryChunkAndWipesPasswords()
    {
        CredentialBatch batch;
        const QDateTime t1 = QDateTime(QDate(2026, 9, 2), QTime(8, 0), Qt::UTC);
        batch.append(u"b1"_s, t1, t1.addMonths(3), {{u"1"_s, u"a.martin12"_s, u"PT4HUMM2"_s, LetterVariant::Distribution}},
                     {}, {});
        batch.append(u"b2"_s, t1.addSecs(5), t1.addMonths(3).addSecs(5),
                     {{u"2"_s, u"b.leroy40"_s, QString(), LetterVariant::Redistribution}},
                     {{u"3"_s, u"unknown_account"_s}}, {});
        QCOMPARE(batch.batchIds(), QStringList({u"b1"_s, u"b2"_s}));
        QCOMPARE(batch.letters().size(), 2);
        QCOMPARE(batch.skipped().size(), 1);
        QCOMPARE(batch.createdAt(), t1);
        QCOMPARE(batch.expiresAt(), t1.addMonths(3));

        batch.wipe();
        QVERIFY(batch.letters().at(0).temporaryPassword.isEmpty());
        QCOMPARE(batch.letters().at(0).login, u"a.martin12"_s); // only secrets go
    }
    // Classes as a school lists them: collège, lycée, post-bac; within a stage by name, numbers
    // in natural order; the level code decides when the name says nothing.
    void classesInSchoolOrder()
    {
        QStringList classes{u"BTS MSP 1"_s, u"1re STMG"_s, u"Tle G1"_s, u"3e A"_s, u"2nde 10"_s, u"6e B"_s,
                            u"2nde GATL"_s, u"5e A"_s, u"Atelier relais"_s, u"1ère G2"_s, u"2nde 2"_s,
                            u"4e C"_s, u"6e A"_s, u"Terminale STMG"_s, u"1CAP EPC"_s, u"2CAP EPC"_s};
        std::sort(classes.begin(), classes.end(), ClassOrder());
        QCOMPARE(classes, QStringList({u"6e A"_s, u"6e B"_s, u"5e A"_s, u"4e C"_s, u"3e A"_s, u"1CAP EPC"_s,
                                       u"2nde 2"_s, u"2nde 10"_s, u"2nde GATL"_s, u"1ère G2"_s, u"1re STMG"_s,
                                       u"2CAP EPC"_s, u"Terminale STMG"_s, u"Tle G1"_s, u"BTS MSP 1"_s,
                                       u"Atelier relais"_s}));
        // A class named freely still sorts by its level.
        const ClassOrder order;
        QVERIFY(order.compare(u"Les Aigles"_s, u"Les Baleines"_s, u"3EME"_s, u"6EME"_s) > 0);
        QCOMPARE(schoolStage(u"2NDPRO"_s, u"Anything"_s), schoolStage(QString(), u"2nde 1"_s));
        QCOMPARE(distinctClassesInSchoolOrder({u"3e A"_s, u"6e A"_s, u"3e A"_s}), QStringList({u"6e A"_s, u"3e A"_s}));
    }

    void runRecordCutsChunksWithTheirOwnKeys()
    {
        QStringList ids;
        for (int i = 0; i < 450; ++i)
            ids << u"E%1"_s.arg(i);
        const NotificationRecord r = newNotificationRecord(u"0450750W"_s, AccountKind::Student, ids, true, 200, QDateTime::currentDateTimeUtc());
        QCOMPARE(r.chunks.size(), 3);
        QCOMPARE(r.chunks.at(2).ids.size(), 50);
        QCOMPARE(r.accountCount(), 450);
        QCOMPARE(r.doneAccountCount(), 0);
        QVERIFY(r.chunks.at(0).idempotencyKey != r.chunks.at(1).idempotencyKey);
        QCOMPARE(r.runId.size(), 10);
        QCOMPARE(r.status, NotificationRecord::Status::Pending);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
