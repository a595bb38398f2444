<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountList</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Class</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished">Identifier</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation type="unfinished">Cannot finish writing %1: %2</translation>
    </message>
    <message>
        <source>Pupils&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n account(s) · %3 at %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListing</name>
    <message>
        <source>Nothing is cached for establishment %1: sync it once with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelled.</translation>
    </message>
    <message>
        <source>The passwords could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountOrigin</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Parent (SMS)</source>
        <translation>Parent (SMS)</translation>
    </message>
    <message>
        <source>FranceConnect</source>
        <translation>FranceConnect</translation>
    </message>
    <message>
        <source>ATEN</source>
        <translation>ATEN</translation>
    </message>
    <message>
        <source>ENT</source>
        <translation>ENT</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <source>Not notified</source>
        <translation>Not notified</translation>
    </message>
    <message>
        <source>Notified, not activated</source>
        <translation>Notified, not activated</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Activation in progress</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Pupil accounts</source>
        <translation type="unfinished">Pupil accounts</translation>
    </message>
    <message>
        <source>Parent accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished">Pupils</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last or first name</source>
        <translation type="unfinished">Last or first name</translation>
    </message>
    <message>
        <source>Last or first name (parent or pupil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) selected</source>
        <translation>
            <numerusform>%n pupil selected</numerusform>
            <numerusform>%n pupils selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) selected</source>
        <translation>
            <numerusform>%n parent selected</numerusform>
            <numerusform>%n parents selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) shown of %1</source>
        <translation>
            <numerusform>%n pupil shown of %1</numerusform>
            <numerusform>%n pupils shown of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) shown of %1</source>
        <translation>
            <numerusform>%n parent shown of %1</numerusform>
            <numerusform>%n parents shown of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the pupils to notify first.</source>
        <translation type="unfinished">Tick the pupils to notify first.</translation>
    </message>
    <message>
        <source>Tick the parents to notify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil account(s) selected.</source>
        <translation>
            <numerusform>%n pupil account selected.</numerusform>
            <numerusform>%n pupil accounts selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s) selected.</source>
        <translation>
            <numerusform>%n parent account selected.</numerusform>
            <numerusform>%n parent accounts selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a pupil, then its class or school</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Cannot read the CA certificate file %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Only HTTPS servers are accepted (got %1).</source>
        <translation>Only HTTPS servers are accepted (got %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, the connection was refused: %1</source>
        <translation>The server&apos;s certificate is not trusted, the connection was refused: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server sent an answer larger than %1 MB; it was refused. The server may be faulty: try again later or contact its administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed, so that your session stays with this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time (%n second(s)).</source>
        <translation>
            <numerusform>The server did not answer in time (%n second).</numerusform>
            <numerusform>The server did not answer in time (%n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short (%1 of %2 bytes). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Letters ready</source>
        <translation>Letters ready</translation>
    </message>
    <message>
        <source>Print or save the letters now: the provisional passwords are kept only in this window, never on disk.</source>
        <translation>Print or save the letters now: the provisional passwords are kept only in this window, never on disk.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Letters:</translation>
    </message>
    <message>
        <source>Letter layout</source>
        <translation>Letter layout</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes:</translation>
    </message>
    <message>
        <source>Output per class</source>
        <translation>Output per class</translation>
    </message>
    <message>
        <source>Add each class&apos;s &amp;distribution sheet (pupil, class, identifier, date, signature)</source>
        <translation>Add each class&apos;s &amp;distribution sheet (pupil, class, identifier, date, signature)</translation>
    </message>
    <message>
        <source>Add a &amp;QR code of the sign-in address</source>
        <translation>Add a &amp;QR code of the sign-in address</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
</context>
<context>
    <name>ConnectionInfo</name>
    <message>
        <source>Cannot read the connection file %1: %2</source>
        <translation>Cannot read the connection file %1: %2</translation>
    </message>
    <message>
        <source>The connection file %1 is incomplete or not valid JSON.</source>
        <translation>The connection file %1 is incomplete or not valid JSON.</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>Start the built-in demo sandbox and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation type="unfinished">Data folder of the demo sandbox.</translation>
    </message>
    <message>
        <source>Folder of the local cache, settings and logs.</source>
        <translation type="unfinished">Folder of the local cache, settings and logs.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), for a server with a private CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address to propose at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EduConnect Admin: pupils&apos; EduConnect accounts and their letters.
Headless letters: educonnect-admin letters --help
Account lists (CSV, PDF): educonnect-admin list --help
Statistics (CSV): educonnect-admin stats --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The server sent data this client cannot read (%1).</source>
        <translation>The server sent data this client cannot read (%1).</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>a JSON object was expected</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>field &quot;%1&quot; is missing or not text</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation>field &quot;%1&quot; is not text</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date: %2</source>
        <translation>field &quot;%1&quot; is not a date: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date and time: %2</source>
        <translation>field &quot;%1&quot; is not a date and time: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a list</source>
        <translation>field &quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds something other than text</source>
        <translation>field &quot;%1&quot; holds something other than text</translation>
    </message>
    <message>
        <source>field &quot;mef&quot; is not an object</source>
        <translation>field &quot;mef&quot; is not an object</translation>
    </message>
    <message>
        <source>unknown account state &quot;%1&quot;</source>
        <translation>unknown account state &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;items&quot; is missing or not a list</source>
        <translation>field &quot;items&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>field &quot;hasMore&quot; is missing or not true/false</source>
        <translation>field &quot;hasMore&quot; is missing or not true/false</translation>
    </message>
    <message>
        <source>field &quot;user&quot; is missing</source>
        <translation>field &quot;user&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;establishments&quot; is missing or not a list</source>
        <translation>field &quot;establishments&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>an establishment is not an object</source>
        <translation>an establishment is not an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UAI</source>
        <translation>&quot;%1&quot; is not a valid UAI</translation>
    </message>
    <message>
        <source>field &quot;createdAt&quot; is missing</source>
        <translation>field &quot;createdAt&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;letters&quot; is missing or not a list</source>
        <translation>field &quot;letters&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>a letter is not an object</source>
        <translation>a letter is not an object</translation>
    </message>
    <message>
        <source>unknown letter variant &quot;%1&quot;</source>
        <translation>unknown letter variant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the letter for %1 has no password</source>
        <translation>the letter for %1 has no password</translation>
    </message>
    <message>
        <source>field &quot;skipped&quot; is not a list</source>
        <translation>field &quot;skipped&quot; is not a list</translation>
    </message>
    <message>
        <source>The server refused the sign-in or the session expired (HTTP 401).</source>
        <translation>The server refused the sign-in or the session expired (HTTP 401).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (HTTP 403).</source>
        <translation>Your account is not allowed to do this (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not know this resource (HTTP 404).</source>
        <translation>The server does not know this resource (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>The server had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These letters are no longer valid (three months): they cannot be printed again. Notify the accounts anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows where the last sync stopped: a full sync is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a request naming too many accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource is no longer available on the server (HTTP 410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>a child is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1 has neither a pupil id nor a valid establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;children&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skipped account without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is for another account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provisional password is not 8 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was never notified: it has no password yet. Notify it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holder has changed this password: nobody can see it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an account of this establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never notified: it has no password to reset; notify it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this e-mail address: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no e-mail address: give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not waiting for its confirmation link: only an account waiting for it (activation in progress) gets it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;notificationSettings&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activation address is enabled but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is about another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;reachable&quot; is missing or not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreachable address without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a complete web address (such as https://ent.example.fr/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server of that name was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an error: the page does not exist there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not verified this address: verify it before printing it on letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>There is no letter to produce.</source>
        <translation>There is no letter to produce.</translation>
    </message>
    <message>
        <source>Cannot start drawing on the printer or file.</source>
        <translation>Cannot start drawing on the printer or file.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n letter(s).</source>
        <translation>
            <numerusform>Cancelled after %n letter.</numerusform>
            <numerusform>Cancelled after %n letters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer or file did not accept the last page.</source>
        <translation>The printer or file did not accept the last page.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Cannot finish writing %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot start a new page (after %n letter(s)).</source>
        <translation>
            <numerusform>Cannot start a new page (after %n letter).</numerusform>
            <numerusform>Cannot start a new page (after %n letters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Two classes would share the file %1: rename one of them.</source>
        <translation>Two classes would share the file %1: rename one of them.</translation>
    </message>
    <message>
        <source>Pupils&apos; and parents&apos; letters cannot be mixed in one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelled.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Cannot read the letter texts %1.</source>
        <translation>Cannot read the letter texts %1.</translation>
    </message>
    <message>
        <source>The letter texts are empty.</source>
        <translation>The letter texts are empty.</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>(Re)notify the accounts</source>
        <translation>(Re)notify the accounts</translation>
    </message>
    <message>
        <source>Also &amp;reset the passwords (use with care)</source>
        <translation>Also &amp;reset the passwords (use with care)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>For large runs, filter by class: letters come sorted by class, then name.</source>
        <translation>For large runs, filter by class: letters come sorted by class, then name.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable individual letters (one per account, PDF or printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails sent by the server (accounts with an address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyPlan</name>
    <message>
        <source>letter with the same provisional password</source>
        <translation>letter with the same provisional password</translation>
    </message>
    <message>
        <source>letter with the identifier, password unchanged</source>
        <translation>letter with the identifier, password unchanged</translation>
    </message>
    <message>
        <source>letter with a new provisional password (reset)</source>
        <translation>letter with a new provisional password (reset)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were never notified: they get their first password, no reset is done.</source>
        <translation>
            <numerusform>%n account was never notified: they get their first password, no reset is done.</numerusform>
            <numerusform>%n accounts were never notified: they get their first password, no reset is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password of %n account(s) stops working at once: hand out the new letters.</source>
        <translation>
            <numerusform>The current password of %n account stops working at once: hand out the new letters.</numerusform>
            <numerusform>The current password of %n accounts stops working at once: hand out the new letters.</numerusform>
        </translation>
    </message>
    <message>
        <source>letter with a new provisional password; the account goes to the state “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter with a new provisional password, the current one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n account(s), %2</source>
        <translation>
            <numerusform>“%1”: %n account, %2</numerusform>
            <numerusform>“%1”: %n accounts, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were already notified today: with a reset they get another password, and the letters already printed for them stop working.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The printer %1 refused the job: %2</source>
        <translation>The printer %1 refused the job: %2</translation>
    </message>
    <message>
        <source>Sending the job to %1 failed: %2</source>
        <translation>Sending the job to %1 failed: %2</translation>
    </message>
    <message>
        <source>The printer %1 does not accept jobs at the moment.</source>
        <translation>The printer %1 does not accept jobs at the moment.</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: restart it, or choose another printer or a PDF.</source>
        <translation>The printer %1 is stopped: restart it, or choose another printer or a PDF.</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot;: no printer is installed.</source>
        <translation>There is no printer called &quot;%1&quot;: no printer is installed.</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot;. Printers: %2</source>
        <translation>There is no printer called &quot;%1&quot;. Printers: %2</translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>EduConnect letters</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>The printer %1 reported an error.</translation>
    </message>
    <message numerus="yes">
        <source>(%n letter(s) were printed before.)</source>
        <translation>
            <numerusform>(%n letter was printed before.)</numerusform>
            <numerusform>(%n letters were printed before.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This account manages no establishment.</source>
        <translation type="unfinished">This account manages no establishment.</translation>
    </message>
    <message>
        <source>Run %1 stopped part-way: resume it, which gives all its letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not manage establishment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EduConnect administration</source>
        <translation>Sign in to EduConnect administration</translation>
    </message>
    <message>
        <source>Sign in with your establishment account and the six-digit code of your authenticator.</source>
        <translation>Sign in with your establishment account and the six-digit code of your authenticator.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Class</source>
        <translation type="unfinished">Class</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEF</source>
        <translation type="unfinished">MEF</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished">Pupils</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% with an activated parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the local cache %1</source>
        <translation>Cannot open the local cache %1</translation>
    </message>
    <message>
        <source>Cannot configure the local cache</source>
        <translation>Cannot configure the local cache</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the application (schema %2, this one knows %3).</source>
        <translation>The local cache %1 was written by a newer version of the application (schema %2, this one knows %3).</translation>
    </message>
    <message>
        <source>Cannot start the cache migration</source>
        <translation>Cannot start the cache migration</translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache to schema %1</source>
        <translation>Cannot upgrade the local cache to schema %1</translation>
    </message>
    <message>
        <source>Cannot save the establishment</source>
        <translation>Cannot save the establishment</translation>
    </message>
    <message>
        <source>Cannot write to the local cache</source>
        <translation>Cannot write to the local cache</translation>
    </message>
    <message>
        <source>No full sync is in progress.</source>
        <translation>No full sync is in progress.</translation>
    </message>
    <message>
        <source>Cannot update the local cache</source>
        <translation>Cannot update the local cache</translation>
    </message>
    <message>
        <source>Cannot save the sync position</source>
        <translation>Cannot save the sync position</translation>
    </message>
    <message>
        <source>Cannot reset the sync position</source>
        <translation>Cannot reset the sync position</translation>
    </message>
    <message>
        <source>Cannot read pupils from the local cache</source>
        <translation>Cannot read pupils from the local cache</translation>
    </message>
    <message>
        <source>Cannot remember the notification run</source>
        <translation>Cannot remember the notification run</translation>
    </message>
    <message>
        <source>Cannot store account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read parents from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the accounts in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the statistics in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the statistics of the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Totp</name>
    <message>
        <source>The OTP secret is not valid base32.</source>
        <translation>The OTP secret is not valid base32.</translation>
    </message>
</context>
<context>
    <name>educonnect::ApiClient</name>
    <message>
        <source>The server&apos;s answer does not say where the e-mail went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered about another establishment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::CommandSource</name>
    <message>
        <source>Use the built-in demo sandbox (started and stopped by this command).</source>
        <translation type="unfinished">Use the built-in demo sandbox (started and stopped by this command).</translation>
    </message>
    <message>
        <source>Connect with the details in FILE (written by educonnect-sandbox).</source>
        <translation type="unfinished">Connect with the details in FILE (written by educonnect-sandbox).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation type="unfinished">Also trust the CA certificates in FILE (PEM).</translation>
    </message>
    <message>
        <source>Establishment (UAI); default: the first one of the account.</source>
        <translation type="unfinished">Establishment (UAI); default: the first one of the account.</translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation type="unfinished">Data folder of the demo sandbox.</translation>
    </message>
    <message>
        <source>No server: work from the local cache only (the establishment synced last, or --uai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --demo, --connection-file or --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --demo or --connection-file.</source>
        <translation type="unfinished">Give either --demo or --connection-file.</translation>
    </message>
    <message>
        <source>Starting the demo sandbox...</source>
        <translation type="unfinished">Starting the demo sandbox...</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished">Sign-in failed: %1</translation>
    </message>
    <message>
        <source>This account does not manage establishment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not manage parents&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished">Signed in as %1.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished">Sync failed: %1</translation>
    </message>
    <message>
        <source>full sync</source>
        <translation type="unfinished">full sync</translation>
    </message>
    <message>
        <source>changes since the last sync</source>
        <translation type="unfinished">changes since the last sync</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 and %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parent record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a record the server sent could not be read and was skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not start: the session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished">Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use not_notified, notified, activation_pending or activated.</source>
        <translation type="unfinished">Unknown state &quot;%1&quot;: use not_notified, notified, activation_pending or activated.</translation>
    </message>
    <message>
        <source>The local cache is empty: sync once with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the accounts as of the last sync, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the accounts in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local cache, settings and logs.</source>
        <translation type="unfinished">Folder of the local cache, settings and logs.</translation>
    </message>
    <message>
        <source>Language of the messages: fr (default) or en.</source>
        <translation type="unfinished">Language of the messages: fr (default) or en.</translation>
    </message>
    <message>
        <source>The local cache has no accounts of establishment %1: sync it once first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished">The folder of %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>educonnect::LettersCommand</name>
    <message>
        <source>Class whose pupils get a letter.</source>
        <translation>Class whose pupils get a letter.</translation>
    </message>
    <message>
        <source>Also reset the passwords (new provisional password for every account)</source>
        <translation>Also reset the passwords (new provisional password for every account)</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>Give the class with --class.</source>
        <translation>Give the class with --class.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment. Classes: %2</source>
        <translation>No class &quot;%1&quot; in this establishment. Classes: %2</translation>
    </message>
    <message>
        <source>No pupil of %1 is in the requested state(s); nothing was notified.</source>
        <translation>No pupil of %1 is in the requested state(s); nothing was notified.</translation>
    </message>
    <message numerus="yes">
        <source>The server issued no letter (%n account(s) skipped).</source>
        <translation>
            <numerusform>The server issued no letter (%n account skipped).</numerusform>
            <numerusform>The server issued no letter (%n accounts skipped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Skipped %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n pupil(s) of %1, with password reset...</source>
        <translation>
            <numerusform>Notifying %n pupil of %1, with password reset...</numerusform>
            <numerusform>Notifying %n pupils of %1, with password reset...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n pupil(s) of %1...</source>
        <translation>
            <numerusform>Notifying %n pupil of %1...</numerusform>
            <numerusform>Notifying %n pupils of %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one PDF per class into DIR instead of one file.</source>
        <translation>Write one PDF per class into DIR instead of one file.</translation>
    </message>
    <message>
        <source>Print on this printer instead of writing a file.</source>
        <translation>Print on this printer instead of writing a file.</translation>
    </message>
    <message>
        <source>With --printer: one print job per class.</source>
        <translation>With --printer: one print job per class.</translation>
    </message>
    <message>
        <source>official (A4, one per page, default), 2up (A5 halves) or 4up (A6 quarters).</source>
        <translation>official (A4, one per page, default), 2up (A5 halves) or 4up (A6 quarters).</translation>
    </message>
    <message>
        <source>Add a QR code of the activation address (never of the password).</source>
        <translation>Add a QR code of the activation address (never of the password).</translation>
    </message>
    <message>
        <source>Start each class with a page naming it.</source>
        <translation>Start each class with a page naming it.</translation>
    </message>
    <message>
        <source>Add each class&apos;s distribution sheet (pupil, class, identifier, date, signature).</source>
        <translation>Add each class&apos;s distribution sheet (pupil, class, identifier, date, signature).</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use official, 2up or 4up.</source>
        <translation>Unknown layout &quot;%1&quot;: use official, 2up or 4up.</translation>
    </message>
    <message>
        <source>Give one destination: --output FILE.pdf, --split-by-class DIR or --printer NAME.</source>
        <translation>Give one destination: --output FILE.pdf, --split-by-class DIR or --printer NAME.</translation>
    </message>
    <message>
        <source>--job-per-class goes with --printer.</source>
        <translation>--job-per-class goes with --printer.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Warning: no QR code, the establishment has no activation address enabled.</source>
        <translation>Warning: no QR code, the establishment has no activation address enabled.</translation>
    </message>
    <message>
        <source>%1 with a password, %2 with the password unchanged</source>
        <translation>%1 with a password, %2 with the password unchanged</translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>EduConnect letters</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n letter(s) to the printer %1 (%2).</source>
        <translation>
            <numerusform>Sent %n letter to the printer %1 (%2).</numerusform>
            <numerusform>Sent %n letters to the printer %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>The letters could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1 (%2).</source>
        <translation>
            <numerusform>Wrote %n letter to %1 (%2).</numerusform>
            <numerusform>Wrote %n letters to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s), one PDF per class, in %1 (%2).</source>
        <translation>
            <numerusform>Wrote %n letter, one PDF per class, in %1 (%2).</numerusform>
            <numerusform>Wrote %n letters, one PDF per class, in %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters of an earlier run again (its id), without notifying anyone.</source>
        <translation>Print the letters of an earlier run again (its id), without notifying anyone.</translation>
    </message>
    <message>
        <source>Fetching the letters of run %1...</source>
        <translation>Fetching the letters of run %1...</translation>
    </message>
    <message>
        <source>Cannot get the letters of run %1 again: %2</source>
        <translation>Cannot get the letters of run %1 again: %2</translation>
    </message>
    <message>
        <source>The accounts were notified. Until %2, print these letters again with &quot;letters --reprint %1&quot; or from the application, instead of notifying again.</source>
        <translation>The accounts were notified. Until %2, print these letters again with &quot;letters --reprint %1&quot; or from the application, instead of notifying again.</translation>
    </message>
    <message>
        <source>Run %1: its letters can be printed again with --reprint %1 until %2.</source>
        <translation>Run %1: its letters can be printed again with --reprint %1 until %2.</translation>
    </message>
    <message>
        <source>Finish a notification run that stopped part-way (its id), then write all its letters. Nobody is notified twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --reprint or --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 belongs to establishment %2: add --uai %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account was notified twice. Finish this run (run %1) with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s)...</source>
        <translation>
            <numerusform>Writing %n letter...</numerusform>
            <numerusform>Writing %n letters...</numerusform>
        </translation>
    </message>
    <message>
        <source>Only accounts in this state: not_notified, notified, activation_pending or activated (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: educonnect-admin letters (--demo | --connection-file FILE) (--class CLASS [--guardians] | --resume RUN | --reprint RUN) (--output FILE.pdf | --split-by-class DIR | --printer NAME) [--state STATE] [--reset] [--layout official|2up|4up] [--qr] [--separator-pages] [--distribution-sheet]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reprint prints an earlier run as it was: --class, --guardians, --state and --reset do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume finishes a run as it was started: --class, --guardians, --state and --reset do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n parent account(s) of %1, with password reset...</source>
        <translation>
            <numerusform>Notifying %n parent account of %1, with password reset...</numerusform>
            <numerusform>Notifying %n parent accounts of %1, with password reset...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n parent account(s) of %1...</source>
        <translation>
            <numerusform>Notifying %n parent account of %1...</numerusform>
            <numerusform>Notifying %n parent accounts of %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters for the parent accounts filed under the class instead: one per parent account, naming every child, filed under the youngest child&apos;s class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parent account filed under %1 is in the requested state(s); nothing was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %n of %2 account(s) were already notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error: a letter sent by the server could not be read (%1): %2. That account may have a new password that no letter shows: contact the server&apos;s administrators before notifying it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ListCommand</name>
    <message>
        <source>List the parents&apos; accounts instead of the pupils&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this class (repeatable); for parents, their children&apos;s classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accounts in this state: not_notified, notified, activation_pending or activated (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: FILE.csv or FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords that are still provisional, fetched from the server (never with --offline). Otherwise every password reads ******.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv or --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-passwords needs the server: the passwords are never kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Error: %1</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment. Classes: %2</source>
        <translation type="unfinished">No class &quot;%1&quot; in this establishment. Classes: %2</translation>
    </message>
    <message>
        <source>Fetching the provisional passwords...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provisional password(s) shown; the others were changed by their holders or never issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n account(s) to %1 (%2 page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n account(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the classes&apos; distribution sheets (pupil, class, identifier, date handed out, signature; never a password) as FILE.pdf instead of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: educonnect-admin list (--demo | --connection-file FILE | --offline) [--guardians] [--class CLASS]... [--state STATE]... --output FILE.csv|FILE.pdf [--with-passwords | --sheets]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheets writes a PDF (--output FILE.pdf) and never a password (not with --with-passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the distribution sheets of %n account(s) to %1 (%2 page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::NotificationRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>There is no notification run %1 in this computer&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification run %1 is already finished: print its letters again instead (reprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is needed to go on: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notification stopped after %n of %1 account(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::SandboxLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>The demo server did not start in time.</translation>
    </message>
    <message>
        <source>Cannot start the demo server %1: %2</source>
        <translation>Cannot start the demo server %1: %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation>The demo server stopped (exit code %1): %2</translation>
    </message>
</context>
<context>
    <name>educonnect::StatsCommand</name>
    <message>
        <source>Group by class (default), level or mef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; accounts instead of the pupils&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: educonnect-admin stats (--demo | --connection-file FILE | --offline) [--by class|level|mef] [--guardians] --output FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;: use class, level or mef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s), %1 % activated, %2 % with an activated parent: written to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s), %1 % activated: written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s), %1 % activated: written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::SyncEngine</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>The connection to the server was closed.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The server keeps announcing more data without moving forward (page %1); the sync was stopped. What was received so far is kept. Try again later or contact the server&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountDetailDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Re)notify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents (Enter or double-click opens one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (Enter or double-click opens one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (never notified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server for the provisional password, if it still is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: to change at the first sign-in. It is not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new provisional password: the old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the activation e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address the link goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the confirmation link again; correct the address first if needed (the server keeps the new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation link was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountListDialog</name>
    <message>
        <source>List the pupils&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the parents&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n ticked pupil(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n ticked parent account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) shown by the criteria</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n parent account(s) shown by the criteria</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print or to send to teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (Excel, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords that are still provisional (asked of the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise every password reads ******. A password its holder has changed is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for the provisional passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution sheets (PDF), one per class: pupil, class, identifier, date handed out, signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountTableModel</name>
    <message>
        <source>Identifier</source>
        <translation type="unfinished">Identifier</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished">Account status</translation>
    </message>
    <message>
        <source>Account origin</source>
        <translation type="unfinished">Account origin</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Notification date</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished">Last sign-in</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished">Select %1</translation>
    </message>
    <message>
        <source>provisional: Enter to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter expired on %1 and the account was never activated: hand out a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter expires on %1 and the account is not activated yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountsPage</name>
    <message>
        <source>(Re)notify the accounts</source>
        <translation type="unfinished">(Re)notify the accounts</translation>
    </message>
    <message>
        <source>Print a batch again…</source>
        <translation type="unfinished">Print a batch again…</translation>
    </message>
    <message>
        <source>Letters of a recent run, with the same passwords, without notifying again.</source>
        <translation type="unfinished">Letters of a recent run, with the same passwords, without notifying again.</translation>
    </message>
    <message>
        <source>List the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF or CSV list of the ticked accounts, or of those shown, e.g. for a teacher. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new provisional password for each ticked account: the old one stops working at once, and the new letters follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a « Password » column: ****** once changed by its holder, or a provisional one to show from the account (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::BatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) ready, %1 with a provisional password.</source>
        <translation>
            <numerusform>%n letter ready, %1 with a provisional password.</numerusform>
            <numerusform>%n letters ready, %1 with a provisional password.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification stopped early: %1. The letters below were issued before it stopped.</source>
        <translation>The notification stopped early: %1. The letters below were issued before it stopped.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were skipped by the server.</source>
        <translation>
            <numerusform>%n account was skipped by the server.</numerusform>
            <numerusform>%n accounts were skipped by the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Save the letters</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n letter saved to %1.</numerusform>
            <numerusform>%n letters saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>EduConnect letters</translation>
    </message>
    <message>
        <source>Printing failed: %1. The letters are still here: try again.</source>
        <translation>Printing failed: %1. The letters are still here: try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to %1.</source>
        <translation>
            <numerusform>%n letter sent to %1.</numerusform>
            <numerusform>%n letters sent to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <source>The letters were neither saved nor printed. Once this window is closed, their provisional passwords are no longer available here. Close anyway?</source>
        <translation>The letters were neither saved nor printed. Once this window is closed, their provisional passwords are no longer available here. Close anyway?</translation>
    </message>
    <message>
        <source>Official: A4, one letter per page</source>
        <translation>Official: A4, one letter per page</translation>
    </message>
    <message>
        <source>Two per page (A5), with cut marks</source>
        <translation>Two per page (A5), with cut marks</translation>
    </message>
    <message>
        <source>Four per page (A6), with cut marks</source>
        <translation>Four per page (A6), with cut marks</translation>
    </message>
    <message>
        <source>Everything in one document</source>
        <translation>Everything in one document</translation>
    </message>
    <message>
        <source>A page naming each class before its letters</source>
        <translation>A page naming each class before its letters</translation>
    </message>
    <message>
        <source>One PDF file, or one print job, per class</source>
        <translation>One PDF file, or one print job, per class</translation>
    </message>
    <message>
        <source>No sign-in address is enabled in the settings (Paramétrage).</source>
        <translation>No sign-in address is enabled in the settings (Paramétrage).</translation>
    </message>
    <message>
        <source>Cancelled. The letters are still here.</source>
        <translation>Cancelled. The letters are still here.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Folder for the classes&apos; PDF files</source>
        <translation>Folder for the classes&apos; PDF files</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved, one PDF per class, in %1.</source>
        <translation>
            <numerusform>%n letter saved, one PDF per class, in %1.</numerusform>
            <numerusform>%n letters saved, one PDF per class, in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF files were not saved: %1</source>
        <translation>The PDF files were not saved: %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>The preview failed: %1</translation>
    </message>
    <message>
        <source>Pupil: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent by the server could not be read (%1): those accounts may have a new password that no letter here shows. Contact the server&apos;s administrators before notifying them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::ClassLettersDialog</name>
    <message>
        <source>A class&apos;s letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a class, e.g. 3e A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;upils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arents (filed under their youngest child&apos;s class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not manage parents&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;provisional passwords (the current ones stop working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer installed: the letters open in their window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the class whose letters to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of %1 is in the states ticked: nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) of %1 get a letter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s) filed under %1 get a letter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::CriteriaBar</name>
    <message>
        <source>Reset criteria</source>
        <translation type="unfinished">Reset criteria</translation>
    </message>
    <message>
        <source>● Filter active</source>
        <translation type="unfinished">● Filter active</translation>
    </message>
    <message>
        <source>MEF</source>
        <translation type="unfinished">MEF</translation>
    </message>
    <message>
        <source>Class(es)</source>
        <translation type="unfinished">Class(es)</translation>
    </message>
    <message>
        <source>Account state(s)</source>
        <translation type="unfinished">Account state(s)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified over 15 days ago, not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified over 30 days ago, not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>letter expired or expiring within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::GuardianTableModel</name>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached pupil(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in another establishment: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::HeaderBar</name>
    <message>
        <source>No establishment yet</source>
        <translation type="unfinished">No establishment yet</translation>
    </message>
    <message>
        <source>head of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Last sync: %1</translation>
    </message>
    <message>
        <source>Never synchronized</source>
        <translation type="unfinished">Never synchronized</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an &amp;establishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished">Pupils</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class&apos;s &amp;letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class and the accounts: their letters go to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupils&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of pupils&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arents&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of parents&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation by class, level or MEF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a &amp;batch again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters of an earlier notification, while they are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one establishment to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment yet: sign in to synchronize one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synchronized on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the pupils have at least one parent whose account is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address (none enabled in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::LetterPreviewDialog</name>
    <message>
        <source>Preview of the letters</source>
        <translation type="unfinished">Preview of the letters</translation>
    </message>
    <message>
        <source>Letters preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Close</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For someone else at this computer: the session ends and letters not yet printed are dropped (print them again with &quot;Print a batch again…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Password:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter your password and a one-time code to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: unlock to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password and a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MainWindow</name>
    <message>
        <source>EduConnect – Account administration</source>
        <translation>EduConnect – Account administration</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchronize</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Local cache</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Starting the demo sandbox…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>Offline: you can browse the cached lists. Sign in to notify accounts.</source>
        <translation>Offline: you can browse the cached lists. Sign in to notify accounts.</translation>
    </message>
    <message>
        <source>The session expired: sign in again.</source>
        <translation>The session expired: sign in again.</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message numerus="yes">
        <source>Synchronized: %n change(s) received.</source>
        <translation>
            <numerusform>Synchronized: %n change received.</numerusform>
            <numerusform>Synchronized: %n changes received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronization failed: %1</source>
        <translation>Synchronization failed: %1</translation>
    </message>
    <message>
        <source>Notifying the accounts…</source>
        <translation>Notifying the accounts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation>Notification failed: %1</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready.</source>
        <translation>
            <numerusform>%n letter ready.</numerusform>
            <numerusform>%n letters ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: notifying needs it.</source>
        <translation>The server cannot be reached: notifying needs it.</translation>
    </message>
    <message>
        <source>Sign in to notify accounts: it needs the server.</source>
        <translation>Sign in to notify accounts: it needs the server.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Quit?</translation>
    </message>
    <message>
        <source>Letters were neither saved nor printed. Quit anyway and lose them?</source>
        <translation>Letters were neither saved nor printed. Quit anyway and lose them?</translation>
    </message>
    <message>
        <source>The letters cannot be fetched again: %1</source>
        <translation>The letters cannot be fetched again: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account will be notified twice: resuming sends the rest with the same requests.

Retry: resume now.
Close: resume later (the banner at the top of the window).
Abandon: notify no one else, and get the letters issued so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification stopped: resume it from the banner at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the notification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming needs the server: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters were neither saved nor printed: signing out drops them, and their provisional passwords with them. Sign out anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The cached lists stay available offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts not yet notified will not be. The letters already issued stay available in &quot;Print a batch again…&quot; while they are valid. Abandon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other class(es)</source>
        <translation>
            <numerusform>%1 and %n other class</numerusform>
            <numerusform>%1 and %n other classes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: resuming needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data cannot be opened: signing in needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished">Letters</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is running: wait for it to end before signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent by the server could not be read and were set aside; the next sync asks for them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notification could not be abandoned yet: %n account(s) may have been notified without their letter, and the server must confirm it first (%1). It stays in the banner.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notification abandoned. The letters already issued can be printed again with &quot;Print a batch again…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A notification started on %1 stopped part-way: the server confirmed %n of %2 account(s) (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A notification is running. Quit anyway? It stops where it is, and the banner offers to resume it at the next start: nobody is notified twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the passwords are only on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to show passwords: they are only on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>List of %n account(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: this needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: this needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were never notified: they have no password to reset. Notify them instead?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n account(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their current passwords stop working at once. New letters with the new provisional passwords follow: hand them out, or the account holders cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) never notified are left out: they have no password yet; notify them instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent by the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) skipped (no e-mail address, or not an account here).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: no account has an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is running: wait for it to end before choosing another establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment %1 chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to synchronize: it needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synchronization is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize with the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change the addresses: the server keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: it keeps the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of establishment may change the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MultiSelectButton</name>
    <message>
        <source>%1: all</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <comment>a label of feminine gender, e.g. Classe(s)</comment>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::NotifyDialog</name>
    <message numerus="yes">
        <source>Notify %n account(s)</source>
        <translation>
            <numerusform>Notify %n account</numerusform>
            <numerusform>Notify %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1, of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printable letters for the %n account(s) without an address, in the same run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every account has an e-mail address: %n e-mail(s) will be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 e-mail(s) will be sent. No e-mail address, so no e-mail, for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::ReprintDialog</name>
    <message>
        <source>Print a batch again</source>
        <translation>Print a batch again</translation>
    </message>
    <message>
        <source>Letters of the runs below can be printed again, with the same passwords, until their end of validity. Nobody is notified again.</source>
        <translation>Letters of the runs below can be printed again, with the same passwords, until their end of validity. Nobody is notified again.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class(es)</source>
        <translation>Class(es)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>With password reset</source>
        <translation>With password reset</translation>
    </message>
    <message>
        <source>No run with valid letters on this computer.</source>
        <translation>No run with valid letters on this computer.</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Print again…</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::SettingsPage</name>
    <message>
        <source>Activation addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the server for the whole establishment. An address is printed on the letters (and in their QR code) only once the server has verified that it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this address on the pupils&apos; letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this address on the parents&apos; letters, besides %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; activation address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; extra address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; extra address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official: A4, one letter per page</source>
        <translation type="unfinished">Official: A4, one letter per page</translation>
    </message>
    <message>
        <source>Two per page (A5), with cut marks</source>
        <translation type="unfinished">Two per page (A5), with cut marks</translation>
    </message>
    <message>
        <source>Four per page (A6), with cut marks</source>
        <translation type="unfinished">Four per page (A6), with cut marks</translation>
    </message>
    <message>
        <source>Add a QR code of the sign-in address (never of the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each class&apos;s distribution sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on both sides of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after this long without keyboard or mouse: provisional passwords on screen stay hidden from passers-by. 0: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at once, for this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not reachable (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next letters use these addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address: the pupils&apos; letters carry none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet: « Verify » before printing it on letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change the addresses: they are kept by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether it reaches this address (it must answer before the address can be printed on letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify this address first: only an address the server has reached can be printed on letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these addresses to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the addresses are as on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Enter the server address, starting with https://</translation>
    </message>
    <message>
        <source>Enter the login, the password and the six-digit code.</source>
        <translation>Enter the login, the password and the six-digit code.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StatisticsChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Click to open the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StatisticsPage</name>
    <message>
        <source>Pupils</source>
        <translation type="unfinished">Pupils</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Class</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEF</source>
        <translation type="unfinished">MEF</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the list of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of %1 (last sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: synchronize once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s): %1 % activated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % with at least one activated parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s): %1 % activated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% with an activated parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StudentTableModel</name>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>MEF</source>
        <translation>MEF</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::WindowLock</name>
    <message>
        <source>Unlocked with your password alone: the server could not be reached to check the one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
