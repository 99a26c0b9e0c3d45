<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Licens: Europeiska unionens allmänna licens (EUPL), version 1.2.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Databasens schemaversion</translation>
    </message>
    <message>
        <source>This app uses Qt {qt} and PySide6 {pyside} under the GNU Lesser General Public License version 3 (LGPL-3.0). Their source code is available at &lt;a href=&quot;{qt_url}&quot;&gt;{qt_url}&lt;/a&gt; and &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;. The app is installed as a folder, so the Qt libraries in it are separate files: you may replace them with your own build of the same Qt version.</source>
        <translation>Appen använder Qt {qt} och PySide6 {pyside} enligt GNU Lesser General Public License version 3 (LGPL-3.0). Källkoden finns på &lt;a href=&quot;{qt_url}&quot;&gt;{qt_url}&lt;/a&gt; och &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;. Appen installeras som en mapp, så Qt-biblioteken i den är separata filer: du kan ersätta dem med en egen kompilering av samma Qt-version.</translation>
    </message>
    <message>
        <source>Libraries included in the app and their licences</source>
        <translation>Bibliotek som ingår i appen och deras licenser</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation ({folder}).</source>
        <translation>Licensfilerna saknas i den här installationen ({folder}).</translation>
    </message>
    <message>
        <source>Show the licence files</source>
        <translation>Visa licensfilerna</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>{found} (this version of the app works with {expected})</source>
        <translation>{found} (den här versionen av appen använder {expected})</translation>
    </message>
</context>
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to the list</source>
        <translation>Lägg till klienter på listan</translation>
    </message>
    <message>
        <source>The clients of the chosen village are shown; type to find any client. Choose one or more (Ctrl+click, Shift+↓) and add them in that village.</source>
        <translation>Klienterna i den valda byn visas; skriv för att hitta vilken klient som helst. Välj en eller flera (Ctrl+klick, Shift+↓) och lägg till dem i den byn.</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Find a client by name, birth date or phone</source>
        <translation>Sök en klient med namn, födelsedatum eller telefonnummer</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Sök klient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>No clients live in this village yet. Find others by typing a name.</source>
        <translation>Inga klienter bor i den här byn ännu. Hitta andra genom att skriva ett namn.</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Tilldela till:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela till</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Add the chosen clients</source>
        <translation>Lägg till de valda klienterna</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>på listan</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>avslutad</translation>
    </message>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation>
            <numerusform>Lägg till %n klient</numerusform>
            <numerusform>Lägg till %n klienter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff accounts, the audit trail and data protection. Only administrators see this screen.</source>
        <translation>Personalens konton, loggen och dataskydd. Endast administratörer ser den här vyn.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>AnonymousVisitsDialog</name>
    <message>
        <source>Earlier anonymous visits</source>
        <translation>Tidigare anonyma besök</translation>
    </message>
    <message>
        <source>Choose the visit of the person who came back, then press Enter to attach it to their client record. Visits of the last {days} days are shown.</source>
        <translation>Välj besöket för personen som kom tillbaka och tryck Enter för att koppla det till hens klientuppgifter. Besök från de senaste {days} dagarna visas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>No anonymous visits in the last {days} days.</source>
        <translation>Inga anonyma besök under de senaste {days} dagarna.</translation>
    </message>
    <message>
        <source>Attach to a client…</source>
        <translation>Koppla till en klient…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Attach the visit to a client</source>
        <translation>Koppla besöket till en klient</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to an outreach worker</source>
        <translation>Tilldela till en uppsökande arbetare</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen person(s) will be on the list of:</source>
        <translation>
            <numerusform>%n vald person tilldelas:</numerusform>
            <numerusform>%n valda personer tilldelas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Uppsökande arbetare</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Record an attempt</source>
        <translation>Registrera ett kontaktförsök</translation>
    </message>
    <message>
        <source>Client · {details}</source>
        <translation>Klient · {details}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>&amp;Kontaktsätt</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Välj resultat</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>optional, short: what was agreed</source>
        <translation>frivilligt, kort: vad som avtalades</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>no next try</source>
        <translation>inget nästa försök</translation>
    </message>
    <message>
        <source>Ne&amp;xt try</source>
        <translation>&amp;Nästa försök</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Tidigare försök</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Kontaktsätt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Inga försök ännu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Existing client…</source>
        <translation>Befintlig klient…</translation>
    </message>
    <message>
        <source>The person is a client already: find them and link them</source>
        <translation>Personen är redan klient: sök upp klienten och koppla ihop dem</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>The existing client</source>
        <translation>Den befintliga klienten</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Restore the session</source>
        <translation>Återställ tillfället</translation>
    </message>
    <message>
        <source>It took place: its marks count again</source>
        <translation>Tillfället hölls: dess markeringar räknas igen</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Bekräfta inställningen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Tillfället hölls inte: dess närvaromarkeringar och anonyma deltagare tas bort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>1  Present</source>
        <translation>1  Närvarande</translation>
    </message>
    <message>
        <source>2  Absent</source>
        <translation>2  Frånvarande</translation>
    </message>
    <message>
        <source>3  Excused</source>
        <translation>3  Frånvarande med lov</translation>
    </message>
    <message>
        <source>0  Clear</source>
        <translation>0  Töm</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Alla närvarande</translation>
    </message>
    <message>
        <source>Marks everyone without a mark present (Ctrl+Shift+A)</source>
        <translation>Markerar alla utan markering som närvarande (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Came now</source>
        <translation>Kom nu</translation>
    </message>
    <message>
        <source>Records the time in as now (Ctrl+I)</source>
        <translation>Registrerar nu som tid in (Ctrl+I)</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Gick nu</translation>
    </message>
    <message>
        <source>Records the time out as now (Ctrl+U)</source>
        <translation>Registrerar nu som tid ut (Ctrl+U)</translation>
    </message>
    <message>
        <source>Competence certificate…</source>
        <translation>Kompetensintyg…</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 excused · 0 clear · Ctrl+Shift+A everyone present · F2 write a time</source>
        <translation>Tangenter: 1 närvarande · 2 frånvarande · 3 frånvarande med lov · 0 töm · Ctrl+Shift+A alla närvarande · F2 skriv en tid</translation>
    </message>
    <message>
        <source>Add a drop-in</source>
        <translation>Lägg till drop in-deltagare</translation>
    </message>
    <message>
        <source>Find a client: name, birth date, phone…</source>
        <translation>Sök klient: namn, födelsedatum, telefon…</translation>
    </message>
    <message>
        <source>Enter: add as present · F2: one more anonymous · F3: new client</source>
        <translation>Enter: lägg till som närvarande · F2: lägg till en anonym deltagare · F3: ny klient</translation>
    </message>
    <message>
        <source>Anonymous head count</source>
        <translation>Anonyma deltagare</translation>
    </message>
    <message>
        <source>People who took part without a client record.</source>
        <translation>Deltagare utan klientuppgifter.</translation>
    </message>
    <message>
        <source>{workshop} — {weekday} {date} {start}–{end}</source>
        <translation>{workshop} — {weekday} {date} {start}–{end}</translation>
    </message>
    <message>
        <source>Attendance: {workshop}</source>
        <translation>Närvaro: {workshop}</translation>
    </message>
    <message>
        <source>Reason for cancelling: {reason}</source>
        <translation>Orsak till inställningen: {reason}</translation>
    </message>
    <message>
        <source>This session is cancelled: {reason}</source>
        <translation>Det här tillfället är inställt: {reason}</translation>
    </message>
    <message>
        <source>This session is on {date}; attendance is marked on the day.</source>
        <translation>Det här tillfället är {date}; närvaron markeras samma dag.</translation>
    </message>
    <message>
        <source>Present {present} · absent {absent} · excused {excused} · not marked {unmarked} · anonymous {anonymous} · in all {total}</source>
        <translation>Närvarande {present} · frånvarande {absent} · frånvarande med lov {excused} · omarkerade {unmarked} · anonyma {anonymous} · totalt {total}</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Bekräfta inställningen</translation>
    </message>
    <message>
        <source>The session did not take place? Its attendance marks and head count are removed, on every laptop at the next sync.</source>
        <translation>Hölls tillfället inte? Dess närvaromarkeringar och anonyma deltagare tas bort på alla bärbara datorer vid nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ut</translation>
    </message>
    <message>
        <source>Cert.</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30 år</translation>
    </message>
    <message>
        <source>30+</source>
        <translation>30 år och äldre</translation>
    </message>
    <message>
        <source>F2 or double-click: write the time, e.g. 9.15</source>
        <translation>F2 eller dubbelklick: skriv tiden, t.ex. 9.15</translation>
    </message>
    <message>
        <source>Competence certificates earned in this workshop</source>
        <translation>Kompetensintyg från den här verkstaden</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmäld</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Attendance workbook</source>
        <translation>Närvarorapport</translation>
    </message>
    <message>
        <source>Client import</source>
        <translation>Import av klienter</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Vilken klient som helst</translation>
    </message>
    <message>
        <source>Show only the entries about one client</source>
        <translation>Visa endast anteckningar om en klient</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>fel lösenord</translation>
    </message>
    <message>
        <source>no account has the name typed</source>
        <translation>inget konto har det inskrivna namnet</translation>
    </message>
    <message>
        <source>the account was locked</source>
        <translation>kontot var spärrat</translation>
    </message>
    <message>
        <source>wrong password; the account is now locked</source>
        <translation>fel lösenord; kontot spärrades</translation>
    </message>
    <message>
        <source>the account is not active</source>
        <translation>kontot används inte</translation>
    </message>
    <message>
        <source>the account has no password yet</source>
        <translation>kontot har ännu inget lösenord</translation>
    </message>
    <message>
        <source>wrong current password when changing it</source>
        <translation>fel nuvarande lösenord vid byte av lösenord</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>låste upp skärmen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Double-click an entry about a client to show only that client&apos;s entries.</source>
        <translation>Dubbelklicka på en anteckning om en klient för att bara visa den klientens anteckningar.</translation>
    </message>
    <message>
        <source>No audit entries match the filters.</source>
        <translation>Inga logganteckningar matchar filtren.</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Nyare</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Äldre</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Okänd användare</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <source>Removed staff member</source>
        <translation>Borttagen anställd</translation>
    </message>
    <message>
        <source>fields: {names}</source>
        <translation>fält: {names}</translation>
    </message>
    <message>
        <source>{kind}: anonymised client</source>
        <translation>{kind}: anonymiserad klient</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>okänd användare</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Klient: {name}</translation>
    </message>
    <message>
        <source>anonymised client</source>
        <translation>anonymiserad klient</translation>
    </message>
    <message>
        <source>Show the entries about a client</source>
        <translation>Visa anteckningar om en klient</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} entries</source>
        <translation>{first}–{last} av {total} anteckningar</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
</context>
<context>
    <name>BacklogWidget</name>
    <message>
        <source>Sent more than</source>
        <translation>Skickade för mer än</translation>
    </message>
    <message>
        <source>Sent more than, days ago</source>
        <translation>Skickade för mer än så här många dagar sedan</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> dagar sedan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Referrals the partner has not brought to an outcome: chase these partners for an answer.</source>
        <translation>Remisser som ännu saknar resultat: be de här partnerna om svar.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Oldest sent</source>
        <translation>Äldsta skickad</translation>
    </message>
    <message>
        <source>No partner has referrals waiting that long without an outcome.</source>
        <translation>Ingen partner har remisser som väntat så länge utan resultat.</translation>
    </message>
</context>
<context>
    <name>BusyLabel</name>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
</context>
<context>
    <name>CancelledSessions</name>
    <message>
        <source>{marks} attendance marks ({present} present)</source>
        <translation>{marks} närvaroanteckningar ({present} närvarande)</translation>
    </message>
    <message>
        <source>, anonymous head count {count}</source>
        <translation>, anonyma {count}</translation>
    </message>
    <message>
        <source>Cancelled session with attendance marks: {attendance}. The figures leave them out. If the session took place, restore it; if it did not, confirm the cancellation and the marks are removed.</source>
        <translation>Inställt tillfälle med närvaroanteckningar ({attendance}). De räknas inte med i siffrorna. Om tillfället hölls, återställ det; om inte, bekräfta inställningen så tas anteckningarna bort.</translation>
    </message>
</context>
<context>
    <name>CancelledSessionsDialog</name>
    <message>
        <source>Cancelled sessions with attendance marks</source>
        <translation>Inställda tillfällen med närvaromarkeringar</translation>
    </message>
    <message>
        <source>These sessions were cancelled, but people were marked in them (often on another laptop while offline). The funder&apos;s figures leave them out. Restore a session that took place; confirm the cancellation of one that did not, and its marks are removed.</source>
        <translation>De här tillfällena ställdes in, men deltagare markerades i dem (ofta på en annan bärbar dator utan nätverk). Finansiärens siffror lämnar bort dem. Återställ ett tillfälle som hölls; bekräfta inställningen av ett som inte hölls, så tas dess markeringar bort.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Orsak till inställningen</translation>
    </message>
    <message>
        <source>No cancelled session has attendance marks.</source>
        <translation>Inget inställt tillfälle har närvaromarkeringar.</translation>
    </message>
    <message>
        <source>Restore the session</source>
        <translation>Återställ tillfället</translation>
    </message>
    <message>
        <source>It took place: its marks count again</source>
        <translation>Tillfället hölls: dess markeringar räknas igen</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Bekräfta inställningen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Tillfället hölls inte: dess närvaromarkeringar och anonyma deltagare tas bort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Bekräfta inställningen</translation>
    </message>
    <message>
        <source>The session did not take place? Its {attendance} are removed, on every laptop at the next sync.</source>
        <translation>Hölls tillfället inte? Dess markeringar ({attendance}) tas bort på alla bärbara datorer vid nästa synkronisering.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Record a competence certificate</source>
        <translation>Registrera ett kompetensintyg</translation>
    </message>
    <message>
        <source>Edit competence certificate</source>
        <translation>Redigera kompetensintyg</translation>
    </message>
    <message>
        <source>One competence area the client has shown, towards a vocational qualification.</source>
        <translation>Ett kompetensområde som klienten har visat, ett steg mot en yrkesexamen.</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>Välj klient…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>e.g. Customer service at the cash desk</source>
        <translation>t.ex. Kundservice i kassan</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>e.g. Vocational qualification in Business, partial</source>
        <translation>t.ex. Grundexamen inom affärsverksamhet, delexamen</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Someone else (write the name)</source>
        <translation>Någon annan (skriv namnet)</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>e.g. a vocational school&apos;s teacher</source>
        <translation>t.ex. en lärare vid en yrkesskola</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Bedömarens namn</translation>
    </message>
    <message>
        <source>optional, e.g. how the competence was shown</source>
        <translation>frivilligt, t.ex. hur kompetensen visades</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Delete certificate…</source>
        <translation>Ta bort intyget…</translation>
    </message>
    <message>
        <source>No client chosen yet</source>
        <translation>Ingen klient vald ännu</translation>
    </message>
    <message>
        <source>Whose certificate?</source>
        <translation>Vems intyg?</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Välj klienten först.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Ta bort intyget</translation>
    </message>
    <message>
        <source>Delete the certificate for “{area}”? Do this only when it was recorded by mistake.</source>
        <translation>Ta bort intyget för ”{area}”? Gör så bara om det registrerades av misstag.</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Stig</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Ny remiss…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Personal coach: {name}</source>
        <translation>Egen coach: {name}</translation>
    </message>
    <message>
        <source>No personal coach</source>
        <translation>Ingen egen coach</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Avslutad {date}</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>Name, birth date, phone or personal identity code</source>
        <translation>Namn, födelsedatum, telefonnummer eller personbeteckning</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Sök klient</translation>
    </message>
    <message>
        <source>Find a client:</source>
        <translation>Sök klient:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Klienter som hittades</translation>
    </message>
    <message>
        <source>No client found. F3: new client · F2: anonymous visitor</source>
        <translation>Ingen klient hittades. F3: ny klient · F2: anonym besökare</translation>
    </message>
    <message>
        <source>Enter: choose · ↓↑: move · F2: anonymous visitor · F3: new client</source>
        <translation>Enter: välj · ↓↑: flytta · F2: anonym besökare · F3: ny klient</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>Search by name, birth date, phone or personal identity code</source>
        <translation>Sök med namn, födelsedatum, telefonnummer eller personbeteckning</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>Client records that may be one person: compare, merge or mark them not the same person</source>
        <translation>Klientposter som kan vara samma person: jämför, slå ihop eller markera dem som inte samma person</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <source>Active and ended</source>
        <translation>Aktiva och avslutade</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Avslutad {date}</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Any coach</source>
        <translation>Alla coacher</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Ingen coach</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Alla byar</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Möjliga dubbletter ({count})</translation>
    </message>
    <message>
        <source>Showing the first {shown} by name; search or filter to find the others.</source>
        <translation>Visar de {shown} första efter namn; sök eller filtrera för att hitta de andra.</translation>
    </message>
    <message>
        <source>No clients match the filters. Import clients from Excel or add a new one.</source>
        <translation>Inga klienter motsvarar filtren. Importera klienter från Excel eller lägg till en ny.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not the personal coach of any active client.</source>
        <translation>Du är inte egen coach för någon aktiv klient.</translation>
    </message>
    <message>
        <source>No client matches “{query}”.</source>
        <translation>Inga klienter hittades med ”{query}”.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <source>Two installations changed the same thing while offline. The newer change won everywhere; keep it, or take the other value back. A record deleted on one laptop stays deleted.</source>
        <translation>Två installationer ändrade samma sak utan nätverk. Den nyare ändringen gäller nu överallt; behåll den eller ta tillbaka det andra värdet. En post som raderats på en dator förblir raderad.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Det andra värdet</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Inga konflikter att granska.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Behåll det nuvarande värdet</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Ta tillbaka det andra värdet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>a record no longer here</source>
        <translation>en post som inte längre finns</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(raderad under tiden)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderad</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Partner category</source>
        <translation>Partnerkategori</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Återkallat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No consents recorded. Ask the client before sharing their data.</source>
        <translation>Inga samtycken registrerade. Fråga klienten innan du lämnar ut hens uppgifter.</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Återkalla valt samtycke</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrera ett samtycke</translation>
    </message>
    <message>
        <source>How it was given, e.g. signed form or orally</source>
        <translation>Hur det gavs, t.ex. undertecknad blankett eller muntligt</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Edit details</source>
        <translation>Redigera uppgifter</translation>
    </message>
    <message>
        <source>e.g. 31.5.2001</source>
        <translation>t.ex. 31.5.2001</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Leave the details unchanged (Esc)</source>
        <translation>Lämna uppgifterna oförändrade (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the details (Enter)</source>
        <translation>Spara uppgifterna (Enter)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Another client looks the same: {names}. Check that this is not the same person; click “Save anyway” to save.</source>
        <translation>En annan klient ser likadan ut: {names}. Kontrollera att det inte är samma person; klicka på ”Spara ändå” för att spara.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>visits</source>
        <translation>besök</translation>
    </message>
    <message>
        <source>workshop sessions attended</source>
        <translation>verkstadstillfällen med närvaro</translation>
    </message>
    <message>
        <source>competence certificates</source>
        <translation>kompetensintyg</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>senaste besök</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show or hide the whole personal identity code</source>
        <translation>Visa eller dölj hela personbeteckningen</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Only coordinators and administrators assign the personal coach.</source>
        <translation>Endast koordinatorer och administratörer utser den egna coachen.</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redigera uppgifter</translation>
    </message>
    <message>
        <source>Edit the client&apos;s details (Ctrl+E)</source>
        <translation>Redigera klientens uppgifter (Ctrl+E)</translation>
    </message>
    <message>
        <source>No personal coach</source>
        <translation>Ingen egen coach</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>Pairs of client records that may be one person, the strongest evidence first. Compare the two; mark them not the same person, or merge them into one record.</source>
        <translation>Par av klientposter som kan vara samma person, med de starkaste skälen först. Jämför posterna; markera dem som inte samma person eller slå ihop dem till en post.</translation>
    </message>
    <message>
        <source>Also show pairs marked not the same person</source>
        <translation>Visa också par som markerats som inte samma person</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Den andra posten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Why they may be one person</source>
        <translation>Varför de kan vara samma person</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Inga möjliga dubbletter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Municipality and village</source>
        <translation>Hemkommun och by</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Inte samma person</translation>
    </message>
    <message>
        <source>Remembered on every computer: the pair is not listed again</source>
        <translation>Sparas på alla datorer: paret visas inte igen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n möjlig dubblett</numerusform>
            <numerusform>%n möjliga dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked not the same person. {reason}</source>
        <translation>Markerad som inte samma person. {reason}</translation>
    </message>
    <message>
        <source>Possible duplicate after all</source>
        <translation>Ändå en möjlig dubblett</translation>
    </message>
    <message>
        <source>Record (added first)</source>
        <translation>Post (tillagd först)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Lägg till en person på listan</translation>
    </message>
    <message>
        <source>The person&apos;s details</source>
        <translation>Personens uppgifter</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Assigned &amp;to</source>
        <translation>Tilldelad t&amp;ill</translation>
    </message>
    <message>
        <source>Only what reaching the person needs: no birth dates, no identity codes.</source>
        <translation>Bara det som behövs för att nå personen: inga födelsedatum, inga personbeteckningar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>If this is another person, press Save again.</source>
        <translation>Om det är en annan person, tryck på Spara igen.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a client&apos;s data</source>
        <translation>Radera en klients uppgifter</translation>
    </message>
    <message>
        <source>Erase the data of {name}?</source>
        <translation>Radera uppgifterna om {name}?</translation>
    </message>
    <message>
        <source>Everything personal about {name} is erased: the name, birth date, personal identity code, contact details and everything written about them. Only statistics without the name stay. This cannot be undone.</source>
        <translation>Alla personuppgifter om {name} raderas: namn, födelsedatum, personbeteckning, kontaktuppgifter och allt som skrivits om personen. Endast statistik utan namn blir kvar. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>The request&apos;s case number, e.g. TS-2026-0142 (no names)</source>
        <translation>Begärans diarienummer, t.ex. TS-2026-0142 (inga namn)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Optional. Letters, year and number, e.g. TS-2026-0142.</source>
        <translation>Frivilligt. Bokstäver, år och nummer, t.ex. TS-2026-0142.</translation>
    </message>
    <message>
        <source>Type the whole case number, e.g. TS-2026-0142 (letters, year, number).</source>
        <translation>Skriv hela diarienumret, t.ex. TS-2026-0142 (bokstäver, år, nummer).</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jag förstår att detta inte kan ångras</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ExitTab</name>
    <message>
        <source>End of the client&apos;s path</source>
        <translation>Slutet på klientens stig</translation>
    </message>
    <message>
        <source>Record the exit when the client&apos;s path ends: the day and where they went. The outcome is reported to funders; the client&apos;s open project participations end with it.</source>
        <translation>Registrera avslutningen när klientens stig tar slut: dagen och vart klienten gick vidare. Resultatet rapporteras till finansiärerna, och klientens pågående projektdeltaganden avslutas samtidigt.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>e.g. 31.5.2027</source>
        <translation>t.ex. 31.5.2027</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Välj resultat…</translation>
    </message>
    <message>
        <source>Save exit</source>
        <translation>Spara avslutning</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Gör aktiv igen</translation>
    </message>
    <message>
        <source>Remove the exit: the client&apos;s path continues</source>
        <translation>Ta bort avslutningen: klientens stig fortsätter</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Avslutningsdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The client is active: their path has not ended.</source>
        <translation>Klienten är aktiv: stigen har inte avslutats.</translation>
    </message>
    <message>
        <source>The path ended on {date}: {outcome}.</source>
        <translation>Stigen avslutades {date}: {outcome}.</translation>
    </message>
    <message>
        <source>Change exit</source>
        <translation>Ändra avslutningen</translation>
    </message>
    <message>
        <source>End the client&apos;s path</source>
        <translation>Avsluta klientens stig</translation>
    </message>
    <message>
        <source>End {name}&apos;s path on {date} with the outcome &quot;{outcome}&quot;? Their open project participations end on the same day.</source>
        <translation>Avsluta stigen för {name} {date} med resultatet ”{outcome}”? Klientens pågående projektdeltaganden avslutas samma dag.</translation>
    </message>
</context>
<context>
    <name>ExportAttendanceDialog</name>
    <message>
        <source>Export workshop attendance</source>
        <translation>Export av verkstadsnärvaro</translation>
    </message>
    <message>
        <source>Weekly workshop attendance to Excel</source>
        <translation>Veckans verkstadsnärvaro till Excel</translation>
    </message>
    <message>
        <source>A summary sheet per workshop and day, and one row per attendance. Weeks run Monday to Sunday (ISO 8601).</source>
        <translation>Ett sammandrag per verkstad och dag samt en rad per deltagande. Veckan går från måndag till söndag (ISO 8601).</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>week </source>
        <translation>vecka </translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Verkstäder</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The chosen week</source>
        <translation>Vald vecka</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>hållna tillfällen</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>deltaganden</translation>
    </message>
    <message>
        <source>different participants</source>
        <translation>olika deltagare</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Leave out names (for a workbook that leaves the office)</source>
        <translation>Utelämna namnen (när arbetsboken lämnar kontoret)</translation>
    </message>
    <message>
        <source>Names, home municipalities, villages and cancellation reasons are left out. Each client&apos;s participant code, age group and every figure stay, so the same person can still be counted once across weeks.</source>
        <translation>Namn, hemkommuner, byar och orsaker till inställda tillfällen utelämnas. Klientens deltagarkod, åldersgrupp och alla siffror finns kvar, så att samma person fortfarande räknas bara en gång över flera veckor.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (avslutad)</translation>
    </message>
    <message>
        <source>Participants under 30: {young} · 30 and over: {older} · age not known: {unknown}. Sessions upcoming: {upcoming} · ended without attendance marked: {unmarked} · cancelled: {cancelled}.</source>
        <translation>Deltagare under 30 år: {young} · 30 år och äldre: {older} · ålder okänd: {unknown}. Kommande tillfällen: {upcoming} · avslutade utan markerad närvaro: {unmarked} · inställda: {cancelled}.</translation>
    </message>
    <message>
        <source>Saved {path} without names: {rows} attendance rows, {present} attendances, {people} different participants.</source>
        <translation>Sparat utan namn: {path}: {rows} närvarorader, {present} deltaganden, {people} olika deltagare.</translation>
    </message>
    <message>
        <source>Save the attendance workbook</source>
        <translation>Spara närvaroarbetsboken</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} finns redan. Ersätta den?</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Välj var arbetsboken ska sparas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved {path}: {rows} attendance rows, {present} attendances, {people} different participants.</source>
        <translation>Sparat {path}: {rows} närvarorader, {present} deltaganden, {people} olika deltagare.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Six-month follow-up: {project}</source>
        <translation>Uppföljning efter sex månader: {project}</translation>
    </message>
    <message>
        <source>Six months after the exit</source>
        <translation>Sex månader efter utträdet</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljningen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>In employment (incl. self-employed)</source>
        <translation>I arbete (inkl. egenföretagare)</translation>
    </message>
    <message>
        <source>Labour-market situation improved</source>
        <translation>Förbättrad arbetsmarknadssituation</translation>
    </message>
    <message>
        <source>Exit on {exit}; the follow-up can be recorded from {due} on.</source>
        <translation>Utträde {exit}; uppföljningen kan registreras från och med {due}.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Front desk</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>visits today</source>
        <translation>besök i dag</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyma</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30 år</translation>
    </message>
    <message>
        <source>30 and over</source>
        <translation>30 år och äldre</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Registrera ett besök</translation>
    </message>
    <message>
        <source>Anonymous visitor (F2)</source>
        <translation>Anonym besökare (F2)</translation>
    </message>
    <message>
        <source>New client (F3)</source>
        <translation>Ny klient (F3)</translation>
    </message>
    <message>
        <source>Earlier anonymous visits…</source>
        <translation>Tidigare anonyma besök…</translation>
    </message>
    <message>
        <source>Edit topics…</source>
        <translation>Redigera ämnen…</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Klientkort</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Remiss…</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to search (Esc)</source>
        <translation>Tillbaka till sökningen (Esc)</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonym besökare</translation>
    </message>
    <message>
        <source>Saved: {who}, {time}.</source>
        <translation>Sparat: {who}, kl. {time}.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Dagens besök</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Endast mina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Enter or double-click: correct, remove or attach to a client</source>
        <translation>Enter eller dubbelklick: rätta, ta bort eller koppla till en klient</translation>
    </message>
    <message>
        <source>No visits logged today yet.</source>
        <translation>Inga besök har registrerats i dag ännu.</translation>
    </message>
    <message>
        <source>Enter or double-click: mark attendance</source>
        <translation>Enter eller dubbelklick: markera närvaro</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Utträde</translation>
    </message>
    <message>
        <source>Enter or double-click: open the client card to record the follow-up on its Projects tab</source>
        <translation>Enter eller dubbelklick: öppna klientkortet och registrera uppföljningen på fliken Projekt</translation>
    </message>
    <message>
        <source>No six-month follow-ups due.</source>
        <translation>Inga uppföljningar efter sex månader att göra.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Nästa steg (%n)</numerusform>
            <numerusform>Nästa steg (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late referrals (%n)</source>
        <translation>
            <numerusform>Försenade remisser (%n)</numerusform>
            <numerusform>Försenade remisser (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshops today (%n)</source>
        <translation>
            <numerusform>Verkstäder i dag (%n)</numerusform>
            <numerusform>Verkstäder i dag (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>6-month follow-ups (%n)</source>
        <translation>
            <numerusform>Uppföljning 6 mån (%n)</numerusform>
            <numerusform>Uppföljning 6 mån (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som gjord</translation>
    </message>
    <message>
        <source>under 30</source>
        <comment>one person&apos;s age group</comment>
        <translation>under 30 år</translation>
    </message>
    <message>
        <source>30 or over</source>
        <comment>one person&apos;s age group</comment>
        <translation>30 år eller äldre</translation>
    </message>
    <message>
        <source>age not known</source>
        <comment>one person&apos;s age group</comment>
        <translation>ålder okänd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Enter or double-click: open the client card</source>
        <translation>Enter eller dubbelklick: öppna klientkortet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Every referral has had its response in time.</source>
        <translation>Alla remisser har fått svar i tid.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>No workshop sessions today.</source>
        <translation>Inga verkstadstillfällen i dag.</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>I dag är det {date}.</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importera klienter</translation>
    </message>
    <message>
        <source>Import clients from Excel or CSV</source>
        <translation>Importera klienter från Excel eller CSV</translation>
    </message>
    <message>
        <source>One client per row. The first row names the columns, for example: etunimi; sukunimi; syntymäaika; henkilötunnus; kotikunta. You see every row before anything is saved.</source>
        <translation>En klient per rad. Den första raden namnger kolumnerna, till exempel: etunimi; sukunimi; syntymäaika; henkilötunnus; kotikunta. Du ser varje rad innan något sparas.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>Start with “Choose file…” above: pick the Excel (.xlsx) or CSV file of clients. Every row is checked and shown here with its status before anything is saved.</source>
        <translation>Börja med ”Välj fil…” ovan: välj Excel-filen (.xlsx) eller CSV-filen med klienterna. Varje rad kontrolleras och visas här med sin status innan något sparas.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Visa endast rader med problem</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Importera de giltiga raderna och hoppa över de ogiltiga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Excel and text files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Excel- och textfiler (*.xlsx *.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has changed and now has invalid rows. Check it again below.</source>
        <translation>Ingenting importerades: filen har ändrats och har nu ogiltiga rader. Kontrollera den igen nedan.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n klient importerades.</numerusform>
            <numerusform>%n klienter importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (invalid or duplicate).</source>
        <translation>
            <numerusform>%n rad hoppades över (ogiltig eller dubblett).</numerusform>
            <numerusform>%n rader hoppades över (ogiltiga eller dubbletter).</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {new}, {invalid}, {duplicates}</source>
        <translation>{rows}: {new}, {invalid}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ogiltig</numerusform>
            <numerusform>%n ogiltiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of clients below the headings.</source>
        <translation>Filen har inga klientrader under rubrikraden.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row is a new client with valid details.</source>
        <translation>Det finns inget att importera: ingen rad är en ny klient med giltiga uppgifter.</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>Ingenting kan importeras så länge det finns ogiltiga rader. Rätta dem i filen och välj den igen, eller kryssa i ”Importera de giltiga raderna och hoppa över de ogiltiga”.</translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n new client(s); the other rows are skipped.</source>
        <translation>
            <numerusform>Importen lägger till %n ny klient; de övriga raderna hoppas över.</numerusform>
            <numerusform>Importen lägger till %n nya klienter; de övriga raderna hoppas över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n new client(s).</source>
        <translation>
            <numerusform>Importen lägger till %n ny klient.</numerusform>
            <numerusform>Importen lägger till %n nya klienter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing clients… This can take a minute; do not close the program.</source>
        <translation>Klienter importeras… Det kan ta en minut; stäng inte programmet.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Filen läses och kontrolleras…</translation>
    </message>
</context>
<context>
    <name>ImportEntriesDialog</name>
    <message>
        <source>Import people to reach</source>
        <translation>Importera personer att nå</translation>
    </message>
    <message>
        <source>Import people to reach onto “{name}”</source>
        <translation>Importera personer att nå till ”{name}”</translation>
    </message>
    <message>
        <source>One person per row, from Excel (.xlsx) or CSV. The first row names the columns: etunimi; sukunimi; kylä; puhelin; osoite (or first_name, last_name, village, phone, address). Only names are required. You see every row before anything is saved.</source>
        <translation>En person per rad, från Excel (.xlsx) eller CSV. Den första raden namnger kolumnerna: etunimi; sukunimi; kylä; puhelin; osoite (eller first_name, last_name, village, phone, address). Endast namnen är obligatoriska. Du ser varje rad innan något sparas.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>Start with “Choose file…”: every row is checked and shown here before anything is saved.</source>
        <translation>Börja med ”Välj fil…”: varje rad kontrolleras och visas här innan något sparas.</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Endast rader med problem</translation>
    </message>
    <message>
        <source>Skip the invalid rows</source>
        <translation>Hoppa över de ogiltiga raderna</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Tilldela till:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela till</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Excel and text files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Excel- och textfiler (*.xlsx *.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) put on the list.</source>
        <translation>
            <numerusform>%n person lades till på listan.</numerusform>
            <numerusform>%n personer lades till på listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (invalid or duplicate).</source>
        <translation>
            <numerusform>%n rad hoppades över (ogiltig eller dubblett).</numerusform>
            <numerusform>%n rader hoppades över (ogiltiga eller dubbletter).</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {new}, {invalid}, {duplicates}</source>
        <translation>{rows}: {new}, {invalid}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ogiltig</numerusform>
            <numerusform>%n ogiltiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of people below the headings.</source>
        <translation>Filen har inga personrader under rubrikraden.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row is a new person with valid details.</source>
        <translation>Det finns inget att importera: ingen rad är en ny person med giltiga uppgifter.</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, or tick “Skip the invalid rows”.</source>
        <translation>Ingenting kan importeras så länge det finns ogiltiga rader. Rätta dem i filen och välj den igen, eller kryssa i ”Hoppa över de ogiltiga raderna”.</translation>
    </message>
    <message numerus="yes">
        <source>Import puts %n new person(s) on the list.</source>
        <translation>
            <numerusform>Importen lägger till %n ny person på listan.</numerusform>
            <numerusform>Importen lägger till %n nya personer på listan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>New outreach list</source>
        <translation>Ny uppsökarlista</translation>
    </message>
    <message>
        <source>Change the outreach list</source>
        <translation>Ändra uppsökarlistan</translation>
    </message>
    <message>
        <source>e.g. Village pilot, autumn 2026</source>
        <translation>t.ex. Bypilot, hösten 2026</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>e.g. Koli, Ahmovaara, Nunnanlahti</source>
        <translation>t.ex. Koli, Ahmovaara, Nunnanlahti</translation>
    </message>
    <message>
        <source>&amp;Villages</source>
        <translation>&amp;Byar</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>optional: what the list is for, whom it covers</source>
        <translation>frivilligt: vad listan är till för, vilka den gäller</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beskri&amp;vning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The names and contact details of those who do not become clients are erased when the list is closed, at the latest on {day}. The figures stay.</source>
        <translation>Namn och kontaktuppgifter för dem som inte blir klienter raderas när listan avslutas, senast {day}. Siffrorna finns kvar.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>Skärmen låst</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Skärmen är låst</translation>
    </message>
    <message>
        <source>Signed in: {name}. Type your password or PIN to go on.</source>
        <translation>Inloggad: {name}. Skriv ditt lösenord eller din PIN-kod för att fortsätta.</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Back to the sign-in; unsaved changes in open windows are lost.</source>
        <translation>Tillbaka till inloggningen; osparade ändringar i öppna fönster går förlorade.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Skriv ditt lösenord eller din PIN-kod.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Front desk</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Verkstäder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande arbete</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>guidance desk</source>
        <translation>vägledningens skrivbord</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Lås skärmen</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Byt lösenord…</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Lås skärmen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Om…</translation>
    </message>
    <message>
        <source>Version, database and the licences of the bundled libraries</source>
        <translation>Version, databas och licenserna för de medföljande biblioteken</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Inloggad: {name}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Databas: {path}</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Senast synkroniserad {time}</translation>
    </message>
    <message>
        <source>Hub set; not synced yet</source>
        <translation>Server angiven; inte synkroniserat ännu</translation>
    </message>
    <message>
        <source>Offline: no hub configured</source>
        <translation>Lokal användning – ingen central server konfigurerad</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n remiss</numerusform>
            <numerusform>%n remisser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop attendance mark(s)</source>
        <translation>
            <numerusform>%n närvaromarkering i verkstad</numerusform>
            <numerusform>%n närvaromarkeringar i verkstäder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop enrolment(s)</source>
        <translation>
            <numerusform>%n verkstadsanmälan</numerusform>
            <numerusform>%n verkstadsanmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competence certificate(s)</source>
        <translation>
            <numerusform>%n kompetensintyg</numerusform>
            <numerusform>%n kompetensintyg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n samtycke</numerusform>
            <numerusform>%n samtycken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path goal(s)</source>
        <translation>
            <numerusform>%n mål på stigen</numerusform>
            <numerusform>%n mål på stigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project participation(s)</source>
        <translation>
            <numerusform>%n projektdeltagande</numerusform>
            <numerusform>%n projektdeltaganden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach list entry(-ies)</source>
        <translation>
            <numerusform>%n person på uppsökarlista</numerusform>
            <numerusform>%n personer på uppsökarlistor</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two client records</source>
        <translation>Slå ihop två klientposter</translation>
    </message>
    <message>
        <source>Everything recorded about the other record moves to the kept record. The other record is then hidden everywhere and points to the kept one, on every computer after syncing. A merge cannot be undone.</source>
        <translation>Allt som registrerats om den andra posten flyttas till den bevarade posten. Den andra posten döljs sedan överallt och hänvisar till den bevarade, på alla datorer efter synkroniseringen. En sammanslagning kan inte ångras.</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Behåll den andra posten i stället</translation>
    </message>
    <message>
        <source>I have checked that these two records are the same person</source>
        <translation>Jag har kontrollerat att de två posterna är samma person</translation>
    </message>
    <message>
        <source>Merge the records</source>
        <translation>Slå ihop posterna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Kept: {name}</source>
        <translation>Bevaras: {name}</translation>
    </message>
    <message>
        <source>Merged into it and then hidden: {name}</source>
        <translation>Slås ihop med den och döljs sedan: {name}</translation>
    </message>
    <message>
        <source>These details differ. Choose the value the kept record is to have:</source>
        <translation>De här uppgifterna skiljer sig åt. Välj vilket värde den bevarade posten ska ha:</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Bevarad post</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Den andra posten</translation>
    </message>
    <message>
        <source>The two records hold the same details.</source>
        <translation>De två posterna har samma uppgifter.</translation>
    </message>
    <message>
        <source>Moves to the kept record: {what}.</source>
        <translation>Flyttas till den bevarade posten: {what}.</translation>
    </message>
    <message>
        <source>Nothing else is recorded about the other record.</source>
        <translation>Inget annat har registrerats om den andra posten.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>e.g. 31.5.2001</source>
        <translation>t.ex. 31.5.2001</translation>
    </message>
    <message>
        <source>optional, e.g. 131052-308T</source>
        <translation>frivillig, t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>No personal coach yet</source>
        <translation>Ingen egen coach ännu</translation>
    </message>
    <message>
        <source>A coordinator assigns the personal coach.</source>
        <translation>En koordinator utser den egna coachen.</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Öppna den befintliga klienten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Possibly already a client: if this is one of them, open the existing client instead.</source>
        <translation>Kanske redan klient: om det är någon av dessa, öppna den befintliga klienten i stället.</translation>
    </message>
    <message>
        <source>A client with this personal identity code already exists. Open the existing client.</source>
        <translation>En klient med den här personbeteckningen finns redan. Öppna den befintliga klienten.</translation>
    </message>
    <message>
        <source>This may be a client already recorded. Open the existing client, or press Save again if this is another person.</source>
        <translation>Det här kan vara en klient som redan har registrerats. Öppna den befintliga klienten, eller tryck på Spara igen om det är en annan person.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Ny partnerorganisation</translation>
    </message>
    <message>
        <source>Edit partner organisation</source>
        <translation>Redigera partnerorganisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>What the organisation is for and when to refer a client there</source>
        <translation>Vad organisationen är till för och när en klient ska remitteras dit</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Vad den är till för</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>A removed client</source>
        <translation>En borttagen klient</translation>
    </message>
    <message>
        <source>Details erased</source>
        <translation>Uppgifterna raderade</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande arbete</translation>
    </message>
    <message>
        <source>People to reach in the pilot villages, each contact attempt, and who was reached.</source>
        <translation>Personer att nå i pilotbyarna, varje kontaktförsök och vem som nåddes.</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listor</translation>
    </message>
    <message>
        <source>Outreach lists</source>
        <translation>Uppsökarlistor</translation>
    </message>
    <message>
        <source>No outreach lists yet.</source>
        <translation>Inga uppsökarlistor ännu.</translation>
    </message>
    <message>
        <source>Make the first with “New list…”.</source>
        <translation>Skapa den första med ”Ny lista…”.</translation>
    </message>
    <message>
        <source>A coordinator makes them.</source>
        <translation>En koordinator skapar dem.</translation>
    </message>
    <message>
        <source>Show closed lists</source>
        <translation>Visa avslutade listor</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Ny lista…</translation>
    </message>
    <message>
        <source>Change list…</source>
        <translation>Ändra listan…</translation>
    </message>
    <message>
        <source>Close list…</source>
        <translation>Avsluta listan…</translation>
    </message>
    <message>
        <source>End the work on the list; the details of those who did not become clients are erased, the figures stay</source>
        <translation>Avsluta arbetet med listan; uppgifterna om dem som inte blev klienter raderas, siffrorna finns kvar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Choose a list on the left.</source>
        <translation>Välj en lista till vänster.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Next try due</source>
        <translation>Dags för nästa försök</translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>Namn, telefon eller adress</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Sök en person</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Uppsökande arbetare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Senaste försök</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nästa försök</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetare</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personer på listan</translation>
    </message>
    <message>
        <source>Nobody on the list matches the filters.</source>
        <translation>Ingen på listan motsvarar filtren.</translation>
    </message>
    <message>
        <source>Enter: record an attempt · Ctrl+K: became a client · Ctrl+Shift+K: an existing client · F2: details</source>
        <translation>Enter: registrera ett försök · Ctrl+K: blev klient · Ctrl+Shift+K: en befintlig klient · F2: uppgifter</translation>
    </message>
    <message>
        <source>Record attempt…</source>
        <translation>Registrera försök…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Became a client…</source>
        <translation>Blev klient…</translation>
    </message>
    <message>
        <source>Ctrl+K: a new client from the person&apos;s details</source>
        <translation>Ctrl+K: en ny klient utifrån personens uppgifter</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Mer ▾</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Fler åtgärder</translation>
    </message>
    <message>
        <source>The person&apos;s details…</source>
        <translation>Personens uppgifter…</translation>
    </message>
    <message>
        <source>Became a client: an existing one…</source>
        <translation>Blev klient: en befintlig…</translation>
    </message>
    <message>
        <source>Import people from a file…</source>
        <translation>Importera personer från en fil…</translation>
    </message>
    <message>
        <source>Add existing clients…</source>
        <translation>Lägg till befintliga klienter…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Lägg till en person…</translation>
    </message>
    <message>
        <source>Assign the chosen to a worker…</source>
        <translation>Tilldela de valda till en arbetare…</translation>
    </message>
    <message>
        <source>Take the chosen off the list…</source>
        <translation>Ta bort de valda från listan…</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n person(s) on ended lists were erased; the figures stay.</source>
        <translation>
            <numerusform>Uppgifterna om %n person på avslutade listor raderades; siffrorna finns kvar.</numerusform>
            <numerusform>Uppgifterna om %n personer på avslutade listor raderades; siffrorna finns kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <translation>{reached} av {total} nådda</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Inte tilldelade</translation>
    </message>
    <message>
        <source>closed {day}: the details of those who did not become clients are erased</source>
        <translation>avslutad {day}: uppgifterna om dem som inte blev klienter är raderade</translation>
    </message>
    <message>
        <source>details kept until {day} at the latest</source>
        <translation>uppgifterna sparas till senast {day}</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>Alla byar</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} av {total}</translation>
    </message>
    <message>
        <source>Nobody on this list is assigned to you yet; a coordinator assigns them.</source>
        <translation>Ingen på den här listan har tilldelats dig ännu; en koordinator tilldelar dem.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Sparat: {name}.</translation>
    </message>
    <message>
        <source>{name} is a client now.</source>
        <translation>{name} är nu klient.</translation>
    </message>
    <message>
        <source>{name} is a client: change the details on the client card.</source>
        <translation>{name} är klient: ändra uppgifterna på klientkortet.</translation>
    </message>
    <message>
        <source>Close “{name}”? Nothing more can be recorded on it, and the names, phone numbers, addresses and attempt notes of the {count} people who did not become clients are erased now, on every laptop at their next sync. The figures stay. This cannot be undone.</source>
        <translation>Avsluta ”{name}”? Inget mer kan registreras på listan, och namn, telefonnummer, adresser och försöksanteckningar för de {count} personer som inte blev klienter raderas nu, på alla bärbara datorer vid deras nästa synkronisering. Siffrorna finns kvar. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Avsluta listan</translation>
    </message>
    <message numerus="yes">
        <source>The list is closed; the details of %n person(s) were erased.</source>
        <translation>
            <numerusform>Listan är avslutad; uppgifterna om %n person raderades.</numerusform>
            <numerusform>Listan är avslutad; uppgifterna om %n personer raderades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) put on the list.</source>
        <translation>
            <numerusform>%n person lades till på listan.</numerusform>
            <numerusform>%n personer lades till på listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) put on the list.</source>
        <translation>
            <numerusform>%n klient lades till på listan.</numerusform>
            <numerusform>%n klienter lades till på listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) assigned.</source>
        <translation>
            <numerusform>%n person tilldelades.</numerusform>
            <numerusform>%n personer tilldelades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n person(s) off the list? Their details and attempts are removed; they no longer count in the figures. Use this for people put on the list by mistake.</source>
        <translation>
            <numerusform>Ta bort %n person från listan? Personens uppgifter och försök tas bort; personen räknas inte längre med i siffrorna. Använd detta för personer som lagts på listan av misstag.</numerusform>
            <numerusform>Ta bort %n personer från listan? Deras uppgifter och försök tas bort; de räknas inte längre med i siffrorna. Använd detta för personer som lagts på listan av misstag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) taken off the list.</source>
        <translation>
            <numerusform>%n person togs bort från listan.</numerusform>
            <numerusform>%n personer togs bort från listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Spara arbetsboken med framstegen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook is saved: {path}</source>
        <translation>Arbetsboken är sparad: {path}</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Inga försök ännu</translation>
    </message>
    <message>
        <source>{day}: {way}, {outcome}. Attempts in all: {count}.</source>
        <translation>{day}: {way}, {outcome}. Försök sammanlagt: {count}.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>e.g. 31.5.2027</source>
        <translation>t.ex. 31.5.2027</translation>
    </message>
    <message>
        <source>Add to a project</source>
        <translation>Lägg till i ett projekt</translation>
    </message>
    <message>
        <source>Entry data</source>
        <translation>Uppgifter vid inträdet</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Vid inträdet</translation>
    </message>
    <message>
        <source>Choose the project…</source>
        <translation>Välj projekt…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Inträdesdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Labour-market status</source>
        <translation>Ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Bor på landsbygden</translation>
    </message>
    <message>
        <source>Rural area suggested from the client&apos;s village or municipality: {answer}.</source>
        <translation>Förslag utifrån klientens by eller hemkommun: {answer}.</translation>
    </message>
    <message>
        <source>The age group is worked out from the birth date on the entry day.</source>
        <translation>Åldersgruppen räknas ut från födelsedatumet på inträdesdagen.</translation>
    </message>
    <message>
        <source>Disadvantaged situation</source>
        <translation>Missgynnad ställning</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Utländsk bakgrund</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>Minority (incl. Roma)</source>
        <translation>Minoritet (inkl. romer)</translation>
    </message>
    <message>
        <source>Homeless or in housing exclusion</source>
        <translation>Hemlös eller utestängd från bostadsmarknaden</translation>
    </message>
    <message>
        <source>Sensitive: shown only to the client&apos;s personal coach and administrators. Ask; the client need not answer.</source>
        <translation>Känsliga uppgifter: visas bara för klientens egen coach och administratörer. Fråga; klienten behöver inte svara.</translation>
    </message>
    <message>
        <source>The answers about disability, background, minority and housing are hidden: they are shown only to the client&apos;s personal coach and administrators. Saving here leaves them as they are.</source>
        <translation>Svaren om funktionsnedsättning, bakgrund, minoritet och boende är dolda: de visas bara för klientens egen coach och administratörer. Om du sparar här förblir de oförändrade.</translation>
    </message>
</context>
<context>
    <name>ParticipationExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>Utträde ur {project}</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>Vid utträdet</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Utträdesdatum</translation>
    </message>
    <message>
        <source>Choose the situation…</source>
        <translation>Välj situation…</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid utträdet</translation>
    </message>
    <message>
        <source>Entered on {date}. The six-month follow-up comes due six months after the exit.</source>
        <translation>Inträde {date}. Uppföljningen görs sex månader efter utträdet.</translation>
    </message>
</context>
<context>
    <name>ParticipationTab</name>
    <message>
        <source>Projects the client takes part in</source>
        <translation>Projekt som klienten deltar i</translation>
    </message>
    <message>
        <source>A participant&apos;s entry data, exit and six-month follow-up are reported to the project&apos;s funder.</source>
        <translation>Deltagarens uppgifter vid inträdet, utträdet och uppföljningen efter sex månader rapporteras till projektets finansiär.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inträde</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Utträde</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid utträdet</translation>
    </message>
    <message>
        <source>Six-month follow-up</source>
        <translation>Uppföljning 6 mån</translation>
    </message>
    <message>
        <source>Enter or double-click: the entry data</source>
        <translation>Enter eller dubbelklick: uppgifterna vid inträdet</translation>
    </message>
    <message>
        <source>The client takes part in no project yet.</source>
        <translation>Klienten deltar ännu inte i något projekt.</translation>
    </message>
    <message>
        <source>Add to a project…</source>
        <translation>Lägg till i ett projekt…</translation>
    </message>
    <message>
        <source>Entry data…</source>
        <translation>Uppgifter vid inträdet…</translation>
    </message>
    <message>
        <source>Record exit…</source>
        <translation>Registrera utträde…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Registrera uppföljning…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Remove a participation recorded by mistake</source>
        <translation>Ta bort ett deltagande som registrerats av misstag</translation>
    </message>
    <message>
        <source>Your role does not record participation in projects.</source>
        <translation>Med din roll kan du inte registrera deltagande i projekt.</translation>
    </message>
    <message>
        <source>Done {date}: employed {employed}, improved {improved}</source>
        <translation>Gjord {date} (i arbete: {employed}, förbättrad situation: {improved})</translation>
    </message>
    <message>
        <source>Due since {date}</source>
        <translation>Förfallen sedan {date}</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>Från och med {date}</translation>
    </message>
    <message>
        <source>Change exit…</source>
        <translation>Ändra utträdet…</translation>
    </message>
    <message>
        <source>Remove participation</source>
        <translation>Ta bort deltagandet</translation>
    </message>
    <message>
        <source>Remove the client&apos;s participation in {project}? Do this only for an entry recorded by mistake.</source>
        <translation>Ta bort klientens deltagande i {project}? Gör så bara om deltagandet registrerades av misstag.</translation>
    </message>
</context>
<context>
    <name>PartnersWidget</name>
    <message>
        <source>Show inactive too</source>
        <translation>Visa även de som inte används</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>No partner organisations.</source>
        <translation>Inga partnerorganisationer.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Ta ur bruk</translation>
    </message>
    <message>
        <source>Choose an organisation to see its details and services.</source>
        <translation>Välj en organisation för att se dess uppgifter och tjänster.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Vad den är till för</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Response (days)</source>
        <translation>Svarstid (dagar)</translation>
    </message>
    <message>
        <source>Takes referrals now</source>
        <translation>Tar emot remisser</translation>
    </message>
    <message>
        <source>No services yet.</source>
        <translation>Inga tjänster ännu.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ny tjänst</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Redigera tjänst</translation>
    </message>
    <message>
        <source>Not taking referrals now</source>
        <translation>Tar inte emot remisser nu</translation>
    </message>
    <message>
        <source>Make service inactive</source>
        <translation>Ta tjänsten ur bruk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(ur bruk)</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Ta i bruk</translation>
    </message>
    <message>
        <source>Taking referrals again</source>
        <translation>Tar emot remisser igen</translation>
    </message>
    <message>
        <source>Make service active</source>
        <translation>Ta tjänsten i bruk</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Vauhdittamo desk – database passphrase</source>
        <translation>Vauhdittamo desk – databasens lösenfras</translation>
    </message>
    <message>
        <source>Choose a passphrase for the database</source>
        <translation>Välj en lösenfras för databasen</translation>
    </message>
    <message>
        <source>Enter the passphrase of the database</source>
        <translation>Skriv databasens lösenfras</translation>
    </message>
    <message>
        <source>No keyring works on this computer, so the database {path} is protected with a passphrase. It is asked at every start.</source>
        <translation>Ingen nyckelring fungerar på den här datorn, så databasen {path} skyddas med en lösenfras. Den frågas vid varje start.</translation>
    </message>
    <message>
        <source>The key of the database {path} is not in this computer&apos;s keyring. If the database has a passphrase, enter it.</source>
        <translation>Nyckeln till databasen {path} finns inte i den här datorns nyckelring. Om databasen har en lösenfras, skriv den.</translation>
    </message>
    <message>
        <source>The database {path} is protected with a passphrase.</source>
        <translation>Databasen {path} är skyddad med en lösenfras.</translation>
    </message>
    <message>
        <source>Write it down and keep it in a safe place: a lost passphrase cannot be recovered, and without it the data is lost.</source>
        <translation>Skriv ner den och förvara den på ett säkert ställe: en förlorad lösenfras kan inte återställas, och utan den går uppgifterna förlorade.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Samma igen</translation>
    </message>
    <message>
        <source>At least {minimum} characters</source>
        <translation>Minst {minimum} tecken</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>Lösenfrasen är fel. Försök igen.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Använd den här lösenfrasen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Byt ditt lösenord</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Ange ett lösenord</translation>
    </message>
    <message>
        <source>Change your password or PIN</source>
        <translation>Byt ditt lösenord eller din PIN-kod</translation>
    </message>
    <message>
        <source>A new password or PIN for {name}</source>
        <translation>Nytt lösenord eller ny PIN-kod för {name}</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Minst 10 tecken, eller en PIN-kod med minst 6 siffror.</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits. Give it to {name} in person; this also ends a lockout after wrong passwords.</source>
        <translation>Minst 10 tecken, eller en PIN-kod med minst 6 siffror. Ge det till {name} personligen; det häver också en spärr efter felaktiga lösenord.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>Nytt lösenord eller ny PIN-kod</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Lösenorden stämmer inte överens. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>PathTab</name>
    <message>
        <source>Goal or step</source>
        <translation>Mål eller steg</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>No goals yet. Write the client&apos;s first goal below.</source>
        <translation>Inga mål ännu. Skriv klientens första mål nedan.</translation>
    </message>
    <message>
        <source>State of the selected goal or step</source>
        <translation>Status för valt mål eller steg</translation>
    </message>
    <message>
        <source>Add a goal or a step</source>
        <translation>Lägg till ett mål eller ett steg</translation>
    </message>
    <message>
        <source>e.g. Apply to vocational school in spring</source>
        <translation>t.ex. Söka till yrkesinstitut i vår</translation>
    </message>
    <message>
        <source>e.g. 31.5.2027 (optional)</source>
        <translation>t.ex. 31.5.2027 (frivilligt)</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Add a new goal (Enter in the title)</source>
        <translation>Lägg till ett nytt mål (Enter i rubriken)</translation>
    </message>
    <message>
        <source>Add step to the selected goal</source>
        <translation>Lägg till steg i valt mål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Project to date</source>
        <translation>Projektet hittills</translation>
    </message>
    <message>
        <source>Any range</source>
        <translation>Valfri period</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>från och med {date}</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n d</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Föregående period (Alt+←)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nästa period (Alt+→)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alla projekt</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Alla byar</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Alla verkstäder</translation>
    </message>
    <message>
        <source>All personal coaches</source>
        <translation>Alla egna coacher</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message>
        <source>No projects yet: add one under Projects…</source>
        <translation>Inga projekt ännu: lägg till ett under Projekt…</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Retention period</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>List a client for review when nothing has been recorded about them for</source>
        <translation>Visa en klient för granskning när inget har registrerats om klienten på</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Lagringstid i år</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Anonymising erases the name, birth date, personal identity code, contact details, village and everything written about the client. Visits, attendance, referral outcomes, the exit outcome, age groups and the municipality stay for statistics.</source>
        <translation>Anonymiseringen raderar namn, födelsedatum, personbeteckning, kontaktuppgifter, by och allt som skrivits om klienten. Besök, närvaro, remissernas utfall, avslutningens utfall, åldersgrupper och hemkommun finns kvar för statistiken.</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Senaste händelse</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Avslutningsdatum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>No client is past the retention period.</source>
        <translation>Ingen klient har passerat lagringstiden.</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Välj alla</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Avmarkera alla</translation>
    </message>
    <message>
        <source>Anonymise chosen…</source>
        <translation>Anonymisera valda…</translation>
    </message>
    <message>
        <source>A client&apos;s own data</source>
        <translation>Klientens egna uppgifter</translation>
    </message>
    <message>
        <source>When a client asks: export everything recorded about them (an Excel workbook to read and a JSON file for machines), or erase their personal data.</source>
        <translation>På klientens begäran: exportera allt som registrerats om klienten (en Excel-arbetsbok att läsa och en JSON-fil för maskiner) eller radera klientens personuppgifter.</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>Välj klient…</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Ingen klient vald</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Exportera klientens uppgifter…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Radera på begäran…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>{name} (removed record)</source>
        <translation>{name} (borttagen post)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have had nothing recorded for over {years} years.</source>
        <translation>
            <numerusform>%n klient har inte haft något registrerat på över {years} år.</numerusform>
            <numerusform>%n klienter har inte haft något registrerat på över {years} år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n chosen…</source>
        <translation>
            <numerusform>Anonymisera %n vald…</numerusform>
            <numerusform>Anonymisera %n valda…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Anonymise clients?</source>
        <translation>Anonymisera klienter?</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s)? Their names, contact details and everything written about them are erased for good; the statistics stay. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisera %n klient? Namn, kontaktuppgifter och allt som skrivits om klienten raderas för gott; statistiken finns kvar. Detta kan inte ångras.</numerusform>
            <numerusform>Anonymisera %n klienter? Deras namn, kontaktuppgifter och allt som skrivits om dem raderas för gott; statistiken finns kvar. Detta kan inte ångras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>%n klient anonymiserad.</numerusform>
            <numerusform>%n klienter anonymiserade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client whose data is asked for</source>
        <translation>Välj klienten vars uppgifter begärs</translation>
    </message>
    <message>
        <source>Choose the folder for the client&apos;s data</source>
        <translation>Välj mapp för klientens uppgifter</translation>
    </message>
    <message>
        <source>Saved {workbook} and {json} in {folder}.</source>
        <translation>Sparade {workbook} och {json} i {folder}.</translation>
    </message>
    <message>
        <source>The data of {name} was erased.</source>
        <translation>Uppgifterna om {name} raderades.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>people on the list</source>
        <translation>personer på listan</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>nådda</translation>
    </message>
    <message>
        <source>Reached at all: those who declined or became clients included</source>
        <translation>Nådda över huvud taget: inklusive de som tackade nej eller blev klienter</translation>
    </message>
    <message>
        <source>became clients</source>
        <translation>blev klienter</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>inte försökt ännu</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>Per by</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>By outreach worker</source>
        <translation>Per uppsökande arbetare</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Uppsökande arbetare</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Inte tilldelade</translation>
    </message>
    <message>
        <source>Attempts by way of contact</source>
        <translation>Försök per kontaktsätt</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Kontaktsätt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <source>The figures as a workbook in Finnish, without names</source>
        <translation>Siffrorna som arbetsbok på finska, utan namn</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Inte försökt ännu</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nådda</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Became clients</source>
        <translation>Blev klienter</translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation>Nådda %</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The funded projects (hanke) clients take part in. A client joins a project on the Projects tab of the client card.</source>
        <translation>De finansierade projekt som klienterna deltar i. En klient läggs till i ett projekt på fliken Projekt i klientkortet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Inga projekt ännu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Funder&apos;s code</source>
        <translation>Projektkod</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Participant target</source>
        <translation>Mål för antal deltagare</translation>
    </message>
    <message>
        <source>e.g. S30123 (EURA 2021)</source>
        <translation>t.ex. S30123 (EURA 2021)</translation>
    </message>
    <message>
        <source>e.g. Pohjois-Karjalan ELY-keskus</source>
        <translation>t.ex. NTM-centralen i Norra Karelen</translation>
    </message>
    <message>
        <source>e.g. 1.1.2026</source>
        <translation>t.ex. 1.1.2026</translation>
    </message>
    <message>
        <source>empty: open</source>
        <translation>tomt: tills vidare</translation>
    </message>
    <message>
        <source>e.g. 530 (optional)</source>
        <translation>t.ex. 530 (frivilligt)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Only a project nobody takes part in can be removed</source>
        <translation>Bara ett projekt utan deltagare kan tas bort</translation>
    </message>
    <message>
        <source>Only coordinators and administrators add or change projects.</source>
        <translation>Bara koordinatorer och administratörer kan lägga till och ändra projekt.</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Projekt: {name}</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Ta bort projektet</translation>
    </message>
    <message>
        <source>Remove the project {name}?</source>
        <translation>Ta bort projektet {name}?</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Received, could not be applied</source>
        <translation>Mottagen, kunde inte tillämpas</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>Avvisad av servern</translation>
    </message>
    <message>
        <source>Not sent: breaks a rule</source>
        <translation>Inte skickad: bryter mot en regel</translation>
    </message>
    <message>
        <source>Held-back changes</source>
        <translation>Ändringar som hålls kvar</translation>
    </message>
    <message>
        <source>Received but could not be applied here: {pulled} (tried again at every sync). Refused by the hub: {refused} (ask a coordinator or the municipality&apos;s IT).</source>
        <translation>Mottagna men kunde inte tillämpas här: {pulled} (prövas igen vid varje synkronisering). Avvisade av servern: {refused} (fråga en koordinator eller kommunens IT).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Inga ändringar hålls kvar.</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} are listed.</source>
        <translation>De nyaste {shown} av {total} visas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Additional information:</source>
        <translation>Tilläggsuppgifter:</translation>
    </message>
    <message>
        <source>Sent without consent:</source>
        <translation>Skickad utan samtycke:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Brådskandegrad:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Svar senast:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Skickad:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Remitterad av:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Change the status:</source>
        <translation>Ändra status:</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Inget resultat ännu</translation>
    </message>
    <message>
        <source>Fit for work</source>
        <translation>Arbetsför</translation>
    </message>
    <message>
        <source>Needs rehabilitation</source>
        <translation>Behöver rehabilitering</translation>
    </message>
    <message>
        <source>Pension recommended</source>
        <translation>Pension rekommenderas</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Annat resultat</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Spara resultatet</translation>
    </message>
    <message>
        <source>Assessment result:</source>
        <translation>Bedömningens resultat:</translation>
    </message>
    <message>
        <source>Health-related referral: its reason, notes and assessment result are shown only to the staff member who made it, the client&apos;s personal coach and administrators.</source>
        <translation>Hälsorelaterad remiss: orsaken, anteckningarna och bedömningens resultat visas bara för den som gjorde remissen, klientens egen coach och administratörer.</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Skriv ut remissen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Referral: {client}</source>
        <translation>Remiss: {client}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not sent yet (a draft made {when})</source>
        <translation>Inte skickad ännu (utkast gjort {when})</translation>
    </message>
    <message>
        <source>unknown staff member</source>
        <translation>okänd anställd</translation>
    </message>
    <message>
        <source>Not shown: a health-related detail (see below).</source>
        <translation>Visas inte: en hälsorelaterad uppgift (se nedan).</translation>
    </message>
    <message>
        <source>This referral is closed ({status}). A new need is a new referral.</source>
        <translation>Remissen är avslutad ({status}). Ett nytt behov är en ny remiss.</translation>
    </message>
    <message>
        <source>Reason for {status} (required):</source>
        <translation>Orsak till avböjandet (obligatorisk):</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Varför partnern avböjde</translation>
    </message>
    <message>
        <source>Note for {status} (optional):</source>
        <translation>Anteckning, ny status ”{status}” (frivillig):</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>New referral for {name}</source>
        <translation>Ny remiss för {name}</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Partnerns tjänst</translation>
    </message>
    <message>
        <source>Why the client is referred, in a few sentences</source>
        <translation>Varför klienten remitteras, med några meningar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådskandegrad</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>The referral shares the client&apos;s data with the partner</source>
        <translation>Remissen delar klientens uppgifter med partnern</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>Registrera samtycket nu</translation>
    </message>
    <message>
        <source>Or write why the referral goes ahead without consent:</source>
        <translation>Eller skriv varför remissen görs utan samtycke:</translation>
    </message>
    <message>
        <source>e.g. the client agreed by phone, written consent to follow</source>
        <translation>t.ex. klienten samtyckte per telefon, skriftligt samtycke följer</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Skicka nu</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Spara som utkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kategori: {category}</translation>
    </message>
    <message>
        <source>{name} has not given consent to share their data with {category}. Ask the client and record the consent now, or write why the referral goes ahead without it.</source>
        <translation>{name} har inte samtyckt till att uppgifterna delas med {category}. Fråga klienten och registrera samtycket nu, eller skriv varför remissen görs utan det.</translation>
    </message>
    <message>
        <source>Choose the partner service.</source>
        <translation>Välj partnerns tjänst.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Remiss gjord</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Remitterad till</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Orsak till remissen</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Tilläggsuppgifter</translation>
    </message>
    <message>
        <source>The partner is asked to respond by {date}.</source>
        <translation>Partnern ombeds svara senast {date}.</translation>
    </message>
    <message>
        <source>The client&apos;s personal details are not shared with the partner in this letter.</source>
        <translation>Klientens personuppgifter delas inte med partnern i denna remiss.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Vauhdittamo guidance centre</source>
        <translation>Vägledningscentret Vauhdittamo</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Skriv ut remissen</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Referrals to partner services, tracked until the partner responds and the service ends.</source>
        <translation>Remisser till partnernas tjänster – följs tills partnern svarar och tjänsten avslutas.</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>öppna remisser</translation>
    </message>
    <message>
        <source>no response by the due date</source>
        <translation>utan svar före förfallodagen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Resultat saknas</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Öppna remisser</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Alla remisser</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Klientens namn</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>&amp;Anställd:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>No referrals match the filters.</source>
        <translation>Inga remisser motsvarar filtren.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} referrals.</source>
        <translation>Visar {shown} av {total} remisser.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alla partner</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Fit for work</source>
        <translation>Arbetsför</translation>
    </message>
    <message>
        <source>Needs rehabilitation</source>
        <translation>Behöver rehabilitering</translation>
    </message>
    <message>
        <source>Pension recommended</source>
        <translation>Pension rekommenderas</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Annat resultat</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Inget resultat ännu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>entered in the period</source>
        <translation>började under perioden</translation>
    </message>
    <message>
        <source>took part in the period</source>
        <translation>deltog under perioden</translation>
    </message>
    <message>
        <source>left in the period</source>
        <translation>lämnade under perioden</translation>
    </message>
    <message>
        <source>of the participant target</source>
        <translation>av målet för antal deltagare</translation>
    </message>
    <message>
        <source>Participants entered and left by month</source>
        <translation>Deltagare som började och lämnade per månad</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binära</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Inte uppgett</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Gemensamma indikatorer för ESF+</translation>
    </message>
    <message>
        <source>Participants whose entry date is in the period, by their entry data.</source>
        <translation>Deltagare vars inträdesdatum infaller under perioden, enligt uppgifterna vid inträdet.</translation>
    </message>
    <message>
        <source>Participants whose exit date is in the period, by their situation when leaving.</source>
        <translation>Deltagare vars utträdesdatum infaller under perioden, enligt situationen vid utträdet.</translation>
    </message>
    <message>
        <source>Participants whose six months since leaving end in the period, by the follow-up.</source>
        <translation>Deltagare för vilka sex månader efter utträdet löper ut under perioden, enligt uppföljningen.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>No participants.</source>
        <translation>Inga deltagare.</translation>
    </message>
    <message>
        <source>Guidance visits</source>
        <translation>Vägledningsbesök</translation>
    </message>
    <message>
        <source>visits, anonymous ones included</source>
        <translation>besök, anonyma inräknade</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>anonyma besök</translation>
    </message>
    <message>
        <source>different clients</source>
        <translation>olika klienter</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Besök per månad</translation>
    </message>
    <message>
        <source>No visits in the period.</source>
        <translation>Inga besök under perioden.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>A visit may have several topics.</source>
        <translation>Ett besök kan ha flera ämnen.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>referrals sent</source>
        <translation>skickade remisser</translation>
    </message>
    <message>
        <source>Referrals sent in the period, by partner category and where each stands now.</source>
        <translation>Remisser som skickats under perioden, per partnerkategori och enligt nuvarande status.</translation>
    </message>
    <message>
        <source>Partner category</source>
        <translation>Partnerkategori</translation>
    </message>
    <message>
        <source>No referrals in the period.</source>
        <translation>Inga remisser under perioden.</translation>
    </message>
    <message>
        <source>Work and functional capacity assessments</source>
        <translation>Utredningar av arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>referred for an assessment</source>
        <translation>remitterade till utredning</translation>
    </message>
    <message>
        <source>with a result</source>
        <translation>med resultat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Utredningar</translation>
    </message>
    <message>
        <source>No assessments in the period.</source>
        <translation>Inga utredningar under perioden.</translation>
    </message>
    <message>
        <source>Competence certificates</source>
        <translation>Kompetensintyg</translation>
    </message>
    <message>
        <source>certificates awarded</source>
        <translation>utfärdade intyg</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Närvaro i verkstäder</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>hållna tillfällen</translation>
    </message>
    <message>
        <source>different participants</source>
        <translation>olika deltagare</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>deltaganden</translation>
    </message>
    <message>
        <source>anonymous head count</source>
        <translation>anonyma deltagare</translation>
    </message>
    <message>
        <source>participant hours</source>
        <translation>deltagartimmar</translation>
    </message>
    <message>
        <source>Hours from the times in and out, else the session&apos;s length. Sessions cancelled or still to come are left out.</source>
        <translation>Timmarna räknas från tiderna in och ut, annars från tillfällets längd. Inställda och kommande tillfällen räknas inte.</translation>
    </message>
    <message>
        <source>Workshop participants and hours by month</source>
        <translation>Deltagare och timmar i verkstäderna per månad</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Hållna tillfällen</translation>
    </message>
    <message>
        <source>Different participants</source>
        <translation>Olika deltagare</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Deltaganden</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyma</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>No workshop sessions held in the period.</source>
        <translation>Inga verkstadstillfällen hölls under perioden.</translation>
    </message>
    <message>
        <source>of the participant target: entered by {date}</source>
        <translation>av målet för antal deltagare: började senast {date}</translation>
    </message>
    <message>
        <source>entered by {date}; no participant target set</source>
        <translation>började senast {date}; inget mål för antal deltagare har satts</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of the period lack entry or exit data. The workbook lists them.</source>
        <translation>
            <numerusform>%n deltagare under perioden saknar uppgifter om inträde eller utträde. Arbetsboken listar deltagaren.</numerusform>
            <numerusform>%n deltagare under perioden saknar uppgifter om inträde eller utträde. Arbetsboken listar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Deltagartimmar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Any period&apos;s figures and the workbooks for the funder.</source>
        <translation>Siffror för valfri period och arbetsböckerna till finansiären.</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, at a glance.</source>
        <translation>Allt som hittills registrerats i den här databasen i en överblick.</translation>
    </message>
    <message>
        <source>Export attendance to Excel…</source>
        <translation>Exportera närvaro till Excel…</translation>
    </message>
    <message>
        <source>Period reports with the ESF+ indicators are for coordinators and administrators. Below is what the database holds.</source>
        <translation>Periodrapporterna med ESF+-indikatorerna är för koordinatorer och administratörer. Nedan syns vad databasen innehåller.</translation>
    </message>
    <message>
        <source>Export report to Excel…</source>
        <translation>Exportera rapporten till Excel…</translation>
    </message>
    <message>
        <source>The figures, the participants for EURA 2021 and those lacking data, as a workbook (Ctrl+Shift+E)</source>
        <translation>Siffrorna, deltagarna för EURA 2021 och de som saknar uppgifter, som arbetsbok (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Without client names</source>
        <translation>Utan klienternas namn</translation>
    </message>
    <message>
        <source>For a workbook that leaves the office: the list of participants lacking data shows codes only.</source>
        <translation>För en arbetsbok som lämnar kontoret: listan över deltagare med bristfälliga uppgifter visar bara koder.</translation>
    </message>
    <message>
        <source>Weekly workshop attendance for managers and funders: sessions, attendances and different participants per workshop and day (Ctrl+E)</source>
        <translation>Veckans verkstadsnärvaro för chefer och finansiärer: tillfällen, deltaganden och olika deltagare per verkstad och dag (Ctrl+E)</translation>
    </message>
    <message>
        <source>Projects…</source>
        <translation>Projekt…</translation>
    </message>
    <message>
        <source>The projects, their periods and participant targets</source>
        <translation>Projekten, deras perioder och mål för antal deltagare</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, whatever the period.</source>
        <translation>Allt som hittills registrerats i den här databasen, oavsett period.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienter</translation>
    </message>
    <message>
        <source>guidance visits</source>
        <translation>vägledningsbesök</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>remisser</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>verkstäder</translation>
    </message>
    <message>
        <source>workshop sessions</source>
        <translation>verkstadstillfällen</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>närvaromarkeringar</translation>
    </message>
    <message>
        <source>competence certificates</source>
        <translation>kompetensintyg</translation>
    </message>
    <message>
        <source>partner organisations</source>
        <translation>partnerorganisationer</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (avslutad)</translation>
    </message>
    <message>
        <source>Save the report workbook</source>
        <translation>Spara rapportens arbetsbok</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Arbetsboken skrivs…</translation>
    </message>
    <message>
        <source>The workbook was not saved. {reason}</source>
        <translation>Arbetsboken sparades inte. {reason}</translation>
    </message>
    <message>
        <source>The workbook could not be saved: {reason}. Choose another folder or close the file if it is open in Excel.</source>
        <translation>Arbetsboken kunde inte sparas: {reason}. Välj en annan mapp eller stäng filen om den är öppen i Excel.</translation>
    </message>
    <message>
        <source>Saved {path}: {participants} participant rows, {incomplete} of them lacking data.</source>
        <translation>Sparat {path}: {participants} deltagarrader, varav {incomplete} med bristfälliga uppgifter.</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>No weekly sessions: add extra sessions one by one in the week view.</source>
        <translation>Inga veckotillfällen: lägg till extra tillfällen ett i taget i veckovyn.</translation>
    </message>
    <message>
        <source>Add a weekday</source>
        <translation>Lägg till veckodag</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Börjar kl.</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Slutar kl.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this row from the schedule</source>
        <translation>Ta bort raden från schemat</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Ny tjänst</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Redigera tjänst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>empty: the category&apos;s default, {days} days</source>
        <translation>tomt: kategorins standard, {days} dagar</translation>
    </message>
    <message>
        <source>Response time (days)</source>
        <translation>Svarstid (dagar)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>{count} / {capacity} present</source>
        <translation>{count} / {capacity} närvarande</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} närvarande</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Workshop session</source>
        <translation>Verkstadstillfälle</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Extra tillfälle</translation>
    </message>
    <message>
        <source>A session outside the weekly schedule, for example an extra day or a visit.</source>
        <translation>Ett tillfälle utanför veckoschemat, till exempel en extra dag eller ett studiebesök.</translation>
    </message>
    <message>
        <source>Reason for cancelling: {reason}</source>
        <translation>Orsak till inställningen: {reason}</translation>
    </message>
    <message>
        <source>This session is cancelled. Reason: {reason}</source>
        <translation>Tillfället är inställt. Orsak: {reason}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Börjar kl.</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Slutar kl.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>optional, e.g. what was done or who stood in</source>
        <translation>frivilligt, t.ex. vad som gjordes eller vem som vikarierade</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>This session comes from the weekly schedule. If you change its date or times, it leaves the schedule: later changes to the schedule no longer move it.</source>
        <translation>Tillfället kommer från veckoschemat. Om du ändrar dess datum eller tider lämnar det schemat: senare ändringar i schemat flyttar det inte längre.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lägg till tillfälle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>There are no workshops yet. Add a workshop first.</source>
        <translation>Det finns inga verkstäder ännu. Lägg först till en verkstad.</translation>
    </message>
    <message>
        <source>Why is the session cancelled? The reason shows in the week view.</source>
        <translation>Varför ställs tillfället in? Orsaken visas i veckovyn.</translation>
    </message>
    <message>
        <source>The session has {attendance}. Cancelling removes them: do this only if the session did not take place.</source>
        <translation>Tillfället har markeringar: {attendance}. Om du ställer in det tas de bort, så gör det bara om tillfället inte hölls.</translation>
    </message>
    <message>
        <source>e.g. the facilitator is ill</source>
        <translation>t.ex. handledaren är sjuk</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Ställ in tillfället</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Behåll tillfället</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Ställ in tillfället…</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Återställ tillfället</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>Ta bort tillfället…</translation>
    </message>
    <message>
        <source>For a session made by mistake; one that had attendance can only be cancelled</source>
        <translation>För ett tillfälle som skapats av misstag; ett tillfälle med närvaro kan bara ställas in</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Bekräfta inställningen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Tillfället hölls inte: dess närvaromarkeringar och anonyma deltagare tas bort</translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation>Välj verkstad.</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Bekräfta inställningen</translation>
    </message>
    <message>
        <source>The session did not take place? Its {attendance} are removed, on every laptop at the next sync.</source>
        <translation>Hölls tillfället inte? Dess markeringar ({attendance}) tas bort på alla bärbara datorer vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Ta bort tillfället</translation>
    </message>
    <message>
        <source>Remove this session? Do this only for a session made by mistake; a session that did not take place should be cancelled instead.</source>
        <translation>Ta bort tillfället? Gör så bara för ett tillfälle som skapats av misstag; ett tillfälle som inte hölls ska i stället ställas in.</translation>
    </message>
</context>
<context>
    <name>ShowMoreRow</name>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>{app} – sign in</source>
        <translation>{app} – inloggning</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Välj ditt namn och skriv ditt lösenord eller din PIN-kod.</translation>
    </message>
    <message>
        <source>Type or choose your name</source>
        <translation>Skriv eller välj ditt namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Skapa den första administratören</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Minst 10 tecken, eller en PIN-kod med minst 6 siffror.</translation>
    </message>
    <message>
        <source>Staff accounts from an earlier version have no passwords yet. Create an administrator (or give yours a password by writing your name as it is); the administrator then sets the others&apos; passwords.</source>
        <translation>Personalkonton från en tidigare version har ännu inga lösenord. Skapa en administratör (eller ge din befintliga ett lösenord genom att skriva namnet exakt som det är); administratören ställer sedan in de andras lösenord.</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. The first administrator manages the staff accounts: adds the others and sets their passwords.</source>
        <translation>Ingen kan logga in ännu. Den första administratören hanterar personalens konton: lägger till de andra och ställer in deras lösenord.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Skapa och logga in</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Välj först ditt namn.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Skriv ditt lösenord eller din PIN-kod.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Lösenorden stämmer inte överens. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Ny anställd</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Redigera anställd</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>Can sign in (active)</source>
        <translation>Kan logga in (aktiv)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits. Leave empty to set it later with “Set password…”.</source>
        <translation>Minst 10 tecken, eller en PIN-kod med minst 6 siffror. Lämna tomt för att ange det senare med ”Ange lösenord…”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Lösenorden stämmer inte överens. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>New staff member…</source>
        <translation>Ny anställd…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Ange lösenord…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Skärmlås</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lås skärmen efter</translation>
    </message>
    <message>
        <source>minutes without use</source>
        <translation>minuter utan användning</translation>
    </message>
    <message>
        <source>On this computer. Anyone can lock at once with Ctrl+L; unlocking needs the password or PIN of whoever is signed in.</source>
        <translation>Gäller den här datorn. Vem som helst kan låsa direkt med Ctrl+L; för att låsa upp behövs lösenordet eller PIN-koden för den som är inloggad.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Spärrad till kl. {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angivet</translation>
    </message>
    <message>
        <source>Set {date}</source>
        <translation>Angivet {date}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <source>{name} can no longer sign in. Their visits, referrals and other history stay, and the account can be taken into use again.</source>
        <translation>{name} kan inte längre logga in. Besök, remisser och övrig historik finns kvar, och kontot kan tas i bruk igen.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Connecting to the hub</source>
        <translation>Ansluter till servern</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Skickar ändringar</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Tar emot ändringar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>This installation keeps all its data locally and works fully offline. When a central hub is configured, syncing brings every installation to the same data.</source>
        <translation>Den här installationen sparar alla uppgifter lokalt och fungerar helt utan nätverk. När en central server har konfigurerats ger synkroniseringen alla installationer samma uppgifter.</translation>
    </message>
    <message>
        <source>changes waiting to be sent</source>
        <translation>ändringar väntar på att skickas</translation>
    </message>
    <message>
        <source>changes made on this computer</source>
        <translation>ändringar gjorda på den här datorn</translation>
    </message>
    <message>
        <source>conflicts to review</source>
        <translation>konflikter att granska</translation>
    </message>
    <message>
        <source>changes held back</source>
        <translation>ändringar hålls kvar</translation>
    </message>
    <message>
        <source>last successful sync</source>
        <translation>senaste lyckade synkronisering</translation>
    </message>
    <message>
        <source>Show held-back changes…</source>
        <translation>Visa ändringar som hålls kvar…</translation>
    </message>
    <message>
        <source>Review cancelled sessions…</source>
        <translation>Granska inställda tillfällen…</translation>
    </message>
    <message>
        <source>Central hub</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Without the password: it is kept in the keyring of this computer.</source>
        <translation>Utan lösenordet: det sparas i den här datorns nyckelring.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <source>your own hub user, from the municipality&apos;s IT</source>
        <translation>din egen serveranvändare, från kommunens IT</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>kept in the keyring of this computer, never in a file</source>
        <translation>sparas i den här datorns nyckelring, aldrig i en fil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synkronisera automatiskt var</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>when the hub can be reached</source>
        <translation>när servern kan nås</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the sync; what was already exchanged is kept</source>
        <translation>Avbryt synkroniseringen; det som redan utbytts behålls</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Granska konflikter…</translation>
    </message>
    <message>
        <source>Client records that may be one person: compare, merge or mark them not the same person</source>
        <translation>Klientposter som kan vara samma person: jämför, slå ihop eller markera dem som inte samma person</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Den här installationen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Enhets-id</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Your role does not synchronise; ask a coordinator or an outreach worker.</source>
        <translation>Med din roll kan du inte synkronisera. Be en koordinator eller en uppsökande arbetare om hjälp.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)…</source>
        <translation>
            <numerusform>%n möjlig dubblett…</numerusform>
            <numerusform>%n möjliga dubbletter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Allt skickat</translation>
    </message>
    <message>
        <source>Changes wait to be sent: they go at the next sync, when this computer is online.</source>
        <translation>Ändringar väntar på att skickas: de skickas vid nästa synkronisering när datorn är ansluten.</translation>
    </message>
    <message>
        <source>Everything made on this computer has reached the hub.</source>
        <translation>Allt som gjorts på den här datorn har nått servern.</translation>
    </message>
    <message>
        <source>Received but could not be applied here: {pulled}. Refused by the hub: {refused}.</source>
        <translation>Mottagna men kunde inte tillämpas här: {pulled}. Avvisade av servern: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled sessions with attendance marks: {count}. The funder&apos;s figures leave these marks out until the session is restored or its cancellation confirmed.</source>
        <translation>Inställda tillfällen med närvaromarkeringar: {count}. Finansiärens siffror lämnar bort markeringarna tills tillfället återställs eller inställningen bekräftas.</translation>
    </message>
    <message>
        <source>Saved. The password is in this computer&apos;s keyring.</source>
        <translation>Sparat. Lösenordet finns i den här datorns nyckelring.</translation>
    </message>
    <message>
        <source>Saved. No keyring works here, so the password is kept only until the application closes.</source>
        <translation>Sparat. Ingen nyckelring fungerar här, så lösenordet sparas bara tills programmet stängs.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address first (ask the municipality&apos;s IT).</source>
        <translation>Skriv först serverns adress (fråga kommunens IT).</translation>
    </message>
    <message>
        <source>Type the hub password.</source>
        <translation>Skriv serverns lösenord.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The hub could not be reached; the next try is automatic.</source>
        <translation>Servern kunde inte nås; nästa försök sker automatiskt.</translation>
    </message>
    <message>
        <source>Synced: {pushed} changes sent, {pulled} received in {seconds} s.</source>
        <translation>Synkroniserat: {pushed} ändringar skickade, {pulled} mottagna på {seconds} s.</translation>
    </message>
    <message>
        <source>{count} new conflicts to review.</source>
        <translation>{count} nya konflikter att granska.</translation>
    </message>
    <message>
        <source>The hub refused {count} changes of this computer; see the held-back changes.</source>
        <translation>Servern avvisade {count} ändringar från den här datorn; se ändringarna som hålls kvar.</translation>
    </message>
    <message>
        <source>{count} received changes could not be applied here; they are tried again at every sync.</source>
        <translation>{count} mottagna ändringar kunde inte tillämpas här; de prövas igen vid varje synkronisering.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>timeline column</comment>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Inget på tidslinjen ännu.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lägg till en anteckning</translation>
    </message>
    <message>
        <source>Write a note on the client&apos;s timeline (Ctrl+Enter adds it)</source>
        <translation>Skriv en anteckning på klientens tidslinje (Ctrl+Enter lägger till)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} av %n händelse</numerusform>
            <numerusform>{shown} av %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance visit</source>
        <translation>Vägledningsbesök</translation>
    </message>
    <message>
        <source>Consent withdrawn: {kind}</source>
        <translation>Samtycke återkallat: {kind}</translation>
    </message>
    <message>
        <source>Consent given: {kind}</source>
        <translation>Samtycke givet: {kind}</translation>
    </message>
    <message>
        <source>Path ended: {outcome}</source>
        <translation>Stigen avslutades: {outcome}</translation>
    </message>
    <message>
        <source>Step done: {title}</source>
        <translation>Steg klart: {title}</translation>
    </message>
    <message>
        <source>Goal set: {title}</source>
        <translation>Mål satt: {title}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Next step: {step} by {date}</source>
        <translation>Nästa steg: {step} senast {date}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Nästa steg: {step}</translation>
    </message>
    <message>
        <source>health-related details hidden</source>
        <translation>hälsouppgifterna dolda</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop in</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Mål: {title}</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <source>Visit topics</source>
        <translation>Besökens ämnen</translation>
    </message>
    <message>
        <source>The first nine topics get the keys 1–9 on the front desk. Hidden topics stay on the visits that have them.</source>
        <translation>De nio första ämnena får tangenterna 1–9 på startsidan. Dolda ämnen finns kvar på de besök som har dem.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (dold)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nytt ämne</translation>
    </message>
    <message>
        <source>Name of the topic</source>
        <translation>Ämnets namn</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Byt namn på ämnet</translation>
    </message>
    <message>
        <source>New name (leave empty to use the standard name of a built-in topic)</source>
        <translation>Nytt namn (lämna tomt för att ett standardämne ska få sitt standardnamn)</translation>
    </message>
</context>
<context>
    <name>VisitEditDialog</name>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonym besökare</translation>
    </message>
    <message>
        <source>Visit {time}: {who}</source>
        <translation>Besök kl. {time}: {who}</translation>
    </message>
    <message>
        <source>Visits can be changed only on the day they were logged.</source>
        <translation>Ett besök kan ändras endast samma dag som det registrerades.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Ta bort besöket</translation>
    </message>
    <message>
        <source>Attach to a client…</source>
        <translation>Koppla till en klient…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Remove this visit? It was logged by mistake.</source>
        <translation>Ta bort det här besöket? Det registrerades av misstag.</translation>
    </message>
    <message>
        <source>Attach the visit to a client</source>
        <translation>Koppla besöket till en klient</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Choose at least one topic: press its number (1–9).</source>
        <translation>Välj minst ett ämne: tryck på dess nummer (1–9).</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Osparad anteckning</translation>
    </message>
    <message>
        <source>Discard the unsaved note?</source>
        <translation>Kasta den osparade anteckningen?</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>Vad gällde det? (frivilligt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Next step (optional)</source>
        <translation>Nästa steg (frivilligt)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Date of the next step</source>
        <translation>Datum för nästa steg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Inställd: {reason}</translation>
    </message>
    <message>
        <source>Today {day}</source>
        <translation>I dag {day}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny verkstad</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Redigera verkstad</translation>
    </message>
    <message>
        <source>{name} (no longer active)</source>
        <translation>{name} (inte längre i bruk)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Delete workshop…</source>
        <translation>Ta bort verkstad…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>e.g. Vauhdittamo START</source>
        <translation>t.ex. Vauhdittamo START</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>e.g. Vauhdittamo, workshop room</source>
        <translation>t.ex. Vauhdittamo, verkstadsrummet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>for outreach, e.g. Koli</source>
        <translation>för arbete i byarna, t.ex. Koli</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = ingen gräns</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>By</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Högst deltagare</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>runs until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>What the workshop does and who it is for</source>
        <translation>Vad verkstaden gör och vem den är till för</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Veckoschema</translation>
    </message>
    <message>
        <source>Sessions are generated from the schedule for the coming weeks. Sessions already used (attendance, a head count, a note or cancelled) keep their times when the schedule changes.</source>
        <translation>Tillfällena skapas utifrån schemat för de kommande veckorna. Tillfällen som redan använts (närvaro, anonyma deltagare, en anteckning eller inställda) behåller sina tider när schemat ändras.</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Ta bort verkstad</translation>
    </message>
    <message>
        <source>Delete the workshop {name} and its sessions? Attendance already marked stays in the clients&apos; history and in the reports.</source>
        <translation>Ta bort verkstaden {name} och dess tillfällen? Närvaro som redan markerats finns kvar i klienternas historik och i rapporterna.</translation>
    </message>
</context>
<context>
    <name>WorkshopList</name>
    <message>
        <source>New workshop…</source>
        <translation>Ny verkstad…</translation>
    </message>
    <message>
        <source>Edit workshop…</source>
        <translation>Redigera verkstaden…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>No workshops yet. Add the first with “New workshop…”.</source>
        <translation>Inga verkstäder ännu. Lägg till den första med ”Ny verkstad…”.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Enrol a client…</source>
        <translation>Anmäl en klient…</translation>
    </message>
    <message>
        <source>End enrolment</source>
        <translation>Avsluta deltagandet</translation>
    </message>
    <message>
        <source>Competence certificates</source>
        <translation>Kompetensintyg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Record a certificate…</source>
        <translation>Registrera ett kompetensintyg…</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
    <message>
        <source>Participants of {workshop} ({count})</source>
        <translation>{workshop}: deltagare ({count})</translation>
    </message>
    <message>
        <source>Enrol a client in {workshop}</source>
        <translation>Anmäl en klient till {workshop}</translation>
    </message>
    <message>
        <source>{name} leaves {workshop} today. Attendance so far stays.</source>
        <translation>{name} slutar i {workshop} i dag. Närvaron hittills finns kvar.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Verkstäder</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Föregående vecka</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nästa vecka ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Attendance… (Enter)</source>
        <translation>Närvaro… (Enter)</translation>
    </message>
    <message>
        <source>Edit session… (F4)</source>
        <translation>Redigera tillfället… (F4)</translation>
    </message>
    <message>
        <source>Extra session…</source>
        <translation>Extra tillfälle…</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>inställd: {reason}</translation>
    </message>
    <message>
        <source>No workshop sessions this week.</source>
        <translation>Inga verkstadstillfällen denna vecka.</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Alla verkstäder</translation>
    </message>
    <message>
        <source>Week {week}/{year}: {first} – {last}</source>
        <translation>Vecka {week}/{year}: {first}–{last}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot continue</source>
        <translation>Kan inte fortsätta</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Something unexpected happened. What you had saved is safe. Please tell your administrator; the details are in the log folder:</source>
        <translation>Något oväntat hände. Det du redan har sparat är i säkerhet. Meddela administratören; detaljerna finns i loggmappen:</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Staff and partners</source>
        <translation>Personal och partner</translation>
    </message>
    <message>
        <source>Clients, visits and referrals</source>
        <translation>Klienter, besök och remisser</translation>
    </message>
    <message>
        <source>Workshops and attendance</source>
        <translation>Verkstäder och närvaro</translation>
    </message>
    <message>
        <source>Anonymous visits</source>
        <translation>Anonyma besök</translation>
    </message>
    <message>
        <source>Projects and participants</source>
        <translation>Projekt och deltagare</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same identity code</source>
        <translation>samma personbeteckning</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>samma födelsedatum</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>samma e-postadress</translation>
    </message>
    <message>
        <source>no birth date to compare</source>
        <translation>inget födelsedatum att jämföra</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <source>å, ä or ö typed as a or o</source>
        <translation>å, ä eller ö skrivet som a eller o</translation>
    </message>
    <message>
        <source>name one letter off</source>
        <translation>en bokstav skiljer i namnet</translation>
    </message>
    <message>
        <source>two letters of the name the wrong way round</source>
        <translation>två bokstäver i namnet i fel ordning</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>för- och efternamn har bytt plats</translation>
    </message>
    <message>
        <source>one has a double surname</source>
        <translation>den ena har dubbelt efternamn</translation>
    </message>
    <message>
        <source>one has more first names</source>
        <translation>den ena har fler förnamn</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <source>different name</source>
        <translation>olika namn</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Vauhdittamo desk (schema {found}). Update the application; the database was left untouched.</source>
        <translation>Databasen {path} har skrivits av en nyare version av Vauhdittamo desk (schema {found}). Uppdatera programmet; databasen lämnades orörd.</translation>
    </message>
    <message>
        <source>The file {path} is not a Vauhdittamo database or it is damaged. Restore it from a backup.</source>
        <translation>Filen {path} är inte en Vauhdittamo-databas eller så är den skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program. Wait a moment and try again.</source>
        <translation>Databasen {path} används av ett annat program. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Disken är full. Frigör utrymme och försök igen; inget sparat gick förlorat.</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the path, or start the app once to create it.</source>
        <translation>Databasen {path} finns inte. Kontrollera sökvägen eller starta programmet en gång för att skapa den.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened: the key or passphrase is wrong, or the file is not a Vauhdittamo database. The file was left untouched.</source>
        <translation>Databasen {path} kunde inte öppnas: nyckeln eller lösenfrasen är fel, eller så är filen ingen Vauhdittamo-databas. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Vauhdittamo database. It was left untouched; check the path, or start the app once to create a database.</source>
        <translation>Filen {path} är tom: den är ingen Vauhdittamo-databas. Den lämnades orörd; kontrollera sökvägen eller starta programmet en gång för att skapa en databas.</translation>
    </message>
    <message>
        <source>The database {path} is not a file (it is a device, a pipe or a socket). Give the path of a database file.</source>
        <translation>Databasen {path} är ingen fil (det är en enhet, ett rör eller en socket). Ange sökvägen till en databasfil.</translation>
    </message>
    <message>
        <source>The database {path} is a folder. Give the path of a database file, for example {example}.</source>
        <translation>Databasen {path} är en mapp. Ange sökvägen till en databasfil, till exempel {example}.</translation>
    </message>
    <message>
        <source>The database {path} is from an older version of Vauhdittamo desk (schema {found}; this version uses {head}). Start the app once, or run: vauhdittamo upgrade --db {path}. It was left untouched.</source>
        <translation>Databasen {path} kommer från en äldre version av Vauhdittamo desk (schema {found}; den här versionen använder {head}). Starta programmet en gång eller kör: vauhdittamo upgrade --db {path}. Den lämnades orörd.</translation>
    </message>
    <message>
        <source>The database {path} is from an older version of Vauhdittamo desk and is not encrypted yet. Start the app once, or run: vauhdittamo upgrade --db {path}. It was left untouched.</source>
        <translation>Databasen {path} kommer från en äldre version av Vauhdittamo desk och är ännu inte krypterad. Starta programmet en gång eller kör: vauhdittamo upgrade --db {path}. Den lämnades orörd.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded from schema {found} to {head} ({reason}). It was left as it was, and a copy made before the upgrade is in {backup}. Please report this.</source>
        <translation>Databasen {path} kunde inte uppgraderas från schema {found} till {head} ({reason}). Den lämnades som den var, och en kopia som gjordes före uppgraderingen finns i {backup}. Rapportera detta.</translation>
    </message>
    <message>
        <source>Cannot save {path}: it is a device, a pipe or a socket, not a file, and only a file is ever replaced. Give a file name.</source>
        <translation>Det går inte att spara {path}: det är en enhet, ett rör eller en socket, inte en fil, och bara filer ersätts. Ange ett filnamn.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the file exists (give --force to replace it).</source>
        <translation>Det går inte att spara {path}: filen finns redan (ange --force för att ersätta den).</translation>
    </message>
    <message>
        <source>Cannot save {path}: you may not write in the folder {folder}. Choose another folder.</source>
        <translation>Det går inte att spara {path}: du får inte skriva i mappen {folder}. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>No keyring works on this computer, so the database {path} is protected with a passphrase. Run the command in a terminal to type it, or give it on standard input with --passphrase-stdin.</source>
        <translation>Ingen nyckelring fungerar på den här datorn, så databasen {path} skyddas med en lösenfras. Kör kommandot i en terminal för att skriva den, eller ge den på standard in med --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The key of the database {path} is not in this computer&apos;s keyring, and no passphrase was given. The database can only be opened where its key is, or with its passphrase.</source>
        <translation>Nyckeln till databasen {path} finns inte i den här datorns nyckelring, och ingen lösenfras gavs. Databasen kan bara öppnas där dess nyckel finns, eller med dess lösenfras.</translation>
    </message>
    <message>
        <source>No passphrase was given; the database {path} was not opened.</source>
        <translation>Ingen lösenfras gavs; databasen {path} öppnades inte.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted: {reason} It was left as it was; try again.</source>
        <translation>Databasen {path} kunde inte krypteras: {reason} Den lämnades som den var; försök igen.</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Filen {path} kan inte användas: {reason}</translation>
    </message>
    <message>
        <source>Language must be Finnish, Swedish or other (fi, sv, other).</source>
        <translation>Språket ska vara finska, svenska eller annat (fi, sv, other).</translation>
    </message>
    <message>
        <source>Check the client details: {count} field(s) need fixing.</source>
        <translation>Kontrollera klientens uppgifter: {count} fält behöver rättas.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Klienten finns inte längre.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} är inte en fil.</translation>
    </message>
    <message>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>Filen {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Filen {path} är tom.</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} MB); at most {limit} MB can be imported at once. Split it into smaller files.</source>
        <translation>Filen {path} är för stor ({size} MB); högst {limit} MB kan importeras åt gången. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>The file {path} has more than {limit} rows of clients; split it into smaller files.</source>
        <translation>Filen {path} har fler än {limit} klientrader; dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx), or it is damaged or password-protected. Open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>Filen {path} är inte en Excel-arbetsbok (.xlsx), eller så är den skadad eller lösenordsskyddad. Öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx) eller som CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} is not a CSV text file. In Excel, save it as CSV UTF-8 (.csv).</source>
        <translation>Filen {path} är inte en CSV-textfil. Spara den i Excel som CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text (first problem on line {line}). In Excel, save it as CSV UTF-8 (.csv).</source>
        <translation>Filen {path} är inte UTF-8-text (första problemet på rad {line}). Spara den i Excel som CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>Cannot import {path}: only CSV (.csv), tab-separated text (.tsv, .txt) and Excel workbook (.xlsx) files can be imported.</source>
        <translation>{path} kan inte importeras: endast CSV-filer (.csv), tabbavgränsade textfiler (.tsv, .txt) och Excel-arbetsböcker (.xlsx) kan importeras.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV near line {line}. Check the quotation marks and the separators on that line.</source>
        <translation>Filen {path} är inte giltig CSV nära rad {line}. Kontrollera citattecknen och avgränsarna på den raden.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: on line {line} a value in quotation marks goes on after its closing quotation mark. A quotation mark inside a value is written twice (&quot;&quot;). Check line {line}.</source>
        <translation>Filen {path} är inte giltig CSV: på rad {line} fortsätter ett värde inom citattecken efter det avslutande citattecknet. Ett citattecken inuti ett värde skrivs två gånger (&quot;&quot;). Kontrollera rad {line}.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: the quotation mark opened on line {line} is never closed, so every line after it would be read as one value. Check the quotation marks on line {line}; nothing was imported.</source>
        <translation>Filen {path} är inte giltig CSV: citattecknet som öppnas på rad {line} stängs aldrig, så alla rader efter det skulle läsas som ett enda värde. Kontrollera citattecknen på rad {line}; ingenting importerades.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: a quotation mark opened on line {line} closes only on line {end}, so lines {line}–{end} would be read as one row. Client details cannot hold line breaks: check the quotation marks on line {line}; nothing was imported.</source>
        <translation>Filen {path} är inte giltig CSV: ett citattecken som öppnas på rad {line} stängs först på rad {end}, så raderna {line}–{end} skulle läsas som en enda rad. Klientuppgifter kan inte innehålla radbrytningar: kontrollera citattecknen på rad {line}; ingenting importerades.</translation>
    </message>
    <message>
        <source>This line has {found} value(s) but the heading row names {expected} columns. Check the separators and quotation marks on this line.</source>
        <translation>Raden har {found} värden men rubrikraden anger {expected} kolumner. Kontrollera avgränsarna och citattecknen på raden.</translation>
    </message>
    <message>
        <source>The file {path} has columns that cannot be imported: {columns}. Known columns: {known}.</source>
        <translation>Filen {path} har kolumner som inte kan importeras: {columns}. Kända kolumner: {known}.</translation>
    </message>
    <message>
        <source>The file {path} has the column {column} twice: {columns}. Remove one of them.</source>
        <translation>Filen {path} har kolumnen {column} två gånger: {columns}. Ta bort den ena.</translation>
    </message>
    <message>
        <source>The file {path} has no column {columns}. Row {row} must name the columns, for example etunimi; sukunimi; syntymäaika.</source>
        <translation>Filen {path} saknar kolumnen {columns}. Rad {row} ska ange kolumnernas namn, till exempel etunimi; sukunimi; syntymäaika.</translation>
    </message>
    <message>
        <source>In the file {path}, column {column} has no heading in row {header_row}, but row {row} has a value in it. Add a heading or remove the values.</source>
        <translation>I filen {path} har kolumn {column} ingen rubrik på rad {header_row}, men rad {row} har ett värde i den. Lägg till en rubrik eller ta bort värdena.</translation>
    </message>
    <message>
        <source>Already a client: {name} has the same personal identity code.</source>
        <translation>Redan klient: {name} har samma personbeteckning.</translation>
    </message>
    <message>
        <source>Already a client: {name} has the same name and birth date.</source>
        <translation>Redan klient: {name} har samma namn och födelsedatum.</translation>
    </message>
    <message>
        <source>Same personal identity code as row {row} of the file.</source>
        <translation>Samma personbeteckning som på rad {row} i filen.</translation>
    </message>
    <message>
        <source>Same name and birth date as row {row} of the file.</source>
        <translation>Samma namn och födelsedatum som på rad {row} i filen.</translation>
    </message>
    <message>
        <source>Already imported: an import of this same file on {date} wrote this row.</source>
        <translation>Redan importerad: en import av samma fil {date} skrev den här raden.</translation>
    </message>
    <message>
        <source>The import stopped after {imported} of {total} new client(s) were written: {reason} Run the same import again to write the rest; the clients already written are recognised and skipped.</source>
        <translation>Importen avbröts när {imported} av {total} nya klienter hade skrivits: {reason} Kör samma import igen för att skriva resten; de klienter som redan skrivits känns igen och hoppas över.</translation>
    </message>
    <message>
        <source>Column “{heading}”: {message}</source>
        <translation>Kolumnen ”{heading}”: {message}</translation>
    </message>
    <message>
        <source>The file {path} cannot be imported.</source>
        <translation>Filen {path} kan inte importeras.</translation>
    </message>
    <message>
        <source>Write the date as 31.5.2001 or 2001-05-31.</source>
        <translation>Skriv datumet som 31.5.2001 eller 2001-05-31.</translation>
    </message>
    <message>
        <source>There is no such date: {value}.</source>
        <translation>Datumet {value} finns inte.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong; check the code.</source>
        <translation>Personbeteckningens kontrolltecken är fel; kontrollera beteckningen.</translation>
    </message>
    <message>
        <source>The personal identity code has an impossible date or century sign.</source>
        <translation>Personbeteckningen har ett omöjligt datum eller sekeltecken.</translation>
    </message>
    <message>
        <source>A personal identity code looks like 131052-308T: six digits, a century sign, three digits and a check character.</source>
        <translation>En personbeteckning ser ut som 131052-308T: sex siffror, ett sekeltecken, tre siffror och ett kontrolltecken.</translation>
    </message>
    <message>
        <source>The birth date does not match the personal identity code ({date}).</source>
        <translation>Födelsedatumet stämmer inte med personbeteckningen ({date}).</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Uppgiften är obligatorisk.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Högst {limit} tecken.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>Write the phone number with digits, for example 040 123 4567.</source>
        <translation>Skriv telefonnumret med siffror, till exempel 040 123 4567.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Födelsedatumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>Födelsedatumet ligger för långt bak i tiden.</translation>
    </message>
    <message>
        <source>Write the time as 9.15 or 14.30.</source>
        <translation>Skriv tiden som 9.15 eller 14.30.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character ({code}); remove it or type the text again.</source>
        <translation>Texten innehåller ett osynligt styrtecken ({code}); ta bort det eller skriv texten på nytt.</translation>
    </message>
    <message>
        <source>This text holds an invisible character that changes the direction of the text ({code}); remove it or type the text again.</source>
        <translation>Texten innehåller ett osynligt tecken som ändrar textens riktning ({code}); ta bort det eller skriv texten på nytt.</translation>
    </message>
    <message>
        <source>Write this on one line, without line breaks or tabs.</source>
        <translation>Skriv detta på en rad, utan radbrytningar eller tabbar.</translation>
    </message>
    <message>
        <source>This field has only invisible characters.</source>
        <translation>Fältet innehåller bara osynliga tecken.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 480 minutes.</source>
        <translation>Längden ska vara 1–480 minuter.</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>Besöket finns inte längre.</translation>
    </message>
    <message>
        <source>A visit can be changed or removed only on the day it was logged ({date}).</source>
        <translation>Ett besök kan ändras eller tas bort endast samma dag som det registrerades ({date}).</translation>
    </message>
    <message>
        <source>The visit is already attached to a client.</source>
        <translation>Besöket är redan kopplat till en klient.</translation>
    </message>
    <message>
        <source>The staff member no longer exists or is no longer active.</source>
        <translation>Den anställda finns inte längre eller är inte längre aktiv.</translation>
    </message>
    <message>
        <source>Choose the partner category the client agrees to share data with.</source>
        <translation>Välj den partnerkategori som klienten samtycker till att uppgifter lämnas ut till.</translation>
    </message>
    <message>
        <source>A partner category belongs only to a consent to share data.</source>
        <translation>En partnerkategori hör bara till ett samtycke till utlämning av uppgifter.</translation>
    </message>
    <message>
        <source>Choose what the client consents to.</source>
        <translation>Välj vad klienten samtycker till.</translation>
    </message>
    <message>
        <source>The client already has this consent in force. Withdraw it first to record it again.</source>
        <translation>Klienten har redan detta samtycke i kraft. Återkalla det först för att registrera det på nytt.</translation>
    </message>
    <message>
        <source>The consent no longer exists.</source>
        <translation>Samtycket finns inte längre.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>Detta samtycke har redan återkallats.</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>Målet finns inte längre.</translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation>Steget finns inte längre.</translation>
    </message>
    <message>
        <source>Choose a state: planned, in progress, done or dropped.</source>
        <translation>Välj status: planerad, pågående, klar eller avbruten.</translation>
    </message>
    <message>
        <source>Choose the outcome of the exit.</source>
        <translation>Välj resultatet av avslutningen.</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>Avslutningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the client&apos;s first recorded day ({date}).</source>
        <translation>Avslutningsdatumet kan inte vara före klientens första registrerade dag ({date}).</translation>
    </message>
    <message>
        <source>Unknown topic: {code}.</source>
        <translation>Okänt ämne: {code}.</translation>
    </message>
    <message>
        <source>The list already has the topic “{label}”.</source>
        <translation>Listan har redan ämnet ”{label}”.</translation>
    </message>
    <message>
        <source>The topic no longer exists.</source>
        <translation>Ämnet finns inte längre.</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Remissen finns inte längre.</translation>
    </message>
    <message>
        <source>Check the organisation details: {count} field(s) need fixing.</source>
        <translation>Kontrollera organisationens uppgifter: {count} fält behöver rättas.</translation>
    </message>
    <message>
        <source>Check the service details: {count} field(s) need fixing.</source>
        <translation>Kontrollera tjänstens uppgifter: {count} fält behöver rättas.</translation>
    </message>
    <message>
        <source>Choose the category of the organisation.</source>
        <translation>Välj organisationens kategori.</translation>
    </message>
    <message>
        <source>Write the response time as whole days from {min} to {max}, or leave it empty to use the category&apos;s default.</source>
        <translation>Skriv svarstiden som hela dagar från {min} till {max}, eller lämna tomt för kategorins standard.</translation>
    </message>
    <message>
        <source>The directory already has the organisation “{name}”.</source>
        <translation>Katalogen har redan organisationen ”{name}”.</translation>
    </message>
    <message>
        <source>The directory already has the organisation “{name}”, marked inactive. Make it active again instead.</source>
        <translation>Katalogen har redan organisationen ”{name}”, men den är tagen ur bruk. Ta den i bruk igen i stället.</translation>
    </message>
    <message>
        <source>The organisation already has the service “{name}”.</source>
        <translation>Organisationen har redan tjänsten ”{name}”.</translation>
    </message>
    <message>
        <source>The partner organisation no longer exists.</source>
        <translation>Partnerorganisationen finns inte längre.</translation>
    </message>
    <message>
        <source>The partner service no longer exists.</source>
        <translation>Partnerns tjänst finns inte längre.</translation>
    </message>
    <message>
        <source>The service {service} is no longer offered. Choose another service.</source>
        <translation>Tjänsten {service} erbjuds inte längre. Välj en annan tjänst.</translation>
    </message>
    <message>
        <source>The service {service} is not taking referrals at the moment. Choose another service.</source>
        <translation>Tjänsten {service} tar inte emot remisser just nu. Välj en annan tjänst.</translation>
    </message>
    <message>
        <source>Choose the urgency: normal or urgent.</source>
        <translation>Välj brådskandegrad: normal eller brådskande.</translation>
    </message>
    <message>
        <source>Choose a status for the referral.</source>
        <translation>Välj status för remissen.</translation>
    </message>
    <message>
        <source>The response date cannot be in the past.</source>
        <translation>Svarsdatumet kan inte ligga i det förflutna.</translation>
    </message>
    <message>
        <source>The client has not consented to sharing data with this partner ({category}). Record the client&apos;s consent, or write why the referral goes ahead without it.</source>
        <translation>Klienten har inte samtyckt till att uppgifter lämnas ut till denna partner ({category}). Registrera klientens samtycke eller skriv varför remissen görs utan det.</translation>
    </message>
    <message>
        <source>Write why the referral goes ahead without the client&apos;s consent.</source>
        <translation>Skriv varför remissen görs utan klientens samtycke.</translation>
    </message>
    <message>
        <source>A referral cannot go from {from} to {to}.</source>
        <translation>En remiss kan inte gå från {from} till {to}.</translation>
    </message>
    <message>
        <source>The referral is already {from}, so it cannot become {to}. Make a new referral instead.</source>
        <translation>Remissen är redan {from}, så den kan inte bli {to}. Gör en ny remiss i stället.</translation>
    </message>
    <message>
        <source>Write why the partner declined the referral.</source>
        <translation>Skriv varför partnern avböjde remissen.</translation>
    </message>
    <message>
        <source>A status change cannot be dated in the future.</source>
        <translation>En statusändring kan inte dateras i framtiden.</translation>
    </message>
    <message>
        <source>A status change cannot be dated before the previous one ({time}).</source>
        <translation>En statusändring kan inte dateras före den föregående ({time}).</translation>
    </message>
    <message>
        <source>An assessment result belongs only to referrals to a work and functional capacity assessment.</source>
        <translation>Ett bedömningsresultat hör bara till remisser till utredning av arbets- och funktionsförmåga.</translation>
    </message>
    <message>
        <source>An assessment result can be recorded only for a referral that is sent, accepted, started or completed; this one is {status}.</source>
        <translation>Ett bedömningsresultat kan registreras endast för en remiss som är skickad, godkänd, påbörjad eller slutförd; denna är {status}.</translation>
    </message>
    <message>
        <source>Choose the result of the assessment.</source>
        <translation>Välj resultatet av bedömningen.</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>Antalet dagar kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The session is cancelled; restore it before marking attendance.</source>
        <translation>Tillfället är inställt; återställ det innan du markerar närvaro.</translation>
    </message>
    <message>
        <source>The session is on {date}; attendance is marked on the day.</source>
        <translation>Tillfället är {date}; närvaron markeras samma dag.</translation>
    </message>
    <message>
        <source>The time out must be after the time in.</source>
        <translation>Tiden ut måste vara efter tiden in.</translation>
    </message>
    <message>
        <source>The head count must be between 0 and {limit}.</source>
        <translation>Antalet måste vara mellan 0 och {limit}.</translation>
    </message>
    <message>
        <source>Times in and out are recorded only for people present.</source>
        <translation>Tider in och ut registreras bara för dem som är närvarande.</translation>
    </message>
    <message>
        <source>Unknown workshop: {name}. Give the workshop&apos;s name or id as it is in the workshop list.</source>
        <translation>Okänd verkstad: {name}. Ange verkstadens namn eller id som i verkstadslistan.</translation>
    </message>
    <message>
        <source>{count} workshops are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>{count} verkstäder heter {name}; ange id för den du menar: {ids}.</translation>
    </message>
    <message>
        <source>A certificate cannot be dated in the future.</source>
        <translation>Ett intyg kan inte dateras i framtiden.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Intyget finns inte längre.</translation>
    </message>
    <message>
        <source>Choose who assessed the competence, or write the assessor&apos;s name.</source>
        <translation>Välj vem som bedömde kompetensen, eller skriv bedömarens namn.</translation>
    </message>
    <message>
        <source>Give the week as a year and an ISO week number, for example 2026-W47 (not {value}).</source>
        <translation>Ange veckan som år och ISO-veckonummer, till exempel 2026-W47 (inte {value}).</translation>
    </message>
    <message>
        <source>There is no week {week} in {year}: {year} has weeks 1 to {weeks} (ISO 8601).</source>
        <translation>År {year} har ingen vecka {week}: {year} har veckorna 1–{weeks} (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist. Choose another folder.</source>
        <translation>Det går inte att spara {path}: mappen {folder} finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Cannot save {path}: it is a folder. Give a file name.</source>
        <translation>Det går inte att spara {path}: det är en mapp. Ange ett filnamn.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the file is open in another program (for example Excel) or you may not write in that folder. Close the file, or choose another name or folder.</source>
        <translation>Det går inte att spara {path}: filen är öppen i ett annat program (till exempel Excel) eller så får du inte skriva i mappen. Stäng filen eller välj ett annat namn eller en annan mapp.</translation>
    </message>
    <message>
        <source>Check the workshop details: {count} field(s) need attention.</source>
        <translation>Kontrollera verkstadens uppgifter: {count} fält behöver åtgärdas.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Slutdatumet får inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>A session must end after it starts ({start}–{end}).</source>
        <translation>Ett tillfälle måste sluta efter att det börjat ({start}–{end}).</translation>
    </message>
    <message>
        <source>The weekday must be between Monday and Sunday.</source>
        <translation>Veckodagen måste vara mellan måndag och söndag.</translation>
    </message>
    <message>
        <source>Two schedule rows overlap on the same weekday.</source>
        <translation>Två rader i schemat överlappar samma veckodag.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {limit}, or left empty.</source>
        <translation>Antalet platser måste vara 1–{limit} eller tomt.</translation>
    </message>
    <message>
        <source>The workshop no longer exists.</source>
        <translation>Verkstaden finns inte längre.</translation>
    </message>
    <message>
        <source>The workshop session no longer exists.</source>
        <translation>Verkstadstillfället finns inte längre.</translation>
    </message>
    <message>
        <source>A chosen facilitator is no longer an active staff member.</source>
        <translation>En vald handledare är inte längre aktiv personal.</translation>
    </message>
    <message>
        <source>Write why the session is cancelled.</source>
        <translation>Skriv varför tillfället ställs in.</translation>
    </message>
    <message>
        <source>The session date is outside the workshop&apos;s dates ({first} – {last}).</source>
        <translation>Tillfällets datum ligger utanför verkstadens period ({first} – {last}).</translation>
    </message>
    <message>
        <source>The session has attendance marks or a head count; cancel it instead of removing it.</source>
        <translation>Tillfället har närvaromarkeringar eller anonyma deltagare; ställ in det i stället för att ta bort det.</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it starts.</source>
        <translation>Deltagandet kan inte sluta innan det börjat.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {minimum} characters long.</source>
        <translation>Lösenfrasen måste vara minst {minimum} tecken lång.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>Med din roll ({role}) kan du inte {action}.</translation>
    </message>
    <message>
        <source>This referral&apos;s health-related details are shown only to the staff member who made it, the client&apos;s personal coach and administrators.</source>
        <translation>Den här remissens hälsorelaterade uppgifter visas bara för den som gjorde remissen, klientens egen coach och administratörer.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>The retention period must be from {min} to {max} years.</source>
        <translation>Lagringstiden måste vara {min}–{max} år.</translation>
    </message>
    <message>
        <source>{count} of the chosen clients have had something recorded within the retention period, so nothing was anonymised. Read the list again and choose again.</source>
        <translation>{count} av de valda klienterna har fått registreringar inom lagringstiden, så inget anonymiserades. Läs listan på nytt och välj igen.</translation>
    </message>
    <message>
        <source>Choose the reason for the erasure.</source>
        <translation>Välj orsaken till raderingen.</translation>
    </message>
    <message>
        <source>The reference must be a case number such as {example} (letters, year, number), never a name or an identity code.</source>
        <translation>Referensen måste vara ett diarienummer, t.ex. {example} (bokstäver, år, nummer) – aldrig ett namn eller en personbeteckning.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Namnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}. Try again then.</source>
        <translation>För många felaktiga lösenord: kontot är spärrat till kl. {time}. Försök igen då.</translation>
    </message>
    <message>
        <source>This account is no longer in use. Ask an administrator if you need it again.</source>
        <translation>Det här kontot används inte längre. Fråga en administratör om du behöver det igen.</translation>
    </message>
    <message>
        <source>This account has no password yet. Ask an administrator to set one.</source>
        <translation>Kontot har ännu inget lösenord. Be en administratör att ange ett.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Välj ett lösenord med minst 10 tecken, eller en PIN-kod med minst 6 siffror.</translation>
    </message>
    <message>
        <source>The password is too long: at most 256 characters.</source>
        <translation>Lösenordet är för långt: högst 256 tecken.</translation>
    </message>
    <message>
        <source>Your current password is wrong.</source>
        <translation>Ditt nuvarande lösenord är fel.</translation>
    </message>
    <message>
        <source>An administrator account already exists. Sign in, or ask an administrator for an account.</source>
        <translation>Det finns redan ett administratörskonto. Logga in, eller be en administratör om ett konto.</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>Den anställda finns inte längre.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another staff member an administrator first, so that someone can still manage the staff accounts.</source>
        <translation>Det här är den sista aktiva administratören. Gör först någon annan anställd till administratör, så att någon fortfarande kan hantera kontona.</translation>
    </message>
    <message>
        <source>Cannot reach the hub {hub}: {reason}. Check the network and try again; nothing was lost.</source>
        <translation>Det går inte att nå servern {hub}: {reason}. Kontrollera nätverket och försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <source>The hub {hub} did not answer within {seconds} seconds. The network may be slow or the hub busy; try again later. Nothing was lost.</source>
        <translation>Servern {hub} svarade inte inom {seconds} sekunder. Nätverket kan vara långsamt eller servern upptagen; försök igen senare. Inget gick förlorat.</translation>
    </message>
    <message>
        <source>The hub address is not valid. Write it as postgresql://user@server:5432/database.</source>
        <translation>Serverns adress är inte giltig. Skriv den som postgresql://användare@server:5432/databas.</translation>
    </message>
    <message>
        <source>The hub address {hub} is not valid: {reason}</source>
        <translation>Serverns adress {hub} är inte giltig: {reason}</translation>
    </message>
    <message>
        <source>The hub address must not contain a password: write it without one ({hub}). The password is kept in this computer&apos;s keyring or typed when asked.</source>
        <translation>Serverns adress får inte innehålla ett lösenord: skriv den utan ({hub}). Lösenordet sparas i den här datorns nyckelring eller skrivs när det efterfrågas.</translation>
    </message>
    <message>
        <source>The hub {hub} did not accept the password of the user {user}. Check the password; the municipality&apos;s IT can set a new one. Nothing was exchanged.</source>
        <translation>Servern {hub} godtog inte lösenordet för användaren {user}. Kontrollera lösenordet; kommunens IT kan ställa in ett nytt. Inga data utbyttes.</translation>
    </message>
    <message>
        <source>The hub {hub} asks for the password of the user {user}, and none was given.</source>
        <translation>Servern {hub} frågar efter lösenordet för användaren {user}, och inget gavs.</translation>
    </message>
    <message>
        <source>The hub {hub} has no user {user}. Check the user name, or ask the municipality&apos;s IT to add it (vauhdittamo hub add-user).</source>
        <translation>Servern {hub} har ingen användare {user}. Kontrollera användarnamnet eller be kommunens IT lägga till det (vauhdittamo hub add-user).</translation>
    </message>
    <message>
        <source>The hub server {hub} has no database {database}. Check the database name at the end of the address.</source>
        <translation>Servern {hub} har ingen databas {database}. Kontrollera databasens namn i slutet av adressen.</translation>
    </message>
    <message>
        <source>The hub {hub} does not let this user or computer in: {reason}. Ask the municipality&apos;s IT.</source>
        <translation>Servern {hub} släpper inte in den här användaren eller datorn: {reason}. Fråga kommunens IT.</translation>
    </message>
    <message>
        <source>No secure connection to the hub {hub}: {reason}. The hub needs TLS with a valid certificate for its name (ask the municipality&apos;s IT); nothing was exchanged.</source>
        <translation>Ingen säker anslutning till servern {hub}: {reason}. Servern behöver TLS med ett giltigt certifikat för sitt namn (fråga kommunens IT); inga data utbyttes.</translation>
    </message>
    <message>
        <source>The hub {hub} has not been prepared for Vauhdittamo desk. Prepare it with: vauhdittamo hub init</source>
        <translation>Servern {hub} har inte förberetts för Vauhdittamo desk. Förbered den med: vauhdittamo hub init</translation>
    </message>
    <message>
        <source>The hub {hub} has schema {hub_schema}, older than this computer&apos;s {local_schema}. Upgrade the hub (vauhdittamo hub init) before syncing; nothing was exchanged.</source>
        <translation>Servern {hub} har schema {hub_schema}, äldre än den här datorns {local_schema}. Uppgradera servern (vauhdittamo hub init) före synkroniseringen; inga data utbyttes.</translation>
    </message>
    <message>
        <source>The hub {hub} has schema {hub_schema}, newer than this computer&apos;s {local_schema}. Update Vauhdittamo desk on this computer before syncing; nothing was exchanged.</source>
        <translation>Servern {hub} har schema {hub_schema}, nyare än den här datorns {local_schema}. Uppdatera Vauhdittamo desk på den här datorn före synkroniseringen; inga data utbyttes.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes off the hub&apos;s. Set the date and time right and sync again; nothing was exchanged.</source>
        <translation>Den här datorns klocka avviker {minutes} minuter från serverns. Ställ in rätt datum och tid och synkronisera igen; inga data utbyttes.</translation>
    </message>
    <message>
        <source>No password for the hub user {user}: store it in the keyring or run the command in a terminal to type it.</source>
        <translation>Inget lösenord för serveranvändaren {user}: spara det i nyckelringen eller kör kommandot i en terminal för att skriva det.</translation>
    </message>
    <message>
        <source>The conflict was not found or it has already been settled.</source>
        <translation>Konflikten hittades inte eller så har den redan lösts.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was already exchanged is kept; the rest goes at the next sync.</source>
        <translation>Synkroniseringen avbröts. Det som redan utbytts behålls; resten går vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The hub {hub} refused the sync: {reason}</source>
        <translation>Servern {hub} avvisade synkroniseringen: {reason}</translation>
    </message>
    <message>
        <source>A hub user name is 2–63 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Ett serveranvändarnamn har 2–63 små bokstäver, siffror, punkter, bindestreck eller understreck och börjar med en bokstav.</translation>
    </message>
    <message>
        <source>The database role {name} exists and is not a hub user. Choose another name, or give --force to turn that role into a hub user (its other rights are taken away).</source>
        <translation>Databasrollen {name} finns redan och är ingen serveranvändare. Välj ett annat namn eller ange --force för att göra rollen till serveranvändare (dess övriga rättigheter tas bort).</translation>
    </message>
    <message>
        <source>Prepare the hub first: vauhdittamo hub init</source>
        <translation>Förbered servern först: vauhdittamo hub init</translation>
    </message>
    <message>
        <source>The name {name} is reserved: PostgreSQL&apos;s own roles start with pg_. Choose another name.</source>
        <translation>Namnet {name} är reserverat: PostgreSQL:s egna roller börjar med pg_. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>{name} is the user this command connects as (the hub&apos;s owner); a hub user needs a name of its own.</source>
        <translation>{name} är användaren som kommandot ansluter som (serverns ägare); en serveranvändare behöver ett eget namn.</translation>
    </message>
    <message>
        <source>The hub did not create or change the user {name}: {reason}. Run the command as the hub&apos;s owner, who may create roles; nothing was changed.</source>
        <translation>Servern skapade eller ändrade inte användaren {name}: {reason}. Kör kommandot som serverns ägare, som får skapa roller; ingenting ändrades.</translation>
    </message>
    <message>
        <source>A staff member&apos;s role, active state or password is not changed by settling a conflict: an administrator changes it on the staff screen. Keep the current value.</source>
        <translation>En anställds roll, aktivitet eller lösenord ändras inte genom att lösa en konflikt: en administratör ändrar dem i personalvyn. Behåll det nuvarande värdet.</translation>
    </message>
    <message>
        <source>The client has been erased: the other value cannot be taken back. Keep the current value.</source>
        <translation>Klientens uppgifter har raderats: det andra värdet kan inte tas tillbaka. Behåll det nuvarande värdet.</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Projektet finns inte längre.</translation>
    </message>
    <message>
        <source>Choose the project.</source>
        <translation>Välj projekt.</translation>
    </message>
    <message>
        <source>The participation no longer exists.</source>
        <translation>Deltagandet finns inte längre.</translation>
    </message>
    <message>
        <source>The client already takes part in this project (entered on {date}). Change that entry instead.</source>
        <translation>Klienten deltar redan i det här projektet (inträde {date}). Ändra hellre de uppgifterna.</translation>
    </message>
    <message>
        <source>The entry date cannot be in the future.</source>
        <translation>Inträdesdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The project starts on {date}: the entry cannot be earlier.</source>
        <translation>Projektet börjar {date}: inträdet kan inte vara tidigare.</translation>
    </message>
    <message>
        <source>The project ended on {date}: the entry cannot be later.</source>
        <translation>Projektet slutade {date}: inträdet kan inte vara senare.</translation>
    </message>
    <message>
        <source>The entry date cannot be after the exit date ({date}).</source>
        <translation>Inträdesdatumet kan inte vara efter utträdesdatumet ({date}).</translation>
    </message>
    <message>
        <source>Choose one of the answers (&quot;Not told&quot; is one of them).</source>
        <translation>Välj ett av svaren (även ”Inte uppgett” är ett svar).</translation>
    </message>
    <message>
        <source>The answers about disability, background, minority and housing are recorded only by the client&apos;s personal coach and administrators.</source>
        <translation>Svaren om funktionsnedsättning, bakgrund, minoritet och boende registreras bara av klientens egen coach och administratörer.</translation>
    </message>
    <message>
        <source>Choose the situation at exit.</source>
        <translation>Välj situationen vid utträdet.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the entry date ({date}).</source>
        <translation>Utträdesdatumet kan inte vara före inträdesdatumet ({date}).</translation>
    </message>
    <message>
        <source>The client entered the project {project} on {date}, after this exit date. Correct that entry first.</source>
        <translation>Klienten gick in i projektet {project} {date}, efter det här avslutningsdatumet. Rätta först det inträdet.</translation>
    </message>
    <message>
        <source>Record the exit first: the follow-up is six months after it.</source>
        <translation>Registrera utträdet först: uppföljningen görs sex månader efter det.</translation>
    </message>
    <message>
        <source>The six-month follow-up can be recorded from {date} on (six months after the exit).</source>
        <translation>Uppföljningen efter sex månader kan registreras från och med {date} (sex månader efter utträdet).</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the future.</source>
        <translation>Uppföljningens datum kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The six-month follow-up has been recorded: remove it before removing the exit.</source>
        <translation>Uppföljningen efter sex månader har registrerats: ta bort den innan du tar bort utträdet.</translation>
    </message>
    <message>
        <source>Another project already has this name.</source>
        <translation>Det finns redan ett projekt med det här namnet.</translation>
    </message>
    <message>
        <source>Give the day the project starts.</source>
        <translation>Ange dagen då projektet börjar.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Projektet kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>Write the participant target as a whole number greater than zero, or leave it empty.</source>
        <translation>Skriv målet för antal deltagare som ett heltal större än noll, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>A participant entered the project on {date}, before this start date.</source>
        <translation>En deltagare gick in i projektet {date}, före det här startdatumet.</translation>
    </message>
    <message>
        <source>A participant entered the project on {date}, after this end date.</source>
        <translation>En deltagare gick in i projektet {date}, efter det här slutdatumet.</translation>
    </message>
    <message>
        <source>The project has participants ({count}), so it cannot be removed.</source>
        <translation>Projektet har deltagare ({count}), så det kan inte tas bort.</translation>
    </message>
    <message>
        <source>The period cannot end ({end}) before it starts ({start}). Swap the dates.</source>
        <translation>Perioden kan inte sluta ({end}) innan den börjar ({start}). Byt plats på datumen.</translation>
    </message>
    <message>
        <source>A report covers at most {years} years. Choose a shorter period.</source>
        <translation>En rapport kan omfatta högst {years} år. Välj en kortare period.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, for example 2026-10-01 (not {value}).</source>
        <translation>Ange datumet som år-månad-dag, till exempel 2026-10-01 (inte {value}).</translation>
    </message>
    <message>
        <source>Unknown project: {name}. Give the project&apos;s name or id as it is in the project list.</source>
        <translation>Okänt projekt: {name}. Ange projektets namn eller id som i projektlistan.</translation>
    </message>
    <message>
        <source>{count} projects are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>{count} projekt heter {name}; ange id för det du menar: {ids}.</translation>
    </message>
    <message>
        <source>Unknown personal coach: {name}. Give the staff member&apos;s name or id as it is in the staff list.</source>
        <translation>Okänd egen coach: {name}. Ange den anställdas namn eller id som i personallistan.</translation>
    </message>
    <message>
        <source>{count} staff members are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>{count} anställda heter {name}; ange id för den du menar: {ids}.</translation>
    </message>
    <message>
        <source>The hub is always a PostgreSQL database, not {scheme}: write its address as postgresql://user@server:5432/database.</source>
        <translation>Servern är alltid en PostgreSQL-databas, inte {scheme}: skriv dess adress som postgresql://användare@server:5432/databas.</translation>
    </message>
    <message>
        <source>A client record cannot be a duplicate of itself.</source>
        <translation>En klientpost kan inte vara en dubblett av sig själv.</translation>
    </message>
    <message>
        <source>One of the two client records no longer exists.</source>
        <translation>En av de två klientposterna finns inte längre.</translation>
    </message>
    <message>
        <source>Choose two different client records to merge.</source>
        <translation>Välj två olika klientposter att slå ihop.</translation>
    </message>
    <message>
        <source>One of the two records has already been merged into another record. Refresh the list.</source>
        <translation>En av de två posterna har redan slagits ihop med en annan post. Uppdatera listan.</translation>
    </message>
    <message>
        <source>An anonymised or erased record cannot be merged: its personal data is gone for good.</source>
        <translation>En anonymiserad eller raderad post kan inte slås ihop: dess personuppgifter är borta för gott.</translation>
    </message>
    <message>
        <source>Unknown client field: {field}.</source>
        <translation>Okänt klientfält: {field}.</translation>
    </message>
    <message>
        <source>Choose how the person was contacted.</source>
        <translation>Välj hur personen kontaktades.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Välj resultat.</translation>
    </message>
    <message>
        <source>Give the day of the attempt.</source>
        <translation>Ange dagen för försöket.</translation>
    </message>
    <message>
        <source>The attempt cannot be in the future.</source>
        <translation>Försöket kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The next try must come after the attempt.</source>
        <translation>Nästa försök måste ligga efter det här försöket.</translation>
    </message>
    <message>
        <source>After this outcome there is no next try; leave it empty.</source>
        <translation>Efter det här resultatet blir det inget nästa försök; lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Record “became a client” with the client: make the new client or choose the existing one.</source>
        <translation>Registrera ”blev klient” tillsammans med klienten: skapa den nya klienten eller välj den befintliga.</translation>
    </message>
    <message>
        <source>This person is already linked to another client record.</source>
        <translation>Den här personen är redan kopplad till en annan klientpost.</translation>
    </message>
    <message>
        <source>This client is already on the list as another person. Record the attempt on that entry.</source>
        <translation>Den här klienten finns redan på listan som en annan person. Registrera försöket på den raden.</translation>
    </message>
    <message>
        <source>The attempt no longer exists.</source>
        <translation>Försöket finns inte längre.</translation>
    </message>
    <message>
        <source>A “became a client” attempt stays: the person is a client now.</source>
        <translation>Ett försök med resultatet ”blev klient” kan inte tas bort: personen är nu klient.</translation>
    </message>
    <message>
        <source>Only the staff member who recorded an attempt, or a coordinator, removes it.</source>
        <translation>Bara den anställda som registrerade försöket, eller en koordinator, kan ta bort det.</translation>
    </message>
    <message>
        <source>This person is no longer on the outreach list.</source>
        <translation>Den här personen finns inte längre på uppsökarlistan.</translation>
    </message>
    <message>
        <source>This person is assigned to another outreach worker. A coordinator can assign them to you.</source>
        <translation>Den här personen är tilldelad en annan uppsökande arbetare. En koordinator kan tilldela personen till dig.</translation>
    </message>
    <message>
        <source>This person&apos;s details were erased when the list ended; only the figures are kept.</source>
        <translation>Den här personens uppgifter raderades när listan avslutades; bara siffrorna finns kvar.</translation>
    </message>
    <message>
        <source>This person is a client: change their details on the client card.</source>
        <translation>Den här personen är klient: ändra uppgifterna på klientkortet.</translation>
    </message>
    <message>
        <source>Check the details: {count} field(s) need fixing.</source>
        <translation>Kontrollera uppgifterna: {count} fält behöver rättas.</translation>
    </message>
    <message>
        <source>{village} is not one of the list&apos;s villages ({villages}). Add it to the list first.</source>
        <translation>{village} är inte en av listans byar ({villages}). Lägg först till byn på listan.</translation>
    </message>
    <message>
        <source>Choose the village: one of {villages}.</source>
        <translation>Välj by: en av {villages}.</translation>
    </message>
    <message>
        <source>Entries can be assigned only to active staff who record outreach work.</source>
        <translation>Personer på listan kan bara tilldelas aktiv personal som registrerar uppsökande arbete.</translation>
    </message>
    <message>
        <source>{name} of {village} is already on the list.</source>
        <translation>{name} från {village} finns redan på listan.</translation>
    </message>
    <message>
        <source>The phone number {phone} is already on the list ({name}).</source>
        <translation>Telefonnumret {phone} finns redan på listan ({name}).</translation>
    </message>
    <message>
        <source>An outreach list can hold at most {limit} people; this would make {count}.</source>
        <translation>En uppsökarlista kan ha högst {limit} personer; det här skulle ge {count}.</translation>
    </message>
    <message>
        <source>Already on the list: {name} of {village}.</source>
        <translation>Redan på listan: {name} från {village}.</translation>
    </message>
    <message>
        <source>Already on the list: {name} has the same phone number.</source>
        <translation>Redan på listan: {name} har samma telefonnummer.</translation>
    </message>
    <message>
        <source>Same name and village as row {row} of the file.</source>
        <translation>Samma namn och by som på rad {row} i filen.</translation>
    </message>
    <message>
        <source>Same phone number as row {row} of the file.</source>
        <translation>Samma telefonnummer som på rad {row} i filen.</translation>
    </message>
    <message>
        <source>The outreach list no longer exists.</source>
        <translation>Uppsökarlistan finns inte längre.</translation>
    </message>
    <message>
        <source>The outreach list “{name}” is closed: nothing more is recorded on it.</source>
        <translation>Uppsökarlistan ”{name}” är avslutad: inget mer kan registreras på den.</translation>
    </message>
    <message>
        <source>Another outreach list already has this name.</source>
        <translation>Det finns redan en uppsökarlista med det här namnet.</translation>
    </message>
    <message>
        <source>Name at least one village, for example Koli. Separate several with commas.</source>
        <translation>Ange minst en by, till exempel Koli. Skilj flera byar åt med kommatecken.</translation>
    </message>
    <message>
        <source>A list can have at most {limit} villages.</source>
        <translation>En lista kan ha högst {limit} byar.</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Ange periodens första och sista dag.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>{count} people on the list live in {village}; that village cannot be left out of the list.</source>
        <translation>{count} personer på listan bor i {village}; den byn kan inte tas bort från listan.</translation>
    </message>
    <message>
        <source>Unknown outreach list: {name}. Give the list&apos;s name or id as the app shows it.</source>
        <translation>Okänd uppsökarlista: {name}. Ange listans namn eller id så som appen visar det.</translation>
    </message>
    <message>
        <source>{count} outreach lists are called {name}; give the id: {ids}.</source>
        <translation>{count} uppsökarlistor heter {name}; ange id: {ids}.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Total number of participants</source>
        <translation>Deltagare totalt</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Arbetslösa, inklusive långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ekonomiskt inaktiva</translation>
    </message>
    <message>
        <source>Inactive, not in education or training</source>
        <translation>Ekonomiskt inaktiva som inte deltar i utbildning</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Anställda, inklusive egenföretagare</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Under 18 år</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Unga mellan 18 och 29 år</translation>
    </message>
    <message>
        <source>55 years of age and above</source>
        <translation>55 år och äldre</translation>
    </message>
    <message>
        <source>Lower secondary education or less (ISCED 0–2)</source>
        <translation>Högst lägre sekundärutbildning (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary or post-secondary education (ISCED 3–4)</source>
        <translation>Gymnasial eller eftergymnasial utbildning (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Tertiary education (ISCED 5–8)</source>
        <translation>Högskoleutbildning (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Deltagare med funktionsnedsättning</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Deltagare med utländsk bakgrund</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Minoriteter (inklusive marginaliserade grupper som romer)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Hemlösa eller personer som drabbats av utestängning från bostadsmarknaden</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Deltagare från landsbygdsområden</translation>
    </message>
    <message>
        <source>Participants who left</source>
        <translation>Deltagare som lämnat insatsen</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Arbetssökande när de lämnar insatsen</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>I utbildning när de lämnar insatsen</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Har uppnått en kvalifikation när de lämnar insatsen</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>I arbete, inklusive egenföretagare, när de lämnar insatsen</translation>
    </message>
    <message>
        <source>Inactive upon leaving</source>
        <translation>Ekonomiskt inaktiva när de lämnar insatsen</translation>
    </message>
    <message>
        <source>In rehabilitation upon leaving</source>
        <translation>I rehabilitering när de lämnar insatsen</translation>
    </message>
    <message>
        <source>Retired on a pension upon leaving</source>
        <translation>Pensionerade när de lämnar insatsen</translation>
    </message>
    <message>
        <source>Other situation upon leaving</source>
        <translation>Annan situation när de lämnar insatsen</translation>
    </message>
    <message>
        <source>Situation upon leaving not known</source>
        <translation>Situationen när de lämnar insatsen är okänd</translation>
    </message>
    <message>
        <source>Six months since leaving</source>
        <translation>Sex månader sedan de lämnade insatsen</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>I arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen</translation>
    </message>
    <message>
        <source>With an improved labour market situation six months after leaving</source>
        <translation>Förbättrad arbetsmarknadssituation sex månader efter att de lämnat insatsen</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>Uppföljningen inte registrerad</translation>
    </message>
    <message>
        <source>Participants who entered</source>
        <translation>Deltagare som påbörjat insatsen</translation>
    </message>
    <message>
        <source>Immediate results (upon leaving)</source>
        <translation>Omedelbara resultat (när de lämnar insatsen)</translation>
    </message>
    <message>
        <source>Longer-term results (six months after leaving)</source>
        <translation>Resultat på längre sikt (sex månader efter att de lämnat insatsen)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Under 30</source>
        <translation>Under 30 år</translation>
    </message>
    <message>
        <source>30 and over</source>
        <translation>30 år och äldre</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ålder okänd</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Outreach / village</source>
        <translation>Uppsökande / by</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Jobbsökning</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>Utbildning och studier</translation>
    </message>
    <message>
        <source>Benefits and Kela</source>
        <translation>Förmåner och FPA</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>Hälsa och välmående</translation>
    </message>
    <message>
        <source>Everyday life skills</source>
        <translation>Vardagskompetens</translation>
    </message>
    <message>
        <source>CV and applications</source>
        <translation>CV och ansökningar</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Verkstadsverksamhet</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Utlämning av uppgifter</translation>
    </message>
    <message>
        <source>Contact by text message</source>
        <translation>Kontakt via sms</translation>
    </message>
    <message>
        <source>Contact by email</source>
        <translation>Kontakt via e-post</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>I rehabilitering</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pensionerad</translation>
    </message>
    <message>
        <source>Inactive (not working nor job searching)</source>
        <translation>Ekonomiskt inaktiv (varken i arbete eller arbetssökande)</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Inte uppgett</translation>
    </message>
    <message>
        <source>Employed (incl. self-employed)</source>
        <translation>Anställd (inkl. egenföretagare)</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ekonomiskt inaktiv</translation>
    </message>
    <message>
        <source>Inactive, not in education or training</source>
        <translation>Ekonomiskt inaktiv, inte i utbildning</translation>
    </message>
    <message>
        <source>Basic education at most (ISCED 0–2)</source>
        <translation>Högst grundläggande utbildning (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary or post-secondary (ISCED 3–4)</source>
        <translation>Gymnasial eller eftergymnasial (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Högskola (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18 år</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29 år</translation>
    </message>
    <message>
        <source>30–54</source>
        <translation>30–54 år</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 år och äldre</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Skärmen låstes</translation>
    </message>
    <message>
        <source>Client card opened</source>
        <translation>Klientkortet öppnades</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Klient tillagd</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>Klientuppgifter ändrade</translation>
    </message>
    <message>
        <source>Referral without consent</source>
        <translation>Remiss utan samtycke</translation>
    </message>
    <message>
        <source>Health-related referral viewed</source>
        <translation>Hälsorelaterad remiss visad</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>Användarkonto ändrat</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Lagringstiden ändrad</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Klient anonymiserad</translation>
    </message>
    <message>
        <source>Client erased on request</source>
        <translation>Klientens uppgifter raderade på begäran</translation>
    </message>
    <message>
        <source>Client&apos;s own data exported</source>
        <translation>Klientens egna uppgifter exporterade</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Åtkomst nekad</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>Synkroniseringskonflikt löst</translation>
    </message>
    <message>
        <source>Personal coach assigned</source>
        <translation>Egen coach utsedd</translation>
    </message>
    <message>
        <source>Referral letter opened, printed or saved</source>
        <translation>Remissen öppnad, utskriven eller sparad</translation>
    </message>
    <message>
        <source>Participant&apos;s sensitive entry data viewed</source>
        <translation>Deltagarens känsliga uppgifter vid inträdet visade</translation>
    </message>
    <message>
        <source>Project added or changed</source>
        <translation>Projekt tillagt eller ändrat</translation>
    </message>
    <message>
        <source>Outreach list made, filled, assigned or closed</source>
        <translation>Uppsökarlista skapad, fylld, tilldelad eller avslutad</translation>
    </message>
    <message>
        <source>Outreach list&apos;s personal data erased</source>
        <translation>Uppsökarlistans personuppgifter raderade</translation>
    </message>
    <message>
        <source>Two records of one client merged</source>
        <translation>Två poster för samma klient sammanslagna</translation>
    </message>
    <message>
        <source>Possible duplicate marked not the same person</source>
        <translation>Möjlig dubblett markerad som inte samma person</translation>
    </message>
    <message>
        <source>The client&apos;s request</source>
        <translation>Klientens begäran</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Registrerad av misstag</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Dubblettpost</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>In employment (incl. self-employed)</source>
        <translation>I arbete (inkl. egenföretagare)</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>I utbildning</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Har uppnått en kvalifikation</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Frånvarande med lov</translation>
    </message>
    <message>
        <source>Non-stop START</source>
        <translation>Non-stop START</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Kompetensintyg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Stig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Kundtjänst</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Uppsökande arbetare</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Egen coach</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>TE services</source>
        <translation>TE-tjänster</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänster</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Hälsotjänster</translation>
    </message>
    <message>
        <source>Work and functional capacity assessment</source>
        <translation>Utredning av arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Ungdomstjänster</translation>
    </message>
    <message>
        <source>Municipal services</source>
        <translation>Kommunala tjänster</translation>
    </message>
    <message>
        <source>Third sector</source>
        <translation>Tredje sektorn</translation>
    </message>
</context>
<context>
    <name>outreach</name>
    <message>
        <source>Phone call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Village event</source>
        <translation>Byevenemang</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nådd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation>Blev klient</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Inte försökt ännu</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>log guidance visits</source>
        <translation>registrera vägledningsbesök</translation>
    </message>
    <message>
        <source>add or change clients</source>
        <translation>lägga till eller ändra klienter</translation>
    </message>
    <message>
        <source>make referrals</source>
        <translation>göra remisser</translation>
    </message>
    <message>
        <source>mark attendance</source>
        <translation>markera närvaro</translation>
    </message>
    <message>
        <source>record competence certificates</source>
        <translation>registrera kompetensintyg</translation>
    </message>
    <message>
        <source>synchronise with the hub</source>
        <translation>synkronisera med servern</translation>
    </message>
    <message>
        <source>send a referral without the client&apos;s consent</source>
        <translation>skicka en remiss utan klientens samtycke</translation>
    </message>
    <message>
        <source>add or change workshops and their sessions</source>
        <translation>lägga till eller ändra verkstäder och deras tillfällen</translation>
    </message>
    <message>
        <source>change the partner directory</source>
        <translation>ändra partnerkatalogen</translation>
    </message>
    <message>
        <source>import clients from a file</source>
        <translation>importera klienter från en fil</translation>
    </message>
    <message>
        <source>export attendance and reports</source>
        <translation>exportera närvaro och rapporter</translation>
    </message>
    <message>
        <source>settle synchronisation conflicts</source>
        <translation>lösa synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>hantera personalens konton</translation>
    </message>
    <message>
        <source>anonymise clients past the retention period</source>
        <translation>anonymisera klienter efter lagringstiden</translation>
    </message>
    <message>
        <source>browse the audit trail</source>
        <translation>bläddra i loggen</translation>
    </message>
    <message>
        <source>export or erase a client&apos;s data on request</source>
        <translation>exportera eller radera en klients uppgifter på begäran</translation>
    </message>
    <message>
        <source>see every health-related referral</source>
        <translation>se alla hälsorelaterade remisser</translation>
    </message>
    <message>
        <source>assign a client&apos;s personal coach</source>
        <translation>utse klientens egen coach</translation>
    </message>
    <message>
        <source>record the result of a work and functional capacity assessment</source>
        <translation>registrera resultatet av en utredning av arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>add or change projects</source>
        <translation>lägga till eller ändra projekt</translation>
    </message>
    <message>
        <source>record a client&apos;s entry to and exit from a project</source>
        <translation>registrera klienters inträde i och utträde ur projekt</translation>
    </message>
    <message>
        <source>record contact attempts on outreach lists</source>
        <translation>registrera kontaktförsök på uppsökarlistor</translation>
    </message>
    <message>
        <source>create and manage outreach lists</source>
        <translation>skapa och hantera uppsökarlistor</translation>
    </message>
    <message>
        <source>merge duplicate client records</source>
        <translation>slå ihop dubbletter av klientposter</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client note</source>
        <translation>Klientanteckning</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Referral event</source>
        <translation>Remisshändelse</translation>
    </message>
    <message>
        <source>Path goal</source>
        <translation>Mål på stigen</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Steg på stigen</translation>
    </message>
    <message>
        <source>Competence certificate</source>
        <translation>Kompetensintyg</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Workshop schedule</source>
        <translation>Verkstadens schema</translation>
    </message>
    <message>
        <source>Workshop facilitator</source>
        <translation>Verkstadens handledare</translation>
    </message>
    <message>
        <source>Workshop enrolment</source>
        <translation>Anmälan till verkstad</translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation>Verkstadstillfälle</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Närvaromarkering</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Partnerns tjänst</translation>
    </message>
    <message>
        <source>Visit topic</source>
        <translation>Besöksämne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Projektdeltagare</translation>
    </message>
    <message>
        <source>Outreach list</source>
        <translation>Uppsökarlista</translation>
    </message>
    <message>
        <source>Person to reach</source>
        <translation>Person att nå</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Kontaktförsök</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Inte samma person</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Logganteckning</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Synkroniseringskonflikt</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>hemkommun</translation>
    </message>
    <message>
        <source>village</source>
        <translation>by</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>search key</source>
        <translation>söknyckel</translation>
    </message>
    <message>
        <source>personal coach</source>
        <translation>egen coach</translation>
    </message>
    <message>
        <source>exit date</source>
        <translation>avslutningsdatum</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>avslutningens utfall</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>sammanslagen med</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>anställd</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>lösenordet angivet</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>time of writing</source>
        <translation>skrivtid</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>partner category</source>
        <translation>partnerkategori</translation>
    </message>
    <message>
        <source>given</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>registrerat av</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>withdrawal recorded by</source>
        <translation>återkallelsen registrerad av</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>måldatum</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordning</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>klart den</translation>
    </message>
    <message>
        <source>competence area</source>
        <translation>kompetensområde</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>awarded on</source>
        <translation>utfärdat den</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>bedömt av</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>bedömarens namn</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>längd</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>åldersgrupp</translation>
    </message>
    <message>
        <source>next step done</source>
        <translation>nästa steg gjort</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>label</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>byar</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>closed by</source>
        <translation>avslutad av</translation>
    </message>
    <message>
        <source>outreach list</source>
        <translation>uppsökarlista</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>uppsökande arbetare</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>raderad</translation>
    </message>
    <message>
        <source>person to reach</source>
        <translation>person att nå</translation>
    </message>
    <message>
        <source>date of the attempt</source>
        <translation>försökets datum</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>next try</source>
        <translation>nästa försök</translation>
    </message>
    <message>
        <source>other client</source>
        <translation>den andra klienten</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markerad</translation>
    </message>
    <message>
        <source>kind of consent</source>
        <translation>typ av samtycke</translation>
    </message>
    <message>
        <source>kind of workshop</source>
        <translation>typ av verkstad</translation>
    </message>
    <message>
        <source>kind of conflict</source>
        <translation>typ av konflikt</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>remitterad av</translation>
    </message>
    <message>
        <source>helped by</source>
        <translation>hjälpt av</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>handledare</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>projektkod</translation>
    </message>
    <message>
        <source>topic code</source>
        <translation>ämnets kod</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>ämnets namn</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>shares the client&apos;s data</source>
        <translation>delar klientens uppgifter</translation>
    </message>
    <message>
        <source>reason for going ahead without consent</source>
        <translation>orsak till remiss utan samtycke</translation>
    </message>
    <message>
        <source>went ahead without consent</source>
        <translation>skickade utan samtycke</translation>
    </message>
    <message>
        <source>went ahead without consent on</source>
        <translation>skickad utan samtycke den</translation>
    </message>
    <message>
        <source>partner service</source>
        <translation>partnerns tjänst</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>remiss</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>takes referrals</source>
        <translation>tar emot remisser</translation>
    </message>
    <message>
        <source>response time (days)</source>
        <translation>svarstid (dagar)</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>verkstad</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>högsta antal deltagare</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>första dag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>sista dag</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>veckodag</translation>
    </message>
    <message>
        <source>weekly schedule</source>
        <translation>veckoschema</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>orsak till inställt tillfälle</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nästa steg</translation>
    </message>
    <message>
        <source>next step&apos;s date</source>
        <translation>datum för nästa steg</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>ämnen</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>time of visit</source>
        <translation>tidpunkt för besöket</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>brådskandegrad</translation>
    </message>
    <message>
        <source>response due</source>
        <translation>sista svarsdag</translation>
    </message>
    <message>
        <source>assessment result</source>
        <translation>bedömningens resultat</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>öppettider</translation>
    </message>
    <message>
        <source>anonymous head count</source>
        <translation>anonyma deltagare</translation>
    </message>
    <message>
        <source>enrolled on</source>
        <translation>anmäld den</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>slutade den</translation>
    </message>
    <message>
        <source>session</source>
        <translation>verkstadstillfälle</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop in</translation>
    </message>
    <message>
        <source>time in</source>
        <translation>tid in</translation>
    </message>
    <message>
        <source>time out</source>
        <translation>tid ut</translation>
    </message>
    <message>
        <source>marked by</source>
        <translation>markerad av</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>finansiär</translation>
    </message>
    <message>
        <source>participant target</source>
        <translation>mål för antal deltagare</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>entry date</source>
        <translation>inträdesdatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>åldersklass</translation>
    </message>
    <message>
        <source>labour-market status</source>
        <translation>ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>utbildningsnivå</translation>
    </message>
    <message>
        <source>lives in a rural area</source>
        <translation>bor på landsbygden</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>funktionsnedsättning</translation>
    </message>
    <message>
        <source>foreign background</source>
        <translation>utländsk bakgrund</translation>
    </message>
    <message>
        <source>third-country national</source>
        <translation>tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>minority</source>
        <translation>minoritet</translation>
    </message>
    <message>
        <source>homeless</source>
        <translation>hemlöshet</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>datum för uppföljningen</translation>
    </message>
    <message>
        <source>employed at follow-up</source>
        <translation>i arbete vid uppföljningen</translation>
    </message>
    <message>
        <source>situation improved at follow-up</source>
        <translation>förbättrad situation vid uppföljningen</translation>
    </message>
    <message>
        <source>follow-up recorded by</source>
        <translation>uppföljningen registrerad av</translation>
    </message>
    <message>
        <source>action</source>
        <translation>händelse</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>typ av post</translation>
    </message>
    <message>
        <source>record</source>
        <translation>post</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detaljer</translation>
    </message>
    <message>
        <source>field</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>the other value</source>
        <translation>det andra värdet</translation>
    </message>
    <message>
        <source>time of the other value</source>
        <translation>tidpunkt för det andra värdet</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>löst</translation>
    </message>
    <message>
        <source>settled by</source>
        <translation>löst av</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>lösning</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>id</translation>
    </message>
    <message>
        <source>device</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>ändrad av</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymiserad</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Anonymous visits and anonymous workshop head counts are left out: the filter narrows the report to clients.</source>
        <translation>Anonyma besök och anonyma deltagare i verkstäderna lämnas bort: filtret begränsar rapporten till klienter.</translation>
    </message>
    <message>
        <source>Anonymous visits are left out: with a workshop chosen, visits, referrals, certificates and participants are those of the clients marked present in its sessions during the period.</source>
        <translation>Anonyma besök lämnas bort: när en verkstad är vald gäller besöken, remisserna, intygen och deltagarna de klienter som markerats som närvarande vid dess tillfällen under perioden.</translation>
    </message>
    <message>
        <source>The period continues after today: sessions after today and follow-ups not yet due are not counted.</source>
        <translation>Perioden fortsätter efter i dag: kommande tillfällen och uppföljningar som ännu inte ska göras räknas inte.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This computer syncs with this hub for the first time (a new, replaced or upgraded hub): it sends all its records and reads the hub&apos;s current state once.</source>
        <translation>Den här datorn synkroniserar med den här servern för första gången (en ny, utbytt eller uppgraderad server): den skickar alla sina poster och läser serverns nuvarande läge en gång.</translation>
    </message>
    <message>
        <source>The hub does not know everything this computer received from it (it was restored from a backup?): this computer sends all its records again and re-reads the hub. Nothing is lost.</source>
        <translation>Servern känner inte till allt som den här datorn har fått från den (återställdes den från en säkerhetskopia?): datorn skickar alla sina poster igen och läser servern på nytt. Inget går förlorat.</translation>
    </message>
    <message>
        <source>The hub refused {count} of this computer&apos;s changes; see the list of refused changes for the reasons.</source>
        <translation>Servern avvisade {count} av den här datorns ändringar; orsakerna finns i listan över avvisade ändringar.</translation>
    </message>
    <message>
        <source>{count} received records could not be applied here; they wait and are tried again at every sync.</source>
        <translation>{count} mottagna poster kunde inte tillämpas här; de väntar och prövas igen vid varje synkronisering.</translation>
    </message>
    <message>
        <source>the change is not a record</source>
        <translation>ändringen är inte en post</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>okänd posttyp {table}</translation>
    </message>
    <message>
        <source>the row is not a record</source>
        <translation>raden är inte en post</translation>
    </message>
    <message>
        <source>the row&apos;s id is missing or does not match</source>
        <translation>radens id saknas eller stämmer inte</translation>
    </message>
    <message>
        <source>the row is not a record with its id</source>
        <translation>raden är inte en post med sitt id</translation>
    </message>
    <message>
        <source>unknown column {column}</source>
        <translation>okänt fält {column}</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>fältet {column} saknas</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>fältet {column} är tomt</translation>
    </message>
    <message>
        <source>{column} is not text</source>
        <translation>fältet {column} är inte text</translation>
    </message>
    <message>
        <source>{column} holds a NUL character</source>
        <translation>fältet {column} innehåller ett NUL-tecken</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters</source>
        <translation>fältet {column} är längre än {limit} tecken</translation>
    </message>
    <message>
        <source>{column} is not one of the allowed values</source>
        <translation>fältet {column} har inget av de tillåtna värdena</translation>
    </message>
    <message>
        <source>{column} is not a whole number in range</source>
        <translation>fältet {column} är inte ett heltal inom det tillåtna intervallet</translation>
    </message>
    <message>
        <source>{column} is not a yes/no value</source>
        <translation>fältet {column} är inte ett ja/nej-värde</translation>
    </message>
    <message>
        <source>{column} is not a date</source>
        <translation>fältet {column} är inte ett datum</translation>
    </message>
    <message>
        <source>{column} is not a time of day</source>
        <translation>fältet {column} är inte ett klockslag</translation>
    </message>
    <message>
        <source>{column} is not a date and time</source>
        <translation>fältet {column} är inte ett datum med klockslag</translation>
    </message>
    <message>
        <source>{column} is not valid</source>
        <translation>fältet {column} är ogiltigt</translation>
    </message>
    <message>
        <source>the field clocks are missing</source>
        <translation>fältens tidsstämplar saknas</translation>
    </message>
    <message>
        <source>a clock names an unknown column</source>
        <translation>en tidsstämpel hänvisar till ett okänt fält</translation>
    </message>
    <message>
        <source>a field clock is not a pair of clocks</source>
        <translation>ett fälts tidsstämpel är inte ett par tidsstämplar</translation>
    </message>
    <message>
        <source>a field clock is malformed</source>
        <translation>ett fälts tidsstämpel är felaktig</translation>
    </message>
    <message>
        <source>a field clock is ahead of the hub&apos;s clock by more than the allowed skew</source>
        <translation>ett fälts tidsstämpel ligger före serverns klocka med mer än den tillåtna avvikelsen</translation>
    </message>
    <message>
        <source>a field clock is ahead of this computer&apos;s clock by more than the allowed skew</source>
        <translation>ett fälts tidsstämpel ligger före den här datorns klocka med mer än den tillåtna avvikelsen</translation>
    </message>
    <message>
        <source>staff accounts are added only through a staff administrator&apos;s hub login</source>
        <translation>personalkonton läggs bara till via en administratörs serveranvändare</translation>
    </message>
    <message>
        <source>a staff member&apos;s role, active state and password change only through a staff administrator&apos;s hub login</source>
        <translation>en anställds roll, aktiva status och lösenord ändras bara via en administratörs serveranvändare</translation>
    </message>
    <message>
        <source>the record is about a client outside this hub login&apos;s scope</source>
        <translation>posten gäller en klient utanför den här serveranvändarens behörighet</translation>
    </message>
    <message>
        <source>the audit trail is never changed</source>
        <translation>loggen ändras aldrig</translation>
    </message>
    <message>
        <source>a staff account&apos;s role, active state or password changed by a login that is not an administrator&apos;s</source>
        <translation>ett personalkontos roll, aktiva status eller lösenord ändrades av en användare som inte är administratör</translation>
    </message>
    <message>
        <source>it refers to a {table} record that is not on this computer</source>
        <translation>den hänvisar till en post ({table}) som inte finns på den här datorn</translation>
    </message>
    <message>
        <source>this computer&apos;s database refused it: {reason}</source>
        <translation>den här datorns databas avvisade den: {reason}</translation>
    </message>
</context>
</TS>
