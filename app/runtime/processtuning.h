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

// The process holds a session token and provisional passwords in memory (DESIGN.md section 5):
// - no core dump may copy them to disk: core size 0 and, on Linux, not dumpable (which also keeps
//   other processes of the same user from reading its memory); on Windows, a crash ends the
//   process at once instead of handing it to Windows Error Reporting, which writes dumps;
// - every file it creates (cache and its WAL, settings, log, PDF) is the user's alone (umask 077;
//   on Windows, the profile folders are per user by their ACLs).
// Called first thing in main().
void hardenProcess();

} // namespace educonnect
