<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountOrigin</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FranceConnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <source>Not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified, not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTPS servers are accepted (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, the connection was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Letters ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the letters now: the provisional passwords are kept only in this window, never on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionInfo</name>
    <message>
        <source>Cannot read the connection file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection file %1 is incomplete or not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The server sent data this client cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date and time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds something other than text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;mef&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil #%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pupil #%1 of the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;hasMore&quot; is missing or not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;user&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;establishments&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an establishment is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;createdAt&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;letters&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown letter variant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter for %1 has no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;skipped&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in or the session expired (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this resource (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment and try again (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>There is no letter to produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start drawing on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page (page %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n letter(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The printer or file did not accept the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Cannot read the letter texts %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter texts are empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>(Re)notify the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: printed letters (one per account, PDF or printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;reset the passwords (use with care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For large runs, filter by class: letters come sorted by class, then name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyPlan</name>
    <message>
        <source>letter with a new provisional password, account becomes notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter with the same provisional password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter with the identifier, password unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter with a new provisional password (reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were never notified: they get their first password, no reset is done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password of %n account(s) stops working at once: hand out the new letters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EduConnect administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your establishment account and the six-digit code of your authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the local cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the application (schema %2, this one knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the cache migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full sync is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store pupil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove pupil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the sync position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the sync position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read pupils from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Totp</name>
    <message>
        <source>The OTP secret is not valid base32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::LettersCommand</name>
    <message>
        <source>Use the built-in demo sandbox (started and stopped by this command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the details in FILE (written by educonnect-sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment (UAI); default: the first one of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class whose pupils get a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pupils in this account state: not_notified, notified, activation_pending or activated (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reset the passwords (new provisional password for every account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local cache, settings and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: fr (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: educonnect-admin letters (--demo | --connection-file FILE) --class CLASS --output FILE.pdf [--state STATE] [--reset]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use not_notified, notified, activation_pending or activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --demo or --connection-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the class with --class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages no establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n pupil record(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment. Classes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil of %1 is in the requested state(s); nothing was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n pupil(s) of %1%2...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> with password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: notification stopped early (%1); writing the %n letter(s) already issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server issued no letter (%n account(s) skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts were notified but the letters could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1 (%2 with a password, %3 with the password unchanged).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::NotificationRun</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::SandboxLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::SyncEngine</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::BatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) ready, %1 with a provisional password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The notification stopped early: %1. The letters below were issued before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were skipped by the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1. The letters are still here: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were neither saved nor printed. Once this window is closed, their provisional passwords are no longer available here. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::HomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose %1 (%2). Manage the pupils&apos; accounts in the Pupils tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil account(s) in the local cache:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MainWindow</name>
    <message>
        <source>EduConnect – Account administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you can browse the cached lists. Sign in to notify accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages no establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synchronized: %n change(s) received.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No establishment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: notifying needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to notify accounts: it needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters were neither saved nor printed. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MultiSelectButton</name>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::NotifyDialog</name>
    <message numerus="yes">
        <source>%n pupil account(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notify %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login, the password and the six-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StudentTableModel</name>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StudentsPage</name>
    <message>
        <source>Pupil accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last or first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account state(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Filter active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Re)notify the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pupil(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the pupils to notify first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
