import type { Messages } from '../../platform/i18n/messages.ts';

/** Words of the API documentation's introduction page (`/api/docs`). */
export const apiDocsTexts = {
  title: { lv: 'Datu pārraides API', en: 'Data transfer API' },
  lead: {
    lv: 'Jūsu informācijas sistēma saņem Iedzīvotāju reģistra datus tiešsaistē: pēc personas koda, vairākas personas vienā pieprasījumā vai meklējot pēc uzvārda un vārda vai dzimšanas datuma — tikai līgumā piešķirtos datu apjomus un tikai līgumā atļautajiem mērķiem.',
    en: 'Your information system receives Population Register data online: by personal code, several persons in one request, or by searching by surname with given name or birth date — only the data scopes the agreement grants, and only for the purposes it allows.',
  },
  links: {
    heading: { lv: 'Specifikācija', en: 'Specification' },
    reference: {
      lv: 'Interaktīvā API specifikācija (angļu valodā)',
      en: 'Interactive API reference',
    },
    document: { lv: 'OpenAPI 3.1 dokuments (JSON)', en: 'OpenAPI 3.1 document (JSON)' },
    clients: {
      lv: 'No OpenAPI dokumenta var ģenerēt klientu, piemēram, ar openapi-typescript un openapi-fetch.',
      en: 'A client can be generated from the OpenAPI document, for example with openapi-typescript and openapi-fetch.',
    },
  },
  auth: {
    heading: { lv: 'Autentifikācija', en: 'Authentication' },
    connection: {
      lv: 'Savienojumu piesaka organizācijas pārstāvis sadaļā „Sistēmu savienojumi”, norādot sistēmas publisko atslēgu (JWK). Pēc aktivizēšanas savienojums saņem client_id.',
      en: 'An organisation representative registers the connection under “System connections” with the system’s public key (JWK). Once activated, the connection has its client_id.',
    },
    token: {
      lv: (path: string, seconds: number) =>
        `Piekļuves pilnvaru sistēma saņem ar OAuth 2 klienta akreditāciju (client_credentials) pieprasījumā POST ${path}, parakstot klienta apliecinājumu (JWT, private_key_jwt) ar savu privāto atslēgu. Pilnvara derīga ${String(seconds)} sekundes.`,
      en: (path: string, seconds: number) =>
        `The system gets an access token with OAuth 2 client credentials at POST ${path}, signing a client assertion (JWT, private_key_jwt) with its private key. The token is valid for ${String(seconds)} seconds.`,
    },
    bearer: {
      lv: 'Katrā datu pieprasījumā pilnvaru sūta galvenē Authorization: Bearer.',
      en: 'Every data request sends the token in the Authorization: Bearer header.',
    },
  },
  environments: {
    heading: { lv: 'Vides', en: 'Environments' },
    server: { lv: 'Pakalpojuma adrese:', en: 'Service address:' },
    test: {
      lv: 'Testa vide: savienojums ar vidi „test” saņem tikai testa datu kopas personas, un maksa netiek iekasēta.',
      en: 'Test environment: a connection to the “test” environment receives only the persons of the test data set, and no fee is charged.',
    },
    production: {
      lv: 'Produkcijas vide: īstie reģistra dati; par katru izsniegto personu no priekšapmaksas atlikuma tiek iekasēta valsts nodeva, ja organizācija nav no tās atbrīvota.',
      en: 'Production environment: the register’s real data; the state fee for each person provided is taken from the prepaid balance unless the organisation is exempt.',
    },
    separate: {
      lv: 'Katrs savienojums pieder vienai videi; katrai videi piesakiet savu savienojumu.',
      en: 'Each connection belongs to one environment; register a connection for each.',
    },
  },
  testPersons: {
    heading: { lv: 'Testa personas', en: 'Test persons' },
    intro: {
      lv: 'Šīs personas vienmēr ir testa datu kopā: testa vides savienojums tās var pieprasīt bez maksas. Izmantojiet tās, pārbaudot savu sistēmu; produkcijas vidē tās neatbild.',
      en: 'These persons are always in the test data set: a test-environment connection may ask for them free of charge. Use them to try your system; they do not answer in production.',
    },
    list: {
      lv: 'Testa vides savienojums tās var saņemt arī sarakstā:',
      en: 'A test-environment connection can also fetch them as a list:',
    },
  },
  errors: {
    heading: { lv: 'Kļūdas un atkārtoti pieprasījumi', en: 'Errors and repeated requests' },
    codes: {
      lv: 'Katrai kļūdai ir nemainīgs kods (code), paziņojums latviešu un angļu valodā un pieprasījuma identifikators (requestId).',
      en: 'Every error has a stable code, a message in Latvian and English, and the request’s identifier (requestId).',
    },
    idempotency: {
      lv: 'Maksas pieprasījumiem sūtiet galveni Idempotency-Key: atkārtots pieprasījums ar to pašu atslēgu saņem pirmo atbildi vēlreiz, un maksa netiek iekasēta otrreiz.',
      en: 'Send an Idempotency-Key header with paid requests: a repeat with the same key receives the first answer again, and is not charged twice.',
    },
  },
  operations: {
    heading: { lv: 'Operācijas', en: 'Operations' },
    note: {
      lv: 'Operāciju apraksti ir angļu valodā, kā OpenAPI dokumentā.',
      en: 'The operations as the OpenAPI document describes them.',
    },
    method: { lv: 'Metode un ceļš', en: 'Method and path' },
    summary: { lv: 'Apraksts', en: 'Description' },
  },
} as const satisfies Messages;
