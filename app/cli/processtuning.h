#pragma once

namespace educonnect {

// Process-wide settings for letter runs, called first thing in main().
//
// QPdfWriter allocates a page-sized buffer per page (content, then its compressed copy) and frees
// it. glibc serves such blocks with mmap and gives them back to the system on free, so every page
// paid page faults and zero-filling again: letter runs were twice as slow (docs/PERFORMANCE.md).
// Keeping blocks up to 32 MB in the heap makes the pages reuse the same memory. Other C libraries
// (Windows, macOS) keep freed blocks by themselves; there this does nothing.
void tuneProcessForLetterRuns();

} // namespace educonnect
