<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
    <name>BacklogWidget</name>
    <message>
        <source>Sent more than</source>
        <translation>Lähetetty yli</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> päivää sitten</translation>
    </message>
    <message>
        <source>Referrals the partner has not brought to an outcome: chase these partners for an answer.</source>
        <translation>Lähetteet, joihin kumppani ei ole antanut tulosta: pyydä näiltä kumppaneilta vastausta.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
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
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>Name, birth date, phone or personal identity code</source>
        <translation>Nimi, syntymäaika, puhelinnumero tai henkilötunnus</translation>
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
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Tuo Excelistä…</translation>
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
        <translation>Seuraava askel</translation>
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
        <translation>Et ole vielä yhdenkään asiakkaan omavalmentaja.</translation>
    </message>
    <message>
        <source>No client matches “{query}”.</source>
        <translation>Haulla ”{query}” ei löytynyt asiakkaita.</translation>
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
        <translation>Lisätieto</translation>
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
        <translation>Peru</translation>
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
        <translation>pajakertaa paikalla</translation>
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
    <name>ExitTab</name>
    <message>
        <source>End of the client&apos;s path</source>
        <translation>Asiakkaan polun päättyminen</translation>
    </message>
    <message>
        <source>Record the exit when the client&apos;s path ends: the day and where they went. The outcome is reported to funders.</source>
        <translation>Kirjaa päättyminen, kun asiakkaan polku päättyy: päivä ja mihin asiakas siirtyi. Tulos raportoidaan rahoittajille.</translation>
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
        <source>Save exit</source>
        <translation>Tallenna päättyminen</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Palauta aktiiviseksi</translation>
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
    <message>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
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
        <translation>Peru</translation>
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
        <source>Excel and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel- ja CSV-tiedostot (*.xlsx *.csv);;Kaikki tiedostot (*)</translation>
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
        <translation>Peru</translation>
    </message>
    <message>
        <source>A client with this personal identity code already exists. Open the existing client.</source>
        <translation>Asiakas tällä henkilötunnuksella on jo olemassa. Avaa olemassa oleva asiakas.</translation>
    </message>
    <message>
        <source>A client with the same name and birth date already exists. Open them instead, or press Save again if this is another person.</source>
        <translation>Samalla nimellä ja syntymäajalla on jo asiakas. Avaa hänet, tai paina Tallenna uudelleen, jos kyse on eri henkilöstä.</translation>
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
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>PartnersWidget</name>
    <message>
        <source>Show inactive too</source>
        <translation>Näytä myös ei-aktiiviset</translation>
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
        <translation>Aktiivinen</translation>
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
        <translation>Merkitse ei-aktiiviseksi</translation>
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
        <translation>Ottaa nyt lähetteitä</translation>
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
        <translation>Merkitse palvelu ei-aktiiviseksi</translation>
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
        <translation>(ei-aktiivinen)</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Merkitse aktiiviseksi</translation>
    </message>
    <message>
        <source>Taking referrals again</source>
        <translation>Ottaa taas lähetteitä</translation>
    </message>
    <message>
        <source>Make service active</source>
        <translation>Merkitse palvelu aktiiviseksi</translation>
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
    <name>ReferralDetailDialog</name>
    <message>
        <source>Referral</source>
        <translation>Lähete</translation>
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
        <translation>Peru</translation>
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
        <source>This referral is closed ({status}). A new need is a new referral.</source>
        <translation>Lähete on päättynyt ({status}). Uusi tarve on uusi lähete.</translation>
    </message>
    <message>
        <source>Reason for {status} (required):</source>
        <translation>Syy tilalle {status} (pakollinen):</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Miksi kumppani hylkäsi</translation>
    </message>
    <message>
        <source>Note for {status} (optional):</source>
        <translation>Muistiinpano tilalle {status} (vapaaehtoinen):</translation>
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
        <translation>Lisätieto</translation>
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
        <translation>Peru</translation>
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
        <translation>Ei tulosta</translation>
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
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Kumppani:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Työntekijä:</translation>
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
        <source>All partners</source>
        <translation>Kaikki kumppanit</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
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
        <translation>Peru</translation>
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
        <translation>Seuraava askel: {step} viimeistään {date}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Seuraava askel: {step}</translation>
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
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
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
        <source>Channel and duration</source>
        <translation>Asiointitapa ja kesto</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>Mistä oli kyse? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Next step (optional)</source>
        <translation>Seuraava askel (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <source>Date of the next step</source>
        <translation>Seuraavan askeleen päivä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
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
        <translation>Työntekijää ei enää ole tai hän ei ole enää aktiivinen.</translation>
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
        <translation>Hakemistossa on jo organisaatio ”{name}” ei-aktiivisena. Palauta se sen sijaan aktiiviseksi.</translation>
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
        <source>Employment</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Eläke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Poissa, ilmoitettu</translation>
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
</TS>
