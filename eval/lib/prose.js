// Hand-written prose without personal data, in the five languages: what ordinary documents say
// around the values (dates that are not birth dates, amounts, versions, places, times...).
// Nothing here names a person, an address, a phone number or an account.

export const PROSE = {
  en: `Autumn harvest notes

The orchard gave less fruit this year than last. The late frost in April took most of the blossom on the lower slope, and the summer was dry until the second week of August. We picked the early apples on 2 September and the late varieties between 20 and 28 October. In total the cooperative weighed 14.2 tonnes, against 19.8 tonnes the year before. Prices at the market held up well: the first crates sold for 2.40 a kilo and the last ones for 2.10.

The cider press was serviced in June. The new filter cloths cost 145.00 for a set of twelve and have already paid for themselves, since the juice came out clearer and the settling tanks needed one wash less per batch. Next year the plan is to replace the old pump, which has been running since 1998, and to add a second cooling tank of 1,200 litres.

Train travel across the Alps

The morning service leaves at 07:42 and reaches the border three hours and ten minutes later. Seats in the panoramic carriage must be booked at least 48 hours in advance, and the supplement is 12 per passenger. In winter the line is sometimes closed for a few hours after heavy snowfall; the operator then runs buses between the two stations on either side of the pass, which adds about forty minutes to the journey.

The valley below the viaduct is at an altitude of 1,050 metres and the summit tunnel at 2,091 metres. The gradient reaches 7 per cent on the steepest section, which is why the locomotives are fitted with extra sanding equipment. From the window you can see the glacier, the reservoir and, on a clear day, the three peaks that give the region its name.

Release notes, version 4.2

This release removes the deprecated configuration keys announced in version 3.9. The migration tool converts old files automatically; run it once with the --dry-run flag to see what it would change. Start-up time drops by about 30 per cent on large projects because the index is now loaded lazily. The minimum supported runtime is 18.0, and the package no longer ships its own copy of the compression library.

Known issues: on some older file systems the watcher reports a change twice; the second event is harmless and is ignored by the build. Exporting a report with more than 65,535 rows to the legacy spreadsheet format still truncates it, as before. Use the CSV export instead.

Notes from the neighbourhood meeting

About forty residents attended the meeting in the community hall on Thursday evening. The main topic was the new cycle lane planned along the river. The council's engineers presented two options: a two-way lane on the north bank, or two one-way lanes on both banks. The first costs less, roughly 1.8 million, but removes 60 parking spaces. The second keeps the parking but takes two more years to build.

Several people asked about the lighting under the railway bridge, which has been broken since the storm in February. The council promised to repair it before the end of the month. The next meeting will take place in the same hall at 19:00 on the first Thursday of March. Tea and biscuits will be provided by the allotment society.

A simple bread

Mix 500 grams of strong flour with 10 grams of salt and 7 grams of dried yeast. Add 320 millilitres of lukewarm water and a spoonful of olive oil, then knead for ten minutes until the dough is smooth. Leave it to rise in a covered bowl for about an hour, or until it has doubled in size. Shape it into a loaf, let it rise again for 45 minutes, and bake at 220 degrees for 30 to 35 minutes. The loaf is ready when it sounds hollow when tapped underneath.

Museum guide, second floor

Room 12 holds the collection of scientific instruments: telescopes, barometers and a large orrery built around 1780. The cases along the east wall show surveying tools used to map the coast in the nineteenth century. Room 14 is closed until spring for restoration of the ceiling. Audio guides are available at the desk in the entrance hall in nine languages, and the café on the ground floor is open from 10:00 to 17:30 every day except Monday.
`,
  fr: `Notes de récolte

Le verger a donné moins de fruits cette année. Les gelées tardives d'avril ont détruit une grande partie des fleurs sur le bas de la pente, et l'été est resté sec jusqu'à la mi-août. Les premières pommes ont été cueillies le 2 septembre, les variétés tardives entre le 20 et le 28 octobre. La coopérative a pesé au total 14,2 tonnes, contre 19,8 tonnes l'année précédente. Les prix du marché se sont bien tenus : 2,40 € le kilo pour les premières caisses, 2,10 € pour les dernières.

Le pressoir a été révisé en juin. Les nouvelles toiles filtrantes, achetées 145,00 € le lot de douze, sont déjà amorties : le jus sort plus clair et les cuves de décantation demandent un lavage de moins par lot. L'an prochain, il est prévu de remplacer la vieille pompe, en service depuis 1998, et d'ajouter une seconde cuve réfrigérée de 1 200 litres.

Voyage en train dans les Alpes

Le train du matin part à 7 h 42 et atteint la frontière trois heures et dix minutes plus tard. Les places en voiture panoramique se réservent au moins 48 heures à l'avance, avec un supplément de 12 € par voyageur. En hiver, la ligne est parfois fermée quelques heures après de fortes chutes de neige ; des cars relient alors les deux gares de part et d'autre du col, ce qui ajoute une quarantaine de minutes au trajet.

La vallée sous le viaduc est à 1 050 mètres d'altitude et le tunnel sommital à 2 091 mètres. La pente atteint 7 % sur la section la plus raide, d'où les sablières supplémentaires des locomotives. Par la fenêtre, on aperçoit le glacier, le lac de retenue et, par temps clair, les trois sommets qui ont donné leur nom à la région.

Notes de version 4.2

Cette version supprime les clés de configuration obsolètes annoncées en 3.9. L'outil de migration convertit automatiquement les anciens fichiers ; lancez-le d'abord avec l'option --dry-run pour voir ce qu'il modifierait. Le démarrage est environ 30 % plus rapide sur les gros projets, car l'index est désormais chargé à la demande. La version minimale prise en charge de l'environnement d'exécution passe à 18.0.

Problèmes connus : sur certains systèmes de fichiers anciens, l'observateur signale deux fois la même modification ; le second événement est sans effet. L'export d'un rapport de plus de 65 535 lignes vers l'ancien format de tableur est toujours tronqué. Utilisez plutôt l'export CSV.

Compte rendu de la réunion de quartier

Une quarantaine d'habitants ont assisté jeudi soir à la réunion à la salle des fêtes. Le sujet principal était la future piste cyclable le long de la rivière. Les ingénieurs de la mairie ont présenté deux options : une piste bidirectionnelle sur la rive nord, ou deux pistes unidirectionnelles sur chaque rive. La première coûte moins cher, environ 1,8 million d'euros, mais supprime 60 places de stationnement. La seconde conserve le stationnement mais demande deux ans de travaux de plus.

Plusieurs personnes ont demandé des nouvelles de l'éclairage sous le pont de chemin de fer, en panne depuis la tempête de février. La mairie s'est engagée à le réparer avant la fin du mois. La prochaine réunion aura lieu dans la même salle, à 19 h, le premier jeudi de mars.

Un pain simple

Mélangez 500 grammes de farine avec 10 grammes de sel et 7 grammes de levure sèche. Ajoutez 32 centilitres d'eau tiède et une cuillerée d'huile d'olive, puis pétrissez dix minutes jusqu'à obtenir une pâte lisse. Laissez lever une heure dans un saladier couvert, jusqu'à ce que la pâte ait doublé de volume. Façonnez le pain, laissez-le lever encore 45 minutes et enfournez à 220 °C pendant 30 à 35 minutes. Le pain est cuit lorsqu'il sonne creux quand on tape dessous.

Guide du musée, deuxième étage

La salle 12 présente la collection d'instruments scientifiques : lunettes astronomiques, baromètres et un grand planétaire construit vers 1780. Les vitrines du mur est montrent les instruments d'arpentage utilisés pour cartographier la côte au XIXe siècle. La salle 14 est fermée jusqu'au printemps pour la restauration du plafond. Des audioguides en neuf langues sont disponibles à l'accueil, et le café du rez-de-chaussée est ouvert de 10 h à 17 h 30 tous les jours sauf le lundi.
`,
  de: `Erntebericht

Der Obstgarten hat in diesem Jahr weniger getragen als im letzten. Der späte Frost im April hat am unteren Hang einen Großteil der Blüten vernichtet, und der Sommer blieb bis Mitte August trocken. Die frühen Äpfel wurden am 2. September gepflückt, die späten Sorten zwischen dem 20. und 28. Oktober. Insgesamt wog die Genossenschaft 14,2 Tonnen, gegenüber 19,8 Tonnen im Vorjahr. Die Marktpreise blieben stabil: 2,40 € pro Kilo für die ersten Kisten, 2,10 € für die letzten.

Die Obstpresse wurde im Juni gewartet. Die neuen Filtertücher kosteten 145,00 € für einen Satz von zwölf Stück und haben sich bereits bezahlt gemacht, weil der Saft klarer wird und die Absetzbecken pro Charge einmal weniger gespült werden müssen. Im nächsten Jahr soll die alte Pumpe, die seit 1998 läuft, ersetzt und ein zweiter Kühltank mit 1.200 Litern angeschafft werden.

Mit der Bahn über die Alpen

Der Frühzug fährt um 7:42 Uhr ab und erreicht die Grenze drei Stunden und zehn Minuten später. Plätze im Panoramawagen müssen mindestens 48 Stunden im Voraus reserviert werden, der Zuschlag beträgt 12 € pro Person. Im Winter ist die Strecke nach starkem Schneefall manchmal einige Stunden gesperrt; dann fahren Busse zwischen den beiden Bahnhöfen diesseits und jenseits des Passes, was die Reise um etwa vierzig Minuten verlängert.

Das Tal unter dem Viadukt liegt auf 1.050 Metern Höhe, der Scheiteltunnel auf 2.091 Metern. Die Steigung erreicht auf dem steilsten Abschnitt 7 Prozent, weshalb die Lokomotiven zusätzliche Sandstreuer haben. Aus dem Fenster sieht man den Gletscher, den Stausee und bei klarem Wetter die drei Gipfel, nach denen die Gegend benannt ist.

Versionshinweise 4.2

Diese Version entfernt die veralteten Konfigurationsschlüssel, die mit 3.9 angekündigt wurden. Das Migrationswerkzeug wandelt alte Dateien automatisch um; führen Sie es zuerst mit der Option --dry-run aus, um die Änderungen zu sehen. Der Start ist bei großen Projekten etwa 30 Prozent schneller, weil der Index jetzt erst bei Bedarf geladen wird. Die kleinste unterstützte Laufzeitversion ist 18.0.

Bekannte Probleme: Auf einigen älteren Dateisystemen meldet der Beobachter eine Änderung doppelt; das zweite Ereignis ist harmlos. Der Export eines Berichts mit mehr als 65.535 Zeilen in das alte Tabellenformat wird weiterhin abgeschnitten. Verwenden Sie stattdessen den CSV-Export.

Protokoll der Bürgerversammlung

Rund vierzig Anwohnerinnen und Anwohner kamen am Donnerstagabend ins Gemeindehaus. Hauptthema war der geplante Radweg entlang des Flusses. Die Ingenieure der Stadt stellten zwei Varianten vor: einen Zweirichtungsradweg am Nordufer oder je einen Einrichtungsradweg an beiden Ufern. Die erste Variante kostet weniger, etwa 1,8 Millionen Euro, fallen aber 60 Parkplätze weg. Die zweite erhält die Parkplätze, dauert aber zwei Jahre länger.

Mehrere Anwesende fragten nach der Beleuchtung unter der Eisenbahnbrücke, die seit dem Sturm im Februar defekt ist. Die Stadt sagte zu, sie bis Monatsende zu reparieren. Die nächste Versammlung findet am ersten Donnerstag im März um 19 Uhr im selben Saal statt.

Ein einfaches Brot

500 Gramm Mehl mit 10 Gramm Salz und 7 Gramm Trockenhefe mischen. 320 Milliliter lauwarmes Wasser und einen Löffel Olivenöl zugeben und zehn Minuten kneten, bis der Teig glatt ist. Zugedeckt etwa eine Stunde gehen lassen, bis sich das Volumen verdoppelt hat. Zu einem Laib formen, weitere 45 Minuten gehen lassen und bei 220 Grad 30 bis 35 Minuten backen. Das Brot ist fertig, wenn es beim Klopfen auf die Unterseite hohl klingt.

Museumsführer, zweites Obergeschoss

Saal 12 zeigt die Sammlung wissenschaftlicher Instrumente: Fernrohre, Barometer und ein großes Planetarium, das um 1780 gebaut wurde. Die Vitrinen an der Ostwand zeigen Vermessungsgeräte, mit denen im 19. Jahrhundert die Küste kartiert wurde. Saal 14 ist wegen der Restaurierung der Decke bis zum Frühjahr geschlossen. Audioguides in neun Sprachen gibt es an der Kasse, das Café im Erdgeschoss ist täglich außer montags von 10 bis 17:30 Uhr geöffnet.
`,
  es: `Notas de la cosecha

El huerto ha dado menos fruta este año que el anterior. La helada tardía de abril se llevó gran parte de la flor en la parte baja de la ladera, y el verano fue seco hasta mediados de agosto. Las manzanas tempranas se recogieron el 2 de septiembre y las variedades tardías entre el 20 y el 28 de octubre. En total la cooperativa pesó 14,2 toneladas, frente a 19,8 toneladas el año pasado. Los precios del mercado aguantaron bien: 2,40 € el kilo para las primeras cajas y 2,10 € para las últimas.

La prensa de sidra se revisó en junio. Las nuevas telas filtrantes costaron 145,00 € el juego de doce y ya se han amortizado, porque el zumo sale más claro y los depósitos de decantación necesitan un lavado menos por lote. El año que viene se quiere cambiar la bomba vieja, que funciona desde 1998, y añadir un segundo depósito refrigerado de 1.200 litros.

En tren por los Alpes

El tren de la mañana sale a las 7:42 y llega a la frontera tres horas y diez minutos después. Los asientos del coche panorámico se reservan con al menos 48 horas de antelación y el suplemento es de 12 € por viajero. En invierno la línea se cierra a veces unas horas después de una nevada fuerte; entonces hay autobuses entre las dos estaciones a ambos lados del puerto, lo que añade unos cuarenta minutos al viaje.

El valle bajo el viaducto está a 1.050 metros de altitud y el túnel de cumbre a 2.091 metros. La pendiente llega al 7 % en el tramo más empinado, por eso las locomotoras llevan areneros adicionales. Desde la ventana se ven el glaciar, el embalse y, los días claros, los tres picos que dan nombre a la comarca.

Notas de la versión 4.2

Esta versión elimina las claves de configuración obsoletas anunciadas en la 3.9. La herramienta de migración convierte los ficheros antiguos automáticamente; ejecútela primero con la opción --dry-run para ver qué cambiaría. El arranque es un 30 % más rápido en proyectos grandes, porque el índice se carga ahora bajo demanda. La versión mínima del entorno de ejecución pasa a ser la 18.0.

Problemas conocidos: en algunos sistemas de ficheros antiguos el observador avisa dos veces del mismo cambio; el segundo aviso es inofensivo. La exportación de un informe de más de 65.535 filas al formato de hoja de cálculo antiguo sigue saliendo truncada. Use la exportación CSV.

Acta de la reunión vecinal

Unos cuarenta vecinos asistieron el jueves por la tarde a la reunión en el centro cívico. El tema principal fue el nuevo carril bici junto al río. Los técnicos del ayuntamiento presentaron dos opciones: un carril bidireccional en la orilla norte o dos carriles de un solo sentido, uno en cada orilla. La primera cuesta menos, alrededor de 1,8 millones de euros, pero elimina 60 plazas de aparcamiento. La segunda conserva el aparcamiento pero tarda dos años más.

Varias personas preguntaron por el alumbrado bajo el puente del ferrocarril, estropeado desde el temporal de febrero. El ayuntamiento se comprometió a repararlo antes de fin de mes. La próxima reunión será en la misma sala, a las 19:00, el primer jueves de marzo.

Un pan sencillo

Mezcle 500 gramos de harina de fuerza con 10 gramos de sal y 7 gramos de levadura seca. Añada 320 mililitros de agua templada y una cucharada de aceite de oliva, y amase diez minutos hasta que la masa quede lisa. Déjela subir una hora en un cuenco tapado, hasta que doble su volumen. Forme la hogaza, déjela subir otros 45 minutos y hornee a 220 grados entre 30 y 35 minutos. El pan está hecho cuando suena hueco al golpear la base.

Guía del museo, segunda planta

La sala 12 reúne la colección de instrumentos científicos: telescopios, barómetros y un gran planetario construido hacia 1780. Las vitrinas de la pared este muestran los aparatos de topografía con los que se cartografió la costa en el siglo XIX. La sala 14 está cerrada hasta la primavera por la restauración del techo. En la entrada hay audioguías en nueve idiomas, y la cafetería de la planta baja abre de 10:00 a 17:30 todos los días salvo los lunes.
`,
  it: `Note sul raccolto

Quest'anno il frutteto ha dato meno dell'anno scorso. La gelata tardiva di aprile ha bruciato gran parte dei fiori nella parte bassa del pendio, e l'estate è rimasta secca fino a metà agosto. Le mele precoci sono state raccolte il 2 settembre, le varietà tardive tra il 20 e il 28 ottobre. In tutto la cooperativa ha pesato 14,2 tonnellate, contro le 19,8 dell'anno precedente. I prezzi al mercato hanno tenuto: 2,40 € al chilo per le prime cassette, 2,10 € per le ultime.

Il torchio è stato revisionato a giugno. I nuovi teli filtranti, pagati 145,00 € la confezione da dodici, si sono già ripagati: il succo esce più limpido e le vasche di decantazione richiedono un lavaggio in meno per ogni lotto. Per l'anno prossimo si pensa di sostituire la vecchia pompa, in funzione dal 1998, e di aggiungere una seconda vasca refrigerata da 1.200 litri.

In treno attraverso le Alpi

Il treno del mattino parte alle 7:42 e arriva al confine tre ore e dieci minuti dopo. I posti nella carrozza panoramica vanno prenotati almeno 48 ore prima, con un supplemento di 12 € a persona. D'inverno la linea a volte chiude per qualche ora dopo una forte nevicata; in quel caso ci sono autobus tra le due stazioni ai lati del passo, e il viaggio si allunga di una quarantina di minuti.

La valle sotto il viadotto è a 1.050 metri di quota e la galleria di valico a 2.091 metri. La pendenza arriva al 7 per cento nel tratto più ripido, e per questo le locomotive hanno sabbiere supplementari. Dal finestrino si vedono il ghiacciaio, il lago artificiale e, nelle giornate limpide, le tre cime che danno il nome alla zona.

Note di rilascio, versione 4.2

Questa versione elimina le chiavi di configurazione deprecate annunciate nella 3.9. Lo strumento di migrazione converte automaticamente i vecchi file; eseguitelo prima con l'opzione --dry-run per vedere cosa cambierebbe. L'avvio è più rapido del 30 per cento circa sui progetti grandi, perché l'indice ora viene caricato solo quando serve. La versione minima supportata dell'ambiente di esecuzione diventa la 18.0.

Problemi noti: su alcuni file system datati l'osservatore segnala due volte la stessa modifica; il secondo evento è innocuo. L'esportazione di un report con più di 65.535 righe nel vecchio formato di foglio di calcolo viene ancora troncata. Usate l'esportazione CSV.

Verbale dell'assemblea di quartiere

Una quarantina di residenti ha partecipato giovedì sera all'assemblea nella sala civica. Il tema principale era la nuova pista ciclabile lungo il fiume. I tecnici del comune hanno presentato due soluzioni: una pista a doppio senso sulla riva nord, oppure due piste a senso unico, una per riva. La prima costa meno, circa 1,8 milioni di euro, ma elimina 60 posti auto. La seconda mantiene i parcheggi ma richiede due anni di lavori in più.

Diverse persone hanno chiesto dell'illuminazione sotto il ponte della ferrovia, guasta dalla tempesta di febbraio. Il comune si è impegnato a ripararla entro la fine del mese. La prossima assemblea si terrà nella stessa sala alle 19 del primo giovedì di marzo.

Un pane semplice

Mescolate 500 grammi di farina con 10 grammi di sale e 7 grammi di lievito secco. Aggiungete 320 millilitri di acqua tiepida e un cucchiaio di olio d'oliva, poi impastate per dieci minuti finché l'impasto è liscio. Lasciate lievitare un'ora in una ciotola coperta, finché il volume raddoppia. Date la forma, lasciate lievitare altri 45 minuti e cuocete a 220 gradi per 30-35 minuti. Il pane è pronto quando, battendo sotto, suona vuoto.

Guida del museo, secondo piano

La sala 12 ospita la collezione di strumenti scientifici: cannocchiali, barometri e un grande planetario costruito intorno al 1780. Le vetrine della parete est mostrano gli strumenti di rilevamento usati per cartografare la costa nell'Ottocento. La sala 14 resta chiusa fino alla primavera per il restauro del soffitto. All'ingresso sono disponibili audioguide in nove lingue, e il bar al piano terra è aperto dalle 10 alle 17:30 tutti i giorni tranne il lunedì.
`,
};

/**
 * Sentence templates for generated reports (minutes, weather, sales, travel): numbers, prices,
 * dates, times, percentages and references that are not personal. {N} {P} {AMOUNT} {DATE} {TIME}
 * {PCT} {REF} {CITY} {TEMP} {YEAR} are filled by the generator.
 */
export const REPORT_SENTENCES = {
  en: [
    'Sales in {CITY} reached {AMOUNT} in the week ending {DATE}, up {PCT} on the previous week.',
    'The meeting started at {TIME} and {N} members were present.',
    'Temperatures ranged from {TEMP} in the morning to {TEMP} in the afternoon.',
    'Invoice {REF} for {AMOUNT} is due on {DATE}.',
    'The warehouse shipped {N} parcels on {DATE}; {P} of them were delayed by the storm.',
    'Reference {REF} covers the replacement of {N} street lamps in the old town.',
    'The committee approved a budget of {AMOUNT} for {YEAR}.',
    'Average waiting time at the counter fell to {N} minutes, a drop of {PCT}.',
    'The bridge will be closed from {DATE} at {TIME} for {N} hours of maintenance.',
    'Version {VER} fixes {N} issues and is available from {DATE}.',
  ],
  fr: [
    'Les ventes à {CITY} ont atteint {AMOUNT} la semaine du {DATE}, en hausse de {PCT}.',
    'La séance a commencé à {TIME} en présence de {N} membres.',
    'Les températures sont allées de {TEMP} le matin à {TEMP} l\'après-midi.',
    'La facture {REF} d\'un montant de {AMOUNT} est à régler avant le {DATE}.',
    'L\'entrepôt a expédié {N} colis le {DATE} ; {P} ont été retardés par la tempête.',
    'Le dossier {REF} concerne le remplacement de {N} lampadaires dans la vieille ville.',
    'Le comité a voté un budget de {AMOUNT} pour {YEAR}.',
    'L\'attente moyenne au guichet est tombée à {N} minutes, soit une baisse de {PCT}.',
    'Le pont sera fermé à partir du {DATE} à {TIME} pendant {N} heures de travaux.',
    'La version {VER} corrige {N} anomalies et sera disponible le {DATE}.',
  ],
  de: [
    'Der Umsatz in {CITY} erreichte in der Woche bis zum {DATE} {AMOUNT}, ein Plus von {PCT}.',
    'Die Sitzung begann um {TIME} Uhr, anwesend waren {N} Mitglieder.',
    'Die Temperaturen lagen zwischen {TEMP} am Morgen und {TEMP} am Nachmittag.',
    'Die Rechnung {REF} über {AMOUNT} ist am {DATE} fällig.',
    'Das Lager hat am {DATE} {N} Pakete verschickt; {P} davon wurden durch den Sturm verzögert.',
    'Vorgang {REF} betrifft den Austausch von {N} Straßenlaternen in der Altstadt.',
    'Der Ausschuss bewilligte für {YEAR} ein Budget von {AMOUNT}.',
    'Die mittlere Wartezeit am Schalter sank auf {N} Minuten, ein Rückgang um {PCT}.',
    'Die Brücke wird ab dem {DATE} um {TIME} Uhr für {N} Stunden Wartung gesperrt.',
    'Version {VER} behebt {N} Fehler und ist ab dem {DATE} verfügbar.',
  ],
  es: [
    'Las ventas en {CITY} llegaron a {AMOUNT} en la semana del {DATE}, un {PCT} más.',
    'La sesión empezó a las {TIME} con {N} miembros presentes.',
    'Las temperaturas fueron de {TEMP} por la mañana a {TEMP} por la tarde.',
    'La factura {REF} por {AMOUNT} vence el {DATE}.',
    'El almacén envió {N} paquetes el {DATE}; {P} se retrasaron por el temporal.',
    'El expediente {REF} cubre la sustitución de {N} farolas en el casco antiguo.',
    'La comisión aprobó un presupuesto de {AMOUNT} para {YEAR}.',
    'La espera media en ventanilla bajó a {N} minutos, un {PCT} menos.',
    'El puente estará cerrado desde el {DATE} a las {TIME} durante {N} horas de obras.',
    'La versión {VER} corrige {N} errores y estará disponible el {DATE}.',
  ],
  it: [
    'Le vendite a {CITY} hanno raggiunto {AMOUNT} nella settimana del {DATE}, con un aumento del {PCT}.',
    'La seduta è iniziata alle {TIME} alla presenza di {N} membri.',
    'Le temperature sono andate da {TEMP} al mattino a {TEMP} nel pomeriggio.',
    'La fattura {REF} di {AMOUNT} scade il {DATE}.',
    'Il magazzino ha spedito {N} pacchi il {DATE}; {P} sono stati ritardati dalla tempesta.',
    'La pratica {REF} riguarda la sostituzione di {N} lampioni nel centro storico.',
    'Il comitato ha approvato un bilancio di {AMOUNT} per il {YEAR}.',
    'L\'attesa media allo sportello è scesa a {N} minuti, con un calo del {PCT}.',
    'Il ponte resterà chiuso dal {DATE} alle {TIME} per {N} ore di lavori.',
    'La versione {VER} corregge {N} difetti e sarà disponibile dal {DATE}.',
  ],
};

export const CITIES = {
  en: ['Leeds', 'Boston', 'Bristol', 'Denver', 'York', 'Portland', 'Glasgow', 'Austin'],
  fr: ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Toulouse', 'Dijon', 'Brest', 'Annecy'],
  de: ['Leipzig', 'Bremen', 'Köln', 'Kassel', 'Freiburg', 'Rostock', 'Ulm', 'Mainz'],
  es: ['Valencia', 'Bilbao', 'Sevilla', 'Zaragoza', 'Málaga', 'Gijón', 'Cádiz', 'Murcia'],
  it: ['Torino', 'Bologna', 'Genova', 'Bari', 'Verona', 'Trieste', 'Parma', 'Lecce'],
};
