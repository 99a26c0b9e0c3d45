<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tietoja: {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versio {version}</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence (EUPL) version 1.2.</source>
        <translation>Lisenssi: Euroopan unionin yleinen lisenssi (EUPL), versio 1.2.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Tietokannan rakenneversio</translation>
    </message>
    <message>
        <source>This app uses Qt {qt} and PySide6 {pyside} under the GNU Lesser General Public License version 3 (LGPL-3.0). Their source code is available at &lt;a href=&quot;{qt_url}&quot;&gt;{qt_url}&lt;/a&gt; and &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;. The app is installed as a folder, so the Qt libraries in it are separate files: you may replace them with your own build of the same Qt version.</source>
        <translation>Sovellus käyttää Qt:n versiota {qt} ja PySide6:n versiota {pyside} GNU Lesser General Public License -lisenssin version 3 (LGPL-3.0) ehdoin. Niiden lähdekoodi on saatavilla osoitteissa &lt;a href=&quot;{qt_url}&quot;&gt;{qt_url}&lt;/a&gt; ja &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;. Sovellus asennetaan kansioksi, joten sen Qt-kirjastot ovat erillisiä tiedostoja: voit korvata ne omalla käännökselläsi samasta Qt-versiosta.</translation>
    </message>
    <message>
        <source>Libraries included in the app and their licences</source>
        <translation>Sovelluksen mukana tulevat kirjastot ja niiden lisenssit</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kirjastot</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenssiteksti</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation ({folder}).</source>
        <translation>Lisenssitiedostot puuttuvat tästä asennuksesta ({folder}).</translation>
    </message>
    <message>
        <source>Show the licence files</source>
        <translation>Näytä lisenssitiedostot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>{found} (this version of the app works with {expected})</source>
        <translation>{found} (tämä sovelluksen versio käyttää versiota {expected})</translation>
    </message>
</context>
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to the list</source>
        <translation>Lisää asiakkaita listalle</translation>
    </message>
    <message>
        <source>The clients of the chosen village are shown; type to find any client. Choose one or more (Ctrl+click, Shift+↓) and add them in that village.</source>
        <translation>Näytetään valitun kylän asiakkaat; kirjoittamalla voit hakea mitä tahansa asiakasta. Valitse yksi tai useampi (Ctrl+napsautus, Shift+↓) ja lisää heidät listalle tämän kylän kohdalle.</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Kylä:</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Find a client by name, birth date or phone</source>
        <translation>Hae asiakasta nimellä, syntymäajalla tai puhelinnumerolla</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>No clients live in this village yet. Find others by typing a name.</source>
        <translation>Tässä kylässä ei vielä asu yhtään asiakasta. Hae muita kirjoittamalla nimi.</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Osoita &amp;työntekijälle:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä kenellekään</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Osoita työntekijälle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Add the chosen clients</source>
        <translation>Lisää valitut asiakkaat</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>listalla</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>asiakkuus päättynyt</translation>
    </message>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation>
            <numerusform>Lisää %n asiakas</numerusform>
            <numerusform>Lisää %n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>Staff accounts, the audit trail and data protection. Only administrators see this screen.</source>
        <translation>Työntekijöiden tunnukset, lokitiedot ja tietosuoja. Vain ylläpitäjät näkevät tämän näkymän.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijät</translation>
    </message>
</context>
<context>
    <name>AnonymousVisitsDialog</name>
    <message>
        <source>Earlier anonymous visits</source>
        <translation>Aiemmat anonyymit käynnit</translation>
    </message>
    <message>
        <source>Choose the visit of the person who came back, then press Enter to attach it to their client record. Visits of the last {days} days are shown.</source>
        <translation>Valitse palanneen henkilön käynti ja liitä se Enterillä hänen asiakastietoihinsa. Näytetään viimeisten {days} päivän käynnit.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Asiointitapa</translation>
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
        <source>No anonymous visits in the last {days} days.</source>
        <translation>Viimeisten {days} päivän aikana ei ole anonyymejä käyntejä.</translation>
    </message>
    <message>
        <source>Attach to a client…</source>
        <translation>Liitä asiakkaaseen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Attach the visit to a client</source>
        <translation>Liitä käynti asiakkaaseen</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to an outreach worker</source>
        <translation>Osoita etsivälle työntekijälle</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen person(s) will be on the list of:</source>
        <translation>
            <numerusform>%n valittu henkilö osoitetaan työntekijälle:</numerusform>
            <numerusform>%n valittua henkilöä osoitetaan työntekijälle:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Etsivä työntekijä</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä kenellekään</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Osoita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Record an attempt</source>
        <translation>Kirjaa yhteydenottoyritys</translation>
    </message>
    <message>
        <source>Client · {details}</source>
        <translation>Asiakas · {details}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>&amp;Tapa</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Valitse tulos</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>T&amp;ulos</translation>
    </message>
    <message>
        <source>optional, short: what was agreed</source>
        <translation>vapaaehtoinen, lyhyesti: mitä sovittiin</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <source>no next try</source>
        <translation>ei seuraavaa yritystä</translation>
    </message>
    <message>
        <source>Ne&amp;xt try</source>
        <translation>&amp;Seuraava yritys</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Aiemmat yritykset</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Ei vielä yrityksiä.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Existing client…</source>
        <translation>Olemassa oleva asiakas…</translation>
    </message>
    <message>
        <source>The person is a client already: find them and link them</source>
        <translation>Henkilö on jo asiakas: hae asiakas ja liitä hänet tähän</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>The existing client</source>
        <translation>Olemassa oleva asiakas</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Restore the session</source>
        <translation>Palauta kerta</translation>
    </message>
    <message>
        <source>It took place: its marks count again</source>
        <translation>Kerta pidettiin: sen merkinnät lasketaan taas mukaan</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Vahvista peruminen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Kertaa ei pidetty: sen läsnäolomerkinnät ja nimettömät osallistujat poistetaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>1  Present</source>
        <translation>1  Läsnä</translation>
    </message>
    <message>
        <source>2  Absent</source>
        <translation>2  Poissa</translation>
    </message>
    <message>
        <source>3  Excused</source>
        <translation>3  Poissa luvalla</translation>
    </message>
    <message>
        <source>0  Clear</source>
        <translation>0  Tyhjennä</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Kaikki läsnä</translation>
    </message>
    <message>
        <source>Marks everyone without a mark present (Ctrl+Shift+A)</source>
        <translation>Merkitsee läsnä oleviksi kaikki, joilla ei ole merkintää (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Came now</source>
        <translation>Tuli nyt</translation>
    </message>
    <message>
        <source>Records the time in as now (Ctrl+I)</source>
        <translation>Kirjaa tuloajaksi nykyhetken (Ctrl+I)</translation>
    </message>
    <message>
        <source>Left now</source>
        <translation>Lähti nyt</translation>
    </message>
    <message>
        <source>Records the time out as now (Ctrl+U)</source>
        <translation>Kirjaa lähtöajaksi nykyhetken (Ctrl+U)</translation>
    </message>
    <message>
        <source>Competence certificate…</source>
        <translation>Osaamistodistus…</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 excused · 0 clear · Ctrl+Shift+A everyone present · F2 write a time</source>
        <translation>Näppäimet: 1 läsnä · 2 poissa · 3 poissa luvalla · 0 tyhjennä · Ctrl+Shift+A kaikki läsnä · F2 kirjoita aika</translation>
    </message>
    <message>
        <source>Add a drop-in</source>
        <translation>Lisää drop-in-osallistuja</translation>
    </message>
    <message>
        <source>Find a client: name, birth date, phone…</source>
        <translation>Hae asiakas: nimi, syntymäaika, puhelin…</translation>
    </message>
    <message>
        <source>Enter: add as present · F2: one more anonymous · F3: new client</source>
        <translation>Enter: lisää läsnä olevaksi · F2: lisää nimetön osallistuja · F3: uusi asiakas</translation>
    </message>
    <message>
        <source>Anonymous head count</source>
        <translation>Nimettömät osallistujat</translation>
    </message>
    <message>
        <source>People who took part without a client record.</source>
        <translation>Osallistuneet, joilla ei ole asiakastietoja.</translation>
    </message>
    <message>
        <source>{workshop} — {weekday} {date} {start}–{end}</source>
        <translation>{workshop} — {weekday} {date} {start}–{end}</translation>
    </message>
    <message>
        <source>Attendance: {workshop}</source>
        <translation>Läsnäolo: {workshop}</translation>
    </message>
    <message>
        <source>Reason for cancelling: {reason}</source>
        <translation>Perumisen syy: {reason}</translation>
    </message>
    <message>
        <source>This session is cancelled: {reason}</source>
        <translation>Tämä kerta on peruttu: {reason}</translation>
    </message>
    <message>
        <source>This session is on {date}; attendance is marked on the day.</source>
        <translation>Tämä kerta on {date}; läsnäolo merkitään samana päivänä.</translation>
    </message>
    <message>
        <source>Present {present} · absent {absent} · excused {excused} · not marked {unmarked} · anonymous {anonymous} · in all {total}</source>
        <translation>Läsnä {present} · poissa {absent} · poissa luvalla {excused} · merkitsemättä {unmarked} · nimettömiä {anonymous} · yhteensä {total}</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Vahvista peruminen</translation>
    </message>
    <message>
        <source>The session did not take place? Its attendance marks and head count are removed, on every laptop at the next sync.</source>
        <translation>Eikö kertaa pidetty? Sen läsnäolomerkinnät ja nimettömät osallistujat poistetaan kaikilta kannettavilta seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Osallistuminen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Tuli</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Lähti</translation>
    </message>
    <message>
        <source>Cert.</source>
        <translation>Todistukset</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>alle 30-vuotiaat</translation>
    </message>
    <message>
        <source>30+</source>
        <translation>30 vuotta täyttäneet</translation>
    </message>
    <message>
        <source>F2 or double-click: write the time, e.g. 9.15</source>
        <translation>F2 tai kaksoisnapsautus: kirjoita aika, esim. 9.15</translation>
    </message>
    <message>
        <source>Competence certificates earned in this workshop</source>
        <translation>Tässä pajassa saadut osaamistodistukset</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ilmoittautunut</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Attendance workbook</source>
        <translation>Osallistumisraportti</translation>
    </message>
    <message>
        <source>Client import</source>
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Mikä tahansa asiakas</translation>
    </message>
    <message>
        <source>Show only the entries about one client</source>
        <translation>Näytä vain yhtä asiakasta koskevat merkinnät</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>väärä salasana</translation>
    </message>
    <message>
        <source>no account has the name typed</source>
        <translation>kirjoitetulla nimellä ei ole tunnusta</translation>
    </message>
    <message>
        <source>the account was locked</source>
        <translation>tunnus oli lukittu</translation>
    </message>
    <message>
        <source>wrong password; the account is now locked</source>
        <translation>väärä salasana; tunnus lukittiin</translation>
    </message>
    <message>
        <source>the account is not active</source>
        <translation>tunnus ei ole käytössä</translation>
    </message>
    <message>
        <source>the account has no password yet</source>
        <translation>tunnuksella ei ole vielä salasanaa</translation>
    </message>
    <message>
        <source>wrong current password when changing it</source>
        <translation>väärä nykyinen salasana salasanaa vaihdettaessa</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>avasi näytön lukituksen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Double-click an entry about a client to show only that client&apos;s entries.</source>
        <translation>Kaksoisnapsauta asiakasta koskevaa merkintää, niin näet vain sen asiakkaan merkinnät.</translation>
    </message>
    <message>
        <source>No audit entries match the filters.</source>
        <translation>Suodattimia vastaavia lokimerkintöjä ei ole.</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Uudemmat</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Vanhemmat</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Tuntematon käyttäjä</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Removed staff member</source>
        <translation>Poistettu työntekijä</translation>
    </message>
    <message>
        <source>fields: {names}</source>
        <translation>kentät: {names}</translation>
    </message>
    <message>
        <source>{kind}: anonymised client</source>
        <translation>{kind}: anonymisoitu asiakas</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>tuntematon käyttäjä</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Tämä laite</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Asiakas: {name}</translation>
    </message>
    <message>
        <source>anonymised client</source>
        <translation>anonymisoitu asiakas</translation>
    </message>
    <message>
        <source>Show the entries about a client</source>
        <translation>Näytä asiakasta koskevat merkinnät</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} entries</source>
        <translation>{first}–{last} / {total} merkintää</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
</context>
<context>
    <name>BacklogWidget</name>
    <message>
        <source>Sent more than</source>
        <translation>Lähetetty yli</translation>
    </message>
    <message>
        <source>Sent more than, days ago</source>
        <translation>Lähetetty yli näin monta päivää sitten</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> päivää sitten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Referrals the partner has not brought to an outcome: chase these partners for an answer.</source>
        <translation>Lähetteet, joilla ei ole vielä tulosta: pyydä näiltä kumppaneilta vastausta.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimia</translation>
    </message>
    <message>
        <source>Oldest sent</source>
        <translation>Vanhin lähetetty</translation>
    </message>
    <message>
        <source>No partner has referrals waiting that long without an outcome.</source>
        <translation>Kenelläkään kumppanilla ei ole näin kauan ilman tulosta odottaneita lähetteitä.</translation>
    </message>
</context>
<context>
    <name>BusyLabel</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
</context>
<context>
    <name>CancelledSessions</name>
    <message>
        <source>{marks} attendance marks ({present} present)</source>
        <translation>{marks} läsnäolomerkintää ({present} läsnä)</translation>
    </message>
    <message>
        <source>, anonymous head count {count}</source>
        <translation>, nimettömiä {count}</translation>
    </message>
    <message>
        <source>Cancelled session with attendance marks: {attendance}. The figures leave them out. If the session took place, restore it; if it did not, confirm the cancellation and the marks are removed.</source>
        <translation>Peruttu kerta, jolla on läsnäolomerkintöjä ({attendance}). Niitä ei lasketa lukuihin. Jos kerta pidettiin, palauta se; jos ei, vahvista peruminen, jolloin merkinnät poistetaan.</translation>
    </message>
</context>
<context>
    <name>CancelledSessionsDialog</name>
    <message>
        <source>Cancelled sessions with attendance marks</source>
        <translation>Perutut kerrat, joilla on läsnäolomerkintöjä</translation>
    </message>
    <message>
        <source>These sessions were cancelled, but people were marked in them (often on another laptop while offline). The funder&apos;s figures leave them out. Restore a session that took place; confirm the cancellation of one that did not, and its marks are removed.</source>
        <translation>Nämä kerrat on peruttu, mutta niille on merkitty osallistujia (usein toisella kannettavalla ilman verkkoyhteyttä). Rahoittajan luvuista ne jätetään pois. Palauta kerta, joka pidettiin; vahvista sellaisen kerran peruminen, jota ei pidetty, jolloin sen merkinnät poistetaan.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kerta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Perumisen syy</translation>
    </message>
    <message>
        <source>No cancelled session has attendance marks.</source>
        <translation>Millään perutulla kerralla ei ole läsnäolomerkintöjä.</translation>
    </message>
    <message>
        <source>Restore the session</source>
        <translation>Palauta kerta</translation>
    </message>
    <message>
        <source>It took place: its marks count again</source>
        <translation>Kerta pidettiin: sen merkinnät lasketaan taas mukaan</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Vahvista peruminen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Kertaa ei pidetty: sen läsnäolomerkinnät ja nimettömät osallistujat poistetaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Vahvista peruminen</translation>
    </message>
    <message>
        <source>The session did not take place? Its {attendance} are removed, on every laptop at the next sync.</source>
        <translation>Eikö kertaa pidetty? Sen merkinnät ({attendance}) poistetaan kaikilta kannettavilta seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Record a competence certificate</source>
        <translation>Kirjaa osaamistodistus</translation>
    </message>
    <message>
        <source>Edit competence certificate</source>
        <translation>Muokkaa osaamistodistusta</translation>
    </message>
    <message>
        <source>One competence area the client has shown, towards a vocational qualification.</source>
        <translation>Yksi asiakkaan osoittama osaamisalue, askel kohti ammatillista tutkintoa.</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>Valitse asiakas…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>e.g. Customer service at the cash desk</source>
        <translation>esim. Asiakaspalvelu kassalla</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>e.g. Vocational qualification in Business, partial</source>
        <translation>esim. Liiketoiminnan perustutkinto, osatutkinto</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Tutkinto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Someone else (write the name)</source>
        <translation>Joku muu (kirjoita nimi)</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>e.g. a vocational school&apos;s teacher</source>
        <translation>esim. ammattioppilaitoksen opettaja</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Arvioijan nimi</translation>
    </message>
    <message>
        <source>optional, e.g. how the competence was shown</source>
        <translation>vapaaehtoinen, esim. miten osaaminen näytettiin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Delete certificate…</source>
        <translation>Poista todistus…</translation>
    </message>
    <message>
        <source>No client chosen yet</source>
        <translation>Asiakasta ei ole vielä valittu</translation>
    </message>
    <message>
        <source>Whose certificate?</source>
        <translation>Kenen todistus?</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Valitse ensin asiakas.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Poista todistus</translation>
    </message>
    <message>
        <source>Delete the certificate for “{area}”? Do this only when it was recorded by mistake.</source>
        <translation>Poistetaanko todistus ”{area}”? Tee näin vain, jos se kirjattiin vahingossa.</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Päättyminen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Uusi lähete…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Personal coach: {name}</source>
        <translation>Omavalmentaja: {name}</translation>
    </message>
    <message>
        <source>No personal coach</source>
        <translation>Ei omavalmentajaa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Asiakkuus voimassa</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Päättynyt {date}</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose</source>
        <translation>Valitse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>Name, birth date, phone or personal identity code</source>
        <translation>Nimi, syntymäaika, puhelinnumero tai henkilötunnus</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <source>Find a client:</source>
        <translation>Hae asiakasta:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Syntynyt</translation>
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
        <source>Clients found</source>
        <translation>Löytyneet asiakkaat</translation>
    </message>
    <message>
        <source>No client found. F3: new client · F2: anonymous visitor</source>
        <translation>Asiakasta ei löytynyt. F3: uusi asiakas · F2: anonyymi asiakas</translation>
    </message>
    <message>
        <source>Enter: choose · ↓↑: move · F2: anonymous visitor · F3: new client</source>
        <translation>Enter: valitse · ↓↑: liiku · F2: anonyymi asiakas · F3: uusi asiakas</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Omat asiakkaat</translation>
    </message>
    <message>
        <source>Search by name, birth date, phone or personal identity code</source>
        <translation>Hae nimellä, syntymäajalla, puhelinnumerolla tai henkilötunnuksella</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Haku:</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Tuo Excelistä…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Client records that may be one person: compare, merge or mark them not the same person</source>
        <translation>Asiakastietueet, jotka voivat olla sama henkilö: vertaa, yhdistä tai merkitse eri henkilöiksi</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Kaikki ikäryhmät</translation>
    </message>
    <message>
        <source>Active and ended</source>
        <translation>Voimassa ja päättyneet</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Omavalmentaja</translation>
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
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Päättynyt {date}</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Viimeisin yhteys</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Any coach</source>
        <translation>Kaikki omavalmentajat</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Ei omavalmentajaa</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Kaikki kylät</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mahdolliset kaksoiskappaleet ({count})</translation>
    </message>
    <message>
        <source>Showing the first {shown} by name; search or filter to find the others.</source>
        <translation>Näytetään nimen mukaan ensimmäiset {shown}; hae tai rajaa löytääksesi muut.</translation>
    </message>
    <message>
        <source>No clients match the filters. Import clients from Excel or add a new one.</source>
        <translation>Rajauksia vastaavia asiakkaita ei ole. Tuo asiakkaita Excelistä tai lisää uusi.</translation>
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
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not the personal coach of any active client.</source>
        <translation>Et ole yhdenkään voimassa olevan asiakkuuden omavalmentaja.</translation>
    </message>
    <message>
        <source>No client matches “{query}”.</source>
        <translation>Haulla ”{query}” ei löytynyt asiakkaita.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Tarkistettavat ristiriidat</translation>
    </message>
    <message>
        <source>Two installations changed the same thing while offline. The newer change won everywhere; keep it, or take the other value back. A record deleted on one laptop stays deleted.</source>
        <translation>Kaksi asennusta muutti samaa tietoa ilman verkkoyhteyttä. Uudempi muutos jäi voimaan kaikkialla; pidä se tai palauta toinen arvo. Yhdellä koneella poistettu tietue pysyy poistettuna.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Toinen arvo</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Tarkistettavia ristiriitoja ei ole.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Pidä nykyinen arvo</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Palauta toinen arvo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>a record no longer here</source>
        <translation>tietue, jota ei enää ole</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(poistettu välillä)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Partner category</source>
        <translation>Kumppaniryhmä</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Kirjannut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Perumisen kirjannut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>No consents recorded. Ask the client before sharing their data.</source>
        <translation>Suostumuksia ei ole kirjattu. Kysy asiakkaalta ennen kuin luovutat hänen tietojaan.</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Peru valittu suostumus</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>How it was given, e.g. signed form or orally</source>
        <translation>Miten annettu, esim. allekirjoitettu lomake tai suullisesti</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Suostumus koskee</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Edit details</source>
        <translation>Muokkaa tietoja</translation>
    </message>
    <message>
        <source>e.g. 31.5.2001</source>
        <translation>esim. 31.5.2001</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Leave the details unchanged (Esc)</source>
        <translation>Jätä tiedot ennalleen (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the details (Enter)</source>
        <translation>Tallenna tiedot (Enter)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Another client looks the same: {names}. Check that this is not the same person; click “Save anyway” to save.</source>
        <translation>Toinen asiakas näyttää samalta: {names}. Varmista, ettei kyse ole samasta henkilöstä; tallenna valitsemalla ”Tallenna silti”.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tallenna silti</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>visits</source>
        <translation>käyntiä</translation>
    </message>
    <message>
        <source>workshop sessions attended</source>
        <translation>pajakertaa läsnä</translation>
    </message>
    <message>
        <source>competence certificates</source>
        <translation>osaamistodistusta</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>viimeisin käynti</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Henkilötiedot</translation>
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
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show or hide the whole personal identity code</source>
        <translation>Näytä tai piilota koko henkilötunnus</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Only coordinators and administrators assign the personal coach.</source>
        <translation>Vain koordinaattorit ja ylläpitäjät valitsevat omavalmentajan.</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Muokkaa tietoja</translation>
    </message>
    <message>
        <source>Edit the client&apos;s details (Ctrl+E)</source>
        <translation>Muokkaa asiakkaan tietoja (Ctrl+E)</translation>
    </message>
    <message>
        <source>No personal coach</source>
        <translation>Ei omavalmentajaa</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Pairs of client records that may be one person, the strongest evidence first. Compare the two; mark them not the same person, or merge them into one record.</source>
        <translation>Asiakastietueiden parit, jotka voivat olla sama henkilö, todennäköisimmät ensin. Vertaa tietueita ja merkitse ne eri henkilöiksi tai yhdistä ne yhdeksi tietueeksi.</translation>
    </message>
    <message>
        <source>Also show pairs marked not the same person</source>
        <translation>Näytä myös eri henkilöiksi merkityt parit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Toinen tietue</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Why they may be one person</source>
        <translation>Miksi ne voivat olla sama henkilö</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Ei mahdollisia kaksoiskappaleita.</translation>
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
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Municipality and village</source>
        <translation>Kotikunta ja kylä</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Eri henkilö</translation>
    </message>
    <message>
        <source>Remembered on every computer: the pair is not listed again</source>
        <translation>Muistetaan kaikilla tietokoneilla: paria ei enää näytetä luettelossa</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Yhdistä…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n mahdollinen kaksoiskappale</numerusform>
            <numerusform>%n mahdollista kaksoiskappaletta</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked not the same person. {reason}</source>
        <translation>Merkitty eri henkilöiksi. {reason}</translation>
    </message>
    <message>
        <source>Possible duplicate after all</source>
        <translation>Sittenkin mahdollinen kaksoiskappale</translation>
    </message>
    <message>
        <source>Record (added first)</source>
        <translation>Tietue (lisätty ensin)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n käynti</numerusform>
            <numerusform>%n käyntiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Lisää henkilö listalle</translation>
    </message>
    <message>
        <source>The person&apos;s details</source>
        <translation>Henkilön tiedot</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Osoite</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Kylä</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä kenellekään</translation>
    </message>
    <message>
        <source>Assigned &amp;to</source>
        <translation>Osoitettu &amp;työntekijälle</translation>
    </message>
    <message>
        <source>Only what reaching the person needs: no birth dates, no identity codes.</source>
        <translation>Vain tavoittamiseen tarvittavat tiedot: ei syntymäaikoja eikä henkilötunnuksia.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>If this is another person, press Save again.</source>
        <translation>Jos kyse on eri henkilöstä, paina Tallenna uudelleen.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a client&apos;s data</source>
        <translation>Asiakkaan tietojen poistaminen</translation>
    </message>
    <message>
        <source>Erase the data of {name}?</source>
        <translation>Poistetaanko asiakkaan {name} tiedot?</translation>
    </message>
    <message>
        <source>Everything personal about {name} is erased: the name, birth date, personal identity code, contact details and everything written about them. Only statistics without the name stay. This cannot be undone.</source>
        <translation>Kaikki asiakkaan {name} henkilötiedot poistetaan: nimi, syntymäaika, henkilötunnus, yhteystiedot ja kaikki hänestä kirjoitettu. Vain tilastot ilman nimeä jäävät. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>The request&apos;s case number, e.g. TS-2026-0142 (no names)</source>
        <translation>Pyynnön diaarinumero, esim. TS-2026-0142 (ei nimiä)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Optional. Letters, year and number, e.g. TS-2026-0142.</source>
        <translation>Vapaaehtoinen. Kirjaimet, vuosi ja numero, esim. TS-2026-0142.</translation>
    </message>
    <message>
        <source>Type the whole case number, e.g. TS-2026-0142 (letters, year, number).</source>
        <translation>Kirjoita koko diaarinumero, esim. TS-2026-0142 (kirjaimet, vuosi, numero).</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ymmärrän, ettei tätä voi perua</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ExitTab</name>
    <message>
        <source>End of the client&apos;s path</source>
        <translation>Asiakkaan polun päättyminen</translation>
    </message>
    <message>
        <source>Record the exit when the client&apos;s path ends: the day and where they went. The outcome is reported to funders; the client&apos;s open project participations end with it.</source>
        <translation>Kirjaa polun päättyminen, kun asiakkuus päättyy: päivä ja mihin asiakas siirtyi. Tulos raportoidaan rahoittajille, ja asiakkaan keskeneräiset hankeosallistumiset päättyvät samalla.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Päättyminen</translation>
    </message>
    <message>
        <source>e.g. 31.5.2027</source>
        <translation>esim. 31.5.2027</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Valitse tulos…</translation>
    </message>
    <message>
        <source>Save exit</source>
        <translation>Tallenna päättyminen</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Palauta asiakkuus</translation>
    </message>
    <message>
        <source>Remove the exit: the client&apos;s path continues</source>
        <translation>Poista päättyminen: asiakkaan polku jatkuu</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>The client is active: their path has not ended.</source>
        <translation>Asiakkuus on voimassa: polku ei ole päättynyt.</translation>
    </message>
    <message>
        <source>The path ended on {date}: {outcome}.</source>
        <translation>Polku päättyi {date}: {outcome}.</translation>
    </message>
    <message>
        <source>Change exit</source>
        <translation>Muuta päättymistä</translation>
    </message>
    <message>
        <source>End the client&apos;s path</source>
        <translation>Asiakkaan polun päättäminen</translation>
    </message>
    <message>
        <source>End {name}&apos;s path on {date} with the outcome &quot;{outcome}&quot;? Their open project participations end on the same day.</source>
        <translation>Päätetäänkö asiakkaan {name} polku {date} tuloksella ”{outcome}”? Hänen keskeneräiset hankeosallistumisensa päättyvät samana päivänä.</translation>
    </message>
</context>
<context>
    <name>ExportAttendanceDialog</name>
    <message>
        <source>Export workshop attendance</source>
        <translation>Pajojen osallistumisten vienti</translation>
    </message>
    <message>
        <source>Weekly workshop attendance to Excel</source>
        <translation>Pajojen viikon osallistumiset Exceliin</translation>
    </message>
    <message>
        <source>A summary sheet per workshop and day, and one row per attendance. Weeks run Monday to Sunday (ISO 8601).</source>
        <translation>Yhteenvetotaulukko pajoittain ja päivittäin sekä rivi jokaisesta osallistumisesta. Viikko on maanantaista sunnuntaihin (ISO 8601).</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Edellinen viikko</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>week </source>
        <translation>viikko </translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Seuraava viikko</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Pajat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>The chosen week</source>
        <translation>Valittu viikko</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>pidettyä kertaa</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>osallistumista</translation>
    </message>
    <message>
        <source>different participants</source>
        <translation>eri osallistujaa</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetöntä</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>Leave out names (for a workbook that leaves the office)</source>
        <translation>Jätä nimet pois (kun työkirja lähtee toimistosta)</translation>
    </message>
    <message>
        <source>Names, home municipalities, villages and cancellation reasons are left out. Each client&apos;s participant code, age group and every figure stay, so the same person can still be counted once across weeks.</source>
        <translation>Nimet, kotikunnat, kylät ja peruutusten syyt jätetään pois. Asiakkaan osallistujakoodi, ikäryhmä ja kaikki luvut säilyvät, joten sama henkilö lasketaan edelleen vain kerran eri viikoilla.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Avaa tiedosto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (päättynyt)</translation>
    </message>
    <message>
        <source>Participants under 30: {young} · 30 and over: {older} · age not known: {unknown}. Sessions upcoming: {upcoming} · ended without attendance marked: {unmarked} · cancelled: {cancelled}.</source>
        <translation>Osallistujista alle 30-vuotiaita {young} · 30 vuotta täyttäneitä {older} · ikä ei tiedossa {unknown}. Kertoja tulossa {upcoming} · päättyneitä ilman läsnäolomerkintöjä {unmarked} · peruttuja {cancelled}.</translation>
    </message>
    <message>
        <source>Saved {path} without names: {rows} attendance rows, {present} attendances, {people} different participants.</source>
        <translation>Tallennettu ilman nimiä: {path}: {rows} osallistumisriviä, {present} osallistumista, {people} eri osallistujaa.</translation>
    </message>
    <message>
        <source>Save the attendance workbook</source>
        <translation>Tallenna osallistumistyökirja</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Korvataanko tiedosto?</translation>
    </message>
    <message>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Valitse, mihin työkirja tallennetaan.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>Saved {path}: {rows} attendance rows, {present} attendances, {people} different participants.</source>
        <translation>Tallennettu {path}: {rows} osallistumisriviä, {present} osallistumista, {people} eri osallistujaa.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Six-month follow-up: {project}</source>
        <translation>Kuuden kuukauden seuranta: {project}</translation>
    </message>
    <message>
        <source>Six months after the exit</source>
        <translation>Kuusi kuukautta osallistumisen päättymisen jälkeen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Seurannan päivä</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>In employment (incl. self-employed)</source>
        <translation>Työssä (ml. itsensä työllistäjät)</translation>
    </message>
    <message>
        <source>Labour-market situation improved</source>
        <translation>Työmarkkina-asema parantunut</translation>
    </message>
    <message>
        <source>Exit on {exit}; the follow-up can be recorded from {due} on.</source>
        <translation>Osallistuminen päättyi {exit}; seurannan voi kirjata {due} alkaen.</translation>
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
        <source>Log a visit</source>
        <translation>Kirjaa käynti</translation>
    </message>
    <message>
        <source>Anonymous visitor (F2)</source>
        <translation>Anonyymi asiakas (F2)</translation>
    </message>
    <message>
        <source>New client (F3)</source>
        <translation>Uusi asiakas (F3)</translation>
    </message>
    <message>
        <source>Earlier anonymous visits…</source>
        <translation>Aiemmat anonyymit käynnit…</translation>
    </message>
    <message>
        <source>Edit topics…</source>
        <translation>Muokkaa aiheita…</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Asiakaskortti</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Lähete…</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Tallenna (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back to search (Esc)</source>
        <translation>Takaisin hakuun (Esc)</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonyymi asiakas</translation>
    </message>
    <message>
        <source>Saved: {who}, {time}.</source>
        <translation>Tallennettu: {who}, klo {time}.</translation>
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
        <source>Enter or double-click: correct, remove or attach to a client</source>
        <translation>Enter tai kaksoisnapsautus: korjaa, poista tai liitä asiakkaaseen</translation>
    </message>
    <message>
        <source>No visits logged today yet.</source>
        <translation>Tänään ei ole vielä kirjattu käyntejä.</translation>
    </message>
    <message>
        <source>Enter or double-click: mark attendance</source>
        <translation>Enter tai kaksoisnapsautus: merkitse läsnäolot</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Enter or double-click: open the client card to record the follow-up on its Projects tab</source>
        <translation>Enter tai kaksoisnapsautus: avaa asiakaskortti ja kirjaa seuranta Hankkeet-välilehdelle</translation>
    </message>
    <message>
        <source>No six-month follow-ups due.</source>
        <translation>Kuuden kuukauden seurantoja ei ole erääntynyt.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Jatkotoimet (%n)</numerusform>
            <numerusform>Jatkotoimet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late referrals (%n)</source>
        <translation>
            <numerusform>Lähetteet myöhässä (%n)</numerusform>
            <numerusform>Lähetteet myöhässä (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshops today (%n)</source>
        <translation>
            <numerusform>Pajat tänään (%n)</numerusform>
            <numerusform>Pajat tänään (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>6-month follow-ups (%n)</source>
        <translation>
            <numerusform>6 kk:n seurannat (%n)</numerusform>
            <numerusform>6 kk:n seurannat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
        <source>under 30</source>
        <comment>one person&apos;s age group</comment>
        <translation>alle 30-vuotias</translation>
    </message>
    <message>
        <source>30 or over</source>
        <comment>one person&apos;s age group</comment>
        <translation>30 vuotta täyttänyt</translation>
    </message>
    <message>
        <source>age not known</source>
        <comment>one person&apos;s age group</comment>
        <translation>ikä ei tiedossa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Enter or double-click: open the client card</source>
        <translation>Enter tai kaksoisnapsautus: avaa asiakaskortti</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Every referral has had its response in time.</source>
        <translation>Kaikkiin lähetteisiin on vastattu ajallaan.</translation>
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
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Tuo asiakkaat</translation>
    </message>
    <message>
        <source>Import clients from Excel or CSV</source>
        <translation>Asiakkaiden tuonti Excelistä tai CSV-tiedostosta</translation>
    </message>
    <message>
        <source>One client per row. The first row names the columns, for example: etunimi; sukunimi; syntymäaika; henkilötunnus; kotikunta. You see every row before anything is saved.</source>
        <translation>Yksi asiakas riviä kohden. Ensimmäisellä rivillä ovat sarakkeiden nimet, esimerkiksi: etunimi; sukunimi; syntymäaika; henkilötunnus; kotikunta. Näet jokaisen rivin ennen kuin mitään tallennetaan.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
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
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Tiedoston rivit</translation>
    </message>
    <message>
        <source>Start with “Choose file…” above: pick the Excel (.xlsx) or CSV file of clients. Every row is checked and shown here with its status before anything is saved.</source>
        <translation>Aloita yltä kohdasta ”Valitse tiedosto…”: valitse asiakkaiden Excel- (.xlsx) tai CSV-tiedosto. Jokainen rivi tarkistetaan ja näytetään tässä tiloineen, ennen kuin mitään tallennetaan.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Näytä vain rivit, joissa on ongelmia</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Tuo kelvolliset rivit ja ohita virheelliset</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Excel and text files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Excel- ja tekstitiedostot (*.xlsx *.csv *.tsv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has changed and now has invalid rows. Check it again below.</source>
        <translation>Mitään ei tuotu: tiedosto on muuttunut, ja siinä on nyt virheellisiä rivejä. Tarkista se uudelleen alla.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n asiakas tuotiin.</numerusform>
            <numerusform>%n asiakasta tuotiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (invalid or duplicate).</source>
        <translation>
            <numerusform>%n rivi ohitettiin (virheellinen tai kaksoiskappale).</numerusform>
            <numerusform>%n riviä ohitettiin (virheellisiä tai kaksoiskappaleita).</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {new}, {invalid}, {duplicates}</source>
        <translation>{rows}: {new}, {invalid}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n virheellinen</numerusform>
            <numerusform>%n virheellistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n kaksoiskappale</numerusform>
            <numerusform>%n kaksoiskappaletta</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of clients below the headings.</source>
        <translation>Tiedostossa ei ole asiakasrivejä otsikkorivin alla.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row is a new client with valid details.</source>
        <translation>Tuotavaa ei ole: millään rivillä ei ole uutta asiakasta kelvollisin tiedoin.</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>Mitään ei voi tuoda, kun tiedostossa on virheellisiä rivejä. Korjaa ne tiedostoon ja valitse se uudelleen, tai rastita ”Tuo kelvolliset rivit ja ohita virheelliset”.</translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n new client(s); the other rows are skipped.</source>
        <translation>
            <numerusform>Tuonti lisää %n uuden asiakkaan; muut rivit ohitetaan.</numerusform>
            <numerusform>Tuonti lisää %n uutta asiakasta; muut rivit ohitetaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n new client(s).</source>
        <translation>
            <numerusform>Tuonti lisää %n uuden asiakkaan.</numerusform>
            <numerusform>Tuonti lisää %n uutta asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing clients… This can take a minute; do not close the program.</source>
        <translation>Tuodaan asiakkaita… Tämä voi kestää minuutin; älä sulje ohjelmaa.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Luetaan ja tarkistetaan tiedostoa…</translation>
    </message>
</context>
<context>
    <name>ImportEntriesDialog</name>
    <message>
        <source>Import people to reach</source>
        <translation>Tuo tavoitettavat</translation>
    </message>
    <message>
        <source>Import people to reach onto “{name}”</source>
        <translation>Tuo tavoitettavat listalle ”{name}”</translation>
    </message>
    <message>
        <source>One person per row, from Excel (.xlsx) or CSV. The first row names the columns: etunimi; sukunimi; kylä; puhelin; osoite (or first_name, last_name, village, phone, address). Only names are required. You see every row before anything is saved.</source>
        <translation>Yksi henkilö riviä kohden, Excel- (.xlsx) tai CSV-tiedostosta. Ensimmäisellä rivillä ovat sarakkeiden nimet: etunimi; sukunimi; kylä; puhelin; osoite (tai first_name, last_name, village, phone, address). Vain nimet ovat pakollisia. Näet jokaisen rivin ennen kuin mitään tallennetaan.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Tiedoston rivit</translation>
    </message>
    <message>
        <source>Start with “Choose file…”: every row is checked and shown here before anything is saved.</source>
        <translation>Aloita kohdasta ”Valitse tiedosto…”: jokainen rivi tarkistetaan ja näytetään tässä, ennen kuin mitään tallennetaan.</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Vain rivit, joissa on ongelmia</translation>
    </message>
    <message>
        <source>Skip the invalid rows</source>
        <translation>Ohita virheelliset rivit</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Osoita &amp;työntekijälle:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Osoita työntekijälle</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä kenellekään</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Excel and text files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Excel- ja tekstitiedostot (*.xlsx *.csv *.tsv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) put on the list.</source>
        <translation>
            <numerusform>%n henkilö lisättiin listalle.</numerusform>
            <numerusform>%n henkilöä lisättiin listalle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (invalid or duplicate).</source>
        <translation>
            <numerusform>%n rivi ohitettiin (virheellinen tai kaksoiskappale).</numerusform>
            <numerusform>%n riviä ohitettiin (virheellisiä tai kaksoiskappaleita).</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows}: {new}, {invalid}, {duplicates}</source>
        <translation>{rows}: {new}, {invalid}, {duplicates}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n virheellinen</numerusform>
            <numerusform>%n virheellistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n kaksoiskappale</numerusform>
            <numerusform>%n kaksoiskappaletta</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows of people below the headings.</source>
        <translation>Tiedostossa ei ole henkilörivejä otsikkorivin alla.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row is a new person with valid details.</source>
        <translation>Tuotavaa ei ole: millään rivillä ei ole uutta henkilöä kelvollisin tiedoin.</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, or tick “Skip the invalid rows”.</source>
        <translation>Mitään ei voi tuoda, kun tiedostossa on virheellisiä rivejä. Korjaa ne tiedostoon ja valitse se uudelleen, tai rastita ”Ohita virheelliset rivit”.</translation>
    </message>
    <message numerus="yes">
        <source>Import puts %n new person(s) on the list.</source>
        <translation>
            <numerusform>Tuonti lisää listalle %n uuden henkilön.</numerusform>
            <numerusform>Tuonti lisää listalle %n uutta henkilöä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>New outreach list</source>
        <translation>Uusi tavoittamislista</translation>
    </message>
    <message>
        <source>Change the outreach list</source>
        <translation>Muuta tavoittamislistaa</translation>
    </message>
    <message>
        <source>e.g. Village pilot, autumn 2026</source>
        <translation>esim. Kyläpilotti, syksy 2026</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>e.g. Koli, Ahmovaara, Nunnanlahti</source>
        <translation>esim. Koli, Ahmovaara, Nunnanlahti</translation>
    </message>
    <message>
        <source>&amp;Villages</source>
        <translation>&amp;Kylät</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Ajanjakso</translation>
    </message>
    <message>
        <source>optional: what the list is for, whom it covers</source>
        <translation>vapaaehtoinen: mihin lista on tarkoitettu ja keitä se koskee</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>K&amp;uvaus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The names and contact details of those who do not become clients are erased when the list is closed, at the latest on {day}. The figures stay.</source>
        <translation>Niiden henkilöiden nimet ja yhteystiedot, joista ei tule asiakkaita, poistetaan, kun lista suljetaan, viimeistään {day}. Luvut säilyvät.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>Näyttö lukittu</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Näyttö on lukittu</translation>
    </message>
    <message>
        <source>Signed in: {name}. Type your password or PIN to go on.</source>
        <translation>Kirjautuneena: {name}. Jatka kirjoittamalla salasanasi tai PIN-koodisi.</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Back to the sign-in; unsaved changes in open windows are lost.</source>
        <translation>Takaisin kirjautumiseen; avoimien ikkunoiden tallentamattomat muutokset menetetään.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Kirjoita salasanasi tai PIN-koodisi.</translation>
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
        <source>Outreach</source>
        <translation>Etsivä työ</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>guidance desk</source>
        <translation>ohjauksen työpöytä</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Lukitse näyttö</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Vaihda salasana…</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Lukitse näyttö (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Tietoja…</translation>
    </message>
    <message>
        <source>Version, database and the licences of the bundled libraries</source>
        <translation>Versio, tietokanta ja mukana tulevien kirjastojen lisenssit</translation>
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
        <source>Hub set; not synced yet</source>
        <translation>Keskuspalvelin asetettu; ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Offline: no hub configured</source>
        <translation>Paikallinen käyttö – keskuspalvelinta ei ole määritetty</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n käynti</numerusform>
            <numerusform>%n käyntiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n lähete</numerusform>
            <numerusform>%n lähetettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop attendance mark(s)</source>
        <translation>
            <numerusform>%n pajan läsnäolomerkintä</numerusform>
            <numerusform>%n pajan läsnäolomerkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop enrolment(s)</source>
        <translation>
            <numerusform>%n pajailmoittautuminen</numerusform>
            <numerusform>%n pajailmoittautumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competence certificate(s)</source>
        <translation>
            <numerusform>%n osaamistodistus</numerusform>
            <numerusform>%n osaamistodistusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n suostumus</numerusform>
            <numerusform>%n suostumusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path goal(s)</source>
        <translation>
            <numerusform>%n polun tavoite</numerusform>
            <numerusform>%n polun tavoitetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project participation(s)</source>
        <translation>
            <numerusform>%n hankeosallistuminen</numerusform>
            <numerusform>%n hankeosallistumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach list entry(-ies)</source>
        <translation>
            <numerusform>%n tavoitettava tavoittamislistalla</numerusform>
            <numerusform>%n tavoitettavaa tavoittamislistoilla</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two client records</source>
        <translation>Yhdistä kaksi asiakastietuetta</translation>
    </message>
    <message>
        <source>Everything recorded about the other record moves to the kept record. The other record is then hidden everywhere and points to the kept one, on every computer after syncing. A merge cannot be undone.</source>
        <translation>Kaikki toiseen tietueeseen kirjattu siirtyy säilytettävään tietueeseen. Sen jälkeen toinen tietue piilotetaan kaikkialla ja se viittaa säilytettävään tietueeseen – kaikilla tietokoneilla synkronoinnin jälkeen. Yhdistämistä ei voi perua.</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Säilytä sen sijaan toinen tietue</translation>
    </message>
    <message>
        <source>I have checked that these two records are the same person</source>
        <translation>Olen tarkistanut, että nämä kaksi tietuetta ovat sama henkilö</translation>
    </message>
    <message>
        <source>Merge the records</source>
        <translation>Yhdistä tietueet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Kept: {name}</source>
        <translation>Säilytetään: {name}</translation>
    </message>
    <message>
        <source>Merged into it and then hidden: {name}</source>
        <translation>Yhdistetään siihen ja piilotetaan sitten: {name}</translation>
    </message>
    <message>
        <source>These details differ. Choose the value the kept record is to have:</source>
        <translation>Nämä tiedot eroavat. Valitse arvo, joka säilytettävään tietueeseen jää:</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Säilytettävä tietue</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Toinen tietue</translation>
    </message>
    <message>
        <source>The two records hold the same details.</source>
        <translation>Molemmissa tietueissa on samat tiedot.</translation>
    </message>
    <message>
        <source>Moves to the kept record: {what}.</source>
        <translation>Säilytettävään tietueeseen siirretään: {what}.</translation>
    </message>
    <message>
        <source>Nothing else is recorded about the other record.</source>
        <translation>Toiseen tietueeseen ei ole kirjattu muuta.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>e.g. 31.5.2001</source>
        <translation>esim. 31.5.2001</translation>
    </message>
    <message>
        <source>optional, e.g. 131052-308T</source>
        <translation>vapaaehtoinen, esim. 131052-308T</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>No personal coach yet</source>
        <translation>Ei vielä omavalmentajaa</translation>
    </message>
    <message>
        <source>A coordinator assigns the personal coach.</source>
        <translation>Koordinaattori valitsee omavalmentajan.</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Avaa olemassa oleva asiakas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Possibly already a client: if this is one of them, open the existing client instead.</source>
        <translation>Mahdollisesti jo asiakas: jos henkilö on joku näistä, avaa sen sijaan olemassa oleva asiakas.</translation>
    </message>
    <message>
        <source>A client with this personal identity code already exists. Open the existing client.</source>
        <translation>Tällä henkilötunnuksella on jo asiakas. Avaa olemassa oleva asiakas.</translation>
    </message>
    <message>
        <source>This may be a client already recorded. Open the existing client, or press Save again if this is another person.</source>
        <translation>Tämä voi olla jo kirjattu asiakas. Avaa olemassa oleva asiakas tai paina Tallenna uudelleen, jos kyse on eri henkilöstä.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Uusi kumppaniorganisaatio</translation>
    </message>
    <message>
        <source>Edit partner organisation</source>
        <translation>Muokkaa kumppaniorganisaatiota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kumppaniryhmä</translation>
    </message>
    <message>
        <source>What the organisation is for and when to refer a client there</source>
        <translation>Mihin organisaatio on tarkoitettu ja milloin sinne kannattaa ohjata asiakas</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Mihin tarkoitettu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>A removed client</source>
        <translation>Poistettu asiakas</translation>
    </message>
    <message>
        <source>Details erased</source>
        <translation>Tiedot poistettu</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Etsivä työ</translation>
    </message>
    <message>
        <source>People to reach in the pilot villages, each contact attempt, and who was reached.</source>
        <translation>Pilottikylien tavoitettavat, jokainen yhteydenottoyritys ja ketkä tavoitettiin.</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listat</translation>
    </message>
    <message>
        <source>Outreach lists</source>
        <translation>Tavoittamislistat</translation>
    </message>
    <message>
        <source>No outreach lists yet.</source>
        <translation>Tavoittamislistoja ei vielä ole.</translation>
    </message>
    <message>
        <source>Make the first with “New list…”.</source>
        <translation>Luo ensimmäinen kohdasta ”Uusi lista…”.</translation>
    </message>
    <message>
        <source>A coordinator makes them.</source>
        <translation>Koordinaattori luo ne.</translation>
    </message>
    <message>
        <source>Show closed lists</source>
        <translation>Näytä suljetut listat</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Uusi lista…</translation>
    </message>
    <message>
        <source>Change list…</source>
        <translation>Muuta listaa…</translation>
    </message>
    <message>
        <source>Close list…</source>
        <translation>Sulje lista…</translation>
    </message>
    <message>
        <source>End the work on the list; the details of those who did not become clients are erased, the figures stay</source>
        <translation>Päätä työ listalla: asiakkaiksi tulemattomien tiedot poistetaan, luvut säilyvät</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Eteneminen</translation>
    </message>
    <message>
        <source>Choose a list on the left.</source>
        <translation>Valitse lista vasemmalta.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Next try due</source>
        <translation>Seuraava yritys erääntynyt</translation>
    </message>
    <message>
        <source>Name, phone or address</source>
        <translation>Nimi, puhelinnumero tai osoite</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Hae henkilöä</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Etsivä työntekijä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Viimeisin yritys</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Seuraava yritys</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Listan henkilöt</translation>
    </message>
    <message>
        <source>Nobody on the list matches the filters.</source>
        <translation>Listalla ei ole rajauksia vastaavia henkilöitä.</translation>
    </message>
    <message>
        <source>Enter: record an attempt · Ctrl+K: became a client · Ctrl+Shift+K: an existing client · F2: details</source>
        <translation>Enter: kirjaa yritys · Ctrl+K: tuli asiakkaaksi · Ctrl+Shift+K: olemassa oleva asiakas · F2: tiedot</translation>
    </message>
    <message>
        <source>Record attempt…</source>
        <translation>Kirjaa yritys…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Became a client…</source>
        <translation>Tuli asiakkaaksi…</translation>
    </message>
    <message>
        <source>Ctrl+K: a new client from the person&apos;s details</source>
        <translation>Ctrl+K: uusi asiakas henkilön tiedoista</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Muut ▾</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Muut toiminnot</translation>
    </message>
    <message>
        <source>The person&apos;s details…</source>
        <translation>Henkilön tiedot…</translation>
    </message>
    <message>
        <source>Became a client: an existing one…</source>
        <translation>Tuli asiakkaaksi: olemassa oleva asiakas…</translation>
    </message>
    <message>
        <source>Import people from a file…</source>
        <translation>Tuo henkilöitä tiedostosta…</translation>
    </message>
    <message>
        <source>Add existing clients…</source>
        <translation>Lisää olemassa olevia asiakkaita…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Lisää henkilö…</translation>
    </message>
    <message>
        <source>Assign the chosen to a worker…</source>
        <translation>Osoita valitut työntekijälle…</translation>
    </message>
    <message>
        <source>Take the chosen off the list…</source>
        <translation>Poista valitut listalta…</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n person(s) on ended lists were erased; the figures stay.</source>
        <translation>
            <numerusform>Päättyneiden listojen %n henkilön tiedot poistettiin; luvut säilyvät.</numerusform>
            <numerusform>Päättyneiden listojen %n henkilön tiedot poistettiin; luvut säilyvät.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <translation>tavoitettu {reached}/{total}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Omat</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ei työntekijää</translation>
    </message>
    <message>
        <source>closed {day}: the details of those who did not become clients are erased</source>
        <translation>suljettu {day}: asiakkaiksi tulemattomien tiedot on poistettu</translation>
    </message>
    <message>
        <source>details kept until {day} at the latest</source>
        <translation>tiedot säilytetään viimeistään {day} asti</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>Kaikki kylät</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>Nobody on this list is assigned to you yet; a coordinator assigns them.</source>
        <translation>Tällä listalla ei ole vielä sinulle osoitettuja henkilöitä; koordinaattori osoittaa heidät.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Tallennettu: {name}.</translation>
    </message>
    <message>
        <source>{name} is a client now.</source>
        <translation>{name} on nyt asiakas.</translation>
    </message>
    <message>
        <source>{name} is a client: change the details on the client card.</source>
        <translation>{name} on asiakas: muuta tietoja asiakaskortilla.</translation>
    </message>
    <message>
        <source>Close “{name}”? Nothing more can be recorded on it, and the names, phone numbers, addresses and attempt notes of the {count} people who did not become clients are erased now, on every laptop at their next sync. The figures stay. This cannot be undone.</source>
        <translation>Suljetaanko lista ”{name}”? Siihen ei voi enää kirjata mitään, ja asiakkaiksi tulemattomien henkilöiden ({count}) nimet, puhelinnumerot, osoitteet ja yritysten muistiinpanot poistetaan nyt ja kaikilta kannettavilta niiden seuraavassa synkronoinnissa. Luvut säilyvät. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Sulje lista</translation>
    </message>
    <message numerus="yes">
        <source>The list is closed; the details of %n person(s) were erased.</source>
        <translation>
            <numerusform>Lista on suljettu; %n henkilön tiedot poistettiin.</numerusform>
            <numerusform>Lista on suljettu; %n henkilön tiedot poistettiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) put on the list.</source>
        <translation>
            <numerusform>%n henkilö lisättiin listalle.</numerusform>
            <numerusform>%n henkilöä lisättiin listalle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) put on the list.</source>
        <translation>
            <numerusform>%n asiakas lisättiin listalle.</numerusform>
            <numerusform>%n asiakasta lisättiin listalle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) assigned.</source>
        <translation>
            <numerusform>%n henkilö osoitettu työntekijälle.</numerusform>
            <numerusform>%n henkilöä osoitettu työntekijälle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n person(s) off the list? Their details and attempts are removed; they no longer count in the figures. Use this for people put on the list by mistake.</source>
        <translation>
            <numerusform>Poistetaanko %n henkilö listalta? Hänen tietonsa ja yrityksensä poistetaan, eikä häntä enää lasketa lukuihin. Käytä tätä listalle vahingossa lisätyille henkilöille.</numerusform>
            <numerusform>Poistetaanko %n henkilöä listalta? Heidän tietonsa ja yrityksensä poistetaan, eikä heitä enää lasketa lukuihin. Käytä tätä listalle vahingossa lisätyille henkilöille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Poista listalta</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) taken off the list.</source>
        <translation>
            <numerusform>%n henkilö poistettiin listalta.</numerusform>
            <numerusform>%n henkilöä poistettiin listalta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Tallenna etenemisen työkirja</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook is saved: {path}</source>
        <translation>Työkirja on tallennettu: {path}</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Ei vielä yrityksiä</translation>
    </message>
    <message>
        <source>{day}: {way}, {outcome}. Attempts in all: {count}.</source>
        <translation>{day}: {way}, {outcome}. Yrityksiä yhteensä: {count}.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>e.g. 31.5.2027</source>
        <translation>esim. 31.5.2027</translation>
    </message>
    <message>
        <source>Add to a project</source>
        <translation>Lisää hankkeeseen</translation>
    </message>
    <message>
        <source>Entry data</source>
        <translation>Aloitustiedot</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Osallistumisen alkaessa</translation>
    </message>
    <message>
        <source>Choose the project…</source>
        <translation>Valitse hanke…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Aloituspäivä</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Labour-market status</source>
        <translation>Työmarkkina-asema</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Koulutustaso</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Asuu maaseutualueella</translation>
    </message>
    <message>
        <source>Rural area suggested from the client&apos;s village or municipality: {answer}.</source>
        <translation>Ehdotus asiakkaan kylän tai kotikunnan perusteella: {answer}.</translation>
    </message>
    <message>
        <source>The age group is worked out from the birth date on the entry day.</source>
        <translation>Ikäryhmä lasketaan syntymäajasta aloituspäivän mukaan.</translation>
    </message>
    <message>
        <source>Disadvantaged situation</source>
        <translation>Heikommassa asemassa olevat ryhmät</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Vamma</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Ulkomaalaistausta</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Minority (incl. Roma)</source>
        <translation>Vähemmistö (ml. romanit)</translation>
    </message>
    <message>
        <source>Homeless or in housing exclusion</source>
        <translation>Asunnoton tai asuntomarkkinoilta syrjäytynyt</translation>
    </message>
    <message>
        <source>Sensitive: shown only to the client&apos;s personal coach and administrators. Ask; the client need not answer.</source>
        <translation>Arkaluonteisia tietoja: näkyvät vain asiakkaan omavalmentajalle ja ylläpitäjille. Kysy, mutta asiakkaan ei tarvitse vastata.</translation>
    </message>
    <message>
        <source>The answers about disability, background, minority and housing are hidden: they are shown only to the client&apos;s personal coach and administrators. Saving here leaves them as they are.</source>
        <translation>Vammaa, taustaa, vähemmistöön kuulumista ja asumista koskevat vastaukset on piilotettu: ne näkyvät vain asiakkaan omavalmentajalle ja ylläpitäjille. Tallentaminen tässä ei muuta niitä.</translation>
    </message>
</context>
<context>
    <name>ParticipationExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>Osallistumisen päättyminen: {project}</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>Osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Choose the situation…</source>
        <translation>Valitse tilanne…</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Tilanne päättyessä</translation>
    </message>
    <message>
        <source>Entered on {date}. The six-month follow-up comes due six months after the exit.</source>
        <translation>Aloittanut {date}. Kuuden kuukauden seuranta erääntyy kuusi kuukautta osallistumisen päättymisen jälkeen.</translation>
    </message>
</context>
<context>
    <name>ParticipationTab</name>
    <message>
        <source>Projects the client takes part in</source>
        <translation>Hankkeet, joihin asiakas osallistuu</translation>
    </message>
    <message>
        <source>A participant&apos;s entry data, exit and six-month follow-up are reported to the project&apos;s funder.</source>
        <translation>Osallistujan aloitustiedot, päättyminen ja kuuden kuukauden seuranta raportoidaan hankkeen rahoittajalle.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Tilanne päättyessä</translation>
    </message>
    <message>
        <source>Six-month follow-up</source>
        <translation>6 kk:n seuranta</translation>
    </message>
    <message>
        <source>Enter or double-click: the entry data</source>
        <translation>Enter tai kaksoisnapsautus: aloitustiedot</translation>
    </message>
    <message>
        <source>The client takes part in no project yet.</source>
        <translation>Asiakas ei vielä osallistu mihinkään hankkeeseen.</translation>
    </message>
    <message>
        <source>Add to a project…</source>
        <translation>Lisää hankkeeseen…</translation>
    </message>
    <message>
        <source>Entry data…</source>
        <translation>Aloitustiedot…</translation>
    </message>
    <message>
        <source>Record exit…</source>
        <translation>Kirjaa päättyminen…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Kirjaa seuranta…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Remove a participation recorded by mistake</source>
        <translation>Poista vahingossa kirjattu osallistuminen</translation>
    </message>
    <message>
        <source>Your role does not record participation in projects.</source>
        <translation>Roolillasi ei voi kirjata hankkeiden osallistujatietoja.</translation>
    </message>
    <message>
        <source>Done {date}: employed {employed}, improved {improved}</source>
        <translation>Tehty {date} (työssä: {employed}, asema parantunut: {improved})</translation>
    </message>
    <message>
        <source>Due since {date}</source>
        <translation>Erääntynyt {date}</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>Change exit…</source>
        <translation>Muuta päättymistä…</translation>
    </message>
    <message>
        <source>Remove participation</source>
        <translation>Poista osallistuminen</translation>
    </message>
    <message>
        <source>Remove the client&apos;s participation in {project}? Do this only for an entry recorded by mistake.</source>
        <translation>Poistetaanko asiakkaan osallistuminen hankkeeseen {project}? Tee näin vain, jos osallistuminen kirjattiin vahingossa.</translation>
    </message>
</context>
<context>
    <name>PartnersWidget</name>
    <message>
        <source>Show inactive too</source>
        <translation>Näytä myös käytöstä poistetut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kumppaniryhmä</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>No partner organisations.</source>
        <translation>Ei kumppaniorganisaatioita.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Uusi organisaatio</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Choose an organisation to see its details and services.</source>
        <translation>Valitse organisaatio nähdäksesi sen tiedot ja palvelut.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Mihin tarkoitettu</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Response (days)</source>
        <translation>Vastausaika (pv)</translation>
    </message>
    <message>
        <source>Takes referrals now</source>
        <translation>Ottaa lähetteitä</translation>
    </message>
    <message>
        <source>No services yet.</source>
        <translation>Ei vielä palveluja.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Uusi palvelu</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <source>Not taking referrals now</source>
        <translation>Ei ota nyt lähetteitä</translation>
    </message>
    <message>
        <source>Make service inactive</source>
        <translation>Poista palvelu käytöstä</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(ei käytössä)</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <source>Taking referrals again</source>
        <translation>Ottaa taas lähetteitä</translation>
    </message>
    <message>
        <source>Make service active</source>
        <translation>Ota palvelu käyttöön</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Vauhdittamo desk – database passphrase</source>
        <translation>Vauhdittamo desk – tietokannan salalause</translation>
    </message>
    <message>
        <source>Choose a passphrase for the database</source>
        <translation>Valitse tietokannalle salalause</translation>
    </message>
    <message>
        <source>Enter the passphrase of the database</source>
        <translation>Kirjoita tietokannan salalause</translation>
    </message>
    <message>
        <source>No keyring works on this computer, so the database {path} is protected with a passphrase. It is asked at every start.</source>
        <translation>Tällä tietokoneella ei toimi mikään avainnippu, joten tietokanta {path} suojataan salalauseella. Se kysytään joka käynnistyksellä.</translation>
    </message>
    <message>
        <source>The key of the database {path} is not in this computer&apos;s keyring. If the database has a passphrase, enter it.</source>
        <translation>Tietokannan {path} avain ei ole tämän tietokoneen avainnipussa. Jos tietokannalla on salalause, kirjoita se.</translation>
    </message>
    <message>
        <source>The database {path} is protected with a passphrase.</source>
        <translation>Tietokanta {path} on suojattu salalauseella.</translation>
    </message>
    <message>
        <source>Write it down and keep it in a safe place: a lost passphrase cannot be recovered, and without it the data is lost.</source>
        <translation>Kirjoita se muistiin ja säilytä turvallisessa paikassa: kadonnutta salalausetta ei voi palauttaa, ja ilman sitä tiedot menetetään.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Sama uudelleen</translation>
    </message>
    <message>
        <source>At least {minimum} characters</source>
        <translation>Vähintään {minimum} merkkiä</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Näytä salalause</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>Salalause on väärä. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Käytä tätä salalausetta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Vaihda salasanasi</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Aseta salasana</translation>
    </message>
    <message>
        <source>Change your password or PIN</source>
        <translation>Vaihda salasanasi tai PIN-koodisi</translation>
    </message>
    <message>
        <source>A new password or PIN for {name}</source>
        <translation>Uusi salasana tai PIN-koodi: {name}</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Vähintään 10 merkkiä tai vähintään 6-numeroinen PIN-koodi.</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits. Give it to {name} in person; this also ends a lockout after wrong passwords.</source>
        <translation>Vähintään 10 merkkiä tai vähintään 6-numeroinen PIN-koodi. Anna se henkilölle {name} henkilökohtaisesti; tämä poistaa myös väärien salasanojen aiheuttaman lukituksen.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>Uusi salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Uudelleen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Salasanat eivät täsmää. Kirjoita sama salasana kahdesti.</translation>
    </message>
</context>
<context>
    <name>PathTab</name>
    <message>
        <source>Goal or step</source>
        <translation>Tavoite tai askel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>No goals yet. Write the client&apos;s first goal below.</source>
        <translation>Ei vielä tavoitteita. Kirjoita asiakkaan ensimmäinen tavoite alle.</translation>
    </message>
    <message>
        <source>State of the selected goal or step</source>
        <translation>Valitun tavoitteen tai askeleen tila</translation>
    </message>
    <message>
        <source>Add a goal or a step</source>
        <translation>Lisää tavoite tai askel</translation>
    </message>
    <message>
        <source>e.g. Apply to vocational school in spring</source>
        <translation>esim. Haku ammattiopistoon keväällä</translation>
    </message>
    <message>
        <source>e.g. 31.5.2027 (optional)</source>
        <translation>esim. 31.5.2027 (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Lisää tavoite</translation>
    </message>
    <message>
        <source>Add a new goal (Enter in the title)</source>
        <translation>Lisää uusi tavoite (Enter otsikkokentässä)</translation>
    </message>
    <message>
        <source>Add step to the selected goal</source>
        <translation>Lisää askel valittuun tavoitteeseen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Project to date</source>
        <translation>Hanke tähän asti</translation>
    </message>
    <message>
        <source>Any range</source>
        <translation>Vapaa aikaväli</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter}/{year}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n pv</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Edellinen jakso (Alt+←)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Seuraava jakso</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Seuraava jakso (Alt+→)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Kaikki hankkeet</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Kaikki kylät</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Kaikki pajat</translation>
    </message>
    <message>
        <source>All personal coaches</source>
        <translation>Kaikki omavalmentajat</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
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
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Personal coach</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>No projects yet: add one under Projects…</source>
        <translation>Hankkeita ei vielä ole: lisää hanke kohdasta Hankkeet…</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Retention period</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <source>List a client for review when nothing has been recorded about them for</source>
        <translation>Näytä asiakas tarkistettavana, kun hänestä ei ole kirjattu mitään</translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuoteen</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Säilytysaika vuosina</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Anonymising erases the name, birth date, personal identity code, contact details, village and everything written about the client. Visits, attendance, referral outcomes, the exit outcome, age groups and the municipality stay for statistics.</source>
        <translation>Anonymisointi poistaa nimen, syntymäajan, henkilötunnuksen, yhteystiedot, kylän ja kaiken asiakkaasta kirjoitetun. Käynnit, osallistumiset, lähetteiden tulokset, päättymisen tulos, ikäryhmät ja kotikunta säilyvät tilastoja varten.</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Tarkistettavat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Viimeisin tapahtuma</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>No client is past the retention period.</source>
        <translation>Yksikään asiakas ei ole ylittänyt säilytysaikaa.</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Valitse kaikki</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Poista valinnat</translation>
    </message>
    <message>
        <source>Anonymise chosen…</source>
        <translation>Anonymisoi valitut…</translation>
    </message>
    <message>
        <source>A client&apos;s own data</source>
        <translation>Asiakkaan omat tiedot</translation>
    </message>
    <message>
        <source>When a client asks: export everything recorded about them (an Excel workbook to read and a JSON file for machines), or erase their personal data.</source>
        <translation>Asiakkaan pyynnöstä: vie kaikki hänestä kirjattu (luettava Excel-työkirja ja koneluettava JSON-tiedosto) tai poista hänen henkilötietonsa.</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>Valitse asiakas…</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Asiakasta ei ole valittu</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Vie asiakkaan tiedot…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Poista pyynnöstä…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>{name} (removed record)</source>
        <translation>{name} (poistettu tietue)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have had nothing recorded for over {years} years.</source>
        <translation>
            <numerusform>%n asiakkaasta ei ole kirjattu mitään yli {years} vuoteen.</numerusform>
            <numerusform>%n asiakkaasta ei ole kirjattu mitään yli {years} vuoteen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n chosen…</source>
        <translation>
            <numerusform>Anonymisoi %n valittu…</numerusform>
            <numerusform>Anonymisoi %n valittua…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Anonymise clients?</source>
        <translation>Anonymisoidaanko asiakkaat?</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s)? Their names, contact details and everything written about them are erased for good; the statistics stay. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisoidaanko %n asiakas? Hänen nimensä, yhteystietonsa ja kaikki hänestä kirjoitettu poistetaan pysyvästi; tilastot säilyvät. Tätä ei voi perua.</numerusform>
            <numerusform>Anonymisoidaanko %n asiakasta? Heidän nimensä, yhteystietonsa ja kaikki heistä kirjoitettu poistetaan pysyvästi; tilastot säilyvät. Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>%n asiakas anonymisoitu.</numerusform>
            <numerusform>%n asiakasta anonymisoitu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client whose data is asked for</source>
        <translation>Valitse asiakas, jonka tietoja pyydetään</translation>
    </message>
    <message>
        <source>Choose the folder for the client&apos;s data</source>
        <translation>Valitse kansio asiakkaan tiedoille</translation>
    </message>
    <message>
        <source>Saved {workbook} and {json} in {folder}.</source>
        <translation>Tallennettu {workbook} ja {json} kansioon {folder}.</translation>
    </message>
    <message>
        <source>The data of {name} was erased.</source>
        <translation>Asiakkaan {name} tiedot poistettiin.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>people on the list</source>
        <translation>henkilöä listalla</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>tavoitettua</translation>
    </message>
    <message>
        <source>Reached at all: those who declined or became clients included</source>
        <translation>Kaikki tavoitetut, myös kieltäytyneet ja asiakkaiksi tulleet</translation>
    </message>
    <message>
        <source>became clients</source>
        <translation>tuli asiakkaaksi</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ei vielä yritetty</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>Kylittäin</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>By outreach worker</source>
        <translation>Työntekijöittäin</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Etsivä työntekijä</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ei työntekijää</translation>
    </message>
    <message>
        <source>Attempts by way of contact</source>
        <translation>Yritykset yhteydenottotavoittain</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Vie Exceliin…</translation>
    </message>
    <message>
        <source>The figures as a workbook in Finnish, without names</source>
        <translation>Luvut suomenkielisenä työkirjana ilman nimiä</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Ei vielä yritetty</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ei tavoitettu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Tavoitettu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Kieltäytyi</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muuttanut pois</translation>
    </message>
    <message>
        <source>Became clients</source>
        <translation>Tuli asiakkaaksi</translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation>Tavoitettu %</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>The funded projects (hanke) clients take part in. A client joins a project on the Projects tab of the client card.</source>
        <translation>Rahoitetut hankkeet, joihin asiakkaat osallistuvat. Asiakas liitetään hankkeeseen asiakaskortin Hankkeet-välilehdellä.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Toteutusaika</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Hankkeita ei vielä ole.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Uusi hanke</translation>
    </message>
    <message>
        <source>Funder&apos;s code</source>
        <translation>Hanketunnus</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Participant target</source>
        <translation>Osallistujatavoite</translation>
    </message>
    <message>
        <source>e.g. S30123 (EURA 2021)</source>
        <translation>esim. S30123 (EURA 2021)</translation>
    </message>
    <message>
        <source>e.g. Pohjois-Karjalan ELY-keskus</source>
        <translation>esim. Pohjois-Karjalan ELY-keskus</translation>
    </message>
    <message>
        <source>e.g. 1.1.2026</source>
        <translation>esim. 1.1.2026</translation>
    </message>
    <message>
        <source>empty: open</source>
        <translation>tyhjä: toistaiseksi</translation>
    </message>
    <message>
        <source>e.g. 530 (optional)</source>
        <translation>esim. 530 (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Only a project nobody takes part in can be removed</source>
        <translation>Vain hankkeen, jossa ei ole osallistujia, voi poistaa</translation>
    </message>
    <message>
        <source>Only coordinators and administrators add or change projects.</source>
        <translation>Vain koordinaattorit ja ylläpitäjät voivat lisätä ja muuttaa hankkeita.</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Hanke: {name}</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Poista hanke</translation>
    </message>
    <message>
        <source>Remove the project {name}?</source>
        <translation>Poistetaanko hanke {name}?</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Received, could not be applied</source>
        <translation>Vastaanotettu, ei voitu ottaa käyttöön</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>Palvelin hylkäsi</translation>
    </message>
    <message>
        <source>Not sent: breaks a rule</source>
        <translation>Ei lähetetty: rikkoo sääntöä</translation>
    </message>
    <message>
        <source>Held-back changes</source>
        <translation>Pidätetyt muutokset</translation>
    </message>
    <message>
        <source>Received but could not be applied here: {pulled} (tried again at every sync). Refused by the hub: {refused} (ask a coordinator or the municipality&apos;s IT).</source>
        <translation>Vastaanotettu, mutta ei voitu ottaa käyttöön tällä koneella: {pulled} (yritetään uudelleen joka synkronoinnissa). Palvelin hylkäsi: {refused} (kysy koordinaattorilta tai kunnan tietohallinnosta).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Pidätettyjä muutoksia ei ole.</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} are listed.</source>
        <translation>Luettelossa on uusimmat {shown}/{total}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Syy:</translation>
    </message>
    <message>
        <source>Additional information:</source>
        <translation>Lisätietoja:</translation>
    </message>
    <message>
        <source>Sent without consent:</source>
        <translation>Lähetetty ilman suostumusta:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Kumppani:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Kiireellisyys:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Vastaus viimeistään:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Lähetetty:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Lähettäjä:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Tilahistoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Change the status:</source>
        <translation>Muuta tilaa:</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Tallenna muutos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Ei vielä tulosta</translation>
    </message>
    <message>
        <source>Fit for work</source>
        <translation>Työkykyinen</translation>
    </message>
    <message>
        <source>Needs rehabilitation</source>
        <translation>Tarvitsee kuntoutusta</translation>
    </message>
    <message>
        <source>Pension recommended</source>
        <translation>Eläkettä suositellaan</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Muu tulos</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Tallenna tulos</translation>
    </message>
    <message>
        <source>Assessment result:</source>
        <translation>Arvion tulos:</translation>
    </message>
    <message>
        <source>Health-related referral: its reason, notes and assessment result are shown only to the staff member who made it, the client&apos;s personal coach and administrators.</source>
        <translation>Terveyteen liittyvä lähete: sen syy, muistiinpanot ja arvion tulos näytetään vain lähetteen tehneelle, asiakkaan omavalmentajalle ja ylläpitäjille.</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Tulosta lähete…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Referral: {client}</source>
        <translation>Lähete: {client}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Not sent yet (a draft made {when})</source>
        <translation>Ei vielä lähetetty (luonnos tehty {when})</translation>
    </message>
    <message>
        <source>unknown staff member</source>
        <translation>tuntematon työntekijä</translation>
    </message>
    <message>
        <source>Not shown: a health-related detail (see below).</source>
        <translation>Ei näytetä: terveyteen liittyvä tieto (ks. alla).</translation>
    </message>
    <message>
        <source>This referral is closed ({status}). A new need is a new referral.</source>
        <translation>Lähete on päättynyt ({status}). Uusi tarve on uusi lähete.</translation>
    </message>
    <message>
        <source>Reason for {status} (required):</source>
        <translation>Hylkäämisen syy (pakollinen):</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Miksi kumppani hylkäsi</translation>
    </message>
    <message>
        <source>Note for {status} (optional):</source>
        <translation>Muistiinpano, uusi tila ”{status}” (vapaaehtoinen):</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Uusi lähete</translation>
    </message>
    <message>
        <source>New referral for {name}</source>
        <translation>Uusi lähete: {name}</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Kumppanin palvelu</translation>
    </message>
    <message>
        <source>Why the client is referred, in a few sentences</source>
        <translation>Miksi asiakas ohjataan, muutamalla lauseella</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Vastaus viimeistään</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>The referral shares the client&apos;s data with the partner</source>
        <translation>Lähete luovuttaa asiakkaan tietoja kumppanille</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>Kirjaa suostumus nyt</translation>
    </message>
    <message>
        <source>Or write why the referral goes ahead without consent:</source>
        <translation>Tai kirjoita, miksi lähete tehdään ilman suostumusta:</translation>
    </message>
    <message>
        <source>e.g. the client agreed by phone, written consent to follow</source>
        <translation>esim. asiakas suostui puhelimessa, kirjallinen suostumus tulossa</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Lähetä nyt</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Tallenna luonnokseksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kumppaniryhmä: {category}</translation>
    </message>
    <message>
        <source>{name} has not given consent to share their data with {category}. Ask the client and record the consent now, or write why the referral goes ahead without it.</source>
        <translation>{name} ei ole antanut suostumusta tietojensa luovuttamiseen: {category}. Kysy asiakkaalta ja kirjaa suostumus nyt, tai kirjoita, miksi lähete tehdään ilman sitä.</translation>
    </message>
    <message>
        <source>Choose the partner service.</source>
        <translation>Valitse kumppanin palvelu.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Lähete tehty</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattu palveluun</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kumppaniryhmä</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Lähetteen syy</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Lisätietoja</translation>
    </message>
    <message>
        <source>The partner is asked to respond by {date}.</source>
        <translation>Kumppania pyydetään vastaamaan viimeistään {date}.</translation>
    </message>
    <message>
        <source>The client&apos;s personal details are not shared with the partner in this letter.</source>
        <translation>Asiakkaan henkilötietoja ei luovuteta kumppanille tässä lähetteessä.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <source>Vauhdittamo guidance centre</source>
        <translation>Vauhdittamo-ohjauskeskus</translation>
    </message>
    <message>
        <source>Print the referral letter</source>
        <translation>Tulosta lähete</translation>
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
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Tulos puuttuu</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Avoimet lähetteet</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Kaikki lähetteet</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Kumppani:</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>Työ&amp;ntekijä:</translation>
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
        <source>No referrals match the filters.</source>
        <translation>Suodattimia vastaavia lähetteitä ei ole.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} referrals.</source>
        <translation>Näytetään {shown}/{total} lähetettä.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Kaikki kumppanit</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Fit for work</source>
        <translation>Työkykyinen</translation>
    </message>
    <message>
        <source>Needs rehabilitation</source>
        <translation>Tarvitsee kuntoutusta</translation>
    </message>
    <message>
        <source>Pension recommended</source>
        <translation>Eläkettä suositellaan</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Muu tulos</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Ei vielä tulosta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>entered in the period</source>
        <translation>aloitti jakson aikana</translation>
    </message>
    <message>
        <source>took part in the period</source>
        <translation>osallistui jakson aikana</translation>
    </message>
    <message>
        <source>left in the period</source>
        <translation>päätti osallistumisen jakson aikana</translation>
    </message>
    <message>
        <source>of the participant target</source>
        <translation>osallistujatavoitteesta</translation>
    </message>
    <message>
        <source>Participants entered and left by month</source>
        <translation>Aloittaneet ja päättäneet osallistujat kuukausittain</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naiset</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Miehet</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Muunsukupuoliset</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Ei kerrottu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>ESR+:n yhteiset indikaattorit</translation>
    </message>
    <message>
        <source>Participants whose entry date is in the period, by their entry data.</source>
        <translation>Osallistujat, joiden aloituspäivä osuu jaksolle, aloitustietojen mukaan.</translation>
    </message>
    <message>
        <source>Participants whose exit date is in the period, by their situation when leaving.</source>
        <translation>Osallistujat, joiden päättymispäivä osuu jaksolle, tilanteen mukaan osallistumisen päättyessä.</translation>
    </message>
    <message>
        <source>Participants whose six months since leaving end in the period, by the follow-up.</source>
        <translation>Osallistujat, joiden osallistumisen päättymisestä tulee jaksolla kuluneeksi kuusi kuukautta, seurannan mukaan.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <source>No participants.</source>
        <translation>Ei osallistujia.</translation>
    </message>
    <message>
        <source>Guidance visits</source>
        <translation>Ohjauskäynnit</translation>
    </message>
    <message>
        <source>visits, anonymous ones included</source>
        <translation>käyntiä, anonyymit mukaan lukien</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>anonyymiä käyntiä</translation>
    </message>
    <message>
        <source>different clients</source>
        <translation>eri asiakasta</translation>
    </message>
    <message>
        <source>Visits by month</source>
        <translation>Käynnit kuukausittain</translation>
    </message>
    <message>
        <source>No visits in the period.</source>
        <translation>Jaksolla ei ole käyntejä.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>A visit may have several topics.</source>
        <translation>Käynnillä voi olla useita aiheita.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Asiointitapa</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Lähetteet</translation>
    </message>
    <message>
        <source>referrals sent</source>
        <translation>lähetettä kumppaneille</translation>
    </message>
    <message>
        <source>Referrals sent in the period, by partner category and where each stands now.</source>
        <translation>Jaksolla lähetetyt lähetteet kumppaniryhmittäin ja niiden nykyinen tila.</translation>
    </message>
    <message>
        <source>Partner category</source>
        <translation>Kumppaniryhmä</translation>
    </message>
    <message>
        <source>No referrals in the period.</source>
        <translation>Jaksolla ei ole lähetteitä.</translation>
    </message>
    <message>
        <source>Work and functional capacity assessments</source>
        <translation>Työ- ja toimintakyvyn selvitykset</translation>
    </message>
    <message>
        <source>referred for an assessment</source>
        <translation>lähetettä selvitykseen</translation>
    </message>
    <message>
        <source>with a result</source>
        <translation>tulosta kirjattu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Selvitykset</translation>
    </message>
    <message>
        <source>No assessments in the period.</source>
        <translation>Jaksolla ei ole selvityksiä.</translation>
    </message>
    <message>
        <source>Competence certificates</source>
        <translation>Osaamistodistukset</translation>
    </message>
    <message>
        <source>certificates awarded</source>
        <translation>myönnettyä todistusta</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Pajojen osallistumiset</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>pidettyä kertaa</translation>
    </message>
    <message>
        <source>different participants</source>
        <translation>eri osallistujaa</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>osallistumista</translation>
    </message>
    <message>
        <source>anonymous head count</source>
        <translation>nimetöntä osallistujaa</translation>
    </message>
    <message>
        <source>participant hours</source>
        <translation>osallistujatuntia</translation>
    </message>
    <message>
        <source>Hours from the times in and out, else the session&apos;s length. Sessions cancelled or still to come are left out.</source>
        <translation>Tunnit lasketaan tulo- ja lähtöajoista tai muuten kerran kestosta. Peruttuja ja tulevia kertoja ei lasketa.</translation>
    </message>
    <message>
        <source>Workshop participants and hours by month</source>
        <translation>Pajojen osallistujat ja tunnit kuukausittain</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Pidetyt kerrat</translation>
    </message>
    <message>
        <source>Different participants</source>
        <translation>Eri osallistujat</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Osallistumiset</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Nimettömät</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>No workshop sessions held in the period.</source>
        <translation>Jaksolla ei pidetty pajakertoja.</translation>
    </message>
    <message>
        <source>of the participant target: entered by {date}</source>
        <translation>osallistujatavoitteesta: aloittaneet {date} mennessä</translation>
    </message>
    <message>
        <source>entered by {date}; no participant target set</source>
        <translation>aloittaneet {date} mennessä; osallistujatavoitetta ei ole asetettu</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of the period lack entry or exit data. The workbook lists them.</source>
        <translation>
            <numerusform>Jakson %n osallistujalta puuttuu aloitus- tai päättymistietoja. Työkirjassa on luettelo.</numerusform>
            <numerusform>Jakson %n osallistujalta puuttuu aloitus- tai päättymistietoja. Työkirjassa on luettelo heistä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Aloittaneet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Päättäneet</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Osallistujatunnit</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Any period&apos;s figures and the workbooks for the funder.</source>
        <translation>Minkä tahansa jakson luvut ja työkirjat rahoittajalle.</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, at a glance.</source>
        <translation>Kaikki tähän tietokantaan tähän mennessä kirjattu yhdellä silmäyksellä.</translation>
    </message>
    <message>
        <source>Export attendance to Excel…</source>
        <translation>Vie osallistumiset Exceliin…</translation>
    </message>
    <message>
        <source>Period reports with the ESF+ indicators are for coordinators and administrators. Below is what the database holds.</source>
        <translation>Jaksoraportit ESR+-indikaattoreineen ovat koordinaattoreille ja ylläpitäjille. Alla näkyy, mitä tietokantaan on kirjattu.</translation>
    </message>
    <message>
        <source>Export report to Excel…</source>
        <translation>Vie raportti Exceliin…</translation>
    </message>
    <message>
        <source>The figures, the participants for EURA 2021 and those lacking data, as a workbook (Ctrl+Shift+E)</source>
        <translation>Luvut, osallistujat EURA 2021 -järjestelmään ja osallistujat, joilta puuttuu tietoja, työkirjana (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Without client names</source>
        <translation>Ilman asiakkaiden nimiä</translation>
    </message>
    <message>
        <source>For a workbook that leaves the office: the list of participants lacking data shows codes only.</source>
        <translation>Kun työkirja lähtee toimistosta: puutteellisten tietojen luettelossa näkyvät vain osallistujakoodit.</translation>
    </message>
    <message>
        <source>Weekly workshop attendance for managers and funders: sessions, attendances and different participants per workshop and day (Ctrl+E)</source>
        <translation>Pajojen viikoittaiset osallistumiset esihenkilöille ja rahoittajille: kerrat, osallistumiset ja eri osallistujat pajoittain ja päivittäin (Ctrl+E)</translation>
    </message>
    <message>
        <source>Projects…</source>
        <translation>Hankkeet…</translation>
    </message>
    <message>
        <source>The projects, their periods and participant targets</source>
        <translation>Hankkeet, niiden toteutusajat ja osallistujatavoitteet</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Avaa tiedosto</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjaukset</translation>
    </message>
    <message>
        <source>Everything recorded in this database so far, whatever the period.</source>
        <translation>Kaikki tähän tietokantaan tähän mennessä kirjattu jaksosta riippumatta.</translation>
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
    <message>
        <source>{name} (ended)</source>
        <translation>{name} (päättynyt)</translation>
    </message>
    <message>
        <source>Save the report workbook</source>
        <translation>Tallenna raporttityökirja</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Kirjoitetaan työkirjaa…</translation>
    </message>
    <message>
        <source>The workbook was not saved. {reason}</source>
        <translation>Työkirjaa ei tallennettu. {reason}</translation>
    </message>
    <message>
        <source>The workbook could not be saved: {reason}. Choose another folder or close the file if it is open in Excel.</source>
        <translation>Työkirjaa ei voitu tallentaa: {reason}. Valitse toinen kansio tai sulje tiedosto, jos se on auki Excelissä.</translation>
    </message>
    <message>
        <source>Saved {path}: {participants} participant rows, {incomplete} of them lacking data.</source>
        <translation>Tallennettu {path}: {participants} osallistujariviä, joista {incomplete} puutteellisia.</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>No weekly sessions: add extra sessions one by one in the week view.</source>
        <translation>Ei viikoittaisia kertoja: lisää ylimääräiset kerrat yksitellen viikkonäkymässä.</translation>
    </message>
    <message>
        <source>Add a weekday</source>
        <translation>Lisää viikonpäivä</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Viikonpäivä</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Alkaa klo</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Päättyy klo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove this row from the schedule</source>
        <translation>Poista tämä rivi aikataulusta</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Uusi palvelu</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Muokkaa palvelua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>empty: the category&apos;s default, {days} days</source>
        <translation>tyhjä: ryhmän oletus, {days} päivää</translation>
    </message>
    <message>
        <source>Response time (days)</source>
        <translation>Vastausaika (päivää)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>{count} / {capacity} present</source>
        <translation>{count} / {capacity} läsnä</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} läsnä</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Workshop session</source>
        <translation>Pajakerta</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Ylimääräinen kerta</translation>
    </message>
    <message>
        <source>A session outside the weekly schedule, for example an extra day or a visit.</source>
        <translation>Viikkoaikataulun ulkopuolinen kerta, esimerkiksi lisäpäivä tai vierailu.</translation>
    </message>
    <message>
        <source>Reason for cancelling: {reason}</source>
        <translation>Perumisen syy: {reason}</translation>
    </message>
    <message>
        <source>This session is cancelled. Reason: {reason}</source>
        <translation>Tämä kerta on peruttu. Syy: {reason}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Alkaa klo</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Päättyy klo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>optional, e.g. what was done or who stood in</source>
        <translation>vapaaehtoinen, esim. mitä tehtiin tai kuka tuurasi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>This session comes from the weekly schedule. If you change its date or times, it leaves the schedule: later changes to the schedule no longer move it.</source>
        <translation>Tämä kerta on viikkoaikataulusta. Jos muutat sen päivää tai aikoja, se irtoaa aikataulusta: myöhemmät aikataulumuutokset eivät enää siirrä sitä.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lisää kerta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>There are no workshops yet. Add a workshop first.</source>
        <translation>Pajoja ei ole vielä. Lisää ensin paja.</translation>
    </message>
    <message>
        <source>Why is the session cancelled? The reason shows in the week view.</source>
        <translation>Miksi kerta perutaan? Syy näkyy viikkonäkymässä.</translation>
    </message>
    <message>
        <source>The session has {attendance}. Cancelling removes them: do this only if the session did not take place.</source>
        <translation>Kerralla on merkintöjä: {attendance}. Peruminen poistaa ne, joten peru kerta vain, jos sitä ei pidetty.</translation>
    </message>
    <message>
        <source>e.g. the facilitator is ill</source>
        <translation>esim. ohjaaja on sairaana</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Vahvista peruminen</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Älä peru</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Peru kerta…</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Palauta kerta</translation>
    </message>
    <message>
        <source>Remove session…</source>
        <translation>Poista kerta…</translation>
    </message>
    <message>
        <source>For a session made by mistake; one that had attendance can only be cancelled</source>
        <translation>Vahingossa tehdylle kerralle; kerran, jolla on läsnäoloja, voi vain perua</translation>
    </message>
    <message>
        <source>Confirm the cancellation…</source>
        <translation>Vahvista peruminen…</translation>
    </message>
    <message>
        <source>It did not take place: its marks and head count are removed</source>
        <translation>Kertaa ei pidetty: sen läsnäolomerkinnät ja nimettömät osallistujat poistetaan</translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation>Valitse paja.</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Vahvista peruminen</translation>
    </message>
    <message>
        <source>The session did not take place? Its {attendance} are removed, on every laptop at the next sync.</source>
        <translation>Eikö kertaa pidetty? Sen merkinnät ({attendance}) poistetaan kaikilta kannettavilta seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Poista kerta</translation>
    </message>
    <message>
        <source>Remove this session? Do this only for a session made by mistake; a session that did not take place should be cancelled instead.</source>
        <translation>Poistetaanko tämä kerta? Tee näin vain vahingossa tehdylle kerralle; kerta, jota ei pidetty, kannattaa perua.</translation>
    </message>
</context>
<context>
    <name>ShowMoreRow</name>
    <message>
        <source>Show more</source>
        <translation>Näytä lisää</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>{app} – sign in</source>
        <translation>{app} – kirjautuminen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Valitse nimesi ja kirjoita salasanasi tai PIN-koodisi.</translation>
    </message>
    <message>
        <source>Type or choose your name</source>
        <translation>Kirjoita tai valitse nimesi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Luo ensimmäinen ylläpitäjä</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Uudelleen</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Vähintään 10 merkkiä tai vähintään 6-numeroinen PIN-koodi.</translation>
    </message>
    <message>
        <source>Staff accounts from an earlier version have no passwords yet. Create an administrator (or give yours a password by writing your name as it is); the administrator then sets the others&apos; passwords.</source>
        <translation>Aiemman version työntekijätunnuksilla ei ole vielä salasanoja. Luo ylläpitäjä (tai anna nykyiselle ylläpitäjälle salasana kirjoittamalla nimi täsmälleen samoin); ylläpitäjä asettaa sitten muiden salasanat.</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. The first administrator manages the staff accounts: adds the others and sets their passwords.</source>
        <translation>Kukaan ei voi vielä kirjautua. Ensimmäinen ylläpitäjä hallinnoi työntekijöiden tunnuksia: lisää muut ja asettaa heidän salasanansa.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Luo ja kirjaudu</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Valitse ensin nimesi.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Kirjoita salasanasi tai PIN-koodisi.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Salasanat eivät täsmää. Kirjoita sama salasana kahdesti.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Uusi työntekijä</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Muokkaa työntekijää</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>Can sign in (active)</source>
        <translation>Voi kirjautua (käytössä)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Uudelleen</translation>
    </message>
    <message>
        <source>At least 10 characters, or a PIN of at least 6 digits. Leave empty to set it later with “Set password…”.</source>
        <translation>Vähintään 10 merkkiä tai vähintään 6-numeroinen PIN-koodi. Jätä tyhjäksi, jos asetat sen myöhemmin kohdasta ”Aseta salasana…”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Salasanat eivät täsmää. Kirjoita sama salasana kahdesti.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>New staff member…</source>
        <translation>Uusi työntekijä…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Aseta salasana…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
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
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Viimeksi kirjautunut</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Näytön lukitus</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lukitse näyttö</translation>
    </message>
    <message>
        <source>minutes without use</source>
        <translation>minuutin käyttämättömyyden jälkeen</translation>
    </message>
    <message>
        <source>On this computer. Anyone can lock at once with Ctrl+L; unlocking needs the password or PIN of whoever is signed in.</source>
        <translation>Koskee tätä tietokonetta. Näytön voi lukita heti näppäimillä Ctrl+L; lukituksen avaamiseen tarvitaan kirjautuneen henkilön salasana tai PIN-koodi.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Lukittu klo {time} asti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Asetettu</translation>
    </message>
    <message>
        <source>Set {date}</source>
        <translation>Asetettu {date}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <source>{name} can no longer sign in. Their visits, referrals and other history stay, and the account can be taken into use again.</source>
        <translation>{name} ei voi enää kirjautua. Hänen käyntinsä, lähetteensä ja muu historiansa säilyvät, ja tunnuksen voi ottaa myöhemmin uudelleen käyttöön.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Connecting to the hub</source>
        <translation>Yhdistetään keskuspalvelimeen</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Lähetetään muutoksia</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Vastaanotetaan muutoksia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>This installation keeps all its data locally and works fully offline. When a central hub is configured, syncing brings every installation to the same data.</source>
        <translation>Tämä asennus säilyttää kaikki tietonsa paikallisesti ja toimii täysin ilman verkkoa. Kun keskuspalvelin on määritetty, synkronointi tuo kaikkiin asennuksiin samat tiedot.</translation>
    </message>
    <message>
        <source>changes waiting to be sent</source>
        <translation>muutosta odottaa lähetystä</translation>
    </message>
    <message>
        <source>changes made on this computer</source>
        <translation>tällä koneella tehdyt muutokset</translation>
    </message>
    <message>
        <source>conflicts to review</source>
        <translation>ristiriitaa tarkistettavana</translation>
    </message>
    <message>
        <source>changes held back</source>
        <translation>muutosta pidätettynä</translation>
    </message>
    <message>
        <source>last successful sync</source>
        <translation>viimeisin onnistunut synkronointi</translation>
    </message>
    <message>
        <source>Show held-back changes…</source>
        <translation>Näytä pidätetyt muutokset…</translation>
    </message>
    <message>
        <source>Review cancelled sessions…</source>
        <translation>Tarkista perutut kerrat…</translation>
    </message>
    <message>
        <source>Central hub</source>
        <translation>Keskuspalvelin</translation>
    </message>
    <message>
        <source>Without the password: it is kept in the keyring of this computer.</source>
        <translation>Ilman salasanaa: se säilytetään tämän tietokoneen avainnipussa.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>your own hub user, from the municipality&apos;s IT</source>
        <translation>oma palvelinkäyttäjäsi, kunnan tietohallinnosta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>kept in the keyring of this computer, never in a file</source>
        <translation>säilytetään tämän tietokoneen avainnipussa, ei koskaan tiedostossa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synkronoi automaattisesti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min välein</translation>
    </message>
    <message>
        <source>when the hub can be reached</source>
        <translation>kun palvelimeen saadaan yhteys</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stop the sync; what was already exchanged is kept</source>
        <translation>Keskeytä synkronointi; jo vaihdetut tiedot säilyvät</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Tarkista ristiriidat…</translation>
    </message>
    <message>
        <source>Client records that may be one person: compare, merge or mark them not the same person</source>
        <translation>Asiakastietueet, jotka voivat olla sama henkilö: vertaa, yhdistä tai merkitse eri henkilöiksi</translation>
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
        <source>Your role does not synchronise; ask a coordinator or an outreach worker.</source>
        <translation>Roolillasi ei voi synkronoida. Pyydä apua koordinaattorilta tai etsivältä työntekijältä.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)…</source>
        <translation>
            <numerusform>%n mahdollinen kaksoiskappale…</numerusform>
            <numerusform>%n mahdollista kaksoiskappaletta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait to be sent</source>
        <translation>Odottavat lähetystä</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Kaikki lähetetty</translation>
    </message>
    <message>
        <source>Changes wait to be sent: they go at the next sync, when this computer is online.</source>
        <translation>Muutoksia odottaa lähetystä: ne lähtevät seuraavassa synkronoinnissa, kun kone on verkossa.</translation>
    </message>
    <message>
        <source>Everything made on this computer has reached the hub.</source>
        <translation>Kaikki tällä koneella tehty on jo keskuspalvelimella.</translation>
    </message>
    <message>
        <source>Received but could not be applied here: {pulled}. Refused by the hub: {refused}.</source>
        <translation>Vastaanotettu, mutta ei voitu ottaa käyttöön tällä koneella: {pulled}. Palvelin hylkäsi: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled sessions with attendance marks: {count}. The funder&apos;s figures leave these marks out until the session is restored or its cancellation confirmed.</source>
        <translation>Perutut kerrat, joilla on läsnäolomerkintöjä: {count}. Rahoittajan luvuista nämä merkinnät jätetään pois, kunnes kerta palautetaan tai sen peruminen vahvistetaan.</translation>
    </message>
    <message>
        <source>Saved. The password is in this computer&apos;s keyring.</source>
        <translation>Tallennettu. Salasana on tämän tietokoneen avainnipussa.</translation>
    </message>
    <message>
        <source>Saved. No keyring works here, so the password is kept only until the application closes.</source>
        <translation>Tallennettu. Avainnippu ei toimi tällä koneella, joten salasana säilyy vain, kunnes sovellus suljetaan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Write the hub&apos;s address first (ask the municipality&apos;s IT).</source>
        <translation>Kirjoita ensin palvelimen osoite (kysy kunnan tietohallinnosta).</translation>
    </message>
    <message>
        <source>Type the hub password.</source>
        <translation>Kirjoita palvelimen salasana.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>The hub could not be reached; the next try is automatic.</source>
        <translation>Palvelimeen ei saatu yhteyttä; seuraava yritys on automaattinen.</translation>
    </message>
    <message>
        <source>Synced: {pushed} changes sent, {pulled} received in {seconds} s.</source>
        <translation>Synkronoitu: {pushed} muutosta lähetetty, {pulled} vastaanotettu, {seconds} s.</translation>
    </message>
    <message>
        <source>{count} new conflicts to review.</source>
        <translation>{count} uutta ristiriitaa tarkistettavana.</translation>
    </message>
    <message>
        <source>The hub refused {count} changes of this computer; see the held-back changes.</source>
        <translation>Palvelin hylkäsi {count} tämän tietokoneen muutosta; katso pidätetyt muutokset.</translation>
    </message>
    <message>
        <source>{count} received changes could not be applied here; they are tried again at every sync.</source>
        <translation>{count} vastaanotettua muutosta ei voitu ottaa käyttöön tällä koneella; niitä yritetään uudelleen joka synkronoinnissa.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>timeline column</comment>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet.</source>
        <translation>Aikajanalla ei ole vielä mitään.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Write a note on the client&apos;s timeline (Ctrl+Enter adds it)</source>
        <translation>Kirjoita muistiinpano asiakkaan aikajanalle (Ctrl+Enter lisää)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} / %n tapahtumasta</numerusform>
            <numerusform>{shown} / %n tapahtumasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tapahtuma</numerusform>
            <numerusform>%n tapahtumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance visit</source>
        <translation>Ohjauskäynti</translation>
    </message>
    <message>
        <source>Consent withdrawn: {kind}</source>
        <translation>Suostumus peruttu: {kind}</translation>
    </message>
    <message>
        <source>Consent given: {kind}</source>
        <translation>Suostumus annettu: {kind}</translation>
    </message>
    <message>
        <source>Path ended: {outcome}</source>
        <translation>Polku päättyi: {outcome}</translation>
    </message>
    <message>
        <source>Step done: {title}</source>
        <translation>Askel valmis: {title}</translation>
    </message>
    <message>
        <source>Goal set: {title}</source>
        <translation>Tavoite asetettu: {title}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Next step: {step} by {date}</source>
        <translation>Jatkotoimi: {step} viimeistään {date}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Jatkotoimi: {step}</translation>
    </message>
    <message>
        <source>health-related details hidden</source>
        <translation>terveystiedot piilotettu</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop-in</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Tavoite: {title}</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <source>Visit topics</source>
        <translation>Käyntien aiheet</translation>
    </message>
    <message>
        <source>The first nine topics get the keys 1–9 on the front desk. Hidden topics stay on the visits that have them.</source>
        <translation>Yhdeksän ensimmäistä aihetta saavat etusivulla näppäimet 1–9. Piilotetut aiheet säilyvät käynneillä, joilla niitä on.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (piilotettu)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Uusi aihe</translation>
    </message>
    <message>
        <source>Name of the topic</source>
        <translation>Aiheen nimi</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Nimeä aihe uudelleen</translation>
    </message>
    <message>
        <source>New name (leave empty to use the standard name of a built-in topic)</source>
        <translation>Uusi nimi (jätä tyhjäksi, niin vakioaihe saa vakionimensä)</translation>
    </message>
</context>
<context>
    <name>VisitEditDialog</name>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonyymi asiakas</translation>
    </message>
    <message>
        <source>Visit {time}: {who}</source>
        <translation>Käynti klo {time}: {who}</translation>
    </message>
    <message>
        <source>Visits can be changed only on the day they were logged.</source>
        <translation>Käyntiä voi muuttaa vain kirjauspäivänä.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Poista käynti</translation>
    </message>
    <message>
        <source>Attach to a client…</source>
        <translation>Liitä asiakkaaseen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Remove this visit? It was logged by mistake.</source>
        <translation>Poistetaanko tämä käynti? Se on kirjattu vahingossa.</translation>
    </message>
    <message>
        <source>Attach the visit to a client</source>
        <translation>Liitä käynti asiakkaaseen</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Choose at least one topic: press its number (1–9).</source>
        <translation>Valitse vähintään yksi aihe: paina sen numeroa (1–9).</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Asiointitapa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Tallentamaton muistiinpano</translation>
    </message>
    <message>
        <source>Discard the unsaved note?</source>
        <translation>Hylätäänkö tallentamaton muistiinpano?</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>Mistä oli kyse? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Next step (optional)</source>
        <translation>Jatkotoimi (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <source>Date of the next step</source>
        <translation>Jatkotoimen päivä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Jatkotoimi</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Peruttu: {reason}</translation>
    </message>
    <message>
        <source>Today {day}</source>
        <translation>Tänään {day}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Uusi paja</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Muokkaa pajaa</translation>
    </message>
    <message>
        <source>{name} (no longer active)</source>
        <translation>{name} (ei enää käytössä)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Delete workshop…</source>
        <translation>Poista paja…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>e.g. Vauhdittamo START</source>
        <translation>esim. Vauhdittamo START</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>e.g. Vauhdittamo, workshop room</source>
        <translation>esim. Vauhdittamo, pajatila</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>for outreach, e.g. Koli</source>
        <translation>kylätyöhön, esim. Koli</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = ei rajaa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kylä</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source> people</source>
        <translation> henkeä</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Osallistujia enintään</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>runs until further notice</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>What the workshop does and who it is for</source>
        <translation>Mitä pajassa tehdään ja kenelle se on tarkoitettu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Viikkoaikataulu</translation>
    </message>
    <message>
        <source>Sessions are generated from the schedule for the coming weeks. Sessions already used (attendance, a head count, a note or cancelled) keep their times when the schedule changes.</source>
        <translation>Pajakerrat luodaan aikataulusta tuleville viikoille. Jo käytetyt kerrat (läsnäoloja, nimettömiä osallistujia, muistiinpano tai peruttu) pitävät aikansa, kun aikataulu muuttuu.</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Poista paja</translation>
    </message>
    <message>
        <source>Delete the workshop {name} and its sessions? Attendance already marked stays in the clients&apos; history and in the reports.</source>
        <translation>Poistetaanko paja {name} ja sen kerrat? Jo merkityt läsnäolot säilyvät asiakkaiden historiassa ja raporteissa.</translation>
    </message>
</context>
<context>
    <name>WorkshopList</name>
    <message>
        <source>New workshop…</source>
        <translation>Uusi paja…</translation>
    </message>
    <message>
        <source>Edit workshop…</source>
        <translation>Muokkaa pajaa…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ilmoittautuneet</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>No workshops yet. Add the first with “New workshop…”.</source>
        <translation>Pajoja ei vielä ole. Lisää ensimmäinen kohdasta ”Uusi paja…”.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Enrol a client…</source>
        <translation>Ilmoita asiakas…</translation>
    </message>
    <message>
        <source>End enrolment</source>
        <translation>Päätä osallistuminen</translation>
    </message>
    <message>
        <source>Competence certificates</source>
        <translation>Osaamistodistukset</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Tutkinto</translation>
    </message>
    <message>
        <source>Record a certificate…</source>
        <translation>Kirjaa osaamistodistus…</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>Participants of {workshop} ({count})</source>
        <translation>{workshop}: osallistujat ({count})</translation>
    </message>
    <message>
        <source>Enrol a client in {workshop}</source>
        <translation>Ilmoita asiakas pajaan {workshop}</translation>
    </message>
    <message>
        <source>{name} leaves {workshop} today. Attendance so far stays.</source>
        <translation>{name} lopettaa pajassa {workshop} tänään. Tähänastiset läsnäolot säilyvät.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Pajat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
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
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Attendance… (Enter)</source>
        <translation>Läsnäolo… (Enter)</translation>
    </message>
    <message>
        <source>Edit session… (F4)</source>
        <translation>Muokkaa kertaa… (F4)</translation>
    </message>
    <message>
        <source>Extra session…</source>
        <translation>Lisäkerta…</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>peruttu: {reason}</translation>
    </message>
    <message>
        <source>No workshop sessions this week.</source>
        <translation>Tällä viikolla ei ole pajakertoja.</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Kaikki pajat</translation>
    </message>
    <message>
        <source>Week {week}/{year}: {first} – {last}</source>
        <translation>Viikko {week}/{year}: {first}–{last}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
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
        <translation>Työntekijät ja kumppanit</translation>
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
        <source>Projects and participants</source>
        <translation>Hankkeet ja osallistujat</translation>
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
    <name>duplicates</name>
    <message>
        <source>same identity code</source>
        <translation>sama henkilötunnus</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>sama syntymäaika</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>sama puhelinnumero</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>sama sähköpostiosoite</translation>
    </message>
    <message>
        <source>no birth date to compare</source>
        <translation>syntymäaika puuttuu</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <source>å, ä or ö typed as a or o</source>
        <translation>å, ä tai ö kirjoitettu a:na tai o:na</translation>
    </message>
    <message>
        <source>name one letter off</source>
        <translation>nimessä yksi kirjain eri</translation>
    </message>
    <message>
        <source>two letters of the name the wrong way round</source>
        <translation>nimessä kaksi kirjainta väärin päin</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>etu- ja sukunimi vaihdettu keskenään</translation>
    </message>
    <message>
        <source>one has a double surname</source>
        <translation>toisella kaksiosainen sukunimi</translation>
    </message>
    <message>
        <source>one has more first names</source>
        <translation>toisella useampi etunimi</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>samankaltainen nimi</translation>
    </message>
    <message>
        <source>different name</source>
        <translation>eri nimi</translation>
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
        <translation>Tietokannan {path} on kirjoittanut Vauhdittamo deskin uudempi versio (skeema {found}). Päivitä sovellus; tietokantaan ei koskettu.</translation>
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
        <source>The database {path} does not exist. Check the path, or start the app once to create it.</source>
        <translation>Tietokantaa {path} ei ole olemassa. Tarkista polku tai luo tietokanta käynnistämällä sovellus kerran.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened: the key or passphrase is wrong, or the file is not a Vauhdittamo database. The file was left untouched.</source>
        <translation>Tietokantaa {path} ei voitu avata: avain tai salalause on väärä, tai tiedosto ei ole Vauhdittamon tietokanta. Tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Vauhdittamo database. It was left untouched; check the path, or start the app once to create a database.</source>
        <translation>Tiedosto {path} on tyhjä, joten se ei ole Vauhdittamon tietokanta. Siihen ei koskettu. Tarkista polku tai luo tietokanta käynnistämällä sovellus kerran.</translation>
    </message>
    <message>
        <source>The database {path} is not a file (it is a device, a pipe or a socket). Give the path of a database file.</source>
        <translation>Tietokanta {path} ei ole tiedosto (se on laite, putki tai pistoke). Anna tietokantatiedoston polku.</translation>
    </message>
    <message>
        <source>The database {path} is a folder. Give the path of a database file, for example {example}.</source>
        <translation>Tietokanta {path} on kansio. Anna tietokantatiedoston polku, esimerkiksi {example}.</translation>
    </message>
    <message>
        <source>The database {path} is from an older version of Vauhdittamo desk (schema {found}; this version uses {head}). Start the app once, or run: vauhdittamo upgrade --db {path}. It was left untouched.</source>
        <translation>Tietokanta {path} on Vauhdittamo deskin vanhemmasta versiosta (skeema {found}; tämä versio käyttää skeemaa {head}). Käynnistä sovellus kerran tai aja komento: vauhdittamo upgrade --db {path}. Tietokantaan ei koskettu.</translation>
    </message>
    <message>
        <source>The database {path} is from an older version of Vauhdittamo desk and is not encrypted yet. Start the app once, or run: vauhdittamo upgrade --db {path}. It was left untouched.</source>
        <translation>Tietokanta {path} on Vauhdittamo deskin vanhemmasta versiosta, eikä sitä ole vielä salattu. Käynnistä sovellus kerran tai aja komento: vauhdittamo upgrade --db {path}. Tietokantaan ei koskettu.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded from schema {found} to {head} ({reason}). It was left as it was, and a copy made before the upgrade is in {backup}. Please report this.</source>
        <translation>Tietokantaa {path} ei voitu päivittää skeemasta {found} skeemaan {head} ({reason}). Se jätettiin ennalleen, ja ennen päivitystä tehty kopio on tiedostossa {backup}. Ilmoita asiasta ylläpitäjälle.</translation>
    </message>
    <message>
        <source>Cannot save {path}: it is a device, a pipe or a socket, not a file, and only a file is ever replaced. Give a file name.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: se on laite, putki tai pistoke eikä tiedosto, ja vain tiedoston voi korvata. Anna tiedostonimi.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the file exists (give --force to replace it).</source>
        <translation>Tiedostoa {path} ei voi tallentaa: tiedosto on jo olemassa (korvaa se valitsimella --force).</translation>
    </message>
    <message>
        <source>Cannot save {path}: you may not write in the folder {folder}. Choose another folder.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: kansioon {folder} ei ole kirjoitusoikeutta. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>No keyring works on this computer, so the database {path} is protected with a passphrase. Run the command in a terminal to type it, or give it on standard input with --passphrase-stdin.</source>
        <translation>Tällä tietokoneella ei toimi mikään avainnippu, joten tietokanta {path} on suojattu salalauseella. Aja komento päätteessä ja kirjoita salalause, tai anna se vakiosyötteessä valitsimella --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The key of the database {path} is not in this computer&apos;s keyring, and no passphrase was given. The database can only be opened where its key is, or with its passphrase.</source>
        <translation>Tietokannan {path} avain ei ole tämän tietokoneen avainnipussa, eikä salalausetta annettu. Tietokannan voi avata vain siellä, missä sen avain on, tai sen salalauseella.</translation>
    </message>
    <message>
        <source>No passphrase was given; the database {path} was not opened.</source>
        <translation>Salalausetta ei annettu; tietokantaa {path} ei avattu.</translation>
    </message>
    <message>
        <source>The database {path} could not be encrypted: {reason} It was left as it was; try again.</source>
        <translation>Tietokantaa {path} ei voitu salata: {reason} Se jätettiin ennalleen; yritä uudelleen.</translation>
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
        <source>Cannot import {path}: only CSV (.csv), tab-separated text (.tsv, .txt) and Excel workbook (.xlsx) files can be imported.</source>
        <translation>Tiedostoa {path} ei voi tuoda: tuoda voi vain CSV-tiedostoja (.csv), sarkaimin eroteltuja tekstitiedostoja (.tsv, .txt) ja Excel-työkirjoja (.xlsx).</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV near line {line}. Check the quotation marks and the separators on that line.</source>
        <translation>Tiedosto {path} ei ole kelvollista CSV:tä rivin {line} kohdalla. Tarkista rivin lainausmerkit ja erottimet.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: on line {line} a value in quotation marks goes on after its closing quotation mark. A quotation mark inside a value is written twice (&quot;&quot;). Check line {line}.</source>
        <translation>Tiedosto {path} ei ole kelvollista CSV:tä: rivillä {line} lainausmerkeissä oleva arvo jatkuu loppulainausmerkin jälkeen. Arvon sisällä lainausmerkki kirjoitetaan kahdesti (&quot;&quot;). Tarkista rivi {line}.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: the quotation mark opened on line {line} is never closed, so every line after it would be read as one value. Check the quotation marks on line {line}; nothing was imported.</source>
        <translation>Tiedosto {path} ei ole kelvollista CSV:tä: rivillä {line} avattua lainausmerkkiä ei suljeta koskaan, joten kaikki sen jälkeiset rivit luettaisiin yhdeksi arvoksi. Tarkista rivin {line} lainausmerkit; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV: a quotation mark opened on line {line} closes only on line {end}, so lines {line}–{end} would be read as one row. Client details cannot hold line breaks: check the quotation marks on line {line}; nothing was imported.</source>
        <translation>Tiedosto {path} ei ole kelvollista CSV:tä: rivillä {line} avattu lainausmerkki sulkeutuu vasta rivillä {end}, joten rivit {line}–{end} luettaisiin yhdeksi riviksi. Asiakastiedoissa ei voi olla rivinvaihtoja: tarkista rivin {line} lainausmerkit; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>This line has {found} value(s) but the heading row names {expected} columns. Check the separators and quotation marks on this line.</source>
        <translation>Rivillä on {found} arvoa, mutta otsikkorivillä on {expected} saraketta. Tarkista rivin erottimet ja lainausmerkit.</translation>
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
        <translation>On jo asiakas: asiakkaalla {name} on sama henkilötunnus.</translation>
    </message>
    <message>
        <source>Already a client: {name} has the same name and birth date.</source>
        <translation>On jo asiakas: asiakkaalla {name} on sama nimi ja syntymäaika.</translation>
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
        <source>Already imported: an import of this same file on {date} wrote this row.</source>
        <translation>Jo tuotu: saman tiedoston tuonti {date} kirjoitti tämän rivin.</translation>
    </message>
    <message>
        <source>The import stopped after {imported} of {total} new client(s) were written: {reason} Run the same import again to write the rest; the clients already written are recognised and skipped.</source>
        <translation>Tuonti keskeytyi, kun {total} uudesta asiakkaasta {imported} oli kirjoitettu: {reason} Tuo sama tiedosto uudelleen, niin loput kirjoitetaan; jo kirjoitetut asiakkaat tunnistetaan ja ohitetaan.</translation>
    </message>
    <message>
        <source>Column “{heading}”: {message}</source>
        <translation>Sarake ”{heading}”: {message}</translation>
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
        <source>Write the time as 9.15 or 14.30.</source>
        <translation>Kirjoita aika muodossa 9.15 tai 14.30.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character ({code}); remove it or type the text again.</source>
        <translation>Tekstissä on näkymätön ohjausmerkki ({code}); poista se tai kirjoita teksti uudelleen.</translation>
    </message>
    <message>
        <source>This text holds an invisible character that changes the direction of the text ({code}); remove it or type the text again.</source>
        <translation>Tekstissä on näkymätön merkki, joka muuttaa tekstin suuntaa ({code}); poista se tai kirjoita teksti uudelleen.</translation>
    </message>
    <message>
        <source>Write this on one line, without line breaks or tabs.</source>
        <translation>Kirjoita tämä yhdelle riville ilman rivinvaihtoja tai sarkaimia.</translation>
    </message>
    <message>
        <source>This field has only invisible characters.</source>
        <translation>Kentässä on vain näkymättömiä merkkejä.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 480 minutes.</source>
        <translation>Keston on oltava 1–480 minuuttia.</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>Käyntiä ei enää ole.</translation>
    </message>
    <message>
        <source>A visit can be changed or removed only on the day it was logged ({date}).</source>
        <translation>Käyntiä voi muuttaa tai sen voi poistaa vain kirjauspäivänä ({date}).</translation>
    </message>
    <message>
        <source>The visit is already attached to a client.</source>
        <translation>Käynti on jo liitetty asiakkaaseen.</translation>
    </message>
    <message>
        <source>The staff member no longer exists or is no longer active.</source>
        <translation>Työntekijää ei enää ole, tai hänen tunnuksensa ei ole enää käytössä.</translation>
    </message>
    <message>
        <source>Choose the partner category the client agrees to share data with.</source>
        <translation>Valitse kumppaniryhmä, jolle asiakas suostuu tietojensa luovuttamiseen.</translation>
    </message>
    <message>
        <source>A partner category belongs only to a consent to share data.</source>
        <translation>Kumppaniryhmä kuuluu vain tietojen luovutusta koskevaan suostumukseen.</translation>
    </message>
    <message>
        <source>Choose what the client consents to.</source>
        <translation>Valitse, mihin asiakas antaa suostumuksen.</translation>
    </message>
    <message>
        <source>The client already has this consent in force. Withdraw it first to record it again.</source>
        <translation>Asiakkaalla on jo tämä suostumus voimassa. Peru se ensin, jos haluat kirjata sen uudelleen.</translation>
    </message>
    <message>
        <source>The consent no longer exists.</source>
        <translation>Suostumusta ei enää ole.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>Tämä suostumus on jo peruttu.</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>Tavoitetta ei enää ole.</translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation>Askelta ei enää ole.</translation>
    </message>
    <message>
        <source>Choose a state: planned, in progress, done or dropped.</source>
        <translation>Valitse tila: suunniteltu, käynnissä, valmis tai luovuttu.</translation>
    </message>
    <message>
        <source>Choose the outcome of the exit.</source>
        <translation>Valitse päättymisen tulos.</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>Päättymispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the client&apos;s first recorded day ({date}).</source>
        <translation>Päättymispäivä ei voi olla ennen asiakkaan ensimmäistä kirjattua päivää ({date}).</translation>
    </message>
    <message>
        <source>Unknown topic: {code}.</source>
        <translation>Tuntematon aihe: {code}.</translation>
    </message>
    <message>
        <source>The list already has the topic “{label}”.</source>
        <translation>Luettelossa on jo aihe ”{label}”.</translation>
    </message>
    <message>
        <source>The topic no longer exists.</source>
        <translation>Aihetta ei enää ole.</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Lähetettä ei enää ole.</translation>
    </message>
    <message>
        <source>Check the organisation details: {count} field(s) need fixing.</source>
        <translation>Tarkista organisaation tiedot: korjattavia kenttiä on {count}.</translation>
    </message>
    <message>
        <source>Check the service details: {count} field(s) need fixing.</source>
        <translation>Tarkista palvelun tiedot: korjattavia kenttiä on {count}.</translation>
    </message>
    <message>
        <source>Choose the category of the organisation.</source>
        <translation>Valitse organisaation ryhmä.</translation>
    </message>
    <message>
        <source>Write the response time as whole days from {min} to {max}, or leave it empty to use the category&apos;s default.</source>
        <translation>Kirjoita vastausaika kokonaisina päivinä väliltä {min}–{max} tai jätä tyhjäksi, niin käytetään ryhmän oletusta.</translation>
    </message>
    <message>
        <source>The directory already has the organisation “{name}”.</source>
        <translation>Hakemistossa on jo organisaatio ”{name}”.</translation>
    </message>
    <message>
        <source>The directory already has the organisation “{name}”, marked inactive. Make it active again instead.</source>
        <translation>Hakemistossa on jo organisaatio ”{name}”, mutta se on poistettu käytöstä. Ota se sen sijaan uudelleen käyttöön.</translation>
    </message>
    <message>
        <source>The organisation already has the service “{name}”.</source>
        <translation>Organisaatiolla on jo palvelu ”{name}”.</translation>
    </message>
    <message>
        <source>The partner organisation no longer exists.</source>
        <translation>Kumppaniorganisaatiota ei enää ole.</translation>
    </message>
    <message>
        <source>The partner service no longer exists.</source>
        <translation>Kumppanin palvelua ei enää ole.</translation>
    </message>
    <message>
        <source>The service {service} is no longer offered. Choose another service.</source>
        <translation>Palvelua {service} ei enää tarjota. Valitse toinen palvelu.</translation>
    </message>
    <message>
        <source>The service {service} is not taking referrals at the moment. Choose another service.</source>
        <translation>Palvelu {service} ei ota nyt vastaan lähetteitä. Valitse toinen palvelu.</translation>
    </message>
    <message>
        <source>Choose the urgency: normal or urgent.</source>
        <translation>Valitse kiireellisyys: tavallinen tai kiireellinen.</translation>
    </message>
    <message>
        <source>Choose a status for the referral.</source>
        <translation>Valitse lähetteen tila.</translation>
    </message>
    <message>
        <source>The response date cannot be in the past.</source>
        <translation>Vastauspäivä ei voi olla menneisyydessä.</translation>
    </message>
    <message>
        <source>The client has not consented to sharing data with this partner ({category}). Record the client&apos;s consent, or write why the referral goes ahead without it.</source>
        <translation>Asiakas ei ole antanut suostumusta tietojen luovuttamiseen tälle kumppanille ({category}). Kirjaa asiakkaan suostumus tai kirjoita, miksi lähete tehdään ilman sitä.</translation>
    </message>
    <message>
        <source>Write why the referral goes ahead without the client&apos;s consent.</source>
        <translation>Kirjoita, miksi lähete tehdään ilman asiakkaan suostumusta.</translation>
    </message>
    <message>
        <source>A referral cannot go from {from} to {to}.</source>
        <translation>Lähete ei voi siirtyä tilasta {from} tilaan {to}.</translation>
    </message>
    <message>
        <source>The referral is already {from}, so it cannot become {to}. Make a new referral instead.</source>
        <translation>Lähete on jo tilassa {from}, joten se ei voi siirtyä tilaan {to}. Tee sen sijaan uusi lähete.</translation>
    </message>
    <message>
        <source>Write why the partner declined the referral.</source>
        <translation>Kirjoita, miksi kumppani hylkäsi lähetteen.</translation>
    </message>
    <message>
        <source>A status change cannot be dated in the future.</source>
        <translation>Tilamuutosta ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <source>A status change cannot be dated before the previous one ({time}).</source>
        <translation>Tilamuutosta ei voi päivätä ennen edellistä ({time}).</translation>
    </message>
    <message>
        <source>An assessment result belongs only to referrals to a work and functional capacity assessment.</source>
        <translation>Arvion tulos kuuluu vain työ- ja toimintakyvyn selvitykseen tehtyihin lähetteisiin.</translation>
    </message>
    <message>
        <source>An assessment result can be recorded only for a referral that is sent, accepted, started or completed; this one is {status}.</source>
        <translation>Arvion tuloksen voi kirjata vain lähetetylle, hyväksytylle, alkaneelle tai päättyneelle lähetteelle; tämän tila on {status}.</translation>
    </message>
    <message>
        <source>Choose the result of the assessment.</source>
        <translation>Valitse arvion tulos.</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>Päivien määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The session is cancelled; restore it before marking attendance.</source>
        <translation>Kerta on peruttu; palauta se ennen kuin merkitset läsnäoloja.</translation>
    </message>
    <message>
        <source>The session is on {date}; attendance is marked on the day.</source>
        <translation>Kerta on {date}; läsnäolo merkitään samana päivänä.</translation>
    </message>
    <message>
        <source>The time out must be after the time in.</source>
        <translation>Lähtöajan on oltava tuloajan jälkeen.</translation>
    </message>
    <message>
        <source>The head count must be between 0 and {limit}.</source>
        <translation>Lukumäärän on oltava 0–{limit}.</translation>
    </message>
    <message>
        <source>Times in and out are recorded only for people present.</source>
        <translation>Tulo- ja lähtöajat kirjataan vain läsnä olleille.</translation>
    </message>
    <message>
        <source>Unknown workshop: {name}. Give the workshop&apos;s name or id as it is in the workshop list.</source>
        <translation>Tuntematon paja: {name}. Anna pajan nimi tai tunniste sellaisena kuin se on pajaluettelossa.</translation>
    </message>
    <message>
        <source>{count} workshops are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>Nimellä {name} on {count} pajaa; anna tarkoittamasi pajan tunniste: {ids}.</translation>
    </message>
    <message>
        <source>A certificate cannot be dated in the future.</source>
        <translation>Todistusta ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Todistusta ei enää ole.</translation>
    </message>
    <message>
        <source>Choose who assessed the competence, or write the assessor&apos;s name.</source>
        <translation>Valitse, kuka arvioi osaamisen, tai kirjoita arvioijan nimi.</translation>
    </message>
    <message>
        <source>Give the week as a year and an ISO week number, for example 2026-W47 (not {value}).</source>
        <translation>Anna viikko vuotena ja ISO-viikkonumerona, esimerkiksi 2026-W47 (ei {value}).</translation>
    </message>
    <message>
        <source>There is no week {week} in {year}: {year} has weeks 1 to {weeks} (ISO 8601).</source>
        <translation>Vuonna {year} ei ole viikkoa {week}: vuodessa {year} on viikot 1–{weeks} (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist. Choose another folder.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: kansiota {folder} ei ole. Valitse toinen kansio.</translation>
    </message>
    <message>
        <source>Cannot save {path}: it is a folder. Give a file name.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: se on kansio. Anna tiedostonimi.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the file is open in another program (for example Excel) or you may not write in that folder. Close the file, or choose another name or folder.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: se on auki toisessa ohjelmassa (esimerkiksi Excelissä) tai kansioon ei ole kirjoitusoikeutta. Sulje tiedosto tai valitse toinen nimi tai kansio.</translation>
    </message>
    <message>
        <source>Check the workshop details: {count} field(s) need attention.</source>
        <translation>Tarkista pajan tiedot: {count} kenttää vaatii korjausta.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>A session must end after it starts ({start}–{end}).</source>
        <translation>Kerran on päätyttävä alkamisensa jälkeen ({start}–{end}).</translation>
    </message>
    <message>
        <source>The weekday must be between Monday and Sunday.</source>
        <translation>Viikonpäivän on oltava maanantaista sunnuntaihin.</translation>
    </message>
    <message>
        <source>Two schedule rows overlap on the same weekday.</source>
        <translation>Kaksi aikataulun riviä menee päällekkäin samana viikonpäivänä.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {limit}, or left empty.</source>
        <translation>Paikkamäärän on oltava 1–{limit} tai tyhjä.</translation>
    </message>
    <message>
        <source>The workshop no longer exists.</source>
        <translation>Pajaa ei enää ole.</translation>
    </message>
    <message>
        <source>The workshop session no longer exists.</source>
        <translation>Pajakertaa ei enää ole.</translation>
    </message>
    <message>
        <source>A chosen facilitator is no longer an active staff member.</source>
        <translation>Valitun ohjaajan tunnus ei ole enää käytössä.</translation>
    </message>
    <message>
        <source>Write why the session is cancelled.</source>
        <translation>Kirjoita, miksi kerta perutaan.</translation>
    </message>
    <message>
        <source>The session date is outside the workshop&apos;s dates ({first} – {last}).</source>
        <translation>Kerran päivä on pajan ajanjakson ulkopuolella ({first} – {last}).</translation>
    </message>
    <message>
        <source>The session has attendance marks or a head count; cancel it instead of removing it.</source>
        <translation>Kerralla on läsnäolomerkintöjä tai nimettömiä osallistujia; peru kerta poistamisen sijaan.</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it starts.</source>
        <translation>Osallistuminen ei voi päättyä ennen alkamistaan.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {minimum} characters long.</source>
        <translation>Salalauseessa on oltava vähintään {minimum} merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Salalauseet eivät ole samat.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>Roolillasi ({role}) ei voi {action}.</translation>
    </message>
    <message>
        <source>This referral&apos;s health-related details are shown only to the staff member who made it, the client&apos;s personal coach and administrators.</source>
        <translation>Tämän lähetteen terveyteen liittyvät tiedot näytetään vain lähetteen tehneelle työntekijälle, asiakkaan omavalmentajalle ja ylläpitäjille.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Kirjaudu uudelleen jatkaaksesi.</translation>
    </message>
    <message>
        <source>The retention period must be from {min} to {max} years.</source>
        <translation>Säilytysajan on oltava {min}–{max} vuotta.</translation>
    </message>
    <message>
        <source>{count} of the chosen clients have had something recorded within the retention period, so nothing was anonymised. Read the list again and choose again.</source>
        <translation>Valituista asiakkaista {count} on saanut kirjauksia säilytysajan sisällä, joten mitään ei anonymisoitu. Lue luettelo uudelleen ja valitse uudestaan.</translation>
    </message>
    <message>
        <source>Choose the reason for the erasure.</source>
        <translation>Valitse poistamisen syy.</translation>
    </message>
    <message>
        <source>The reference must be a case number such as {example} (letters, year, number), never a name or an identity code.</source>
        <translation>Viitteeksi käy vain diaarinumero, esim. {example} (kirjaimet, vuosi, numero) – ei koskaan nimeä eikä henkilötunnusta.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Nimi tai salasana on väärin.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Salasana on väärin.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}. Try again then.</source>
        <translation>Liian monta väärää salasanaa: tunnus on lukittu klo {time} asti. Yritä silloin uudelleen.</translation>
    </message>
    <message>
        <source>This account is no longer in use. Ask an administrator if you need it again.</source>
        <translation>Tämä tunnus ei ole enää käytössä. Pyydä ylläpitäjää, jos tarvitset sitä taas.</translation>
    </message>
    <message>
        <source>This account has no password yet. Ask an administrator to set one.</source>
        <translation>Tunnuksella ei ole vielä salasanaa. Pyydä ylläpitäjää asettamaan se.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters, or a PIN of at least 6 digits.</source>
        <translation>Valitse vähintään 10 merkin salasana tai vähintään 6-numeroinen PIN-koodi.</translation>
    </message>
    <message>
        <source>The password is too long: at most 256 characters.</source>
        <translation>Salasana on liian pitkä: enintään 256 merkkiä.</translation>
    </message>
    <message>
        <source>Your current password is wrong.</source>
        <translation>Nykyinen salasanasi on väärin.</translation>
    </message>
    <message>
        <source>An administrator account already exists. Sign in, or ask an administrator for an account.</source>
        <translation>Ylläpitäjän tunnus on jo olemassa. Kirjaudu sisään tai pyydä tunnusta ylläpitäjältä.</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>Työntekijää ei enää ole.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another staff member an administrator first, so that someone can still manage the staff accounts.</source>
        <translation>Tämä on viimeinen käytössä oleva ylläpitäjä. Tee ensin joku toinen työntekijä ylläpitäjäksi, jotta joku voi yhä hallita tunnuksia.</translation>
    </message>
    <message>
        <source>Cannot reach the hub {hub}: {reason}. Check the network and try again; nothing was lost.</source>
        <translation>Keskuspalvelimeen {hub} ei saada yhteyttä: {reason}. Tarkista verkkoyhteys ja yritä uudelleen; mitään ei menetetty.</translation>
    </message>
    <message>
        <source>The hub {hub} did not answer within {seconds} seconds. The network may be slow or the hub busy; try again later. Nothing was lost.</source>
        <translation>Keskuspalvelin {hub} ei vastannut {seconds} sekunnissa. Verkko voi olla hidas tai palvelin kiireinen; yritä myöhemmin uudelleen. Mitään ei menetetty.</translation>
    </message>
    <message>
        <source>The hub address is not valid. Write it as postgresql://user@server:5432/database.</source>
        <translation>Palvelimen osoite ei kelpaa. Kirjoita se muodossa postgresql://käyttäjä@palvelin:5432/tietokanta.</translation>
    </message>
    <message>
        <source>The hub address {hub} is not valid: {reason}</source>
        <translation>Palvelimen osoite {hub} ei kelpaa: {reason}</translation>
    </message>
    <message>
        <source>The hub address must not contain a password: write it without one ({hub}). The password is kept in this computer&apos;s keyring or typed when asked.</source>
        <translation>Palvelimen osoitteessa ei saa olla salasanaa: kirjoita se ilman salasanaa ({hub}). Salasana säilytetään tämän tietokoneen avainnipussa tai kirjoitetaan pyydettäessä.</translation>
    </message>
    <message>
        <source>The hub {hub} did not accept the password of the user {user}. Check the password; the municipality&apos;s IT can set a new one. Nothing was exchanged.</source>
        <translation>Keskuspalvelin {hub} ei hyväksynyt käyttäjän {user} salasanaa. Tarkista salasana; kunnan tietohallinto voi asettaa uuden. Tietoja ei vaihdettu.</translation>
    </message>
    <message>
        <source>The hub {hub} asks for the password of the user {user}, and none was given.</source>
        <translation>Keskuspalvelin {hub} pyytää käyttäjän {user} salasanaa, eikä sitä annettu.</translation>
    </message>
    <message>
        <source>The hub {hub} has no user {user}. Check the user name, or ask the municipality&apos;s IT to add it (vauhdittamo hub add-user).</source>
        <translation>Keskuspalvelimella {hub} ei ole käyttäjää {user}. Tarkista käyttäjätunnus tai pyydä kunnan tietohallintoa lisäämään se (vauhdittamo hub add-user).</translation>
    </message>
    <message>
        <source>The hub server {hub} has no database {database}. Check the database name at the end of the address.</source>
        <translation>Palvelimella {hub} ei ole tietokantaa {database}. Tarkista tietokannan nimi osoitteen lopusta.</translation>
    </message>
    <message>
        <source>The hub {hub} does not let this user or computer in: {reason}. Ask the municipality&apos;s IT.</source>
        <translation>Keskuspalvelin {hub} ei päästä tätä käyttäjää tai tietokonetta sisään: {reason}. Kysy kunnan tietohallinnosta.</translation>
    </message>
    <message>
        <source>No secure connection to the hub {hub}: {reason}. The hub needs TLS with a valid certificate for its name (ask the municipality&apos;s IT); nothing was exchanged.</source>
        <translation>Suojattua yhteyttä keskuspalvelimeen {hub} ei saatu: {reason}. Palvelin tarvitsee TLS-yhteyden ja nimelleen kelvollisen varmenteen (kysy kunnan tietohallinnosta); tietoja ei vaihdettu.</translation>
    </message>
    <message>
        <source>The hub {hub} has not been prepared for Vauhdittamo desk. Prepare it with: vauhdittamo hub init</source>
        <translation>Keskuspalvelinta {hub} ei ole valmisteltu Vauhdittamo deskille. Valmistele se komennolla: vauhdittamo hub init</translation>
    </message>
    <message>
        <source>The hub {hub} has schema {hub_schema}, older than this computer&apos;s {local_schema}. Upgrade the hub (vauhdittamo hub init) before syncing; nothing was exchanged.</source>
        <translation>Keskuspalvelimen {hub} skeema {hub_schema} on vanhempi kuin tämän tietokoneen {local_schema}. Päivitä keskuspalvelin (vauhdittamo hub init) ennen synkronointia; tietoja ei vaihdettu.</translation>
    </message>
    <message>
        <source>The hub {hub} has schema {hub_schema}, newer than this computer&apos;s {local_schema}. Update Vauhdittamo desk on this computer before syncing; nothing was exchanged.</source>
        <translation>Keskuspalvelimen {hub} skeema {hub_schema} on uudempi kuin tämän tietokoneen {local_schema}. Päivitä Vauhdittamo desk tälle tietokoneelle ennen synkronointia; tietoja ei vaihdettu.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes off the hub&apos;s. Set the date and time right and sync again; nothing was exchanged.</source>
        <translation>Tämän tietokoneen kello poikkeaa keskuspalvelimen kellosta {minutes} minuuttia. Korjaa päivämäärä ja kellonaika ja synkronoi uudelleen; tietoja ei vaihdettu.</translation>
    </message>
    <message>
        <source>No password for the hub user {user}: store it in the keyring or run the command in a terminal to type it.</source>
        <translation>Palvelinkäyttäjälle {user} ei ole salasanaa: tallenna se avainnippuun tai aja komento päätteessä ja kirjoita se.</translation>
    </message>
    <message>
        <source>The conflict was not found or it has already been settled.</source>
        <translation>Ristiriitaa ei löytynyt tai se on jo ratkaistu.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was already exchanged is kept; the rest goes at the next sync.</source>
        <translation>Synkronointi peruttiin. Jo vaihdetut tiedot säilyvät; loput menevät seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>The hub {hub} refused the sync: {reason}</source>
        <translation>Keskuspalvelin {hub} hylkäsi synkronoinnin: {reason}</translation>
    </message>
    <message>
        <source>A hub user name is 2–63 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Palvelinkäyttäjän nimessä on 2–63 pientä kirjainta, numeroa, pistettä, viivaa tai alaviivaa, ja se alkaa kirjaimella.</translation>
    </message>
    <message>
        <source>The database role {name} exists and is not a hub user. Choose another name, or give --force to turn that role into a hub user (its other rights are taken away).</source>
        <translation>Tietokantarooli {name} on jo olemassa eikä se ole keskuspalvelimen käyttäjä. Valitse toinen nimi tai anna --force, jolloin roolista tehdään keskuspalvelimen käyttäjä (sen muut oikeudet poistetaan).</translation>
    </message>
    <message>
        <source>Prepare the hub first: vauhdittamo hub init</source>
        <translation>Valmistele keskuspalvelin ensin: vauhdittamo hub init</translation>
    </message>
    <message>
        <source>The name {name} is reserved: PostgreSQL&apos;s own roles start with pg_. Choose another name.</source>
        <translation>Nimi {name} on varattu: PostgreSQL:n omat roolit alkavat pg_. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>{name} is the user this command connects as (the hub&apos;s owner); a hub user needs a name of its own.</source>
        <translation>{name} on käyttäjä, jona tämä komento muodostaa yhteyden (keskuspalvelimen omistaja); palvelinkäyttäjä tarvitsee oman nimen.</translation>
    </message>
    <message>
        <source>The hub did not create or change the user {name}: {reason}. Run the command as the hub&apos;s owner, who may create roles; nothing was changed.</source>
        <translation>Keskuspalvelin ei luonut tai muuttanut käyttäjää {name}: {reason}. Aja komento keskuspalvelimen omistajana, jolla on oikeus luoda rooleja; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>A staff member&apos;s role, active state or password is not changed by settling a conflict: an administrator changes it on the staff screen. Keep the current value.</source>
        <translation>Työntekijän roolia, tunnuksen käyttötilaa tai salasanaa ei muuteta ristiriidan ratkaisulla: ylläpitäjä muuttaa ne Ylläpito-näkymän Työntekijät-välilehdellä. Pidä nykyinen arvo.</translation>
    </message>
    <message>
        <source>The client has been erased: the other value cannot be taken back. Keep the current value.</source>
        <translation>Asiakkaan tiedot on poistettu: toista arvoa ei voi ottaa takaisin. Pidä nykyinen arvo.</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Hanketta ei enää ole.</translation>
    </message>
    <message>
        <source>Choose the project.</source>
        <translation>Valitse hanke.</translation>
    </message>
    <message>
        <source>The participation no longer exists.</source>
        <translation>Osallistumista ei enää ole.</translation>
    </message>
    <message>
        <source>The client already takes part in this project (entered on {date}). Change that entry instead.</source>
        <translation>Asiakas osallistuu jo tähän hankkeeseen (aloittanut {date}). Muuta mieluummin sen aloitustietoja.</translation>
    </message>
    <message>
        <source>The entry date cannot be in the future.</source>
        <translation>Aloituspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The project starts on {date}: the entry cannot be earlier.</source>
        <translation>Hanke alkaa {date}: aloituspäivä ei voi olla aiemmin.</translation>
    </message>
    <message>
        <source>The project ended on {date}: the entry cannot be later.</source>
        <translation>Hanke päättyi {date}: aloituspäivä ei voi olla myöhemmin.</translation>
    </message>
    <message>
        <source>The entry date cannot be after the exit date ({date}).</source>
        <translation>Aloituspäivä ei voi olla päättymispäivän ({date}) jälkeen.</translation>
    </message>
    <message>
        <source>Choose one of the answers (&quot;Not told&quot; is one of them).</source>
        <translation>Valitse jokin vastauksista (myös ”Ei kerrottu” on vastaus).</translation>
    </message>
    <message>
        <source>The answers about disability, background, minority and housing are recorded only by the client&apos;s personal coach and administrators.</source>
        <translation>Vammaa, taustaa, vähemmistöön kuulumista ja asumista koskevat vastaukset kirjaavat vain asiakkaan omavalmentaja ja ylläpitäjät.</translation>
    </message>
    <message>
        <source>Choose the situation at exit.</source>
        <translation>Valitse tilanne osallistumisen päättyessä.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the entry date ({date}).</source>
        <translation>Päättymispäivä ei voi olla ennen aloituspäivää ({date}).</translation>
    </message>
    <message>
        <source>The client entered the project {project} on {date}, after this exit date. Correct that entry first.</source>
        <translation>Asiakas aloitti hankkeessa {project} {date} eli tämän päättymispäivän jälkeen. Korjaa ensin sen aloituspäivä.</translation>
    </message>
    <message>
        <source>Record the exit first: the follow-up is six months after it.</source>
        <translation>Kirjaa ensin osallistumisen päättyminen: seuranta tehdään kuusi kuukautta sen jälkeen.</translation>
    </message>
    <message>
        <source>The six-month follow-up can be recorded from {date} on (six months after the exit).</source>
        <translation>Kuuden kuukauden seurannan voi kirjata {date} alkaen (kuusi kuukautta päättymisen jälkeen).</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the future.</source>
        <translation>Seurannan päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The six-month follow-up has been recorded: remove it before removing the exit.</source>
        <translation>Kuuden kuukauden seuranta on jo kirjattu: poista se ennen kuin poistat päättymisen.</translation>
    </message>
    <message>
        <source>Another project already has this name.</source>
        <translation>Samanniminen hanke on jo olemassa.</translation>
    </message>
    <message>
        <source>Give the day the project starts.</source>
        <translation>Anna hankkeen alkamispäivä.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Hanke ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Write the participant target as a whole number greater than zero, or leave it empty.</source>
        <translation>Kirjoita osallistujatavoite nollaa suurempana kokonaislukuna tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>A participant entered the project on {date}, before this start date.</source>
        <translation>Osallistuja on aloittanut hankkeessa {date} eli ennen tätä alkamispäivää.</translation>
    </message>
    <message>
        <source>A participant entered the project on {date}, after this end date.</source>
        <translation>Osallistuja on aloittanut hankkeessa {date} eli tämän päättymispäivän jälkeen.</translation>
    </message>
    <message>
        <source>The project has participants ({count}), so it cannot be removed.</source>
        <translation>Hankkeella on osallistujia ({count}), joten sitä ei voi poistaa.</translation>
    </message>
    <message>
        <source>The period cannot end ({end}) before it starts ({start}). Swap the dates.</source>
        <translation>Jakso ei voi päättyä ({end}) ennen kuin se alkaa ({start}). Vaihda päivämäärät toisin päin.</translation>
    </message>
    <message>
        <source>A report covers at most {years} years. Choose a shorter period.</source>
        <translation>Raportti voi kattaa enintään {years} vuotta. Valitse lyhyempi jakso.</translation>
    </message>
    <message>
        <source>Give the date as year-month-day, for example 2026-10-01 (not {value}).</source>
        <translation>Anna päivämäärä muodossa vuosi-kuukausi-päivä, esimerkiksi 2026-10-01 (ei {value}).</translation>
    </message>
    <message>
        <source>Unknown project: {name}. Give the project&apos;s name or id as it is in the project list.</source>
        <translation>Tuntematon hanke: {name}. Anna hankkeen nimi tai tunniste sellaisena kuin se on hankeluettelossa.</translation>
    </message>
    <message>
        <source>{count} projects are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>Nimellä {name} on {count} hanketta; anna tarkoittamasi hankkeen tunniste: {ids}.</translation>
    </message>
    <message>
        <source>Unknown personal coach: {name}. Give the staff member&apos;s name or id as it is in the staff list.</source>
        <translation>Tuntematon omavalmentaja: {name}. Anna työntekijän nimi tai tunniste sellaisena kuin se on työntekijäluettelossa.</translation>
    </message>
    <message>
        <source>{count} staff members are called {name}; give the id of the one you mean: {ids}.</source>
        <translation>Nimellä {name} on {count} työntekijää; anna tarkoittamasi työntekijän tunniste: {ids}.</translation>
    </message>
    <message>
        <source>The hub is always a PostgreSQL database, not {scheme}: write its address as postgresql://user@server:5432/database.</source>
        <translation>Keskuspalvelin on aina PostgreSQL-tietokanta, ei {scheme}: kirjoita sen osoite muodossa postgresql://käyttäjä@palvelin:5432/tietokanta.</translation>
    </message>
    <message>
        <source>A client record cannot be a duplicate of itself.</source>
        <translation>Asiakastietue ei voi olla oman itsensä kaksoiskappale.</translation>
    </message>
    <message>
        <source>One of the two client records no longer exists.</source>
        <translation>Toista asiakastietueista ei enää ole.</translation>
    </message>
    <message>
        <source>Choose two different client records to merge.</source>
        <translation>Valitse yhdistettäviksi kaksi eri asiakastietuetta.</translation>
    </message>
    <message>
        <source>One of the two records has already been merged into another record. Refresh the list.</source>
        <translation>Toinen tietueista on jo yhdistetty johonkin muuhun tietueeseen. Päivitä luettelo.</translation>
    </message>
    <message>
        <source>An anonymised or erased record cannot be merged: its personal data is gone for good.</source>
        <translation>Anonymisoitua tai poistettua tietuetta ei voi yhdistää: sen henkilötiedot on poistettu pysyvästi.</translation>
    </message>
    <message>
        <source>Unknown client field: {field}.</source>
        <translation>Tuntematon asiakastiedon kenttä: {field}.</translation>
    </message>
    <message>
        <source>Choose how the person was contacted.</source>
        <translation>Valitse, miten henkilöön otettiin yhteyttä.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Valitse tulos.</translation>
    </message>
    <message>
        <source>Give the day of the attempt.</source>
        <translation>Anna yrityksen päivä.</translation>
    </message>
    <message>
        <source>The attempt cannot be in the future.</source>
        <translation>Yritys ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The next try must come after the attempt.</source>
        <translation>Seuraavan yrityksen on oltava tämän yrityksen jälkeen.</translation>
    </message>
    <message>
        <source>After this outcome there is no next try; leave it empty.</source>
        <translation>Tämän tuloksen jälkeen ei ole seuraavaa yritystä; jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>Record “became a client” with the client: make the new client or choose the existing one.</source>
        <translation>Tulokseen ”tuli asiakkaaksi” tarvitaan asiakas: luo uusi asiakas tai valitse olemassa oleva.</translation>
    </message>
    <message>
        <source>This person is already linked to another client record.</source>
        <translation>Tämä henkilö on jo liitetty toiseen asiakkaaseen.</translation>
    </message>
    <message>
        <source>This client is already on the list as another person. Record the attempt on that entry.</source>
        <translation>Tämä asiakas on jo listalla toisena henkilönä. Kirjaa yritys sen kohdalle.</translation>
    </message>
    <message>
        <source>The attempt no longer exists.</source>
        <translation>Yritystä ei enää ole.</translation>
    </message>
    <message>
        <source>A “became a client” attempt stays: the person is a client now.</source>
        <translation>”Tuli asiakkaaksi” -yritystä ei voi poistaa: henkilö on nyt asiakas.</translation>
    </message>
    <message>
        <source>Only the staff member who recorded an attempt, or a coordinator, removes it.</source>
        <translation>Yrityksen voi poistaa vain sen kirjannut työntekijä tai koordinaattori.</translation>
    </message>
    <message>
        <source>This person is no longer on the outreach list.</source>
        <translation>Tämä henkilö ei ole enää tavoittamislistalla.</translation>
    </message>
    <message>
        <source>This person is assigned to another outreach worker. A coordinator can assign them to you.</source>
        <translation>Tämä henkilö on osoitettu toiselle etsivälle työntekijälle. Koordinaattori voi osoittaa hänet sinulle.</translation>
    </message>
    <message>
        <source>This person&apos;s details were erased when the list ended; only the figures are kept.</source>
        <translation>Tämän henkilön tiedot poistettiin listan päättyessä; vain luvut säilytetään.</translation>
    </message>
    <message>
        <source>This person is a client: change their details on the client card.</source>
        <translation>Tämä henkilö on asiakas: muuta hänen tietojaan asiakaskortilla.</translation>
    </message>
    <message>
        <source>Check the details: {count} field(s) need fixing.</source>
        <translation>Tarkista tiedot: korjattavia kenttiä on {count}.</translation>
    </message>
    <message>
        <source>{village} is not one of the list&apos;s villages ({villages}). Add it to the list first.</source>
        <translation>Kylä {village} ei kuulu listan kyliin ({villages}). Lisää se ensin listalle.</translation>
    </message>
    <message>
        <source>Choose the village: one of {villages}.</source>
        <translation>Valitse jokin kylistä: {villages}.</translation>
    </message>
    <message>
        <source>Entries can be assigned only to active staff who record outreach work.</source>
        <translation>Henkilöitä voi osoittaa vain työntekijöille, joiden tunnus on käytössä ja jotka kirjaavat etsivää työtä.</translation>
    </message>
    <message>
        <source>{name} of {village} is already on the list.</source>
        <translation>{name} ({village}) on jo listalla.</translation>
    </message>
    <message>
        <source>The phone number {phone} is already on the list ({name}).</source>
        <translation>Puhelinnumero {phone} on jo listalla ({name}).</translation>
    </message>
    <message>
        <source>An outreach list can hold at most {limit} people; this would make {count}.</source>
        <translation>Tavoittamislistalla voi olla enintään {limit} henkilöä; nyt heitä olisi {count}.</translation>
    </message>
    <message>
        <source>Already on the list: {name} of {village}.</source>
        <translation>On jo listalla: {name} ({village}).</translation>
    </message>
    <message>
        <source>Already on the list: {name} has the same phone number.</source>
        <translation>On jo listalla: henkilöllä {name} on sama puhelinnumero.</translation>
    </message>
    <message>
        <source>Same name and village as row {row} of the file.</source>
        <translation>Sama nimi ja kylä kuin tiedoston rivillä {row}.</translation>
    </message>
    <message>
        <source>Same phone number as row {row} of the file.</source>
        <translation>Sama puhelinnumero kuin tiedoston rivillä {row}.</translation>
    </message>
    <message>
        <source>The outreach list no longer exists.</source>
        <translation>Tavoittamislistaa ei enää ole.</translation>
    </message>
    <message>
        <source>The outreach list “{name}” is closed: nothing more is recorded on it.</source>
        <translation>Tavoittamislista ”{name}” on suljettu: siihen ei kirjata enää mitään.</translation>
    </message>
    <message>
        <source>Another outreach list already has this name.</source>
        <translation>Samanniminen tavoittamislista on jo olemassa.</translation>
    </message>
    <message>
        <source>Name at least one village, for example Koli. Separate several with commas.</source>
        <translation>Anna vähintään yksi kylä, esimerkiksi Koli. Erota useat kylät pilkuilla.</translation>
    </message>
    <message>
        <source>A list can have at most {limit} villages.</source>
        <translation>Listalla voi olla enintään {limit} kylää.</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Anna ajanjakson ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Ajanjakso ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>{count} people on the list live in {village}; that village cannot be left out of the list.</source>
        <translation>Kylässä {village} asuvia henkilöitä on listalla {count}, joten kylää ei voi poistaa listalta.</translation>
    </message>
    <message>
        <source>Unknown outreach list: {name}. Give the list&apos;s name or id as the app shows it.</source>
        <translation>Tuntematon tavoittamislista: {name}. Anna listan nimi tai tunniste sellaisena kuin sovellus sen näyttää.</translation>
    </message>
    <message>
        <source>{count} outreach lists are called {name}; give the id: {ids}.</source>
        <translation>Nimellä {name} on {count} tavoittamislistaa; anna tunniste: {ids}.</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Total number of participants</source>
        <translation>Osallistujat yhteensä</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Työttömät (ml. pitkäaikaistyöttömät)</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyöttömät</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Työvoiman ulkopuolella olevat</translation>
    </message>
    <message>
        <source>Inactive, not in education or training</source>
        <translation>Työvoiman ulkopuolella olevat, jotka eivät ole koulutuksessa</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Työlliset (ml. itsensä työllistäjät)</translation>
    </message>
    <message>
        <source>Below 18 years of age</source>
        <translation>Alle 18-vuotiaat</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>18–29-vuotiaat nuoret</translation>
    </message>
    <message>
        <source>55 years of age and above</source>
        <translation>55 vuotta täyttäneet</translation>
    </message>
    <message>
        <source>Lower secondary education or less (ISCED 0–2)</source>
        <translation>ISCED 0–2 (enintään perusaste)</translation>
    </message>
    <message>
        <source>Upper secondary or post-secondary education (ISCED 3–4)</source>
        <translation>ISCED 3–4 (toinen aste tai sen jälkeinen ei-korkea-aste)</translation>
    </message>
    <message>
        <source>Tertiary education (ISCED 5–8)</source>
        <translation>ISCED 5–8 (korkea-aste)</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Vammaiset henkilöt</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Kolmansien maiden kansalaiset</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Ulkomaalaistaustaiset</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities such as the Roma)</source>
        <translation>Vähemmistöt (ml. marginalisoidut yhteisöt, kuten romanit)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Asunnottomat tai asuntomarkkinoilta syrjäytyneet</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Maaseutualueilla asuvat</translation>
    </message>
    <message>
        <source>Participants who left</source>
        <translation>Osallistumisen päättäneet</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Työnhakijana osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Koulutuksessa tai opiskelemassa osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Saavuttanut tutkinnon osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Työssä (ml. itsensä työllistäjät) osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Inactive upon leaving</source>
        <translation>Työvoiman ulkopuolella osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>In rehabilitation upon leaving</source>
        <translation>Kuntoutuksessa osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Retired on a pension upon leaving</source>
        <translation>Eläkkeellä osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Other situation upon leaving</source>
        <translation>Muu tilanne osallistumisen päättyessä</translation>
    </message>
    <message>
        <source>Situation upon leaving not known</source>
        <translation>Tilanne osallistumisen päättyessä ei tiedossa</translation>
    </message>
    <message>
        <source>Six months since leaving</source>
        <translation>Osallistumisen päättymisestä kuusi kuukautta</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Työssä (ml. itsensä työllistäjät) kuusi kuukautta osallistumisen päättymisen jälkeen</translation>
    </message>
    <message>
        <source>With an improved labour market situation six months after leaving</source>
        <translation>Työmarkkina-asema parantunut kuusi kuukautta osallistumisen päättymisen jälkeen</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>Seurantaa ei kirjattu</translation>
    </message>
    <message>
        <source>Participants who entered</source>
        <translation>Aloittaneet osallistujat</translation>
    </message>
    <message>
        <source>Immediate results (upon leaving)</source>
        <translation>Välittömät tulokset (osallistumisen päättyessä)</translation>
    </message>
    <message>
        <source>Longer-term results (six months after leaving)</source>
        <translation>Pidemmän aikavälin tulokset (kuusi kuukautta osallistumisen päättymisen jälkeen)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Under 30</source>
        <translation>Alle 30-vuotiaat</translation>
    </message>
    <message>
        <source>30 and over</source>
        <translation>30 vuotta täyttäneet</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ikä ei tiedossa</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Paikan päällä</translation>
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
        <source>Data sharing</source>
        <translation>Tietojen luovutus</translation>
    </message>
    <message>
        <source>Contact by text message</source>
        <translation>Yhteydenotto tekstiviestillä</translation>
    </message>
    <message>
        <source>Contact by email</source>
        <translation>Yhteydenotto sähköpostilla</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutuksessa</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Eläkkeellä</translation>
    </message>
    <message>
        <source>Inactive (not working nor job searching)</source>
        <translation>Työvoiman ulkopuolella (ei työssä eikä työnhakijana)</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nainen</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mies</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Muunsukupuolinen</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Ei kerrottu</translation>
    </message>
    <message>
        <source>Employed (incl. self-employed)</source>
        <translation>Työllinen (ml. itsensä työllistäjät)</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Työtön</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyötön</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Työvoiman ulkopuolella</translation>
    </message>
    <message>
        <source>Inactive, not in education or training</source>
        <translation>Työvoiman ulkopuolella, ei koulutuksessa</translation>
    </message>
    <message>
        <source>Basic education at most (ISCED 0–2)</source>
        <translation>ISCED 0–2 (enintään perusaste)</translation>
    </message>
    <message>
        <source>Upper secondary or post-secondary (ISCED 3–4)</source>
        <translation>ISCED 3–4 (toinen aste tai sen jälkeinen ei-korkea-aste)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>ISCED 5–8 (korkea-aste)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Alle 18-vuotiaat</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29-vuotiaat</translation>
    </message>
    <message>
        <source>30–54</source>
        <translation>30–54-vuotiaat</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 vuotta täyttäneet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Kirjautuminen epäonnistui</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Näyttö lukittiin</translation>
    </message>
    <message>
        <source>Client card opened</source>
        <translation>Asiakaskortti avattu</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Asiakas lisätty</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>Asiakastietoja muutettu</translation>
    </message>
    <message>
        <source>Referral without consent</source>
        <translation>Lähete ilman suostumusta</translation>
    </message>
    <message>
        <source>Health-related referral viewed</source>
        <translation>Terveyteen liittyvä lähete katsottu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>Työntekijän tunnusta muutettu</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Säilytysaikaa muutettu</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Asiakas anonymisoitu</translation>
    </message>
    <message>
        <source>Client erased on request</source>
        <translation>Asiakkaan tiedot poistettu pyynnöstä</translation>
    </message>
    <message>
        <source>Client&apos;s own data exported</source>
        <translation>Asiakkaan omat tiedot viety</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Pääsy estetty</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>Synkronoinnin ristiriita ratkaistu</translation>
    </message>
    <message>
        <source>Personal coach assigned</source>
        <translation>Omavalmentaja nimetty</translation>
    </message>
    <message>
        <source>Referral letter opened, printed or saved</source>
        <translation>Lähete avattu, tulostettu tai tallennettu</translation>
    </message>
    <message>
        <source>Participant&apos;s sensitive entry data viewed</source>
        <translation>Osallistujan arkaluonteiset aloitustiedot katsottu</translation>
    </message>
    <message>
        <source>Project added or changed</source>
        <translation>Hanke lisätty tai muutettu</translation>
    </message>
    <message>
        <source>Outreach list made, filled, assigned or closed</source>
        <translation>Tavoittamislista luotu, täydennetty, jaettu tai suljettu</translation>
    </message>
    <message>
        <source>Outreach list&apos;s personal data erased</source>
        <translation>Tavoittamislistan henkilötiedot poistettu</translation>
    </message>
    <message>
        <source>Two records of one client merged</source>
        <translation>Saman asiakkaan kaksi tietuetta yhdistetty</translation>
    </message>
    <message>
        <source>Possible duplicate marked not the same person</source>
        <translation>Mahdollinen kaksoiskappale merkitty eri henkilöksi</translation>
    </message>
    <message>
        <source>The client&apos;s request</source>
        <translation>Asiakkaan pyyntö</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Kirjattu virheellisesti</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Päällekkäinen tietue</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
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
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>In employment (incl. self-employed)</source>
        <translation>Työssä (ml. itsensä työllistäjät)</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>Koulutuksessa tai opiskelemassa</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Saavuttanut tutkinnon</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Työnhakijana</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Poissa luvalla</translation>
    </message>
    <message>
        <source>Non-stop START</source>
        <translation>Non-stop START</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>muu kieli</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Osaamistodistus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Päättyminen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Polku</translation>
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
<context>
    <name>outreach</name>
    <message>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Village event</source>
        <translation>Kylätapahtuma</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Tavoitettu</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ei tavoitettu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Kieltäytyi</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muuttanut pois</translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation>Tuli asiakkaaksi</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Ei vielä yritetty</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>log guidance visits</source>
        <translation>kirjata ohjauskäyntejä</translation>
    </message>
    <message>
        <source>add or change clients</source>
        <translation>lisätä tai muuttaa asiakkaita</translation>
    </message>
    <message>
        <source>make referrals</source>
        <translation>tehdä lähetteitä</translation>
    </message>
    <message>
        <source>mark attendance</source>
        <translation>merkitä läsnäoloja</translation>
    </message>
    <message>
        <source>record competence certificates</source>
        <translation>kirjata osaamistodistuksia</translation>
    </message>
    <message>
        <source>synchronise with the hub</source>
        <translation>synkronoida keskuspalvelimen kanssa</translation>
    </message>
    <message>
        <source>send a referral without the client&apos;s consent</source>
        <translation>lähettää lähetettä ilman asiakkaan suostumusta</translation>
    </message>
    <message>
        <source>add or change workshops and their sessions</source>
        <translation>lisätä tai muuttaa pajoja ja niiden kertoja</translation>
    </message>
    <message>
        <source>change the partner directory</source>
        <translation>muuttaa kumppanihakemistoa</translation>
    </message>
    <message>
        <source>import clients from a file</source>
        <translation>tuoda asiakkaita tiedostosta</translation>
    </message>
    <message>
        <source>export attendance and reports</source>
        <translation>viedä läsnäolotietoja ja raportteja</translation>
    </message>
    <message>
        <source>settle synchronisation conflicts</source>
        <translation>ratkaista synkronoinnin ristiriitoja</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>hallita työntekijöiden tunnuksia</translation>
    </message>
    <message>
        <source>anonymise clients past the retention period</source>
        <translation>anonymisoida säilytysajan ylittäneitä asiakkaita</translation>
    </message>
    <message>
        <source>browse the audit trail</source>
        <translation>selata lokitietoja</translation>
    </message>
    <message>
        <source>export or erase a client&apos;s data on request</source>
        <translation>viedä tai poistaa asiakkaan tietoja pyynnöstä</translation>
    </message>
    <message>
        <source>see every health-related referral</source>
        <translation>nähdä kaikkia terveyteen liittyviä lähetteitä</translation>
    </message>
    <message>
        <source>assign a client&apos;s personal coach</source>
        <translation>valita asiakkaan omavalmentajaa</translation>
    </message>
    <message>
        <source>record the result of a work and functional capacity assessment</source>
        <translation>kirjata työ- ja toimintakyvyn selvityksen tulosta</translation>
    </message>
    <message>
        <source>add or change projects</source>
        <translation>lisätä tai muuttaa hankkeita</translation>
    </message>
    <message>
        <source>record a client&apos;s entry to and exit from a project</source>
        <translation>kirjata hankkeiden osallistujatietoja</translation>
    </message>
    <message>
        <source>record contact attempts on outreach lists</source>
        <translation>kirjata yhteydenottoyrityksiä tavoittamislistoille</translation>
    </message>
    <message>
        <source>create and manage outreach lists</source>
        <translation>luoda ja hallita tavoittamislistoja</translation>
    </message>
    <message>
        <source>merge duplicate client records</source>
        <translation>yhdistää päällekkäisiä asiakastietueita</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Client note</source>
        <translation>Asiakkaan muistiinpano</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <source>Referral event</source>
        <translation>Lähetteen tapahtuma</translation>
    </message>
    <message>
        <source>Path goal</source>
        <translation>Polun tavoite</translation>
    </message>
    <message>
        <source>Path step</source>
        <translation>Polun askel</translation>
    </message>
    <message>
        <source>Competence certificate</source>
        <translation>Osaamistodistus</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Paja</translation>
    </message>
    <message>
        <source>Workshop schedule</source>
        <translation>Pajan aikataulu</translation>
    </message>
    <message>
        <source>Workshop facilitator</source>
        <translation>Pajan ohjaaja</translation>
    </message>
    <message>
        <source>Workshop enrolment</source>
        <translation>Pajaan ilmoittautuminen</translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation>Pajakerta</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Läsnäolomerkintä</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Kumppanin palvelu</translation>
    </message>
    <message>
        <source>Visit topic</source>
        <translation>Käynnin aihe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Hankkeen osallistuja</translation>
    </message>
    <message>
        <source>Outreach list</source>
        <translation>Tavoittamislista</translation>
    </message>
    <message>
        <source>Person to reach</source>
        <translation>Tavoitettava</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Yhteydenottoyritys</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Eri henkilö -merkintä</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Lokimerkintä</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Synkronoinnin ristiriita</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kotikunta</translation>
    </message>
    <message>
        <source>village</source>
        <translation>kylä</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>search key</source>
        <translation>hakuavain</translation>
    </message>
    <message>
        <source>personal coach</source>
        <translation>omavalmentaja</translation>
    </message>
    <message>
        <source>exit date</source>
        <translation>päättymispäivä</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>päättymisen tulos</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>yhdistetty tietueeseen</translation>
    </message>
    <message>
        <source>client</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>salasanan asetusaika</translation>
    </message>
    <message>
        <source>note</source>
        <translation>muistiinpano</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>time of writing</source>
        <translation>kirjoitusaika</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>partner category</source>
        <translation>kumppaniryhmä</translation>
    </message>
    <message>
        <source>given</source>
        <translation>antamisaika</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>kirjaaja</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>perumisaika</translation>
    </message>
    <message>
        <source>withdrawal recorded by</source>
        <translation>perumisen kirjaaja</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>tavoitepäivä</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>order</source>
        <translation>järjestys</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>valmistumispäivä</translation>
    </message>
    <message>
        <source>competence area</source>
        <translation>osaamisalue</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>tutkinto</translation>
    </message>
    <message>
        <source>awarded on</source>
        <translation>myöntämispäivä</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>arvioija</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>arvioijan nimi</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>kesto</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>ikäryhmä</translation>
    </message>
    <message>
        <source>next step done</source>
        <translation>jatkotoimi tehty</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>kylät</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>sulkemisaika</translation>
    </message>
    <message>
        <source>closed by</source>
        <translation>sulkija</translation>
    </message>
    <message>
        <source>outreach list</source>
        <translation>tavoittamislista</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>etsivä työntekijä</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>tietojen poistoaika</translation>
    </message>
    <message>
        <source>person to reach</source>
        <translation>tavoitettava</translation>
    </message>
    <message>
        <source>date of the attempt</source>
        <translation>yrityksen päivä</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>tulos</translation>
    </message>
    <message>
        <source>next try</source>
        <translation>seuraava yritys</translation>
    </message>
    <message>
        <source>other client</source>
        <translation>toinen asiakas</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>merkitsemisaika</translation>
    </message>
    <message>
        <source>kind of consent</source>
        <translation>suostumuksen laji</translation>
    </message>
    <message>
        <source>kind of workshop</source>
        <translation>pajan tyyppi</translation>
    </message>
    <message>
        <source>kind of conflict</source>
        <translation>ristiriidan laji</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>läsnäolo</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>lähettäjä</translation>
    </message>
    <message>
        <source>helped by</source>
        <translation>auttanut työntekijä</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ohjaaja</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>hanketunnus</translation>
    </message>
    <message>
        <source>topic code</source>
        <translation>aiheen koodi</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>aiheen nimi</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>active</source>
        <translation>voimassaolo</translation>
    </message>
    <message>
        <source>password</source>
        <translation>salasana</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>shares the client&apos;s data</source>
        <translation>luovuttaa asiakkaan tietoja</translation>
    </message>
    <message>
        <source>reason for going ahead without consent</source>
        <translation>syy lähettää ilman suostumusta</translation>
    </message>
    <message>
        <source>went ahead without consent</source>
        <translation>lähetti ilman suostumusta</translation>
    </message>
    <message>
        <source>went ahead without consent on</source>
        <translation>ilman suostumusta lähetetty</translation>
    </message>
    <message>
        <source>partner service</source>
        <translation>kumppanin palvelu</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>lähete</translation>
    </message>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kumppaniryhmä</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>kumppani</translation>
    </message>
    <message>
        <source>takes referrals</source>
        <translation>ottaa lähetteitä</translation>
    </message>
    <message>
        <source>response time (days)</source>
        <translation>vastausaika (päivää)</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>paja</translation>
    </message>
    <message>
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>osallistujien enimmäismäärä</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ensimmäinen päivä</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>viimeinen päivä</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>viikonpäivä</translation>
    </message>
    <message>
        <source>weekly schedule</source>
        <translation>viikkoaikataulu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>alkamisaika</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>päättymisaika</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruutus</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>peruutuksen syy</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>jatkotoimi</translation>
    </message>
    <message>
        <source>next step&apos;s date</source>
        <translation>jatkotoimen päivä</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>aiheet</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>asiointitapa</translation>
    </message>
    <message>
        <source>time of visit</source>
        <translation>käynnin aika</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>kiireellisyys</translation>
    </message>
    <message>
        <source>response due</source>
        <translation>vastauksen määräpäivä</translation>
    </message>
    <message>
        <source>assessment result</source>
        <translation>arvion tulos</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>aukioloaika</translation>
    </message>
    <message>
        <source>anonymous head count</source>
        <translation>nimettömät osallistujat</translation>
    </message>
    <message>
        <source>enrolled on</source>
        <translation>ilmoittautumispäivä</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>lopetuspäivä</translation>
    </message>
    <message>
        <source>session</source>
        <translation>pajakerta</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>drop-in</translation>
    </message>
    <message>
        <source>time in</source>
        <translation>tuloaika</translation>
    </message>
    <message>
        <source>time out</source>
        <translation>lähtöaika</translation>
    </message>
    <message>
        <source>marked by</source>
        <translation>merkitsijä</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>rahoittaja</translation>
    </message>
    <message>
        <source>participant target</source>
        <translation>osallistujatavoite</translation>
    </message>
    <message>
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <source>entry date</source>
        <translation>aloituspäivä</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sukupuoli</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>ikäluokka</translation>
    </message>
    <message>
        <source>labour-market status</source>
        <translation>työmarkkina-asema</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>koulutustaso</translation>
    </message>
    <message>
        <source>lives in a rural area</source>
        <translation>asuu maaseutualueella</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>vamma</translation>
    </message>
    <message>
        <source>foreign background</source>
        <translation>ulkomaalaistausta</translation>
    </message>
    <message>
        <source>third-country national</source>
        <translation>kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>minority</source>
        <translation>vähemmistö</translation>
    </message>
    <message>
        <source>homeless</source>
        <translation>asunnottomuus</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>seurannan päivä</translation>
    </message>
    <message>
        <source>employed at follow-up</source>
        <translation>työssä seurannassa</translation>
    </message>
    <message>
        <source>situation improved at follow-up</source>
        <translation>asema parantunut seurannassa</translation>
    </message>
    <message>
        <source>follow-up recorded by</source>
        <translation>seurannan kirjaaja</translation>
    </message>
    <message>
        <source>action</source>
        <translation>tapahtuma</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>tietueen laji</translation>
    </message>
    <message>
        <source>record</source>
        <translation>tietue</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>field</source>
        <translation>kenttä</translation>
    </message>
    <message>
        <source>the other value</source>
        <translation>toinen arvo</translation>
    </message>
    <message>
        <source>time of the other value</source>
        <translation>toisen arvon aika</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>ratkaisuaika</translation>
    </message>
    <message>
        <source>settled by</source>
        <translation>ratkaisija</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>ratkaisu</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <source>device</source>
        <translation>laite</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>muuttaja</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistoaika</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisointiaika</translation>
    </message>
    <message>
        <source>created</source>
        <translation>luontiaika</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutosaika</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Anonymous visits and anonymous workshop head counts are left out: the filter narrows the report to clients.</source>
        <translation>Anonyymit käynnit ja pajojen nimettömät osallistujat jätetään pois: rajaus kohdistaa raportin asiakkaisiin.</translation>
    </message>
    <message>
        <source>Anonymous visits are left out: with a workshop chosen, visits, referrals, certificates and participants are those of the clients marked present in its sessions during the period.</source>
        <translation>Anonyymit käynnit jätetään pois: kun paja on valittu, käynnit, lähetteet, todistukset ja osallistujat ovat niiden asiakkaiden, jotka on merkitty jakson aikana läsnä oleviksi pajan kerroilla.</translation>
    </message>
    <message>
        <source>The period continues after today: sessions after today and follow-ups not yet due are not counted.</source>
        <translation>Jakso jatkuu tämän päivän jälkeen: tulevia pajakertoja ja seurantoja, jotka eivät ole vielä erääntyneet, ei lasketa.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This computer syncs with this hub for the first time (a new, replaced or upgraded hub): it sends all its records and reads the hub&apos;s current state once.</source>
        <translation>Tämä tietokone synkronoi tämän keskuspalvelimen kanssa ensimmäistä kertaa (uusi, vaihdettu tai päivitetty palvelin): se lähettää kaikki tietonsa ja lukee palvelimen nykytilan kerran.</translation>
    </message>
    <message>
        <source>The hub does not know everything this computer received from it (it was restored from a backup?): this computer sends all its records again and re-reads the hub. Nothing is lost.</source>
        <translation>Keskuspalvelin ei tunne kaikkea, mitä tämä tietokone on siltä saanut (palautettiinko se varmuuskopiosta?): tämä tietokone lähettää kaikki tietonsa uudelleen ja lukee palvelimen uudelleen. Mitään ei menetetä.</translation>
    </message>
    <message>
        <source>The hub refused {count} of this computer&apos;s changes; see the list of refused changes for the reasons.</source>
        <translation>Keskuspalvelin hylkäsi {count} tämän tietokoneen muutosta; syyt näkyvät hylättyjen muutosten luettelossa.</translation>
    </message>
    <message>
        <source>{count} received records could not be applied here; they wait and are tried again at every sync.</source>
        <translation>{count} vastaanotettua tietuetta ei voitu ottaa käyttöön tällä koneella; ne odottavat ja niitä yritetään uudelleen jokaisessa synkronoinnissa.</translation>
    </message>
    <message>
        <source>the change is not a record</source>
        <translation>muutos ei ole tietue</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>tuntematon tietuetyyppi {table}</translation>
    </message>
    <message>
        <source>the row is not a record</source>
        <translation>rivi ei ole tietue</translation>
    </message>
    <message>
        <source>the row&apos;s id is missing or does not match</source>
        <translation>rivin tunniste puuttuu tai ei täsmää</translation>
    </message>
    <message>
        <source>the row is not a record with its id</source>
        <translation>rivi ei ole tietue, jossa on sen tunniste</translation>
    </message>
    <message>
        <source>unknown column {column}</source>
        <translation>tuntematon kenttä {column}</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <translation>{column} puuttuu</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} on tyhjä</translation>
    </message>
    <message>
        <source>{column} is not text</source>
        <translation>{column} ei ole tekstiä</translation>
    </message>
    <message>
        <source>{column} holds a NUL character</source>
        <translation>{column} sisältää NUL-merkin</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters</source>
        <translation>{column} on pidempi kuin {limit} merkkiä</translation>
    </message>
    <message>
        <source>{column} is not one of the allowed values</source>
        <translation>{column} ei ole mikään sallituista arvoista</translation>
    </message>
    <message>
        <source>{column} is not a whole number in range</source>
        <translation>{column} ei ole sallitulla välillä oleva kokonaisluku</translation>
    </message>
    <message>
        <source>{column} is not a yes/no value</source>
        <translation>{column} ei ole kyllä/ei-arvo</translation>
    </message>
    <message>
        <source>{column} is not a date</source>
        <translation>{column} ei ole päivämäärä</translation>
    </message>
    <message>
        <source>{column} is not a time of day</source>
        <translation>{column} ei ole kellonaika</translation>
    </message>
    <message>
        <source>{column} is not a date and time</source>
        <translation>{column} ei ole päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>{column} is not valid</source>
        <translation>{column} ei kelpaa</translation>
    </message>
    <message>
        <source>the field clocks are missing</source>
        <translation>kenttien aikaleimat puuttuvat</translation>
    </message>
    <message>
        <source>a clock names an unknown column</source>
        <translation>aikaleima viittaa tuntemattomaan kenttään</translation>
    </message>
    <message>
        <source>a field clock is not a pair of clocks</source>
        <translation>kentän aikaleima ei ole aikaleimapari</translation>
    </message>
    <message>
        <source>a field clock is malformed</source>
        <translation>kentän aikaleima on virheellinen</translation>
    </message>
    <message>
        <source>a field clock is ahead of the hub&apos;s clock by more than the allowed skew</source>
        <translation>kentän aikaleima on yli sallitun poikkeaman keskuspalvelimen kellon edellä</translation>
    </message>
    <message>
        <source>a field clock is ahead of this computer&apos;s clock by more than the allowed skew</source>
        <translation>kentän aikaleima on yli sallitun poikkeaman tämän tietokoneen kellon edellä</translation>
    </message>
    <message>
        <source>staff accounts are added only through a staff administrator&apos;s hub login</source>
        <translation>työntekijätunnuksia voi lisätä vain ylläpitäjän palvelinkäyttäjällä</translation>
    </message>
    <message>
        <source>a staff member&apos;s role, active state and password change only through a staff administrator&apos;s hub login</source>
        <translation>työntekijän roolia, voimassaoloa ja salasanaa voi muuttaa vain ylläpitäjän palvelinkäyttäjällä</translation>
    </message>
    <message>
        <source>the record is about a client outside this hub login&apos;s scope</source>
        <translation>tietue koskee asiakasta, joka ei kuulu tämän palvelinkäyttäjän oikeuksien piiriin</translation>
    </message>
    <message>
        <source>the audit trail is never changed</source>
        <translation>lokitietoja ei koskaan muuteta</translation>
    </message>
    <message>
        <source>a staff account&apos;s role, active state or password changed by a login that is not an administrator&apos;s</source>
        <translation>työntekijätunnuksen roolia, voimassaoloa tai salasanaa muutti käyttäjä, joka ei ole ylläpitäjä</translation>
    </message>
    <message>
        <source>it refers to a {table} record that is not on this computer</source>
        <translation>siinä viitattua tietuetta ({table}) ei ole tällä tietokoneella</translation>
    </message>
    <message>
        <source>this computer&apos;s database refused it: {reason}</source>
        <translation>tämän tietokoneen tietokanta hylkäsi sen: {reason}</translation>
    </message>
</context>
</TS>
