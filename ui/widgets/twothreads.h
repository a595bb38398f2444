#pragma once

#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace educonnect::ui {

// Loading and sorting an academy-size list (50,000 rows) on both cores of a school desktop: below
// this many rows a helper thread costs more than it saves.
inline constexpr size_t kTwoThreadRows = 8192;

// Runs work(begin, end) over [0, n): the second half on a helper thread when n is large, else all
// of it here. `work` must only read shared data, and write its own half.
template <typename Work> void splitInTwo(size_t n, Work work)
{
    if (n < kTwoThreadRows) {
        work(size_t(0), n);
        return;
    }
    const size_t half = n / 2;
    const std::unique_ptr<QThread> helper(QThread::create([&work, half, n]() { work(half, n); }));
    helper->start();
    work(size_t(0), half);
    helper->wait();
}

// std::sort of `rows` with `less`, in two halves on two threads and merged, when there are many.
template <typename Less> void sortInTwo(std::vector<int> &rows, Less less)
{
    splitInTwo(rows.size(), [&rows, &less](size_t begin, size_t end) {
        std::sort(rows.begin() + std::ptrdiff_t(begin), rows.begin() + std::ptrdiff_t(end), less);
    });
    if (rows.size() >= kTwoThreadRows)
        std::inplace_merge(rows.begin(), rows.begin() + std::ptrdiff_t(rows.size() / 2), rows.end(), less);
}

} // namespace educonnect::ui
