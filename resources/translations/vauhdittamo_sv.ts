<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
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
        <translation>Registrerar nu som ankomsttid (Ctrl+I)</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Gick nu</translation>
    </message>
    <message>
        <source>Records the time out as now (Ctrl+U)</source>
        <translation>Registrerar nu som avgångstid (Ctrl+U)</translation>
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
        <translation>Lägg till en som droppade in</translation>
    </message>
    <message>
        <source>Find a client: name, birth date, phone…</source>
        <translation>Sök klient: namn, födelsedatum, telefon…</translation>
    </message>
    <message>
        <source>Enter: add as present · F2: one more anonymous · F3: new client</source>
        <translation>Enter: lägg till som närvarande · F2: en anonym till · F3: ny klient</translation>
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
        <source>This session is cancelled: {reason}</source>
        <translation>Den här gången är inställd: {reason}</translation>
    </message>
    <message>
        <source>This session is on {date}; attendance is marked on the day.</source>
        <translation>Den här gången är {date}; närvaron markeras samma dag.</translation>
    </message>
    <message>
        <source>Present {present} · absent {absent} · excused {excused} · not marked {unmarked} · anonymous {anonymous} · in all {total}</source>
        <translation>Närvarande {present} · frånvarande {absent} · med lov {excused} · omarkerade {unmarked} · anonyma {anonymous} · totalt {total}</translation>
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
        <translation>Ålder</translation>
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
        <translation>Int.</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>30+</source>
        <translation>30+</translation>
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
        <translation>Droppade in</translation>
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
        <source>System</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <source>Removed staff member</source>
        <translation>Borttagen anställd</translation>
    </message>
    <message>
        <source>{kind}: anonymised client</source>
        <translation>{kind}: anonymiserad klient</translation>
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
        <source> days ago</source>
        <translation> dagar sedan</translation>
    </message>
    <message>
        <source>Referrals the partner has not brought to an outcome: chase these partners for an answer.</source>
        <translation>Remisser som partnern inte har gett något resultat på: be dessa partner om svar.</translation>
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
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
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
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <source>Two installations changed the same thing while offline. The newer change won everywhere; keep it, or take the other value back. A record deleted on one laptop stays deleted.</source>
        <translation>Två installationer ändrade samma sak utan nätverk. Den nyare ändringen vann överallt; behåll den eller ta tillbaka det andra värdet. En post som raderats på en dator förblir raderad.</translation>
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
        <translation>Ta det andra värdet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
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
        <translation>Återkallelse registrerad av</translation>
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
        <source>Record the exit when the client&apos;s path ends: the day and where they went. The outcome is reported to funders.</source>
        <translation>Registrera avslutningen när klientens stig tar slut: dagen och vart klienten gick vidare. Resultatet rapporteras till finansiärerna.</translation>
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
        <translation>hållna gånger</translation>
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
        <source>Participants under 30: {young} · 30 and over: {older} · age not known: {unknown}. Cancelled sessions: {cancelled}.</source>
        <translation>Deltagare under 30: {young} · 30 och äldre: {older} · ålder okänd: {unknown}. Inställda gånger: {cancelled}.</translation>
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
    <name>FrontDeskPage</name>
    <message>
        <source>Front desk</source>
        <translation>Första sidan</translation>
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
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Uppföljningar (%n)</numerusform>
            <numerusform>Uppföljningar (%n)</numerusform>
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
    <message>
        <source>Mark done</source>
        <translation>Markera som gjord</translation>
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
        <source>Excel and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel- och CSV-filer (*.xlsx *.csv);;Alla filer (*)</translation>
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
        <translation>Första sidan</translation>
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
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>guidance desk</source>
        <translation>vägledningens skrivbord</translation>
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
        <source>A client with this personal identity code already exists. Open the existing client.</source>
        <translation>En klient med den här personbeteckningen finns redan. Öppna den befintliga klienten.</translation>
    </message>
    <message>
        <source>A client with the same name and birth date already exists. Open them instead, or press Save again if this is another person.</source>
        <translation>Det finns redan en klient med samma namn och födelsedatum. Öppna den i stället, eller tryck Spara igen om det är en annan person.</translation>
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
    <name>PartnersWidget</name>
    <message>
        <source>Show inactive too</source>
        <translation>Visa även inaktiva</translation>
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
        <translation>Aktiv</translation>
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
        <translation>Markera som inaktiv</translation>
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
        <translation>Tar emot remisser nu</translation>
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
        <translation>Markera tjänsten som inaktiv</translation>
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
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Markera som aktiv</translation>
    </message>
    <message>
        <source>Taking referrals again</source>
        <translation>Tar emot remisser igen</translation>
    </message>
    <message>
        <source>Make service active</source>
        <translation>Markera tjänsten som aktiv</translation>
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
        <source>This referral is closed ({status}). A new need is a new referral.</source>
        <translation>Remissen är avslutad ({status}). Ett nytt behov är en ny remiss.</translation>
    </message>
    <message>
        <source>Reason for {status} (required):</source>
        <translation>Orsak till {status} (obligatorisk):</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Varför partnern avböjde</translation>
    </message>
    <message>
        <source>Note for {status} (optional):</source>
        <translation>Anteckning för {status} (frivillig):</translation>
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
        <translation>Inget resultat</translation>
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
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Anställd:</translation>
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
        <source>All partners</source>
        <translation>Alla partner</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, at a glance.</source>
        <translation>Allt som hittills registrerats i den här databasen i en överblick.</translation>
    </message>
    <message>
        <source>Weekly workshop attendance</source>
        <translation>Veckans verkstadsnärvaro</translation>
    </message>
    <message>
        <source>For managers and funders: sessions, attendances and different participants per workshop and day, under 30 and 30 and over, as an Excel workbook.</source>
        <translation>För chefer och finansiärer: gånger, deltaganden och olika deltagare per verkstad och dag, under 30 och 30 och äldre, som Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>Export attendance to Excel…</source>
        <translation>Exportera närvaro till Excel…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringar</translation>
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
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>No weekly sessions: add extra sessions one by one in the week view.</source>
        <translation>Inga veckogånger: lägg till extra gånger en i taget i veckovyn.</translation>
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
        <translation>Verkstadsgång</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Extra gång</translation>
    </message>
    <message>
        <source>A session outside the weekly schedule, for example an extra day or a visit.</source>
        <translation>En gång utanför veckoschemat, till exempel en extra dag eller ett besök.</translation>
    </message>
    <message>
        <source>This session is cancelled. Reason: {reason}</source>
        <translation>Gången är inställd. Orsak: {reason}</translation>
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
        <translation>Gången kommer från veckoschemat. Om du ändrar dess datum eller tider lämnar den schemat: senare ändringar i schemat flyttar den inte längre.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lägg till gång</translation>
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
        <translation>Varför ställs gången in? Orsaken visas i veckovyn.</translation>
    </message>
    <message>
        <source>e.g. the facilitator is ill</source>
        <translation>t.ex. handledaren är sjuk</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Bekräfta inställningen</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Behåll gången</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Ställ in gången…</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Återställ gången</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>Ta bort gången…</translation>
    </message>
    <message>
        <source>For a session made by mistake; one that had attendance can only be cancelled</source>
        <translation>För en gång som skapats av misstag; en gång med närvaro kan bara ställas in</translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation>Välj verkstad.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Ta bort gången</translation>
    </message>
    <message>
        <source>Remove this session? Do this only for a session made by mistake; a session that did not take place should be cancelled instead.</source>
        <translation>Ta bort gången? Gör så bara för en gång som skapats av misstag; en gång som inte hölls ska ställas in i stället.</translation>
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
        <translation>Din roll synkroniserar inte; be en koordinator eller en uppsökande arbetare.</translation>
    </message>
    <message>
        <source>Received but could not be applied here: {pulled}. Refused by the hub: {refused}.</source>
        <translation>Mottagna men kunde inte tillämpas här: {pulled}. Avvisade av servern: {refused}.</translation>
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
        <translation>drop-in</translation>
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
        <translation>De nio första ämnena får tangenterna 1–9 på första sidan. Dolda ämnen finns kvar på de besök som har dem.</translation>
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
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
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
        <source>Channel and duration</source>
        <translation>Kanal och längd</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>Vad gällde det? (frivilligt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
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
        <translation>{name} (inte längre aktiv)</translation>
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
        <translation>Gångerna skapas utifrån schemat för de kommande veckorna. Gånger som redan använts (närvaro, anonyma deltagare, en anteckning eller inställda) behåller sina tider när schemat ändras.</translation>
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
        <translation>Ta bort verkstaden {name} och dess gånger? Närvaro som redan markerats finns kvar i klienternas historik och i rapporterna.</translation>
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
        <source>Attendance… (Enter)</source>
        <translation>Närvaro… (Enter)</translation>
    </message>
    <message>
        <source>Edit session… (F4)</source>
        <translation>Redigera gången… (F4)</translation>
    </message>
    <message>
        <source>Extra session…</source>
        <translation>Extra gång…</translation>
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
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
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
        <translation>Databasen {path} har skrivits av en nyare version av Vauhdittamo (schema {found}). Uppdatera programmet; databasen lämnades orörd.</translation>
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
        <source>The database {path} does not exist.</source>
        <translation>Databasen {path} finns inte.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened: the key or passphrase is wrong. The file was left untouched.</source>
        <translation>Databasen {path} kunde inte öppnas: nyckeln eller lösenfrasen är fel. Filen lämnades orörd.</translation>
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
        <source>Cannot import {path}: only CSV (.csv) and Excel workbook (.xlsx) files can be imported.</source>
        <translation>{path} kan inte importeras: endast CSV-filer (.csv) och Excel-arbetsböcker (.xlsx) kan importeras.</translation>
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
        <source>The file {path} is not valid CSV near line {line}: {reason}. Check the quotation marks.</source>
        <translation>Filen {path} är inte giltig CSV nära rad {line}: {reason}. Kontrollera citattecknen.</translation>
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
        <translation>Katalogen har redan organisationen ”{name}” som inaktiv. Gör den aktiv igen i stället.</translation>
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
        <translation>Gången är inställd; återställ den innan du markerar närvaro.</translation>
    </message>
    <message>
        <source>The session is on {date}; attendance is marked on the day.</source>
        <translation>Gången är {date}; närvaron markeras samma dag.</translation>
    </message>
    <message>
        <source>The time out must be after the time in.</source>
        <translation>Avgångstiden måste vara efter ankomsttiden.</translation>
    </message>
    <message>
        <source>The head count must be between 0 and {limit}.</source>
        <translation>Antalet måste vara mellan 0 och {limit}.</translation>
    </message>
    <message>
        <source>Times in and out are recorded only for people present.</source>
        <translation>Ankomst- och avgångstider registreras bara för närvarande.</translation>
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
        <translation>En gång måste sluta efter att den börjat ({start}–{end}).</translation>
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
        <translation>Verkstadsgången finns inte längre.</translation>
    </message>
    <message>
        <source>A chosen facilitator is no longer an active staff member.</source>
        <translation>En vald handledare är inte längre aktiv personal.</translation>
    </message>
    <message>
        <source>Write why the session is cancelled.</source>
        <translation>Skriv varför gången ställs in.</translation>
    </message>
    <message>
        <source>The session date is outside the workshop&apos;s dates ({first} – {last}).</source>
        <translation>Gångens datum ligger utanför verkstadens period ({first} – {last}).</translation>
    </message>
    <message>
        <source>The session has attendance marks or a head count; cancel it instead of removing it.</source>
        <translation>Gången har närvaromarkeringar eller anonyma deltagare; ställ in den i stället för att ta bort den.</translation>
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
        <translation>Din roll ({role}) tillåter inte detta: {action}.</translation>
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
        <translation>Databasrollen {name} finns redan och är ingen navanvändare. Välj ett annat namn eller ange --force för att göra rollen till navanvändare (dess övriga rättigheter tas bort).</translation>
    </message>
    <message>
        <source>Prepare the hub first: vauhdittamo hub init</source>
        <translation>Förbered navet först: vauhdittamo hub init</translation>
    </message>
    <message>
        <source>A staff member&apos;s role, active state or password is not changed by settling a conflict: an administrator changes it on the staff screen. Keep the current value.</source>
        <translation>En anställds roll, aktivitet eller lösenord ändras inte genom att lösa en konflikt: en administratör ändrar dem i personalvyn. Behåll det nuvarande värdet.</translation>
    </message>
    <message>
        <source>The client has been erased: the other value cannot be taken back. Keep the current value.</source>
        <translation>Klientens uppgifter har raderats: det andra värdet kan inte tas tillbaka. Behåll det nuvarande värdet.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Under 30</source>
        <translation>Under 30</translation>
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
        <translation>Besök</translation>
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
        <source>Employment</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
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
        <translation>Anmält förhinder</translation>
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
        <translation>lägga till eller ändra verkstäder och deras gånger</translation>
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
        <translation>Verkstadsgång</translation>
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
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>anställd</translation>
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
        <source>reason</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
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
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>högsta antal deltagare</translation>
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
        <translation>orsak till inställd gång</translation>
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
    <name>sync</name>
    <message>
        <source>This computer syncs with this hub for the first time (a new, replaced or upgraded hub): it sends all its records and reads the hub&apos;s current state once.</source>
        <translation>Den här datorn synkroniserar med det här navet för första gången (ett nytt, utbytt eller uppgraderat nav): den skickar alla sina poster och läser navets nuvarande läge en gång.</translation>
    </message>
    <message>
        <source>The hub does not know everything this computer received from it (it was restored from a backup?): this computer sends all its records again and re-reads the hub. Nothing is lost.</source>
        <translation>Navet känner inte till allt som den här datorn har fått från det (återställdes det från en säkerhetskopia?): datorn skickar alla sina poster igen och läser navet på nytt. Inget går förlorat.</translation>
    </message>
    <message>
        <source>The hub refused {count} of this computer&apos;s changes; see the list of refused changes for the reasons.</source>
        <translation>Navet avvisade {count} av den här datorns ändringar; orsakerna finns i listan över avvisade ändringar.</translation>
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
