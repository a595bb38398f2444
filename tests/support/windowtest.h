#pragma once

// The main window as the UI tests start it (header-only: for the tests that link the widgets).

#include "dialogs/signindialog.h"
#include "dialogs/uiseams.h"
#include "mainwindow.h"

#include <memory>

namespace uitest {

// The window on the cache of `options.paths`, shown and started, offline: the sign-in dialog it
// offers is closed (the tests sign in with a sandbox's connection details instead).
inline std::unique_ptr<educonnect::ui::MainWindow> startWindow(educonnect::ui::AppOptions options)
{
    educonnect::ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    auto window = std::make_unique<educonnect::ui::MainWindow>(std::move(options));
    window->show();
    window->start();
    if (auto *dialog = window->findChild<educonnect::ui::SignInDialog *>())
        dialog->reject();
    return window;
}

inline std::unique_ptr<educonnect::ui::MainWindow> startWindow(const QString &dataDir)
{
    educonnect::ui::AppOptions options;
    options.paths = educonnect::DataPaths(dataDir);
    return startWindow(std::move(options));
}

} // namespace uitest
