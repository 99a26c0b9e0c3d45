<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Search by name, birth date, phone or personal identity code</source>
        <translation>Hae nimellä, syntymäajalla, puhelinnumerolla tai henkilötunnuksella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Asiakkuus voimassa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>first {n} shown; refine the search</source>
        <translation>näytetään {n} ensimmäistä – tarkenna hakua</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches “{query}”.</source>
        <translation>Haulla ”{query}” ei löytynyt asiakkaita.</translation>
    </message>
    <message>
        <source>There are no clients yet. Import them from Excel or log a walk-in on the front desk.</source>
        <translation>Asiakkaita ei ole vielä. Tuo ne Excelistä tai kirjaa käynti etusivulla.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Front desk</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>visits today</source>
        <translation>käyntiä tänään</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyymiä</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>alle 30-vuotiasta</translation>
    </message>
    <message>
        <source>30 and over</source>
        <translation>30 vuotta täyttänyttä</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Tämän päivän käynnit</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Vain omat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyymi</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>No visits logged today yet.</source>
        <translation>Tänään ei ole vielä kirjattu käyntejä.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Erääntyneet jatkotoimet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Today&apos;s workshop sessions</source>
        <translation>Tämän päivän pajakerrat</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>No workshop sessions today.</source>
        <translation>Tänään ei ole pajakertoja.</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>Tänään on {date}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Front desk</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Lähetteet</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Pajat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>guidance desk</source>
        <translation>ohjauksen työpöytä</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Kirjautunut: {name}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Tietokanta: {path}</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Synkronoitu viimeksi {time}</translation>
    </message>
    <message>
        <source>Offline: no hub configured</source>
        <translation>Paikallinen käyttö – keskuspalvelinta ei ole määritetty</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Lähetteet</translation>
    </message>
    <message>
        <source>Referrals to partner services, tracked until the partner responds and the service ends.</source>
        <translation>Lähetteet kumppaneiden palveluihin – seurataan, kunnes kumppani vastaa ja palvelu päättyy.</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>avointa lähetettä</translation>
    </message>
    <message>
        <source>no response by the due date</source>
        <translation>ilman vastausta määräpäivään mennessä</translation>
    </message>
    <message>
        <source>Show closed referrals too</source>
        <translation>Näytä myös päättyneet lähetteet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Vastaus viimeistään</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>No open referrals.</source>
        <translation>Ei avoimia lähetteitä.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, at a glance.</source>
        <translation>Kaikki tähän tietokantaan tähän mennessä kirjattu yhdellä silmäyksellä.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjaukset</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <source>guidance visits</source>
        <translation>ohjauskäyntiä</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>lähetettä</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>pajaa</translation>
    </message>
    <message>
        <source>workshop sessions</source>
        <translation>pajakertaa</translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation>läsnäolomerkintää</translation>
    </message>
    <message>
        <source>competence certificates</source>
        <translation>osaamistodistusta</translation>
    </message>
    <message>
        <source>partner organisations</source>
        <translation>kumppaniorganisaatiota</translation>
    </message>
</context>
<context>
    <name>StaffChooser</name>
    <message>
        <source>Vauhdittamo desk – who is working?</source>
        <translation>Vauhdittamo – kuka on vuorossa?</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Valitse nimesi</translation>
    </message>
    <message>
        <source>No staff members yet. Add yourself below to get started.</source>
        <translation>Työntekijöitä ei ole vielä. Lisää itsesi alla, niin pääset alkuun.</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Uusi työntekijä</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Write the name of the staff member.</source>
        <translation>Kirjoita työntekijän nimi.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>This installation keeps all its data locally and works fully offline. When a central hub is configured, syncing brings every installation to the same data.</source>
        <translation>Tämä asennus säilyttää kaikki tietonsa paikallisesti ja toimii täysin ilman verkkoa. Kun keskuspalvelin on määritetty, synkronointi tuo kaikkiin asennuksiin samat tiedot.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Tämä asennus</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Laitetunnus</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Skeeman versio</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Viimeisin onnistunut synkronointi</translation>
    </message>
    <message>
        <source>No central hub has been configured, so nothing is waiting to be synced.</source>
        <translation>Keskuspalvelinta ei ole määritetty, joten mitään ei odota synkronointia.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Pajat</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Edellinen viikko</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Seuraava viikko ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyymit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>No workshop sessions this week.</source>
        <translation>Tällä viikolla ei ole pajakertoja.</translation>
    </message>
    <message>
        <source>Week {week}/{year}: {first} – {last}</source>
        <translation>Viikko {week}/{year}: {first}–{last}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cannot continue</source>
        <translation>Toimintoa ei voi jatkaa</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <source>Something unexpected happened. What you had saved is safe. Please tell your administrator; the details are in the log folder:</source>
        <translation>Tapahtui jotain odottamatonta. Jo tallentamasi tiedot ovat tallessa. Kerro asiasta ylläpitäjälle; tarkemmat tiedot ovat lokikansiossa:</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Staff and partners</source>
        <translation>Henkilöstö ja kumppanit</translation>
    </message>
    <message>
        <source>Clients, visits and referrals</source>
        <translation>Asiakkaat, käynnit ja lähetteet</translation>
    </message>
    <message>
        <source>Workshops and attendance</source>
        <translation>Pajat ja läsnäolot</translation>
    </message>
    <message>
        <source>Anonymous visits</source>
        <translation>Anonyymit käynnit</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Jokin meni vikaan.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Vauhdittamo desk (schema {found}). Update the application; the database was left untouched.</source>
        <translation>Tietokannan {path} on kirjoittanut Vauhdittamon uudempi versio (skeema {found}). Päivitä sovellus; tietokantaan ei koskettu.</translation>
    </message>
    <message>
        <source>The file {path} is not a Vauhdittamo database or it is damaged. Restore it from a backup.</source>
        <translation>Tiedosto {path} ei ole Vauhdittamon tietokanta tai se on vioittunut. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program. Wait a moment and try again.</source>
        <translation>Tietokanta {path} on toisen ohjelman käytössä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja yritä uudelleen; mitään tallennettua ei menetetty.</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>Tietokantaa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi käyttää: {reason}</translation>
    </message>
    <message>
        <source>Language must be Finnish, Swedish or other (fi, sv, other).</source>
        <translation>Kielen on oltava suomi, ruotsi tai muu (fi, sv, other).</translation>
    </message>
    <message>
        <source>Check the client details: {count} field(s) need fixing.</source>
        <translation>Tarkista asiakkaan tiedot: korjattavia kenttiä on {count}.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Asiakasta ei enää ole.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ei ole tiedosto.</translation>
    </message>
    <message>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>Cannot import {path}: only CSV (.csv) and Excel workbook (.xlsx) files can be imported.</source>
        <translation>Tiedostoa {path} ei voi tuoda: vain CSV- (.csv) ja Excel-tiedostoja (.xlsx) voi tuoda.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Tiedosto {path} on tyhjä.</translation>
    </message>
    <message>
        <source>The file {path} is too large ({size} MB); at most {limit} MB can be imported at once. Split it into smaller files.</source>
        <translation>Tiedosto {path} on liian suuri ({size} Mt); kerralla voi tuoda enintään {limit} Mt. Jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>The file {path} has more than {limit} rows of clients; split it into smaller files.</source>
        <translation>Tiedostossa {path} on yli {limit} asiakasriviä; jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx), or it is damaged or password-protected. Open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>Tiedosto {path} ei ole Excel-työkirja (.xlsx), tai se on vioittunut tai salasanasuojattu. Avaa se Excelissä ja tallenna uudelleen Excel-työkirjana (.xlsx) tai muodossa CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} is not a CSV text file. In Excel, save it as CSV UTF-8 (.csv).</source>
        <translation>Tiedosto {path} ei ole CSV-tekstitiedosto. Tallenna se Excelissä muodossa CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text (first problem on line {line}). In Excel, save it as CSV UTF-8 (.csv).</source>
        <translation>Tiedosto {path} ei ole UTF-8-tekstiä (ensimmäinen ongelma rivillä {line}). Tallenna se Excelissä muodossa CSV UTF-8 (.csv).</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV near line {line}: {reason}. Check the quotation marks.</source>
        <translation>Tiedosto {path} ei ole kelvollista CSV:tä rivin {line} kohdalla: {reason}. Tarkista lainausmerkit.</translation>
    </message>
    <message>
        <source>The file {path} has columns that cannot be imported: {columns}. Known columns: {known}.</source>
        <translation>Tiedostossa {path} on sarakkeita, joita ei voi tuoda: {columns}. Tunnetut sarakkeet: {known}.</translation>
    </message>
    <message>
        <source>The file {path} has the column {column} twice: {columns}. Remove one of them.</source>
        <translation>Tiedostossa {path} on sarake {column} kahdesti: {columns}. Poista toinen niistä.</translation>
    </message>
    <message>
        <source>The file {path} has no column {columns}. Row {row} must name the columns, for example etunimi; sukunimi; syntymäaika.</source>
        <translation>Tiedostosta {path} puuttuu sarake {columns}. Rivillä {row} on oltava sarakkeiden nimet, esimerkiksi etunimi; sukunimi; syntymäaika.</translation>
    </message>
    <message>
        <source>In the file {path}, column {column} has no heading in row {header_row}, but row {row} has a value in it. Add a heading or remove the values.</source>
        <translation>Tiedoston {path} sarakkeella {column} ei ole otsikkoa rivillä {header_row}, mutta rivillä {row} siinä on arvo. Lisää otsikko tai poista arvot.</translation>
    </message>
    <message>
        <source>Already a client: {name} has the same personal identity code.</source>
        <translation>On jo asiakas: henkilöllä {name} on sama henkilötunnus.</translation>
    </message>
    <message>
        <source>Already a client: {name} has the same name and birth date.</source>
        <translation>On jo asiakas: {name}, sama nimi ja syntymäaika.</translation>
    </message>
    <message>
        <source>Same personal identity code as row {row} of the file.</source>
        <translation>Sama henkilötunnus kuin tiedoston rivillä {row}.</translation>
    </message>
    <message>
        <source>Same name and birth date as row {row} of the file.</source>
        <translation>Sama nimi ja syntymäaika kuin tiedoston rivillä {row}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be imported.</source>
        <translation>Tiedostoa {path} ei voi tuoda.</translation>
    </message>
    <message>
        <source>Write the date as 31.5.2001 or 2001-05-31.</source>
        <translation>Kirjoita päivämäärä muodossa 31.5.2001 tai 2001-05-31.</translation>
    </message>
    <message>
        <source>There is no such date: {value}.</source>
        <translation>Päivämäärää {value} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong; check the code.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä; tarkista tunnus.</translation>
    </message>
    <message>
        <source>The personal identity code has an impossible date or century sign.</source>
        <translation>Henkilötunnuksessa on mahdoton päivämäärä tai vuosisatamerkki.</translation>
    </message>
    <message>
        <source>A personal identity code looks like 131052-308T: six digits, a century sign, three digits and a check character.</source>
        <translation>Henkilötunnus on muotoa 131052-308T: kuusi numeroa, vuosisatamerkki, kolme numeroa ja tarkistusmerkki.</translation>
    </message>
    <message>
        <source>The birth date does not match the personal identity code ({date}).</source>
        <translation>Syntymäaika ei vastaa henkilötunnusta ({date}).</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Tämä tieto on pakollinen.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Tämä ei näytä sähköpostiosoitteelta.</translation>
    </message>
    <message>
        <source>Write the phone number with digits, for example 040 123 4567.</source>
        <translation>Kirjoita puhelinnumero numeroin, esimerkiksi 040 123 4567.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>Syntymäaika on liian kaukana menneisyydessä.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 480 minutes.</source>
        <translation>Keston on oltava 1–480 minuuttia.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Under 30</source>
        <translation>Alle 30</translation>
    </message>
    <message>
        <source>30 and over</source>
        <translation>30 vuotta ja yli</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ikä ei tiedossa</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Outreach / village</source>
        <translation>Jalkautuminen / kylä</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etäyhteys</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Työnhaku</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>Koulutus ja opiskelu</translation>
    </message>
    <message>
        <source>Benefits and Kela</source>
        <translation>Etuudet ja Kela</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>Terveys ja hyvinvointi</translation>
    </message>
    <message>
        <source>Everyday life skills</source>
        <translation>Arjenhallinta</translation>
    </message>
    <message>
        <source>CV and applications</source>
        <translation>CV ja hakemukset</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Pajatoiminta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkanut</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Asiakaspalvelu</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Etsivä työntekijä</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <source>TE services</source>
        <translation>TE-palvelut</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Terveyspalvelut</translation>
    </message>
    <message>
        <source>Work and functional capacity assessment</source>
        <translation>Työ- ja toimintakyvyn selvitys</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Nuorisopalvelut</translation>
    </message>
    <message>
        <source>Municipal services</source>
        <translation>Kunnan palvelut</translation>
    </message>
    <message>
        <source>Third sector</source>
        <translation>Kolmas sektori</translation>
    </message>
</context>
</TS>
