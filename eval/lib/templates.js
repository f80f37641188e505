// Document templates for the labelled corpus: letters, support tickets, CSV rows, JSON records,
// code comments and log lines, in en, fr, de, es and it. A template is text with {SLOTS}; a slot
// in LABELLED is a personal value, written into the document with its span recorded as it is
// appended (so labels are exact by construction); every other slot is filler (order numbers,
// amounts, recent dates...) and is not labelled.
import * as V from './values.js';

const { pick, int, chance, pad } = V;

/** A document being built: text plus the spans of the values appended to it. */
export class Doc {
  constructor() {
    this.text = '';
    this.spans = [];
  }

  /** Appends plain (unlabelled) text. */
  t(...parts) {
    for (const p of parts) this.text += p;
    return this;
  }

  /** Appends a value ({ value, type, test? }) and records its span under `entity`. */
  v(entity, val) {
    const start = this.text.length;
    this.text += val.value;
    const span = { start, end: this.text.length, entity, type: val.type };
    if (val.test) span.test = true;
    if (val.alt) span.alt = val.alt;
    this.spans.push(span);
    return this;
  }
}

// --- people --------------------------------------------------------------------------------------

const GB_AREAS = ['SW', 'SE', 'N', 'NW', 'E', 'W', 'EC', 'M', 'B', 'LS', 'L', 'G', 'EH', 'CF', 'BS', 'NG', 'S', 'OX', 'CB', 'BN'];
const gbPostcode = (f) => `${pick(f, GB_AREAS)}${int(f, 1, 20)} ${int(f, 1, 9)}${V.letters(f, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;

/** A made-up person of `country`, with everything a document may say about them. */
export function person(f, country, lang) {
  const sex = f.person.sexType();
  const first = f.person.firstName(sex), last = f.person.lastName(sex);
  const dob = V.date(f);
  const street = f.location.streetAddress();
  const city = f.location.city();
  let line1 = street, line2;
  switch (country) {
    case 'US': line2 = `${city}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode('#####')}`; break;
    case 'GB': line2 = `${city} ${gbPostcode(f)}`; break;
    case 'IT': line2 = `${f.location.zipCode('#####')} ${city}${chance(f, 0.4) ? ` (${V.letters(f, 2)})` : ''}`; break;
    default: line2 = `${f.location.zipCode('#####')} ${city}`;
  }
  return {
    country, lang, sex, first, last, dob, city,
    full: `${first} ${last}`,
    female: sex === 'female',
    email: V.email(f, { first, last }),
    phone: V.phone(f, country),
    address: { value: `${line1}, ${line2}`, type: `address-${country.toLowerCase()}` },
    addressMl: { value: `${line1}\n${line2}`, type: `address-${country.toLowerCase()}-multiline` },
  };
}

/** The national identifier of the person's country: [entity, value]. */
function nationalId(f, P) {
  switch (P.country) {
    case 'FR': return ['NATIONAL_ID', V.frNir(f, P.dob)];
    case 'ES': return ['NATIONAL_ID', V.esDni(f)];
    case 'IT': return ['NATIONAL_ID', V.itCodiceFiscale(f, { ...P.dob, first: P.first, last: P.last, female: P.female })];
    case 'DE': return ['TAX_ID', V.deSteuerId(f)];
    case 'GB': return ['NATIONAL_ID', V.gbNino(f)];
    default: return ['NATIONAL_ID', V.usSsn(f)];
  }
}

// --- per-language words --------------------------------------------------------------------------

const COMPANIES = {
  en: ['Northwind Energy', 'Bluebell Insurance', 'Harbour Telecom', 'Greenway Utilities', 'Summit Bank', 'Lakeside Health Plan', 'Brightpath Broadband'],
  fr: ['Assurances Horizon', 'Mutuelle Solidaire', 'Télécom Atlantique', 'Énergie Plus', 'Banque du Littoral', 'Logis Habitat', 'Caisse Régionale Avenir'],
  de: ['Stadtwerke Nordtal', 'Allgemeine Versicherung Rhein', 'Netzfunk Telekom', 'Sparkasse Mittelland', 'Krankenkasse Plus', 'Wohnbau Süd', 'Energieversorgung Weser'],
  es: ['Seguros Horizonte', 'Energía del Sur', 'Telefonía Atlántica', 'Banco Mediterráneo', 'Mutua Salud Plus', 'Inmobiliaria Sierra', 'Aguas del Valle'],
  it: ['Assicurazioni Orizzonte', 'Energia Nord', 'Telefonia Tirrena', 'Banca del Lago', 'Mutua Salute Più', 'Immobiliare Collina', 'Acquedotto Valle'],
};
const NATID_LABEL = {
  FR: ['numéro de sécurité sociale', 'NIR', 'n° de sécu'],
  DE: ['Steuer-ID', 'steuerliche Identifikationsnummer', 'Steuer-IdNr.'],
  ES: ['DNI', 'NIF', 'documento de identidad'],
  IT: ['codice fiscale', 'C.F.', 'cod. fiscale'],
  GB: ['National Insurance number', 'NI number', 'NINO'],
  US: ['SSN', 'Social Security number', 'social security no.'],
};
const CURRENCY = { en: (n, c) => (c === 'GB' ? `£${n.toFixed(2)}` : `$${n.toFixed(2)}`), fr: (n) => `${n.toFixed(2).replace('.', ',')} €`, de: (n) => `${n.toFixed(2).replace('.', ',')} €`, es: (n) => `${n.toFixed(2).replace('.', ',')} €`, it: (n) => `€ ${n.toFixed(2).replace('.', ',')}` };

// Sentences of letters and tickets. Slots: personal values in LABELLED, fillers below. A leading
// "GB|" restricts a sentence to that country.
const SENTENCES = {
  en: [
    'You can reach me on {PHONE} or by e-mail at {EMAIL}.',
    'Please call me back on {PHONE}, ideally after 5 pm.',
    'My new address is {ADDRESS}, please update your records.',
    'I was born on {DOB} and the account is in my name.',
    'For verification: date of birth {DOB}, {NATID_LABEL} {NATID}.',
    'Please refund the amount of {AMOUNT} to my account {IBAN} (BIC {BIC}).',
    'The payment of {AMOUNT} for order {ORDER} was taken twice from my card {CARD}.',
    'I paid with the card ending in the number {CARD} on {DATE}.',
    'Your payment details: IBAN {IBAN}.',
    'My {NATID_LABEL} is {NATID}.',
    'GB|My NHS number is {HEALTH}, in case you need it for the claim.',
    'The router at home shows the MAC address {MAC} and the public IP {IP}.',
    'I logged in from {IP} yesterday and was locked out after three attempts.',
    'The delivery should go to {ADDRESS}, not to the old address.',
    'Our holiday flat is at the coordinates {GPS}, the keys are with the neighbour.',
    'Please send the contract to {EMAIL} and a copy to my partner {PERSON2}.',
    'The refund can also go to my wallet {WALLET}.',
    'Order {ORDER} of {DATE} still has not arrived.',
    'For the transfer: account holder {PERSON}, IBAN {IBAN}, SWIFT {BIC}.',
    'GB|Patient: {PERSON}, NHS no. {HEALTH}, born {DOB}.',
    'I sent the deposit from my address {WALLET} this morning.',
  ],
  fr: [
    'Vous pouvez me joindre au {PHONE} ou par courriel à {EMAIL}.',
    'Merci de me rappeler au {PHONE} en fin de journée.',
    'Ma nouvelle adresse est {ADDRESS}, merci de mettre à jour mon dossier.',
    'Je suis {NE} le {DOB} à {CITY}.',
    'Pour vérification : date de naissance {DOB}, {NATID_LABEL} {NATID}.',
    'Merci de rembourser la somme de {AMOUNT} sur mon compte {IBAN} (BIC {BIC}).',
    'Le paiement de {AMOUNT} pour la commande {ORDER} a été débité deux fois sur ma carte {CARD}.',
    'J\'ai réglé par carte bancaire {CARD} le {DATE}.',
    'Coordonnées bancaires pour le prélèvement : IBAN {IBAN}.',
    'Mon {NATID_LABEL} est le {NATID}.',
    'La box affiche l\'adresse MAC {MAC} et l\'adresse IP publique {IP}.',
    'Je me suis connecté depuis {IP} hier soir et mon compte a été bloqué.',
    'La livraison doit se faire au {ADDRESS} et non à l\'ancienne adresse.',
    'Le gîte se trouve aux coordonnées GPS {GPS}, les clés sont chez le voisin.',
    'Merci d\'envoyer le contrat à {EMAIL} avec une copie à mon conjoint, {PERSON2}.',
    'Le remboursement peut aussi se faire sur mon portefeuille {WALLET}.',
    'La commande {ORDER} du {DATE} n\'est toujours pas arrivée.',
    'Pour le virement : titulaire {PERSON}, IBAN {IBAN}, code BIC {BIC}.',
    'J\'ai envoyé l\'acompte depuis mon adresse {WALLET} ce matin.',
  ],
  de: [
    'Sie erreichen mich unter {PHONE} oder per E-Mail an {EMAIL}.',
    'Bitte rufen Sie mich unter {PHONE} zurück, am besten nach 17 Uhr.',
    'Meine neue Anschrift lautet {ADDRESS}, bitte aktualisieren Sie Ihre Daten.',
    'Ich bin am {DOB} in {CITY} geboren.',
    'Zur Prüfung: Geburtsdatum {DOB}, {NATID_LABEL} {NATID}.',
    'Bitte überweisen Sie den Betrag von {AMOUNT} auf mein Konto {IBAN} (BIC {BIC}).',
    'Die Zahlung von {AMOUNT} für Bestellung {ORDER} wurde zweimal von meiner Karte {CARD} abgebucht.',
    'Ich habe am {DATE} mit der Kreditkarte {CARD} bezahlt.',
    'Bankverbindung für das Lastschriftmandat: IBAN {IBAN}.',
    'Meine {NATID_LABEL} lautet {NATID}.',
    'Der Router zeigt die MAC-Adresse {MAC} und die öffentliche IP {IP}.',
    'Ich habe mich gestern von {IP} aus angemeldet und wurde danach gesperrt.',
    'Die Lieferung soll an {ADDRESS} gehen, nicht an die alte Adresse.',
    'Die Ferienwohnung liegt bei den Koordinaten {GPS}, die Schlüssel hat der Nachbar.',
    'Bitte schicken Sie den Vertrag an {EMAIL} und eine Kopie an meinen Partner {PERSON2}.',
    'Die Erstattung kann auch an meine Wallet {WALLET} gehen.',
    'Die Bestellung {ORDER} vom {DATE} ist immer noch nicht angekommen.',
    'Für die Überweisung: Kontoinhaber {PERSON}, IBAN {IBAN}, BIC {BIC}.',
    'Ich habe die Anzahlung heute früh von meiner Adresse {WALLET} geschickt.',
  ],
  es: [
    'Pueden localizarme en el {PHONE} o por correo en {EMAIL}.',
    'Por favor, llámenme al {PHONE} a partir de las cinco.',
    'Mi nueva dirección es {ADDRESS}, por favor actualicen mis datos.',
    'Soy {NACIDO} el {DOB} en {CITY}.',
    'Para la verificación: fecha de nacimiento {DOB}, {NATID_LABEL} {NATID}.',
    'Les ruego que devuelvan el importe de {AMOUNT} a mi cuenta {IBAN} (BIC {BIC}).',
    'El cargo de {AMOUNT} del pedido {ORDER} se cobró dos veces en mi tarjeta {CARD}.',
    'Pagué el {DATE} con la tarjeta {CARD}.',
    'Datos bancarios para la domiciliación: IBAN {IBAN}.',
    'Mi {NATID_LABEL} es {NATID}.',
    'El router muestra la dirección MAC {MAC} y la IP pública {IP}.',
    'Ayer entré desde {IP} y la cuenta quedó bloqueada.',
    'La entrega debe hacerse en {ADDRESS}, no en la dirección antigua.',
    'El apartamento está en las coordenadas {GPS}, las llaves las tiene el vecino.',
    'Envíen el contrato a {EMAIL} con copia a mi pareja, {PERSON2}.',
    'El reembolso también puede ir a mi cartera {WALLET}.',
    'El pedido {ORDER} del {DATE} todavía no ha llegado.',
    'Para la transferencia: titular {PERSON}, IBAN {IBAN}, código SWIFT {BIC}.',
    'Envié la señal esta mañana desde mi dirección {WALLET}.',
  ],
  it: [
    'Potete contattarmi al {PHONE} oppure via e-mail a {EMAIL}.',
    'Vi prego di richiamarmi al {PHONE} dopo le 17.',
    'Il mio nuovo indirizzo è {ADDRESS}, vi prego di aggiornare i dati.',
    'Sono {NATO} il {DOB} a {CITY}.',
    'Per la verifica: data di nascita {DOB}, {NATID_LABEL} {NATID}.',
    'Vi chiedo di rimborsare l\'importo di {AMOUNT} sul mio conto {IBAN} (BIC {BIC}).',
    'L\'addebito di {AMOUNT} per l\'ordine {ORDER} è stato fatto due volte sulla carta {CARD}.',
    'Ho pagato il {DATE} con la carta di credito {CARD}.',
    'Coordinate bancarie per l\'addebito diretto: IBAN {IBAN}.',
    'Il mio {NATID_LABEL} è {NATID}.',
    'Il modem mostra l\'indirizzo MAC {MAC} e l\'IP pubblico {IP}.',
    'Ieri ho fatto l\'accesso da {IP} e l\'account è stato bloccato.',
    'La consegna va fatta in {ADDRESS}, non al vecchio indirizzo.',
    'La casa vacanze si trova alle coordinate {GPS}, le chiavi le ha il vicino.',
    'Inviate il contratto a {EMAIL} con una copia a mio marito o mia moglie, {PERSON2}.',
    'Il rimborso può andare anche sul mio wallet {WALLET}.',
    'L\'ordine {ORDER} del {DATE} non è ancora arrivato.',
    'Per il bonifico: intestatario {PERSON}, IBAN {IBAN}, codice BIC {BIC}.',
    'Ho inviato l\'acconto stamattina dal mio indirizzo {WALLET}.',
  ],
};

const W = {
  en: {
    hello: ['Dear {PERSON},', 'Hello {PERSON},', 'Hi {PERSON},'], generic: ['Dear Sir or Madam,', 'To whom it may concern,', 'Hello,'],
    closing: ['Kind regards,', 'Best regards,', 'Yours sincerely,', 'Thanks,'], subject: ['Subject: ', 'Re: '],
    subjects: ['change of address', 'refund request', 'double charge on my card', 'contract termination', 'account locked', 'missing delivery'],
    dateLine: (c, d) => d, role: ['Customer Service', 'Claims Department', 'Accounts Team'],
    ticket: 'Ticket', from: 'From', date: 'Date', subj: 'Subject', tel: ['Tel', 'Phone', 'Mobile'], email: 'Email', agent: 'Agent reply',
    agentText: ['Thank you for your message, we are looking into it.', 'We have updated your file and will confirm by e-mail.'],
    prio: ['priority: normal', 'priority: high', 'status: open'], name: 'Name', sig: '-- ',
  },
  fr: {
    hello: ['Bonjour {PERSON},', 'Cher {PERSON},', 'Madame, Monsieur {PERSON},'], generic: ['Madame, Monsieur,', 'Bonjour,'],
    closing: ['Cordialement,', 'Bien cordialement,', 'Veuillez agréer mes salutations distinguées.', 'Merci d\'avance,'], subject: ['Objet : '],
    subjects: ['changement d\'adresse', 'demande de remboursement', 'double prélèvement', 'résiliation du contrat', 'compte bloqué', 'colis non reçu'],
    dateLine: (c, d) => `${c}, le ${d}`, role: ['Service client', 'Service sinistres', 'Service comptabilité'],
    ticket: 'Ticket', from: 'De', date: 'Date', subj: 'Objet', tel: ['Tél.', 'Tél :', 'Portable'], email: 'Courriel', agent: 'Réponse de l\'agent',
    agentText: ['Merci pour votre message, nous traitons votre demande.', 'Votre dossier a été mis à jour, vous recevrez une confirmation par courriel.'],
    prio: ['priorité : normale', 'priorité : haute', 'statut : ouvert'], name: 'Nom', sig: '-- ',
  },
  de: {
    hello: ['Sehr geehrte/r {PERSON},', 'Hallo {PERSON},', 'Guten Tag {PERSON},'], generic: ['Sehr geehrte Damen und Herren,', 'Guten Tag,'],
    closing: ['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße', 'Freundliche Grüße'], subject: ['Betreff: '],
    subjects: ['Adressänderung', 'Erstattung', 'doppelte Abbuchung', 'Kündigung des Vertrags', 'Konto gesperrt', 'Lieferung nicht erhalten'],
    dateLine: (c, d) => `${c}, den ${d}`, role: ['Kundenservice', 'Schadenabteilung', 'Buchhaltung'],
    ticket: 'Ticket', from: 'Von', date: 'Datum', subj: 'Betreff', tel: ['Tel.', 'Telefon', 'Mobil'], email: 'E-Mail', agent: 'Antwort des Mitarbeiters',
    agentText: ['Vielen Dank für Ihre Nachricht, wir kümmern uns darum.', 'Wir haben Ihre Daten aktualisiert und bestätigen per E-Mail.'],
    prio: ['Priorität: normal', 'Priorität: hoch', 'Status: offen'], name: 'Name', sig: '-- ',
  },
  es: {
    hello: ['Estimado/a {PERSON}:', 'Hola {PERSON},', 'Buenos días, {PERSON}:'], generic: ['Estimados señores:', 'Buenos días:'],
    closing: ['Atentamente,', 'Un saludo,', 'Saludos cordiales,', 'Gracias,'], subject: ['Asunto: '],
    subjects: ['cambio de domicilio', 'solicitud de reembolso', 'cargo duplicado', 'baja del contrato', 'cuenta bloqueada', 'pedido no recibido'],
    dateLine: (c, d) => `${c}, a ${d}`, role: ['Atención al cliente', 'Departamento de siniestros', 'Contabilidad'],
    ticket: 'Incidencia', from: 'De', date: 'Fecha', subj: 'Asunto', tel: ['Tel.', 'Teléfono', 'Móvil'], email: 'Correo', agent: 'Respuesta del agente',
    agentText: ['Gracias por su mensaje, estamos revisando su caso.', 'Hemos actualizado su ficha y le confirmaremos por correo.'],
    prio: ['prioridad: normal', 'prioridad: alta', 'estado: abierta'], name: 'Nombre', sig: '-- ',
  },
  it: {
    hello: ['Gentile {PERSON},', 'Buongiorno {PERSON},', 'Caro {PERSON},'], generic: ['Spettabile ufficio,', 'Buongiorno,'],
    closing: ['Cordiali saluti,', 'Distinti saluti,', 'Grazie e saluti,', 'Un saluto,'], subject: ['Oggetto: '],
    subjects: ['cambio di indirizzo', 'richiesta di rimborso', 'doppio addebito', 'disdetta del contratto', 'account bloccato', 'pacco non ricevuto'],
    dateLine: (c, d) => `${c}, ${d}`, role: ['Servizio clienti', 'Ufficio sinistri', 'Amministrazione'],
    ticket: 'Ticket', from: 'Da', date: 'Data', subj: 'Oggetto', tel: ['Tel.', 'Telefono', 'Cell.'], email: 'E-mail', agent: 'Risposta dell\'operatore',
    agentText: ['Grazie per il messaggio, stiamo verificando.', 'Abbiamo aggiornato la sua scheda e le confermeremo via e-mail.'],
    prio: ['priorità: normale', 'priorità: alta', 'stato: aperto'], name: 'Nome', sig: '-- ',
  },
};

/** Slots whose values are labelled, and how they are made. */
const LABELLED = {
  PERSON: (f, P) => ['PERSON', { value: P.full, type: 'person' }],
  PERSON2: (f, P) => ['PERSON', { value: `${f.person.firstName()} ${f.person.lastName()}`, type: 'person' }],
  EMAIL: (f, P) => ['EMAIL', P.email],
  PHONE: (f, P) => ['PHONE', chance(f, 0.7) ? P.phone : V.phone(f, P.country)],
  ADDRESS: (f, P) => ['ADDRESS', P.address],
  ADDRESS_ML: (f, P) => ['ADDRESS', P.addressMl],
  DOB: (f, P) => ['DATE_OF_BIRTH', V.formatDate(f, P.dob, P.lang, P.country)],
  DOB_ISO: (f, P) => ['DATE_OF_BIRTH', V.formatDate(f, P.dob, P.lang, P.country, 'iso')],
  NATID: (f, P) => nationalId(f, P),
  HEALTH: (f) => ['HEALTH_ID', V.gbNhs(f)],
  IBAN: (f, P) => ['IBAN', V.iban(f, P.country === 'US' ? pick(f, ['GB', 'FR', 'DE']) : P.country)],
  BIC: (f, P) => ['BIC', V.bic(f, P.country)],
  CARD: (f) => ['CREDIT_CARD', V.creditCard(f)],
  IP: (f) => ['IP_ADDRESS', chance(f, 0.75) ? V.ipv4(f) : V.ipv6(f)],
  IP4: (f) => ['IP_ADDRESS', V.ipv4(f)],
  IP6: (f) => ['IP_ADDRESS', V.ipv6(f)],
  MAC: (f) => ['MAC_ADDRESS', V.mac(f)],
  GPS: (f, P) => ['GPS_COORDINATES', V.gps(f, P.country)],
  URL: (f, P) => ['URL', V.urlWithCredentials(f, P)],
  WALLET: (f) => ['CRYPTO_WALLET', V.cryptoWallet(f)],
};

/** Filler slots: realistic, not personal, never labelled (several are near misses on purpose). */
const FILLERS = {
  ORDER: (f) => pick(f, [`CMD-${int(f, 2022, 2025)}-${pad(int(f, 1, 99999), 6)}`, `#${int(f, 100000, 999999)}`, `A${int(f, 10000000, 99999999)}`, `ORD-${f.string.alphanumeric({ length: 8, casing: 'upper' })}`]),
  AMOUNT: (f, P) => CURRENCY[P.lang](f.number.float({ min: 5, max: 2500, fractionDigits: 2 }), P.country),
  DATE: (f, P) => V.formatDate(f, V.date(f, 2023, 2025), P.lang, P.country).value,
  CITY: (f, P) => P.city,
  TICKET: (f) => String(int(f, 10000, 999999)),
  NATID_LABEL: (f, P) => pick(f, NATID_LABEL[P.country]),
  NE: (f, P) => (P.female ? 'née' : 'né'),
  NACIDO: (f, P) => (P.female ? 'nacida' : 'nacido'),
  NATO: (f, P) => (P.female ? 'nata' : 'nato'),
};

/** Writes `template` into `d`, labelling the LABELLED slots. */
export function render(d, f, P, template) {
  const parts = template.split(/\{([A-Z0-9_]+)\}/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) d.t(parts[i]);
    else if (LABELLED[parts[i]]) d.v(...LABELLED[parts[i]](f, P));
    else if (FILLERS[parts[i]]) d.t(FILLERS[parts[i]](f, P));
    else throw new Error(`unknown slot {${parts[i]}}`);
  }
  return d;
}

function sentences(f, P, n) {
  const pool = SENTENCES[P.lang].filter((s) => !s.includes('|') || s.startsWith(`${P.country}|`)).map((s) => s.replace(/^[A-Z]{2}\|/, ''));
  return f.helpers.arrayElements(pool, n);
}

const recentDate = (f, P) => V.formatDate(f, V.date(f, 2023, 2025), P.lang, P.country, 'text').value;
const timestamp = (f) => {
  const { year, month, day } = V.date(f, 2024, 2025);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}T${pad(int(f, 0, 23), 2)}:${pad(int(f, 0, 59), 2)}:${pad(int(f, 0, 59), 2)}.${pad(int(f, 0, 999), 3)}Z`;
};
const uuid = (f) => f.string.uuid();

// --- kinds ---------------------------------------------------------------------------------------

export function letter(f, P) {
  const w = W[P.lang], d = new Doc();
  const company = pick(f, COMPANIES[P.lang]);
  if (chance(f, 0.5)) {
    // From the company to the customer.
    d.t(w.dateLine(P.city, recentDate(f, P)), '\n\n', company, '\n', pick(f, w.role), '\n\n');
    render(d, f, P, '{PERSON}\n{ADDRESS_ML}\n\n');
    d.t(pick(f, w.subject), pick(f, w.subjects), '\n\n');
    render(d, f, P, pick(f, w.hello)).t('\n\n');
    for (const s of sentences(f, P, int(f, 2, 4))) render(d, f, P, s).t(chance(f, 0.5) ? ' ' : '\n');
    d.t('\n\n', pick(f, w.closing), '\n\n');
    render(d, f, P, '{PERSON2}').t('\n', pick(f, w.role), ', ', company, '\n');
  } else {
    // From the person to a company.
    render(d, f, P, '{PERSON}\n{ADDRESS_ML}\n');
    render(d, f, P, `${pick(f, w.tel)} {PHONE}\n`);
    if (chance(f, 0.7)) render(d, f, P, '{EMAIL}\n');
    d.t('\n', company, '\n', pick(f, w.role), '\n\n', w.dateLine(P.city, recentDate(f, P)), '\n\n');
    d.t(pick(f, w.subject), pick(f, w.subjects), '\n\n', pick(f, w.generic), '\n\n');
    for (const s of sentences(f, P, int(f, 2, 5))) render(d, f, P, s).t(chance(f, 0.5) ? ' ' : '\n');
    d.t('\n\n', pick(f, w.closing), '\n');
    render(d, f, P, '{PERSON}\n');
  }
  return d;
}

export function ticket(f, P) {
  const w = W[P.lang], d = new Doc();
  render(d, f, P, `${w.ticket} #{TICKET} · ${pick(f, w.prio)}\n`);
  render(d, f, P, chance(f, 0.7) ? `${w.from}: {PERSON} <{EMAIL}>\n` : `${w.from}: {EMAIL}\n`);
  d.t(`${w.date}: ${timestamp(f).slice(0, 16).replace('T', ' ')}\n`, `${w.subj}: ${pick(f, w.subjects)}\n\n`);
  d.t(pick(f, w.generic), '\n\n');
  for (const s of sentences(f, P, int(f, 1, 4))) render(d, f, P, s).t(chance(f, 0.6) ? ' ' : '\n');
  d.t('\n\n', pick(f, w.closing), '\n');
  render(d, f, P, chance(f, 0.5) ? `{PERSON}\n${pick(f, w.tel)} {PHONE}\n` : '{PERSON}\n');
  if (chance(f, 0.5)) {
    d.t('\n', w.sig, w.agent, ' (');
    render(d, f, P, '{PERSON2}').t('):\n', pick(f, w.agentText), '\n');
  }
  return d;
}

const CSV_COLS = {
  en: { id: 'id', name: 'name', email: 'email', phone: 'phone', dob: 'date_of_birth', iban: 'iban', address: 'address', natid: { US: 'ssn', GB: 'nino' }, amount: 'balance', since: 'customer_since', ip: 'last_ip', card: 'card_number', status: 'status', statuses: ['active', 'closed', 'pending'] },
  fr: { id: 'id', name: 'nom', email: 'email', phone: 'telephone', dob: 'date_naissance', iban: 'iban', address: 'adresse', natid: { FR: 'nir' }, amount: 'solde', since: 'client_depuis', ip: 'derniere_ip', card: 'carte', status: 'statut', statuses: ['actif', 'résilié', 'en attente'] },
  de: { id: 'id', name: 'name', email: 'email', phone: 'telefon', dob: 'geburtsdatum', iban: 'iban', address: 'anschrift', natid: { DE: 'steuer_id' }, amount: 'saldo', since: 'kunde_seit', ip: 'letzte_ip', card: 'kartennummer', status: 'status', statuses: ['aktiv', 'gekündigt', 'offen'] },
  es: { id: 'id', name: 'nombre', email: 'correo', phone: 'telefono', dob: 'fecha_nacimiento', iban: 'iban', address: 'direccion', natid: { ES: 'dni' }, amount: 'saldo', since: 'cliente_desde', ip: 'ultima_ip', card: 'tarjeta', status: 'estado', statuses: ['activo', 'baja', 'pendiente'] },
  it: { id: 'id', name: 'nome', email: 'email', phone: 'telefono', dob: 'data_nascita', iban: 'iban', address: 'indirizzo', natid: { IT: 'codice_fiscale' }, amount: 'saldo', since: 'cliente_dal', ip: 'ultimo_ip', card: 'carta', status: 'stato', statuses: ['attivo', 'cessato', 'sospeso'] },
};

function csvCell(d, f, P, sep, slot) {
  const [entity, val] = LABELLED[slot](f, P);
  const quote = val.value.includes(sep) || val.value.includes('\n') || val.value.includes('"');
  if (val.value.includes('"')) throw new Error('no quotes in values');
  if (quote) d.t('"');
  d.v(entity, slot === 'ADDRESS_ML' ? { ...val, value: val.value } : val);
  if (quote) d.t('"');
}

export function csv(f, P0, makePerson) {
  const c = CSV_COLS[P0.lang], d = new Doc();
  const sep = P0.lang === 'en' ? ',' : pick(f, [';', ';', ',']);
  const all = ['phone', 'dob', 'iban', 'address', 'natid', ...(P0.country === 'GB' ? ['nhs'] : []), 'amount', 'since', 'ip', 'card', 'status'];
  const optional = f.helpers.arrayElements(all, int(f, 3, 6));
  const cols = ['id', 'name', 'email', ...all.filter((k) => optional.includes(k))];
  d.t(cols.map((k) => (k === 'natid' ? c.natid[P0.country] : k === 'nhs' ? 'nhs_number' : c[k])).join(sep), '\n');
  const rows = int(f, 4, 10);
  let id = int(f, 1000, 90000);
  for (let r = 0; r < rows; r++) {
    const P = r === 0 ? P0 : makePerson();
    cols.forEach((k, i) => {
      if (i > 0) d.t(sep);
      switch (k) {
        case 'id': d.t(String(id += int(f, 1, 40))); break;
        case 'name': csvCell(d, f, P, sep, 'PERSON'); break;
        case 'email': csvCell(d, f, P, sep, 'EMAIL'); break;
        case 'phone': csvCell(d, f, P, sep, 'PHONE'); break;
        case 'dob': csvCell(d, f, P, sep, chance(f, 0.5) ? 'DOB_ISO' : 'DOB'); break;
        case 'iban': csvCell(d, f, P, sep, 'IBAN'); break;
        case 'address': csvCell(d, f, P, sep, 'ADDRESS'); break;
        case 'natid': csvCell(d, f, P, sep, 'NATID'); break;
        case 'nhs': csvCell(d, f, P, sep, 'HEALTH'); break;
        case 'ip': csvCell(d, f, P, sep, 'IP'); break;
        case 'card': csvCell(d, f, P, sep, 'CARD'); break;
        case 'amount': {
          const n = f.number.float({ min: -500, max: 20000, fractionDigits: 2 }).toFixed(2);
          d.t(sep === ';' || sep === '\t' ? n.replace('.', ',') : n);
          break;
        }
        case 'since': d.t(V.formatDate(f, V.date(f, 2010, 2024), P.lang, P.country, 'iso').value); break;
        case 'status': d.t(pick(f, c.statuses)); break;
      }
    });
    d.t('\n');
  }
  return d;
}

const JSON_KEYS = {
  en: ['customerId', 'fullName', 'email', 'phone', 'birthDate', 'address', 'iban', 'nationalId', 'lastLoginIp', 'deviceMac', 'location'],
  fr: ['idClient', 'nomComplet', 'email', 'telephone', 'dateNaissance', 'adresse', 'iban', 'nir', 'derniereIp', 'macAppareil', 'position'],
  de: ['kundenId', 'name', 'email', 'telefon', 'geburtsdatum', 'anschrift', 'iban', 'steuerId', 'letzteIp', 'geraeteMac', 'standort'],
  es: ['idCliente', 'nombre', 'correo', 'telefono', 'fechaNacimiento', 'direccion', 'iban', 'dni', 'ultimaIp', 'macDispositivo', 'ubicacion'],
  it: ['idCliente', 'nominativo', 'email', 'telefono', 'dataNascita', 'indirizzo', 'iban', 'codiceFiscale', 'ultimoIp', 'macDispositivo', 'posizione'],
};

function jsonString(d, f, P, slot) {
  const [entity, val] = LABELLED[slot](f, P);
  if (JSON.stringify(val.value) !== `"${val.value}"`) {
    // A value that JSON escapes (a multi-line address): written escaped, labelled over the escaped text.
    const escaped = JSON.stringify(val.value).slice(1, -1);
    d.t('"').v(entity, { ...val, value: escaped }).t('"');
    return;
  }
  d.t('"').v(entity, val).t('"');
}

export function json(f, P0, makePerson) {
  const keys = JSON_KEYS[P0.lang], d = new Doc();
  const n = int(f, 1, 4);
  const lines = chance(f, 0.4); // JSON lines, else a pretty-printed array
  const fields = [0, 1, 2, ...f.helpers.arrayElements([3, 4, 5, 6, 7, 8, 9, 10], int(f, 3, 6)).sort((a, b) => a - b)];
  if (!lines) d.t('[\n');
  for (let r = 0; r < n; r++) {
    const P = r === 0 ? P0 : makePerson();
    d.t(lines ? '{' : '  {\n');
    fields.forEach((k, i) => {
      d.t(lines ? (i ? ', ' : '') : (i ? ',\n' : ''), lines ? '' : '    ', `"${keys[k]}": `);
      switch (k) {
        case 0: d.t(String(int(f, 10000, 999999))); break;
        case 1: jsonString(d, f, P, 'PERSON'); break;
        case 2: jsonString(d, f, P, 'EMAIL'); break;
        case 3: jsonString(d, f, P, 'PHONE'); break;
        case 4: jsonString(d, f, P, 'DOB_ISO'); break;
        case 5: jsonString(d, f, P, 'ADDRESS'); break;
        case 6: jsonString(d, f, P, 'IBAN'); break;
        case 7: jsonString(d, f, P, 'NATID'); break;
        case 8: jsonString(d, f, P, 'IP'); break;
        case 9: jsonString(d, f, P, 'MAC'); break;
        case 10: jsonString(d, f, P, 'GPS'); break;
      }
    });
    d.t(lines ? '}\n' : `\n  }${r < n - 1 ? ',' : ''}\n`);
  }
  if (!lines) d.t(']\n');
  return d;
}

const CODE_COMMENTS = {
  en: { todo: 'TODO: remove before release, test account of {PERSON} ({EMAIL})', fix: 'FIXME: hard-coded for the demo, customer phone {PHONE}', card: 'card used for the staging payment test: {CARD}', dsn: 'fallback connection if the vault is down', iban: 'payout account of {PERSON}: {IBAN}', ip: 'allow-list the office of {PERSON} ({IP})', dob: 'reproduces the bug: user born {DOB} gets age -1' },
  fr: { todo: 'TODO : à supprimer avant la mise en prod, compte de test de {PERSON} ({EMAIL})', fix: 'FIXME : en dur pour la démo, téléphone du client {PHONE}', card: 'carte utilisée pour le test de paiement en préprod : {CARD}', dsn: 'connexion de secours si le coffre est indisponible', iban: 'compte de versement de {PERSON} : {IBAN}', ip: 'autoriser le bureau de {PERSON} ({IP})', dob: 'reproduit le bug : utilisateur né le {DOB}, âge -1' },
  de: { todo: 'TODO: vor dem Release entfernen, Testkonto von {PERSON} ({EMAIL})', fix: 'FIXME: für die Demo fest eingetragen, Telefon des Kunden {PHONE}', card: 'Karte für den Zahlungstest auf Staging: {CARD}', dsn: 'Ersatzverbindung, falls der Vault nicht erreichbar ist', iban: 'Auszahlungskonto von {PERSON}: {IBAN}', ip: 'Büro von {PERSON} freischalten ({IP})', dob: 'reproduziert den Fehler: Nutzer geboren am {DOB} hat Alter -1' },
  es: { todo: 'TODO: quitar antes de publicar, cuenta de prueba de {PERSON} ({EMAIL})', fix: 'FIXME: fijo para la demo, teléfono del cliente {PHONE}', card: 'tarjeta para la prueba de pago en preproducción: {CARD}', dsn: 'conexión de respaldo si el vault no responde', iban: 'cuenta de abono de {PERSON}: {IBAN}', ip: 'permitir la oficina de {PERSON} ({IP})', dob: 'reproduce el fallo: usuario nacido el {DOB} sale con edad -1' },
  it: { todo: 'TODO: rimuovere prima del rilascio, account di test di {PERSON} ({EMAIL})', fix: 'FIXME: fisso per la demo, telefono del cliente {PHONE}', card: 'carta usata per il test di pagamento in staging: {CARD}', dsn: 'connessione di riserva se il vault non risponde', iban: 'conto di accredito di {PERSON}: {IBAN}', ip: 'abilitare l\'ufficio di {PERSON} ({IP})', dob: 'riproduce il bug: utente nato il {DOB} ha età -1' },
};

export function code(f, P) {
  const c = CODE_COMMENTS[P.lang], d = new Doc();
  const lang = pick(f, ['js', 'py', 'java', 'sql']);
  const cm = lang === 'py' ? '# ' : lang === 'sql' ? '-- ' : '// ';
  const picks = f.helpers.arrayElements(['todo', 'fix', 'card', 'dsn', 'iban', 'ip', 'dob'], int(f, 2, 4));
  const fn = pick(f, ['syncCustomers', 'exportInvoices', 'retryPayment', 'migrateAccounts', 'sendReminder']);
  if (lang === 'js') d.t(`import { ${fn} } from './jobs/${fn}.js';\n\n`);
  if (lang === 'py') d.t(`import logging\nfrom jobs import ${fn.replace(/[A-Z]/g, (m) => '_' + m.toLowerCase())}\n\n`);
  if (lang === 'java') d.t(`package com.acme.jobs;\n\npublic final class ${fn[0].toUpperCase() + fn.slice(1)}Job {\n`);
  if (lang === 'sql') d.t(`-- migration ${int(f, 100, 999)}_${fn}.sql\n`);
  for (const k of picks) {
    const indent = lang === 'java' ? '    ' : '';
    d.t(indent, cm);
    render(d, f, P, c[k]).t('\n');
    if (k === 'dsn') {
      if (lang === 'py') render(d, f, P, 'FALLBACK_DSN = "{URL}"\n');
      else if (lang === 'js') render(d, f, P, 'const FALLBACK_DSN = process.env.DATABASE_URL ?? \'{URL}\';\n');
      else if (lang === 'java') render(d, f, P, '    private static final String FALLBACK_DSN = "{URL}";\n');
      else render(d, f, P, '-- psql \'{URL}\'\n');
    } else if (k === 'card' && lang !== 'sql') {
      d.t(indent, lang === 'py' ? 'TEST_AMOUNT = ' : lang === 'js' ? 'const TEST_AMOUNT = ' : 'private static final int TEST_AMOUNT = ', String(int(f, 100, 9999)), lang === 'py' ? '\n' : ';\n');
    } else if (k === 'todo') {
      if (lang === 'sql') render(d, f, P, 'INSERT INTO customers (id, full_name, email) VALUES (' + int(f, 1, 9999) + ', \'{PERSON}\', \'{EMAIL}\');\n');
      else if (lang === 'py') render(d, f, P, 'TEST_USER = {"name": "{PERSON}", "email": "{EMAIL}"}\n');
      else if (lang === 'js') render(d, f, P, 'const TEST_USER = { name: "{PERSON}", email: "{EMAIL}" };\n');
      else render(d, f, P, '    private static final String TEST_EMAIL = "{EMAIL}";\n');
    }
    d.t('\n');
  }
  if (lang === 'js') d.t(`export async function run(ctx) {\n  const started = Date.now();\n  await ${fn}(ctx, { batchSize: ${int(f, 50, 500)}, retries: ${int(f, 1, 5)} });\n  ctx.log.info('done in %d ms', Date.now() - started);\n}\n`);
  if (lang === 'py') d.t(`def run(ctx):\n    log = logging.getLogger(__name__)\n    n = ${fn.replace(/[A-Z]/g, (m) => '_' + m.toLowerCase())}(ctx, batch_size=${int(f, 50, 500)})\n    log.info("processed %d rows", n)\n`);
  if (lang === 'java') d.t(`    public int run(Context ctx) {\n        return ctx.jobs().run("${fn}", ${int(f, 50, 500)});\n    }\n}\n`);
  if (lang === 'sql') d.t(`UPDATE customers SET updated_at = now() WHERE id > ${int(f, 1000, 99999)};\n`);
  return d;
}

const LOG_TEXT = {
  en: { login: 'login succeeded for', fail: 'login failed for', sms: 'SMS sent to', pay: 'payment declined for card', loc: 'location update', dhcp: 'DHCPACK on', conn: 'cannot connect to', sub: 'new subscription', dob: 'profile updated: birth date' },
  fr: { login: 'connexion réussie pour', fail: 'échec de connexion pour', sms: 'SMS envoyé au', pay: 'paiement refusé pour la carte', loc: 'mise à jour de position', dhcp: 'DHCPACK sur', conn: 'connexion impossible à', sub: 'nouvel abonnement', dob: 'profil mis à jour : date de naissance' },
  de: { login: 'Anmeldung erfolgreich für', fail: 'Anmeldung fehlgeschlagen für', sms: 'SMS gesendet an', pay: 'Zahlung abgelehnt für Karte', loc: 'Standortaktualisierung', dhcp: 'DHCPACK auf', conn: 'keine Verbindung zu', sub: 'neues Abo', dob: 'Profil geändert: Geburtsdatum' },
  es: { login: 'inicio de sesión correcto para', fail: 'inicio de sesión fallido para', sms: 'SMS enviado al', pay: 'pago rechazado para la tarjeta', loc: 'actualización de ubicación', dhcp: 'DHCPACK en', conn: 'no se puede conectar a', sub: 'nueva suscripción', dob: 'perfil actualizado: fecha de nacimiento' },
  it: { login: 'accesso riuscito per', fail: 'accesso fallito per', sms: 'SMS inviato al', pay: 'pagamento rifiutato per la carta', loc: 'aggiornamento posizione', dhcp: 'DHCPACK su', conn: 'impossibile connettersi a', sub: 'nuovo abbonamento', dob: 'profilo aggiornato: data di nascita' },
};

export function logs(f, P0, makePerson) {
  const L = LOG_TEXT[P0.lang], d = new Doc();
  const n = int(f, 8, 18);
  const svc = pick(f, ['auth', 'billing', 'gateway', 'notify', 'geo', 'crm']);
  for (let i = 0; i < n; i++) {
    const P = chance(f, 0.6) ? P0 : makePerson();
    const level = pick(f, ['INFO', 'INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR']);
    d.t(`${timestamp(f)} ${level.padEnd(5)} [${svc}] req=${uuid(f).slice(0, 8)} `);
    switch (pick(f, ['login', 'login', 'fail', 'sms', 'pay', 'loc', 'dhcp', 'conn', 'sub', 'noise', 'noise', 'noise', 'dob', 'swift', 'wallet'])) {
      case 'login': render(d, f, P, `${L.login} {EMAIL} from {IP} in ${int(f, 3, 900)}ms`); break;
      case 'fail': render(d, f, P, `${L.fail} user={EMAIL} ip={IP} attempts=${int(f, 2, 6)}`); break;
      case 'sms': render(d, f, P, `${L.sms} {PHONE} template=otp status=queued`); break;
      case 'pay': render(d, f, P, `${L.pay} {CARD} amount=${f.number.float({ min: 5, max: 900, fractionDigits: 2 })} code=05`); break;
      case 'loc': render(d, f, P, `${L.loc} device=${f.string.alphanumeric({ length: 10, casing: 'lower' })} gps={GPS} acc=${int(f, 3, 50)}m`); break;
      case 'dhcp': render(d, f, P, `${L.dhcp} eth0 to {IP4} ({MAC}) lease=${int(f, 600, 86400)}s`); break;
      case 'conn': render(d, f, P, `${L.conn} {URL}: timeout after ${int(f, 1, 30)}s`); break;
      case 'sub': render(d, f, P, `${L.sub} customer="{PERSON}" email={EMAIL} plan=${pick(f, ['basic', 'plus', 'pro'])}`); break;
      case 'dob': render(d, f, P, `${L.dob} {DOB_ISO} user_id=${int(f, 1000, 999999)}`); break;
      case 'swift': render(d, f, P, `SEPA/SWIFT payout iban={IBAN} bic={BIC} amount=${f.number.float({ min: 5, max: 5000, fractionDigits: 2 })}`); break;
      case 'wallet': render(d, f, P, `withdrawal to wallet {WALLET} status=${pick(f, ['pending', 'confirmed', 'broadcast'])}`); break;
      default: d.t(`GET /api/v${int(f, 1, 3)}/orders/${int(f, 100000, 999999)} 200 ${int(f, 200, 90000)}B ${int(f, 1, 500)}ms sha=${f.string.hexadecimal({ length: 12, casing: 'lower', prefix: '' })}`);
    }
    d.t('\n');
  }
  return d;
}

export const KINDS = { letter, ticket, csv, json, code, logs };
