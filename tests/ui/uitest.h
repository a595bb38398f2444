#pragma once

// Small helpers shared by the UI tests (header-only: they need QtWidgets, testsupport does not).

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace uitest {

// With EDUCONNECT_SCREENSHOT_DIR set, saves the widget as a PNG there for review.
inline void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EDUCONNECT_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QApplication::processEvents(); // pending layout requests: grab what the user would see
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Runs `trigger`, which is expected to show a real modal QMessageBox (exec() blocks it); `inspect`
// sees the box while it is on screen, then the box is answered with `answer`. False if no box
// showed up while `trigger` ran.
inline bool answerMessageBox(const std::function<void()> &trigger, QMessageBox::StandardButton answer,
                             const std::function<void(QMessageBox *)> &inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll.stop();
        seen = true;
        inspect(box);
        if (QAbstractButton *button = box->button(answer))
            button->click();
        else
            box->reject();
    });
    poll.start();
    trigger();
    poll.stop();
    return seen;
}

} // namespace uitest
