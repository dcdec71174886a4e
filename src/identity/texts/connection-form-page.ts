import type { Messages } from '../../platform/i18n/messages.ts';

export const connectionFormPageTexts = {
  publicKeyJwk: { lv: 'Publiskā atslēga (JWK)', en: 'Public key (JWK)' },
  keyValidUntil: { lv: 'Atslēga derīga līdz', en: 'Key valid until' },
  keyValidUntilHint: {
    lv: 'Datums nākotnē, ne vēlāk kā pēc 2 gadiem (GGGG-MM-DD).',
    en: 'A date in the future, at most 2 years ahead (YYYY-MM-DD).',
  },
  title: { lv: 'Pieteikt savienojumu', en: 'Register a connection' },
  intro: {
    lv: 'Savienojumu var pieteikt, kad ir noslēgts līgums, kas piešķir testa vai produkcijas vidi.',
    en: 'A connection can be registered once an agreement granting the test or production environment is concluded.',
  },
  connectionName: { lv: 'Savienojuma nosaukums', en: 'Connection name' },
  connectionNameHint: {
    lv: 'Piemēram, informācijas sistēmas nosaukums.',
    en: 'For example, the name of the information system.',
  },
  allowedSourceAddresses: { lv: 'Atļautās avota adreses', en: 'Allowed source addresses' },
  sourceAddressesHint: {
    lv: 'Neobligāti. IPv4/IPv6 adreses vai CIDR bloki, pa vienam rindā. Tukšs: jebkura adrese.',
    en: 'Optional. IPv4/IPv6 addresses or CIDR blocks, one per line. Empty: any address.',
  },
  register: { lv: 'Pieteikt', en: 'Register' },
  jwkHint: {
    lv: 'Publiskā atslēga JWK formātā (JSON): RSA vismaz 2048 biti, EC P-256/P-384 vai Ed25519. Nekad neiesniedziet privāto atslēgu. Ja JWK nav “kid”, to aprēķinām (RFC 7638).',
    en: 'The public key as a JWK (JSON): RSA of at least 2048 bits, EC P-256/P-384 or Ed25519. Never give the private key. Without a “kid” in the JWK we compute one (RFC 7638).',
  },
} as const satisfies Messages;
