<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Search by name, birth date, phone or personal identity code</source>
        <translation>Sök med namn, födelsedatum, telefonnummer eller personbeteckning</translation>
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
        <source>first {n} shown; refine the search</source>
        <translation>de {n} första visas – precisera sökningen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches “{query}”.</source>
        <translation>Inga klienter hittades med ”{query}”.</translation>
    </message>
    <message>
        <source>There are no clients yet. Import them from Excel or log a walk-in on the front desk.</source>
        <translation>Det finns inga klienter ännu. Importera dem från Excel eller registrera ett besök på första sidan.</translation>
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
        <source>No visits logged today yet.</source>
        <translation>Inga besök har registrerats i dag ännu.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
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
        <source>Today&apos;s workshop sessions</source>
        <translation>Dagens verkstadstillfällen</translation>
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
        <source>guidance desk</source>
        <translation>vägledningens skrivbord</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
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
        <source>Offline: no hub configured</source>
        <translation>Lokal användning – ingen central server konfigurerad</translation>
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
        <source>Show closed referrals too</source>
        <translation>Visa även avslutade remisser</translation>
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
        <source>No open referrals.</source>
        <translation>Inga öppna remisser.</translation>
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
    <name>StaffChooser</name>
    <message>
        <source>Vauhdittamo desk – who is working?</source>
        <translation>Vauhdittamo – vem är i tjänst?</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Välj ditt namn</translation>
    </message>
    <message>
        <source>No staff members yet. Add yourself below to get started.</source>
        <translation>Inga anställda ännu. Lägg till dig själv nedan för att komma igång.</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Ny anställd</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
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
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Write the name of the staff member.</source>
        <translation>Skriv den anställdas namn.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>This installation keeps all its data locally and works fully offline. When a central hub is configured, syncing brings every installation to the same data.</source>
        <translation>Den här installationen sparar alla uppgifter lokalt och fungerar helt utan nätverk. När en central server har konfigurerats ger synkroniseringen alla installationer samma uppgifter.</translation>
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
        <source>Last successful sync</source>
        <translation>Senaste lyckade synkronisering</translation>
    </message>
    <message>
        <source>No central hub has been configured, so nothing is waiting to be synced.</source>
        <translation>Ingen central server har konfigurerats, så inget väntar på synkronisering.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Verkstäder</translation>
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
        <translation>tor</translation>
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
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>No workshop sessions this week.</source>
        <translation>Inga verkstadstillfällen denna vecka.</translation>
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
        <source>The duration must be between 1 and 480 minutes.</source>
        <translation>Längden ska vara 1–480 minuter.</translation>
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
        <source>Other</source>
        <translation>Annat</translation>
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
</TS>
