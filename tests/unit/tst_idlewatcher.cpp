// IdleWatcher: idle after the delay without input, not while someone types or moves the mouse,
// once per idle period, never when off.

#include "widgets/idlewatcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace educonnect::ui;

class TestIdleWatcher : public QObject
{
    Q_OBJECT
    std::unique_ptr<QLineEdit> m_edit;

private slots:
    void init()
    {
        m_edit = std::make_unique<QLineEdit>();
        m_edit->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
    }

    void cleanup() { m_edit.reset(); }

    void idleAfterTheDelayOncePerPeriod()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QElapsedTimer clock;
        clock.start();
        watcher.setDelayMs(150);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
        QVERIFY2(clock.elapsed() >= 150, "idle before the delay");
        // Nothing happens after: the next period starts with the next input. A watcher started
        // now with twice the delay fires after the first one would have fired again.
        IdleWatcher reference;
        QSignalSpy later(&reference, &IdleWatcher::idle);
        reference.setDelayMs(300);
        QVERIFY(later.wait(5000));
        QCOMPARE(idle.count(), 1);
        QTest::keyClick(m_edit.get(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 5000);
    }

    void inputPostponesIt_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("keys") << QStringLiteral("keys");
        QTest::newRow("mouse clicks") << QStringLiteral("clicks");
        QTest::newRow("mouse moves") << QStringLiteral("moves");
    }

    void inputPostponesIt()
    {
        QFETCH(QString, input);
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setDelayMs(1000);
        // Input every 50 ms (far within the delay, even on a loaded machine) for well over the
        // delay: never idle meanwhile.
        QElapsedTimer clock;
        clock.start();
        int step = 0;
        while (clock.elapsed() < 2500) {
            ++step;
            if (input == QStringLiteral("keys"))
                QTest::keyClick(m_edit.get(), Qt::Key_B);
            else if (input == QStringLiteral("clicks"))
                QTest::mouseClick(m_edit.get(), Qt::LeftButton, {}, QPoint(5 + step % 10, 5));
            else
                QTest::mouseMove(m_edit.get(), QPoint(5 + step % 20, 6));
            QTest::qWait(50);
        }
        QCOMPARE(idle.count(), 0);
        // Then nobody: idle, once.
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    }

    void offNeverFires()
    {
        IdleWatcher watcher;
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QVERIFY(!watcher.isEnabled());
        watcher.setDelayMs(100);
        watcher.setDelayMinutes(0); // switched off before it fired
        QVERIFY(!watcher.isEnabled());
        QTest::keyClick(m_edit.get(), Qt::Key_C); // input does not switch it on
        IdleWatcher reference; // had it stayed on, it would have fired before this one
        QSignalSpy later(&reference, &IdleWatcher::idle);
        reference.setDelayMs(300);
        QVERIFY(later.wait(5000));
        QCOMPARE(idle.count(), 0);
        watcher.setDelayMinutes(10);
        QCOMPARE(watcher.delayMs(), qint64(10) * 60 * 1000);
        watcher.setDelayMinutes(-5);
        QCOMPARE(watcher.delayMs(), qint64(0));
    }

    void aGoneWatcherFiltersNothing()
    {
        auto *watcher = new IdleWatcher(m_edit.get());
        watcher->setDelayMs(50);
        delete watcher; // removes its filter: input after it must not crash
        QTest::keyClick(m_edit.get(), Qt::Key_D);
        QCOMPARE(m_edit->text(), QStringLiteral("d"));
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
