<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AccountList</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Impossible de terminer l&apos;écriture de %1 : %2</translation>
    </message>
    <message>
        <source>Pupils&apos; accounts</source>
        <translation>Comptes des élèves</translation>
    </message>
    <message>
        <source>Parents&apos; accounts</source>
        <translation>Comptes des responsables</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n account(s) · %3 at %4</source>
        <translation>
            <numerusform>%1 (%2) · %n compte · %3 à %4</numerusform>
            <numerusform>%1 (%2) · %n comptes · %3 à %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>AccountListing</name>
    <message>
        <source>Nothing is cached for establishment %1: sync it once with the server first.</source>
        <translation>Rien n&apos;est enregistré sur ce poste pour l&apos;établissement %1 : synchronisez-le d&apos;abord une fois avec le serveur.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The passwords could not be fetched: %1</source>
        <translation>Les mots de passe n&apos;ont pas pu être obtenus : %1</translation>
    </message>
</context>
<context>
    <name>AccountOrigin</name>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Parent (SMS)</source>
        <translation>Responsable</translation>
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
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <source>Not notified</source>
        <translation>Non notifié</translation>
    </message>
    <message>
        <source>Notified, not activated</source>
        <translation>Notifié et non activé</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>En cours d&apos;activation</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Pupil accounts</source>
        <translation>Gestion des comptes élèves</translation>
    </message>
    <message>
        <source>Parent accounts</source>
        <translation>Gestion des comptes responsables</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Last or first name</source>
        <translation>Nom ou prénom</translation>
    </message>
    <message>
        <source>Last or first name (parent or pupil)</source>
        <translation>Nom ou prénom (responsable ou élève)</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) selected</source>
        <translation>
            <numerusform>%n élève sélectionné</numerusform>
            <numerusform>%n élèves sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) selected</source>
        <translation>
            <numerusform>%n responsable sélectionné</numerusform>
            <numerusform>%n responsables sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) shown of %1</source>
        <translation>
            <numerusform>%n élève affiché sur %1</numerusform>
            <numerusform>%n élèves affichés sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) shown of %1</source>
        <translation>
            <numerusform>%n responsable affiché sur %1</numerusform>
            <numerusform>%n responsables affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the pupils to notify first.</source>
        <translation>Cochez d&apos;abord les élèves à notifier.</translation>
    </message>
    <message>
        <source>Tick the parents to notify first.</source>
        <translation>Cochez d&apos;abord les responsables à notifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil account(s) selected.</source>
        <translation>
            <numerusform>%n compte élève sélectionné.</numerusform>
            <numerusform>%n comptes élèves sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s) selected.</source>
        <translation>
            <numerusform>%n compte responsable sélectionné.</numerusform>
            <numerusform>%n comptes responsables sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a pupil, then its class or school</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat d&apos;autorité %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Only HTTPS servers are accepted (got %1).</source>
        <translation>Seuls les serveurs HTTPS sont acceptés (adresse reçue : %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, the connection was refused: %1</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable, la connexion a été refusée : %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server sent an answer larger than %1 MB; it was refused. The server may be faulty: try again later or contact its administrators.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 Mo ; elle a été refusée. Le serveur est peut-être défaillant : réessayez plus tard ou contactez ses administrateurs.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed, so that your session stays with this server.</source>
        <translation>Le serveur a redirigé la demande vers une autre adresse (%1) ; elle n&apos;a pas été suivie, pour que votre session reste sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time (%n second(s)).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu à temps (%n seconde).</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu à temps (%n secondes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short (%1 of %2 bytes). Try again.</source>
        <translation>La réponse du serveur a été interrompue (%1 octets sur %2). Réessayez.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Letters ready</source>
        <translation>Courriers prêts</translation>
    </message>
    <message>
        <source>Print or save the letters now: the provisional passwords are kept only in this window, never on disk.</source>
        <translation>Imprimez ou enregistrez les courriers maintenant : les mots de passe provisoires ne sont conservés que dans cette fenêtre, jamais sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Courriers :</translation>
    </message>
    <message>
        <source>Letter layout</source>
        <translation>Mise en page des courriers</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>C&amp;lasses :</translation>
    </message>
    <message>
        <source>Output per class</source>
        <translation>Sortie par classe</translation>
    </message>
    <message>
        <source>Add each class&apos;s &amp;distribution sheet (pupil, class, identifier, date, signature)</source>
        <translation>Ajouter la fiche de &amp;distribution de chaque classe (élève, classe, identifiant, date, signature)</translation>
    </message>
    <message>
        <source>Add a &amp;QR code of the sign-in address</source>
        <translation>Ajouter un &amp;code QR de l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
</context>
<context>
    <name>ConnectionInfo</name>
    <message>
        <source>Cannot read the connection file %1: %2</source>
        <translation>Impossible de lire le fichier de connexion %1 : %2</translation>
    </message>
    <message>
        <source>The connection file %1 is incomplete or not valid JSON.</source>
        <translation>Le fichier de connexion %1 est incomplet ou n&apos;est pas un JSON valide.</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>Start the built-in demo sandbox and sign in to it.</source>
        <translation>Démarrer le bac à sable de démonstration intégré et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation>Dossier des données du bac à sable de démonstration.</translation>
    </message>
    <message>
        <source>Folder of the local cache, settings and logs.</source>
        <translation>Dossier des données locales, des réglages et des journaux.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), for a server with a private CA.</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité de FICHIER (PEM), pour un serveur à autorité privée.</translation>
    </message>
    <message>
        <source>Server address to propose at sign-in.</source>
        <translation>Adresse du serveur à proposer à la connexion.</translation>
    </message>
    <message>
        <source>Interface language: fr (default) or en.</source>
        <translation>Langue de l&apos;interface : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>EduConnect Admin: pupils&apos; EduConnect accounts and their letters.
Headless letters: educonnect-admin letters --help
Account lists (CSV, PDF): educonnect-admin list --help
Statistics (CSV): educonnect-admin stats --help</source>
        <translation>EduConnect Admin : les comptes EduConnect des élèves et leurs courriers.
Courriers sans fenêtre : educonnect-admin letters --help
Listes de comptes (CSV, PDF) : educonnect-admin list --help
Statistiques (CSV) : educonnect-admin stats --help</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The server sent data this client cannot read (%1).</source>
        <translation>Le serveur a envoyé des données que ce logiciel ne sait pas lire (%1).</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>le champ « %1 » est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>le champ « %1 » est vide</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation>le champ « %1 » n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date: %2</source>
        <translation>le champ « %1 » n&apos;est pas une date : %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date and time: %2</source>
        <translation>le champ « %1 » n&apos;est pas une date et heure : %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » est absent</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a list</source>
        <translation>le champ « %1 » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds something other than text</source>
        <translation>le champ « %1 » contient autre chose que du texte</translation>
    </message>
    <message>
        <source>field &quot;mef&quot; is not an object</source>
        <translation>le champ « mef » n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>unknown account state &quot;%1&quot;</source>
        <translation>état de compte inconnu « %1 »</translation>
    </message>
    <message>
        <source>field &quot;items&quot; is missing or not a list</source>
        <translation>le champ « items » est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>field &quot;hasMore&quot; is missing or not true/false</source>
        <translation>le champ « hasMore » est absent ou n&apos;est pas vrai/faux</translation>
    </message>
    <message>
        <source>field &quot;user&quot; is missing</source>
        <translation>le champ « user » est absent</translation>
    </message>
    <message>
        <source>field &quot;establishments&quot; is missing or not a list</source>
        <translation>le champ « establishments » est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>an establishment is not an object</source>
        <translation>un établissement n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UAI</source>
        <translation>« %1 » n&apos;est pas un UAI valide</translation>
    </message>
    <message>
        <source>field &quot;createdAt&quot; is missing</source>
        <translation>le champ « createdAt » est absent</translation>
    </message>
    <message>
        <source>field &quot;letters&quot; is missing or not a list</source>
        <translation>le champ « letters » est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a letter is not an object</source>
        <translation>un courrier n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>unknown letter variant &quot;%1&quot;</source>
        <translation>type de courrier inconnu « %1 »</translation>
    </message>
    <message>
        <source>the letter for %1 has no password</source>
        <translation>le courrier de %1 n&apos;a pas de mot de passe</translation>
    </message>
    <message>
        <source>field &quot;skipped&quot; is not a list</source>
        <translation>le champ « skipped » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>The server refused the sign-in or the session expired (HTTP 401).</source>
        <translation>Le serveur a refusé la connexion ou la session a expiré (HTTP 401).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (HTTP 403).</source>
        <translation>Votre compte n&apos;a pas le droit de faire cette opération (HTTP 403).</translation>
    </message>
    <message>
        <source>The server does not know this resource (HTTP 404).</source>
        <translation>Le serveur ne connaît pas cette ressource (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème interne (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Identifiant inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The one-time code is wrong or has expired.</source>
        <translation>Le code à usage unique est faux ou a expiré.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked for a moment.</source>
        <translation>Trop de connexions échouées : le compte est bloqué un moment.</translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation>La session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;a pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>These letters are no longer valid (three months): they cannot be printed again. Notify the accounts anew.</source>
        <translation>Ces courriers ne sont plus valables (trois mois) : ils ne peuvent plus être réimprimés. Notifiez à nouveau les comptes.</translation>
    </message>
    <message>
        <source>The server no longer knows where the last sync stopped: a full sync is needed.</source>
        <translation>Le serveur ne sait plus où la dernière synchronisation s&apos;était arrêtée : une synchronisation complète est nécessaire.</translation>
    </message>
    <message>
        <source>The server refused a request naming too many accounts.</source>
        <translation>Le serveur a refusé une demande portant sur trop de comptes.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP %1).</source>
        <translation>Le serveur a refusé la demande comme invalide (HTTP %1).</translation>
    </message>
    <message>
        <source>This resource is no longer available on the server (HTTP 410).</source>
        <translation>Cette ressource n&apos;est plus disponible sur le serveur (HTTP 410).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP 429).</source>
        <translation>Le serveur reçoit trop de demandes (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>a child is not an object</source>
        <translation>un enfant n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>child %1 has neither a pupil id nor a valid establishment</source>
        <translation>l&apos;enfant %1 n&apos;a ni identifiant d&apos;élève ni établissement valide</translation>
    </message>
    <message>
        <source>field &quot;children&quot; is missing or not a list</source>
        <translation>le champ « children » est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a skipped account without an id</source>
        <translation>un compte écarté sans identifiant</translation>
    </message>
    <message>
        <source>the password is for another account (%1)</source>
        <translation>le mot de passe concerne un autre compte (%1)</translation>
    </message>
    <message>
        <source>the provisional password is not 8 letters and digits</source>
        <translation>le mot de passe provisoire ne compte pas 8 lettres et chiffres</translation>
    </message>
    <message>
        <source>This account was never notified: it has no password yet. Notify it instead.</source>
        <translation>Ce compte n&apos;a jamais été notifié : il n&apos;a pas encore de mot de passe. Notifiez-le plutôt.</translation>
    </message>
    <message>
        <source>The account holder has changed this password: nobody can see it any more.</source>
        <translation>Le titulaire du compte a changé ce mot de passe : personne ne peut plus le voir.</translation>
    </message>
    <message>
        <source>not an account of this establishment</source>
        <translation>pas un compte de cet établissement</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>never notified: it has no password to reset; notify it instead</source>
        <translation>jamais notifié : il n&apos;a pas de mot de passe à réinitialiser ; notifiez-le plutôt</translation>
    </message>
    <message>
        <source>The server refused this e-mail address: check it.</source>
        <translation>Le serveur a refusé cette adresse e-mail : vérifiez-la.</translation>
    </message>
    <message>
        <source>This account has no e-mail address: give one.</source>
        <translation>Ce compte n&apos;a pas d&apos;adresse e-mail : indiquez-en une.</translation>
    </message>
    <message>
        <source>This account is not waiting for its confirmation link: only an account waiting for it (activation in progress) gets it again.</source>
        <translation>Ce compte n&apos;attend pas de lien de confirmation : seul un compte qui l&apos;attend (en cours d&apos;activation) peut le recevoir à nouveau.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation>le champ « %1 » ne vaut ni vrai ni faux</translation>
    </message>
    <message>
        <source>field &quot;notificationSettings&quot; is not an object</source>
        <translation>le champ « notificationSettings » n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>an activation address is enabled but empty</source>
        <translation>une adresse d&apos;activation est activée mais vide</translation>
    </message>
    <message>
        <source>the answer is about another address</source>
        <translation>la réponse concerne une autre adresse</translation>
    </message>
    <message>
        <source>field &quot;reachable&quot; is missing or not true/false</source>
        <translation>le champ « reachable » est absent ou n&apos;est pas vrai/faux</translation>
    </message>
    <message>
        <source>an unreachable address without a reason</source>
        <translation>une adresse injoignable sans motif</translation>
    </message>
    <message>
        <source>this is not a complete web address (such as https://ent.example.fr/)</source>
        <translation>ce n&apos;est pas une adresse web complète (comme https://ent.example.fr/)</translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation>l&apos;adresse doit commencer par https://</translation>
    </message>
    <message>
        <source>no server of that name was found</source>
        <translation>aucun serveur de ce nom n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>the server answered with an error: the page does not exist there</source>
        <translation>le serveur a répondu par une erreur : la page n&apos;y existe pas</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>The server has not verified this address: verify it before printing it on letters.</source>
        <translation>Le serveur n&apos;a pas vérifié cette adresse : vérifiez-la avant de l&apos;imprimer sur les courriers.</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>There is no letter to produce.</source>
        <translation>Il n&apos;y a aucun courrier à produire.</translation>
    </message>
    <message>
        <source>Cannot start drawing on the printer or file.</source>
        <translation>Impossible de commencer l&apos;impression sur l&apos;imprimante ou dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n letter(s).</source>
        <translation>
            <numerusform>Annulé après %n courrier.</numerusform>
            <numerusform>Annulé après %n courriers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer or file did not accept the last page.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas accepté la dernière page.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2</source>
        <translation>Impossible de terminer l&apos;écriture de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot start a new page (after %n letter(s)).</source>
        <translation>
            <numerusform>Impossible de commencer une nouvelle page (après %n courrier).</numerusform>
            <numerusform>Impossible de commencer une nouvelle page (après %n courriers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Two classes would share the file %1: rename one of them.</source>
        <translation>Deux classes auraient le même fichier %1 : renommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Pupils&apos; and parents&apos; letters cannot be mixed in one run.</source>
        <translation>Les courriers des élèves et ceux des responsables ne peuvent pas être mêlés dans un même envoi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Cannot read the letter texts %1.</source>
        <translation>Impossible de lire les textes des courriers %1.</translation>
    </message>
    <message>
        <source>The letter texts are empty.</source>
        <translation>Les textes des courriers sont vides.</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>(Re)notify the accounts</source>
        <translation>(Re)notifier les comptes</translation>
    </message>
    <message>
        <source>Also &amp;reset the passwords (use with care)</source>
        <translation>&amp;Réinitialiser aussi les mots de passe (à utiliser avec précaution)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>For large runs, filter by class: letters come sorted by class, then name.</source>
        <translation>Pour les grands volumes, filtrez par classe : les courriers sont triés par classe, puis par nom.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Printable individual letters (one per account, PDF or printer)</source>
        <translation>Par feuilles individuelles imprimables (une par compte, PDF ou imprimante)</translation>
    </message>
    <message>
        <source>E-mails sent by the server (accounts with an address)</source>
        <translation>Par envoi de courriers électroniques (comptes ayant une adresse)</translation>
    </message>
</context>
<context>
    <name>NotifyPlan</name>
    <message>
        <source>letter with the same provisional password</source>
        <translation>courrier avec le même mot de passe provisoire</translation>
    </message>
    <message>
        <source>letter with the identifier, password unchanged</source>
        <translation>courrier avec l&apos;identifiant, mot de passe inchangé</translation>
    </message>
    <message>
        <source>letter with a new provisional password (reset)</source>
        <translation>courrier avec un nouveau mot de passe provisoire (réinitialisation)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were never notified: they get their first password, no reset is done.</source>
        <translation>
            <numerusform>%n compte n&apos;a jamais été notifié : il reçoit son premier mot de passe, sans réinitialisation.</numerusform>
            <numerusform>%n comptes n&apos;ont jamais été notifiés : ils reçoivent leur premier mot de passe, sans réinitialisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password of %n account(s) stops working at once: hand out the new letters.</source>
        <translation>
            <numerusform>Le mot de passe actuel de %n compte cesse de fonctionner immédiatement : distribuez le nouveau courrier.</numerusform>
            <numerusform>Le mot de passe actuel de %n comptes cesse de fonctionner immédiatement : distribuez les nouveaux courriers.</numerusform>
        </translation>
    </message>
    <message>
        <source>letter with a new provisional password; the account goes to the state “%1”</source>
        <translation>courrier avec un nouveau mot de passe provisoire ; le compte passe à l&apos;état « %1 »</translation>
    </message>
    <message>
        <source>letter with a new provisional password, the current one stops working</source>
        <translation>courrier avec un nouveau mot de passe provisoire, l&apos;actuel cesse de fonctionner</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n account(s), %2</source>
        <translation>
            <numerusform>« %1 » : %n compte, %2</numerusform>
            <numerusform>« %1 » : %n comptes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were already notified today: with a reset they get another password, and the letters already printed for them stop working.</source>
        <translation>
            <numerusform>%n compte a déjà été notifié aujourd&apos;hui : avec une réinitialisation, il reçoit un autre mot de passe, et le courrier déjà imprimé pour lui ne fonctionne plus.</numerusform>
            <numerusform>%n comptes ont déjà été notifiés aujourd&apos;hui : avec une réinitialisation, ils reçoivent un autre mot de passe, et les courriers déjà imprimés pour eux ne fonctionnent plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The printer %1 refused the job: %2</source>
        <translation>L&apos;imprimante %1 a refusé le travail : %2</translation>
    </message>
    <message>
        <source>Sending the job to %1 failed: %2</source>
        <translation>L&apos;envoi du travail à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The printer %1 does not accept jobs at the moment.</source>
        <translation>L&apos;imprimante %1 n&apos;accepte pas de travaux pour le moment.</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: restart it, or choose another printer or a PDF.</source>
        <translation>L&apos;imprimante %1 est arrêtée : redémarrez-la, ou choisissez une autre imprimante ou un PDF.</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot;: no printer is installed.</source>
        <translation>Aucune imprimante ne s&apos;appelle « %1 » : aucune imprimante n&apos;est installée.</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot;. Printers: %2</source>
        <translation>Aucune imprimante ne s&apos;appelle « %1 ». Imprimantes : %2</translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>Courriers EduConnect</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>L&apos;imprimante %1 a signalé une erreur.</translation>
    </message>
    <message numerus="yes">
        <source>(%n letter(s) were printed before.)</source>
        <translation>
            <numerusform>(%n courrier a été imprimé auparavant.)</numerusform>
            <numerusform>(%n courriers ont été imprimés auparavant.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This account manages no establishment.</source>
        <translation>Ce compte ne gère aucun établissement.</translation>
    </message>
    <message>
        <source>Run %1 stopped part-way: resume it, which gives all its letters.</source>
        <translation>Le lot %1 s&apos;est arrêté en cours de route : reprenez-le, ce qui donne tous ses courriers.</translation>
    </message>
    <message>
        <source>This account does not manage establishment %1.</source>
        <translation>Ce compte ne gère pas l&apos;établissement %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EduConnect administration</source>
        <translation>Connexion à l&apos;administration EduConnect</translation>
    </message>
    <message>
        <source>Sign in with your establishment account and the six-digit code of your authenticator.</source>
        <translation>Connectez-vous avec votre compte d&apos;établissement et le code à six chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>MEF</source>
        <translation>MEF</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>% activated</source>
        <translation>% activés</translation>
    </message>
    <message>
        <source>% with an activated parent</source>
        <translation>% avec au moins un responsable activé</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation>Tout l&apos;établissement</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the local cache %1</source>
        <translation>Impossible d&apos;ouvrir les données locales %1</translation>
    </message>
    <message>
        <source>Cannot configure the local cache</source>
        <translation>Impossible de configurer les données locales</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the application (schema %2, this one knows %3).</source>
        <translation>Les données locales %1 ont été écrites par une version plus récente de l&apos;application (schéma %2, cette version connaît le %3).</translation>
    </message>
    <message>
        <source>Cannot start the cache migration</source>
        <translation>Impossible de démarrer la mise à jour du cache</translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache to schema %1</source>
        <translation>Impossible de mettre à jour les données locales vers le schéma %1</translation>
    </message>
    <message>
        <source>Cannot save the establishment</source>
        <translation>Impossible d&apos;enregistrer l&apos;établissement</translation>
    </message>
    <message>
        <source>Cannot write to the local cache</source>
        <translation>Impossible d&apos;écrire dans les données locales</translation>
    </message>
    <message>
        <source>No full sync is in progress.</source>
        <translation>Aucune synchronisation complète n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Cannot update the local cache</source>
        <translation>Impossible de mettre à jour les données locales</translation>
    </message>
    <message>
        <source>Cannot save the sync position</source>
        <translation>Impossible d&apos;enregistrer la position de synchronisation</translation>
    </message>
    <message>
        <source>Cannot reset the sync position</source>
        <translation>Impossible de réinitialiser la position de synchronisation</translation>
    </message>
    <message>
        <source>Cannot read pupils from the local cache</source>
        <translation>Impossible de lire les élèves dans les données locales</translation>
    </message>
    <message>
        <source>Cannot remember the notification run</source>
        <translation>Impossible d&apos;enregistrer le lot de notification</translation>
    </message>
    <message>
        <source>Cannot store account %1</source>
        <translation>Impossible d&apos;enregistrer le compte %1</translation>
    </message>
    <message>
        <source>Cannot remove account %1</source>
        <translation>Impossible de supprimer le compte %1</translation>
    </message>
    <message>
        <source>Cannot read parents from the local cache</source>
        <translation>Impossible de lire les responsables dans les données locales</translation>
    </message>
    <message>
        <source>Cannot count the accounts in the local cache</source>
        <translation>Impossible de compter les comptes dans les données locales</translation>
    </message>
    <message>
        <source>Cannot save the statistics in the local cache</source>
        <translation>Impossible d&apos;enregistrer les statistiques dans les données locales</translation>
    </message>
    <message>
        <source>Cannot read the statistics of the local cache</source>
        <translation>Impossible de lire les statistiques des données locales</translation>
    </message>
</context>
<context>
    <name>Totp</name>
    <message>
        <source>The OTP secret is not valid base32.</source>
        <translation>Le secret du code à usage unique n&apos;est pas un base32 valide.</translation>
    </message>
</context>
<context>
    <name>educonnect::ApiClient</name>
    <message>
        <source>The server&apos;s answer does not say where the e-mail went.</source>
        <translation>La réponse du serveur n&apos;indique pas à quelle adresse le message est parti.</translation>
    </message>
    <message>
        <source>The server answered about another establishment (%1).</source>
        <translation>Le serveur a répondu au sujet d&apos;un autre établissement (%1).</translation>
    </message>
</context>
<context>
    <name>educonnect::CommandSource</name>
    <message>
        <source>Use the built-in demo sandbox (started and stopped by this command).</source>
        <translation>Utiliser le bac à sable de démonstration intégré (démarré et arrêté par cette commande).</translation>
    </message>
    <message>
        <source>Connect with the details in FILE (written by educonnect-sandbox).</source>
        <translation>Se connecter avec les informations de FILE (écrit par educonnect-sandbox).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité de FILE (PEM).</translation>
    </message>
    <message>
        <source>Establishment (UAI); default: the first one of the account.</source>
        <translation>Établissement (UAI) ; par défaut, le premier du compte.</translation>
    </message>
    <message>
        <source>Data folder of the demo sandbox.</source>
        <translation>Dossier de données du bac à sable de démonstration.</translation>
    </message>
    <message>
        <source>No server: work from the local cache only (the establishment synced last, or --uai).</source>
        <translation>Sans serveur : travailler sur les données enregistrées sur ce poste (l&apos;établissement synchronisé en dernier, ou --uai).</translation>
    </message>
    <message>
        <source>Give one of --demo, --connection-file or --offline.</source>
        <translation>Indiquez --demo, --connection-file ou --offline.</translation>
    </message>
    <message>
        <source>Give either --demo or --connection-file.</source>
        <translation>Indiquez soit --demo, soit --connection-file.</translation>
    </message>
    <message>
        <source>Starting the demo sandbox...</source>
        <translation>Démarrage du bac à sable de démonstration...</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>This account does not manage establishment %1.</source>
        <translation>Ce compte ne gère pas l&apos;établissement %1.</translation>
    </message>
    <message>
        <source>This account may not manage parents&apos; accounts.</source>
        <translation>Ce compte ne peut pas gérer les comptes des responsables.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>full sync</source>
        <translation>synchronisation complète</translation>
    </message>
    <message>
        <source>changes since the last sync</source>
        <translation>changements depuis la dernière synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil record(s)</source>
        <translation>
            <numerusform>%n fiche élève</numerusform>
            <numerusform>%n fiches élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 and %2 (%3).</source>
        <translation>Synchronisé : %1 et %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n parent record(s)</source>
        <translation>
            <numerusform>%n fiche responsable</numerusform>
            <numerusform>%n fiches responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2).</source>
        <translation>Synchronisé : %1 (%2).</translation>
    </message>
    <message>
        <source>Warning: a record the server sent could not be read and was skipped (%1): %2</source>
        <translation>Attention : une fiche envoyée par le serveur n&apos;a pas pu être lue et a été ignorée (%1) : %2</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>The sync could not start: the session has ended.</source>
        <translation>La synchronisation n&apos;a pas pu commencer : la session est terminée.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use not_notified, notified, activation_pending or activated.</source>
        <translation>État inconnu « %1 » : utilisez not_notified, notified, activation_pending ou activated.</translation>
    </message>
    <message>
        <source>The local cache is empty: sync once with the server first.</source>
        <translation>Les données locales sont vides : synchronisez d&apos;abord une fois avec le serveur.</translation>
    </message>
    <message>
        <source>Offline: the accounts as of the last sync, %1.</source>
        <translation>Hors ligne : les comptes à la dernière synchronisation, %1.</translation>
    </message>
    <message>
        <source>Offline: the accounts in the local cache.</source>
        <translation>Hors ligne : les comptes enregistrés sur ce poste.</translation>
    </message>
    <message>
        <source>Folder of the local cache, settings and logs.</source>
        <translation>Dossier des données locales, des réglages et des journaux.</translation>
    </message>
    <message>
        <source>Language of the messages: fr (default) or en.</source>
        <translation>Langue des messages : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>The local cache has no accounts of establishment %1: sync it once first.</source>
        <translation>Les données locales n&apos;ont aucun compte de l&apos;établissement %1 : synchronisez-le d&apos;abord une fois.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>educonnect::LettersCommand</name>
    <message>
        <source>Class whose pupils get a letter.</source>
        <translation>Classe dont les élèves reçoivent un courrier.</translation>
    </message>
    <message>
        <source>Also reset the passwords (new provisional password for every account)</source>
        <translation>Réinitialiser aussi les mots de passe (nouveau mot de passe provisoire pour chaque compte)</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Give the class with --class.</source>
        <translation>Indiquez la classe avec --class.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment. Classes: %2</source>
        <translation>Aucune classe « %1 » dans cet établissement. Classes : %2</translation>
    </message>
    <message>
        <source>No pupil of %1 is in the requested state(s); nothing was notified.</source>
        <translation>Aucun élève de %1 n&apos;est dans le ou les états demandés ; rien n&apos;a été notifié.</translation>
    </message>
    <message numerus="yes">
        <source>The server issued no letter (%n account(s) skipped).</source>
        <translation>
            <numerusform>Le serveur n&apos;a émis aucun courrier (%n compte ignoré).</numerusform>
            <numerusform>Le serveur n&apos;a émis aucun courrier (%n comptes ignorés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Ignoré %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n pupil(s) of %1, with password reset...</source>
        <translation>
            <numerusform>Notification de %n élève de %1, avec réinitialisation du mot de passe...</numerusform>
            <numerusform>Notification de %n élèves de %1, avec réinitialisation des mots de passe...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n pupil(s) of %1...</source>
        <translation>
            <numerusform>Notification de %n élève de %1...</numerusform>
            <numerusform>Notification de %n élèves de %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one PDF per class into DIR instead of one file.</source>
        <translation>Écrire un PDF par classe dans DIR au lieu d&apos;un seul fichier.</translation>
    </message>
    <message>
        <source>Print on this printer instead of writing a file.</source>
        <translation>Imprimer sur cette imprimante au lieu d&apos;écrire un fichier.</translation>
    </message>
    <message>
        <source>With --printer: one print job per class.</source>
        <translation>Avec --printer : un travail d&apos;impression par classe.</translation>
    </message>
    <message>
        <source>official (A4, one per page, default), 2up (A5 halves) or 4up (A6 quarters).</source>
        <translation>official (A4, un par page, par défaut), 2up (demi-pages A5) ou 4up (quarts de page A6).</translation>
    </message>
    <message>
        <source>Add a QR code of the activation address (never of the password).</source>
        <translation>Ajouter un code QR de l&apos;adresse d&apos;activation (jamais du mot de passe).</translation>
    </message>
    <message>
        <source>Start each class with a page naming it.</source>
        <translation>Commencer chaque classe par une page à son nom.</translation>
    </message>
    <message>
        <source>Add each class&apos;s distribution sheet (pupil, class, identifier, date, signature).</source>
        <translation>Ajouter la fiche de distribution de chaque classe (élève, classe, identifiant, date, signature).</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use official, 2up or 4up.</source>
        <translation>Mise en page inconnue « %1 » : utilisez official, 2up ou 4up.</translation>
    </message>
    <message>
        <source>Give one destination: --output FILE.pdf, --split-by-class DIR or --printer NAME.</source>
        <translation>Indiquez une seule destination : --output FICHIER.pdf, --split-by-class DOSSIER ou --printer NOM.</translation>
    </message>
    <message>
        <source>--job-per-class goes with --printer.</source>
        <translation>--job-per-class s&apos;utilise avec --printer.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Warning: no QR code, the establishment has no activation address enabled.</source>
        <translation>Attention : pas de code QR, l&apos;établissement n&apos;a pas d&apos;adresse d&apos;activation activée.</translation>
    </message>
    <message>
        <source>%1 with a password, %2 with the password unchanged</source>
        <translation>%1 avec un mot de passe, %2 avec le mot de passe inchangé</translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>Courriers EduConnect</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L&apos;impression a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n letter(s) to the printer %1 (%2).</source>
        <translation>
            <numerusform>%n courrier envoyé à l&apos;imprimante %1 (%2).</numerusform>
            <numerusform>%n courriers envoyés à l&apos;imprimante %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>Les courriers n&apos;ont pas pu être écrits : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1 (%2).</source>
        <translation>
            <numerusform>%n courrier écrit dans %1 (%2).</numerusform>
            <numerusform>%n courriers écrits dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s), one PDF per class, in %1 (%2).</source>
        <translation>
            <numerusform>%n courrier écrit, un PDF par classe, dans %1 (%2).</numerusform>
            <numerusform>%n courriers écrits, un PDF par classe, dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters of an earlier run again (its id), without notifying anyone.</source>
        <translation>Réimprimer les courriers d&apos;un lot précédent (son identifiant), sans notifier personne.</translation>
    </message>
    <message>
        <source>Fetching the letters of run %1...</source>
        <translation>Récupération des courriers du lot %1...</translation>
    </message>
    <message>
        <source>Cannot get the letters of run %1 again: %2</source>
        <translation>Impossible de récupérer les courriers du lot %1 : %2</translation>
    </message>
    <message>
        <source>The accounts were notified. Until %2, print these letters again with &quot;letters --reprint %1&quot; or from the application, instead of notifying again.</source>
        <translation>Les comptes ont été notifiés. Jusqu&apos;au %2, réimprimez ces courriers avec « letters --reprint %1 » ou depuis l&apos;application, au lieu de notifier à nouveau.</translation>
    </message>
    <message>
        <source>Run %1: its letters can be printed again with --reprint %1 until %2.</source>
        <translation>Lot %1 : ses courriers peuvent être réimprimés avec --reprint %1 jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Finish a notification run that stopped part-way (its id), then write all its letters. Nobody is notified twice.</source>
        <translation>Terminer une notification interrompue (son identifiant), puis écrire tous ses courriers. Personne n&apos;est notifié deux fois.</translation>
    </message>
    <message>
        <source>Give either --reprint or --resume.</source>
        <translation>Donnez soit --reprint, soit --resume.</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>Run %1 belongs to establishment %2: add --uai %2.</source>
        <translation>Le lot %1 concerne l&apos;établissement %2 : ajoutez --uai %2.</translation>
    </message>
    <message>
        <source>No account was notified twice. Finish this run (run %1) with:</source>
        <translation>Aucun compte n&apos;a été notifié deux fois. Terminez ce lot (%1) avec :</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n letter(s)...</source>
        <translation>
            <numerusform>Écriture de %n courrier...</numerusform>
            <numerusform>Écriture de %n courriers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Only accounts in this state: not_notified, notified, activation_pending or activated (repeatable).</source>
        <translation>Seulement les comptes dans cet état : not_notified, notified, activation_pending ou activated (répétable).</translation>
    </message>
    <message>
        <source>Usage: educonnect-admin letters (--demo | --connection-file FILE) (--class CLASS [--guardians] | --resume RUN | --reprint RUN) (--output FILE.pdf | --split-by-class DIR | --printer NAME) [--state STATE] [--reset] [--layout official|2up|4up] [--qr] [--separator-pages] [--distribution-sheet]</source>
        <translation>Utilisation : educonnect-admin letters (--demo | --connection-file FICHIER) (--class CLASSE [--guardians] | --resume LOT | --reprint LOT) (--output FICHIER.pdf | --split-by-class DOSSIER | --printer NOM) [--state ÉTAT] [--reset] [--layout official|2up|4up] [--qr] [--separator-pages] [--distribution-sheet]</translation>
    </message>
    <message>
        <source>--reprint prints an earlier run as it was: --class, --guardians, --state and --reset do not apply.</source>
        <translation>--reprint réimprime une notification telle qu&apos;elle était : --class, --guardians, --state et --reset ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>--resume finishes a run as it was started: --class, --guardians, --state and --reset do not apply.</source>
        <translation>--resume termine un lot tel qu&apos;il a été lancé : --class, --guardians, --state et --reset ne s&apos;appliquent pas.</translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n parent account(s) of %1, with password reset...</source>
        <translation>
            <numerusform>Notification de %n compte responsable de %1, avec réinitialisation du mot de passe...</numerusform>
            <numerusform>Notification de %n comptes responsables de %1, avec réinitialisation des mots de passe...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifying %n parent account(s) of %1...</source>
        <translation>
            <numerusform>Notification de %n compte responsable de %1...</numerusform>
            <numerusform>Notification de %n comptes responsables de %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters for the parent accounts filed under the class instead: one per parent account, naming every child, filed under the youngest child&apos;s class.</source>
        <translation>Courriers des comptes responsables rattachés à la classe, au lieu des élèves : un par compte responsable, avec tous ses enfants, classé dans la classe du plus jeune.</translation>
    </message>
    <message>
        <source>No parent account filed under %1 is in the requested state(s); nothing was notified.</source>
        <translation>Aucun compte responsable rattaché à %1 n&apos;est dans l&apos;état demandé ; personne n&apos;a été notifié.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming run %1: %n of %2 account(s) were already notified.</source>
        <translation>
            <numerusform>Reprise du lot %1 : %n compte sur %2 était déjà notifié.</numerusform>
            <numerusform>Reprise du lot %1 : %n comptes sur %2 étaient déjà notifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: a letter sent by the server could not be read (%1): %2. That account may have a new password that no letter shows: contact the server&apos;s administrators before notifying it again.</source>
        <translation>Erreur : un courrier envoyé par le serveur n&apos;a pas pu être lu (%1) : %2. Ce compte a peut-être un nouveau mot de passe qu&apos;aucun courrier n&apos;indique : contactez les administrateurs du serveur avant de le notifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>educonnect::ListCommand</name>
    <message>
        <source>List the parents&apos; accounts instead of the pupils&apos;.</source>
        <translation>Lister les comptes des responsables au lieu de ceux des élèves.</translation>
    </message>
    <message>
        <source>Only this class (repeatable); for parents, their children&apos;s classes.</source>
        <translation>Seulement cette classe (option répétable) ; pour les responsables, les classes de leurs enfants.</translation>
    </message>
    <message>
        <source>Only accounts in this state: not_notified, notified, activation_pending or activated (repeatable).</source>
        <translation>Seulement les comptes dans cet état : not_notified, notified, activation_pending ou activated (répétable).</translation>
    </message>
    <message>
        <source>File to write: FILE.csv or FILE.pdf.</source>
        <translation>Fichier à écrire : FICHIER.csv ou FICHIER.pdf.</translation>
    </message>
    <message>
        <source>Show the passwords that are still provisional, fetched from the server (never with --offline). Otherwise every password reads ******.</source>
        <translation>Afficher les mots de passe encore provisoires, demandés au serveur (jamais avec --offline). Sinon, chaque mot de passe s&apos;affiche ******.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv or --output FILE.pdf.</source>
        <translation>Indiquez le fichier à écrire avec --output FICHIER.csv ou --output FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--with-passwords needs the server: the passwords are never kept on this computer.</source>
        <translation>--with-passwords nécessite le serveur : les mots de passe ne sont jamais conservés sur ce poste.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment. Classes: %2</source>
        <translation>Aucune classe « %1 » dans cet établissement. Classes : %2</translation>
    </message>
    <message>
        <source>Fetching the provisional passwords...</source>
        <translation>Demande des mots de passe provisoires...</translation>
    </message>
    <message numerus="yes">
        <source>%n provisional password(s) shown; the others were changed by their holders or never issued.</source>
        <translation>
            <numerusform>%n mot de passe provisoire affiché ; les autres ont été changés par leurs titulaires ou jamais attribués.</numerusform>
            <numerusform>%n mots de passe provisoires affichés ; les autres ont été changés par leurs titulaires ou jamais attribués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n account(s) to %1 (%2 page(s)).</source>
        <translation>
            <numerusform>%n compte écrit dans %1 (%2 page(s)).</numerusform>
            <numerusform>%n comptes écrits dans %1 (%2 page(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n account(s) to %1.</source>
        <translation>
            <numerusform>%n compte écrit dans %1.</numerusform>
            <numerusform>%n comptes écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the classes&apos; distribution sheets (pupil, class, identifier, date handed out, signature; never a password) as FILE.pdf instead of the list.</source>
        <translation>Écrire les fiches de distribution des classes (élève, classe, identifiant, remis le, signature ; jamais de mot de passe) dans FICHIER.pdf au lieu de la liste.</translation>
    </message>
    <message>
        <source>Usage: educonnect-admin list (--demo | --connection-file FILE | --offline) [--guardians] [--class CLASS]... [--state STATE]... --output FILE.csv|FILE.pdf [--with-passwords | --sheets]</source>
        <translation>Utilisation : educonnect-admin list (--demo | --connection-file FICHIER | --offline) [--guardians] [--class CLASSE]... [--state ÉTAT]... --output FICHIER.csv|FICHIER.pdf [--with-passwords | --sheets]</translation>
    </message>
    <message>
        <source>--sheets writes a PDF (--output FILE.pdf) and never a password (not with --with-passwords).</source>
        <translation>--sheets écrit un PDF (--output FICHIER.pdf) et jamais de mot de passe (pas avec --with-passwords).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the distribution sheets of %n account(s) to %1 (%2 page(s)).</source>
        <translation>
            <numerusform>Fiches de distribution de %n compte écrites dans %1 (%2 page(s)).</numerusform>
            <numerusform>Fiches de distribution de %n comptes écrites dans %1 (%2 page(s)).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::NotificationRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>There is no notification run %1 in this computer&apos;s records.</source>
        <translation>Aucun lot %1 n&apos;est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The notification run %1 is already finished: print its letters again instead (reprint).</source>
        <translation>Le lot %1 est déjà terminé : réimprimez plutôt ses courriers.</translation>
    </message>
    <message>
        <source>The server is needed to go on: sign in first.</source>
        <translation>La suite a besoin du serveur : connectez-vous d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>The notification stopped after %n of %1 account(s): %2</source>
        <translation>
            <numerusform>La notification s&apos;est arrêtée après %n compte sur %1 : %2</numerusform>
            <numerusform>La notification s&apos;est arrêtée après %n comptes sur %1 : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::SandboxLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>Le serveur de démonstration n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>Cannot start the demo server %1: %2</source>
        <translation>Impossible de démarrer le serveur de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation>Le serveur de démonstration s&apos;est arrêté (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>educonnect::StatsCommand</name>
    <message>
        <source>Group by class (default), level or mef.</source>
        <translation>Regrouper par classe (class, par défaut), niveau (level) ou MEF (mef).</translation>
    </message>
    <message>
        <source>The parents&apos; accounts instead of the pupils&apos;.</source>
        <translation>Les comptes des responsables au lieu de ceux des élèves.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Usage: educonnect-admin stats (--demo | --connection-file FILE | --offline) [--by class|level|mef] [--guardians] --output FILE.csv</source>
        <translation>Utilisation : educonnect-admin stats (--demo | --connection-file FICHIER | --offline) [--by class|level|mef] [--guardians] --output FICHIER.csv</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;: use class, level or mef.</source>
        <translation>Regroupement inconnu « %1 » : utilisez class, level ou mef.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv.</source>
        <translation>Indiquez le fichier à écrire avec --output FICHIER.csv.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s), %1 % activated, %2 % with an activated parent: written to %3.</source>
        <translation>
            <numerusform>%n élève, %1 % activé, %2 % avec au moins un responsable activé : écrit dans %3.</numerusform>
            <numerusform>%n élèves, %1 % activés, %2 % avec au moins un responsable activé : écrit dans %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s), %1 % activated: written to %2.</source>
        <translation>
            <numerusform>%n compte de responsable, %1 % activé : écrit dans %2.</numerusform>
            <numerusform>%n comptes de responsables, %1 % activés : écrit dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s), %1 % activated: written to %2.</source>
        <translation>
            <numerusform>%n élève, %1 % activé : écrit dans %2.</numerusform>
            <numerusform>%n élèves, %1 % activés : écrit dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::SyncEngine</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The server keeps announcing more data without moving forward (page %1); the sync was stopped. What was received so far is kept. Try again later or contact the server&apos;s administrators.</source>
        <translation>Le serveur annonce sans cesse d&apos;autres données sans avancer (page %1) ; la synchronisation a été arrêtée. Ce qui a déjà été reçu est conservé. Réessayez plus tard ou contactez les administrateurs du serveur.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountDetailDialog</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>(Re)notify…</source>
        <translation>(Re)notifier…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pupil&apos;s account</source>
        <translation>Compte élève</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <source>MEF:</source>
        <translation>MEF :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Notifié le :</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion :</translation>
    </message>
    <message>
        <source>Parents (Enter or double-click opens one):</source>
        <translation>Responsables (Entrée ou double-clic pour en ouvrir un) :</translation>
    </message>
    <message>
        <source>Parent&apos;s account</source>
        <translation>Compte responsable</translation>
    </message>
    <message>
        <source>Children (Enter or double-click opens one):</source>
        <translation>Enfants (Entrée ou double-clic pour en ouvrir un) :</translation>
    </message>
    <message>
        <source>none yet (never notified)</source>
        <translation>aucun pour l&apos;instant (jamais notifié)</translation>
    </message>
    <message>
        <source>Asks the server for the provisional password, if it still is one.</source>
        <translation>Demande au serveur le mot de passe provisoire, s&apos;il l&apos;est encore.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Demande au serveur…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Provisional: to change at the first sign-in. It is not kept on this computer.</source>
        <translation>Provisoire : à modifier lors de la première connexion. Il n&apos;est pas conservé sur ce poste.</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>A new provisional password: the old one stops working at once.</source>
        <translation>Un nouveau mot de passe provisoire : l&apos;ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>Resend the activation e-mail</source>
        <translation>Renvoyer le mail d&apos;activation</translation>
    </message>
    <message>
        <source>E-mail address the link goes to</source>
        <translation>Adresse e-mail à laquelle envoyer le lien</translation>
    </message>
    <message>
        <source>Sends the confirmation link again; correct the address first if needed (the server keeps the new one).</source>
        <translation>Renvoie le lien de confirmation ; corrigez d&apos;abord l&apos;adresse si besoin (le serveur garde la nouvelle).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>The confirmation link was sent to %1.</source>
        <translation>Le lien de confirmation a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Téléphone portable :</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountListDialog</name>
    <message>
        <source>List the pupils&apos; accounts</source>
        <translation>Lister les comptes des élèves</translation>
    </message>
    <message>
        <source>List the parents&apos; accounts</source>
        <translation>Lister les comptes des responsables</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message numerus="yes">
        <source>The %n ticked pupil(s)</source>
        <translation>
            <numerusform>L&apos;élève coché (%n)</numerusform>
            <numerusform>Les %n élèves cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n ticked parent account(s)</source>
        <translation>
            <numerusform>Le compte responsable coché (%n)</numerusform>
            <numerusform>Les %n comptes responsables cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) shown by the criteria</source>
        <translation>
            <numerusform>L&apos;élève affiché par les critères (%n)</numerusform>
            <numerusform>Les %n élèves affichés par les critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n parent account(s) shown by the criteria</source>
        <translation>
            <numerusform>Le compte responsable affiché par les critères (%n)</numerusform>
            <numerusform>Les %n comptes responsables affichés par les critères</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF, to print or to send to teachers</source>
        <translation>PDF, à imprimer ou à envoyer aux enseignants</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (Excel, LibreOffice)</source>
        <translation>CSV, pour un tableur (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Show the passwords that are still provisional (asked of the server)</source>
        <translation>Afficher les mots de passe encore provisoires (demandés au serveur)</translation>
    </message>
    <message>
        <source>Otherwise every password reads ******. A password its holder has changed is never shown.</source>
        <translation>Sinon, chaque mot de passe s&apos;affiche ******. Un mot de passe changé par son titulaire n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Asking the server for the provisional passwords…</source>
        <translation>Demande des mots de passe provisoires au serveur…</translation>
    </message>
    <message>
        <source>The list was not written: %1</source>
        <translation>La liste n&apos;a pas été écrite : %1</translation>
    </message>
    <message>
        <source>Distribution sheets (PDF), one per class: pupil, class, identifier, date handed out, signature</source>
        <translation>Fiches de distribution (PDF), une par classe : élève, classe, identifiant, remis le, signature</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountTableModel</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Statut du compte</translation>
    </message>
    <message>
        <source>Account origin</source>
        <translation>Origine du compte</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Date de dernière connexion</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>provisional: Enter to show</source>
        <translation>provisoire : Entrée pour l&apos;afficher</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>courrier expiré</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>The letter expired on %1 and the account was never activated: hand out a new one.</source>
        <translation>Le courrier a expiré le %1 et le compte n&apos;a jamais été activé : remettez-en un nouveau.</translation>
    </message>
    <message>
        <source>The letter expires on %1 and the account is not activated yet.</source>
        <translation>Le courrier expire le %1 et le compte n&apos;est pas encore activé.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::AccountsPage</name>
    <message>
        <source>(Re)notify the accounts</source>
        <translation>(Re)notifier les comptes</translation>
    </message>
    <message>
        <source>Print a batch again…</source>
        <translation>Réimprimer un lot…</translation>
    </message>
    <message>
        <source>Letters of a recent run, with the same passwords, without notifying again.</source>
        <translation>Les courriers d&apos;un lot récent, avec les mêmes mots de passe, sans notifier à nouveau.</translation>
    </message>
    <message>
        <source>List the accounts…</source>
        <translation>Lister les comptes…</translation>
    </message>
    <message>
        <source>A PDF or CSV list of the ticked accounts, or of those shown, e.g. for a teacher. Works offline.</source>
        <translation>Une liste PDF ou CSV des comptes cochés, ou de ceux affichés, par exemple pour un enseignant. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Reset the passwords…</source>
        <translation>Réinitialiser les mots de passe…</translation>
    </message>
    <message>
        <source>A new provisional password for each ticked account: the old one stops working at once, and the new letters follow.</source>
        <translation>Un nouveau mot de passe provisoire pour chaque compte coché : l&apos;ancien cesse aussitôt de fonctionner, et les nouveaux courriers suivent.</translation>
    </message>
    <message>
        <source>Troubleshooting view</source>
        <translation>Vue Dépannage</translation>
    </message>
    <message>
        <source>Shows a « Password » column: ****** once changed by its holder, or a provisional one to show from the account (Enter).</source>
        <translation>Affiche une colonne « Mot de passe » : ****** une fois changé par son titulaire, ou un mot de passe provisoire à afficher depuis le compte (Entrée).</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::BatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) ready, %1 with a provisional password.</source>
        <translation>
            <numerusform>%n courrier prêt, %1 avec un mot de passe provisoire.</numerusform>
            <numerusform>%n courriers prêts, dont %1 avec un mot de passe provisoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification stopped early: %1. The letters below were issued before it stopped.</source>
        <translation>La notification s&apos;est arrêtée avant la fin : %1. Les courriers ci-dessous ont été émis avant l&apos;arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were skipped by the server.</source>
        <translation>
            <numerusform>%n compte a été ignoré par le serveur.</numerusform>
            <numerusform>%n comptes ont été ignorés par le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Enregistrer les courriers</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Le PDF n&apos;a pas été enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n courrier enregistré dans %1.</numerusform>
            <numerusform>%n courriers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>EduConnect letters</source>
        <translation>Courriers EduConnect</translation>
    </message>
    <message>
        <source>Printing failed: %1. The letters are still here: try again.</source>
        <translation>L&apos;impression a échoué : %1. Les courriers sont toujours disponibles : réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to %1.</source>
        <translation>
            <numerusform>%n courrier envoyé à %1.</numerusform>
            <numerusform>%n courriers envoyés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer ?</translation>
    </message>
    <message>
        <source>The letters were neither saved nor printed. Once this window is closed, their provisional passwords are no longer available here. Close anyway?</source>
        <translation>Les courriers n&apos;ont été ni enregistrés ni imprimés. Une fois cette fenêtre fermée, leurs mots de passe provisoires ne seront plus disponibles ici. Fermer quand même ?</translation>
    </message>
    <message>
        <source>Official: A4, one letter per page</source>
        <translation>Officielle : A4, un courrier par page</translation>
    </message>
    <message>
        <source>Two per page (A5), with cut marks</source>
        <translation>Deux par page (A5), avec traits de coupe</translation>
    </message>
    <message>
        <source>Four per page (A6), with cut marks</source>
        <translation>Quatre par page (A6), avec traits de coupe</translation>
    </message>
    <message>
        <source>Everything in one document</source>
        <translation>Tout dans un seul document</translation>
    </message>
    <message>
        <source>A page naming each class before its letters</source>
        <translation>Une page au nom de chaque classe avant ses courriers</translation>
    </message>
    <message>
        <source>One PDF file, or one print job, per class</source>
        <translation>Un fichier PDF, ou un travail d&apos;impression, par classe</translation>
    </message>
    <message>
        <source>No sign-in address is enabled in the settings (Paramétrage).</source>
        <translation>Aucune adresse de connexion n&apos;est activée dans le Paramétrage.</translation>
    </message>
    <message>
        <source>Cancelled. The letters are still here.</source>
        <translation>Annulé. Les courriers sont toujours disponibles.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Folder for the classes&apos; PDF files</source>
        <translation>Dossier des fichiers PDF des classes</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved, one PDF per class, in %1.</source>
        <translation>
            <numerusform>%n courrier enregistré, un PDF par classe, dans %1.</numerusform>
            <numerusform>%n courriers enregistrés, un PDF par classe, dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF files were not saved: %1</source>
        <translation>Les fichiers PDF n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L&apos;aperçu a échoué : %1</translation>
    </message>
    <message>
        <source>Pupil: %1 %2 (%3)</source>
        <translation>Élève : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Parent: %1 %2</source>
        <translation>Responsable : %1 %2</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent by the server could not be read (%1): those accounts may have a new password that no letter here shows. Contact the server&apos;s administrators before notifying them again.</source>
        <translation>
            <numerusform>%n courrier envoyé par le serveur n&apos;a pas pu être lu (%1) : ce compte a peut-être un nouveau mot de passe qu&apos;aucun courrier ici n&apos;indique. Contactez les administrateurs du serveur avant de le notifier à nouveau.</numerusform>
            <numerusform>%n courriers envoyés par le serveur n&apos;ont pas pu être lus (%1) : ces comptes ont peut-être un nouveau mot de passe qu&apos;aucun courrier ici n&apos;indique. Contactez les administrateurs du serveur avant de les notifier à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::ClassLettersDialog</name>
    <message>
        <source>A class&apos;s letters</source>
        <translation>Courriers d&apos;une classe</translation>
    </message>
    <message>
        <source>Type a class, e.g. 3e A</source>
        <translation>Saisissez une classe, par exemple 3e A</translation>
    </message>
    <message>
        <source>P&amp;upils</source>
        <translation>É&amp;lèves</translation>
    </message>
    <message>
        <source>P&amp;arents (filed under their youngest child&apos;s class)</source>
        <translation>&amp;Responsables (classés dans la classe de leur plus jeune enfant)</translation>
    </message>
    <message>
        <source>This account may not manage parents&apos; accounts.</source>
        <translation>Ce compte ne peut pas gérer les comptes des responsables.</translation>
    </message>
    <message>
        <source>New &amp;provisional passwords (the current ones stop working)</source>
        <translation>Nouveaux mots de passe &amp;provisoires (les actuels cessent de fonctionner)</translation>
    </message>
    <message>
        <source>No printer installed: the letters open in their window</source>
        <translation>Aucune imprimante installée : les courriers s&apos;ouvrent dans leur fenêtre</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notifier</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>États :</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>Imprimant&amp;e :</translation>
    </message>
    <message>
        <source>Type the class whose letters to print.</source>
        <translation>Saisissez la classe dont imprimer les courriers.</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in this establishment.</source>
        <translation>Aucune classe « %1 » dans cet établissement.</translation>
    </message>
    <message>
        <source>No account of %1 is in the states ticked: nothing to print.</source>
        <translation>Aucun compte de %1 n&apos;est dans les états cochés : rien à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) of %1 get a letter.</source>
        <translation>
            <numerusform>%n élève de %1 reçoit un courrier.</numerusform>
            <numerusform>%n élèves de %1 reçoivent un courrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s) filed under %1 get a letter.</source>
        <translation>
            <numerusform>%n compte responsable classé en %1 reçoit un courrier.</numerusform>
            <numerusform>%n comptes responsables classés en %1 reçoivent un courrier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::CriteriaBar</name>
    <message>
        <source>Reset criteria</source>
        <translation>Réinitialiser les critères</translation>
    </message>
    <message>
        <source>● Filter active</source>
        <translation>● Filtre actif</translation>
    </message>
    <message>
        <source>MEF</source>
        <translation>MEF</translation>
    </message>
    <message>
        <source>Class(es)</source>
        <translation>Classe(s)</translation>
    </message>
    <message>
        <source>Account state(s)</source>
        <translation>État(s) de compte</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>with an address</source>
        <translation>avec adresse</translation>
    </message>
    <message>
        <source>without an address</source>
        <translation>sans adresse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>notified over 15 days ago, not activated</source>
        <translation>notifiés depuis plus de 15 jours et non activés</translation>
    </message>
    <message>
        <source>notified over 30 days ago, not activated</source>
        <translation>notifiés depuis plus de 30 jours et non activés</translation>
    </message>
    <message numerus="yes">
        <source>letter expired or expiring within %n day(s)</source>
        <translation>
            <numerusform>courrier expiré ou expirant sous %n jour</numerusform>
            <numerusform>courrier expiré ou expirant sous %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::GuardianTableModel</name>
    <message>
        <source>Parent</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Attached pupil(s)</source>
        <translation>Élève(s) rattaché(s)</translation>
    </message>
    <message>
        <source>%1, in another establishment: %2 (%3)</source>
        <translation>%1, dans un autre établissement : %2 (%3)</translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <translation>%1, classe %2</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::HeaderBar</name>
    <message>
        <source>No establishment yet</source>
        <translation>Aucun établissement pour l&apos;instant</translation>
    </message>
    <message>
        <source>head of establishment</source>
        <translation>chef d&apos;établissement</translation>
    </message>
    <message>
        <source>delegated staff</source>
        <translation>personnel délégué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Online since %1</source>
        <translation>● En ligne depuis %1</translation>
    </message>
    <message>
        <source>● Offline since %1</source>
        <translation>● Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Never synchronized</source>
        <translation>Jamais synchronisé</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue %1</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Choose an &amp;establishment:</source>
        <translation>Choisir un &amp;établissement :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>UAI:</source>
        <translation>UAI :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Pupils&apos; letters:</source>
        <translation>Courriers des élèves :</translation>
    </message>
    <message>
        <source>Parents&apos; letters:</source>
        <translation>Courriers des responsables :</translation>
    </message>
    <message>
        <source>Data of:</source>
        <translation>Données du :</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% activated</source>
        <translation>% activés</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>A class&apos;s &amp;letters…</source>
        <translation>&amp;Courriers d&apos;une classe…</translation>
    </message>
    <message>
        <source>Choose a class and the accounts: their letters go to the printer.</source>
        <translation>Choisissez une classe et les comptes : leurs courriers partent à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>&amp;Pupils&apos; accounts</source>
        <translation>Comptes des élè&amp;ves</translation>
    </message>
    <message>
        <source>The list of pupils&apos; accounts.</source>
        <translation>La liste des comptes des élèves.</translation>
    </message>
    <message>
        <source>P&amp;arents&apos; accounts</source>
        <translation>Comptes des &amp;responsables</translation>
    </message>
    <message>
        <source>The list of parents&apos; accounts.</source>
        <translation>La liste des comptes des responsables.</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>Activation by class, level or MEF.</source>
        <translation>L&apos;activation par classe, niveau ou MEF.</translation>
    </message>
    <message>
        <source>Print a &amp;batch again…</source>
        <translation>Réimprimer un &amp;lot…</translation>
    </message>
    <message>
        <source>The letters of an earlier notification, while they are valid.</source>
        <translation>Les courriers d&apos;une notification précédente, tant qu&apos;ils sont valables.</translation>
    </message>
    <message>
        <source>There is only one establishment to choose from.</source>
        <translation>Il n&apos;y a qu&apos;un établissement à choisir.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No establishment yet: sign in to synchronize one.</source>
        <translation>Pas encore d&apos;établissement : connectez-vous pour en synchroniser un.</translation>
    </message>
    <message>
        <source>last synchronized on %1</source>
        <translation>dernière synchronisation le %1</translation>
    </message>
    <message>
        <source>never synchronized</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>%1 of the pupils have at least one parent whose account is activated.</source>
        <translation>%1 des élèves ont au moins un responsable dont le compte est activé.</translation>
    </message>
    <message>
        <source>no address (none enabled in Settings)</source>
        <translation>aucune adresse (aucune activée dans Paramétrage)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::LetterPreviewDialog</name>
    <message>
        <source>Preview of the letters</source>
        <translation>Aperçu des courriers</translation>
    </message>
    <message>
        <source>Letters preview</source>
        <translation>Aperçu des courriers</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Largeur de la page</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>&amp;Page entière</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Page pré&amp;cédente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out and unlock</source>
        <translation>Se déco&amp;nnecter et déverrouiller</translation>
    </message>
    <message>
        <source>For someone else at this computer: the session ends and letters not yet printed are dropped (print them again with &quot;Print a batch again…&quot;).</source>
        <translation>Pour une autre personne à ce poste : la session se termine et les courriers pas encore imprimés sont abandonnés (réimprimez-les avec « Réimprimer un lot… »).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Verrouillé après %n minute sans utilisation.</numerusform>
            <numerusform>Verrouillé après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Verrouillé après un moment sans utilisation.</translation>
    </message>
    <message>
        <source>%1, enter your password and a one-time code to go on.</source>
        <translation>%1, saisissez votre mot de passe et un code à usage unique pour continuer.</translation>
    </message>
    <message>
        <source>Nobody is signed in: unlock to go on.</source>
        <translation>Personne n&apos;est connecté : déverrouillez pour continuer.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Enter your password and a one-time code.</source>
        <translation>Saisissez votre mot de passe et un code à usage unique.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MainWindow</name>
    <message>
        <source>EduConnect – Account administration</source>
        <translation>EduConnect – Administration des comptes</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Démarrage du bac à sable de démonstration…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Offline: you can browse the cached lists. Sign in to notify accounts.</source>
        <translation>Hors ligne : vous pouvez consulter les listes en cache. Connectez-vous pour notifier des comptes.</translation>
    </message>
    <message>
        <source>The session expired: sign in again.</source>
        <translation>La session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Synchronized: %n change(s) received.</source>
        <translation>
            <numerusform>Synchronisé : %n changement reçu.</numerusform>
            <numerusform>Synchronisé : %n changements reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronization failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Notifying the accounts…</source>
        <translation>Notification des comptes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation>Échec de la notification : %1</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready.</source>
        <translation>
            <numerusform>%n courrier prêt.</numerusform>
            <numerusform>%n courriers prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: notifying needs it.</source>
        <translation>Le serveur est injoignable : la notification en a besoin.</translation>
    </message>
    <message>
        <source>Sign in to notify accounts: it needs the server.</source>
        <translation>Connectez-vous pour notifier des comptes : cela nécessite le serveur.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Quitter ?</translation>
    </message>
    <message>
        <source>Letters were neither saved nor printed. Quit anyway and lose them?</source>
        <translation>Des courriers n&apos;ont été ni enregistrés ni imprimés. Quitter quand même et les perdre ?</translation>
    </message>
    <message>
        <source>The letters cannot be fetched again: %1</source>
        <translation>Les courriers ne peuvent pas être récupérés : %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>No account will be notified twice: resuming sends the rest with the same requests.

Retry: resume now.
Close: resume later (the banner at the top of the window).
Abandon: notify no one else, and get the letters issued so far.</source>
        <translation>Aucun compte ne sera notifié deux fois : la reprise envoie le reste avec les mêmes demandes.

Réessayer : reprendre maintenant.
Fermer : reprendre plus tard (bandeau en haut de la fenêtre).
Abandonner : ne notifier personne d&apos;autre et obtenir les courriers déjà émis.</translation>
    </message>
    <message>
        <source>Notification stopped</source>
        <translation>Notification interrompue</translation>
    </message>
    <message>
        <source>Notification stopped: resume it from the banner at the top of the window.</source>
        <translation>Notification interrompue : reprenez-la depuis le bandeau en haut de la fenêtre.</translation>
    </message>
    <message>
        <source>Abandon the notification?</source>
        <translation>Abandonner la notification ?</translation>
    </message>
    <message>
        <source>Resuming needs the server: sign in first.</source>
        <translation>La reprise a besoin du serveur : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter ?</translation>
    </message>
    <message>
        <source>Letters were neither saved nor printed: signing out drops them, and their provisional passwords with them. Sign out anyway?</source>
        <translation>Des courriers n&apos;ont été ni enregistrés ni imprimés : la déconnexion les efface, avec leurs mots de passe provisoires. Se déconnecter quand même ?</translation>
    </message>
    <message>
        <source>Signed out. The cached lists stay available offline.</source>
        <translation>Déconnecté. Les listes enregistrées sur cet ordinateur restent consultables hors ligne.</translation>
    </message>
    <message>
        <source>The accounts not yet notified will not be. The letters already issued stay available in &quot;Print a batch again…&quot; while they are valid. Abandon?</source>
        <translation>Les comptes pas encore notifiés ne le seront pas. Les courriers déjà émis restent disponibles dans « Réimprimer un lot… » tant qu&apos;ils sont valables. Abandonner ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other class(es)</source>
        <translation>
            <numerusform>%1 et %n autre classe</numerusform>
            <numerusform>%1 et %n autres classes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: resuming needs it.</source>
        <translation>Le serveur est injoignable : la reprise en a besoin.</translation>
    </message>
    <message>
        <source>The local data cannot be opened: signing in needs it.</source>
        <translation>Les données locales ne peuvent pas être ouvertes : la connexion en a besoin.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>A notification is running: wait for it to end before signing in again.</source>
        <translation>Une notification est en cours : attendez qu&apos;elle se termine avant de vous reconnecter.</translation>
    </message>
    <message>
        <source>record without an id</source>
        <translation>fiche sans identifiant</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent by the server could not be read and were set aside; the next sync asks for them again.</source>
        <translation>
            <numerusform>%n fiche envoyée par le serveur n&apos;a pas pu être lue et a été mise de côté ; la prochaine synchronisation la redemandera.</numerusform>
            <numerusform>%n fiches envoyées par le serveur n&apos;ont pas pu être lues et ont été mises de côté ; la prochaine synchronisation les redemandera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notification could not be abandoned yet: %n account(s) may have been notified without their letter, and the server must confirm it first (%1). It stays in the banner.</source>
        <translation>
            <numerusform>La notification ne peut pas encore être abandonnée : %n compte a peut-être été notifié sans son courrier, et le serveur doit d&apos;abord le confirmer (%1). Elle reste dans le bandeau.</numerusform>
            <numerusform>La notification ne peut pas encore être abandonnée : %n comptes ont peut-être été notifiés sans leur courrier, et le serveur doit d&apos;abord le confirmer (%1). Elle reste dans le bandeau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification abandoned. The letters already issued can be printed again with &quot;Print a batch again…&quot;.</source>
        <translation>Notification abandonnée. Les courriers déjà émis peuvent être réimprimés avec « Réimprimer un lot… ».</translation>
    </message>
    <message numerus="yes">
        <source>A notification started on %1 stopped part-way: the server confirmed %n of %2 account(s) (%3).</source>
        <translation>
            <numerusform>Une notification lancée le %1 s&apos;est arrêtée en cours de route : le serveur a confirmé %n compte sur %2 (%3).</numerusform>
            <numerusform>Une notification lancée le %1 s&apos;est arrêtée en cours de route : le serveur a confirmé %n comptes sur %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>A notification is running. Quit anyway? It stops where it is, and the banner offers to resume it at the next start: nobody is notified twice.</source>
        <translation>Une notification est en cours. Quitter quand même ? Elle s&apos;arrête là où elle en est, et le bandeau proposera de la reprendre au prochain démarrage : personne n&apos;est notifié deux fois.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the passwords are only on the server.</source>
        <translation>Le serveur est injoignable : les mots de passe ne se trouvent que sur le serveur.</translation>
    </message>
    <message>
        <source>Sign in to show passwords: they are only on the server.</source>
        <translation>Connectez-vous pour afficher les mots de passe : ils ne se trouvent que sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>List of %n account(s) written to %1.</source>
        <translation>
            <numerusform>Liste de %n compte écrite dans %1.</numerusform>
            <numerusform>Liste de %n comptes écrite dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: this needs it.</source>
        <translation>Le serveur est injoignable : cette action en a besoin.</translation>
    </message>
    <message>
        <source>Sign in first: this needs the server.</source>
        <translation>Connectez-vous d&apos;abord : cette action nécessite le serveur.</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Réinitialiser les mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were never notified: they have no password to reset. Notify them instead?</source>
        <translation>
            <numerusform>%n compte n&apos;a jamais été notifié : il n&apos;a pas de mot de passe à réinitialiser. Le notifier plutôt ?</numerusform>
            <numerusform>%n comptes n&apos;ont jamais été notifiés : ils n&apos;ont pas de mot de passe à réinitialiser. Les notifier plutôt ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n account(s)?</source>
        <translation>
            <numerusform>Réinitialiser le mot de passe de %n compte ?</numerusform>
            <numerusform>Réinitialiser les mots de passe de %n comptes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their current passwords stop working at once. New letters with the new provisional passwords follow: hand them out, or the account holders cannot sign in.</source>
        <translation>Les mots de passe actuels cessent aussitôt de fonctionner. De nouveaux courriers avec les nouveaux mots de passe provisoires suivent : remettez-les, sinon les titulaires ne pourront plus se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) never notified are left out: they have no password yet; notify them instead.</source>
        <translation>
            <numerusform>%n compte jamais notifié est laissé de côté : il n&apos;a pas encore de mot de passe ; notifiez-le plutôt.</numerusform>
            <numerusform>%n comptes jamais notifiés sont laissés de côté : ils n&apos;ont pas encore de mot de passe ; notifiez-les plutôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the passwords…</source>
        <translation>Réinitialisation des mots de passe…</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent by the server.</source>
        <translation>
            <numerusform>%n courrier électronique envoyé par le serveur.</numerusform>
            <numerusform>%n courriers électroniques envoyés par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) skipped (no e-mail address, or not an account here).</source>
        <translation>
            <numerusform>%n compte ignoré (pas d&apos;adresse e-mail, ou pas un compte de l&apos;établissement).</numerusform>
            <numerusform>%n comptes ignorés (pas d&apos;adresse e-mail, ou pas des comptes de l&apos;établissement).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: no account has an e-mail address.</source>
        <translation>Rien n&apos;a été envoyé : aucun compte n&apos;a d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramétrage</translation>
    </message>
    <message>
        <source>A notification is running: wait for it to end before choosing another establishment.</source>
        <translation>Une notification est en cours : attendez sa fin avant de choisir un autre établissement.</translation>
    </message>
    <message>
        <source>Establishment %1 chosen.</source>
        <translation>Établissement %1 choisi.</translation>
    </message>
    <message>
        <source>Sign in to synchronize: it needs the server.</source>
        <translation>Connectez-vous pour synchroniser : il faut le serveur.</translation>
    </message>
    <message>
        <source>A synchronization is running.</source>
        <translation>Une synchronisation est en cours.</translation>
    </message>
    <message>
        <source>Synchronize with the server (F5)</source>
        <translation>Synchroniser avec le serveur (F5)</translation>
    </message>
    <message>
        <source>Sign in to change the addresses: the server keeps them.</source>
        <translation>Connectez-vous pour modifier les adresses : le serveur les conserve.</translation>
    </message>
    <message>
        <source>The server cannot be reached: it keeps the addresses.</source>
        <translation>Le serveur est injoignable : c&apos;est lui qui conserve les adresses.</translation>
    </message>
    <message>
        <source>Only the head of establishment may change the addresses.</source>
        <translation>Seul le chef d&apos;établissement peut modifier les adresses.</translation>
    </message>
    <message>
        <source>A notification is running.</source>
        <translation>Une notification est en cours.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::MultiSelectButton</name>
    <message>
        <source>%1: all</source>
        <translation>%1 : indifférent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1 : %n sélectionné</numerusform>
            <numerusform>%1 : %n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <comment>a label of feminine gender, e.g. Classe(s)</comment>
        <translation>
            <numerusform>%1 : %n sélectionnée</numerusform>
            <numerusform>%1 : %n sélectionnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::NotifyDialog</name>
    <message numerus="yes">
        <source>Notify %n account(s)</source>
        <translation>
            <numerusform>Notifier %n compte</numerusform>
            <numerusform>Notifier %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil: %1 (%2)</source>
        <translation>Élève : %1 (%2)</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Parent: %1, of %2</source>
        <translation>Responsable : %1, de %2</translation>
    </message>
    <message numerus="yes">
        <source>Printable letters for the %n account(s) without an address, in the same run</source>
        <translation>
            <numerusform>Des feuilles imprimables pour le compte sans adresse (%n), dans le même lot</numerusform>
            <numerusform>Des feuilles imprimables pour les %n comptes sans adresse, dans le même lot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every account has an e-mail address: %n e-mail(s) will be sent.</source>
        <translation>
            <numerusform>Chaque compte a une adresse e-mail : %n courrier électronique sera envoyé.</numerusform>
            <numerusform>Chaque compte a une adresse e-mail : %n courriers électroniques seront envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 e-mail(s) will be sent. No e-mail address, so no e-mail, for: %2.</source>
        <translation>Courriers électroniques envoyés : %1. Pas d&apos;adresse e-mail, donc pas de courrier électronique, pour : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mail(s)</source>
        <translation>
            <numerusform>Envoyer %n courrier électronique</numerusform>
            <numerusform>Envoyer %n courriers électroniques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>educonnect::ui::ReprintDialog</name>
    <message>
        <source>Print a batch again</source>
        <translation>Réimprimer un lot</translation>
    </message>
    <message>
        <source>Letters of the runs below can be printed again, with the same passwords, until their end of validity. Nobody is notified again.</source>
        <translation>Les courriers des lots ci-dessous peuvent être réimprimés, avec les mêmes mots de passe, jusqu&apos;à leur fin de validité. Personne n&apos;est notifié à nouveau.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Lots récents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class(es)</source>
        <translation>Classe(s)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>With password reset</source>
        <translation>Avec réinitialisation des mots de passe</translation>
    </message>
    <message>
        <source>No run with valid letters on this computer.</source>
        <translation>Aucun lot aux courriers encore valables sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::SettingsPage</name>
    <message>
        <source>Activation addresses</source>
        <translation>Adresses d&apos;activation</translation>
    </message>
    <message>
        <source>Kept by the server for the whole establishment. An address is printed on the letters (and in their QR code) only once the server has verified that it answers.</source>
        <translation>Conservées par le serveur pour tout l&apos;établissement. Une adresse n&apos;est imprimée sur les courriers (et dans leur code QR) qu&apos;une fois que le serveur a vérifié qu&apos;elle répond.</translation>
    </message>
    <message>
        <source>Print this address on the pupils&apos; letters</source>
        <translation>Imprimer cette adresse sur les courriers des élèves</translation>
    </message>
    <message>
        <source>Print this address on the parents&apos; letters, besides %1</source>
        <translation>Imprimer cette adresse sur les courriers des responsables, en plus de %1</translation>
    </message>
    <message>
        <source>Pupils&apos; activation address</source>
        <translation>Adresse d&apos;activation des élèves</translation>
    </message>
    <message>
        <source>Parents&apos; extra address</source>
        <translation>Adresse complémentaire des responsables</translation>
    </message>
    <message>
        <source>Save the addresses</source>
        <translation>Enregistrer les adresses</translation>
    </message>
    <message>
        <source>Pupils&apos; address:</source>
        <translation>Adresse des élèves :</translation>
    </message>
    <message>
        <source>Parents&apos; extra address:</source>
        <translation>Adresse complémentaire des responsables :</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Preferences on this computer</source>
        <translation>Préférences de cet ordinateur</translation>
    </message>
    <message>
        <source>Official: A4, one letter per page</source>
        <translation>Officielle : A4, un courrier par page</translation>
    </message>
    <message>
        <source>Two per page (A5), with cut marks</source>
        <translation>Deux par page (A5), avec traits de coupe</translation>
    </message>
    <message>
        <source>Four per page (A6), with cut marks</source>
        <translation>Quatre par page (A6), avec traits de coupe</translation>
    </message>
    <message>
        <source>Add a QR code of the sign-in address (never of the password)</source>
        <translation>Ajouter un code QR de l&apos;adresse de connexion (jamais du mot de passe)</translation>
    </message>
    <message>
        <source>Add each class&apos;s distribution sheet</source>
        <translation>Ajouter la fiche de distribution de chaque classe</translation>
    </message>
    <message>
        <source>Print on both sides of the paper</source>
        <translation>Imprimer en recto verso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The window locks after this long without keyboard or mouse: provisional passwords on screen stay hidden from passers-by. 0: never.</source>
        <translation>La fenêtre se verrouille après ce délai sans clavier ni souris : les mots de passe provisoires à l&apos;écran restent cachés aux passants. 0 : jamais.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved at once, for this computer only.</source>
        <translation>Enregistré aussitôt, pour cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Letter layout:</source>
        <translation>Mise en page des courriers :</translation>
    </message>
    <message>
        <source>Printer proposed:</source>
        <translation>Imprimante proposée :</translation>
    </message>
    <message>
        <source>Lock the window after:</source>
        <translation>Verrouiller la fenêtre après :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>L&apos;imprimante par défaut du système</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1 (indisponible actuellement)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifiée : %1</translation>
    </message>
    <message>
        <source>✗ Not reachable (%1): %2</source>
        <translation>✗ Injoignable (%1) : %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The addresses were not saved: %1</source>
        <translation>Les adresses n&apos;ont pas été enregistrées : %1</translation>
    </message>
    <message>
        <source>Saved. The next letters use these addresses.</source>
        <translation>Enregistré. Les prochains courriers utilisent ces adresses.</translation>
    </message>
    <message>
        <source>No address: the pupils&apos; letters carry none.</source>
        <translation>Aucune adresse : les courriers des élèves n&apos;en portent pas.</translation>
    </message>
    <message>
        <source>No extra address.</source>
        <translation>Aucune adresse complémentaire.</translation>
    </message>
    <message>
        <source>✓ Verified by the server: %1</source>
        <translation>✓ Vérifiée par le serveur : %1</translation>
    </message>
    <message>
        <source>Not verified yet: « Verify » before printing it on letters.</source>
        <translation>Pas encore vérifiée : « Vérifier » avant de l&apos;imprimer sur les courriers.</translation>
    </message>
    <message>
        <source>Sign in to change the addresses: they are kept by the server.</source>
        <translation>Connectez-vous pour modifier les adresses : le serveur les conserve.</translation>
    </message>
    <message>
        <source>Ask the server whether it reaches this address (it must answer before the address can be printed on letters).</source>
        <translation>Demander au serveur s&apos;il joint cette adresse (elle doit répondre avant de pouvoir être imprimée sur les courriers).</translation>
    </message>
    <message>
        <source>Verify this address first: only an address the server has reached can be printed on letters.</source>
        <translation>Vérifiez d&apos;abord cette adresse : seule une adresse que le serveur a jointe peut être imprimée sur les courriers.</translation>
    </message>
    <message>
        <source>Send these addresses to the server.</source>
        <translation>Envoyer ces adresses au serveur.</translation>
    </message>
    <message>
        <source>Nothing to save: the addresses are as on the server.</source>
        <translation>Rien à enregistrer : les adresses sont celles du serveur.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Saisissez l&apos;adresse du serveur, commençant par https://</translation>
    </message>
    <message>
        <source>Enter the login, the password and the six-digit code.</source>
        <translation>Saisissez l&apos;identifiant, le mot de passe et le code à six chiffres.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StatisticsChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Click to open the list.</source>
        <translation>Cliquer pour ouvrir la liste.</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StatisticsPage</name>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>MEF</source>
        <translation>MEF</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the list of these accounts.</source>
        <translation>Entrée ou un double-clic ouvre la liste de ces comptes.</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Data of %1 (last sync)</source>
        <translation>Données du %1 (dernière synchronisation)</translation>
    </message>
    <message>
        <source>No data yet: synchronize once.</source>
        <translation>Pas encore de données : synchronisez une fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s): %1 % activated</source>
        <translation>
            <numerusform>%n élève : %1 % activé</numerusform>
            <numerusform>%n élèves : %1 % activés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % with at least one activated parent</source>
        <translation>%1 % avec au moins un responsable activé</translation>
    </message>
    <message numerus="yes">
        <source>%n parent account(s): %1 % activated.</source>
        <translation>
            <numerusform>%n compte de responsable : %1 % activé.</numerusform>
            <numerusform>%n comptes de responsables : %1 % activés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sync of</source>
        <translation>Synchronisation du</translation>
    </message>
    <message>
        <source>% activated</source>
        <translation>% activés</translation>
    </message>
    <message>
        <source>% with an activated parent</source>
        <translation>% avec au moins un responsable activé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>educonnect::ui::StudentTableModel</name>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
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
        <translation>Déverrouillé avec votre seul mot de passe : le serveur était injoignable pour vérifier le code à usage unique.</translation>
    </message>
</context>
</TS>
